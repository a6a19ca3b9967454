"""The made-up resident whose details the privacy sweep types in, and how they could be stored.

Every value is distinctive enough that finding it anywhere after the visit can only mean the
kiosk kept it: a double-barrelled name no one has, a passport number of the right shape, an
Ofcom drama phone number, an example.org address and a Bengali name in Bengali script.

``needles`` turns each value into the byte strings that would betray it on disk: UTF-8,
UTF-16 and UTF-32 (how Qt, SQLite's UTF-16 mode and Windows-minded libraries store text),
Latin-1, JSON's ``\\u`` escapes (``json.dumps`` with ``ensure_ascii``), percent-encoding,
HTML character references, decomposed Unicode (NFD) and base64 (three alignments). Matching
is case-insensitive (both sides lowered) except for base64, whose case is its content.
"""

from __future__ import annotations

import base64
import json
import unicodedata
import urllib.parse
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Resident:
    """The seeded personal details, and where each goes in the journeys."""

    full_name: str = "Zephyrine Quillfeather-Obuya"
    given_name: str = "Zephyrine"
    surname: str = "Quillfeather-Obuya"
    bengali_name: str = "নুসরাত জাহান মোল্লাবাড়ি"
    born: date = date(1983, 7, 14)
    passport: str = "P9K4Z7Q2X"
    national_insurance: str = "JZ 48 73 91 D"
    email: str = "zephyrine.quillfeather@example.org"
    phone: str = "07700 900461"
    claim_number: str = "40917263"

    def free_text(self) -> str:
        """What a resident might write in a comment or note box: several details at once."""
        return (
            f"My passport is {self.passport} and my name is {self.bengali_name}. "
            f"Ring me on {self.phone}."
        )

    def terms(self) -> dict[str, list[str]]:
        """Each detail, with the other spellings a program might store it under."""
        born = self.born
        digits = self.phone.replace(" ", "")
        return {
            "full name": [self.full_name, self.full_name.replace("-", " ")],
            "given name": [self.given_name],
            "surname": ["Quillfeather", "Obuya"],
            "Bengali name": [self.bengali_name, self.bengali_name.split()[-1]],
            "date of birth": [
                born.isoformat(),
                born.strftime("%d/%m/%Y"),
                f"{born.day}/{born.month}/{born.year}",
                born.strftime("%d.%m.%Y"),
                born.strftime("%Y%m%d"),
                f"{born.day} {born.strftime('%B')} {born.year}",
            ],
            "passport number": [self.passport],
            "National Insurance number": [
                self.national_insurance,
                self.national_insurance.replace(" ", ""),
            ],
            "email": [self.email, self.email.split("@")[0]],
            "phone": [digits, self.phone, "+44" + digits[1:], digits[1:]],
            "claim number": [self.claim_number],
        }


@dataclass(frozen=True, slots=True)
class Needle:
    """One way one detail could appear in a file."""

    detail: str
    encoding: str
    data: bytes
    case_sensitive: bool = False


def _json_escaped(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)[1:-1]


def _html_references(text: str) -> str:
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def _base64_fragments(data: bytes) -> list[bytes]:
    """The base64 text that any copy of ``data`` shows, whatever its offset in the stream."""
    fragments = []
    for offset in range(3):
        encoded = base64.b64encode(b"\0" * offset + data)
        # Drop the characters mixed with the padding bytes before it and the unknown after.
        start = (offset * 4 + 2) // 3
        end = len(encoded) - 4
        if end - start >= 8:
            fragments.append(encoded[start:end])
    return fragments


def needles(resident: Resident) -> list[Needle]:
    """Every byte string the sweep looks for, with the detail and encoding it stands for."""
    found: dict[tuple[bytes, bool], Needle] = {}

    def add(detail: str, encoding: str, data: bytes, case_sensitive: bool = False) -> None:
        key = (data.lower() if not case_sensitive else data, case_sensitive)
        found.setdefault(key, Needle(detail, encoding, data, case_sensitive))

    for detail, spellings in resident.terms().items():
        for text in spellings:
            for form in {text, unicodedata.normalize("NFD", text)}:
                for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le"):
                    add(detail, codec, form.encode(codec))
            try:
                add(detail, "latin-1", text.encode("latin-1"))
            except UnicodeEncodeError:
                add(detail, "JSON \\u escapes", _json_escaped(text).encode("ascii"))
                add(detail, "HTML references", _html_references(text).encode("ascii"))
            add(detail, "percent-encoded", urllib.parse.quote(text).encode("ascii"))
            add(detail, "percent-encoded form", urllib.parse.quote_plus(text).encode("ascii"))
            if len(text.encode("utf-8")) >= 9:
                for fragment in _base64_fragments(text.encode("utf-8")):
                    add(detail, "base64", fragment, case_sensitive=True)
    return list(found.values())
