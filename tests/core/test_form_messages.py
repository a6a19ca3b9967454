"""The kiosk's default form messages speak every kiosk language, with the same blanks to fill."""

from __future__ import annotations

import re

import pytest

from core.catalogue import Localised
from core.form_messages import ANSWER_WORDS, AWAITING_REVIEW, DEFAULTS, ENTRY_WORDS, REQUIRED
from core.languages import LANGUAGE_CODES

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")

_ALL: list[tuple[str, Localised]] = [
    *((f"REQUIRED[{kind.name}]", text) for kind, text in REQUIRED.items()),
    *((f"DEFAULTS[{rule}]", text) for rule, text in DEFAULTS.items()),
    *((f"ENTRY_WORDS[{word}]", text) for word, text in ENTRY_WORDS.items()),
    *((f"ANSWER_WORDS[{word}]", text) for word, text in ANSWER_WORDS.items()),
]


@pytest.mark.parametrize(("where", "text"), _ALL, ids=[where for where, _ in _ALL])
def test_every_message_is_in_every_language_with_the_same_placeholders(
    where: str, text: Localised
) -> None:
    """A resident sees the message in their language, and every {blank} English fills is there."""
    assert set(text) == set(LANGUAGE_CODES), where
    english = set(_PLACEHOLDER.findall(text["en"]))
    for code in LANGUAGE_CODES:
        assert text[code].strip(), f"{where} is empty in {code}"
        assert set(_PLACEHOLDER.findall(text[code])) == english, f"{where} in {code}"


def test_every_translation_waits_for_a_native_speakers_check() -> None:
    """Until a native speaker has checked them, every language but English is listed for review."""
    assert set(AWAITING_REVIEW) == set(LANGUAGE_CODES) - {"en"}
