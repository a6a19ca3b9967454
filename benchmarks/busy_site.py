"""A busy site's month of journal events, made from the day simulation, seeded.

30 simulated days (``core.day_simulation``, seeds 1 to 30, 400 visitors a day, 4 desks, 2
kiosks), each moved onto its own date, plus what the kiosks record besides the queue:
feedback after a journey, e-form sessions page by page, submissions, documents, help
requests and a printer fault now and then, drawn from a seeded generator. The dashboard
benchmark measures over it, and the dashboard screenshots show it.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from core.appointments import Appointment
from core.clock import Hlc
from core.dashboard_figures import JOURNEYS
from core.day_arrivals import Kind
from core.day_simulation import DAY, DaySimulation
from core.events import Event, EventType, JsonObject, Scope
from core.site_day import DAY_MS, SiteCalendar

DAYS = 30
VISITORS = 400
SERVICES = ("housing", "council-tax-benefits", "parking", "registrars", "general-enquiries")
FORMS = {
    "apply-parking-permit": ("permit_type", "address", "vehicle_registration", "logbook"),
    "report-missed-bin": ("address", "bins", "due_date", "full_name"),
    "tell-us-you-have-moved": ("move_type", "new_address", "move_date", "tenure"),
    "send-housing-benefit-evidence": ("claim_reference", "date_of_birth", "income_evidence"),
}
RATINGS = (1, 2, 3, 4, 5)
RATING_WEIGHTS = (7, 8, 10, 30, 45)


@dataclass(slots=True)
class _Kiosks:
    """Kiosk terminals writing the non-queue events, each numbering its own."""

    site: str
    seq: dict[str, int] = dataclasses.field(default_factory=dict)
    # The simulated queue's events take each day's first seqs (see ``busy_site``).
    base: int = 0

    def next_day(self, base: int) -> None:
        """Number the next day's events after ``base``."""
        self.seq.clear()
        self.base = base

    def event(
        self, origin: str, wall_ms: int, kind: str, payload: JsonObject, scope: Scope
    ) -> Event:
        seq = self.seq[origin] = self.seq.get(origin, self.base) + 1
        return Event(
            id=f"{origin}-{seq:07d}",
            origin=origin,
            seq=seq,
            hlc=str(Hlc(wall_ms, 0)),
            site=self.site,
            type=kind,
            scope=scope,
            payload=payload,
            recorded_at="",
        )


@dataclass(slots=True)
class _Day:
    """One simulated day: its queue events, its appointment list, and who came in."""

    events: list[Event]
    booked: list[Appointment]
    came: int


def _queue_day(seed: int) -> _Day:
    """One simulated day's queue events, its booked appointments (as the case service would
    have sent the list), and how many people came in (no-shows aside)."""
    simulation = DaySimulation(seed=seed, visitors=VISITORS)
    report = simulation.run()
    came = sum(n for kind, n in report.visitors.items() if kind != "no-show")
    booked = [
        Appointment(
            f"TH-{p.id:05d}", p.service, simulation.start_ms + p.slot * 60_000, 20, f"p{p.id}"
        )
        for p in simulation.plan
        if p.kind is Kind.APPOINTMENT and p.slot is not None
    ]
    return _Day(simulation.events, booked, came)


def _kiosk_day(kiosks: _Kiosks, rng: random.Random, day_start: int) -> Iterator[Event]:
    """One day's feedback, e-form sessions, submissions, documents, help and faults."""

    def at() -> int:
        return day_start + rng.randrange(9 * 60, 17 * 60) * 60_000 + rng.randrange(60_000)

    c = Scope.CENTRAL
    for _ in range(90):
        payload: JsonObject = {
            "rating": rng.choices(RATINGS, RATING_WEIGHTS)[0],
            "service": rng.choice(SERVICES),
            "language": "en",
            "comment": None,
        }
        if rng.random() < 0.9:  # older kiosks name no journey
            payload["journey"] = rng.choice(JOURNEYS)
        yield kiosks.event(
            rng.choice(("kiosk-1", "kiosk-2")), at(), EventType.FEEDBACK_GIVEN, payload, c
        )
    for _ in range(45):
        form, pages = rng.choice(list(FORMS.items()))
        origin, start = rng.choice(("kiosk-1", "kiosk-2")), at()
        assisted = rng.random() < 0.2
        base = {"form": form, "version": "1", "language": "en", "assisted": assisted}
        reached = len(pages) if rng.random() < 0.7 else rng.randrange(len(pages))
        for i, page in enumerate(pages[: reached or 1]):
            yield kiosks.event(
                origin, start + i * 40_000, EventType.FORM_PAGE_ENTERED, {**base, "page": page}, c
            )
        end = start + len(pages) * 40_000
        if reached == len(pages):
            yield kiosks.event(origin, end, EventType.FORM_COMPLETED, {**base, "seconds": 200.0}, c)
            submitted = {"form": form, "reference": "X", "assisted": assisted}
            yield kiosks.event(origin, end, EventType.SUBMISSION_FINALISED, submitted, c)
        else:
            gave_up = {**base, "page": pages[reached], "reason": "timed_out", "seconds": 90.0}
            yield kiosks.event(origin, end, EventType.FORM_ABANDONED, gave_up, c)
    for _ in range(20):
        sent = {"document": "proof-of-address", "pages": 2, "assisted": rng.random() < 0.3}
        yield kiosks.event("kiosk-1", at(), EventType.DOCUMENT_CAPTURED, sent, c)
    for _ in range(8):
        asked = kiosks.event(
            "kiosk-2",
            at(),
            EventType.HELP_REQUESTED,
            {"kiosk": "kiosk-2", "screen": "home"},
            Scope.SITE,
        )
        yield asked
        if rng.random() < 0.85:
            when = int(Hlc.parse(asked.hlc).wall_ms) + rng.randrange(30_000, 600_000)
            yield kiosks.event(
                "desk-1",
                when,
                EventType.HELP_ANSWERED,
                {"desk": "desk-1", "request": asked.id},
                Scope.SITE,
            )
    if rng.random() < 0.3:
        fault = {"printer": "roll", "fault": rng.choice(("paper_out", "offline"))}
        yield kiosks.event("kiosk-1", at(), "printer.fault", fault, Scope.SITE)


def _moved(event: Event, seq_base: int, by_ms: int) -> Event:
    """A simulated day's event moved onto another date, numbered after ``seq_base`` (ids,
    and the ids and slot times its payload refers to, move with it)."""

    def renumbered(ref: object) -> str:
        origin, _, seq = str(ref).rpartition("-")
        return f"{origin}-{int(seq) + seq_base:07d}"

    payload = dict(event.payload)
    for key in ("ticket", "visitor"):
        if key in payload:
            payload[key] = renumbered(payload[key])
    if isinstance(payload.get("slot_ms"), int):
        payload["slot_ms"] = int(payload["slot_ms"]) + by_ms
    hlc = Hlc.parse(event.hlc)
    return dataclasses.replace(
        event,
        id=renumbered(event.id),
        seq=event.seq + seq_base,
        hlc=str(Hlc(hlc.wall_ms + by_ms, hlc.counter)),
        payload=payload,
    )


@dataclass(slots=True)
class BusySite:
    """A busy site's journal events and how many people came in over the days."""

    events: list[Event]
    visits: int
    appointments: dict[str, list[Appointment]]

    def appointments_for(self, day: str) -> list[Appointment]:
        """The site's appointment list for a day (none for a day outside the month)."""
        return self.appointments.get(day, [])


def busy_site(days: int = DAYS, first_day: str = DAY, seed: int = 1) -> BusySite:
    """A busy site's journal over ``days`` days from ``first_day``: the queue as simulated,
    plus the kiosks' other events; the same seed gives the same events."""
    calendar = SiteCalendar()
    shift = calendar.start_of_day_ms(first_day) - calendar.start_of_day_ms(DAY)
    rng = random.Random(seed)
    out: list[Event] = []
    visits = 0
    lists: dict[str, list[Appointment]] = {}
    kiosks: _Kiosks | None = None
    for k in range(days):
        moved = k * DAY_MS + shift
        day = _queue_day(seed + k)
        visits += day.came
        out.extend(_moved(event, k * 1_000_000, moved) for event in day.events)
        on = (date.fromisoformat(first_day) + timedelta(days=k)).isoformat()
        lists[on] = [dataclasses.replace(a, slot_ms=a.slot_ms + moved) for a in day.booked]
        kiosks = kiosks or _Kiosks(day.events[0].site)
        kiosks.next_day(k * 1_000_000 + 500_000)
        out.extend(_kiosk_day(kiosks, rng, calendar.start_of_day_ms(DAY) + moved))
    return BusySite(out, visits, lists)
