"""The plan PDF names members as the team view shows them for that assessment (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from roots_app import settings
from roots_app.services import plans
from roots_app.services.context import Roots

NAMES = ("Ana García", "Luis Pérez", "Mei Chen")


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.mark.parametrize(
    ("mode", "names_shown", "roles_shown"),
    [("names", True, True), ("roles", False, True), ("anonymous", False, False)],
)
def test_the_plan_pdf_follows_the_team_views_choice(
    roots: Roots,
    assessment_id: str,
    tmp_path: Path,
    mode: str,
    names_shown: bool,
    roles_shown: bool,
) -> None:
    settings.remember_shown_members(roots.settings, assessment_id, mode)
    roots.save_settings()
    text = _text(plans.export_pdf(roots, assessment_id, tmp_path / "plan.pdf", "en"))
    flat = " ".join(text.split())
    for name in NAMES:
        assert (name in flat) is names_shown, name
    for role in ("Teacher", "Administrator"):
        assert (role in flat) is roles_shown, role
    assert "Sign-off" in flat  # the sign-off table is still there, to sign by hand


def test_the_choice_is_kept_per_assessment_and_defaults_to_names(
    roots: Roots, assessment_id: str
) -> None:
    assert settings.shown_members(roots.settings, assessment_id) == "names"
    settings.remember_shown_members(roots.settings, assessment_id, "anonymous")
    settings.remember_shown_members(roots.settings, "another", "roles")
    roots.save_settings()
    again = settings.load(roots.data_dir)
    assert settings.shown_members(again, assessment_id) == "anonymous"
    assert settings.shown_members(again, "another") == "roles"
    assert settings.shown_members(again, "never-chosen") == "names"
    with pytest.raises(ValueError, match="members are shown"):
        settings.remember_shown_members(again, assessment_id, "everyone")
