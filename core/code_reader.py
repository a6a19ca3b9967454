"""The port through which the camera hands greyscale frames to a QR decoder, and the size limit.

Every booking code the council prints is short. A code longer than ``MAX_CODE_CHARS`` is
refused before anything tries to parse it, so a hostile 10 kB payload costs nothing.
"""

from __future__ import annotations

from typing import Protocol

MAX_CODE_CHARS = 512


class CodeTooLong(ValueError):
    """A scanned or decoded text is longer than any code of ours."""

    def __init__(self, length: int) -> None:
        super().__init__(f"a code of {length} characters, where at most {MAX_CODE_CHARS} are ours")
        self.length = length


def refuse_too_long(text: str) -> str:
    """Return ``text`` unchanged, or raise CodeTooLong if it is longer than MAX_CODE_CHARS."""
    if len(text) > MAX_CODE_CHARS:
        raise CodeTooLong(len(text))
    return text


class CodeReader(Protocol):
    """Finds QR codes in a camera frame."""

    def decode_luminance(self, pixels: bytes, width: int, height: int, stride: int) -> list[str]:
        """The texts of the QR codes in an 8-bit greyscale image (``stride`` bytes per row).

        Raises CodeTooLong if a code's text is longer than MAX_CODE_CHARS.
        """
        ...
