"""Tickets, numbers, check-in and the desk, on real journals with a settable clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.check_in import CheckInProblem, Problem
from core.clock import Hlc
from core.desk_service import DeskAction, DeskIdentity, DeskProblem, DeskService
from core.site_queue import Outcome, TicketState
from tests.site_terminal import Terminal, Wall, open_terminal


def exchange(*terminals: Terminal) -> None:
    """Every terminal takes every other's site events, as site replication would."""
    for a in terminals:
        for b in terminals:
            if a is not b:
                b.journal.ingest_many(a.journal.site_events_after(b.journal.site_cursors()))
        a.site.feed.refresh()
    for t in terminals:
        t.site.feed.refresh()


@pytest.fixture
def wall() -> Wall:
    return Wall()


@pytest.fixture
def kiosk(tmp_path: Path, wall: Wall) -> Terminal:
    return open_terminal(tmp_path / "kiosk-1", "kiosk-1", 1, wall)


def desk_of(terminal: Terminal, services: tuple[str, ...] = ("housing", "parking")) -> DeskService:
    desk = DeskService(
        terminal.journal,
        terminal.site.tickets,
        DeskIdentity(terminal.config.terminal_id, "Desk 1", services),
    )
    desk.open()
    return desk


def test_two_kiosks_cut_off_from_each_other_never_issue_the_same_number(
    tmp_path: Path, wall: Wall
) -> None:
    one = open_terminal(tmp_path / "k1", "kiosk-1", 1, wall)
    two = open_terminal(tmp_path / "k2", "kiosk-2", 2, wall)
    issued = []
    for i in range(40):
        wall.advance(seconds=7)
        service = ("housing", "parking", "registrars")[i % 3]
        issued.append(one.site.tickets.take(service, "en").number)
        issued.append(two.site.tickets.take(service, "bn").number)
    exchange(one, two)
    assert len(set(issued)) == 80
    assert one.site.feed.queue.number_clashes == []
    assert one.site.feed.queue.signature() == two.site.feed.queue.signature()
    # After they reconnect each carries on in its own block.
    assert one.site.tickets.take("housing", "en").number.endswith("1")
    assert two.site.tickets.take("housing", "en").number.endswith("2")


def test_numbering_restarts_at_midnight_and_yesterday_stays_in_the_journal(
    kiosk: Terminal, wall: Wall
) -> None:
    numbers = [kiosk.site.tickets.take("housing", "en").number for _ in range(3)]
    assert numbers == ["H-001", "H-011", "H-021"]
    wall.ms = kiosk.site.calendar.at("2026-11-24", "00:00") + 5
    assert kiosk.site.tickets.take("housing", "en").number == "H-001"
    kinds = [e.type for e in kiosk.journal.events()]
    assert kinds.count("ticket.issued") == 4
    assert len(kiosk.site.feed.queue.tickets) == 1


def test_a_ticket_always_has_a_place_and_an_estimate(kiosk: Terminal, wall: Wall) -> None:
    first = kiosk.site.tickets.take("housing", "en")
    second = kiosk.site.tickets.take("housing", "en")
    assert (first.wait.position, second.wait.position) == (1, 2)
    assert first.wait.basis == "usual" and second.wait.minutes >= 1
    desk = desk_of(kiosk)
    desk.call_next()
    wall.advance(minutes=20)
    desk.complete(Outcome.RESOLVED)
    third = kiosk.site.tickets.take("housing", "en")
    assert third.wait.basis == "recent"
    assert third.wait.desks == 1
    # One person ahead and 20-minute conversations today: about 20 minutes.
    assert 15 <= third.wait.minutes <= 25


def test_the_desk_calls_due_appointments_then_priority_then_first_come(
    kiosk: Terminal, wall: Wall
) -> None:
    walk_in = kiosk.site.tickets.take("council-tax-benefits", "en")
    wall.advance(minutes=1)
    priority = kiosk.site.tickets.take("council-tax-benefits", "en", priority=True)
    appointment = kiosk.site.check_in.by_reference("TH-9QX4R")  # 10:00 slot, due now
    checked_in = kiosk.site.check_in.check_in(appointment, "en")
    desk = desk_of(kiosk, ("council-tax-benefits",))
    order = []
    for _ in range(3):
        order.append(desk.call_next().number)
        desk.complete(Outcome.SIGNPOSTED)
    assert order == [checked_in.number, priority.number, walk_in.number]


def test_held_tickets_wait_to_be_called_back_by_number(kiosk: Terminal) -> None:
    ticket = kiosk.site.tickets.take("housing", "en")
    desk = desk_of(kiosk)
    desk.call_next()
    desk.act(DeskAction.HOLD)
    with pytest.raises(DeskProblem, match="No one is waiting"):
        desk.call_next()
    assert desk.call(ticket.number.lower()).state is TicketState.CALLED


def test_desk_refuses_a_service_it_has_no_skill_for_and_records_nothing(kiosk: Terminal) -> None:
    parking = kiosk.site.tickets.take("parking", "en")
    desk = desk_of(kiosk, ("housing",))
    before = len(list(kiosk.journal.events()))
    with pytest.raises(DeskProblem, match="does not serve Parking"):
        desk.call(parking.number)
    with pytest.raises(DeskProblem, match="No one is waiting"):
        desk.call_next()
    with pytest.raises(DeskProblem, match="no ticket Z-999"):
        desk.call("Z-999")
    assert len(list(kiosk.journal.events())) == before


def test_a_desk_must_finish_one_resident_before_calling_the_next(kiosk: Terminal) -> None:
    kiosk.site.tickets.take("housing", "en")
    kiosk.site.tickets.take("housing", "en")
    desk = desk_of(kiosk)
    first = desk.call_next()
    with pytest.raises(DeskProblem, match=f"Finish {first.number} first"):
        desk.call_next()


def test_transfer_to_a_named_desk_reserves_the_ticket_for_that_desk(
    tmp_path: Path, wall: Wall
) -> None:
    one = open_terminal(tmp_path / "d1", "desk-1", 3, wall)
    two = open_terminal(tmp_path / "d2", "desk-2", 4, wall)
    d1, d2 = desk_of(one), desk_of(two, ("parking",))
    exchange(one, two)
    ticket = one.site.tickets.take("housing", "en")
    other = one.site.tickets.take("parking", "en")
    d1.call_next()
    d1.transfer("parking", to_desk="desk-2")
    exchange(one, two)
    assert two.site.feed.queue.tickets[ticket.ticket].desk == "desk-2"
    assert d2.call_next().number == ticket.number  # reserved for this desk, ahead of others
    assert other.number != ticket.number


def test_the_losing_desk_learns_of_the_conflict_once_the_events_meet(
    tmp_path: Path, wall: Wall
) -> None:
    kiosk = open_terminal(tmp_path / "k", "kiosk-1", 1, wall)
    one = open_terminal(tmp_path / "d1", "desk-1", 3, wall)
    two = open_terminal(tmp_path / "d2", "desk-2", 4, wall)
    d1, d2 = desk_of(one), desk_of(two)
    kiosk.site.tickets.take("housing", "en")
    kiosk.site.tickets.take("housing", "en")
    exchange(kiosk, one, two)
    first = d1.call_next()
    wall.advance(seconds=2)
    assert d2.call_next().number == first.number  # partitioned: desk-2 could not know
    assert d1.lost_calls() == [] and d2.lost_calls() == []
    exchange(kiosk, one, two)
    [lost] = d2.lost_calls()
    assert (lost.number, lost.winner) == (first.number, "desk-1")
    assert d1.lost_calls() == []
    d2.acknowledge(lost)
    assert d2.serving() is None
    assert d2.call_next().number != first.number  # offered the next ticket


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("TH-4K7Q", Problem.BAD_REFERENCE),
        ("TH-ZZZZZ", Problem.UNKNOWN_REFERENCE),
        ("x" * 10_000, Problem.BAD_REFERENCE),
        ("ٹی ایچ", Problem.BAD_REFERENCE),
    ],
)
def test_bad_references_are_refused_plainly(kiosk: Terminal, typed: str, problem: Problem) -> None:
    with pytest.raises(CheckInProblem) as caught:
        kiosk.site.check_in.by_reference(typed)
    assert caught.value.problem is problem
    assert caught.value.message.endswith(".")


def test_references_are_forgiving_about_case_spaces_and_look_alikes(kiosk: Terminal) -> None:
    for typed in ("th5wd2k", "TH 5WD2K", " th-5wd2k "):
        assert kiosk.site.check_in.by_reference(typed).reference == "TH-5WD2K"


@pytest.mark.parametrize(
    ("scanned", "problem"),
    [
        ("https://example.com/win-a-prize", Problem.NOT_OUR_CODE),
        ("CK1:APPT:idea-store-bow:TH-5WD2K", Problem.OTHER_SITE),
        ("CK1:APPT:idea-store-whitechapel:" + "A" * 10_000, Problem.NOT_OUR_CODE),
        ("CK1:APPT:idea-store-whitechapel:TH-ZZZZZ", Problem.UNKNOWN_REFERENCE),
    ],
)
def test_codes_that_are_not_ours_are_refused(
    kiosk: Terminal, scanned: str, problem: Problem
) -> None:
    with pytest.raises(CheckInProblem) as caught:
        kiosk.site.check_in.by_code(scanned)
    assert caught.value.problem is problem


def test_surname_and_date_of_birth_match_loosely_but_not_wrongly(kiosk: Terminal) -> None:
    desk = kiosk.site.check_in
    assert desk.by_person(" uddin ", "08", "11", "1952").reference == "TH-5WD2K"
    assert desk.by_person("NGUYEN", "13", "9", "1987").reference == "TH-2KT9A"
    for day, month, year, problem in [
        ("31", "2", "1990", Problem.BAD_DATE),
        ("ab", "2", "1990", Problem.BAD_DATE),
        ("1", "1", "1850", Problem.BAD_DATE),
        ("9", "11", "1952", Problem.NO_MATCH),
    ]:
        with pytest.raises(CheckInProblem) as caught:
            desk.by_person("Uddin", day, month, year)
        assert caught.value.problem is problem
    assert "uddin" not in Path(kiosk.config.appointments_path).read_text().lower()


def test_check_in_windows_and_nothing_recorded_when_refused(kiosk: Terminal, wall: Wall) -> None:
    desk = kiosk.site.check_in
    later = desk.by_reference("TH-5WD2K")  # 10:40, window opens 10:10
    with pytest.raises(CheckInProblem) as early:
        desk.check_in(later, "en")
    assert early.value.message == "You are early. You can check in from 10:10."
    with pytest.raises(CheckInProblem) as late:
        desk.check_in(desk.by_reference("TH-4K7Q2"), "en")  # 09:30 + 15 minutes has passed
    assert late.value.problem is Problem.TOO_LATE
    assert [e for e in kiosk.journal.events() if e.type.startswith("appointment")] == []
    wall.advance(minutes=12)
    done = desk.check_in(later, "bn")
    assert done.appointment == "TH-5WD2K"
    with pytest.raises(CheckInProblem) as again:
        desk.check_in(later, "en")
    assert again.value.message == f"You have already checked in. Your number is {done.number}."


def test_a_queue_a_screen_is_reading_never_changes_under_it(kiosk: Terminal) -> None:
    kiosk.site.tickets.take("housing", "en")
    seen = kiosk.site.feed.queue
    before = seen.signature()
    desk = desk_of(kiosk)  # appends and refreshes, as a worker thread would
    desk.call_next()
    assert seen.signature() == before
    assert kiosk.site.feed.queue is not seen
    assert kiosk.site.feed.queue.signature() != before


def test_a_kiosk_left_on_overnight_checks_in_against_the_new_days_appointments(
    kiosk: Terminal, wall: Wall
) -> None:
    monday = kiosk.site.check_in.by_reference("TH-9QX4R")
    wall.ms = kiosk.site.calendar.at("2026-11-24", "10:00")
    tuesday = kiosk.site.check_in.by_reference("TH-9QX4R")
    assert tuesday.slot_ms - monday.slot_ms == 24 * 60 * 60 * 1000
    assert kiosk.site.check_in.check_in(tuesday, "en").number == "B-001"


def test_a_date_of_birth_in_the_future_is_not_a_real_one(kiosk: Terminal) -> None:
    with pytest.raises(CheckInProblem) as caught:
        kiosk.site.check_in.by_person("Uddin", "24", "11", "2026")  # the day after "today"
    assert caught.value.problem is Problem.BAD_DATE


def test_start_up_reads_from_the_days_first_event_not_the_whole_history(
    tmp_path: Path, wall: Wall
) -> None:
    wall.ms -= 3 * 24 * 60 * 60 * 1000  # three days ago
    old = open_terminal(tmp_path / "k", "kiosk-1", 1, wall)
    for _ in range(300):
        old.site.tickets.take("parking", "en")
    old.journal.close()
    wall.ms += 3 * 24 * 60 * 60 * 1000
    today = open_terminal(tmp_path / "k", "kiosk-1", 1, wall)
    start = today.journal.rowid_before(str(Hlc(today.site.calendar.at("2026-11-23", "00:00"), 0)))
    assert start == 300  # every one of the 300 old tickets is behind the starting point
    assert today.site.feed.queue.tickets == {}
    assert today.site.tickets.take("parking", "en").number == "P-001"


def test_a_peers_ticket_number_with_odd_digits_does_not_stop_the_kiosk_numbering(
    tmp_path: Path, wall: Wall, kiosk: Terminal
) -> None:
    """A peer's ticket numbered with a superscript (``²`` is a digit to ``isdigit`` but not to
    ``int``) once stopped that service's tickets being issued at all."""
    import dataclasses

    peer = open_terminal(tmp_path / "k2", "kiosk-2", 2, wall)
    issued = peer.site.tickets.take("housing", "en")
    [event] = [
        e
        for e in peer.journal.site_events_after({})
        if e.type == "ticket.issued" and e.payload["number"] == issued.number
    ]
    odd = issued.number[:-1] + "²"
    kiosk.journal.ingest_many(
        [dataclasses.replace(event, payload={**event.payload, "number": odd})]
    )
    kiosk.site.feed.refresh()
    assert odd in {t.number for t in kiosk.site.feed.queue.tickets.values()}
    ticket = kiosk.site.tickets.take("housing", "en")
    assert ticket.number.startswith(issued.number.split("-")[0]) and ticket.number.endswith("1")
