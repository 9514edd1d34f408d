"""``python -m roots_app`` starts the desktop app, like ``roots-app``."""

import sys

from roots_app.ui.launch import main

sys.exit(main())
