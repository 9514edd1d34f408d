"""What every page needs: the open data (services) and the interface language."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roots_app.services.context import Roots
from roots_app.ui.i18n import Translations


@dataclass
class UiContext:
    roots: Roots
    translations: Translations
    log_file: Path | None = None

    @property
    def language(self) -> str:
        return self.translations.language

    def set_language(self, language: str) -> None:
        """Switch the interface now and remember the choice for the next start."""
        self.translations.apply(language)
        self.roots.settings.language = self.translations.language
        self.roots.save_settings()
