"""``roots read-sheets`` on a 30-page scanned PDF at 200 dpi (issue 17): at most 1 s a page.

The stack: 30 pages of rating sheets of a demo assessment, drawn from the shared layout
(tests/exchange/sheet_images.py), marked with pen strokes, scanned at 200 dpi with a slight
turn, noise and JPEG compression, one JPEG image a PDF page, as a copier writes them.

Figures: each page in-process (rasterized and read, as the command does it): median and worst
wall and CPU time; then the whole command against its floor (the interpreter and the ORM), with
(command - floor) / 30 as the time a page.
"""

from __future__ import annotations

import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import FLOOR_SQLALCHEMY, ROOTS, env, load_average, measure, report, report_floor

REPO = Path(__file__).resolve().parent.parent

PAGES = 30
TARGET = 1.0  # seconds a page


def make_stack(data_dir: Path, pdf: Path) -> str:
    """A demo assessment and a 30-page scanned PDF of its members' marked sheets."""
    import cv2
    import numpy as np
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from roots_app.domain.sheet_layout import SheetCode, layout_sheet
    from roots_app.services import assessments
    from roots_app.services.context import open_roots
    from tests.exchange.sheet_images import mark, render, scan

    roots = open_roots(data_dir)
    try:
        info = assessments.list_assessments(roots)[0]
        assessment = assessments.load(roots, info.id)
    finally:
        roots.close()
    pack = assessment.pack
    keys = [c.key for c in pack.categories]
    layouts = layout_sheet(keys, [lv.value for lv in pack.levels], "letter")
    rng = np.random.default_rng(17)
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(612, 792))
    sheet_no = 0
    while canvas.getPageNumber() <= PAGES:
        member = assessment.present[sheet_no % len(assessment.present)]
        sheet_no += 1
        for layout in layouts:
            if canvas.getPageNumber() > PAGES:
                break
            code = SheetCode(
                assessment.id, member.id, sheet_no, 99, layout.page_no, len(layouts), pack.version
            )
            page = render(layout, code)
            for row in layout.rows:
                box = row.levels[int(rng.integers(len(row.levels)))].box
                mark(page, box, ("tick", "cross", "fill", "circle")[int(rng.integers(4))])
            image = scan(page, angle=float(rng.uniform(-2, 2)), noise=4, jpeg=75, seed=sheet_no)
            ok, data = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 75])
            assert ok
            canvas.drawImage(ImageReader(io.BytesIO(data.tobytes())), 0, 0, 612, 792)
            canvas.showPage()
    canvas.save()
    pdf.write_bytes(out.getvalue())
    return assessment.id


def per_page(data_dir: Path, assessment_id: str, pdf: Path) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of each page: rasterized, found, straightened and read."""
    from roots_app.exchange import sheet_scan
    from roots_app.services import assessments, sheet_reading
    from roots_app.services.context import open_roots

    roots = open_roots(data_dir)
    try:
        layout_for = sheet_reading.page_layouts(assessments.load(roots, assessment_id))
    finally:
        roots.close()
    walls, cpus = [], []
    pages = sheet_scan.read_file(pdf, layout_for)
    while True:
        wall, cpu = time.perf_counter(), time.process_time()
        result = next(pages, None)
        if result is None:
            break
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
        if not isinstance(result, sheet_scan.PageReading):
            sys.exit(f"page {len(walls)} was not read: {result}")
    return walls, cpus


def stack_and_pages(base: Path) -> None:
    """In a process of its own (so that the measuring process stays small: a child's peak
    RSS counts what it inherited): the stack, then each page's figures."""
    sys.path.insert(0, str(REPO))
    pdf = base / "stack.pdf"
    assessment_id = make_stack(base / "data", pdf)
    (base / "assessment").write_text(assessment_id)
    print(f"{PAGES}-page scanned PDF at 200 dpi: {pdf.stat().st_size / 2**20:.1f} MB")
    walls, cpus = per_page(base / "data", assessment_id, pdf)
    print(
        f"a page in-process: median {statistics.median(walls):.3f} s, worst "
        f"{max(walls):.3f} s wall; CPU median {statistics.median(cpus):.3f} s, worst "
        f"{max(cpus):.3f} s (target {TARGET} s a page)"
    )


def main() -> None:
    if sys.argv[1:2] == ["--stack"]:
        stack_and_pages(Path(sys.argv[2]))
        return
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        environ = env(base / "data")
        subprocess.run(
            [ROOTS, "demo", "--schools", "1", "--years", "1"],
            env=environ,
            check=True,
            capture_output=True,
        )
        subprocess.run([sys.executable, __file__, "--stack", folder], env=environ, check=True)
        pdf = base / "stack.pdf"
        assessment_id = (base / "assessment").read_text()
        command = [ROOTS, "read-sheets", assessment_id, str(pdf), "--dry-run", "--json"]
        figures = measure({"floor": FLOOR_SQLALCHEMY, "read-sheets": command}, environ, runs=3)
        floor = figures["floor"]
        report_floor("python -c 'import sqlalchemy.orm'", floor)
        mine = figures["read-sheets"]
        # 1 s a page on top of what any command costs: the floor plus 30 s.
        target = (floor.median + PAGES * TARGET) / floor.median
        report("read-sheets, 30 pages", mine, floor, target=round(target, 1))
        print(
            f"a page, whole command less its floor: median "
            f"{(mine.median - floor.median) / PAGES:.3f} s, worst "
            f"{(mine.worst - floor.worst) / PAGES:.3f} s wall; CPU "
            f"{(mine.median_cpu - floor.median_cpu) / PAGES:.3f} s"
        )
        print(load_average())


if __name__ == "__main__":
    main()
