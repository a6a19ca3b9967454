"""Which ticket a desk calls next: one documented policy, used by every desk.

For a desk skilled in some services, among tickets waiting for those services:

0. tickets transferred to this desk by name;
1. checked-in appointments that are due (slot starts within the next 5 minutes, or has
   started), earliest slot first;
2. priority or assisted visits (recorded discreetly at the kiosk), first come first served;
3. everyone else, first come first served by when they took their ticket. Appointments
   checked in well before their slot wait here too, so a free desk can see them early.

Held tickets are never called by "call next"; staff call them back by number. Tickets
transferred to another desk are left for that desk. Ties break by hybrid time then id, so
every desk computes the same order.
"""

from __future__ import annotations

from collections.abc import Collection

from core.site_queue import SiteQueue, Ticket, TicketState

DUE_AHEAD_MS = 5 * 60 * 1000


def tier(ticket: Ticket, desk: str | None, now_ms: int) -> int:
    """The policy tier of a waiting ticket for a desk (lower is called sooner)."""
    if desk is not None and ticket.desk == desk:
        return 0
    if ticket.slot_ms is not None and ticket.slot_ms - DUE_AHEAD_MS <= now_ms:
        return 1
    if ticket.priority:
        return 2
    return 3


def waiting_in_order(
    queue: SiteQueue, services: Collection[str], desk: str | None, now_ms: int
) -> list[Ticket]:
    """Waiting tickets this desk may call, in the order it should call them."""
    eligible = [
        t
        for t in queue.tickets.values()
        if t.state is TicketState.WAITING
        and t.service in services
        and (t.desk is None or t.desk == desk)
    ]

    def key(t: Ticket) -> tuple[int, int, str, str]:
        rank = tier(t, desk, now_ms)
        when = t.slot_ms if rank == 1 and t.slot_ms is not None else t.issued_ms
        return (rank, when, t.issued_hlc, t.id)

    return sorted(eligible, key=key)


def next_ticket(
    queue: SiteQueue, services: Collection[str], desk: str, now_ms: int
) -> Ticket | None:
    """The ticket this desk should call now, or None if no one is waiting for its services."""
    order = waiting_in_order(queue, services, desk, now_ms)
    return order[0] if order else None
