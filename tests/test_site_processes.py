"""A whole site as separate processes: two kiosks, two desks and a display board.

Each terminal is a real ``main.py`` process with its own journal, replicating over loopback
HTTP, driven through its real screens by widget name. Links run through relays so a test
can cut a desk off from the site while it keeps running.
"""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.site_processes import Terminal, start_site, wait_for

pytestmark = pytest.mark.qt

LAYOUT = [
    ("kiosk", "kiosk-1", 1, ""),
    ("kiosk", "kiosk-2", 2, ""),
    ("desk", "desk-1", 3, '[desk]\nname = "Desk 1"'),
    ("desk", "desk-2", 4, '[desk]\nname = "Desk 2"'),
    ("board", "board-1", 5, ""),
]
NUMBER = re.compile(r"^[A-Z]-\d{3,}$")


@pytest.fixture
def site(tmp_path: Path) -> Iterator[dict[str, Terminal]]:
    terminals = start_site(tmp_path, LAYOUT)
    try:
        yield {t.terminal_id: t for t in terminals}
    finally:
        for terminal in terminals:
            terminal.stop()


def take_ticket(kiosk: Terminal, service: str = "parking") -> str:
    """Take a walk-in ticket through the kiosk's screens; returns the number it shows."""
    kiosk.tap_when_ready("homeTile_ticket")
    kiosk.tap_when_ready(f"ticketService_{service}")
    kiosk.tap_when_ready("ticketPriority_no")
    number: str = wait_for(
        f"a number on {kiosk.terminal_id}",
        lambda: next((t for t in kiosk.texts() if NUMBER.match(t)), None),
    )
    kiosk.tap_when_ready("ticketDoneButton")
    return number


def numbers_in(terminal: Terminal) -> set[str]:
    """The ticket numbers in a terminal's own fold of the queue."""
    return {row[0] for row in terminal.queue()["tickets"]}


def converged(terminals: list[Terminal]) -> bool:
    digests = {t.queue()["digest"] for t in terminals}
    return len(digests) == 1


def test_a_kiosk_ticket_reaches_both_desks_and_the_board(site: dict[str, Terminal]) -> None:
    number = take_ticket(site["kiosk-1"])
    for desk in ("desk-1", "desk-2"):
        wait_for(f"{number} on {desk}'s screen", lambda d=desk: site[d].shows(number))
    wait_for(f"{number} in the board's queue", lambda: number in numbers_in(site["board-1"]))
    # The board shows the waiting count, never the number until it is called.
    assert not site["board-1"].shows(number)
    site["desk-2"].tap_when_ready("callNextButton")
    wait_for(f"{number} called on the board", lambda: site["board-1"].shows(number))
    assert site["board-1"].shows("Desk 2")


def test_a_desk_cut_off_leaves_the_rest_working_and_catches_up(
    site: dict[str, Terminal],
) -> None:
    everyone = list(site.values())
    first = take_ticket(site["kiosk-2"])
    wait_for("the first ticket everywhere", lambda: all(first in numbers_in(t) for t in everyone))
    site["desk-2"].isolate()
    during = [take_ticket(site["kiosk-1"]), take_ticket(site["kiosk-2"])]
    site["desk-1"].tap_when_ready("callNextButton")
    wait_for(f"{first} called on the board", lambda: site["board-1"].shows(first))
    assert not numbers_in(site["desk-2"]) & set(during)
    site["desk-2"].reconnect()
    wait_for("every terminal to fold the same queue", lambda: converged(everyone), 60)
    assert set(during) <= numbers_in(site["desk-2"])
    assert len({n for t in everyone for n in numbers_in(t)}) == 3


def test_two_desks_calling_one_ticket_while_cut_off_resolve_and_the_loser_is_told(
    site: dict[str, Terminal],
) -> None:
    everyone = list(site.values())
    number = take_ticket(site["kiosk-1"])
    wait_for(
        "the ticket on both desks", lambda: all(site[d].shows(number) for d in ("desk-1", "desk-2"))
    )
    site["desk-2"].isolate()
    site["desk-1"].tap_when_ready("callNextButton")
    # The call is saved off the desk's UI thread: wait until it is in desk-1's journal, so
    # it is the earlier call (a tap alone could still be saved after desk-2's).
    wait_for(
        "desk-1's call recorded",
        lambda: [number, "desk-1"] in site["desk-1"].queue()["calls"],
    )
    site["desk-2"].tap_when_ready("callNextButton")  # it cannot know desk-1 already has it
    site["desk-2"].reconnect()
    wait_for("every terminal to fold the same queue", lambda: converged(everyone), 60)
    for terminal in everyone:
        assert terminal.queue()["conflicts"] == [[number, "desk-1", "desk-2"]]
    wait_for("the lost-call banner on desk-2", lambda: site["desk-2"].shows("was called by"))
    assert not site["desk-1"].shows("was called by")


def test_a_desk_whose_port_another_program_holds_starts_says_so_and_is_reached_once_free(
    tmp_path: Path,
) -> None:
    """No crash loop at boot: the desk opens, names the problem, still gets the kiosk's
    tickets, and once the port is free the kiosk hears of the desk's call."""
    kiosk = Terminal(tmp_path, "kiosk", "kiosk-1", 1)
    desk = Terminal(tmp_path, "desk", "desk-1", 3, '[desk]\nname = "Desk 1"')
    kiosk.write_config([desk])
    desk.write_config([kiosk])
    holder = socket.create_server(("127.0.0.1", desk.port))
    try:
        kiosk.start()
        desk.start()
        wait_for(
            "the desk to say why peers cannot reach it",
            lambda: desk.shows("Peers cannot reach this desk: another program is using"),
        )
        number = take_ticket(kiosk)
        wait_for(f"{number} on the desk's screen", lambda: desk.shows(number))
        holder.close()
        desk.tap_when_ready("callNextButton")
        wait_for(
            "the desk's call in the kiosk's queue",
            lambda: [number, "desk-1"] in kiosk.queue()["calls"],
            60,
        )
    finally:
        holder.close()
        kiosk.stop()
        desk.stop()
