from roots_app.domain.text import Text


def test_text_falls_back_to_english_when_a_language_is_missing() -> None:
    text = Text({"en": "Welcome", "es": ""})
    assert text["es"] == "Welcome"
    assert Text.of("Hello", "Hola")["es"] == "Hola"
