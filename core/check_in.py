"""Appointment check-in: find the booking, judge the time, and queue the resident."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from core.appointments import (
    Appointment,
    CheckInWindow,
    Diary,
    NotOurCode,
    Timing,
    normalise_reference,
    reference_from_code,
)
from core.site_day import SiteCalendar
from core.ticket_machine import IssuedTicket, TicketMachine


class Problem(StrEnum):
    """Why a check-in did not go through; each has a plain-English message below."""

    BAD_REFERENCE = "bad_reference"
    UNKNOWN_REFERENCE = "unknown_reference"
    NOT_OUR_CODE = "not_our_code"
    OTHER_SITE = "other_site"
    BAD_DATE = "bad_date"
    NO_MATCH = "no_match"
    TOO_EARLY = "too_early"
    TOO_LATE = "too_late"
    ALREADY = "already_checked_in"


MESSAGES = {
    Problem.BAD_REFERENCE: (
        "A booking reference is 2 letters and 5 letters or numbers, like TH-4K7Q2."
    ),
    Problem.UNKNOWN_REFERENCE: "We cannot find an appointment today with that reference.",
    Problem.NOT_OUR_CODE: "That code is not one of our booking codes.",
    Problem.OTHER_SITE: "That booking is for a different council building.",
    Problem.BAD_DATE: "Enter a real date of birth, for example 27 3 1985.",
    Problem.NO_MATCH: "We cannot find an appointment today for that surname and date of birth.",
    Problem.TOO_EARLY: "You are early. You can check in from {opens}.",
    Problem.TOO_LATE: (
        "Your appointment time has passed. Please take a ticket or ask a member of staff."
    ),
    Problem.ALREADY: "You have already checked in. Your number is {number}.",
}


class CheckInProblem(ValueError):
    """A check-in that cannot go ahead, with what to tell the resident."""

    def __init__(self, problem: Problem, **details: str) -> None:
        self.problem = problem
        self.details = details
        self.message = MESSAGES[problem].format(**details)
        super().__init__(self.message)


class CheckInDesk:
    """Finds appointments and checks residents in; nothing is recorded until it succeeds."""

    def __init__(
        self,
        book: Diary,
        window: CheckInWindow,
        site: str,
        machine: TicketMachine,
        calendar: SiteCalendar,
    ) -> None:
        self.book = book
        self.window = window
        self.site = site
        self.machine = machine
        self.calendar = calendar

    def by_reference(self, typed: str) -> Appointment:
        """The appointment for a typed reference."""
        reference = normalise_reference(typed[:40])
        if reference is None:
            raise CheckInProblem(Problem.BAD_REFERENCE)
        found = self.book.by_reference(reference)
        if found is None:
            raise CheckInProblem(Problem.UNKNOWN_REFERENCE)
        return found

    def by_code(self, scanned: str) -> Appointment:
        """The appointment in a scanned QR code (camera or barcode scanner)."""
        try:
            reference = reference_from_code(scanned, self.site)
        except NotOurCode as exc:
            other = str(exc) == "a booking at another site"
            raise CheckInProblem(Problem.OTHER_SITE if other else Problem.NOT_OUR_CODE) from None
        found = self.book.by_reference(reference)
        if found is None:
            raise CheckInProblem(Problem.UNKNOWN_REFERENCE)
        return found

    def by_person(self, surname: str, day: str, month: str, year: str) -> Appointment:
        """The appointment for a surname and date of birth (typed as day, month, year)."""
        try:
            born = date(int(year), int(month), int(day))
        except ValueError:
            raise CheckInProblem(Problem.BAD_DATE) from None
        today = self.calendar.day_of_ms(self.machine.feed.now_ms())
        if not (born.year >= 1900 and born.isoformat() <= today):
            raise CheckInProblem(Problem.BAD_DATE)
        matches = self.book.by_person(surname[:80], born)
        if not matches:
            raise CheckInProblem(Problem.NO_MATCH)
        now = self.machine.feed.now_ms()
        return min(matches, key=lambda a: abs(a.slot_ms - now))

    def check_in(self, appointment: Appointment, language: str) -> IssuedTicket:
        """Queue the resident for their appointment if the time is right."""
        queue = self.machine.feed.queue
        done = next(
            (t for t in queue.tickets.values() if t.appointment == appointment.reference), None
        )
        if done is not None:
            raise CheckInProblem(Problem.ALREADY, number=done.number)
        timing = self.window.judge(appointment, self.machine.feed.now_ms())
        if timing is Timing.TOO_EARLY:
            opens = self.calendar.clock_text(self.window.opens_ms(appointment))
            raise CheckInProblem(Problem.TOO_EARLY, opens=opens)
        if timing is Timing.TOO_LATE:
            raise CheckInProblem(Problem.TOO_LATE)
        return self.machine.check_in(appointment, language)
