"""The service manager's figures, computed from journal events only.

Every terminal at a site holds the same merged journal, so folding the same events with the
same rules gives every terminal the same numbers: nothing here reads a clock, a database or
a terminal's own state (``now_ms`` is passed in when today's figures are still moving).

What is measured, and from which events:

- Waits, from ``ticket.issued`` / ``appointment.checked_in`` to the first ``ticket.called``,
  folded per site and day by the same ``SiteQueue`` the desks use, so the conflict rules (the
  earliest call wins) are the desks' own. An appointment checked in early waits from its
  slot, not from check-in. The 10-minute standard is judged on walk-ins only ("customers
  without appointments should wait no longer than 10 minutes to have an initial
  conversation"), the 30-minute target on everyone. A ticket never called counts as not
  seen in time, unless ``now_ms`` says its time has not run out yet.
- Serve time, from the first call to ``ticket.completed``.
- Appointments offered come from the day's appointment lists handed in: the list itself is
  not journalled (only check-ins are), so this module cannot invent it.
- First-contact resolution, from the ``outcome`` of ``ticket.completed``.
- E-forms, from ``form.completed`` and ``form.abandoned`` (the journey events carry no
  session id, so a session is counted when it ends).
- Assisted share, from the ``assisted`` flag of ``submission.finalised``,
  ``document.captured`` and the form journey's end events.
- Satisfaction, from ``feedback.given``; help, from ``help.requested`` and
  ``help.answered``; faults, from ``printer.fault`` and ``journal.quarantined``. Sync faults
  are not journalled (the sync engine keeps its state in ``central-sync.db``), so they
  cannot be counted here.

Every table has a row per site and service (or form, or kind), a row per site with
``all``, a row per service with site ``all``, and the grand total ``all``/``all``.
"""

from __future__ import annotations

import csv
import io
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import date, timedelta
from typing import Any, Generic, Protocol, Self, TypeVar

from core.appointments import Appointment, CheckInWindow
from core.catalogue import Catalogue
from core.events import Event, EventType, Scope
from core.printing import PRINTER_FAULT
from core.site_day import SiteCalendar
from core.site_queue import Outcome, SiteQueue, Ticket, TicketState

ALL = "all"
NO_SERVICE = "(none)"
MINUTE_MS = 60_000
# Whole quarter-hours: every real time zone's offset is a multiple, so one lookup per bucket
# gives the local date of every moment in it.
_BUCKET_MS = 15 * MINUTE_MS

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

SYNC_FAULTS_NOTE = (
    "Sync faults are not recorded in the journal (the sync engine keeps its state in "
    "central-sync.db), so they are not counted here."
)


# -- the period and the targets --------------------------------------------------------


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
    """Feedback ratings (1 to 5) for one site and service (``(none)`` if none was named)."""

    site: str
    service: str
    responses: int
    mean_rating: float | None
    satisfied: int
    share_satisfied: float | None
    meets_target: bool | None


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
    help: Table[HelpRow]
    faults: Table[FaultRow]
    sync_faults_note: str = SYNC_FAULTS_NOTE

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
            self.help,
            self.faults,
        ]


# -- export ----------------------------------------------------------------------------


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


# -- the cells each table is rolled up from ---------------------------------------------


class _Cell(Protocol):
    def add(self, other: Self) -> None: ...


C = TypeVar("C", bound=_Cell)


@dataclass(slots=True)
class _Waits:
    tickets: int = 0
    walk_ins: int = 0
    walk_ins_judged: int = 0
    walk_ins_within: int = 0
    judged: int = 0
    within: int = 0
    not_called: int = 0
    walked_away: int = 0
    completed: int = 0
    waits: list[float] = field(default_factory=list)
    serves: list[float] = field(default_factory=list)

    def add(self, o: _Waits) -> None:
        self.tickets += o.tickets
        self.walk_ins += o.walk_ins
        self.walk_ins_judged += o.walk_ins_judged
        self.walk_ins_within += o.walk_ins_within
        self.judged += o.judged
        self.within += o.within
        self.not_called += o.not_called
        self.walked_away += o.walked_away
        self.completed += o.completed
        self.waits.extend(o.waits)
        self.serves.extend(o.serves)


@dataclass(slots=True)
class _Appointments:
    offered: int = 0
    checked_in: int = 0
    late: int = 0
    no_show: int = 0
    due: int = 0

    def add(self, o: _Appointments) -> None:
        self.offered += o.offered
        self.checked_in += o.checked_in
        self.late += o.late
        self.no_show += o.no_show
        self.due += o.due


@dataclass(slots=True)
class _Outcomes:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, o: _Outcomes) -> None:
        self.counts.update(o.counts)


@dataclass(slots=True)
class _Forms:
    completed: int = 0
    abandoned: int = 0
    routed: int = 0
    assisted: int = 0
    pages: Counter[str] = field(default_factory=Counter)

    def add(self, o: _Forms) -> None:
        self.completed += o.completed
        self.abandoned += o.abandoned
        self.routed += o.routed
        self.assisted += o.assisted
        self.pages.update(o.pages)


@dataclass(slots=True)
class _Count:
    n: int = 0
    of: int = 0

    def add(self, o: _Count) -> None:
        self.n += o.n
        self.of += o.of


@dataclass(slots=True)
class _Ratings:
    count: int = 0
    total: int = 0
    satisfied: int = 0

    def add(self, o: _Ratings) -> None:
        self.count += o.count
        self.total += o.total
        self.satisfied += o.satisfied


@dataclass(slots=True)
class _Help:
    requests: int = 0
    answered: int = 0
    minutes: list[float] = field(default_factory=list)

    def add(self, o: _Help) -> None:
        self.requests += o.requests
        self.answered += o.answered
        self.minutes.extend(o.minutes)


def _rollup(cells: Mapping[tuple[str, str], C], empty: Callable[[], C]) -> dict[tuple[str, str], C]:
    """Each cell plus its site total, key total and grand total (always present)."""
    out: dict[tuple[str, str], C] = {(ALL, ALL): empty()}
    for (site, key), cell in cells.items():
        for target in {(site, key), (site, ALL), (ALL, key), (ALL, ALL)}:
            if target not in out:
                out[target] = empty()
            out[target].add(cell)
    return out


def _order(key: tuple[str, str]) -> tuple[bool, str, bool, str]:
    """Grand total first, then each site's total and its rows, then per-key totals last."""
    site, other = key
    return (site == ALL and other != ALL, site if site != ALL else "", other != ALL, other)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], share: float = PERCENTILE) -> float | None:
    """Nearest rank: the smallest value with at least ``share`` of values at or below it.

    The same definition as the day simulation's report; None when there are no values.
    """
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(math.ceil(share * len(ordered)) - 1, 0))]


def _at_least(share: float | None, target: float) -> bool | None:
    # A tolerance so 0.8 counts as meeting 0.8 whatever the float rounding did.
    return None if share is None else share >= target - 1e-9


# -- the fold ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Scan:
    """What one pass over the events collects before the tables are built."""

    ticket_days: dict[tuple[str, str], list[Event]] = field(
        default_factory=lambda: defaultdict(list)
    )
    issued_service: dict[tuple[str, str, str], str] = field(default_factory=dict)
    forms: dict[tuple[str, str], _Forms] = field(default_factory=lambda: defaultdict(_Forms))
    assisted: dict[tuple[str, str], _Count] = field(default_factory=lambda: defaultdict(_Count))
    ratings: dict[tuple[str, str], _Ratings] = field(default_factory=lambda: defaultdict(_Ratings))
    help_asked: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    help_answered: dict[str, int] = field(default_factory=dict)
    faults: Counter[tuple[str, str]] = field(default_factory=Counter)
    sites: set[str] = field(default_factory=set)
    events: int = 0
    skipped: int = 0


class _Days:
    """The local date of a moment, looked up once per quarter-hour."""

    def __init__(self, calendar: SiteCalendar) -> None:
        self._calendar = calendar
        self._cache: dict[int, str] = {}

    def of(self, wall_ms: int) -> str:
        bucket = wall_ms // _BUCKET_MS
        day = self._cache.get(bucket)
        if day is None:
            day = self._cache[bucket] = self._calendar.day_of_ms(bucket * _BUCKET_MS)
        return day


def _wall_ms(hlc: str) -> int:
    """The wall time of a canonical hybrid timestamp (``Hlc.parse`` without the regex)."""
    if len(hlc) != 22 or hlc[15] != "-":
        raise ValueError(f"not a hybrid logical timestamp: {hlc!r}")
    return int(hlc[:15])


def _scan(events: Iterable[Event], period: Period, days: _Days) -> _Scan:
    scan = _Scan()
    seen: set[tuple[str, int]] = set()
    ticket_types = {
        EventType.TICKET_ISSUED,
        EventType.APPOINTMENT_CHECKED_IN,
        EventType.TICKET_CALLED,
        EventType.TICKET_RECALLED,
        EventType.TICKET_HELD,
        EventType.TICKET_TRANSFERRED,
        EventType.TICKET_NO_SHOW,
        EventType.TICKET_COMPLETED,
        EventType.DESK_OPENED,
        EventType.DESK_CLOSED,
    }
    for event in events:
        key = (event.origin, event.seq)
        if key in seen:
            continue
        seen.add(key)
        try:
            wall = _wall_ms(event.hlc)
        except (TypeError, ValueError):
            scan.skipped += 1
            continue
        day = days.of(wall)
        if day not in period.days:
            continue
        scan.events += 1
        site = event.site
        scan.sites.add(site)
        kind = event.type
        p = event.payload
        try:
            if kind in ticket_types:
                if event.scope is Scope.SITE:
                    scan.ticket_days[(site, day)].append(event)
                    if kind in (EventType.TICKET_ISSUED, EventType.APPOINTMENT_CHECKED_IN):
                        scan.issued_service[(site, day, event.id)] = str(p["service"])
            elif kind == EventType.FORM_COMPLETED or kind == EventType.FORM_ABANDONED:
                form = scan.forms[(site, str(p["form"]))]
                if kind == EventType.FORM_COMPLETED:
                    form.completed += 1
                else:
                    form.abandoned += 1
                    form.pages[str(p.get("page") or "start")] += 1
                assisted = p.get("assisted") is True
                form.assisted += assisted
                _tally(scan, site, "form sessions", assisted)
            elif kind == EventType.FORM_ROUTED:
                scan.forms[(site, str(p["form"]))].routed += 1
            elif kind == EventType.SUBMISSION_FINALISED:
                _tally(scan, site, "submissions", p.get("assisted") is True)
            elif kind == EventType.DOCUMENT_CAPTURED:
                _tally(scan, site, "documents", p.get("assisted") is True)
            elif kind == EventType.FEEDBACK_GIVEN:
                rating = p["rating"]
                if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
                    raise ValueError(f"rating {rating!r} is not 1 to 5")
                cell = scan.ratings[(site, str(p.get("service") or NO_SERVICE))]
                cell.count += 1
                cell.total += rating
                cell.satisfied += rating >= SATISFIED_RATING
            elif kind == EventType.HELP_REQUESTED:
                scan.help_asked[event.id] = (site, str(p.get("screen") or NO_SERVICE), wall)
            elif kind == EventType.HELP_ANSWERED:
                request = str(p["request"])
                scan.help_answered[request] = min(wall, scan.help_answered.get(request, wall))
            elif kind == PRINTER_FAULT:
                scan.faults[(site, f"printer {p.get('fault') or 'error'}")] += 1
            elif kind == EventType.JOURNAL_QUARANTINED:
                scan.faults[(site, "journal quarantined")] += 1
        except (KeyError, TypeError, ValueError):
            scan.skipped += 1
    return scan


def _tally(scan: _Scan, site: str, kind: str, assisted: bool) -> None:
    cell = scan.assisted[(site, kind)]
    cell.of += 1
    cell.n += assisted


def _wait_start(ticket: Ticket) -> int:
    """Waiting starts at issue, or at the slot for an appointment checked in early."""
    return max(ticket.issued_ms, ticket.slot_ms or 0)


def _ticket_cells(
    queues: Iterable[tuple[str, SiteQueue]],
    issued_service: Mapping[tuple[str, str, str], str],
    targets: Targets,
    now_ms: int | None,
) -> tuple[
    dict[tuple[str, str], _Waits], dict[tuple[str, str], _Outcomes], list[tuple[str, str, Ticket]]
]:
    waits: dict[tuple[str, str], _Waits] = defaultdict(_Waits)
    outcomes: dict[tuple[str, str], _Outcomes] = defaultdict(_Outcomes)
    checked_in: list[tuple[str, str, Ticket]] = []
    ten = targets.first_conversation_minutes * MINUTE_MS
    thirty = targets.seen_within_minutes * MINUTE_MS
    for site, queue in queues:
        for ticket in queue.tickets.values():
            service = issued_service.get((site, queue.day, ticket.id), ticket.service)
            cell = waits[(site, service)]
            cell.tickets += 1
            walk_in = ticket.appointment is None
            if not walk_in:
                checked_in.append((site, service, ticket))
            cell.walk_ins += walk_in
            start = _wait_start(ticket)
            if ticket.called_ms is not None:
                waited = max(ticket.called_ms - start, 0)
                cell.waits.append(waited / MINUTE_MS)
                cell.judged += 1
                cell.within += waited <= thirty
                if walk_in:
                    cell.walk_ins_judged += 1
                    cell.walk_ins_within += waited <= ten
            else:
                cell.not_called += 1
                still_open = ticket.state not in (TicketState.NO_SHOW, TicketState.COMPLETED)
                elapsed = None if now_ms is None or not still_open else now_ms - start
                cell.judged += elapsed is None or elapsed > thirty
                if walk_in:
                    cell.walk_ins_judged += elapsed is None or elapsed > ten
            if ticket.state is TicketState.NO_SHOW:
                cell.walked_away += 1
            elif ticket.state is TicketState.COMPLETED and ticket.outcome is not None:
                cell.completed += 1
                if ticket.called_ms is not None and ticket.closed_ms is not None:
                    cell.serves.append(max(ticket.closed_ms - ticket.called_ms, 0) / MINUTE_MS)
                outcomes[(site, service)].counts[ticket.outcome] += 1
    return waits, outcomes, checked_in


def _appointment_cells(
    lists: Mapping[str, Iterable[Appointment]],
    checked_in: Iterable[tuple[str, str, Ticket]],
    period: Period,
    days: _Days,
    window: CheckInWindow,
    now_ms: int | None,
) -> dict[tuple[str, str], _Appointments]:
    cells: dict[tuple[str, str], _Appointments] = defaultdict(_Appointments)
    arrived: set[tuple[str, str, str]] = set()
    for site, service, ticket in checked_in:
        assert ticket.appointment is not None
        cell = cells[(site, service)]
        cell.checked_in += 1
        cell.late += ticket.slot_ms is not None and ticket.issued_ms > ticket.slot_ms
        arrived.add((site, days.of(ticket.issued_ms), ticket.appointment))
    for site, appointments in lists.items():
        for appointment in appointments:
            day = days.of(appointment.slot_ms)
            if day not in period.days:
                continue
            cell = cells[(site, appointment.service)]
            cell.offered += 1
            if (site, day, appointment.reference) in arrived:
                continue
            closes = appointment.slot_ms + window.late_minutes * MINUTE_MS
            if now_ms is not None and now_ms <= closes:
                cell.due += 1
            else:
                cell.no_show += 1
    return cells


def figures(
    events: Iterable[Event],
    period: Period | Iterable[str],
    zone: str = "Europe/London",
    *,
    targets: Targets | None = None,
    appointments: Mapping[str, Iterable[Appointment]] | None = None,
    window: CheckInWindow | None = None,
    now_ms: int | None = None,
) -> DashboardFigures:
    """The dashboard's figures for a period, from the merged journal's events.

    Args:
        events: every event the terminal holds (any order, duplicates allowed).
        period: the local dates to cover, as a ``Period`` or a list of ISO dates.
        zone: the sites' time zone, which decides each event's local date.
        targets: the standards (``Targets.from_catalogue`` reads the council's own).
        appointments: each site's appointment lists for the period (every day's appointments
            in one iterable per site); without them ``offered`` and ``no_show`` are 0.
        window: how late a resident may check in (when an appointment becomes a no-show).
        now_ms: the moment today's figures are taken at, so people still waiting inside
            their target are not yet counted against it. None for a finished period.
    """
    chosen = period if isinstance(period, Period) else Period.of(period)
    aims = targets or Targets()
    calendar = SiteCalendar(zone)
    days = _Days(calendar)
    scan = _scan(events, chosen, days)

    queues: list[tuple[str, SiteQueue]] = []
    skipped = scan.skipped
    for (site, day), day_events in sorted(scan.ticket_days.items()):
        queue = SiteQueue.fold(day_events, day, calendar)
        skipped += queue.skipped
        queues.append((site, queue))
    wait_cells, outcome_cells, checked_in = _ticket_cells(queues, scan.issued_service, aims, now_ms)
    lists = appointments or {}
    appointment_cells = _appointment_cells(
        lists,
        checked_in,
        chosen,
        days,
        window or CheckInWindow(),
        now_ms,
    )
    help_cells: dict[tuple[str, str], _Help] = defaultdict(_Help)
    for request, (site, screen, asked_ms) in scan.help_asked.items():
        cell = help_cells[(site, screen)]
        cell.requests += 1
        answered_ms = scan.help_answered.get(request)
        if answered_ms is not None:
            cell.answered += 1
            cell.minutes.append(max(answered_ms - asked_ms, 0) / MINUTE_MS)
    fault_cells = {key: _Count(n=count) for key, count in scan.faults.items()}

    return DashboardFigures(
        period=chosen,
        zone=zone,
        targets=aims,
        sites=tuple(sorted(scan.sites)),
        events=scan.events,
        skipped=skipped,
        appointment_lists=tuple(sorted(lists)),
        waits=_table("waits", WaitRow, "service", wait_cells, _Waits, _wait_row(aims)),
        appointments=_table(
            "appointments", AppointmentRow, "service", appointment_cells, _Appointments, _appt_row
        ),
        outcomes=_table(
            "outcomes", OutcomeRow, "service", outcome_cells, _Outcomes, _outcome_row(aims)
        ),
        forms=_table("forms", FormRow, "form", scan.forms, _Forms, _form_row),
        abandoned_pages=_abandoned_pages(scan.forms),
        assisted=_table("assisted", AssistedRow, "kind", scan.assisted, _Count, _assisted_row),
        satisfaction=_table(
            "satisfaction", SatisfactionRow, "service", scan.ratings, _Ratings, _rating_row(aims)
        ),
        help=_table("help", HelpRow, "screen", help_cells, _Help, _help_row),
        faults=_table("faults", FaultRow, "fault", fault_cells, _Count, _fault_row),
    )


def _table(
    name: str,
    row_type: type[R],
    axis: str,
    cells: Mapping[tuple[str, str], C],
    empty: Callable[[], C],
    row: Callable[[str, str, C], R],
) -> Table[R]:
    rolled = _rollup(cells, empty)
    return Table(
        name,
        row_type,
        axis,
        tuple(row(s, k, rolled[(s, k)]) for s, k in sorted(rolled, key=_order)),
    )


def _wait_row(aims: Targets) -> Callable[[str, str, _Waits], WaitRow]:
    def row(site: str, service: str, c: _Waits) -> WaitRow:
        ten = _share(c.walk_ins_within, c.walk_ins_judged)
        thirty = _share(c.within, c.judged)
        return WaitRow(
            site=site,
            service=service,
            tickets=c.tickets,
            walk_ins=c.walk_ins,
            walk_ins_judged=c.walk_ins_judged,
            walk_ins_within_first_conversation=c.walk_ins_within,
            share_walk_ins_within_first_conversation=ten,
            meets_first_conversation_standard=_at_least(ten, 1.0),
            judged=c.judged,
            within_target=c.within,
            share_within_target=thirty,
            meets_target=_at_least(thirty, aims.seen_within_share),
            called=len(c.waits),
            not_called=c.not_called,
            walked_away=c.walked_away,
            completed=c.completed,
            mean_wait=_mean(c.waits),
            p90_wait=percentile(c.waits),
            mean_serve=_mean(c.serves),
            p90_serve=percentile(c.serves),
        )

    return row


def _appt_row(site: str, service: str, c: _Appointments) -> AppointmentRow:
    attended = c.offered - c.no_show - c.due
    return AppointmentRow(
        site, service, c.offered, c.checked_in, c.late, c.no_show, c.due,
        _share(attended, c.offered - c.due),
    )  # fmt: skip


def _outcome_row(aims: Targets) -> Callable[[str, str, _Outcomes], OutcomeRow]:
    def row(site: str, service: str, c: _Outcomes) -> OutcomeRow:
        n = c.counts
        completed = sum(n.values())
        share = _share(n[Outcome.RESOLVED], completed)
        return OutcomeRow(
            site=site,
            service=service,
            completed=completed,
            resolved_first_contact=n[Outcome.RESOLVED],
            signposted=n[Outcome.SIGNPOSTED],
            appointment_booked=n[Outcome.APPOINTMENT_BOOKED],
            referred=n[Outcome.REFERRED],
            case_opened=n[Outcome.CASE_OPENED],
            share_resolved_first_contact=share,
            meets_target=_at_least(share, aims.first_contact_share),
        )

    return row


def _most(pages: Counter[str]) -> tuple[str, int]:
    if not pages:
        return "", 0
    page, count = min(pages.items(), key=lambda item: (-item[1], item[0]))
    return page, count


def _form_row(site: str, form: str, c: _Forms) -> FormRow:
    started = c.completed + c.abandoned
    page, count = _most(c.pages)
    return FormRow(
        site, form, started, c.completed, c.abandoned, c.routed, c.assisted,
        _share(c.completed, started), page, count,
    )  # fmt: skip


def _abandoned_pages(forms: Mapping[tuple[str, str], _Forms]) -> Table[AbandonedPageRow]:
    """Pages people gave up on, per form: each site's rows, then all sites together."""
    counts: Counter[tuple[str, str, str]] = Counter()
    for (site, form), cell in forms.items():
        for page, n in cell.pages.items():
            counts[(site, form, page)] += n
            counts[(ALL, form, page)] += n
    rows = sorted(
        counts.items(), key=lambda kv: (kv[0][0] == ALL, kv[0][0], kv[0][1], -kv[1], kv[0][2])
    )
    return Table(
        "abandoned_pages",
        AbandonedPageRow,
        "form",
        tuple(AbandonedPageRow(s, f, p, n) for (s, f, p), n in rows),
    )


def _assisted_row(site: str, kind: str, c: _Count) -> AssistedRow:
    return AssistedRow(site, kind, c.n, c.of, _share(c.n, c.of))


def _rating_row(aims: Targets) -> Callable[[str, str, _Ratings], SatisfactionRow]:
    def row(site: str, service: str, c: _Ratings) -> SatisfactionRow:
        share = _share(c.satisfied, c.count)
        return SatisfactionRow(
            site, service, c.count, c.total / c.count if c.count else None, c.satisfied,
            share, _at_least(share, aims.satisfied_share),
        )  # fmt: skip

    return row


def _help_row(site: str, screen: str, c: _Help) -> HelpRow:
    return HelpRow(site, screen, c.requests, c.answered, _mean(c.minutes))


def _fault_row(site: str, fault: str, c: _Count) -> FaultRow:
    return FaultRow(site, fault, c.n)
