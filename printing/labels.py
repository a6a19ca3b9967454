"""The fixed words on printouts, per language, from ``assets/printing/labels.json``.

Printing runs without Qt, so these do not go through Qt's translation system; like the
catalogue, the file holds every language side by side, and a test checks none is missing.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from core.config import ASSETS_DIR
from core.languages import localised

LABELS_FILE = ASSETS_DIR / "printing" / "labels.json"


@cache
def _table(path: Path = LABELS_FILE) -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def label(key: str, language: str) -> str:
    """The printed label for ``key`` in a language, falling back to English."""
    try:
        entry = _table()[key]
    except KeyError:
        raise KeyError(f"no printout label {key!r} in {LABELS_FILE.name}") from None
    return localised(entry, language)


def label_keys() -> list[str]:
    """Every label key, for tests."""
    return sorted(_table())
