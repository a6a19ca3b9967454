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
- Satisfaction, from ``feedback.given``, per service and per kiosk journey (its optional
  ``journey``; feedback without one counts under ``feedback``). A comment added after its
  rating is its own event naming the rating's (``adds_to``): it is not a second rating.
  Help, from
  ``help.requested`` and ``help.answered``; faults, from ``printer.fault``,
  ``journal.quarantined`` and ``sync.fault`` (one per run of central sync failures, see
  core/sync_faults.py).

Every table has a row per site and service (or form, or kind), a row per site with
``all``, a row per service with site ``all``, and the grand total ``all``/``all``. The
tables and the period are defined in ``core.dashboard_tables`` and the running totals in
``core.dashboard_cells``; their names are imported here too, so callers need one module.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from core.appointments import Appointment, CheckInWindow
from core.clock import wall_ms_of
from core.dashboard_cells import (
    AppointmentCell,
    CountCell,
    FormCell,
    HelpCell,
    OutcomeCell,
    RatingCell,
    WaitCell,
    abandoned_pages_table,
    appointment_row,
    assisted_row,
    build_table,
    fault_row,
    form_row,
    help_row,
    journey_rating_row,
    outcome_row,
    percentile,
    rating_row,
    wait_row,
)
from core.dashboard_tables import (
    ALL,
    FEEDBACK_JOURNEY,
    FIRST_CONTACT_SHARE,
    FIRST_CONVERSATION_MINUTES,
    MINUTE_MS,
    NO_SERVICE,
    PERCENTILE,
    SATISFIED_RATING,
    SATISFIED_SHARE,
    SEEN_WITHIN_MINUTES,
    SEEN_WITHIN_SHARE,
    AbandonedPageRow,
    AppointmentRow,
    AssistedRow,
    DashboardFigures,
    FaultRow,
    FormRow,
    HelpRow,
    JourneySatisfactionRow,
    OutcomeRow,
    Period,
    SatisfactionRow,
    Table,
    Targets,
    WaitRow,
    as_rows,
    columns,
    csv_text,
)
from core.events import Event, EventType, Scope
from core.feedback import JOURNEYS, adds_a_comment
from core.printing import PRINTER_FAULT
from core.site_day import SiteCalendar
from core.site_queue import SiteQueue, Ticket, TicketState

__all__ = [
    "ALL",
    "FEEDBACK_JOURNEY",
    "FIRST_CONTACT_SHARE",
    "FIRST_CONVERSATION_MINUTES",
    "JOURNEYS",
    "MINUTE_MS",
    "NO_SERVICE",
    "PERCENTILE",
    "SATISFIED_RATING",
    "SATISFIED_SHARE",
    "SEEN_WITHIN_MINUTES",
    "SEEN_WITHIN_SHARE",
    "AbandonedPageRow",
    "AppointmentRow",
    "AssistedRow",
    "DashboardFigures",
    "FaultRow",
    "FormRow",
    "HelpRow",
    "JourneySatisfactionRow",
    "OutcomeRow",
    "Period",
    "SatisfactionRow",
    "Table",
    "Targets",
    "WaitRow",
    "as_rows",
    "columns",
    "csv_text",
    "figures",
    "percentile",
]

# Whole quarter-hours: every real time zone's offset is a multiple, so one lookup per bucket
# gives the local date of every moment in it.

# -- the fold ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Scan:
    """What one pass over the events collects before the tables are built."""

    ticket_days: dict[tuple[str, str], list[Event]] = field(
        default_factory=lambda: defaultdict(list)
    )
    issued_service: dict[tuple[str, str, str], str] = field(default_factory=dict)
    forms: dict[tuple[str, str], FormCell] = field(default_factory=lambda: defaultdict(FormCell))
    assisted: dict[tuple[str, str], CountCell] = field(
        default_factory=lambda: defaultdict(CountCell)
    )
    ratings: dict[tuple[str, str], RatingCell] = field(
        default_factory=lambda: defaultdict(RatingCell)
    )
    journey_ratings: dict[tuple[str, str], RatingCell] = field(
        default_factory=lambda: defaultdict(RatingCell)
    )
    help_asked: dict[str, tuple[str, str, int]] = field(default_factory=dict)
    help_answered: dict[str, int] = field(default_factory=dict)
    faults: Counter[tuple[str, str]] = field(default_factory=Counter)
    sites: set[str] = field(default_factory=set)
    events: int = 0
    skipped: int = 0


def _scan(events: Iterable[Event], period: Period, calendar: SiteCalendar) -> _Scan:
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
            wall = wall_ms_of(event.hlc)
        except (TypeError, ValueError):
            scan.skipped += 1
            continue
        day = calendar.day_of_ms(wall)
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
            elif kind == EventType.FEEDBACK_GIVEN and adds_a_comment(p):
                pass  # a comment added to a rating already counted under its own event
            elif kind == EventType.FEEDBACK_GIVEN:
                rating = p["rating"]
                if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5:
                    raise ValueError(f"rating {rating!r} is not 1 to 5")
                scan.ratings[(site, str(p.get("service") or NO_SERVICE))].rate(rating)
                scan.journey_ratings[(site, _journey(p.get("journey")))].rate(rating)
            elif kind == EventType.HELP_REQUESTED:
                scan.help_asked[event.id] = (site, str(p.get("screen") or NO_SERVICE), wall)
            elif kind == EventType.HELP_ANSWERED:
                request = str(p["request"])
                scan.help_answered[request] = min(wall, scan.help_answered.get(request, wall))
            elif kind == PRINTER_FAULT:
                scan.faults[(site, f"printer {p.get('fault') or 'error'}")] += 1
            elif kind == EventType.JOURNAL_QUARANTINED:
                scan.faults[(site, "journal quarantined")] += 1
            elif kind == EventType.SYNC_FAULT:
                scan.faults[(site, f"sync {p.get('problem') or 'error'}")] += 1
        except (KeyError, TypeError, ValueError):
            scan.skipped += 1
    return scan


def _journey(value: object) -> str:
    """The journey feedback followed; none named (older terminals, the home screen) is
    ``feedback``. A name this version does not know is kept, so a newer kiosk's journey
    shows under its own name rather than inflating another's."""
    return value if isinstance(value, str) and value else FEEDBACK_JOURNEY


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
    dict[tuple[str, str], WaitCell],
    dict[tuple[str, str], OutcomeCell],
    list[tuple[str, str, Ticket]],
]:
    waits: dict[tuple[str, str], WaitCell] = defaultdict(WaitCell)
    outcomes: dict[tuple[str, str], OutcomeCell] = defaultdict(OutcomeCell)
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
    calendar: SiteCalendar,
    window: CheckInWindow,
    now_ms: int | None,
) -> dict[tuple[str, str], AppointmentCell]:
    cells: dict[tuple[str, str], AppointmentCell] = defaultdict(AppointmentCell)
    arrived: set[tuple[str, str, str]] = set()
    for site, service, ticket in checked_in:
        assert ticket.appointment is not None
        cell = cells[(site, service)]
        cell.checked_in += 1
        cell.late += ticket.slot_ms is not None and ticket.issued_ms > ticket.slot_ms
        arrived.add((site, calendar.day_of_ms(ticket.issued_ms), ticket.appointment))
    for site, appointments in lists.items():
        for appointment in appointments:
            day = calendar.day_of_ms(appointment.slot_ms)
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
    scan = _scan(events, chosen, calendar)

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
        calendar,
        window or CheckInWindow(),
        now_ms,
    )
    help_cells: dict[tuple[str, str], HelpCell] = defaultdict(HelpCell)
    for request, (site, screen, asked_ms) in scan.help_asked.items():
        cell = help_cells[(site, screen)]
        cell.requests += 1
        answered_ms = scan.help_answered.get(request)
        if answered_ms is not None:
            cell.answered += 1
            cell.minutes.append(max(answered_ms - asked_ms, 0) / MINUTE_MS)
    fault_cells = {key: CountCell(n=count) for key, count in scan.faults.items()}

    return DashboardFigures(
        period=chosen,
        zone=zone,
        targets=aims,
        sites=tuple(sorted(scan.sites)),
        events=scan.events,
        skipped=skipped,
        appointment_lists=tuple(sorted(lists)),
        waits=build_table("waits", WaitRow, "service", wait_cells, WaitCell, wait_row(aims)),
        appointments=build_table(
            "appointments",
            AppointmentRow,
            "service",
            appointment_cells,
            AppointmentCell,
            appointment_row,
        ),
        outcomes=build_table(
            "outcomes", OutcomeRow, "service", outcome_cells, OutcomeCell, outcome_row(aims)
        ),
        forms=build_table("forms", FormRow, "form", scan.forms, FormCell, form_row),
        abandoned_pages=abandoned_pages_table(scan.forms),
        assisted=build_table(
            "assisted", AssistedRow, "kind", scan.assisted, CountCell, assisted_row
        ),
        satisfaction=build_table(
            "satisfaction", SatisfactionRow, "service", scan.ratings, RatingCell, rating_row(aims)
        ),
        satisfaction_by_journey=build_table(
            "satisfaction_by_journey",
            JourneySatisfactionRow,
            "journey",
            scan.journey_ratings,
            RatingCell,
            journey_rating_row(aims),
        ),
        help=build_table("help", HelpRow, "screen", help_cells, HelpCell, help_row),
        faults=build_table("faults", FaultRow, "fault", fault_cells, CountCell, fault_row),
    )
