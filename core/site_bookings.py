"""Booking an appointment at a kiosk, later today, with no network.

Offline, a kiosk knows only today's appointment list, so staff can book a slot later today
at this site ("a housing officer can see you at 14:30"), never another day. A booking is an
``appointment.booked`` event in site scope, so every terminal at the site folds it into the
day's queue (``SiteQueue.bookings``) and ``WithSiteBookings`` adds it to the day's list:
check-in at any kiosk finds it, by reference or by surname and date of birth, and the
desk's appointment list shows it.

The resident's name and date of birth are never kept in clear: the event holds the same
salted hash the day's list holds (``person_key``), and a sealed envelope (``contact``) only
the council's back office can open.

Two kiosks cut off from each other could both book one slot; both bookings stand (each
resident was told "booked"), and the slot shows as taken once they reconnect.
"""

from __future__ import annotations

import hmac
import json
import secrets
import threading
from collections import Counter
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import TypeVar

from core.appointments import REFERENCE_ALPHABET, Appointment, Diary, person_key
from core.catalogue import Catalogue
from core.events import EventDraft, EventType, Scope
from core.ports import Journal, Sealer
from core.queue_feed import SiteQueueFeed
from core.site_day import SiteCalendar
from core.text import InputTooLong, clean_text

T = TypeVar("T")
SURNAME_LIMIT = 80  # check-in reads at most this many characters of a typed surname


class Problem(StrEnum):
    """Why a booking cannot be made; each has a plain-English message below."""

    NO_SERVICE = "no_service"
    NO_SLOT = "no_slot"
    NOT_A_SLOT = "not_a_slot"
    SLOT_PASSED = "slot_passed"
    SLOT_TAKEN = "slot_taken"
    NO_SURNAME = "no_surname"
    SURNAME_TOO_LONG = "surname_too_long"
    BAD_DATE = "bad_date"
    FUTURE_DATE = "future_date"
    NO_LIST = "no_list"


MESSAGES = {
    Problem.NO_SERVICE: "Choose a service.",
    Problem.NO_SLOT: "Choose a time.",
    Problem.NOT_A_SLOT: "That is not one of the times on offer. Choose one of the times shown.",
    Problem.SLOT_PASSED: "That time has passed or is too soon to book. Choose a later time.",
    Problem.SLOT_TAKEN: "Someone has just booked that time. Choose another time.",
    Problem.NO_SURNAME: "Enter the resident's surname, in letters.",
    Problem.SURNAME_TOO_LONG: f"The surname is too long. Use up to {SURNAME_LIMIT} characters.",
    Problem.BAD_DATE: "Enter a real date of birth, for example 27 3 1985.",
    Problem.FUTURE_DATE: "The date of birth must be in the past.",
    Problem.NO_LIST: (
        "This kiosk has no appointment list for today, so it cannot book. Tell IT support."
    ),
}

# Which part of the panel each problem is about, so the screen can mark it.
FIELDS = {
    Problem.NO_SERVICE: "service",
    Problem.NO_SLOT: "slot",
    Problem.NOT_A_SLOT: "slot",
    Problem.SLOT_PASSED: "slot",
    Problem.SLOT_TAKEN: "slot",
    Problem.NO_SURNAME: "surname",
    Problem.SURNAME_TOO_LONG: "surname",
    Problem.BAD_DATE: "born",
    Problem.FUTURE_DATE: "born",
    Problem.NO_LIST: "",
}


class BookingProblem(ValueError):
    """A booking that cannot go ahead: every problem found, each with what to do."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = problems
        self.messages = tuple(MESSAGES[p] for p in problems)
        super().__init__(" ".join(self.messages))


class WithSiteBookings:
    """A ``Diary``: the day's list plus the appointments booked at the site's terminals today.

    Look-ups refresh the feed first, so a booking made at another terminal a moment ago
    (and replicated here) is found. Surname and date of birth are hashed once, with the
    day's salt, and compared with both.
    """

    def __init__(self, diary: Diary, feed: SiteQueueFeed) -> None:
        self.diary = diary
        self.feed = feed

    def reload(self) -> None:
        """Read today's list again on next use; bookings come from the journal anyway."""
        self.diary.reload()

    @property
    def salt(self) -> str:
        """The day's salt (bookings are hashed with it too)."""
        return self.diary.salt

    @property
    def bookings(self) -> tuple[Appointment, ...]:
        """Appointments booked at this site today, by slot time."""
        booked = self.feed.queue.bookings.values()
        return tuple(sorted(booked, key=lambda a: (a.slot_ms, a.reference)))

    @property
    def appointments(self) -> tuple[Appointment, ...]:
        """The day's list, then today's site bookings whose reference it does not hold."""
        listed = self.diary.appointments
        known = {a.reference for a in listed}
        return listed + tuple(b for b in self.bookings if b.reference not in known)

    def by_reference(self, reference: str) -> Appointment | None:
        """The appointment with this reference, from the list or booked here today."""
        found = self.diary.by_reference(reference)
        if found is not None:
            return found
        self.feed.refresh()
        return self.feed.queue.bookings.get(reference)

    def by_person(self, surname: str, born: date) -> list[Appointment]:
        """Today's appointments, listed or booked here, for this surname and date of birth."""
        self.feed.refresh()
        key = person_key(surname, born, self.salt)
        return [a for a in self.appointments if hmac.compare_digest(a.person, key)]


def birth_date(day: str, month: str, year: str, today: str) -> date:
    """A date of birth typed as day, month and year; BookingProblem if it cannot be one."""
    try:
        born = date(int(year.strip()), int(month.strip()), int(day.strip()))
    except ValueError:
        raise BookingProblem(Problem.BAD_DATE) from None
    return check_born(born, today)


def check_born(born: date, today: str) -> date:
    """The date of birth if a living resident can have it (the same rule as check-in)."""
    if born.year < 1900:
        raise BookingProblem(Problem.BAD_DATE)
    if born.isoformat() > today:
        raise BookingProblem(Problem.FUTURE_DATE)
    return born


def surname_as_given(surname: str) -> str:
    """The surname as it will be hashed and sealed; BookingProblem if it cannot be used."""
    try:
        kept = clean_text(surname, SURNAME_LIMIT)
    except InputTooLong:
        raise BookingProblem(Problem.SURNAME_TOO_LONG) from None
    if not any(c.isalpha() for c in kept):
        raise BookingProblem(Problem.NO_SURNAME)
    return kept


class AppointmentBooking:
    """Books slots later today at this site, from the day's list and the site's bookings.

    Args:
        journal: what the booking is recorded in (the kiosk's flagging journal).
        diary: the day's list with the site's bookings.
        sealer: seals the resident's name and date of birth for the back office.
        catalogue: the services that may be booked.
        closing_time: the site's closing time (local ``HH:MM``); the last slot ends by then.
        letters: the council letters for references when today's list has none to copy.
        slot_minutes: how long a booked slot is.
        notice_minutes: how far ahead the earliest slot must start.
    """

    def __init__(
        self,
        journal: Journal,
        diary: WithSiteBookings,
        sealer: Sealer,
        catalogue: Catalogue,
        closing_time: str,
        letters: str = "",
        slot_minutes: int = 30,
        notice_minutes: int = 15,
    ) -> None:
        self._journal = journal
        self.diary = diary
        self._sealer = sealer
        self.catalogue = catalogue
        self.closing_time = closing_time
        self.letters = letters
        self.slot_minutes = slot_minutes
        self.notice_minutes = notice_minutes
        self._lock = threading.Lock()

    @property
    def calendar(self) -> SiteCalendar:
        """The site's calendar, for showing slot times."""
        return self.diary.feed.calendar

    def now_ms(self) -> int:
        """The wall clock the site's queue runs on."""
        return self.diary.feed.now_ms()

    def today(self) -> str:
        """Today's local date (ISO)."""
        return self.calendar.day_of_ms(self.now_ms())

    def check_resident(self, surname: str, day: str, month: str, year: str) -> tuple[str, date]:
        """The surname and date of birth as typed, checked; BookingProblem names every fault."""
        problems: list[Problem] = []
        kept = _noting(problems, lambda: surname_as_given(surname))
        born = _noting(problems, lambda: birth_date(day, month, year, self.today()))
        if problems or kept is None or born is None:
            raise BookingProblem(*problems)
        return kept, born

    def free_slots(self, service: str) -> list[int]:
        """Start times (Unix ms) of the slots still free later today for a service."""
        self.diary.feed.refresh()
        earliest = self.now_ms() + self.notice_minutes * 60_000
        taken = self._taken(service)
        return [
            slot
            for slot in self._slots_of(self.today())
            if slot >= earliest and not any(self._overlaps(slot, a) for a in taken)
        ]

    def book(
        self, service: str, slot_ms: int, surname: str, born: date, staff_id: str
    ) -> Appointment:
        """Book a free slot for a resident and record it for the site; returns the booking.

        Raises:
            BookingProblem: the service, slot, surname or date of birth cannot be used,
                or someone booked the slot meanwhile.
        """
        today = self.today()
        problems: list[Problem] = []
        _noting(problems, lambda: self._check_slot(service, slot_ms, today))
        kept = _noting(problems, lambda: surname_as_given(surname))
        _noting(problems, lambda: check_born(born, today))
        salt = self.diary.salt
        if not salt:
            problems.append(Problem.NO_LIST)
        if problems or kept is None:
            raise BookingProblem(*problems)
        # Hashing and sealing take a moment: done before the slot is claimed under the lock.
        person = person_key(kept, born, salt)
        contact = self._sealer.seal(
            json.dumps({"surname": kept, "date_of_birth": born.isoformat()}).encode("utf-8")
        )
        with self._lock:
            self.diary.feed.refresh()
            if any(self._overlaps(slot_ms, a) for a in self._taken(service)):
                raise BookingProblem(Problem.SLOT_TAKEN)
            booking = Appointment(
                self._new_reference(), service, slot_ms, self.slot_minutes, person, False
            )
            self._journal.append(
                EventDraft(
                    EventType.APPOINTMENT_BOOKED,
                    {
                        "reference": booking.reference,
                        "service": service,
                        "slot_ms": slot_ms,
                        "minutes": booking.minutes,
                        "person": person,
                        "priority": False,
                        "booked_by": staff_id,
                        "contact": contact,
                    },
                    Scope.SITE,
                )
            )
            self.diary.feed.refresh()
        return booking

    def _check_slot(self, service: str, slot_ms: int, today: str) -> None:
        if not any(s.code == service for s in self.catalogue.services):
            raise BookingProblem(Problem.NO_SERVICE)
        if slot_ms < self.now_ms() + self.notice_minutes * 60_000:
            raise BookingProblem(Problem.SLOT_PASSED)
        if slot_ms not in self._slots_of(today):
            raise BookingProblem(Problem.NOT_A_SLOT)

    def _taken(self, service: str) -> list[Appointment]:
        return [a for a in self.diary.appointments if a.service == service]

    def _slots_of(self, day: str) -> list[int]:
        # Slots follow the local clock (10:00, 10:30, ...), so they stay on the half hour
        # on the days the clocks change.
        closing = self.calendar.at(day, self.closing_time)
        length = self.slot_minutes * 60_000
        starts = (
            self.calendar.at(day, f"{minute // 60:02d}:{minute % 60:02d}")
            for minute in range(0, 24 * 60, self.slot_minutes)
        )
        return [start for start in starts if start + length <= closing]

    def _overlaps(self, slot_ms: int, appointment: Appointment) -> bool:
        starts, ends = appointment.slot_ms, appointment.slot_ms + appointment.minutes * 60_000
        return starts < slot_ms + self.slot_minutes * 60_000 and slot_ms < ends

    def _new_reference(self) -> str:
        known = {a.reference for a in self.diary.appointments}
        prefix = self._prefix(known)
        while True:  # 30**5 references a day: a repeat is rare, and tried again
            reference = prefix + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(5))
            if reference not in known:
                return reference

    def _prefix(self, known: set[str]) -> str:
        counts = Counter(r[:3] for r in known if len(r) == 8 and r[:2].isalpha() and r[2] == "-")
        if counts:
            return counts.most_common(1)[0][0].upper()
        if len(self.letters) == 2 and self.letters.isascii() and self.letters.isalpha():
            return f"{self.letters.upper()}-"
        raise BookingProblem(Problem.NO_LIST)


def _noting(problems: list[Problem], check: Callable[[], T]) -> T | None:
    """Run one check; note its problems (so all are shown at once) rather than stop."""
    try:
        return check()
    except BookingProblem as exc:
        problems.extend(exc.problems)
        return None
