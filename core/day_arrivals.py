"""Who comes to an Idea Store in one simulated day, how long they talk, and the site's desks.

What the council papers in /work/shared/seeds told us, and what we assumed:

- About 400 visitors a day: Thurrock's cabinet report (004, para 2.2) counts "8,000
  face-to-face visits to the civic offices" a month, about 400 a working day.
- Walk-ins are the majority. Barking and Dagenham (003) promises that "customers without
  appointments should wait no longer than 10 minutes to have an initial conversation"
  and measures "% average waiting time of customers in (<30 mins)" against an 80% target.
- Appointments: Barking and Dagenham wants "appointments whenever possible" and counts
  "appointments offered vs attended" (so some do not come: we assume 1 in 10). Thurrock
  offers an "appointment service only for vulnerable service users", so about a third
  of bookings here are for vulnerable residents and are priority. Slots follow the demo
  book (assets/demo/appointments.json): 09:30 to 16:20, 20 or 30 minutes apart.
- Business visitors check themselves in at a kiosk instead of a reception desk (Thurrock,
  para 4): they never queue but count as visitors.
- Assisted self-service (Tower Hamlets' plan, 000): some residents only use a kiosk, with a
  floorwalker nearby, and never take a ticket. We assume a quarter of visitors.
- Services: Thurrock lists housing benefits, council tax, rents, waste, and "parking
  permits and bus passes" as the common face-to-face enquiries; Barking notes that
  revenues and benefits contacts "are more complex and take longer".

Assumptions the papers do not give (change them here): the shape of the day, with a
morning peak around 10:00-11:00 and a lunchtime peak 12:00-14:00 ("peaks and troughs"
are named in 003 but not measured); 1 in 20 walk-ins recorded as priority or assisted;
1 in 30 walk-ins give up and leave before being called; conversation lengths are
lognormal with the means in ``SERVICE_MINUTES`` and a spread (sigma) of 0.5.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from enum import StrEnum

from core.clock import HybridLogicalClock
from core.events import Event, EventType, JsonObject, Scope

MINUTE_MS = 60_000
SITE = "demo-idea-store"

# Mean conversation minutes per service (assumed; lognormal, sigma SPREAD).
SERVICE_MINUTES = {
    "housing": 10.0,
    "council-tax-benefits": 9.0,
    "registrars": 8.0,
    "parking": 5.0,
    "waste-environment": 5.0,
    "libraries": 4.0,
    "general-enquiries": 4.0,
}
SPREAD = 0.5
# What walk-ins come for (assumed shares, from the seeds' list of common enquiries).
WALK_IN_MIX = {
    "general-enquiries": 0.26,
    "council-tax-benefits": 0.18,
    "housing": 0.16,
    "parking": 0.16,
    "libraries": 0.10,
    "waste-environment": 0.08,
    "registrars": 0.06,
}
APPOINTMENT_SERVICES = ("housing", "council-tax-benefits", "registrars")
# Relative arrival rate for each hour from 09:00 (morning and lunchtime peaks).
HOURLY_SHAPE = (0.8, 1.3, 1.1, 1.4, 1.3, 0.9, 0.8, 0.4)
LAST_TICKET_MINUTE = 7 * 60 + 45  # 16:45: kiosks stop issuing tickets before closing


@dataclass(frozen=True, slots=True)
class DayMix:
    """The shares of the day's visitors, all assumptions taken from the seeds above."""

    appointments: float = 0.09
    business: float = 0.07
    self_service: float = 0.25
    vulnerable_share_of_appointments: float = 0.33
    appointment_no_show: float = 0.10
    priority_walk_in: float = 0.05
    walk_away: float = 1 / 30


class Kind(StrEnum):
    """Why someone came in."""

    WALK_IN = "walk-in"
    APPOINTMENT = "appointment"
    BUSINESS = "business visitor"
    SELF_SERVICE = "self-service only"


@dataclass(frozen=True, slots=True)
class Visitor:
    """One planned visitor. Minutes are counted from 09:00.

    Attributes:
        arrives: minute they reach a kiosk (for a no-show, when they would have).
        service: what they came for (empty for business and self-service visitors).
        talk: conversation minutes at the desk (or minutes on site for a business visitor).
        priority: priority or assisted visit, or a vulnerable resident's appointment.
        slot: appointment slot minute, if booked.
        no_show: booked but never came.
        patience: minutes a walk-in will wait before leaving (inf for most).
        kiosk: which kiosk they use (0-based).
    """

    id: int
    kind: Kind
    arrives: float
    service: str = ""
    talk: float = 0.0
    priority: bool = False
    slot: int | None = None
    no_show: bool = False
    patience: float = math.inf
    kiosk: int = 0


def talk_minutes(rng: random.Random, service: str) -> float:
    """A lognormal conversation length with the service's mean."""
    mean = SERVICE_MINUTES[service]
    return rng.lognormvariate(math.log(mean) - SPREAD**2 / 2, SPREAD)


def arrival_minute(rng: random.Random, last: float = LAST_TICKET_MINUTE) -> float:
    """A minute after 09:00 drawn from the day's hourly shape (uniform within the hour)."""
    hour = rng.choices(range(len(HOURLY_SHAPE)), weights=HOURLY_SHAPE)[0]
    return min(hour * 60 + rng.random() * 60, last)


def appointment_slots(rng: random.Random, count: int) -> list[int]:
    """``count`` slot minutes on the demo grid: 09:30-16:20, 20 or 30 minutes apart."""
    slots: list[int] = []
    while len(slots) < count:
        minute = 30
        while minute <= 7 * 60 + 20 and len(slots) < count:
            slots.append(minute)
            minute += rng.choice((20, 30))
    return sorted(slots)


def plan_day(rng: random.Random, visitors: int, kiosks: int, mix: DayMix) -> list[Visitor]:
    """Everyone who comes, in arrival order; exactly ``visitors`` people."""
    n_appt = round(visitors * mix.appointments)
    n_business = round(visitors * mix.business)
    n_self = round(visitors * mix.self_service)
    n_walk = max(visitors - n_appt - n_business - n_self, 0)
    people: list[Visitor] = []
    for slot in appointment_slots(rng, n_appt):
        service = rng.choice(APPOINTMENT_SERVICES)
        early = rng.uniform(0, 15) if rng.random() < 0.85 else -rng.uniform(0, 10)
        people.append(
            Visitor(
                0,
                Kind.APPOINTMENT,
                max(slot - early, 0.0),
                service,
                talk_minutes(rng, service),
                priority=rng.random() < mix.vulnerable_share_of_appointments,
                slot=slot,
                no_show=rng.random() < mix.appointment_no_show,
            )
        )
    services, weights = zip(*WALK_IN_MIX.items(), strict=True)
    for _ in range(n_walk):
        service = rng.choices(services, weights=weights)[0]
        leaves = rng.random() < mix.walk_away
        people.append(
            Visitor(
                0,
                Kind.WALK_IN,
                arrival_minute(rng),
                service,
                talk_minutes(rng, service),
                priority=rng.random() < mix.priority_walk_in,
                patience=rng.uniform(5, 30) if leaves else math.inf,
            )
        )
    for _ in range(n_business):
        people.append(Visitor(0, Kind.BUSINESS, arrival_minute(rng), talk=rng.uniform(30, 120)))
    for _ in range(n_self):
        people.append(Visitor(0, Kind.SELF_SERVICE, arrival_minute(rng, 8 * 60 - 1)))
    people.sort(key=lambda v: v.arrives)
    return [
        Visitor(
            i + 1,
            v.kind,
            v.arrives,
            v.service,
            v.talk,
            v.priority,
            v.slot,
            v.no_show,
            v.patience,
            rng.randrange(max(kiosks, 1)),
        )
        for i, v in enumerate(people)
    ]


# -- the simulated site: its desks and terminals --------------------------------------

LETTERS = {
    "housing": "H",
    "council-tax-benefits": "B",
    "parking": "P",
    "registrars": "R",
    "waste-environment": "W",
    "libraries": "L",
    "general-enquiries": "G",
}
EVERYTHING = tuple(LETTERS)
# Desk skills: the first desks are specialised, the last desk open always covers everything.
SPECIALISED = (
    ("housing", "general-enquiries"),
    ("council-tax-benefits", "general-enquiries"),
    ("registrars", "parking", "libraries"),
)


def desk_skills(desks: int) -> list[tuple[str, ...]]:
    """Skills for ``desks`` desks: specialised desks first, the last covers every service."""
    if desks < 1:
        raise ValueError("a day needs at least one desk")
    skills = [SPECIALISED[i] for i in range(min(desks - 1, len(SPECIALISED)))]
    return skills + [EVERYTHING] * (desks - len(skills))


class SimTerminal:
    """A simulated kiosk or desk: its own id, block, sequence and hybrid clock."""

    def __init__(self, origin: str, block: int, wall: SimWall) -> None:
        self.origin = origin
        self.block = block
        self.seq = 0
        self.clock = HybridLogicalClock(wall)

    def event(self, kind: EventType, payload: JsonObject) -> Event:
        """The next event this terminal records, stamped by its own clock."""
        self.seq += 1
        return Event(
            id=f"{self.origin}-{self.seq:05d}",
            origin=self.origin,
            seq=self.seq,
            hlc=str(self.clock.now()),
            site=SITE,
            type=kind,
            scope=Scope.SITE,
            payload=payload,
            recorded_at="",
        )


class SimWall:
    """The simulated wall clock, in Unix milliseconds."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms
