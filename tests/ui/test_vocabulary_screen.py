"""The screen names roles and statuses as the vocabulary does, in both languages (issue 15):
the Qt catalogue holds the interface's names, and this ties them to domain/vocabulary.py."""

from __future__ import annotations

from pathlib import Path

from roots_app.domain import vocabulary
from roots_app.domain.assessment import Status
from roots_app.domain.people import Role
from roots_app.domain.plan import ActionStatus
from roots_app.ui import labels
from roots_app.ui.i18n import LANGUAGES, Translations


def test_screen_names_agree_with_the_vocabulary_in_both_languages(qapp, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    assert tuple(LANGUAGES) == vocabulary.LANGUAGES
    translations = Translations(data_dir / "cache")
    try:
        for language in vocabulary.LANGUAGES:
            translations.apply(language)
            for role in Role:
                assert labels.role_label(role) == vocabulary.role_name(language, role)
            for status in Status:
                assert labels.status_label(status) == vocabulary.status_name(language, status)
            for action in ActionStatus:
                assert labels.action_status_label(action) == vocabulary.action_status_name(
                    language, action
                )
        translations.apply("es")
        assert labels.role_label(Role.FAMILY) == "Madre, padre o tutor"
    finally:
        translations.apply("en")  # the interface language is process-wide
