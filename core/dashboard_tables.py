"""What the manager's dashboard shows: the period, the standards, the tables and their CSV.

These are plain values, shared by the fold that computes them (``core.dashboard_figures``)
and the screens that show them. Every table has a row per site and service (or form, or
kind), a row per site with ``all``, a row per service with site ``all``, and the grand total
``all``/``all``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from datetime import date, timedelta
from typing import Any, Generic, Self, TypeVar

from core.catalogue import Catalogue

ALL = "all"
NO_SERVICE = "(none)"
MINUTE_MS = 60_000

# Barking and Dagenham's Customer Access Strategy (seed 003), "Reception facilities":
# customers without appointments wait no longer than 10 minutes for a first conversation.
FIRST_CONVERSATION_MINUTES = 10
# Seed 003, performance indicators, One Stop Shop: "% Average waiting time of customers in
# (<30 mins)", target 80% ("We aim to see 8 in 10 people within 30 minutes" in the catalogue).
SEEN_WITHIN_MINUTES = 30
SEEN_WITHIN_SHARE = 0.8
# Seed 003, "% of Customer Enquiries resolved at first point of contact": target 90% (the
# contact centre's target; the strategy sets the same aim, "One and Done", for every channel).
FIRST_CONTACT_SHARE = 0.9
# Seed 003, "Customer satisfaction": target 80%. Satisfied means 4 or 5 on the GOV.UK scale.
SATISFIED_SHARE = 0.8
SATISFIED_RATING = 4
PERCENTILE = 0.9

# The kiosk journeys feedback can follow (``journey`` in ``feedback.given``, core.feedback's
# JOURNEYS); feedback given from the home screen, or recorded before terminals named the
# journey, is "feedback".
FEEDBACK_JOURNEY = "feedback"


# -- the period and the targets ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    """The local dates the figures cover."""

    days: frozenset[str]

    @classmethod
    def of(cls, days: Iterable[str]) -> Self:
        """Exactly these dates (ISO, e.g. ``2026-11-23``)."""
        chosen = frozenset(date.fromisoformat(d).isoformat() for d in days)
        if not chosen:
            raise ValueError("a period needs at least one date")
        return cls(chosen)

    @classmethod
    def between(cls, first: str, last: str) -> Self:
        """Every date from ``first`` to ``last``, both included."""
        start, end = date.fromisoformat(first), date.fromisoformat(last)
        if end < start:
            raise ValueError(f"the period ends ({last}) before it starts ({first})")
        return cls(
            frozenset(
                (start + timedelta(days=i)).isoformat() for i in range((end - start).days + 1)
            )
        )

    @property
    def first(self) -> str:
        """The earliest date."""
        return min(self.days)

    @property
    def last(self) -> str:
        """The latest date."""
        return max(self.days)


@dataclass(frozen=True, slots=True)
class Targets:
    """The standards the figures are judged against."""

    first_conversation_minutes: int = FIRST_CONVERSATION_MINUTES
    seen_within_minutes: int = SEEN_WITHIN_MINUTES
    seen_within_share: float = SEEN_WITHIN_SHARE
    first_contact_share: float = FIRST_CONTACT_SHARE
    satisfied_share: float = SATISFIED_SHARE

    @classmethod
    def from_catalogue(cls, catalogue: Catalogue) -> Self:
        """The minutes as the council publishes them (standards ``first-conversation`` and
        ``seen-within-30``); the shares are not numbers in the catalogue, so stay as above."""
        minutes = {s.id: s.minutes for s in catalogue.standards if s.minutes is not None}
        return cls(
            first_conversation_minutes=minutes.get(
                "first-conversation", FIRST_CONVERSATION_MINUTES
            ),
            seen_within_minutes=minutes.get("seen-within-30", SEEN_WITHIN_MINUTES),
        )


# -- the tables ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WaitRow:
    """Waits and serve times for one site and service. Minutes; shares 0 to 1 or None.

    Attributes:
        tickets: tickets issued (walk-ins and checked-in appointments).
        walk_ins_judged: walk-ins whose 10-minute standard is decided (called, or not
            called and their 10 minutes are up).
        walk_ins_within_first_conversation: of those, called within the standard.
        judged / within_target: the same for everyone and the 30-minute target.
        not_called: tickets never called (people not seen, or still waiting now).
        mean_wait, p90_wait: over tickets called; the 90th percentile is nearest-rank
            (the smallest wait at least 90% of waits are no longer than).
        mean_serve, p90_serve: first call to completion, over completed tickets.
    """

    site: str
    service: str
    tickets: int
    walk_ins: int
    walk_ins_judged: int
    walk_ins_within_first_conversation: int
    share_walk_ins_within_first_conversation: float | None
    meets_first_conversation_standard: bool | None
    judged: int
    within_target: int
    share_within_target: float | None
    meets_target: bool | None
    called: int
    not_called: int
    walked_away: int
    completed: int
    mean_wait: float | None
    p90_wait: float | None
    mean_serve: float | None
    p90_serve: float | None


@dataclass(frozen=True, slots=True)
class AppointmentRow:
    """Appointments offered (from the lists handed in) against those who came.

    Attributes:
        offered: appointments on the lists handed in for the period.
        checked_in: appointments checked in at a kiosk or desk (from the journal).
        late: checked in after their slot time.
        no_show: offered, not checked in, and the check-in window has closed.
        due: offered, not checked in, and the window is still open at ``now_ms``.
    """

    site: str
    service: str
    offered: int
    checked_in: int
    late: int
    no_show: int
    due: int
    share_attended: float | None


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """How conversations ended, by the desk's outcome code."""

    site: str
    service: str
    completed: int
    resolved_first_contact: int
    signposted: int
    appointment_booked: int
    referred: int
    case_opened: int
    share_resolved_first_contact: float | None
    meets_target: bool | None


@dataclass(frozen=True, slots=True)
class FormRow:
    """One e-form's sessions: started (ended either way), completed, and where people give up.

    Attributes:
        started: sessions that ended, completed or abandoned (journey events carry no
            session id, so a session is counted at its end; one lost in a crash is not).
        routed: triage sessions that sent the resident on (also counted as completed).
        gave_up_most_on: the page with the most ``form.abandoned`` (ties: first by name).
    """

    site: str
    form: str
    started: int
    completed: int
    abandoned: int
    routed: int
    assisted: int
    share_completed: float | None
    gave_up_most_on: str
    gave_up_there: int


@dataclass(frozen=True, slots=True)
class AbandonedPageRow:
    """How many gave up on one page of one form."""

    site: str
    form: str
    page: str
    abandoned: int


@dataclass(frozen=True, slots=True)
class AssistedRow:
    """What staff helped with: ``kind`` is submissions, documents or form sessions.

    The ``all`` kind row adds the three together (a count of assisted records, not of
    people: one assisted visit may finalise a form and capture documents too).
    """

    site: str
    kind: str
    assisted: int
    total: int
    share_assisted: float | None


@dataclass(frozen=True, slots=True)
class SatisfactionRow:
    """Feedback ratings (1 to 5) for one site and service (``(none)`` if none was named).

    Attributes:
        satisfied: ratings of 4 or 5 ("satisfied" or "very satisfied").
        rated_1 ... rated_5: how many gave each rating, from 1 "very dissatisfied" to 5
            "very satisfied" (the GOV.UK scale), for the distribution.
    """

    site: str
    service: str
    responses: int
    mean_rating: float | None
    satisfied: int
    share_satisfied: float | None
    meets_target: bool | None
    rated_1: int
    rated_2: int
    rated_3: int
    rated_4: int
    rated_5: int


@dataclass(frozen=True, slots=True)
class JourneySatisfactionRow:
    """Feedback ratings for one site and kiosk journey (see ``JOURNEYS``).

    The same figures as ``SatisfactionRow``, keyed by the journey the resident had just
    finished when they rated it, so a manager can see which journey disappoints.
    """

    site: str
    journey: str
    responses: int
    mean_rating: float | None
    satisfied: int
    share_satisfied: float | None
    meets_target: bool | None
    rated_1: int
    rated_2: int
    rated_3: int
    rated_4: int
    rated_5: int


@dataclass(frozen=True, slots=True)
class HelpRow:
    """Kiosk help requests, and minutes until a desk answered them."""

    site: str
    screen: str
    requests: int
    answered: int
    mean_minutes_to_answer: float | None


@dataclass(frozen=True, slots=True)
class FaultRow:
    """Faults journalled at a site: ``fault`` is e.g. ``printer paper_out``."""

    site: str
    fault: str
    count: int


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Table(Generic[R]):
    """One table of figures: its rows, and which field is its second key besides ``site``."""

    name: str
    row_type: type[R]
    axis: str
    rows: tuple[R, ...]

    def find(self, site: str = ALL, key: str = ALL) -> R | None:
        """The row for a site (or ``all``) and service, form or kind (or ``all``)."""
        for row in self.rows:
            if getattr(row, "site") == site and getattr(row, self.axis) == key:  # noqa: B009
                return row
        return None

    def get(self, site: str = ALL, key: str = ALL) -> R:
        """Like ``find``, but the row must exist."""
        row = self.find(site, key)
        if row is None:
            raise KeyError((site, key))
        return row

    def detail(self) -> list[R]:
        """The rows for one site and one key each (no totals): they add up to the totals."""
        return [r for r in self.rows if ALL not in (getattr(r, "site"), getattr(r, self.axis))]  # noqa: B009


@dataclass(frozen=True, slots=True)
class DashboardFigures:
    """Everything the manager's dashboard shows for one period.

    Attributes:
        events: distinct events in the period (duplicates delivered twice count once).
        skipped: events left out because they could not be read.
        appointment_lists: sites whose appointment lists were handed in (``offered`` is 0
            for any other site: the list is not in the journal).
    """

    period: Period
    zone: str
    targets: Targets
    sites: tuple[str, ...]
    events: int
    skipped: int
    appointment_lists: tuple[str, ...]
    waits: Table[WaitRow]
    appointments: Table[AppointmentRow]
    outcomes: Table[OutcomeRow]
    forms: Table[FormRow]
    abandoned_pages: Table[AbandonedPageRow]
    assisted: Table[AssistedRow]
    satisfaction: Table[SatisfactionRow]
    satisfaction_by_journey: Table[JourneySatisfactionRow]
    help: Table[HelpRow]
    faults: Table[FaultRow]

    def tables(self) -> list[Table[Any]]:
        """Every table, in the order the dashboard shows them (for export)."""
        return [
            self.waits,
            self.appointments,
            self.outcomes,
            self.forms,
            self.abandoned_pages,
            self.assisted,
            self.satisfaction,
            self.satisfaction_by_journey,
            self.help,
            self.faults,
        ]

    def table(self, name: str) -> Table[Any]:
        """The table with this name (``waits``, ``satisfaction_by_journey`` ...)."""
        for table in self.tables():
            if table.name == name:
                return table
        raise KeyError(name)


# -- export ----------------------------------------------------------------------------


_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")


def as_rows(table: Table[Any]) -> list[dict[str, object]]:
    """The table's rows as plain dictionaries, columns in the table's order."""
    return [asdict(row) for row in table.rows]


def columns(table: Table[Any]) -> list[str]:
    """The table's column names."""
    row_type = table.row_type
    assert is_dataclass(row_type)
    return [f.name for f in fields(row_type)]


def _cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        # A page or screen name from an event must open in a spreadsheet as text, never
        # run as a formula.
        return "'" + value
    return value


def csv_text(table: Table[Any]) -> str:
    """The table as CSV text with a header row (encode as UTF-8 to save it)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    names = columns(table)
    writer.writerow(names)
    for row in as_rows(table):
        writer.writerow([_cell(row[name]) for name in names])
    return out.getvalue()
