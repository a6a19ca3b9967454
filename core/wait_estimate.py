"""Wait estimates: never blank, from recent service times and how many desks serve it.

The estimate for a waiting ticket is the work ahead of it divided among the open desks
skilled for its service: people ahead (in the order desks will call them) times the recent
mean time a conversation takes, plus what is left of the conversations in progress. With
no service finished yet today it uses the usual time from config, and says so.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass

from core.next_ticket import waiting_in_order
from core.site_queue import SiteQueue, Ticket, TicketState

MINUTE_MS = 60_000


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
        order = waiting_in_order(queue, (ticket.service,), None, now_ms)
        ahead = next((i for i, t in enumerate(order) if t.id == ticket.id), len(order))
        return self._estimate(queue, ticket.service, ahead, now_ms)

    def for_new_ticket(self, queue: SiteQueue, service: str, now_ms: int) -> WaitEstimate:
        """The estimate for someone about to join a service's queue (everyone waiting is ahead)."""
        ahead = len(waiting_in_order(queue, (service,), None, now_ms))
        return self._estimate(queue, service, ahead, now_ms)

    def _estimate(self, queue: SiteQueue, service: str, ahead: int, now_ms: int) -> WaitEstimate:
        mean, basis = self.service_minutes(queue, service)
        desks = [d.id for d in queue.desks.values() if d.open and service in d.services]
        busy = {
            t.desk: (now_ms - t.called_ms) / MINUTE_MS
            for t in queue.tickets.values()
            if t.state is TicketState.CALLED and t.desk is not None and t.called_ms is not None
        }
        # Each desk frees up after what is left of its conversation (a minute at least if it
        # has run over); each person ahead then takes the desk that frees first.
        free_at = [max(mean - busy[d], 1.0) if d in busy else 0.0 for d in desks] or [0.0]
        heapq.heapify(free_at)
        for _ in range(ahead):
            heapq.heapreplace(free_at, free_at[0] + mean)
        return WaitEstimate(ahead + 1, math.ceil(free_at[0]), basis, len(desks))
