"""Case references made on the kiosk, so a resident leaves with one even when offline.

``MB-7K3M-9Q2D-X``: the form's two letters, eight random Crockford base-32 characters
(no I, L, O or U, so nothing is misread aloud), and a Luhn mod-32 check character that
catches any single mistyped character and most swapped pairs. Forty random bits make a
clash unlikely (about 1 in 200 after 100,000 references with the same letters), and the
central service, which keys submissions by terminal and sequence, can still tell them apart.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SHAPE = re.compile(r"^([A-Z]{2})-?([0-9A-Z]{4})-?([0-9A-Z]{4})-?([0-9A-Z])$")


def _check_character(body: str) -> str:
    """Luhn mod N over the Crockford alphabet."""
    factor, total = 2, 0
    for char in reversed(body):
        addend = factor * ALPHABET.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def new_reference(prefix: str, random_bytes: Callable[[int], bytes] = os.urandom) -> str:
    """A fresh reference for a form whose references start with ``prefix``."""
    number = int.from_bytes(random_bytes(5), "big")
    body = "".join(ALPHABET[(number >> shift) & 31] for shift in range(35, -1, -5))
    return f"{prefix}-{body[:4]}-{body[4:]}-{_check_character(body)}"


def read_reference(text: str) -> str | None:
    """A reference as typed or read aloud, normalised, or None if it cannot be one."""
    squeezed = re.sub(r"[\s]+", "", text.upper())
    # Only the random part can be misread: the two prefix letters may be O, I or L (CO).
    squeezed = squeezed[:2] + squeezed[2:].translate(_MISREAD)
    match = _SHAPE.match(squeezed)
    if match is None:
        return None
    prefix, first, second, check = match.groups()
    body = first + second
    if any(c not in ALPHABET for c in body + check) or _check_character(body) != check:
        return None
    return f"{prefix}-{first}-{second}-{check}"
