"""What the display board shows: numbers, desks and waiting counts — never anything personal."""

from __future__ import annotations

from dataclasses import dataclass

from core.site_queue import Call, SiteQueue, TicketState


@dataclass(frozen=True, slots=True)
class WaitingCount:
    """How many are waiting for one service."""

    service: str
    letter: str
    waiting: int


@dataclass(frozen=True, slots=True)
class BoardState:
    """The board's whole content.

    Attributes:
        current: the newest call at each desk still being answered, newest first.
        recent: earlier calls, newest first.
        waiting: waiting counts per service, in catalogue order.
    """

    current: tuple[Call, ...]
    recent: tuple[Call, ...]
    waiting: tuple[WaitingCount, ...]


def board_state(queue: SiteQueue, services: tuple[tuple[str, str], ...], recent: int) -> BoardState:
    """The board for a queue; ``services`` are (code, ticket letter) pairs in display order."""
    latest_by_desk: dict[str, Call] = {}
    for call in queue.calls:
        latest_by_desk[call.desk] = call
    current = [
        c
        for c in latest_by_desk.values()
        if (t := queue.tickets.get(c.ticket)) is not None
        and t.state is TicketState.CALLED
        and t.desk == c.desk
    ]
    current.sort(key=lambda c: c.wall_ms, reverse=True)
    shown = {c.key for c in current}
    earlier: list[Call] = []
    seen_tickets = {c.ticket for c in current}
    for call in reversed(queue.calls):
        if len(earlier) >= recent:
            break
        if call.key in shown or call.ticket in seen_tickets:
            continue
        seen_tickets.add(call.ticket)
        earlier.append(call)
    waiting = tuple(
        WaitingCount(code, letter, len(queue.waiting(code))) for code, letter in services
    )
    return BoardState(tuple(current), tuple(earlier), waiting)
