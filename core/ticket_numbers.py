"""Ticket numbers unique across a site for the day, with no coordination between terminals.

Each terminal that issues tickets has its own block, 1 to 9, set in its config. It issues
numbers ending in its block digit: block 1 gives H-001, H-011, H-021…; block 2 gives H-002,
H-012… So two kiosks never clash, even cut off from each other, and there is no ceiling on
how many a busy kiosk can issue. Numbering restarts each day because the queue it counts
from holds only the day's events; nothing is deleted.
"""

from __future__ import annotations

from core.site_queue import SiteQueue

BLOCKS = range(1, 10)


def format_number(letter: str, n: int) -> str:
    """``H`` and 17 make ``H-017``."""
    return f"{letter}-{n:03d}"


def next_number(queue: SiteQueue, letter: str, block: int) -> str:
    """The next number this terminal's block issues today for a service letter."""
    if block not in BLOCKS:
        raise ValueError(f"ticket block must be 1 to 9, got {block}")
    prefix = f"{letter}-"
    highest = -1
    for ticket in queue.tickets.values():
        if ticket.number.startswith(prefix):
            digits = ticket.number[len(prefix) :]
            if digits.isdecimal() and int(digits) % 10 == block:
                highest = max(highest, int(digits))
    n = block if highest < 0 else highest + 10
    return format_number(letter, n)
