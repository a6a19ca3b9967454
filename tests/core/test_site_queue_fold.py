"""The queue is a deterministic fold: any order, any duplicates, the same queue everywhere."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from core.clock import Hlc
from core.events import Event, EventType, Scope
from core.site_day import SiteCalendar
from core.site_queue import SiteQueue, TicketState

CAL = SiteCalendar()
DAY = "2026-11-23"
TEN_AM = CAL.at(DAY, "10:00")
TERMINALS = ("kiosk-1", "kiosk-2", "desk-1", "desk-2")


class Script:
    """Builds a day's events from several terminals, each with its own seq and clock."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.seq = dict.fromkeys(TERMINALS, 0)
        self.tickets: list[str] = []

    def record(self, origin: str, kind: str, payload: dict[str, object], at_ms: int) -> Event:
        self.seq[origin] += 1
        seq = self.seq[origin]
        event = Event(
            id=f"{origin}-{seq:04d}",
            origin=origin,
            seq=seq,
            hlc=str(Hlc(at_ms, seq % 3)),
            site="idea-store-whitechapel",
            type=kind,
            scope=Scope.SITE,
            payload=payload,
            recorded_at="2026-11-23T10:00:00.000Z",
        )
        self.events.append(event)
        return event

    def issue(self, origin: str, n: int, at_ms: int, priority: bool = False) -> str:
        event = self.record(
            origin,
            EventType.TICKET_ISSUED,
            {"number": f"H-{n:03d}", "service": "housing", "language": "en", "priority": priority},
            at_ms,
        )
        self.tickets.append(event.id)
        return event.id

    def desk_action(self, desk: str, kind: str, ticket: str, at_ms: int, **extra: object) -> None:
        self.record(desk, kind, {"ticket": ticket, "desk": desk, **extra}, at_ms)


ACTIONS = (
    EventType.TICKET_CALLED,
    EventType.TICKET_RECALLED,
    EventType.TICKET_HELD,
    EventType.TICKET_NO_SHOW,
    EventType.TICKET_COMPLETED,
    EventType.TICKET_TRANSFERRED,
)


def build_day(rng: random.Random, steps: int) -> Script:
    """A random but plausible day: tickets, calls (some conflicting), holds, completions."""
    script = Script()
    for desk in ("desk-1", "desk-2"):
        script.record(
            desk,
            EventType.DESK_OPENED,
            {"desk": desk, "name": desk.title(), "services": ["housing", "parking"]},
            TEN_AM,
        )
    n = {"kiosk-1": 1, "kiosk-2": 2}
    at = TEN_AM
    for _ in range(steps):
        at += rng.choice((0, 0, 1, 250, 60_000))  # ties happen: equal wall times
        if not script.tickets or rng.random() < 0.35:
            kiosk = rng.choice(("kiosk-1", "kiosk-2"))
            script.issue(kiosk, n[kiosk], at, priority=rng.random() < 0.2)
            n[kiosk] += 10
            continue
        desk = rng.choice(("desk-1", "desk-2"))
        kind = rng.choice(ACTIONS)
        extra: dict[str, object] = {}
        if kind == EventType.TICKET_COMPLETED:
            extra["outcome"] = rng.choice(("resolved_first_contact", "signposted", "referred"))
        if kind == EventType.TICKET_TRANSFERRED:
            extra["to_service"] = "parking"
            extra["to_desk"] = rng.choice((None, "desk-1", "desk-2"))
        script.desk_action(desk, kind, rng.choice(script.tickets), at, **extra)
    return script


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(0, 2**32), steps=st.integers(1, 60), data=st.data())
def test_any_order_and_any_duplicates_give_the_same_queue(
    seed: int, steps: int, data: st.DataObject
) -> None:
    script = build_day(random.Random(seed), steps)
    reference = SiteQueue.fold(script.events, DAY, CAL)
    shuffled = data.draw(st.permutations(script.events))
    repeats = data.draw(st.lists(st.sampled_from(script.events), max_size=20))
    delivered = [*shuffled, *repeats]
    assert SiteQueue.fold(delivered, DAY, CAL).signature() == reference.signature()
    # Arriving one at a time, as from peers over the network, gives the same queue too.
    incremental = SiteQueue(DAY, CAL)
    for event in delivered:
        incremental.add(event)
    assert incremental.signature() == reference.signature()
    assert incremental.event_count == len(script.events)


def test_two_desks_calling_one_ticket_the_earlier_call_wins_and_the_other_desk_is_told() -> None:
    script = Script()
    ticket = script.issue("kiosk-1", 1, TEN_AM)
    # Partitioned: neither desk saw the other's call. desk-2's call is 3 ms earlier.
    script.desk_action("desk-1", EventType.TICKET_CALLED, ticket, TEN_AM + 60_003)
    script.desk_action("desk-2", EventType.TICKET_CALLED, ticket, TEN_AM + 60_000)
    for order in (script.events, list(reversed(script.events))):
        queue = SiteQueue.fold(order, DAY, CAL)
        served = queue.tickets[ticket]
        assert (served.state, served.desk) == (TicketState.CALLED, "desk-2")
        [conflict] = queue.conflicts
        assert (conflict.winner, conflict.loser, conflict.number) == ("desk-2", "desk-1", "H-001")
        assert [c.desk for c in queue.calls] == ["desk-2"]


def test_equal_times_break_ties_by_origin_so_every_terminal_agrees() -> None:
    script = Script()
    ticket = script.issue("kiosk-1", 1, TEN_AM)
    script.desk_action("desk-2", EventType.TICKET_CALLED, ticket, TEN_AM + 5_000)
    script.desk_action("desk-1", EventType.TICKET_CALLED, ticket, TEN_AM + 5_000)
    queue = SiteQueue.fold(script.events, DAY, CAL)
    assert queue.tickets[ticket].desk == "desk-1"  # same hlc: "desk-1" sorts first
    assert queue.conflicts[0].loser == "desk-2"


def test_the_losing_desk_cannot_complete_a_ticket_it_lost() -> None:
    script = Script()
    ticket = script.issue("kiosk-1", 1, TEN_AM)
    script.desk_action("desk-1", EventType.TICKET_CALLED, ticket, TEN_AM + 1_000)
    script.desk_action("desk-2", EventType.TICKET_CALLED, ticket, TEN_AM + 2_000)
    script.desk_action(
        "desk-2", EventType.TICKET_COMPLETED, ticket, TEN_AM + 3_000, outcome="signposted"
    )
    queue = SiteQueue.fold(script.events, DAY, CAL)
    assert queue.tickets[ticket].state is TicketState.CALLED
    assert [c.loser for c in queue.conflicts] == ["desk-2", "desk-2"]


def test_events_from_another_day_are_history_not_todays_queue() -> None:
    script = Script()
    script.issue("kiosk-1", 1, TEN_AM - 86_400_000)
    today = script.issue("kiosk-1", 11, TEN_AM)
    queue = SiteQueue.fold(script.events, DAY, CAL)
    assert list(queue.tickets) == [today]


def test_a_malformed_event_from_a_peer_is_left_out_and_the_rest_still_fold() -> None:
    script = Script()
    script.record("kiosk-2", EventType.TICKET_ISSUED, {"number": 17}, TEN_AM)
    script.record("kiosk-2", EventType.TICKET_CALLED, {"ticket": "nope", "desk": "d"}, TEN_AM)
    script.record("kiosk-2", "ticket.from_the_future", {"anything": True}, TEN_AM)
    good = script.issue("kiosk-1", 1, TEN_AM + 1)
    queue = SiteQueue.fold(script.events, DAY, CAL)
    assert list(queue.tickets) == [good]
    assert queue.skipped == 2


def test_the_same_appointment_checked_in_at_two_kiosks_counts_once() -> None:
    script = Script()
    payload = {"service": "housing", "appointment": "TH-5WD2K", "slot_ms": TEN_AM}
    first = script.record(
        "kiosk-2", EventType.APPOINTMENT_CHECKED_IN, {**payload, "number": "H-002"}, TEN_AM
    )
    script.record(
        "kiosk-1", EventType.APPOINTMENT_CHECKED_IN, {**payload, "number": "H-001"}, TEN_AM + 9
    )
    queue = SiteQueue.fold(script.events, DAY, CAL)
    assert list(queue.tickets) == [first.id]


def test_two_terminals_sharing_a_block_are_reported_as_a_clash() -> None:
    script = Script()
    script.issue("kiosk-1", 1, TEN_AM)
    script.issue("kiosk-2", 1, TEN_AM + 1)
    assert SiteQueue.fold(script.events, DAY, CAL).number_clashes == ["H-001"]
