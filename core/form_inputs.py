"""Reading what a resident entered into a typed answer: numbers, dates, postcodes, phones.

Each reader takes the raw input a page holds and returns the answer, or raises
``Unreadable`` naming the message rule (``not_a_postcode``...) the resident will see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from core.scanning import CapturedPage
from core.text import InputTooLong, clean_text

MAX_NUMBER_DIGITS = 15
MAX_EMAIL = 254
MAX_FIELD = 100

_POSTCODE = re.compile(
    r"^(GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?|[0-9][A-HJKPS-UW])"
    r"[0-9][ABD-HJLNP-UW-Z]{2})$"
)
_EMAIL = re.compile(
    r"^[^@\s\"<>()\[\],;:\\]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)
_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_DIGITS = re.compile(r"^[0-9]+$")
_DECIMAL_COMMA = re.compile(r"[+-]?\d+,\d{1,2}")
_THOUSANDS = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


class Unreadable(ValueError):
    """The input cannot be read as this kind of answer; ``rule`` picks the message."""

    def __init__(self, rule: str, **params: object) -> None:
        super().__init__(rule)
        self.rule = rule
        self.params = params


@dataclass(frozen=True, slots=True)
class DateInput:
    """The day, month and year boxes as typed."""

    day: str = ""
    month: str = ""
    year: str = ""

    @property
    def empty(self) -> bool:
        return not (self.day.strip() or self.month.strip() or self.year.strip())


@dataclass(frozen=True, slots=True)
class AddressInput:
    """A postcode, and the address chosen from the list for it (or typed by hand)."""

    postcode: str = ""
    address: str = ""

    @property
    def empty(self) -> bool:
        return not (self.postcode.strip() or self.address.strip())


def read_text(raw: str, limit: int) -> str:
    """Clean text: control characters dropped, Unicode normalised, trimmed, length enforced."""
    try:
        return clean_text(raw, limit)
    except InputTooLong as exc:
        raise Unreadable("too_long", max=exc.limit, length=exc.length) from None


def read_number(raw: str) -> int | float:
    """A number as people write it: '1,000', '£12', '12.5' and '12,5' are all read."""
    text = read_text(raw, MAX_FIELD).replace(" ", "").lstrip("£")
    if _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")  # 12,5 as written in Polish and much of Europe
    elif "," in text:
        if not _THOUSANDS.fullmatch(text):
            raise Unreadable("not_a_number")
        text = text.replace(",", "")
    if not text or len(text.lstrip("+-").replace(".", "")) > MAX_NUMBER_DIGITS:
        raise Unreadable("not_a_number")
    if not re.fullmatch(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)", text):
        raise Unreadable("not_a_number")
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise Unreadable("not_a_number") from None
    return int(number) if number == number.to_integral_value() else float(number)


def read_date(raw: DateInput) -> date:
    """A real calendar date from day, month and year boxes."""
    parts = [read_text(p, MAX_FIELD) for p in (raw.day, raw.month, raw.year)]
    if any(not p for p in parts):
        missing = [n for n, p in zip(("day", "month", "year"), parts, strict=True) if not p]
        raise Unreadable("date_incomplete", missing=" and ".join(missing))
    if not all(_DIGITS.match(p) and len(p) <= 4 for p in parts) or len(parts[2]) != 4:
        raise Unreadable("not_a_date")
    try:
        return date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        raise Unreadable("not_a_date") from None


def normal_postcode(raw: str) -> str:
    """A UK postcode in its usual form ('e11bu' becomes 'E1 1BU')."""
    squeezed = re.sub(r"\s+", "", read_text(raw, MAX_FIELD)).upper()
    if not _POSTCODE.match(squeezed):
        raise Unreadable("not_a_postcode")
    return f"{squeezed[:-3]} {squeezed[-3:]}"


def read_address(raw: AddressInput) -> AddressInput:
    """A valid postcode with an address chosen or written for it."""
    postcode = normal_postcode(raw.postcode)
    address = read_text(raw.address, 300)
    if not address:
        raise Unreadable("address_missing")
    return AddressInput(postcode, address)


def read_phone(raw: str) -> str:
    """A UK phone number (or an international one starting +), as digits."""
    text = _PHONE_SEPARATORS.sub("", read_text(raw, MAX_FIELD))
    if text.startswith("+44"):
        text = "0" + text[3:].removeprefix("0")
    if text.startswith("+"):
        if _DIGITS.match(text[1:]) and 8 <= len(text) - 1 <= 15:
            return text
        raise Unreadable("not_a_phone")
    if _DIGITS.match(text) and text.startswith("0") and len(text) in (10, 11):
        return text
    raise Unreadable("not_a_phone")


def read_email(raw: str) -> str:
    """An email address, with its domain in lower case."""
    try:
        text = read_text(raw, MAX_EMAIL)
    except Unreadable:
        raise Unreadable("not_an_email") from None  # no address is that long
    if not _EMAIL.match(text):
        raise Unreadable("not_an_email")
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True, slots=True)
class ScannedDocument:
    """One document scanned for a document question: which kind, and its pages.

    The pages are already straightened, checked and compressed (``core.scanning``), and
    held only in memory; at finalise they are bound into one PDF and sealed to one blob.
    """

    kind: str
    pages: tuple[CapturedPage, ...]
    colour: bool = False
    content_type: str = "application/pdf"
