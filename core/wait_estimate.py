"""Wait estimates: never blank, from today's conversation lengths and the desks' call policy.

How an estimate is made, in plain words:

1. How long a conversation takes: for each service, the mean of its last few finished
   conversations today (``recent``); before any have finished, the usual length from
   config (``usual``), and the estimate says so.
2. When each open desk is next free: now, or when its conversation in progress should end
   (that service's mean minus the time it has run, a minute at least if it has run over).
3. Then the day is played forward with the same call policy the desks use
   (``core.next_ticket``): the desk free soonest calls whoever it would call next among
   the people waiting for any of its services, and is busy for that service's mean. This
   counts desks shared between services (a housing-and-general desk also sees general
   enquiries) and people who go first whatever their ticket time (due appointments,
   priority visits, tickets transferred to a desk by name).
4. The estimate is the time until a desk reaches this ticket, plus an allowance for people
   who will arrive later and still go first: today's rate of priority visits and
   appointments for the same service, over the minutes the resident is expected to wait.

``position`` stays the simple, visible count: people ahead for the same service, in the
order desks will call them, plus one.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from core.next_ticket import tier, waiting_in_order
from core.site_queue import Desk, SiteQueue, Ticket, TicketState

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
# A ticket not yet issued sorts after every real one in the call order.
_NEW = "~new"


@dataclass(frozen=True, slots=True)
class WaitEstimate:
    """What a resident is told: their place in the queue and about how long.

    Attributes:
        position: 1 means next.
        minutes: whole minutes, never negative.
        basis: ``recent`` (today's service times) or ``usual`` (config, nothing finished yet).
        desks: open desks serving the service (0 means none open yet; estimated as if one).
    """

    position: int
    minutes: int
    basis: str
    desks: int


class WaitEstimator:
    """Estimates waits from a site queue.

    Attributes:
        usual_minutes: a conversation's length before any finish today.
        sample: how many recent conversations the mean is taken over.
    """

    def __init__(self, usual_minutes: float = 8.0, sample: int = 12) -> None:
        self.usual_minutes = usual_minutes
        self.sample = sample

    def service_minutes(self, queue: SiteQueue, service: str) -> tuple[float, str]:
        """The mean length of recent conversations for a service, and its basis."""
        done = sorted(
            (
                t
                for t in queue.tickets.values()
                if t.service == service
                and t.state is TicketState.COMPLETED
                and t.called_ms is not None
                and t.closed_ms is not None
            ),
            key=lambda t: t.closed_ms or 0,
        )[-self.sample :]
        if not done:
            return self.usual_minutes, "usual"
        total = sum((t.closed_ms or 0) - (t.called_ms or 0) for t in done)
        return max(total / len(done) / MINUTE_MS, 0.5), "recent"

    def desks_serving(self, queue: SiteQueue, service: str) -> int:
        """How many open desks are skilled for a service."""
        return sum(1 for d in queue.desks.values() if d.open and service in d.services)

    def estimate(self, queue: SiteQueue, ticket: Ticket, now_ms: int) -> WaitEstimate:
        """The estimate for one waiting ticket."""
        return self._estimate(queue, ticket, now_ms)

    def for_new_ticket(self, queue: SiteQueue, service: str, now_ms: int) -> WaitEstimate:
        """The estimate for someone about to join a service's queue (everyone waiting is ahead)."""
        latest = max((t.issued_ms for t in queue.tickets.values()), default=now_ms)
        new = Ticket(_NEW, "", service, max(now_ms, latest), _NEW, "", "en")
        return self._estimate(queue, new, now_ms)

    def _estimate(self, queue: SiteQueue, ticket: Ticket, now_ms: int) -> WaitEstimate:
        order = waiting_in_order(queue, (ticket.service,), None, now_ms)
        ahead = next((i for i, t in enumerate(order) if t.id == ticket.id), len(order))
        means = _Means(self, queue)
        desks = [d for d in queue.desks.values() if d.open]
        skilled = sum(1 for d in desks if ticket.service in d.services)
        if not skilled:  # no desk open for it yet: estimate as if one will open for it
            desks = [Desk(_NEW, "", (ticket.service,))]
        minutes = _play_forward(queue, ticket, desks, means, now_ms)
        minutes += _overtaking(queue, ticket, means, now_ms, minutes, max(skilled, 1))
        return WaitEstimate(ahead + 1, math.ceil(minutes), means.basis(ticket.service), skilled)


class _Means:
    """Conversation means per service, looked up once per estimate."""

    def __init__(self, estimator: WaitEstimator, queue: SiteQueue) -> None:
        self._estimator = estimator
        self._queue = queue
        self._known: dict[str, tuple[float, str]] = {}

    def _get(self, service: str) -> tuple[float, str]:
        if service not in self._known:
            self._known[service] = self._estimator.service_minutes(self._queue, service)
        return self._known[service]

    def minutes(self, service: str) -> float:
        return self._get(service)[0]

    def basis(self, service: str) -> str:
        return self._get(service)[1]


def _play_forward(
    queue: SiteQueue, ticket: Ticket, desks: list[Desk], means: _Means, now_ms: int
) -> float:
    """Minutes until a desk calls ``ticket``, playing the call policy forward."""
    waiting = [t for t in queue.tickets.values() if t.state is TicketState.WAITING]
    if ticket.id == _NEW:
        waiting.append(ticket)
    in_progress = {
        t.desk: t
        for t in queue.tickets.values()
        if t.state is TicketState.CALLED and t.desk is not None and t.called_ms is not None
    }
    free: list[tuple[float, int]] = []
    for i, desk in enumerate(desks):
        current = in_progress.get(desk.id)
        if current is None or current.called_ms is None:
            free.append((0.0, i))
        else:
            ran = (now_ms - current.called_ms) / MINUTE_MS
            free.append((max(means.minutes(current.service) - ran, 1.0), i))
    heapq.heapify(free)
    taken: set[str] = set()
    while free:
        at, i = heapq.heappop(free)
        desk = desks[i]
        at_ms = now_ms + int(at * MINUTE_MS)
        pick = _next_for(desk, waiting, taken, at_ms)
        if pick is None:
            continue  # nothing this desk can take: it plays no further part
        if pick.id == ticket.id:
            return at
        taken.add(pick.id)
        heapq.heappush(free, (at + means.minutes(pick.service), i))
    return 0.0  # unreachable while the ticket is waiting for a skilled desk


def _next_for(desk: Desk, waiting: list[Ticket], taken: set[str], at_ms: int) -> Ticket | None:
    """Whom ``desk`` would call at ``at_ms`` (the order of ``core.next_ticket``)."""
    best: tuple[tuple[int, int, str, str], Ticket] | None = None
    for t in waiting:
        if t.id in taken or t.service not in desk.services:
            continue
        if t.desk is not None and t.desk != desk.id:
            continue
        rank = tier(t, desk.id, at_ms)
        when = t.slot_ms if rank == 1 and t.slot_ms is not None else t.issued_ms
        key = (rank, when, t.issued_hlc, t.id)
        if best is None or key < best[0]:
            best = (key, t)
    return best[1] if best else None


def _overtaking(
    queue: SiteQueue, ticket: Ticket, means: _Means, now_ms: int, wait: float, desks: int
) -> float:
    """Extra minutes for priority visits and appointments likely to arrive and go first."""
    if wait <= 0 or ticket.priority or ticket.slot_ms is not None:
        return 0.0
    since = now_ms - HOUR_MS
    jumpers = sum(
        1
        for t in queue.tickets.values()
        if t.service == ticket.service
        and t.issued_ms >= since
        and t.id != ticket.id
        and (t.priority or t.slot_ms is not None)
    )
    per_minute = jumpers / 60
    return per_minute * wait * means.minutes(ticket.service) / desks
