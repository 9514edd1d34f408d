"""Walk Roots from outside its process through the AT-SPI bus, as a screen reader (Orca) does.

Runs under the system Python with Debian's ``python3-pyatspi`` (no project code: that Python
has none of Roots' dependencies); tests/atspi/test_bridge.py starts it next to the app and
reads the JSON report it prints. Each step waits for what it needs with a deadline and, when
it is not there, says what was seen instead; the report holds every step reached, so that a
failure shows where the walk stopped.

    /usr/bin/python3 tests/atspi/walker.py APP_NAME DEADLINE_SECONDS WORDS_JSON

WORDS_JSON names what the walk looks for in the language on screen: "level" and "agree" (the
accessible names of the walkthrough's and the team view's level choices, "Level %1 of %2: %3"),
"places" (the sidebar), "team_view" (its place), "wheel_tab", "table_tab", "wheel" and "table".
"""

from __future__ import annotations

import ctypes
import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

import pyatspi

# X keysyms of the keys pressed (X11/keysymdef.h).
KEYS = {"Tab": 0xFF09, "Right": 0xFF53, "space": 0x0020}
ALT_MASK = 1 << 3  # X's Mod1Mask: Alt
# Roles a user reaches or reads: each must have a name.
NAMED_ROLES = {
    "check box",
    "combo box",
    "image",
    "list",
    "list item",
    "page tab",
    "push button",
    "radio button",
    "table",
    "text",
}
# Items of a list, table or tab bar, and what holds them.
ITEM_ROLES = {"list item", "table cell", "page tab", "tree item"}
CONTAINER_ROLES = {"list", "table", "page tab list", "tree", "tree table"}


class _WindowAttributes(ctypes.Structure):
    """Xlib's XWindowAttributes."""

    _fields_ = [
        ("x", ctypes.c_int),
        ("y", ctypes.c_int),
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("border_width", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("visual", ctypes.c_void_p),
        ("root", ctypes.c_ulong),
        ("class_", ctypes.c_int),
        ("bit_gravity", ctypes.c_int),
        ("win_gravity", ctypes.c_int),
        ("backing_store", ctypes.c_int),
        ("backing_planes", ctypes.c_ulong),
        ("backing_pixel", ctypes.c_ulong),
        ("save_under", ctypes.c_int),
        ("colormap", ctypes.c_ulong),
        ("map_installed", ctypes.c_int),
        ("map_state", ctypes.c_int),
        ("all_event_masks", ctypes.c_long),
        ("your_event_mask", ctypes.c_long),
        ("do_not_propagate_mask", ctypes.c_long),
        ("override_redirect", ctypes.c_int),
        ("screen", ctypes.c_void_p),
    ]


def give_keyboard_to(title: str) -> int:
    """Give the X keyboard focus to the shown top-level window titled ``title``, as a window
    manager does when a window opens (the virtual X server has none: without it Qt never
    makes the window active, and no widget in it has the focus). Returns how many got it."""
    x = ctypes.cdll.LoadLibrary("libX11.so.6")
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, *[ctypes.c_void_p] * 4]
    x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    x.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    x.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x.XRaiseWindow.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    for name in ("XFree", "XSync", "XCloseDisplay"):
        getattr(x, name).argtypes = [ctypes.c_void_p] + ([ctypes.c_int] if name == "XSync" else [])
    display = x.XOpenDisplay(None)
    if not display:
        raise WalkError("cannot open the X display to give the window the keyboard")
    try:
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        top = x.XDefaultRootWindow(display)
        x.XQueryTree(
            display,
            top,
            ctypes.byref(root),
            ctypes.byref(parent),
            ctypes.byref(children),
            ctypes.byref(count),
        )
        windows = [children[i] for i in range(count.value)]
        if children:
            x.XFree(children)
        given = 0
        for window in windows:
            name = ctypes.c_char_p()
            attributes = _WindowAttributes()
            x.XGetWindowAttributes(display, window, ctypes.byref(attributes))
            if attributes.map_state != 2 or not x.XFetchName(display, window, ctypes.byref(name)):
                continue  # 2: IsViewable
            found = name.value
            x.XFree(name)
            if found is not None and found.decode("utf-8", "replace") == title:
                x.XRaiseWindow(display, window)
                x.XSetInputFocus(display, window, 2, 0)  # RevertToParent, CurrentTime
                given += 1
        x.XSync(display, 0)
        return given
    finally:
        x.XCloseDisplay(display)


class WalkError(Exception):
    """A step did not find what it waited for (the message says what it saw instead)."""


def states(acc: Any) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def showing(acc: Any) -> bool:
    return bool(acc.getState().contains(pyatspi.STATE_SHOWING))


def descendants(acc: Any, only_showing: bool = True) -> Iterator[Any]:
    """Every object under ``acc`` (only the showing branches, as a screen reader reads)."""
    for i in range(acc.childCount):
        child = acc.getChildAtIndex(i)
        if child is None or (only_showing and not showing(child)):
            continue
        yield child
        yield from descendants(child, only_showing)


def describe(acc: Any) -> dict[str, Any]:
    return {
        "role": acc.getRoleName(),
        "name": acc.name,
        "description": acc.description,
        "states": states(acc),
    }


def wait_for(what: str, find: Callable[[], Any], deadline: float, seen: Callable[[], str]) -> Any:
    """``find()``'s first true answer, polled until the deadline; else a WalkError."""
    end = time.monotonic() + deadline
    while True:
        try:
            found = find()
        except Exception:  # the tree changes while it is read: an object may go away
            found = None
        if found:
            return found
        if time.monotonic() > end:
            raise WalkError(f"{what}: not there after {deadline:.0f} s; seen: {seen()}")
        time.sleep(0.2)


class Walk:
    def __init__(self, app_name: str, deadline: float, words: dict[str, str]) -> None:
        self.app_name = app_name
        self.deadline = deadline
        self.words = words
        self.report: dict[str, Any] = {"steps": []}
        self.frame: Any = None

    def step(self, name: str, value: Any) -> None:
        self.report[name] = value
        self.report["steps"].append(name)

    # ----- finding things -----
    def apps(self) -> list[str]:
        desktop = pyatspi.Registry.getDesktop(0)
        return [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]

    def find_frame(self) -> Any:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == self.app_name:
                for j in range(app.childCount):
                    frame = app.getChildAtIndex(j)
                    if frame is not None and frame.getRoleName() == "frame" and showing(frame):
                        return frame
        return None

    def shown(self) -> list[Any]:
        return list(descendants(self.frame))

    def prefix(self, kind: str, value: int | None = None) -> str:
        """How the names of the level choices start: "Level " (or "Level 3 " for one)."""
        start = self.words[kind].split("%1")[0]
        return start if value is None else f"{start}{value} "

    def cards(self, kind: str = "level") -> list[Any]:
        """The level choices on screen, by their names ("Level 3 of 5: Growing")."""
        return [
            a
            for a in self.shown()
            if a.name.startswith(self.prefix(kind))
            and a.getRoleName() in ("radio button", "check box", "push button", "toggle button")
        ]

    def focused(self) -> Any:
        """What has the keyboard focus. Qt marks the current item of a list focused even when
        its list has not the focus: an item counts only under a focused list."""
        found = [a for a in self.shown() if a.getState().contains(pyatspi.STATE_FOCUSED)]
        items = [
            a
            for a in found
            if a.getRoleName() in ITEM_ROLES and a.parent.getState().contains(pyatspi.STATE_FOCUSED)
        ]
        others = [a for a in found if a.getRoleName() not in ITEM_ROLES | {"filler"}]
        if items:
            return items[0]
        return next((a for a in others if a.getRoleName() not in CONTAINER_ROLES), None) or (
            others[0] if others else None
        )

    def named(self, role: str, name: str) -> Any:
        return next((a for a in self.shown() if a.getRoleName() == role and a.name == name), None)

    def seen_names(self) -> str:
        return "; ".join(f"{a.getRoleName()} {a.name[:60]!r}" for a in self.shown()[:60])

    def focus_name(self) -> str:
        focused = self.focused()
        return "nothing" if focused is None else f"{focused.getRoleName()} {focused.name!r}"

    def unnamed(self) -> list[str]:
        return [
            f"{a.getRoleName()} under {a.parent.getRoleName()} {a.parent.name!r}"
            for a in self.shown()
            if a.getRoleName() in NAMED_ROLES and not a.name.strip()
        ]

    # ----- doing things -----
    def press(self, key: str, alt: bool = False) -> None:
        """A key pressed and released (with Alt held down: its modifier locked meanwhile)."""
        if alt:
            pyatspi.Registry.generateKeyboardEvent(ALT_MASK, None, pyatspi.KEY_LOCKMODIFIERS)
        pyatspi.Registry.generateKeyboardEvent(KEYS.get(key, ord(key[0])), None, pyatspi.KEY_SYM)
        if alt:
            pyatspi.Registry.generateKeyboardEvent(ALT_MASK, None, pyatspi.KEY_UNLOCKMODIFIERS)

    def press_until_focus_moves(self, key: str) -> Any:
        before = self.focused()
        before_name = None if before is None else (before.getRoleName(), before.name)
        self.press(key)

        def moved() -> Any:
            now = self.focused()
            return now if now is not None and (now.getRoleName(), now.name) != before_name else None

        return wait_for(f"the focus to move on {key}", moved, self.deadline / 4, self.focus_name)

    def select(self, container: Any, child_name: str) -> None:
        """Select a child by its name through the Selection interface (as a screen reader's
        "activate" on a list item or a tab does)."""
        names = [container.getChildAtIndex(i).name for i in range(container.childCount)]
        if child_name not in names:
            raise WalkError(f"{child_name!r} not among {names}")
        container.querySelection().selectChild(names.index(child_name))

    # ----- the walk -----
    def run(self) -> None:
        self.frame = wait_for(
            f"a window of an application named {self.app_name!r} on the accessibility bus",
            self.find_frame,
            self.deadline,
            lambda: f"applications {self.apps()}",
        )
        self.step("frame", describe(self.frame))
        if not give_keyboard_to(self.frame.name):
            raise WalkError(f"no shown X window titled {self.frame.name!r} to give the keyboard")
        wait_for(
            "the window active once it has the keyboard",
            lambda: self.frame.getState().contains(pyatspi.STATE_ACTIVE),
            self.deadline / 4,
            lambda: str(states(self.frame)),
        )
        cards = wait_for(
            "the walkthrough's level choices", self.cards, self.deadline, self.seen_names
        )
        self.step("cards", [describe(card) for card in cards])
        self.step("unnamed_walkthrough", self.unnamed())

        # Reachable by keyboard: Tab from wherever the focus is until it is on a level choice.
        visited = [self.focus_name()]
        for _ in range(25):
            now = self.press_until_focus_moves("Tab")
            visited.append(f"{now.getRoleName()} {now.name!r}")
            if now.name.startswith(self.prefix("level")):
                break
        self.step("tab_path", visited)
        # The arrows move between the choices; Space chooses the focused one.
        for _ in range(len(cards)):
            now = self.focused()
            if now is not None and now.name.startswith(self.prefix("level", 3)):
                break
            self.press_until_focus_moves("Right")
        self.step("focused_before_space", describe(self.focused()))
        self.press("space")
        wait_for(
            "level 3 reported checked after Space",
            lambda: any(
                c.name.startswith(self.prefix("level", 3))
                and c.getState().contains(pyatspi.STATE_CHECKED)
                for c in self.cards()
            ),
            self.deadline,
            lambda: str([describe(c) for c in self.cards()]),
        )
        self.step("cards_after_space", [describe(card) for card in self.cards()])
        # Alt+Right: the next category, the focus on its choices; a typed digit rates.
        before = [c.description for c in self.cards()]
        self.press("Right", alt=True)
        wait_for(
            "the next category after Alt+Right",
            lambda: [c.description for c in self.cards()] != before,
            self.deadline,
            lambda: str([describe(c) for c in self.cards()]),
        )
        self.press("2")
        wait_for(
            "level 2 reported checked after typing 2",
            lambda: any(
                c.name.startswith(self.prefix("level", 2))
                and c.getState().contains(pyatspi.STATE_CHECKED)
                for c in self.cards()
            ),
            self.deadline,
            lambda: str([describe(c) for c in self.cards()]),
        )
        self.step("cards_after_digit", [describe(card) for card in self.cards()])

        # The team view, through the sidebar: its level choices say the agreed level; its
        # Wheel and Table tabs.
        words = self.words
        places = wait_for(
            "the sidebar", lambda: self.named("list", words["places"]), 10, self.seen_names
        )
        self.step("places", [describe(c) for c in descendants(places)])
        self.select(places, words["team_view"])
        tabs = wait_for(
            "the team view's tabs",
            lambda: next((a for a in self.shown() if a.getRoleName() == "page tab list"), None),
            self.deadline,
            self.seen_names,
        )
        team_cards = wait_for(
            "the team view's level choices",
            lambda: self.cards("agree"),
            self.deadline,
            self.seen_names,
        )
        self.step("team_cards", [describe(card) for card in team_cards])
        self.step("unnamed_team_view", self.unnamed())
        self.select(tabs, words["wheel_tab"])
        wheel = wait_for(
            "the wheel with a description",
            lambda: next(
                (a for a in self.shown() if a.name == words["wheel"] and a.description), None
            ),
            self.deadline,
            self.seen_names,
        )
        self.step("wheel", describe(wheel))
        self.step("unnamed_wheel", self.unnamed())
        self.select(tabs, words["table_tab"])
        table = wait_for(
            "the table beside the wheel",
            lambda: self.named("table", words["table"]),
            self.deadline,
            self.seen_names,
        )
        cells = table.queryTable()
        self.step(
            "table",
            {
                "name": table.name,
                "headers": [cells.getColumnDescription(c) for c in range(cells.nColumns)],
                "rows": [
                    [cells.getAccessibleAt(r, c).name for c in range(cells.nColumns)]
                    for r in range(cells.nRows)
                ],
            },
        )
        self.step("unnamed_table", self.unnamed())


def main() -> int:
    walk = Walk(sys.argv[1], float(sys.argv[2]), json.loads(sys.argv[3]))
    code = 0
    try:
        walk.run()
    except WalkError as error:
        walk.report["error"] = str(error)
        code = 1
    print(json.dumps(walk.report, ensure_ascii=False))
    return code


if __name__ == "__main__":
    sys.exit(main())
