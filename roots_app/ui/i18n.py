"""Switch the interface language at run time: our translations plus Qt's own (standard buttons)."""

from __future__ import annotations

import logging
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roots_app import paths
from roots_app.domain import vocabulary

log = logging.getLogger(__name__)

LANGUAGES = vocabulary.LANGUAGE_NAMES  # shown in their own language, never translated
CATALOG = "roots_app_{}"  # roots_app_es: everything; roots_app_en: plural forms only


def compiled_catalog(cache_dir: Path, language: str = "es") -> Path | None:
    """Our .qm for ``language``: built into the wheel, or compiled from the .ts in a source
    checkout."""
    name = CATALOG.format(language)
    folder = Path(str(paths.i18n_dir()))
    built, source = folder / f"{name}.qm", folder / f"{name}.ts"
    installed = "_data" in folder.parts  # inside the wheel: built with it, always current
    if built.exists() and (
        installed or not source.exists() or built.stat().st_mtime >= source.stat().st_mtime
    ):
        return built
    if not source.exists():
        return None
    import PySide6

    target = cache_dir / f"{name}.qm"
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = Path(PySide6.__file__).resolve().parent / "lrelease"
    cache_dir.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([str(tool), "-silent", str(source), "-qm", str(target)], check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        log.warning("Could not compile %s: %s", source, exc)
        return None
    return target


class Translations:
    """Holds the installed translators; ``apply`` swaps them and Qt re-sends LanguageChange."""

    def __init__(self, cache_dir: Path) -> None:
        self.cache_dir = cache_dir
        self.language = "en"
        self._translators: list[QTranslator] = []

    def loaded_files(self) -> list[str]:
        """The .qm files in use (the installers' check proves they load from the bundle)."""
        return [translator.filePath() for translator in self._translators]

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._translators:
            app.removeTranslator(translator)
        self._translators.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(QLocale(self.language))
        if self.language == "en":
            # English needs a catalogue too, for its plural forms: "1 school", "2 schools".
            plurals = compiled_catalog(self.cache_dir, "en")
            translator = QTranslator(app)
            if plurals is not None and translator.load(str(plurals)):
                self._install(translator)
            return
        # Qt's own catalogue (standard buttons, file choosers) is in the PySide6 wheel; ours,
        # installed after it and so asked first, fills its gaps (see ui/qt_strings.py).
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(QLocale(self.language), "qtbase", "_", qt_folder):
            self._install(qt)
        else:
            log.info("Qt's own %s catalogue not found in %s", self.language, qt_folder)
        ours = compiled_catalog(self.cache_dir)
        translator = QTranslator(app)
        if ours is not None and translator.load(str(ours)):
            self._install(translator)
        else:
            log.warning("Spanish translations not found; the interface stays in English")

    def _install(self, translator: QTranslator) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        app.installTranslator(translator)
        self._translators.append(translator)
