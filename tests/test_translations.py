"""Every interface string has a Spanish translation with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CATALOG = REPO / "i18n" / "roots_app_es.ts"
PLURALS = REPO / "i18n" / "roots_app_en.ts"  # English: only the plural forms of "%n" messages
PLACEHOLDER = re.compile(r"%[\dn]")
MNEMONIC = re.compile(r"&(?!&)\S")


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.find("translation"),
        )  # type: ignore[misc]
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _texts(translation: ET.Element) -> list[str]:
    """The translation, or each plural form of a message with ``%n``."""
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("catalog", [CATALOG, PLURALS], ids=["es", "en plurals"])
def test_every_message_is_translated_with_the_same_placeholders(catalog: Path) -> None:
    problems = []
    for context, source, translation in _messages(catalog):
        where = f"{context}: {source!r}"
        texts = _texts(translation)
        unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
        if unfinished or not all(text.strip() for text in texts):
            problems.append(f"{where} has no finished translation")
            continue
        for text in texts:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{where}: placeholders differ in {text!r}")
            if len(MNEMONIC.findall(source)) != len(MNEMONIC.findall(text)):
                problems.append(f"{where}: keyboard shortcut (&) differs in {text!r}")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_cover_every_plural_message() -> None:
    """English shows "1 school" only through its own small catalogue of plural forms."""
    plural = {(c, s) for c, s, t in _messages(CATALOG) if t.findall("numerusform")}
    assert plural == {(c, s) for c, s, _ in _messages(PLURALS)}


def test_catalog_covers_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate over the sources finds no string that the catalog lacks."""
    tool = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if tool is None:
        pytest.fail("pyside6-lupdate (from PySide6) is missing")
    copy = tmp_path / CATALOG.name
    shutil.copy(CATALOG, copy)
    sources = sorted(str(p) for p in (REPO / "roots_app").rglob("*.py"))
    subprocess.run([tool, *sources, "-ts", str(copy)], check=True, capture_output=True)
    missing = [f"{c}: {s!r}" for c, s, t in _messages(copy) if t.get("type") == "unfinished"]
    assert not missing, "Not in i18n/roots_app_es.ts (run pyside6-lupdate, then translate):\n" + (
        "\n".join(missing)
    )


def test_translated_texts_are_literals_lupdate_can_see() -> None:
    """lupdate only finds ``tr("...")`` and ``QCoreApplication.translate("Context", "...")``
    written out with literal strings: a wrapper or an alias would hide texts from the catalogue
    (and from the test above), and the Spanish interface would show them in English."""
    import ast

    problems = []
    for path in sorted((REPO / "roots_app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            where = f"{path.relative_to(REPO)}:{getattr(node, 'lineno', '?')}"
            value = getattr(node, "value", None)
            if (
                isinstance(node, ast.Assign | ast.AnnAssign)
                and isinstance(value, ast.Attribute)
                and value.attr in ("translate", "tr")
            ):
                problems.append(f"{where}: an alias of {value.attr}()")
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            name = node.func.attr
            texts = node.args[:2] if name == "translate" else node.args[:1]
            if name not in ("translate", "tr") or not texts:
                continue
            if name == "translate" and not (
                isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication"
            ):
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in texts):
                problems.append(f"{where}: {name}() with a text that is not a literal")
    assert problems == []


def test_role_names_read_the_same_on_screen_and_in_the_plan() -> None:
    """The interface and the PDF name each role alike, without "(a)" endings that nest in
    "Roberto Díaz (Maestro(a))", and a family member is not "Familiar" (a relative)."""
    from roots_app.domain.people import Role
    from roots_app.reports import labels

    on_screen = {s: t.text for c, s, t in _messages(CATALOG) if c == "Labels"}
    for role in Role:
        english = labels.role_label("en", role)
        spanish = labels.role_label("es", role)
        assert on_screen[english] == spanish, role
        for name in (spanish, labels.role_label("es", role, plural=True)):
            assert "(" not in name and ")" not in name, name
    assert labels.role_label("es", Role.FAMILY) == "Madre, padre o tutor"
