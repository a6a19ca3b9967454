"""Cleaning what residents type: real writing survives, invisible tricks and huge pastes do not."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.text import InputTooLong, clean_text


def test_decomposed_accents_are_composed() -> None:
    """An e followed by a combining acute becomes the single character é (NFC)."""
    cleaned = clean_text("Cafe\u0301 on Whitechapel Road", 100)
    assert cleaned == "Caf\u00e9 on Whitechapel Road"
    assert unicodedata.is_normalized("NFC", cleaned)


def test_bengali_conjunct_joiners_are_kept() -> None:
    """ZWJ and ZWNJ change how Bengali renders, so they are part of what was written."""
    text = "র\u200dযা ক\u200c্ষ"
    assert clean_text(text, 100) == text


def test_right_to_left_marks_are_kept() -> None:
    """LRM and RLM keep mixed Urdu and English in the right order."""
    text = "میرا حوالہ \u200eFB-0042\u200f ہے"
    assert clean_text(text, 100) == text


def test_bidi_override_is_stripped() -> None:
    """U+202E (right-to-left override) could disguise text for staff, so it is removed."""
    assert clean_text("pay \u202e0001\u202c now", 100) == "pay 0001 now"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("nul\x00byte", "nulbyte"),
        ("bell\x07 and escape\x1b[31m", "bell and escape[31m"),
        ("delete\x7f", "delete"),
        ("c1\x85control", "c1control"),
        ("carriage\r\nreturn", "carriage\nreturn"),
        ("isolate \u2066x\u2069", "isolate x"),
        ("soft\u00adhyphen", "softhyphen"),
        ("private\ue000use", "privateuse"),
    ],
)
def test_control_and_stray_format_characters_are_stripped(typed: str, kept: str) -> None:
    """Control, bidi-isolate, private-use and similar invisible characters are removed."""
    assert clean_text(typed, 100) == kept


def test_newlines_and_tabs_inside_the_text_are_kept() -> None:
    """A comment written in lines keeps its lines; only the ends are trimmed."""
    assert clean_text("  \nFirst line\n\tSecond line\n  ", 100) == "First line\n\tSecond line"


def test_the_limit_is_enforced_with_length_and_limit() -> None:
    """Too long says how long it is and what the limit is."""
    with pytest.raises(InputTooLong) as caught:
        clean_text("x" * 1201, 1200)
    assert (caught.value.length, caught.value.limit) == (1201, 1200)
    assert "1201" in str(caught.value)
    assert "1200" in str(caught.value)


def test_exactly_the_limit_is_allowed() -> None:
    """Text at the limit is kept whole."""
    assert clean_text("y" * 1200, 1200) == "y" * 1200


def test_the_limit_counts_what_is_kept() -> None:
    """Invisible characters that are stripped and surrounding space do not count."""
    assert clean_text("  " + "z\x00" * 10 + "  ", 10) == "z" * 10


@given(st.text(), st.integers(min_value=0, max_value=200))
def test_arbitrary_text_only_ever_fails_as_too_long(text: str, limit: int) -> None:
    """Any input is cleaned or refused as too long; nothing else escapes."""
    try:
        cleaned = clean_text(text, limit)
    except InputTooLong as exc:
        assert exc.limit == limit
        assert exc.length > limit
        return
    assert len(cleaned) <= limit
    assert all(ch in "\n\t" or unicodedata.category(ch) != "Cc" for ch in cleaned)
    assert "\u202e" not in cleaned
    cleaned.encode("utf-8")  # storable: no lone surrogates


# Visible writing only: stripping a control character can split an accent; output stays NFC.
visible = st.characters(
    codec="utf-8", exclude_categories=("Cc", "Cf", "Cs", "Co", "Cn"), include_characters="\n\t"
)


@given(st.text(visible, max_size=50))
def test_cleaning_twice_changes_nothing(text: str) -> None:
    """Visible text is already clean once cleaned, so checking it again keeps it as it is."""
    once = clean_text(text, 1000)
    assert clean_text(once, 1000) == once


def test_output_is_nfc_even_when_a_stripped_character_split_an_accent() -> None:
    """'e', NUL, combining acute comes out as the single composed é."""
    assert clean_text("e\x00\u0301", 10) == "\u00e9"
