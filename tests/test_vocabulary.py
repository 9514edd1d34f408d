"""One vocabulary (issue 15): both languages complete, and the PDF and the spreadsheet name
roles and statuses as it does (the screen: tests/ui/test_vocabulary_screen.py)."""

from __future__ import annotations

import argparse

import pytest

from roots_app import cli, settings
from roots_app.domain import vocabulary
from roots_app.domain.assessment import Status
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus
from roots_app.exchange import plan_table
from roots_app.reports import labels as pdf_labels
from roots_app.services import plans

NAMES = {
    "roles": (vocabulary.ROLE_NAMES, Role),
    "role plurals": (vocabulary.ROLE_PLURALS, Role),
    "assessment statuses": (vocabulary.STATUS_NAMES, Status),
    "action statuses": (vocabulary.ACTION_STATUS_NAMES, ActionStatus),
}


@pytest.mark.parametrize("what", NAMES)
def test_every_language_names_every_value_and_nothing_else(what: str) -> None:
    table, enum = NAMES[what]
    assert tuple(table) == vocabulary.LANGUAGES
    for language in vocabulary.LANGUAGES:
        assert set(table[language]) == {member.value for member in enum}, (what, language)
        assert all(name.strip() == name and name for name in table[language].values())
        # Each value has its own name, so a list of them never shows two alike.
        assert len(set(table[language].values())) == len(enum), (what, language)
    assert set(vocabulary.ACTION_STATUS_SIGNS) == {s.value for s in ActionStatus}


def test_the_names_are_in_spanish_where_spanish_is_asked_for() -> None:
    """A name copied without translating would pass the completeness check: not here."""
    for table, enum in NAMES.values():
        same = {m for m in enum if table["en"][m] == table["es"][m]}
        assert same <= {Status.FINAL}, same  # "Final" is the same word in both


def test_the_pdf_names_roles_and_statuses_as_the_vocabulary_does() -> None:
    for language in vocabulary.LANGUAGES:
        for role in Role:
            assert pdf_labels.role_label(language, role) == vocabulary.ROLE_NAMES[language][role]
            assert (
                pdf_labels.role_label(language, role, plural=True)
                == vocabulary.ROLE_PLURALS[language][role]
            )
        for status in ActionStatus:
            sign = vocabulary.ACTION_STATUS_SIGNS[status]
            name = vocabulary.ACTION_STATUS_NAMES[language][status]
            assert pdf_labels.status_label(language, status) == f"{sign} {name}"
    assert pdf_labels.status_label("es", ActionStatus.UNDER_WAY) == "◐ En marcha"
    assert pdf_labels.role_label("en", Role.FAMILY, plural=True) == "Family members"


def test_the_spreadsheet_names_statuses_as_the_vocabulary_does() -> None:
    assert set(plan_table.HEADERS) == set(vocabulary.LANGUAGES)
    for language in vocabulary.LANGUAGES:
        for status in ActionStatus:
            assert plan_table.STATUS[language][status] == vocabulary.action_status_name(
                language, status
            )
    assert plan_table.STATUS["es"][ActionStatus.DONE] == "Hecha"


def test_every_layer_offers_the_same_languages_and_page_sizes() -> None:
    assert set(pdf_labels.CATALOGUE) == set(vocabulary.LANGUAGES)
    assert settings.LANGUAGES == vocabulary.LANGUAGES
    assert settings.Settings().page_size == vocabulary.DEFAULT_PAGE_SIZE
    assert plans.LANGUAGES == vocabulary.PDF_LANGUAGES
    assert plans.PAGE_SIZES == vocabulary.PAGE_SIZES
    parser = cli.build_parser()
    actions = {a.dest: a for a in parser._actions}
    assert tuple(actions["lang"].choices) == vocabulary.LANGUAGES
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    pdf = {a.dest: a for a in commands.choices["plan-pdf"]._actions}
    assert tuple(pdf["pdf_lang"].choices) == vocabulary.PDF_LANGUAGES
    assert tuple(pdf["page_size"].choices) == vocabulary.PAGE_SIZES
    for name in ("compare", "district", "export-table"):
        rubric = {a.dest: a for a in commands.choices[name]._actions}["rubric"]
        assert rubric.default == vocabulary.DEFAULT_RUBRIC
