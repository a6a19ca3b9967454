"""Wait estimates play the desks' call policy forward, so residents are told a fair time."""

from __future__ import annotations

from itertools import count

import pytest

from core.clock import Hlc
from core.events import Event, EventType, JsonObject, Scope
from core.site_day import SiteCalendar
from core.site_queue import SiteQueue, Ticket
from core.wait_estimate import WaitEstimator

CALENDAR = SiteCalendar()
DAY = "2026-11-23"
NINE = CALENDAR.at(DAY, "09:00")
MINUTE = 60_000


class Site:
    """A queue fed hand-made events at set minutes after 09:00."""

    def __init__(self) -> None:
        self.queue = SiteQueue(DAY, CALENDAR)
        self._seq = count(1)
        self.now = NINE

    def record(self, minute: float, kind: EventType, payload: JsonObject) -> Event:
        self.now = NINE + int(minute * MINUTE)
        seq = next(self._seq)
        event = Event(
            f"e{seq:04d}", "t", seq, str(Hlc(self.now, seq)), "s", kind, Scope.SITE, payload, ""
        )
        self.queue.add(event)
        return event

    def desk(self, desk: str, *services: str, minute: float = 0) -> None:
        payload = {"desk": desk, "name": desk, "services": list(services)}
        self.record(minute, EventType.DESK_OPENED, payload)

    def ticket(self, minute: float, service: str, **extra: object) -> Ticket:
        n = len(self.queue.tickets) + 1
        payload = {"number": f"X-{n:03d}", "service": service, **extra}
        event = self.record(minute, EventType.TICKET_ISSUED, payload)
        return self.queue.tickets[event.id]

    def serve(self, minute: float, desk: str, ticket: Ticket, minutes: float) -> None:
        self.record(minute, EventType.TICKET_CALLED, {"desk": desk, "ticket": ticket.id})
        done = {"desk": desk, "ticket": ticket.id, "outcome": "resolved_first_contact"}
        self.record(minute + minutes, EventType.TICKET_COMPLETED, done)


@pytest.fixture
def site() -> Site:
    return Site()


def test_people_waiting_for_another_service_at_a_shared_desk_count(site: Site) -> None:
    site.desk("d1", "housing", "general-enquiries")
    for minute in (1, 2, 3):
        site.ticket(minute, "general-enquiries")
    mine = site.ticket(4, "housing")
    wait = WaitEstimator(usual_minutes=10).estimate(site.queue, mine, site.now)
    # First for housing, but the only desk sees three general enquiries first.
    assert wait.position == 1
    assert 28 <= wait.minutes <= 31, wait


def test_a_due_appointment_goes_ahead_of_an_earlier_walk_in(site: Site) -> None:
    site.desk("d1", "housing")
    walk_in = site.ticket(1, "housing")
    site.ticket(2, "housing", appointment="TH-1", slot_ms=NINE + 3 * MINUTE)
    wait = WaitEstimator(usual_minutes=10).estimate(site.queue, walk_in, site.now)
    assert wait.position == 2
    assert wait.minutes >= 10


def test_a_conversation_in_progress_counts_what_is_left_of_it(site: Site) -> None:
    site.desk("d1", "parking")
    site.serve(0, "d1", site.ticket(0, "parking"), minutes=6)  # today: 6-minute chats
    talking = site.ticket(10, "parking")
    site.record(10, EventType.TICKET_CALLED, {"desk": "d1", "ticket": talking.id})
    mine = site.ticket(12, "parking")
    wait = WaitEstimator(usual_minutes=10).estimate(site.queue, mine, site.now)
    assert wait.basis == "recent"
    assert wait.minutes == 4  # 6-minute mean, 2 minutes in


def test_with_no_desk_open_the_estimate_is_as_if_one_opened(site: Site) -> None:
    site.ticket(1, "registrars")
    estimator = WaitEstimator(usual_minutes=8)
    wait = estimator.for_new_ticket(site.queue, "registrars", site.now)
    assert (wait.position, wait.minutes, wait.desks, wait.basis) == (2, 8, 0, "usual")


def test_two_desks_halve_the_wait(site: Site) -> None:
    site.desk("d1", "libraries")
    for minute in range(4):
        site.ticket(minute, "libraries")
    one = WaitEstimator(usual_minutes=5).for_new_ticket(site.queue, "libraries", site.now)
    site.desk("d2", "libraries", minute=3)
    two = WaitEstimator(usual_minutes=5).for_new_ticket(site.queue, "libraries", site.now)
    assert (one.minutes, two.minutes) == (20, 10)
    assert two.desks == 2 and two.position == 5
