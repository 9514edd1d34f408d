"""The frozen bundle's one entry point: ``roots`` is the command line, anything else the app.

One executable serves both names (on Linux ``roots`` is a link to ``roots-app``), so the bundle
carries its Python modules once.
"""

from __future__ import annotations

import sys
from pathlib import Path


def bundle_check() -> int:
    """``roots-app --bundle-check``: load what the app loads only on first use, for
    packaging/check_linux_package.sh (a trimmed bundle must still have every library they need).

    Read aloud's QtTextToSpeech (with QtMultimedia, the system's libpulse) and its engine
    plug-in, and the PostgreSQL driver's libpq. Prints one line each; 1 if one does not load.
    """
    from PySide6.QtCore import QCoreApplication

    from roots_app.ui import read_aloud

    _app = QCoreApplication(sys.argv[:1])
    speech = read_aloud.load_speech_module()
    if speech is None:
        print("bundle-check: read aloud FAILED: QtTextToSpeech does not load")
        return 1
    engines = " ".join(speech.QTextToSpeech.availableEngines())
    # The system's engine, as the app picks it: creating it loads its plug-in (on Linux
    # speech-dispatcher's, which needs the system's libspeechd).
    engine = speech.QTextToSpeech()
    state = f"{engine.engine() or 'none'} {engine.state().name} {engine.errorString()}".strip()
    print(f"bundle-check: read aloud loaded: engines {engines}; the system's: {state}")
    import psycopg

    print(f"bundle-check: postgresql driver {psycopg.pq.__impl__}, libpq {psycopg.pq.version()}")
    return 0


def main() -> int:
    if sys.argv[1:] == ["--bundle-check"]:
        return bundle_check()
    # Linux: `roots` is a link, so the name it was called by (argv[0]) decides. Windows has two
    # executables (roots.exe for the console, roots-app.exe without one): the file's own name.
    called = sys.executable if sys.platform == "win32" else sys.argv[0]
    if Path(called).stem == "roots":
        from roots_app.cli import main as run
    else:
        from roots_app.ui.launch import main as run
    return int(run() or 0)


if __name__ == "__main__":
    sys.exit(main())
