"""Site replication: every terminal of a site serves its site-scope events and pulls its peers'.

Terminals relay each other's events (gossip), so the whole site converges as long as the
terminals are connected through some chain of working links. Peers come from config.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from store.journal import SqliteJournal
from sync.site_puller import OnIngested, SitePuller
from sync.site_server import SiteServer
from sync.site_status import PeerStatus

__all__ = ["PeerStatus", "SiteReplicator"]

log = logging.getLogger(__name__)


class SiteReplicator:
    """Serves this terminal's site events and keeps pulling from each configured peer.

    Args:
        journal: this terminal's journal.
        listen_host: the address to serve on (``0.0.0.0`` for the whole site network).
        listen_port: the port to serve on; 0 picks a free one (see ``port``).
        peers: base URLs of the other terminals, e.g. ``http://10.0.0.12:8470``.
        peer_key: the site's shared secret; requests and answers are signed with it.
        on_ingested: called from a puller thread with how many new events were stored,
            so a screen can refresh at once (hand it to the UI thread yourself).
        wait_s: how long one pull may wait at a peer for something new (at most 25 s).
    """

    def __init__(
        self,
        journal: SqliteJournal,
        *,
        listen_host: str,
        listen_port: int,
        peers: Sequence[str],
        peer_key: str,
        on_ingested: OnIngested | None = None,
        wait_s: float = 20.0,
    ) -> None:
        if not peer_key:
            raise ValueError("site replication needs the site's peer key")
        self.journal = journal
        self._server = SiteServer(journal, listen_host, listen_port, peer_key)
        self._pullers = [
            SitePuller(journal, url, peer_key, wait_s=wait_s, on_ingested=on_ingested)
            for url in dict.fromkeys(peers)
        ]
        self._started = False

    @property
    def port(self) -> int:
        """The port this terminal serves on."""
        return self._server.port

    @property
    def peers_waiting(self) -> int:
        """How many peer requests this terminal is answering now (mostly held long-polls)."""
        return self._server.in_flight

    def start(self) -> None:
        """Start serving and pulling, each on its own daemon thread."""
        if self._started:
            return
        self._started = True
        self._server.start()
        for puller in self._pullers:
            puller.start()
        log.info(
            "site replication for %s serving on port %d, pulling from %d peers",
            self.journal.origin,
            self.port,
            len(self._pullers),
        )

    def stop(self) -> None:
        """Stop pulling and serving; returns within about a second even mid long-poll."""
        for puller in self._pullers:
            puller.signal_stop()
        for puller in self._pullers:
            puller.stop()
        self._server.stop()

    def status(self) -> list[PeerStatus]:
        """How pulling from each peer is going, in the configured order."""
        return [puller.status() for puller in self._pullers]
