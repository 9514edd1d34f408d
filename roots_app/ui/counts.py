"""Sentences built around a count, for code outside a widget ("1 plan was saved", "2 plans
were saved").

Plural forms need ``tr(text, "", n)``: pyside6-lupdate marks a message as plural only when it
is a ``self.tr`` call, never ``QCoreApplication.translate``, so module-level code takes its
counted texts from this small QObject (context "Counts").
"""

from __future__ import annotations

from PySide6.QtCore import QObject


class Counts(QObject):
    def schools(self, n: int) -> str:
        return self.tr("%n school(s)", "", n)

    def assessments(self, n: int) -> str:
        return self.tr("%n assessment(s)", "", n)

    def plans_saved(self, n: int, folder: str) -> str:
        return self.tr("%n plan(s) were saved in %1.", "", n).replace("%1", folder)

    def items_saved(self, n: int, path: str) -> str:
        return self.tr(
            "%Ln item(s) (schools, members, ratings, plans…) were saved in %1.", "", n
        ).replace("%1", path)
