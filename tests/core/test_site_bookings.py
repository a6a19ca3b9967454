"""Booking an appointment later today at a kiosk: free slots, the record, check-in anywhere.

Real terminals throughout: SQLite journals, the services main.py composes, a settable clock,
and a day's list written for the test so the slots around it are plain to see.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from core.appointments import normalise_reference, person_key
from core.appointments_today import Arrival, appointment_statuses
from core.check_in import CheckInDesk, CheckInProblem
from core.events import EventDraft, EventType, Scope
from core.site_bookings import AppointmentBooking, BookingProblem, Problem, WithSiteBookings
from core.site_queue import SiteQueue
from sync.sealing import CouncilOpener, CouncilSealer
from tests.site_terminal import Terminal, Wall, open_terminal

DAY = "2026-11-23"
SALT = "test-site/booking-salt"
STAFF = "s-amina-khatun"
SURNAME, BORN = "Oyelaran-Whitfield", date(1979, 1, 25)


def day_list(folder: Path) -> Path:
    """Housing 11:00 for 20 minutes and 13:15 for 30; parking at 12:00. Closing is 17:00."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "appointments.json"
    rows = [
        ("TH-4K7Q2", "housing", "11:00", 20),
        ("TH-7MZ3C", "housing", "13:15", 30),
        ("TH-9QX4R", "parking", "12:00", 15),
    ]
    path.write_text(
        json.dumps(
            {
                "salt": SALT,
                "appointments": [
                    {
                        "reference": ref,
                        "service": service,
                        "time": time,
                        "minutes": minutes,
                        "person": person_key("Listed", date(1960, 5, 5), SALT),
                    }
                    for ref, service, time, minutes in rows
                ],
            }
        ),
        encoding="utf-8",
    )
    return path


@dataclass
class BookingTerminal:
    """A terminal with the booking service and a check-in desk that sees the site's bookings."""

    terminal: Terminal
    diary: WithSiteBookings
    booking: AppointmentBooking
    desk: CheckInDesk


def open_booking_terminal(folder: Path, name: str, block: int, wall: Wall) -> BookingTerminal:
    listed = day_list(folder.parent / "list")
    extra = f'[site]\nappointments_path = "{listed}"\nclosing_time = "17:00"\n'
    t = open_terminal(folder, name, block, wall, extra)
    diary = WithSiteBookings(t.site.appointments, t.site.feed)
    sealer = CouncilSealer(t.config.council_public_key)
    booking = AppointmentBooking(t.journal, diary, sealer, t.site.catalogue, t.config.closing_time)
    desk = CheckInDesk(diary, t.site.window, t.config.site, t.site.tickets, t.site.calendar)
    return BookingTerminal(t, diary, booking, desk)


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def kiosk(tmp_path: Path, wall: Wall) -> BookingTerminal:
    return open_booking_terminal(tmp_path / "kiosk-1", "kiosk-1", 1, wall)


def times(b: BookingTerminal, slots: list[int]) -> list[str]:
    return [b.terminal.site.calendar.clock_text(s) for s in slots]


def at(b: BookingTerminal, clock: str) -> int:
    return b.terminal.site.calendar.at(DAY, clock)


def exchange(*terminals: BookingTerminal) -> None:
    """Every terminal takes every other's site events, as site replication would."""
    for a in terminals:
        for b in terminals:
            if a is not b:
                theirs = a.terminal.journal.site_events_after(b.terminal.journal.site_cursors())
                b.terminal.journal.ingest_many(theirs)
    for t in terminals:
        t.terminal.site.feed.refresh()


def test_free_slots_step_round_the_day_list_and_end_by_closing_time(
    kiosk: BookingTerminal,
) -> None:
    assert times(kiosk, kiosk.booking.free_slots("housing")) == [
        "10:30",  # ends as the 11:00 appointment starts
        "11:30",  # the 11:00 appointment is over at 11:20
        "12:00",
        "12:30",
        "14:00",  # 13:00 and 13:30 both overlap 13:15–13:45
        "14:30",
        "15:00",
        "15:30",
        "16:00",
        "16:30",  # the last slot that ends by closing time (17:00)
    ]
    # Another service's appointments leave housing's slots alone, and the other way round.
    parking = times(kiosk, kiosk.booking.free_slots("parking"))
    assert "12:00" not in parking and "11:00" in parking and "13:30" in parking


def test_the_first_slot_is_the_next_half_hour_at_least_15_minutes_ahead(
    kiosk: BookingTerminal, wall: Wall
) -> None:
    wall.ms = at(kiosk, "10:14")
    assert times(kiosk, kiosk.booking.free_slots("parking"))[0] == "10:30"
    wall.ms = at(kiosk, "10:16")
    assert times(kiosk, kiosk.booking.free_slots("parking"))[0] == "11:00"
    wall.ms = at(kiosk, "16:20")
    assert kiosk.booking.free_slots("parking") == []  # 16:30 would be too soon


def test_a_booking_keeps_only_the_hash_and_a_sealed_envelope(
    kiosk: BookingTerminal, opener: CouncilOpener
) -> None:
    booked = kiosk.booking.book("housing", at(kiosk, "14:30"), SURNAME, BORN, STAFF)

    assert normalise_reference(booked.reference) == booked.reference
    assert booked.reference.startswith("TH-")  # the council letters of the day's list
    assert booked.reference not in {"TH-4K7Q2", "TH-7MZ3C", "TH-9QX4R"}
    events = [e for e in kiosk.terminal.journal.events() if e.type == EventType.APPOINTMENT_BOOKED]
    assert len(events) == 1
    event = events[0]
    assert event.scope is Scope.SITE  # every terminal at the site sees it
    p = event.payload
    assert p["reference"] == booked.reference
    assert (p["service"], p["slot_ms"], p["minutes"]) == ("housing", at(kiosk, "14:30"), 30)
    assert p["person"] == person_key(SURNAME, BORN, SALT)
    assert p["priority"] is False and p["booked_by"] == STAFF
    opened = json.loads(opener.open(p["contact"]))
    assert opened == {"surname": SURNAME, "date_of_birth": "1979-01-25"}
    # Nowhere on the terminal's disk does the name or the date of birth appear in clear.
    kiosk.terminal.journal.close()
    stored = b"".join(
        f.read_bytes() for f in (kiosk.terminal.journal.data_dir).rglob("*") if f.is_file()
    )
    for secret in (SURNAME, "Oyelaran", "1979-01-25", "25/01/1979"):
        assert secret.encode() not in stored, secret


def test_a_booked_slot_is_no_longer_free_and_a_second_booking_is_refused(
    kiosk: BookingTerminal,
) -> None:
    slot = at(kiosk, "15:00")
    kiosk.booking.book("housing", slot, SURNAME, BORN, STAFF)
    assert slot not in kiosk.booking.free_slots("housing")
    assert slot in kiosk.booking.free_slots("parking")
    with pytest.raises(BookingProblem) as refused:
        kiosk.booking.book("housing", slot, "Begum", date(1990, 3, 1), STAFF)
    assert refused.value.problems == (Problem.SLOT_TAKEN,)
    assert "Someone has just booked that time" in str(refused.value)
    kinds = [e.type for e in kiosk.terminal.journal.events()]
    assert kinds.count(EventType.APPOINTMENT_BOOKED) == 1


def test_a_slot_booked_at_another_kiosk_is_refused_here_once_it_arrives(
    kiosk: BookingTerminal, tmp_path: Path, wall: Wall
) -> None:
    other = open_booking_terminal(tmp_path / "kiosk-2", "kiosk-2", 2, wall)
    slot = at(kiosk, "12:30")
    other.booking.book("housing", slot, SURNAME, BORN, STAFF)
    exchange(kiosk, other)
    assert slot not in kiosk.booking.free_slots("housing")
    with pytest.raises(BookingProblem) as refused:
        kiosk.booking.book("housing", slot, "Begum", date(1990, 3, 1), STAFF)
    assert refused.value.problems == (Problem.SLOT_TAKEN,)


def test_every_problem_is_named_in_plain_english(kiosk: BookingTerminal, wall: Wall) -> None:
    with pytest.raises(BookingProblem) as both:
        kiosk.booking.check_resident("  ", "31", "2", "1990")
    assert both.value.problems == (Problem.NO_SURNAME, Problem.BAD_DATE)
    assert "Enter the resident's surname" in str(both.value)
    assert "Enter a real date of birth" in str(both.value)
    with pytest.raises(BookingProblem) as future:
        kiosk.booking.check_resident(SURNAME, "1", "1", "2027")
    assert future.value.problems == (Problem.FUTURE_DATE,)
    assert kiosk.booking.check_resident(f" {SURNAME} ", "25", "1", "1979") == (SURNAME, BORN)

    with pytest.raises(BookingProblem) as early:
        kiosk.booking.book("housing", at(kiosk, "09:30"), SURNAME, BORN, STAFF)
    assert early.value.problems == (Problem.SLOT_PASSED,)
    with pytest.raises(BookingProblem) as odd:
        kiosk.booking.book("housing", at(kiosk, "14:10"), SURNAME, BORN, STAFF)
    assert odd.value.problems == (Problem.NOT_A_SLOT,)
    with pytest.raises(BookingProblem) as late:
        kiosk.booking.book("housing", at(kiosk, "17:00"), SURNAME, BORN, STAFF)
    assert late.value.problems == (Problem.NOT_A_SLOT,)  # it would end after closing
    with pytest.raises(BookingProblem) as nameless:
        kiosk.booking.book("housing", at(kiosk, "14:00"), "", BORN, STAFF)
    assert nameless.value.problems == (Problem.NO_SURNAME,)

    # A slot offered at 14:00 has gone by the time staff press Book at 14:05.
    slots = kiosk.booking.free_slots("parking")
    wall.ms = at(kiosk, "14:05")
    with pytest.raises(BookingProblem) as passed:
        kiosk.booking.book("parking", slots[0], SURNAME, BORN, STAFF)
    assert passed.value.problems == (Problem.SLOT_PASSED,)
    assert "That time has passed" in str(passed.value)
    assert not any(e.type == EventType.APPOINTMENT_BOOKED for e in kiosk.terminal.journal.events())


def test_the_queue_folds_bookings_in_any_order_and_skips_broken_ones(
    kiosk: BookingTerminal,
) -> None:
    first = kiosk.booking.book("housing", at(kiosk, "14:00"), SURNAME, BORN, STAFF)
    journal = kiosk.terminal.journal
    journal.append(
        EventDraft(
            EventType.APPOINTMENT_BOOKED,
            {"reference": "TH-22222", "service": "housing", "slot_ms": "soon", "minutes": 30},
            Scope.SITE,
        )
    )
    journal.append(
        EventDraft(
            EventType.APPOINTMENT_BOOKED,
            {
                "reference": "TH-33333",
                "service": "housing",
                "slot_ms": at(kiosk, "16:00"),
                "minutes": 30,
                "person": "Jane Smith",  # a name where the hash belongs is never kept
            },
            Scope.SITE,
        )
    )
    second = kiosk.booking.book("parking", at(kiosk, "14:00"), "Begum", date(1990, 3, 1), STAFF)
    queue = kiosk.terminal.site.feed.queue
    assert queue.bookings == {first.reference: first, second.reference: second}
    assert queue.skipped == 2

    events = list(journal.events())
    backwards = SiteQueue.fold(reversed(events), DAY, kiosk.terminal.site.calendar)
    assert backwards.bookings == queue.bookings
    assert backwards.signature() == queue.signature()
    twin = queue.copy()
    later = kiosk.booking.book("housing", at(kiosk, "16:30"), SURNAME, BORN, STAFF)
    assert later.reference in kiosk.terminal.site.feed.queue.bookings
    assert later.reference not in twin.bookings  # a published queue never changes


def test_check_in_at_another_kiosk_finds_the_booking_by_reference_or_by_person(
    kiosk: BookingTerminal, tmp_path: Path, wall: Wall
) -> None:
    other = open_booking_terminal(tmp_path / "kiosk-2", "kiosk-2", 2, wall)
    booked = kiosk.booking.book("housing", at(kiosk, "11:30"), SURNAME, BORN, STAFF)
    with pytest.raises(CheckInProblem):  # not here until the site's terminals exchange
        other.desk.by_reference(booked.reference)
    exchange(kiosk, other)

    assert other.desk.by_reference(booked.reference.lower().replace("-", " ")) == booked
    assert other.desk.by_person("oyelaran whitfield", "25", "1", "1979") == booked
    assert other.desk.by_person("Listed", "5", "5", "1960").reference == "TH-4K7Q2"
    rows = appointment_statuses(
        other.diary, other.terminal.site.feed.queue, other.terminal.site.window, wall()
    )
    assert [r.appointment.reference for r in rows][:3] == ["TH-4K7Q2", booked.reference, "TH-9QX4R"]

    wall.ms = at(kiosk, "11:10")
    ticket = other.desk.check_in(booked, "en")
    assert ticket.appointment == booked.reference and ticket.number.startswith("H-")
    exchange(kiosk, other)
    rows = appointment_statuses(
        kiosk.diary, kiosk.terminal.site.feed.queue, kiosk.terminal.site.window, wall()
    )
    mine = next(r for r in rows if r.appointment.reference == booked.reference)
    assert mine.arrival is Arrival.ARRIVED
