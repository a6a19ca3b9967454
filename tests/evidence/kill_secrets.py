"""What the kill test types, and the search for any of it left in the kiosk's files.

Everything a resident types that the kiosk must seal or forget (names, comments, questions,
claim numbers, surnames to look a booking up) starts with one marker no real text holds,
so a single byte search of each file finds any of them unsealed, from any journey, killed
or finished; the same search looks for an unsealed scanned page. The two things typed that
a finished journey keeps in plain view by design (a visitor's company, a booking reference
checked in) carry patterns of their own: one found in a file is a leftover unless its
journey got as far as being sent.
"""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

MARKER = "QZXJVWKPHB"  # ten letters: sealed (base64 or binary) bytes never hold it by chance
# Each way the kiosk might store the marker: as typed, lower-cased, or title-cased; and what
# an unsealed scanned page, or a PDF of one, holds (tests/kiosk/test_documents_journey.py).
UNSEALED = (
    MARKER.encode(),
    MARKER.lower().encode(),
    MARKER.capitalize().encode(),
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"\x89PNG\r\n\x1a\n",
    b"/DCTDecode",
)
COMPANY = re.compile(rb"Kilnworth \d{6} Ltd")
# A booking reference as stored (upper case) or as the test types it (lower case). Two
# patterns with literal prefixes: one case-insensitive pattern is twenty times slower.
REFERENCES = (re.compile(rb"KT-[2-9A-HJKMNP-TV-Z]{5}"), re.compile(rb"kt-[2-9a-hjkmnp-tv-z]{5}"))


class Secrets:
    """Distinctive values to type, drawn from the run's seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng

    def _letters(self, n: int) -> str:
        return "".join(self._rng.choice(string.ascii_uppercase) for _ in range(n))

    def words(self) -> str:
        """A name, comment or question: the marker, then a few letters."""
        return f"{MARKER}{self._letters(6)} {self._letters(5).capitalize()}"

    def surname(self) -> str:
        """A surname (letters only, so the kiosk's normalising keeps it whole)."""
        return f"{MARKER}{self._letters(6)}"

    def claim_number(self) -> str:
        """A claim or account number the documents journey accepts (letters and 8 digits)."""
        return MARKER + "".join(self._rng.choice(string.digits) for _ in range(8))

    def company(self) -> str:
        """A visitor's company: kept plain once signed in, so it has a pattern of its own."""
        return f"Kilnworth {self._rng.randrange(10**6):06d} Ltd"


@dataclass
class Leftovers:
    """Incremental search of folders: only files changed since the last look are read."""

    folders: tuple[Path, ...]
    seen: dict[Path, tuple[int, int]] = field(default_factory=dict)
    sealed_found: dict[Path, bytes] = field(default_factory=dict)
    plain_found: dict[bytes, Path] = field(default_factory=dict)
    bytes_read: int = 0

    def look(self) -> None:
        """Read every new or changed file (the journal, its -wal and -shm, sealed files...)."""
        for folder in self.folders:
            for path in folder.rglob("*"):
                try:
                    stat = path.stat()
                except FileNotFoundError:
                    continue  # a temporary file that came and went
                if not path.is_file() or self.seen.get(path) == (stat.st_mtime_ns, stat.st_size):
                    continue
                self.seen[path] = (stat.st_mtime_ns, stat.st_size)
                try:
                    content = path.read_bytes()
                except FileNotFoundError:
                    continue
                self.bytes_read += len(content)
                for form in UNSEALED:
                    at = content.find(form)
                    if at >= 0:
                        self.sealed_found[path] = content[max(0, at - 40) : at + 60]
                for pattern in (COMPANY, *REFERENCES):
                    for value in pattern.findall(content):
                        self.plain_found.setdefault(value, path)

    def plain_left(self, sent: set[str]) -> dict[str, Path]:
        """Companies and references in files whose journeys were never sent."""
        sent_upper = {value.upper() for value in sent}
        return {
            value.decode(): path
            for value, path in self.plain_found.items()
            if value.decode().upper() not in sent_upper
        }
