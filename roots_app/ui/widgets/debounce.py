"""Save typing once it pauses, not on every key press."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SAVE_DELAY_MS = 600


class Debounce(QTimer):
    """``start()`` on each change; ``action`` runs once the changes stop for ``delay`` ms."""

    def __init__(
        self, parent: QObject, action: Callable[[], None], delay: int = SAVE_DELAY_MS
    ) -> None:
        super().__init__(parent)
        self.setSingleShot(True)
        self.setInterval(delay)
        self.timeout.connect(action)
        self.action = action

    def flush(self) -> None:
        """Run the pending action now (before moving away or closing), if there is one."""
        if self.isActive():
            self.stop()
            self.action()
