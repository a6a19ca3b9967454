"""Appointments: finding a resident's booking without the kiosk ever holding their name.

A booking is found by its reference (typed, or read from the QR code on the letter), or by
surname plus date of birth. For the second, the kiosk holds only a salted scrypt hash of
the two (made centrally with the site's salt), hashes what the resident types the same
way, and compares. Surnames are compared loosely (case, accents, spaces, hyphens and
apostrophes ignored) because people type them differently from how they were booked.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from core.site_day import SiteCalendar

# A reference looks like TH-4K7Q2: council letters, then five characters with no
# look-alikes (no I, L, O, U, 0 or 1).
REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
QR_PREFIX = "CK1:APPT:"
MAX_CODE_CHARS = 512
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}


class NotOurCode(ValueError):
    """A scanned code that is not one of our booking codes (or is for another site)."""


class AppointmentDataError(ValueError):
    """The appointments file is broken; names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Appointment:
    """One booked appointment today.

    Attributes:
        reference: the booking reference on the letter, e.g. ``TH-4K7Q2``.
        service: the catalogue service code.
        slot_ms: when it starts (Unix ms).
        minutes: how long it is booked for.
        person: salted hash of surname and date of birth (hex), never the name.
        priority: booked for a vulnerable resident; their ticket is a priority visit.
    """

    reference: str
    service: str
    slot_ms: int
    minutes: int
    person: str
    priority: bool = False


class Timing(StrEnum):
    """Whether a check-in now falls inside the appointment's window."""

    ON_TIME = "on_time"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"


@dataclass(frozen=True, slots=True)
class CheckInWindow:
    """How early and how late a resident may check in, in minutes either side of the slot."""

    early_minutes: int = 30
    late_minutes: int = 15

    def judge(self, appointment: Appointment, now_ms: int) -> Timing:
        """On time, too early or too late for this appointment at this moment."""
        if now_ms < appointment.slot_ms - self.early_minutes * 60_000:
            return Timing.TOO_EARLY
        if now_ms > appointment.slot_ms + self.late_minutes * 60_000:
            return Timing.TOO_LATE
        return Timing.ON_TIME

    def opens_ms(self, appointment: Appointment) -> int:
        """When check-in opens for this appointment."""
        return appointment.slot_ms - self.early_minutes * 60_000


def normalise_surname(surname: str) -> str:
    """Lower case letters only, accents removed: ``O'Brien-Smith `` becomes ``obriensmith``."""
    decomposed = unicodedata.normalize("NFKD", surname.casefold())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def person_key(surname: str, born: date, salt: str) -> str:
    """The salted hash a booking is matched by (scrypt; about 50 ms, so guessing is slow)."""
    material = f"{normalise_surname(surname)}|{born.isoformat()}".encode()
    return hashlib.scrypt(material, salt=salt.encode(), **_SCRYPT).hex()


def normalise_reference(text: str) -> str | None:
    """A typed reference in our form (``th 4k7q2`` → ``TH-4K7Q2``), or None if it cannot be one."""
    compact = "".join(c for c in text.upper() if c.isalnum() and c.isascii())
    if len(compact) != 7 or not compact[:2].isalpha():
        return None
    tail = compact[2:].replace("O", "0").replace("I", "1").replace("L", "1")
    if any(c not in REFERENCE_ALPHABET for c in tail):
        return None
    return f"{compact[:2]}-{tail}"


def reference_from_code(text: str, site: str) -> str:
    """The booking reference inside a scanned QR code for this site.

    Raises:
        NotOurCode: too long, not our format, or for another site.
    """
    if len(text) > MAX_CODE_CHARS:
        raise NotOurCode("too long to be one of our codes")
    if not text.startswith(QR_PREFIX):
        raise NotOurCode("not a booking code")
    code_site, _, raw = text[len(QR_PREFIX) :].partition(":")
    if code_site != site:
        raise NotOurCode("a booking at another site")
    reference = normalise_reference(raw)
    if reference is None:
        raise NotOurCode("not a booking reference")
    return reference


def booking_code(site: str, reference: str) -> str:
    """The text of the QR code printed on a booking letter."""
    return f"{QR_PREFIX}{site}:{reference}"


class AppointmentBook:
    """Today's appointments at the site, looked up by reference or by surname and birth date."""

    def __init__(self, appointments: tuple[Appointment, ...], salt: str) -> None:
        self.appointments = appointments
        self.salt = salt
        self._by_reference = {a.reference: a for a in appointments}

    def reload(self) -> None:
        """A fixed list: nothing to read again."""

    def by_reference(self, reference: str) -> Appointment | None:
        """The appointment with this reference, if it is today."""
        return self._by_reference.get(reference)

    def by_person(self, surname: str, born: date) -> list[Appointment]:
        """Today's appointments whose hash matches this surname and date of birth."""
        key = person_key(surname, born, self.salt)
        return [a for a in self.appointments if hmac.compare_digest(a.person, key)]


class Diary(Protocol):
    """Today's appointments, whichever day today is."""

    def reload(self) -> None:
        """Read today's list again on next use (a newer list arrived from the case service)."""
        ...

    @property
    def appointments(self) -> tuple[Appointment, ...]:
        """Every appointment today."""
        ...

    @property
    def salt(self) -> str:
        """The day's salt for ``person_key`` (a booking made here is hashed with it too)."""
        ...

    def by_reference(self, reference: str) -> Appointment | None:
        """The appointment with this reference, if it is today."""
        ...

    def by_person(self, surname: str, born: date) -> list[Appointment]:
        """Today's appointments for this surname and date of birth."""
        ...


class DailyAppointments:
    """A ``Diary`` that loads each day's list when the day changes (a terminal left on
    overnight checks residents in against the new day's appointments, not yesterday's)."""

    def __init__(self, load: Callable[[str], AppointmentBook], today: Callable[[], str]) -> None:
        self._load = load
        self._today = today
        self._day = ""
        self._book = AppointmentBook((), "")

    def reload(self) -> None:
        """Read today's list again on next use (a newer list arrived from the case service)."""
        self._day = ""

    def _current(self) -> AppointmentBook:
        day = self._today()
        if day != self._day:
            self._book, self._day = self._load(day), day
        return self._book

    @property
    def appointments(self) -> tuple[Appointment, ...]:
        """Every appointment today."""
        return self._current().appointments

    @property
    def salt(self) -> str:
        """Today's salt for ``person_key`` (empty before a list is loaded)."""
        return self._current().salt

    def by_reference(self, reference: str) -> Appointment | None:
        """The appointment with this reference, if it is today."""
        return self._current().by_reference(reference)

    def by_person(self, surname: str, born: date) -> list[Appointment]:
        """Today's appointments for this surname and date of birth."""
        return self._current().by_person(surname, born)


def load_appointments(path: Path, day: str, calendar: SiteCalendar) -> AppointmentBook:
    """Read a site's appointment list for a day (times are local, e.g. ``10:30``)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        salt = str(raw["salt"])
        rows = raw["appointments"]
        found = tuple(
            Appointment(
                reference=str(r["reference"]),
                service=str(r["service"]),
                slot_ms=calendar.at(day, str(r["time"])),
                minutes=int(r["minutes"]),
                person=str(r["person"]),
                priority=bool(r.get("priority", False)),
            )
            for r in rows
        )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise AppointmentDataError(f"{path}: cannot be read: {exc}") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise AppointmentDataError(f"{path}: an appointment is malformed: {exc}") from None
    return AppointmentBook(found, salt)
