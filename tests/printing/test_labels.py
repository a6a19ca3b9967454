"""The fixed words on printouts exist in every kiosk language, in the right script."""

from __future__ import annotations

import re
import unicodedata

import pytest

from core.languages import LANGUAGE_CODES
from printing.labels import _table, label, label_keys

SCRIPT = {"bn": "BENGALI", "ur": "ARABIC", "zh_CN": "CJK"}


def _letter_scripts(text: str) -> set[str]:
    """The first word of each letter's Unicode name: LATIN, BENGALI, ARABIC, CJK..."""
    return {unicodedata.name(c).split()[0] for c in text if unicodedata.category(c)[0] == "L"}


@pytest.mark.parametrize("key", label_keys())
def test_every_label_has_every_kiosk_language(key: str) -> None:
    entry = _table()[key]
    assert set(entry) == set(LANGUAGE_CODES)
    for code, text in entry.items():
        assert text.strip() == text != "", (key, code)


@pytest.mark.parametrize("key", label_keys())
def test_placeholders_survive_translation(key: str) -> None:
    english = _table()[key]["en"]
    for code in LANGUAGE_CODES:
        text = label(key, code)
        assert text.count("%1") == english.count("%1"), (key, code)
        assert re.findall(r"%\d", text.replace("%1", "")) == [], (key, code)


@pytest.mark.parametrize("key", label_keys())
@pytest.mark.parametrize("code", ["bn", "ur", "zh_CN"])
def test_translations_are_written_in_their_own_script(key: str, code: str) -> None:
    assert _letter_scripts(label(key, code)) == {SCRIPT[code]}, label(key, code)


@pytest.mark.parametrize("key", label_keys())
@pytest.mark.parametrize("code", ["so", "pl"])
def test_latin_script_translations_are_translated(key: str, code: str) -> None:
    text = label(key, code)
    assert _letter_scripts(text) == {"LATIN"}
    assert text != label(key, "en")


def test_an_unknown_language_falls_back_to_english() -> None:
    assert label("your_number", "xx") == "Your number"


def test_an_unknown_key_names_the_labels_file() -> None:
    with pytest.raises(KeyError, match=r"labels\.json"):
        label("no_such_label", "en")
