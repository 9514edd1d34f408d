"""The .roots writer compresses in a second thread: what goes wrong there reaches the caller."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

# In a process of its own: a file size limit (what a full disk does to a write, EFBIG here)
# would stop the test run's own files too.
_WRITE = textwrap.dedent(
    """
    import errno, os, resource, signal, sys
    from pathlib import Path
    from roots_app.exchange.bundle_file import BundleWriter
    from roots_app.exchange.bundle_records import RATINGS

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails, not kills
    resource.setrlimit(resource.RLIMIT_FSIZE, (256 * 1024, resource.RLIM_INFINITY))
    writer = BundleWriter(Path(sys.argv[1]), "0", "2026-01-01T00:00:00+00:00", "d")
    batches = ([os.urandom(300).hex().encode() for _ in range(1_000)] for _ in range(20))
    try:
        writer.add_lines(RATINGS, batches)
    except OSError as exc:
        print("stopped", errno.errorcode[exc.errno])
    else:
        print("written")
    """
)


def test_a_write_that_fails_in_the_writers_thread_stops_the_caller(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _WRITE, str(tmp_path / "big.roots")],
        capture_output=True,
        text=True,
        timeout=60,  # a writer that died with the error would leave the caller waiting
        check=True,
    )
    assert done.stdout.split() == ["stopped", "EFBIG"], done.stderr
