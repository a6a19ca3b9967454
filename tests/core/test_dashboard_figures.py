"""The manager's dashboard figures: every number checked against one worked out by hand.

A small two-site journal is written out event by event below; the comments next to each
assertion show the sum. A simulated day then checks the dashboard against the simulation's
own report (the same events, computed two ways), and every table's per-site and
per-service rows are checked to add up to its totals.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import logging
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.appointments import Appointment
from core.catalogue import load_catalogue
from core.clock import Hlc
from core.dashboard_figures import (
    ALL,
    NO_SERVICE,
    DashboardFigures,
    Period,
    Table,
    Targets,
    csv_text,
    figures,
)
from core.day_arrivals import Kind
from core.day_simulation import DAY, DaySimulation
from core.events import Event, EventType, JsonObject, Scope
from core.feedback import FeedbackBox
from core.form_journey_log import FormJourneyLog
from core.help import HelpCall
from core.printing import PrintDesk, PrinterFault, PrinterState, PrintResult
from core.printout import Printout
from core.site_day import DAY_MS, SiteCalendar
from store.journal import SqliteJournal
from sync.sealing import CouncilSealer
from tests.core.form_samples import EVERY_TYPE, build

CAL = SiteCalendar()
DAY1 = "2026-11-23"
WHITECHAPEL = "idea-store-whitechapel"
CANARY = "idea-store-canary-wharf"
CATALOGUE = Path(__file__).resolve().parents[2] / "assets" / "catalogue" / "demo-idea-store.json"


def at(clock: str, day: str = DAY1) -> int:
    return CAL.at(day, clock)


class Journal:
    """Hand-written events from several terminals, each with its own seq, at chosen times."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.seq: dict[str, int] = {}

    def record(
        self,
        origin: str,
        site: str,
        kind: str,
        payload: JsonObject,
        clock: str,
        day: str = DAY1,
        scope: Scope = Scope.SITE,
    ) -> Event:
        seq = self.seq[origin] = self.seq.get(origin, 0) + 1
        event = Event(
            id=f"{origin}-{seq:03d}",
            origin=origin,
            seq=seq,
            hlc=str(Hlc(at(clock, day), 0)),
            site=site,
            type=kind,
            scope=scope,
            payload=payload,
            recorded_at="",
        )
        self.events.append(event)
        return event

    def walk_in(self, site: str, service: str, clock: str, day: str = DAY1) -> str:
        kiosk = f"kiosk-{site}"
        payload = {"number": f"X-{len(self.events):03d}", "service": service, "kind": "walk_in"}
        return self.record(kiosk, site, EventType.TICKET_ISSUED, payload, clock, day).id

    def check_in(self, site: str, service: str, reference: str, slot: str, clock: str) -> str:
        payload = {
            "number": f"A-{len(self.events):03d}",
            "service": service,
            "kind": "appointment",
            "appointment": reference,
            "slot_ms": at(slot),
        }
        kiosk = f"kiosk-{site}"
        return self.record(kiosk, site, EventType.APPOINTMENT_CHECKED_IN, payload, clock).id

    def desk(self, site: str, kind: str, ticket: str, clock: str, **extra: object) -> None:
        desk = f"desk-{site}"
        self.record(desk, site, kind, {"desk": desk, "ticket": ticket, **extra}, clock)

    def central(self, site: str, kind: str, payload: JsonObject, clock: str) -> Event:
        return self.record(f"kiosk-{site}", site, kind, payload, clock, scope=Scope.CENTRAL)


def hand_journal() -> list[Event]:
    """Two sites, one day. Every figure the tests expect is worked out from this."""
    j = Journal()
    a, b = WHITECHAPEL, CANARY
    # Whitechapel: four walk-ins at 10:00 waiting 3, 8, 12 and 40 minutes.
    t1 = j.walk_in(a, "housing", "10:00")
    t2 = j.walk_in(a, "housing", "10:00")
    t3 = j.walk_in(a, "parking", "10:00")
    t4 = j.walk_in(a, "parking", "10:00")
    j.desk(a, EventType.TICKET_CALLED, t1, "10:03")
    j.desk(a, EventType.TICKET_COMPLETED, t1, "10:10", outcome="resolved_first_contact")
    j.desk(a, EventType.TICKET_CALLED, t2, "10:08")
    j.desk(a, EventType.TICKET_COMPLETED, t2, "10:20", outcome="signposted")
    j.desk(a, EventType.TICKET_CALLED, t3, "10:12")
    j.desk(a, EventType.TICKET_RECALLED, t3, "10:13")  # a recall is not a new first call
    j.desk(a, EventType.TICKET_COMPLETED, t3, "10:15", outcome="resolved_first_contact")
    j.desk(a, EventType.TICKET_CALLED, t4, "10:40")
    j.desk(a, EventType.TICKET_NO_SHOW, t4, "10:42")  # had given up and gone
    # Canary Wharf: two appointments (one checked in early, one late) and a walk-in
    # nobody called.
    t5 = j.check_in(b, "housing", "TH-AAAAA", slot="10:00", clock="09:50")
    t6 = j.check_in(b, "housing", "TH-BBBBB", slot="10:30", clock="10:35")
    j.desk(b, EventType.TICKET_CALLED, t5, "10:05")
    j.desk(b, EventType.TICKET_COMPLETED, t5, "10:25", outcome="case_opened")
    j.desk(b, EventType.TICKET_CALLED, t6, "10:50")
    j.desk(b, EventType.TICKET_COMPLETED, t6, "11:00", outcome="resolved_first_contact")
    j.walk_in(b, "housing", "11:00")

    # E-forms. Whitechapel: housing-application abandoned twice on "income" (once with
    # staff), once on "address", and completed once with staff.
    def journey(site: str, form: str, kind: str, clock: str, **extra: object) -> None:
        payload = {"form": form, "version": "1", "language": "en", "assisted": False}
        j.central(site, kind, payload | extra, clock)

    journey(a, "housing-application", EventType.FORM_PAGE_ENTERED, "10:00", page="name")
    journey(a, "housing-application", EventType.FORM_PAGE_ENTERED, "10:01", page="income")
    journey(a, "housing-application", EventType.FORM_ABANDONED, "10:02", page="income")
    journey(a, "housing-application", EventType.FORM_PAGE_ENTERED, "10:03", page="name")
    journey(
        a, "housing-application", EventType.FORM_ABANDONED, "10:04", page="income", assisted=True
    )
    journey(a, "housing-application", EventType.FORM_ABANDONED, "10:05", page="address")
    journey(a, "housing-application", EventType.FORM_COMPLETED, "10:06", assisted=True)
    # Canary Wharf: blue-badge completed twice (once through a triage route) and abandoned
    # once before the first page.
    journey(b, "blue-badge", EventType.FORM_COMPLETED, "10:00")
    journey(b, "blue-badge", EventType.FORM_ROUTED, "10:01", outcome=0)
    journey(b, "blue-badge", EventType.FORM_COMPLETED, "10:01")
    j.central(b, EventType.FORM_ABANDONED, {"form": "blue-badge", "reason": "home"}, "10:02")

    # Submissions (Whitechapel: 3, one assisted) and documents (Canary Wharf: 2, both assisted).
    for assisted in (True, False, False):
        j.central(a, EventType.SUBMISSION_FINALISED, {"form": "f", "assisted": assisted}, "10:30")
    for _ in range(2):
        j.central(b, EventType.DOCUMENT_CAPTURED, {"document": "d", "assisted": True}, "10:30")

    # Feedback. Whitechapel housing 5, 4, 2 and one rating of 3 naming no service;
    # Canary Wharf housing 1 and 5.
    for site, rating, service in (
        (a, 5, "housing"),
        (a, 4, "housing"),
        (a, 2, "housing"),
        (a, 3, None),
        (b, 1, "housing"),
        (b, 5, "housing"),
    ):
        j.central(site, EventType.FEEDBACK_GIVEN, {"rating": rating, "service": service}, "12:00")

    # Help: Whitechapel answered after 4 minutes, and after 1 minute (then answered again by
    # a second desk, which does not count); Canary Wharf's request is never answered.
    asked = j.record("kiosk-a2", a, EventType.HELP_REQUESTED, {"screen": "home"}, "10:00")
    j.record("desk-a2", a, EventType.HELP_ANSWERED, {"desk": "d", "request": asked.id}, "10:04")
    asked = j.record("kiosk-a2", a, EventType.HELP_REQUESTED, {"screen": "forms"}, "10:30")
    j.record("desk-a2", a, EventType.HELP_ANSWERED, {"desk": "d", "request": asked.id}, "10:31")
    j.record("desk-a3", a, EventType.HELP_ANSWERED, {"desk": "e", "request": asked.id}, "10:33")
    j.record("kiosk-b2", b, EventType.HELP_REQUESTED, {"screen": "home"}, "11:00")

    # Faults: Whitechapel's printer ran out of paper twice and went offline once; Canary
    # Wharf's journal was quarantined at start-up once, and its kiosk could not reach the
    # case service for a while (one episode: a fault, then recovered, which is no fault).
    for fault in ("paper_out", "paper_out", "offline"):
        j.record("kiosk-a", a, "printer.fault", {"printer": "p", "fault": fault}, "13:00")
    j.central(b, EventType.JOURNAL_QUARANTINED, {"file": "x", "problem": "y"}, "08:00")
    down = {"terminal": "kiosk-b2", "problem": "unreachable", "message": "no route"}
    j.record("kiosk-b2", b, EventType.SYNC_FAULT, down, "12:00")
    j.record("kiosk-b2", b, EventType.SYNC_RECOVERED, {"terminal": "kiosk-b2"}, "12:20")

    # Not in the period: the next day's ticket and feedback.
    j.walk_in(a, "housing", "10:00", day="2026-11-24")
    j.record("kiosk-a", a, EventType.FEEDBACK_GIVEN, {"rating": 1}, "10:00", day="2026-11-24")

    # The same event delivered twice (by two peers) counts once; an unreadable one is left out.
    first = j.events[0]
    broken = dataclasses.replace(first, origin="peer-x", seq=1, hlc="yesterday")
    return [*j.events, first, broken]


@pytest.fixture(scope="module")
def hand() -> DashboardFigures:
    # Reversed: the order events arrive in must not matter.
    return figures(reversed(hand_journal()), [DAY1], "Europe/London", appointments=LISTS)


LISTS = {
    CANARY: [
        Appointment("TH-AAAAA", "housing", at("10:00"), 20, "p1"),
        Appointment("TH-BBBBB", "housing", at("10:30"), 20, "p2"),
        Appointment("TH-CCCCC", "registrars", at("11:00"), 20, "p3"),
        Appointment("TH-DDDDD", "housing", at("11:00", "2026-11-24"), 20, "p4"),  # next day
    ]
}


def test_the_period_and_what_was_read(hand: DashboardFigures) -> None:
    assert hand.sites == (CANARY, WHITECHAPEL)
    assert hand.skipped == 1  # the event with an unreadable timestamp
    assert hand.appointment_lists == (CANARY,)


def test_waits_at_one_site_against_both_standards(hand: DashboardFigures) -> None:
    # Whitechapel: walk-ins waited 3, 8, 12 and 40 minutes.
    row = hand.waits.get(WHITECHAPEL)
    assert (row.tickets, row.walk_ins, row.called) == (4, 4, 4)
    assert row.walk_ins_within_first_conversation == 2  # 3 and 8
    assert row.share_walk_ins_within_first_conversation == 2 / 4
    assert row.meets_first_conversation_standard is False  # the standard is everyone
    assert (row.within_target, row.judged) == (3, 4)  # 3, 8 and 12 are within 30
    assert row.share_within_target == 3 / 4
    assert row.meets_target is False  # 75% < 80%
    assert row.mean_wait == pytest.approx((3 + 8 + 12 + 40) / 4)  # 15.75
    # Nearest rank: ceil(0.9 x 4) = 4th of [3, 8, 12, 40].
    assert row.p90_wait == 40
    # Serve times (call to completion) 7, 12 and 3; the walk-away is not a conversation.
    assert row.completed == 3
    assert row.walked_away == 1
    assert row.mean_serve == pytest.approx((7 + 12 + 3) / 3)
    assert row.p90_serve == 12  # ceil(0.9 x 3) = 3rd of [3, 7, 12]


def test_appointments_wait_from_their_slot_and_the_uncalled_count_as_not_seen(
    hand: DashboardFigures,
) -> None:
    # Canary Wharf: TH-AAAAA checked in 09:50 for 10:00, called 10:05: waited 5 (not 15).
    # TH-BBBBB checked in 10:35 for 10:30, called 10:50: waited 15. A walk-in never called.
    row = hand.waits.get(CANARY)
    assert (row.tickets, row.walk_ins, row.called, row.not_called) == (3, 1, 2, 1)
    assert (row.walk_ins_within_first_conversation, row.walk_ins_judged) == (0, 1)
    assert row.share_walk_ins_within_first_conversation == 0.0
    assert (row.within_target, row.judged) == (2, 3)
    assert row.mean_wait == pytest.approx((5 + 15) / 2)
    assert row.p90_wait == 15  # ceil(0.9 x 2) = 2nd of [5, 15]
    assert row.mean_serve == pytest.approx((20 + 10) / 2)


def test_waits_for_everyone_and_per_service(hand: DashboardFigures) -> None:
    total = hand.waits.get()
    # Walk-ins within 10: 3 and 8 of five walk-ins (3, 8, 12, 40, never called).
    assert total.share_walk_ins_within_first_conversation == pytest.approx(2 / 5)
    # Within 30: 3, 8, 12, 5 and 15 of seven tickets.
    assert total.share_within_target == pytest.approx(5 / 7)
    assert total.mean_wait == pytest.approx((3 + 8 + 12 + 40 + 5 + 15) / 6)  # 13.83
    assert total.p90_wait == 40  # ceil(0.9 x 6) = 6th of [3, 5, 8, 12, 15, 40]
    assert total.mean_serve == pytest.approx((7 + 12 + 3 + 20 + 10) / 5)  # 10.4
    assert total.p90_serve == 20  # ceil(0.9 x 5) = 5th of [3, 7, 10, 12, 20]
    housing = hand.waits.get(ALL, "housing")
    # Housing: walk-ins 3, 8 and never called; everyone: 3, 8, 5, 15 and never called.
    assert housing.share_walk_ins_within_first_conversation == pytest.approx(2 / 3)
    assert housing.share_within_target == pytest.approx(4 / 5)
    assert housing.mean_wait == pytest.approx((3 + 8 + 5 + 15) / 4)
    assert housing.p90_wait == 15
    parking = hand.waits.get(ALL, "parking")
    assert parking.share_walk_ins_within_first_conversation == 0.0  # 12 and 40
    assert parking.share_within_target == 0.5
    assert parking.mean_wait == 26.0


def test_today_people_still_inside_their_target_are_not_counted_against_it() -> None:
    # At 11:10 the uncalled walk-in (issued 11:00) has waited exactly 10 minutes: not over
    # the standard yet, so neither share counts them. At 11:20 the 10 minutes are up.
    events = hand_journal()
    early = figures(events, [DAY1], now_ms=at("11:10")).waits.get(CANARY)
    assert (early.walk_ins_judged, early.judged) == (0, 2)
    assert early.share_walk_ins_within_first_conversation is None
    assert early.share_within_target == 1.0  # 5 and 15 minutes
    later = figures(events, [DAY1], now_ms=at("11:20")).waits.get(CANARY)
    assert (later.walk_ins_judged, later.walk_ins_within_first_conversation) == (1, 0)
    assert later.judged == 2  # 20 minutes is still inside 30


def test_appointments_offered_attended_late_and_missed(hand: DashboardFigures) -> None:
    # Canary Wharf's list for the day: AAAAA (came early), BBBBB (came late), CCCCC (never
    # came). DDDDD is the next day's.
    row = hand.appointments.get(CANARY)
    assert (row.offered, row.checked_in, row.late, row.no_show, row.due) == (3, 2, 1, 1, 0)
    assert row.share_attended == pytest.approx(2 / 3)
    registrars = hand.appointments.get(CANARY, "registrars")
    assert (registrars.offered, registrars.no_show) == (1, 1)
    # Whitechapel handed in no list and had no appointments.
    assert hand.appointments.find(WHITECHAPEL) is None
    # Before CCCCC's check-in window closes (11:00 + 15 minutes) it is still due.
    today = figures(hand_journal(), [DAY1], appointments=LISTS, now_ms=at("11:15"))
    row = today.appointments.get(CANARY)
    assert (row.no_show, row.due, row.share_attended) == (0, 1, 1.0)


def test_first_contact_resolution_by_outcome(hand: DashboardFigures) -> None:
    # Completed: resolved (T1, T3 at Whitechapel; T6 at Canary Wharf), signposted (T2),
    # case opened (T5).
    total = hand.outcomes.get()
    assert (total.completed, total.resolved_first_contact) == (5, 3)
    assert (total.signposted, total.case_opened, total.referred) == (1, 1, 0)
    assert total.share_resolved_first_contact == pytest.approx(3 / 5)
    assert total.meets_target is False  # 60% < 90%
    assert hand.outcomes.get(WHITECHAPEL).share_resolved_first_contact == pytest.approx(2 / 3)
    assert hand.outcomes.get(WHITECHAPEL, "parking").meets_target is True  # 1 of 1


def test_e_forms_completion_and_where_people_give_up(hand: DashboardFigures) -> None:
    housing = hand.forms.get(ALL, "housing-application")
    # Abandoned on income, income, address; completed once. Page visits are not starts.
    assert (housing.started, housing.completed, housing.abandoned) == (4, 1, 3)
    assert housing.share_completed == 0.25
    assert (housing.gave_up_most_on, housing.gave_up_there) == ("income", 2)
    assert housing.assisted == 2
    badge = hand.forms.get(CANARY, "blue-badge")
    assert (badge.started, badge.completed, badge.routed) == (3, 2, 1)
    assert (badge.gave_up_most_on, badge.gave_up_there) == ("start", 1)
    total = hand.forms.get()
    assert (total.started, total.completed, total.abandoned) == (7, 3, 4)
    pages = [(r.page, r.abandoned) for r in hand.abandoned_pages.rows if r.site == ALL]
    assert pages == [("start", 1), ("income", 2), ("address", 1)]


def test_assisted_share(hand: DashboardFigures) -> None:
    submissions = hand.assisted.get(ALL, "submissions")
    assert (submissions.assisted, submissions.total) == (1, 3)
    assert hand.assisted.get(CANARY, "documents").share_assisted == 1.0  # 2 of 2
    sessions = hand.assisted.get(ALL, "form sessions")
    assert (sessions.assisted, sessions.total) == (2, 7)  # both at Whitechapel


def test_satisfaction(hand: DashboardFigures) -> None:
    total = hand.satisfaction.get()
    # Ratings 5, 4, 2, 3, 1, 5 (the next day's 1 is outside the period): 20 / 6.
    assert total.responses == 6
    assert total.mean_rating == pytest.approx(20 / 6)
    assert (total.satisfied, total.share_satisfied) == (3, 0.5)  # 5, 4 and 5
    assert total.meets_target is False
    housing = hand.satisfaction.get(ALL, "housing")
    assert (housing.responses, housing.mean_rating, housing.satisfied) == (5, 17 / 5, 3)
    assert hand.satisfaction.get(WHITECHAPEL, NO_SERVICE).mean_rating == 3.0


def test_help_requests_and_time_to_answer(hand: DashboardFigures) -> None:
    total = hand.help.get()
    # Answered after 4 and 1 minutes (the second desk's answer is not counted); one waiting.
    assert (total.requests, total.answered) == (3, 2)
    assert total.mean_minutes_to_answer == pytest.approx(2.5)
    assert hand.help.get(CANARY).mean_minutes_to_answer is None


def test_faults(hand: DashboardFigures) -> None:
    assert hand.faults.get(WHITECHAPEL, "printer paper_out").count == 2
    assert hand.faults.get(WHITECHAPEL).count == 3
    assert hand.faults.get(ALL, "journal quarantined").count == 1
    assert hand.faults.get(CANARY, "sync unreachable").count == 1
    assert hand.faults.get().count == 5


def test_a_period_takes_only_its_own_days() -> None:
    events = hand_journal()
    both = figures(events, Period.between("2026-11-23", "2026-11-24"))
    assert both.waits.get().tickets == 8
    assert both.satisfaction.get().responses == 7
    next_day = figures(events, Period.of(["2026-11-24"]))
    assert next_day.waits.get().tickets == 1
    assert next_day.faults.get().count == 0
    with pytest.raises(ValueError, match="ends"):
        Period.between("2026-11-24", "2026-11-23")


def int_columns(row: object) -> list[str]:
    assert dataclasses.is_dataclass(row)
    return [
        f.name
        for f in dataclasses.fields(row)
        if isinstance(getattr(row, f.name), int) and not isinstance(getattr(row, f.name), bool)
    ]


def assert_splits_add_up(table: Table[Any]) -> None:
    """Every count in the detail rows sums to its site total, its key total and the total."""
    detail = table.detail()
    if not table.rows:
        return
    total = table.get()
    for name in int_columns(total):
        if name == "gave_up_there":  # a maximum, not a sum
            continue
        assert sum(getattr(r, name) for r in detail) == getattr(total, name), (table.name, name)
        for site in {r.site for r in detail}:
            part = sum(getattr(r, name) for r in detail if r.site == site)
            assert part == getattr(table.get(site), name), (table.name, site, name)
        for key in {getattr(r, table.axis) for r in detail}:
            part = sum(getattr(r, name) for r in detail if getattr(r, table.axis) == key)
            assert part == getattr(table.get(ALL, key), name), (table.name, key, name)


def test_per_site_and_per_service_rows_add_up_to_the_totals(hand: DashboardFigures) -> None:
    for table in hand.tables():
        if table.name != "abandoned_pages":
            assert_splits_add_up(table)
    assert hand.waits.get().tickets == 7  # and the totals are not empty
    # Waits: the whole-period list equals the sites' lists put together.
    a, b = hand.waits.get(WHITECHAPEL), hand.waits.get(CANARY)
    assert hand.waits.get().called == a.called + b.called


def test_csv_export_has_a_header_and_one_line_per_row(hand: DashboardFigures) -> None:
    text = csv_text(hand.waits)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["site", "service", "tickets"]
    assert len(rows) == 1 + len(hand.waits.rows)
    header = rows[0]
    total = dict(zip(header, rows[1], strict=True))
    assert (total["site"], total["service"], total["tickets"]) == (ALL, ALL, "7")
    assert total["share_walk_ins_within_first_conversation"] == "0.4"
    assert total["meets_target"] == "no"
    # No answer yet is an empty cell, not "None".
    help_rows = list(csv.DictReader(io.StringIO(csv_text(hand.help))))
    canary = next(r for r in help_rows if r["site"] == CANARY and r["screen"] == ALL)
    assert canary["mean_minutes_to_answer"] == ""
    for table in hand.tables():
        assert csv_text(table).encode("utf-8").startswith(b"site,")


def test_targets_come_from_the_council_catalogue() -> None:
    targets = Targets.from_catalogue(load_catalogue(CATALOGUE))
    assert (targets.first_conversation_minutes, targets.seen_within_minutes) == (10, 30)
    assert targets.seen_within_share == 0.8


# -- events written by the real services into a real journal ---------------------------


class OutOfPaper:
    """A printer with no paper in it."""

    name = "kiosk-printer"

    def print(self, printout: Printout) -> PrintResult:
        return PrintResult(False, fault=PrinterFault.PAPER_OUT, detail="media-empty")

    def state(self) -> PrinterState:
        return PrinterState(self.name, False, PrinterFault.PAPER_OUT)


def test_figures_read_what_the_real_services_journal(
    journal: SqliteJournal, sealer: CouncilSealer
) -> None:
    box = FeedbackBox(journal, sealer)
    box.give(5, "Quick and kind", service_code="housing")
    box.give(2, service_code="housing")
    HelpCall(journal, "kiosk-1").request("home")
    form = build(EVERY_TYPE)
    moments = iter(range(100))
    stopped = FormJourneyLog(journal, form, "en", monotonic=lambda: float(next(moments)))
    stopped.entered("full_name")
    stopped.abandoned("timed_out")
    helped = FormJourneyLog(journal, form, "en", assisted=True, monotonic=lambda: 0.0)
    helped.entered("full_name")
    helped.completed()
    PrintDesk(OutOfPaper(), journal).print(Printout("ticket", "en", "H-017", ()), "H-017")

    events = list(journal.events())
    days = {CAL.day_of_hlc(e.hlc) for e in events}
    result = figures(events, days)
    assert result.satisfaction.get(ALL, "housing").mean_rating == 3.5
    assert result.help.get().requests == 1
    row = result.forms.get(ALL, form.id)
    assert (row.started, row.completed, row.gave_up_most_on, row.assisted) == (
        2,
        1,
        "full_name",
        1,
    )
    assert result.assisted.get(ALL, "form sessions").share_assisted == 0.5
    assert result.faults.get(ALL, "printer paper_out").count == 1
    assert result.skipped == 0


# -- the simulated day: the same events, computed two ways ------------------------------


def simulated(seed: int) -> tuple[DaySimulation, list[Event]]:
    simulation = DaySimulation(seed=seed, visitors=400)
    simulation.run()
    return simulation, simulation.events


def booked(simulation: DaySimulation) -> list[Appointment]:
    """The day's appointment list, as the case service would have sent it."""
    return [
        Appointment(
            f"TH-{p.id:05d}", p.service, simulation.start_ms + p.slot * 60_000, 20, f"person-{p.id}"
        )
        for p in simulation.plan
        if p.kind is Kind.APPOINTMENT and p.slot is not None
    ]


@pytest.mark.parametrize("seed", [7, 11])
def test_a_simulated_day_gives_the_same_figures_as_its_own_report(seed: int) -> None:
    simulation, events = simulated(seed)
    report = simulation.report()
    site = events[0].site
    result = figures(events, [DAY], appointments={site: booked(simulation)})
    waits = result.waits.get()
    assert waits.tickets == report.tickets
    assert waits.share_walk_ins_within_first_conversation == pytest.approx(
        report.walk_ins_within_10
    )
    assert waits.share_within_target == pytest.approx(report.everyone_within_30)
    assert waits.mean_wait == pytest.approx(report.mean_wait)
    assert waits.p90_wait == pytest.approx(report.p90_wait)
    assert waits.completed == report.served == result.outcomes.get().completed
    assert waits.walked_away == report.walked_away
    assert waits.not_called == report.not_seen
    appointments = result.appointments.get()
    assert appointments.no_show == report.appointments_missed
    assert appointments.checked_in == report.visitors["appointment"]
    for table in result.tables():
        if table.name != "abandoned_pages":
            assert_splits_add_up(table)


def thirty_days() -> Iterator[Event]:
    """30 simulated days (seeds 1 to 30), each moved onto its own date."""
    for k in range(30):
        _, events = simulated(k + 1)
        for event in events:
            hlc = Hlc.parse(event.hlc)
            yield dataclasses.replace(
                event,
                seq=event.seq + k * 1_000_000,
                hlc=str(Hlc(hlc.wall_ms + k * DAY_MS, hlc.counter)),
            )


def test_thirty_busy_days_are_the_sum_of_their_days(caplog: pytest.LogCaptureFixture) -> None:
    """A month's figures are its days' figures added up (how long it takes is a benchmark)."""
    caplog.set_level(logging.ERROR)
    events = list(thirty_days())
    first = date.fromisoformat(DAY)
    result = figures(events, Period.between(DAY, (first + timedelta(days=29)).isoformat()))
    assert result.events == len(events)
    assert result.skipped == 0
    days = [
        figures(events, Period.of([(first + timedelta(days=k)).isoformat()])) for k in range(30)
    ]
    month = result.waits.get()
    assert month.tickets > 30 * 200
    assert month.tickets == sum(day.waits.get().tickets for day in days)
    assert month.called == sum(day.waits.get().called for day in days)
    assert month.within_target == sum(day.waits.get().within_target for day in days)
