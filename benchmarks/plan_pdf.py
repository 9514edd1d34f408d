"""``roots plan-pdf`` against a one-page ReportLab script, and 100 plans with ``plans-pdf``.

Targets (DESIGN.md section 10, issue 4): plan-pdf within 3x of a one-page ReportLab document
script; 100 plans in under 30 s on the 2-core machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import BIN, env, timed

ONE_PAGE = """
import io
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
out = io.BytesIO()
SimpleDocTemplate(out, pagesize=letter).build(
    [Paragraph("Growth plan", getSampleStyleSheet()["Title"])])
open(sys.argv[1], "wb").write(out.getvalue())
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        environ = env(base)
        roots = str(BIN / "roots")
        subprocess.run(
            [roots, "demo", "--schools", "100", "--years", "2"],
            env=environ,
            check=True,
            capture_output=True,
        )
        listed = subprocess.run(
            [roots, "assessments", "--year", "2025-26", "--json"],
            env=environ,
            check=True,
            capture_output=True,
            text=True,
        )
        first = json.loads(listed.stdout)[0]["id"]
        baseline = timed(
            [sys.executable, "-c", "import sys\n" + ONE_PAGE, str(base / "one.pdf")], environ
        )
        one = timed(
            [roots, "plan-pdf", first, "-o", str(base / "plan.pdf"), "--lang", "es"], environ
        )
        start = time.perf_counter()
        subprocess.run(
            [roots, "plans-pdf", "--year", "2025-26", "-o", str(base / "year"), "--lang", "both"],
            env=environ,
            check=True,
            capture_output=True,
        )
        hundred = time.perf_counter() - start
        count = len(list((base / "year").glob("*.pdf")))
    ratio = one / baseline
    print(f"one-page ReportLab script: {baseline:.3f} s")
    print(
        f"roots plan-pdf (Spanish): {one:.3f} s = {ratio:.2f}x "
        f"({'meets' if ratio <= 3 else 'MISSES'} the 3x target)"
    )
    print(
        f"roots plans-pdf, {count} bilingual plans: {hundred:.1f} s "
        f"({'meets' if hundred < 30 else 'MISSES'} the 30 s target)"
    )


if __name__ == "__main__":
    main()
