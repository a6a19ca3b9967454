"""The dashboard's running totals: one small cell per site and key, rolled up into rows.

``core.dashboard_figures`` folds events into cells; this module adds each cell into its
site total, its key total and the grand total, and turns every cell into a table row.
Keeping the arithmetic here keeps the fold about events only.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol, Self, TypeVar

from core.dashboard_tables import (
    ALL,
    PERCENTILE,
    SATISFIED_RATING,
    AbandonedPageRow,
    AppointmentRow,
    AssistedRow,
    FaultRow,
    FormRow,
    HelpRow,
    JourneySatisfactionRow,
    OutcomeRow,
    SatisfactionRow,
    Table,
    Targets,
    WaitRow,
)
from core.site_queue import Outcome

R = TypeVar("R")


class Cell(Protocol):
    """A running total that can add another of its kind into itself."""

    def add(self, other: Self) -> None: ...


C = TypeVar("C", bound=Cell)


@dataclass(slots=True)
class WaitCell:
    """Tickets, waits and serve times (minutes) for one site and service."""

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

    def add(self, o: WaitCell) -> None:
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
class AppointmentCell:
    """Appointments offered and what became of them."""

    offered: int = 0
    checked_in: int = 0
    late: int = 0
    no_show: int = 0
    due: int = 0

    def add(self, o: AppointmentCell) -> None:
        self.offered += o.offered
        self.checked_in += o.checked_in
        self.late += o.late
        self.no_show += o.no_show
        self.due += o.due


@dataclass(slots=True)
class OutcomeCell:
    """Completed conversations by outcome code."""

    counts: Counter[str] = field(default_factory=Counter)

    def add(self, o: OutcomeCell) -> None:
        self.counts.update(o.counts)


@dataclass(slots=True)
class FormCell:
    """One e-form's ended sessions and the pages people gave up on."""

    completed: int = 0
    abandoned: int = 0
    routed: int = 0
    assisted: int = 0
    pages: Counter[str] = field(default_factory=Counter)

    def add(self, o: FormCell) -> None:
        self.completed += o.completed
        self.abandoned += o.abandoned
        self.routed += o.routed
        self.assisted += o.assisted
        self.pages.update(o.pages)


@dataclass(slots=True)
class CountCell:
    """``n`` of ``of`` (assisted of all), or a plain count in ``n``."""

    n: int = 0
    of: int = 0

    def add(self, o: CountCell) -> None:
        self.n += o.n
        self.of += o.of


@dataclass(slots=True)
class RatingCell:
    """Feedback ratings from 1 to 5."""

    count: int = 0
    total: int = 0
    satisfied: int = 0
    # How many gave 1, 2, 3, 4 and 5.
    by_rating: list[int] = field(default_factory=lambda: [0] * 5)

    def rate(self, rating: int) -> None:
        """Count one rating from 1 to 5."""
        self.count += 1
        self.total += rating
        self.satisfied += rating >= SATISFIED_RATING
        self.by_rating[rating - 1] += 1

    def add(self, o: RatingCell) -> None:
        self.count += o.count
        self.total += o.total
        self.satisfied += o.satisfied
        self.by_rating = [a + b for a, b in zip(self.by_rating, o.by_rating, strict=True)]


@dataclass(slots=True)
class HelpCell:
    """Help requests and minutes until a desk answered."""

    requests: int = 0
    answered: int = 0
    minutes: list[float] = field(default_factory=list)

    def add(self, o: HelpCell) -> None:
        self.requests += o.requests
        self.answered += o.answered
        self.minutes.extend(o.minutes)


def rollup(cells: Mapping[tuple[str, str], C], empty: Callable[[], C]) -> dict[tuple[str, str], C]:
    """Each cell plus its site total, key total and grand total (always present)."""
    out: dict[tuple[str, str], C] = {(ALL, ALL): empty()}
    for (site, key), cell in cells.items():
        for target in {(site, key), (site, ALL), (ALL, key), (ALL, ALL)}:
            if target not in out:
                out[target] = empty()
            out[target].add(cell)
    return out


def table_order(key: tuple[str, str]) -> tuple[bool, str, bool, str]:
    """Grand total first, then each site's total and its rows, then per-key totals last."""
    site, other = key
    return (site == ALL and other != ALL, site if site != ALL else "", other != ALL, other)


def share(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` from 0 to 1; None when there is nothing to judge."""
    return part / whole if whole else None


def mean(values: Sequence[float]) -> float | None:
    """The average, or None for no values."""
    return sum(values) / len(values) if values else None


def percentile(values: Sequence[float], share: float = PERCENTILE) -> float | None:
    """Nearest rank: the smallest value with at least ``share`` of values at or below it.

    The same definition as the day simulation's report; None when there are no values.
    """
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(math.ceil(share * len(ordered)) - 1, 0))]


def at_least(part: float | None, target: float) -> bool | None:
    """Whether a share meets its target; None when there is no share."""
    # A tolerance so 0.8 counts as meeting 0.8 whatever the float rounding did.
    return None if part is None else part >= target - 1e-9


def build_table(
    name: str,
    row_type: type[R],
    axis: str,
    cells: Mapping[tuple[str, str], C],
    empty: Callable[[], C],
    row: Callable[[str, str, C], R],
) -> Table[R]:
    """A table of ``row_type``: every cell's row plus the totals, in the dashboard's order."""
    rolled = rollup(cells, empty)
    return Table(
        name,
        row_type,
        axis,
        tuple(row(s, k, rolled[(s, k)]) for s, k in sorted(rolled, key=table_order)),
    )


def wait_row(aims: Targets) -> Callable[[str, str, WaitCell], WaitRow]:
    """Builds waits rows judged against ``aims``."""

    def row(site: str, service: str, c: WaitCell) -> WaitRow:
        ten = share(c.walk_ins_within, c.walk_ins_judged)
        thirty = share(c.within, c.judged)
        return WaitRow(
            site=site,
            service=service,
            tickets=c.tickets,
            walk_ins=c.walk_ins,
            walk_ins_judged=c.walk_ins_judged,
            walk_ins_within_first_conversation=c.walk_ins_within,
            share_walk_ins_within_first_conversation=ten,
            meets_first_conversation_standard=at_least(ten, 1.0),
            judged=c.judged,
            within_target=c.within,
            share_within_target=thirty,
            meets_target=at_least(thirty, aims.seen_within_share),
            called=len(c.waits),
            not_called=c.not_called,
            walked_away=c.walked_away,
            completed=c.completed,
            mean_wait=mean(c.waits),
            p90_wait=percentile(c.waits),
            mean_serve=mean(c.serves),
            p90_serve=percentile(c.serves),
        )

    return row


def appointment_row(site: str, service: str, c: AppointmentCell) -> AppointmentRow:
    """One appointments row."""
    attended = c.offered - c.no_show - c.due
    return AppointmentRow(
        site, service, c.offered, c.checked_in, c.late, c.no_show, c.due,
        share(attended, c.offered - c.due),
    )  # fmt: skip


def outcome_row(aims: Targets) -> Callable[[str, str, OutcomeCell], OutcomeRow]:
    """Builds outcome rows judged against ``aims``."""

    def row(site: str, service: str, c: OutcomeCell) -> OutcomeRow:
        n = c.counts
        completed = sum(n.values())
        resolved = share(n[Outcome.RESOLVED], completed)
        return OutcomeRow(
            site=site,
            service=service,
            completed=completed,
            resolved_first_contact=n[Outcome.RESOLVED],
            signposted=n[Outcome.SIGNPOSTED],
            appointment_booked=n[Outcome.APPOINTMENT_BOOKED],
            referred=n[Outcome.REFERRED],
            case_opened=n[Outcome.CASE_OPENED],
            share_resolved_first_contact=resolved,
            meets_target=at_least(resolved, aims.first_contact_share),
        )

    return row


def most_given_up_on(pages: Counter[str]) -> tuple[str, int]:
    """The page most people gave up on (ties: first by name), and how many."""
    if not pages:
        return "", 0
    page, count = min(pages.items(), key=lambda item: (-item[1], item[0]))
    return page, count


def form_row(site: str, form: str, c: FormCell) -> FormRow:
    """One e-forms row."""
    started = c.completed + c.abandoned
    page, count = most_given_up_on(c.pages)
    return FormRow(
        site, form, started, c.completed, c.abandoned, c.routed, c.assisted,
        share(c.completed, started), page, count,
    )  # fmt: skip


def abandoned_pages_table(forms: Mapping[tuple[str, str], FormCell]) -> Table[AbandonedPageRow]:
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


def assisted_row(site: str, kind: str, c: CountCell) -> AssistedRow:
    """One assisted-share row."""
    return AssistedRow(site, kind, c.n, c.of, share(c.n, c.of))


def rating_row(aims: Targets) -> Callable[[str, str, RatingCell], SatisfactionRow]:
    """Builds satisfaction rows (per service) judged against ``aims``."""

    def row(site: str, service: str, c: RatingCell) -> SatisfactionRow:
        satisfied = share(c.satisfied, c.count)
        return SatisfactionRow(
            site, service, c.count, mean_rating(c), c.satisfied,
            satisfied, at_least(satisfied, aims.satisfied_share), *c.by_rating,
        )  # fmt: skip

    return row


def journey_rating_row(aims: Targets) -> Callable[[str, str, RatingCell], JourneySatisfactionRow]:
    """Builds satisfaction rows per kiosk journey judged against ``aims``."""

    def row(site: str, journey: str, c: RatingCell) -> JourneySatisfactionRow:
        satisfied = share(c.satisfied, c.count)
        return JourneySatisfactionRow(
            site, journey, c.count, mean_rating(c), c.satisfied,
            satisfied, at_least(satisfied, aims.satisfied_share), *c.by_rating,
        )  # fmt: skip

    return row


def mean_rating(c: RatingCell) -> float | None:
    """The average rating, or None with no ratings."""
    return c.total / c.count if c.count else None


def help_row(site: str, screen: str, c: HelpCell) -> HelpRow:
    """One help-requests row."""
    return HelpRow(site, screen, c.requests, c.answered, mean(c.minutes))


def fault_row(site: str, fault: str, c: CountCell) -> FaultRow:
    """One faults row."""
    return FaultRow(site, fault, c.n)
