"""One simulated day at one site, driving the real queue code: how good are the estimates?

Each kiosk and desk is a simulated terminal with its own hybrid logical clock reading a
simulated wall clock. Every action is recorded as a real ``core.events.Event`` and folded
by the same ``SiteQueue`` the terminals run (incrementally, with ``add``); desks choose
whom to call with ``next_ticket``; numbers come from ``next_number`` with each terminal's
own block; each resident is told ``WaitEstimator.estimate`` the moment their ticket is
issued. No journal is written: the fold is the same code, and the day runs in a second.

Who comes and how long they take is planned in ``core.day_arrivals`` (with the sources).
The day: desks open 09:00-17:00, kiosks issue tickets until 16:45, and desks see everyone
holding a ticket even if that runs past 17:00.
"""

from __future__ import annotations

import heapq
import json
import math
import random
from collections import Counter
from dataclasses import asdict, dataclass, field

from core.clock import Hlc
from core.day_arrivals import (
    LETTERS,
    MINUTE_MS,
    DayMix,
    Kind,
    SimTerminal,
    SimWall,
    Visitor,
    desk_skills,
    plan_day,
)
from core.events import Event, EventType, JsonObject
from core.next_ticket import next_ticket
from core.site_day import SiteCalendar
from core.site_queue import Outcome, SiteQueue, Ticket, TicketState
from core.ticket_numbers import next_number
from core.visitors import badge_number
from core.wait_estimate import WaitEstimator

DAY = "2026-11-23"
OPEN_HOURS = 8
STOP_CALLING_MINUTE = 13 * 60  # 22:00: anyone still waiting then is not seen today
NO_SHOW_GRACE_MIN = 2.0
# How conversations end (assumed shares; Barking and Dagenham measures first-contact resolution).
OUTCOMES: tuple[Outcome, ...] = (
    Outcome.RESOLVED,
    Outcome.SIGNPOSTED,
    Outcome.APPOINTMENT_BOOKED,
    Outcome.REFERRED,
    Outcome.CASE_OPENED,
)
OUTCOME_SHARES = (0.6, 0.15, 0.1, 0.1, 0.05)


@dataclass(slots=True)
class _Desk:
    terminal: SimTerminal
    services: tuple[str, ...]
    serving: str | None = None
    served: int = 0


@dataclass(slots=True)
class DayReport:
    """What one simulated day shows. Waits and errors are in minutes.

    Attributes:
        visitors: everyone who came in (or was booked), by kind; ``no-show`` counts
            appointments nobody came for.
        tickets: tickets issued; ``served`` were completed at a desk.
        walked_away: walk-ins called after they had given up and gone.
        not_seen: tickets still waiting when desks stopped calling at 22:00.
        estimate_mae: mean absolute error of the estimate given at issue against the
            actual wait until first called; ``estimate_bias`` is the mean signed error
            (positive: residents waited longer than they were told).
        walk_ins_within_10: share of walk-ins called within 10 minutes (the standard).
        everyone_within_30: share of all tickets called within 30 minutes (target 0.8);
            appointments count from their slot if they came early.
        throughput_per_desk_hour: conversations completed per desk per opening hour.
        last_called: local time of the day's last call.
    """

    seed: int
    desks: int
    kiosks: int
    visitors: dict[str, int]
    tickets: int
    served: int
    walked_away: int
    not_seen: int
    appointments_missed: int
    estimate_mae: float
    estimate_bias: float
    walk_ins_within_10: float
    everyone_within_30: float
    mean_wait: float
    p90_wait: float
    throughput_per_desk_hour: float
    served_by_desk: dict[str, int] = field(default_factory=dict)
    last_called: str = ""
    number_clashes: int = 0

    def text(self) -> str:
        """The report for people to read."""
        kinds = ", ".join(f"{k} {v}" for k, v in self.visitors.items())
        by_desk = ", ".join(f"{k} {v}" for k, v in self.served_by_desk.items())
        return "\n".join(
            [
                f"Simulated day (seed {self.seed}): {self.desks} desks, {self.kiosks} kiosks, "
                f"open 09:00-17:00",
                f"  visitors: {sum(self.visitors.values())} ({kinds})",
                f"  tickets issued {self.tickets}, served {self.served}, "
                f"walked away {self.walked_away}, not seen {self.not_seen}, "
                f"appointments missed {self.appointments_missed}",
                f"  served by desk: {by_desk}; last call at {self.last_called}",
                f"  wait estimate error (told at issue vs called): mean {self.estimate_mae:.1f} "
                f"min, bias {self.estimate_bias:+.1f} min",
                f"  walk-ins seen within 10 minutes: {self.walk_ins_within_10:.0%} (standard: all)",
                f"  everyone seen within 30 minutes: {self.everyone_within_30:.0%} (target: 80%)",
                f"  wait: mean {self.mean_wait:.1f} min, 90th percentile {self.p90_wait:.1f} min",
                f"  throughput: {self.throughput_per_desk_hour:.1f} conversations per desk-hour",
                f"  number clashes: {self.number_clashes}",
            ]
        )


class DaySimulation:
    """Runs one day; ``run()`` returns the report and leaves ``queue`` for inspection."""

    def __init__(
        self,
        seed: int = 1,
        visitors: int = 400,
        desks: int = 4,
        kiosks: int = 2,
        estimator: WaitEstimator | None = None,
        mix: DayMix | None = None,
    ) -> None:
        if kiosks < 1 or desks < 1 or kiosks + desks > 9:
            raise ValueError("a site needs 1 or more kiosks and desks, 9 terminals at most")
        if visitors < 0:
            raise ValueError("visitors cannot be negative")
        self.seed, self.desks_n, self.kiosks_n = seed, desks, kiosks
        self.rng = random.Random(seed)  # noqa: S311 (a repeatable simulation, not a secret)
        self.estimator = estimator or WaitEstimator()
        calendar = SiteCalendar()
        self.start_ms = calendar.at(DAY, "09:00")
        self.calendar = calendar
        self.wall = SimWall(self.start_ms)
        self.queue = SiteQueue(DAY, calendar)
        self.events: list[Event] = []  # the site's journal for the day, in the order recorded
        self.kiosks = [SimTerminal(f"kiosk-{i + 1}", i + 1, self.wall) for i in range(kiosks)]
        self.desks = [
            _Desk(SimTerminal(f"desk-{i + 1}", kiosks + i + 1, self.wall), skills)
            for i, skills in enumerate(desk_skills(desks))
        ]
        self._terminals = self.kiosks + [d.terminal for d in self.desks]
        self.plan = plan_day(self.rng, visitors, kiosks, mix or DayMix())
        self.people: dict[str, Visitor] = {}
        self.told: dict[str, int] = {}
        self._heap: list[tuple[float, int, str, object]] = []
        self._order = 0

    # -- the event loop ----------------------------------------------------------------

    def _at(self, minute: float, action: str, arg: object) -> None:
        self._order += 1
        heapq.heappush(self._heap, (minute, self._order, action, arg))

    def _record(self, terminal: SimTerminal, kind: EventType, payload: JsonObject) -> Event:
        event = terminal.event(kind, payload)
        self.events.append(event)
        self.queue.add(event)
        # Every terminal sees every event at once (a healthy site network), as replication
        # would deliver it: their clocks observe it, so later actions fold after it.
        seen = Hlc.parse(event.hlc)
        for other in self._terminals:
            other.clock.observe(seen)
        return event

    def run(self) -> DayReport:
        """Play the day out and report on it."""
        for desk in self.desks:
            name = f"Desk {desk.terminal.origin.split('-')[1]}"
            self._record(
                desk.terminal,
                EventType.DESK_OPENED,
                {"desk": desk.terminal.origin, "name": name, "services": list(desk.services)},
            )
        for person in self.plan:
            self._at(person.arrives, "arrive", person)
        while self._heap:
            minute, _, action, arg = heapq.heappop(self._heap)
            self.wall.ms = self.start_ms + int(minute * MINUTE_MS)
            if action == "arrive":
                assert isinstance(arg, Visitor)
                self._arrive(arg)
            elif action == "done":
                assert isinstance(arg, _Desk)
                self._finish(arg)
            elif action == "leave":
                assert isinstance(arg, tuple)
                self._record(arg[0], EventType.VISITOR_SIGNED_OUT, {"visitor": arg[1]})
            self._dispatch(minute)
        for desk in self.desks:
            self._record(desk.terminal, EventType.DESK_CLOSED, {"desk": desk.terminal.origin})
        return self.report()

    def report(self) -> DayReport:
        """The figures for the day played so far."""
        tickets = list(self.queue.tickets.values())
        counts = Counter(p.kind for p in self.plan if not p.no_show)
        kinds = {str(k): counts[k] for k in Kind}
        kinds["no-show"] = sum(1 for p in self.plan if p.no_show)
        called = [t for t in tickets if t.called_ms is not None]
        errors = [
            (t.called_ms - t.issued_ms) / MINUTE_MS - self.told[t.id]
            for t in called
            if t.called_ms is not None
        ]
        waits = {t.id: self._waited(t) for t in called}
        walk_ins = [t for t in tickets if not t.is_appointment]
        last = max((t.called_ms or 0 for t in tickets), default=self.start_ms)
        return DayReport(
            seed=self.seed,
            desks=self.desks_n,
            kiosks=self.kiosks_n,
            visitors=dict(kinds),
            tickets=len(tickets),
            served=sum(d.served for d in self.desks),
            walked_away=sum(1 for t in tickets if t.state is TicketState.NO_SHOW),
            not_seen=sum(1 for t in tickets if t.called_ms is None),
            appointments_missed=kinds["no-show"],
            estimate_mae=_mean([abs(e) for e in errors]),
            estimate_bias=_mean(errors),
            walk_ins_within_10=_share(walk_ins, waits, 10),
            everyone_within_30=_share(tickets, waits, 30),
            mean_wait=_mean(list(waits.values())),
            p90_wait=percentile(list(waits.values()), 0.9),
            throughput_per_desk_hour=sum(d.served for d in self.desks)
            / (self.desks_n * OPEN_HOURS),
            served_by_desk={d.terminal.origin: d.served for d in self.desks},
            last_called=self.calendar.clock_text(last),
            number_clashes=len(self.queue.number_clashes),
        )

    def _waited(self, ticket: Ticket) -> float:
        """Minutes from issue (or from the slot, for an early appointment) to first call."""
        assert ticket.called_ms is not None
        start = max(ticket.issued_ms, ticket.slot_ms or 0)
        return max(ticket.called_ms - start, 0) / MINUTE_MS

    def _arrive(self, person: Visitor) -> None:
        kiosk = self.kiosks[person.kiosk]
        if person.kind is Kind.BUSINESS:
            visitor = f"visitor-{person.id}"
            payload = {
                "visitor": visitor,
                "badge": badge_number(self.queue, kiosk.block),
                "company": "Contractor",
                "host": "staff-1",
            }
            self._record(kiosk, EventType.VISITOR_SIGNED_IN, payload)
            self._at(person.arrives + person.talk, "leave", (kiosk, visitor))
        elif person.kind is Kind.WALK_IN:
            # Priority and assisted visits are often raised at a desk by the floorwalker.
            issuer = self.rng.choice(self.desks).terminal if person.priority else kiosk
            self._issue(issuer, EventType.TICKET_ISSUED, person, {"kind": "walk_in"})
        elif person.kind is Kind.APPOINTMENT and not person.no_show:
            assert person.slot is not None
            slot_ms = self.start_ms + person.slot * MINUTE_MS
            extra = {"kind": "appointment", "appointment": f"TH-{person.id:05d}"}
            self._issue(
                kiosk, EventType.APPOINTMENT_CHECKED_IN, person, extra | {"slot_ms": slot_ms}
            )

    def _issue(
        self, terminal: SimTerminal, kind: EventType, person: Visitor, extra: JsonObject
    ) -> None:
        number = next_number(self.queue, LETTERS[person.service], terminal.block)
        payload: JsonObject = {"number": number, "service": person.service, "language": "en"}
        payload |= {"priority": person.priority, **extra}
        event = self._record(terminal, kind, payload)
        ticket = self.queue.tickets[event.id]
        self.people[ticket.id] = person
        self.told[ticket.id] = self.estimator.estimate(self.queue, ticket, self.wall.ms).minutes

    def _dispatch(self, minute: float) -> None:
        for desk in self.desks:
            if desk.serving is not None or minute >= STOP_CALLING_MINUTE:
                continue
            ticket = next_ticket(self.queue, desk.services, desk.terminal.origin, self.wall.ms)
            if ticket is None:
                continue
            payload = {"desk": desk.terminal.origin, "ticket": ticket.id}
            self._record(desk.terminal, EventType.TICKET_CALLED, payload)
            desk.serving = ticket.id
            person = self.people[ticket.id]
            waited = (self.wall.ms - ticket.issued_ms) / MINUTE_MS
            gone = waited > person.patience
            self._at(minute + (NO_SHOW_GRACE_MIN if gone else person.talk), "done", desk)

    def _finish(self, desk: _Desk) -> None:
        assert desk.serving is not None
        ticket = self.queue.tickets[desk.serving]
        desk.serving = None
        person = self.people[ticket.id]
        assert ticket.called_ms is not None
        waited = (ticket.called_ms - ticket.issued_ms) / MINUTE_MS
        payload: JsonObject = {"desk": desk.terminal.origin, "ticket": ticket.id}
        if waited > person.patience:
            self._record(desk.terminal, EventType.TICKET_NO_SHOW, payload)
            return
        payload["outcome"] = self.rng.choices(OUTCOMES, weights=OUTCOME_SHARES)[0].value
        self._record(desk.terminal, EventType.TICKET_COMPLETED, payload)
        desk.served += 1


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _share(tickets: list[Ticket], waits: dict[str, float], minutes: float) -> float:
    """Share of ``tickets`` called within ``minutes`` (never called counts as not seen)."""
    if not tickets:
        return 1.0
    return sum(1 for t in tickets if waits.get(t.id, math.inf) <= minutes) / len(tickets)


def percentile(values: list[float], share: float) -> float:
    """The value below which ``share`` of values fall (nearest rank); 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(math.ceil(share * len(ordered)) - 1, 0))]


def simulate_day(
    seed: int = 1,
    visitors: int = 400,
    desks: int = 4,
    kiosks: int = 2,
    estimator: WaitEstimator | None = None,
) -> DayReport:
    """Simulate one day and report on it."""
    return DaySimulation(seed, visitors, desks, kiosks, estimator).run()


def run_from_cli(seed: int, visitors: int, desks: int, kiosks: int, as_json: bool) -> str:
    """What ``main.py simulate-day`` prints: the report as text or JSON."""
    report = simulate_day(seed, visitors, desks, kiosks)
    if as_json:
        return json.dumps(asdict(report), indent=2, sort_keys=True)
    return report.text()
