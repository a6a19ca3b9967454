"""A terminal that cannot listen on its site port still works, says why, and serves once it can.

At boot another program may hold the port (a second copy left running), or the configured
address may not be up yet. Crashing there would leave a kiosk with no screen at all, in a loop
of restarts; instead it pulls its peers' tickets, and keeps trying to listen.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.journal import SqliteJournal
from sync.site_peers import SiteReplicator
from tests.sync.site_support import KEY, SITE, Site, ticket, wait_until


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    made = Site(tmp_path)
    yield made
    made.close()


def test_a_desk_whose_port_is_held_takes_the_kiosks_tickets_and_serves_once_it_is_free(
    site: Site,
) -> None:
    holder = socket.create_server(("127.0.0.1", 0))
    port = holder.getsockname()[1]
    try:
        kiosk = site.terminal("kiosk-1")
        desk = site.terminal("desk-1", [kiosk.url], port=port)
        problem = desk.replicator.serving_problem
        assert problem is not None
        assert problem.startswith(f"another program is using 127.0.0.1:{port}")
        assert "give site.listen another port" in problem
        kiosk.journal.append(ticket(1))
        wait_until(lambda: desk.journal.site_cursors() == {"kiosk-1": 1}, "the ticket at the desk")
        desk.journal.append(ticket(2))  # the desk calls it; the board must hear of that
        board = site.terminal("board-1", [desk.url])
    finally:
        holder.close()
    wait_until(
        lambda: board.journal.site_cursors() == {"kiosk-1": 1, "desk-1": 1},
        "the board to pull from the desk once its port is free",
    )
    assert desk.replicator.serving_problem is None
    assert desk.replicator.port == port


def test_an_address_that_is_not_this_terminals_is_named_and_stopping_still_returns(
    tmp_path: Path,
) -> None:
    """192.0.2.1 is a documentation address no machine has (EADDRNOTAVAIL): as at a boot
    where the network is not up yet."""
    journal = SqliteJournal(tmp_path / "desk-1", "desk-1", SITE)
    lost = SiteReplicator(
        journal,
        listen_host="192.0.2.1",
        listen_port=8470,
        peers=[],
        peer_key=KEY,
        listen_retry_s=600,
    )
    lost.start()
    assert lost.serving_problem == (
        "192.0.2.1 is not one of this terminal's addresses (yet); it tries again every few "
        "seconds; check site.listen and the network settings"
    )
    assert (lost.port, lost.peers_waiting) == (8470, 0)
    stopping = threading.Thread(target=lost.stop)
    stopping.start()
    stopping.join(timeout=10)  # mid-wait for its next try: it must not wait the 600 s out
    assert not stopping.is_alive()
    journal.close()
