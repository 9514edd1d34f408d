"""The installer's cut of Qt's ICU data (packaging/build.py) keeps what Qt asks of ICU."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parent.parent


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("roots_build", REPO / "packaging" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icu_items_kept_are_the_core_and_english_and_spanish_locales() -> None:
    dropped = _build_script()._icu_item_dropped
    for kept in (
        "root.res", "en.res", "es_419.res", "res_index.res", "pool.res", "uprops.icu",
        "supplementalData.res", "zoneinfo64.res", "metaZones.res", "cnvalias.icu",
        "coll/root.res", "coll/es.res", "coll/ucadata.icu", "zone/es.res", "zone/pool.res",
        "region/en.res", "ibm-5348_P100-1997.cnv",
    ):  # fmt: skip
        assert not dropped(kept, 10_000), kept
    for gone in (
        "fr.res", "zh_Hant.res", "coll/zh.res", "zone/de.res", "brkitr/root.res",
        "brkitr/cjdict.dict", "curr/es.res", "lang/en.res", "unit/root.res", "translit/el.res",
    ):  # fmt: skip
        assert dropped(gone, 10_000), gone
    assert dropped("gb18030.cnv", 233_000)


# Run with the cut data in place of PySide6's: Spanish collation (ñ after n), a time zone's
# Spanish name and a legacy converter, as Qt uses them; and the library really is the cut one.
QT_USES_ICU = """
import sys
from PySide6.QtCore import QByteArray, QCollator, QLocale, QStringDecoder, QTimeZone
maps = open("/proc/self/maps").read()
assert sys.argv[1] + "/libicudata" in maps, "the cut library was not loaded"
spanish = QCollator(QLocale("es_ES"))
assert sorted(["oso", "ñu", "nube", "Ávila"], key=spanish.sortKey) == ["Ávila", "nube", "ñu", "oso"]
name = QTimeZone(QByteArray(b"Europe/Madrid")).displayName(
    QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("es_ES"))
assert name == "hora estándar de Europa central", name
assert QStringDecoder("windows-1252").isValid()
assert QLocale("es_ES").toUpper("ñandú") == "ÑANDÚ"
print("ok")
"""


@pytest.mark.slow
@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not all(map(shutil.which, ("icupkg", "as", "ld"))),
    reason="the ICU cut runs on Linux with icupkg (icu-devtools) and binutils",
)
def test_cut_icu_data_serves_what_qt_asks_of_it(tmp_path: Path) -> None:
    library = _build_script().trim_icu_data(tmp_path / "icu")
    assert library is not None and library.stat().st_size < 8 * 2**20
    environ = {**os.environ, "LD_LIBRARY_PATH": str(library.parent), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", QT_USES_ICU, str(library.parent)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0 and run.stdout.strip() == "ok", run.stderr


def test_bundle_check_loads_read_aloud_and_the_postgresql_driver(tmp_path: Path) -> None:
    """``roots-app --bundle-check`` (packaging/roots_entry.py), which the package check runs on
    the installed bundle: here from the source, where the same libraries must load."""
    environ = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    ran = subprocess.run(
        [sys.executable, str(REPO / "packaging" / "roots_entry.py"), "--bundle-check"],
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        timeout=120,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    lines = ran.stdout.splitlines()
    assert lines[0].startswith("bundle-check: read aloud loaded: engines "), ran.stdout
    if sys.platform.startswith("linux"):  # speech-dispatcher's plug-in, in the PySide6 wheel
        assert "speechd" in lines[0], ran.stdout
    assert lines[1].startswith("bundle-check: postgresql driver binary, libpq "), ran.stdout
