"""Catalogue versions reaching a real desk and a real display board, as they reach a kiosk.

The reference case service runs on loopback over a content folder the test edits as a
council would. ``main.py desk`` and ``main.py display`` run offscreen as their own processes
(tests/site_processes.py), peered with each other, registered with the service and pulling
every second. What a version changes is read off their screens through the automation
socket; what they recorded, from their journals (read-only, as ``main.py status`` reads
them) and from ``main.py status`` itself. The desk here has no card reader, so nobody is
signed in at it: tests/assisted/test_desk_content.py shows it waiting for staff to sign out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from store.inspect import inspect_journal
from sync.terminal_identity import TerminalIdentity
from tests.cli_support import run_main
from tests.operations.content_support import (
    HOUSING,
    catalogue_file,
    edit,
    publish_good_catalogue,
    write,
)
from tests.site_processes import Terminal, wait_for
from tests.sync.central_support import Council

pytestmark = pytest.mark.qt
RESTART_S = 90.0  # the quiet time (5 s board, 10 s desk), then a start-up on two loaded cores
OLD_HOUSING = "Housing: no one waiting"
NEW_HOUSING = f"{HOUSING}: no one waiting"
SERVING = re.compile(r"^[A-Z]-\d{3,} · Housing")  # a waiting ticket's button says its wait


@pytest.fixture
def terminals(tmp_path: Path, council: Council) -> Iterator[tuple[Terminal, Terminal]]:
    """Desk 1 and the board, started, each having pulled what the council publishes now."""
    pulling = f'[case_service]\nurl = "{council.url}"\npull_every_s = 1\n'
    desk = Terminal(
        tmp_path / "site",
        "desk",
        "desk-1",
        3,
        f'[desk]\nname = "Desk 1"\n[staff]\ncard_reader = "none"\n{pulling}',
    )
    board = Terminal(tmp_path / "site", "board", "board-1", 5, pulling)
    made = (desk, board)
    try:
        for terminal, other in ((desk, board), (board, desk)):
            terminal.write_config([other])
            council.register(TerminalIdentity.load_or_create(data(terminal), terminal.terminal_id))
        for terminal in made:
            terminal.start()
        for terminal in made:
            wait_for(f"{terminal.terminal_id}'s first pull", partial(pulled_once, terminal))
        yield made
    finally:
        for terminal in made:
            terminal.stop()


def data(terminal: Terminal) -> Path:
    """The terminal's data folder."""
    return terminal.folder / "data"


def pulled_once(terminal: Terminal) -> bool:
    """The engine has pulled the catalogue and the settings at least once."""
    central = data(terminal) / "central"
    return (central / "catalogue.json").is_file() and (central / "settings.json").is_file()


def events(terminal: Terminal) -> dict[str, int]:
    """The terminal's journal events by type, read read-only."""
    return dict(inspect_journal(data(terminal)).counts)


def refusals(terminal: Terminal) -> int:
    """How many versions the terminal has refused, by its journal."""
    return events(terminal).get("content.refused", 0)


def serving_text(terminal: Terminal) -> str:
    """What the desk's "now serving" panel shows ("" for no one, or while it restarts)."""
    try:
        reply = terminal.ctl({"op": "texts"})
    except OSError:
        return ""
    return next((t for t in reply.get("texts", []) if SERVING.match(t)), "")


def shows(terminal: Terminal, fragment: str) -> bool:
    """True if the screen shows ``fragment``; False while the terminal starts again."""
    assert terminal.process is not None and terminal.process.poll() is None, terminal.log_tail()
    try:
        return terminal.shows(fragment)
    except (OSError, KeyError):
        return False


def test_a_bad_catalogue_is_refused_and_a_good_one_reaches_the_desk_and_the_board(
    council: Council, terminals: tuple[Terminal, Terminal]
) -> None:
    desk, board = terminals
    assert shows(desk, OLD_HOUSING) and board.shows("Housing")
    pids = [t.process.pid for t in terminals if t.process is not None]
    before = catalogue_file(council.content).read_text(encoding="utf-8")

    def rename_a_service_but_not_its_forms(catalogue: dict[str, Any]) -> None:
        for service in catalogue["services"]:
            if service["code"] == "housing":
                service["name"] = {"en": HOUSING}
            if service["code"] == "waste-environment":
                service["code"] = "waste"

    edit(catalogue_file(council.content), rename_a_service_but_not_its_forms)
    for terminal in terminals:
        wait_for(
            f"the broken catalogue refused at {terminal.terminal_id}",
            partial(refusals, terminal),
        )
    status = run_main(
        "--config", str(board.folder / "terminal.toml"), "--data", str(data(board)), "status"
    )
    assert "no catalogue service 'waste-environment'" in status.stdout
    assert shows(desk, OLD_HOUSING) and not shows(desk, HOUSING)  # the old one, still in use
    assert not shows(board, HOUSING)

    # Reception gives a walk-in ticket for housing and calls it, without signing in.
    desk.tap_when_ready("walkInButton")
    desk.tap_when_ready("callNextButton")
    serving = wait_for("the ticket being served", lambda: serving_text(desk))
    number = serving.split(" · ")[0]
    assert serving == f"{number} · Housing"
    wait_for("the call on the board", lambda: shows(board, number))

    write(catalogue_file(council.content), before)  # the council mends what it broke
    publish_good_catalogue(council.content)
    wait_for("the new name on the board", lambda: shows(board, HOUSING), RESTART_S)
    wait_for("the new name on the desk", lambda: shows(desk, NEW_HOUSING), RESTART_S)
    assert serving_text(desk) == f"{number} · {HOUSING}"  # still served, under its new name
    assert shows(board, number)
    assert [t.process.pid for t in terminals if t.process is not None] == pids  # in place
    for terminal in terminals:
        counted = events(terminal)
        assert counted["content.applied"] == 1, terminal.terminal_id
        assert counted["content.staged"] == 1, terminal.terminal_id
    # Restarting onto a new catalogue is not closing the desk: the site still counts it.
    assert events(desk).get("desk.closed") is None
    assert events(desk)["desk.opened"] == 1
