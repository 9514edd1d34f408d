"""The PySide6 desktop app: windows, pages, dialogs and the Qt item models over domain data."""
