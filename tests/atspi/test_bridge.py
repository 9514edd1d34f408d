"""Issue 18, through the real screen-reader bridge: Roots walked from outside its process over
AT-SPI, as Orca walks it.

A virtual X server, a D-Bus session bus (the AT-SPI bus is started on it as on a desktop) and
the app itself (``python -m roots_app``, Qt's accessibility on) run as processes of this test;
tests/atspi/walker.py walks the app with Debian's pyatspi under the system Python and prints
what it found. The level choices must be reachable by Tab with a role, a name and a checked
state, Space must rate (the rating lands in the database), and the wheel must be readable as a
table.

Needs ``at-spi2-core``, ``python3-pyatspi``, ``xvfb`` and ``dbus`` (Debian's names); without
them the test is skipped, except with ROOTS_TEST_ATSPI=require (CI), where it fails.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from roots_app.domain.assessment import TEAM
from roots_app.domain.rubric import RubricPack
from roots_app.services import assessments
from tests.ui.conftest import remember

pytestmark = pytest.mark.slow  # four processes and a walk: 15 to 30 s

MODE = os.environ.get("ROOTS_TEST_ATSPI", "auto")  # "require": a missing piece fails
SYSTEM_PYTHON = Path("/usr/bin/python3")  # Debian's, where python3-pyatspi installs
LAUNCHERS = (
    Path("/usr/libexec/at-spi-bus-launcher"),
    Path("/usr/lib/at-spi2-core/at-spi-bus-launcher"),
)
WALKER = Path(__file__).with_name("walker.py")
# Seconds to wait for each thing the walk needs (the app's first window, a page, a state): the
# machine may be loaded; a walk that finds everything takes a few seconds in all.
WAIT = 120.0
# What a user hears, in each language: the walk looks for these names (the walker's "words"),
# the table's headers are checked against "headers".
WORDS = {
    "en": {
        "places": "Places in Roots",
        "team_view": "Team view",
        "wheel_tab": "Wheel",
        "table_tab": "Table",
        "wheel": "Wheel of agreed levels",
        "table": "Spread and agreed level of every category",
        "level": "Level %1 of %2: %3",
        "agree": "Agree on level %1 of %2: %3",
        "sidebar": "Home Assess Team view",
        "headers": "Category|Lowest|Highest|Median|To talk about|Agreed level",
    },
    "es": {
        "places": "Secciones de Roots",
        "team_view": "Vista del equipo",
        "wheel_tab": "Rueda",
        "table_tab": "Tabla",
        "wheel": "Rueda de niveles acordados",
        "table": "Rango y nivel acordado de cada categoría",
        "level": "Nivel %1 de %2: %3",
        "agree": "Acordar el nivel %1 de %2: %3",
        "sidebar": "Inicio Evaluar Vista del equipo",
        "headers": "Categoría|Más bajo|Más alto|Mediana|Para conversar|Nivel acordado",
    },
}


def missing_pieces() -> list[str]:
    """What this machine lacks to run the walk (Debian package names in brackets)."""
    if not sys.platform.startswith("linux"):
        return ["Linux (AT-SPI is the Linux desktop's accessibility bridge)"]
    missing = []
    has_pyatspi = SYSTEM_PYTHON.exists() and (
        subprocess.run(
            [str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False
        ).returncode
        == 0
    )
    if not has_pyatspi:
        missing.append(f"{SYSTEM_PYTHON} with pyatspi (python3-pyatspi)")
    if shutil.which("Xvfb") is None:
        missing.append("Xvfb (xvfb)")
    if shutil.which("dbus-daemon") is None:
        missing.append("dbus-daemon (dbus)")
    if not any(launcher.exists() for launcher in LAUNCHERS):
        missing.append("at-spi-bus-launcher (at-spi2-core)")
    missing.extend(f"{library} (for Qt's X11 platform)" for library in xcb_libraries_missing())
    return missing


def xcb_libraries_missing() -> list[str]:
    """The system libraries Qt's X11 platform plugin needs and does not find (libxcb-cursor0
    and others that a desktop has and a bare machine lacks)."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists() or shutil.which("ldd") is None:
        return []  # a PySide6 built otherwise: the app's own output will say what it lacks
    listing = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, check=False
    ).stdout
    return sorted({line.split()[0] for line in listing.splitlines() if "not found" in line})


def _read_line(fd: int, what: str, process: subprocess.Popen[bytes]) -> str:
    """A line a starting program writes to ``fd`` (its display, its bus address)."""
    data = b""
    end = time.monotonic() + WAIT
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([fd], [], [], 1.0)
        if ready:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            data += chunk
        elif process.poll() is not None or time.monotonic() > end:
            break
    os.close(fd)
    if not data.strip():
        raise RuntimeError(f"{what} did not start (exit code {process.poll()})")
    return data.decode().strip()


class Desktop:
    """A virtual X server and a D-Bus session bus, as a Linux desktop has (the AT-SPI bus is
    started on it by D-Bus when Qt or the walker asks for it); each stopped after the test."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("AT_SPI_BUS_ADDRESS", "PYTHONHOME", "PYTHONPATH", "VIRTUAL_ENV")
        }
        # A runtime folder of its own: the AT-SPI bus's socket goes there, not beside the
        # user's (a short path: a socket's path has at most 107 bytes).
        self.env["XDG_RUNTIME_DIR"] = tempfile.mkdtemp(prefix="roots-atspi-")

    def start(self) -> None:
        read, write = os.pipe()
        xvfb = self._spawn(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x860x24", "-nolisten", "tcp"],
            "xvfb",
            write,
        )
        self.env["DISPLAY"] = ":" + _read_line(read, "Xvfb", xvfb)
        read, write = os.pipe()
        bus = self._spawn(
            ["dbus-daemon", "--session", "--nofork", f"--print-address={write}"], "dbus", write
        )
        self.env["DBUS_SESSION_BUS_ADDRESS"] = _read_line(read, "dbus-daemon", bus)

    def _spawn(self, command: list[str], log: str, keep_fd: int) -> subprocess.Popen[bytes]:
        with (self.folder / f"{log}.log").open("wb") as out:
            process = subprocess.Popen(
                command, env=self.env, stdout=out, stderr=subprocess.STDOUT, pass_fds=(keep_fd,)
            )
        os.close(keep_fd)
        self.processes.append(process)
        return process

    def start_app(self, data_dir: Path) -> subprocess.Popen[bytes]:
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_ACCESSIBILITY="1",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            ROOTS_DATA_DIR=str(data_dir),
        )
        with (self.folder / "app.log").open("wb") as out:
            app = subprocess.Popen(
                [sys.executable, "-m", "roots_app"], env=env, stdout=out, stderr=subprocess.STDOUT
            )
        self.processes.append(app)
        return app

    def walk(self, app: subprocess.Popen[bytes], words: dict[str, str]) -> dict:  # type: ignore[type-arg]
        """Run the walker; its report, or a failure that says what went wrong where."""
        with (self.folder / "walker.err").open("wb") as err:
            walker = subprocess.Popen(
                [str(SYSTEM_PYTHON), str(WALKER), "Roots", str(WAIT), json.dumps(words)],
                env=self.env,
                stdout=subprocess.PIPE,
                stderr=err,
            )
            try:
                while True:
                    if app.poll() is not None and walker.poll() is None:
                        pytest.fail(f"The app ended (code {app.returncode}):\n{self.app_log()}")
                    try:
                        out, _ = walker.communicate(timeout=1)
                        break
                    except subprocess.TimeoutExpired:
                        continue
            finally:
                if walker.poll() is None:
                    walker.kill()
                    walker.wait()
        errors = (self.folder / "walker.err").read_text(errors="replace")
        try:
            report: dict = json.loads(out)  # type: ignore[type-arg]
        except ValueError:
            pytest.fail(f"The walker printed no report:\n{out!r}\n{errors}\n{self.app_log()}")
        if "error" in report:
            pytest.fail(
                f"The walk stopped after {report['steps']}: {report['error']}\n"
                f"{errors}\n{self.app_log()}"
            )
        return report

    def app_log(self) -> str:
        path = self.folder / "app.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "The app's output (last lines):\n" + "\n".join(text.splitlines()[-30:])

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        shutil.rmtree(self.env["XDG_RUNTIME_DIR"], ignore_errors=True)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    missing = missing_pieces()
    if missing:
        reason = "the screen-reader bridge test needs " + ", ".join(missing)
        if MODE == "require":
            pytest.fail(f"ROOTS_TEST_ATSPI=require, but {reason}")
        pytest.skip(reason)
    folder = tmp_path / "desktop"
    folder.mkdir()
    session = Desktop(folder)
    try:
        session.start()
        yield session
    finally:
        session.stop()


def level_names(template: str, pack: RubricPack, language: str) -> dict[int, str]:
    """Each level's accessible name, from the app's wording ("Level %1 of %2: %3")."""
    return {
        level.value: template.replace("%1", str(level.value))
        .replace("%2", str(len(pack.levels)))
        .replace("%3", level.label[language])
        for level in pack.levels
    }


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_screen_reader_reaches_names_and_rates_the_levels_and_reads_the_wheel_table(
    desktop: Desktop, roots, assessment_id: str, data_dir: Path, language: str
) -> None:
    assessment = assessments.load(roots, assessment_id)
    pack = assessment.pack
    first = pack.categories[0]
    members = [m.id for m in assessment.present]
    for member, level in zip(members, (2, 4, 4), strict=True):
        assessments.rate(roots, assessment, member, first.key, level, "")
    assessments.set_revealed(roots, assessment_id, True)
    remember(roots, assessment_id, language)  # reopens this assessment on the walkthrough
    assessments.remember_place(roots, assessment_id, first.key, TEAM)  # as the team
    words = WORDS[language]
    names = level_names(words["level"], pack, language)
    agree = level_names(words["agree"], pack, language)

    app = desktop.start_app(data_dir)
    report = desktop.walk(app, words)

    # The level choices: radio buttons (one of a group) named "Level 3 of 5: Growing", the
    # descriptor as their description, none chosen yet.
    assert [(c["role"], c["name"], c["description"]) for c in report["cards"]] == [
        ("radio button", names[lv.value], first.descriptors[lv.value][language])
        for lv in pack.levels
    ]
    assert not any("checked" in c["states"] for c in report["cards"])
    assert report["unnamed_walkthrough"] == []
    # Reached by Tab (the first choice, as none is chosen); Right arrows, then Space chose 3.
    assert report["tab_path"][-1] == f"radio button {names[1]!r}"
    assert report["focused_before_space"]["name"] == names[3]
    chosen = [c["name"] for c in report["cards_after_space"] if "checked" in c["states"]]
    assert chosen == [names[3]]
    # Alt+Right went on to the next category; typing 2 rated it.
    second = pack.categories[1]
    assert [(c["name"], c["description"]) for c in report["cards_after_digit"]] == [
        (names[lv.value], second.descriptors[lv.value][language]) for lv in pack.levels
    ]
    chosen = [c["name"] for c in report["cards_after_digit"] if "checked" in c["states"]]
    assert chosen == [names[2]]
    stored = assessments.load(roots, assessment_id)
    assert [stored.rating(TEAM, c.key).level for c in pack.categories[:3]] == [3, 2, None]

    # The sidebar's places are named; the team view's choices say the agreed level (it opens
    # on the first category); the wheel says what it shows, and the table beside it reads cell
    # by cell with its headers.
    assert " ".join(p["name"] for p in report["places"][:3]) == words["sidebar"]
    team_cards = report["team_cards"]
    assert [(c["role"], c["name"]) for c in team_cards] == [
        ("radio button", agree[lv.value]) for lv in pack.levels
    ]
    assert [c["name"] for c in team_cards if "checked" in c["states"]] == [agree[3]]
    assert report["unnamed_team_view"] == []
    assert f"{first.title[language]}: 3" in report["wheel"]["description"]
    assert report["unnamed_wheel"] == []
    table = report["table"]
    assert table["headers"] == words["headers"].split("|")
    assert len(table["rows"]) == len(pack.categories)
    row = table["rows"][0]
    assert row[0] == f"1. {first.title[language]}"
    assert row[1:4] == ["2", "4", "4"]
    assert row[5] == f"3 · {pack.level(3).label[language]}"
    assert table["rows"][1][5] == f"2 · {pack.level(2).label[language]}"
    assert report["unnamed_table"] == []
