"""Cleaning what residents type, so odd Unicode or huge pastes never break a screen or a record."""

from __future__ import annotations

import unicodedata

# Format characters that are part of real writing: joiners for Bengali and Urdu,
# and the direction marks right-to-left text needs.
_KEEP_FORMAT = {"\u200c", "\u200d", "\u200e", "\u200f"}


class InputTooLong(ValueError):
    """The text is longer than the field allows."""

    def __init__(self, limit: int, length: int) -> None:
        super().__init__(f"{length} characters where at most {limit} are allowed")
        self.limit = limit
        self.length = length


def clean_text(text: str, limit: int) -> str:
    """Drop control and stray format characters, NFC-normalise, trim, and enforce a limit."""
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if ch in "\n\t":
            kept.append(ch)
        elif category in ("Cc", "Cs", "Co", "Cn") or (category == "Cf" and ch not in _KEEP_FORMAT):
            continue
        else:
            kept.append(ch)
    # Normalise after filtering: a stripped character may have sat inside an accent sequence.
    cleaned = unicodedata.normalize("NFC", "".join(kept)).strip()
    if len(cleaned) > limit:
        raise InputTooLong(limit, len(cleaned))
    return cleaned
