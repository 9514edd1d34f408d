"""Roots' own dialogs. Each has a classmethod ``ask(...)`` that shows it and returns plain
values, or None if the person cancelled: callers never read a dialog's widgets, and tests
replace ``ask`` (or drive the real dialog through ``outcome``) instead of ``exec``."""
