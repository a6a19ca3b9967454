"""Staff exit PINs, kept only as argon2id hashes (until smart-card sign-in replaces them)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    # Imported on first use: a kiosk checks a staff PIN rarely, and starts often.
    from argon2 import PasswordHasher

    return PasswordHasher()


class Argon2PinVerifier:
    """Checks a PIN against an argon2 hash from the terminal's config. Implements PinVerifier."""

    def __init__(self, pin_hash: str) -> None:
        self._hash = pin_hash

    def verify(self, pin: str) -> bool:
        """True only for the right PIN; a malformed hash verifies nothing."""
        from argon2.exceptions import InvalidHashError, VerificationError

        try:
            return _hasher().verify(self._hash, pin)
        except (VerificationError, InvalidHashError):
            return False


def hash_pin(pin: str) -> str:
    """An argon2id hash to paste into ``kiosk.staff_exit_pin_hash``."""
    if not re.fullmatch(r"[0-9]{4,12}", pin):
        raise ValueError("a staff PIN is 4 to 12 digits")
    return _hasher().hash(pin)
