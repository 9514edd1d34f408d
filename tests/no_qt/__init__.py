"""Makes PySide6 unimportable for the ROOTS_NO_QT=1 test pass (see sitecustomize.py)."""
