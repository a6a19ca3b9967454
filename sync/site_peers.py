"""Site replication: every terminal of a site serves its site-scope events and pulls its peers'.

Terminals relay each other's events (gossip), so the whole site converges as long as the
terminals are connected through some chain of working links. Peers come from config.

A terminal that cannot listen on its configured port (another program holds it, or the address
is not up yet at boot) still starts: it pulls from its peers, and keeps trying to listen until it
can, so its own tickets reach the site without anyone restarting it.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Sequence

from store.journal import SqliteJournal
from sync.site_puller import OnIngested, SitePuller
from sync.site_server import SiteServer
from sync.site_status import PeerStatus

__all__ = ["PeerStatus", "SiteReplicator"]

log = logging.getLogger(__name__)

# How often a terminal that could not listen on its port tries again.
LISTEN_RETRY_S = 5.0


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
        listen_retry_s: how often to try the port again when it could not be listened on.
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
        listen_retry_s: float = LISTEN_RETRY_S,
    ) -> None:
        if not peer_key:
            raise ValueError("site replication needs the site's peer key")
        self.journal = journal
        self._listen = (listen_host, listen_port)
        self._key = peer_key
        self._retry_s = listen_retry_s
        self._stopping = threading.Event()
        self._serving = threading.Lock()  # the server's start and stop, never both at once
        self._retrying: threading.Thread | None = None
        self._problem: str | None = None
        self._server = self._open_server()
        self._pullers = [
            SitePuller(journal, url, peer_key, wait_s=wait_s, on_ingested=on_ingested)
            for url in dict.fromkeys(peers)
        ]
        self._started = False

    @property
    def port(self) -> int:
        """The port this terminal serves on (the configured one while it cannot yet)."""
        server = self._server
        return server.port if server is not None else self._listen[1]

    @property
    def peers_waiting(self) -> int:
        """How many peer requests this terminal is answering now (mostly held long-polls)."""
        server = self._server
        return server.in_flight if server is not None else 0

    @property
    def serving_problem(self) -> str | None:
        """Why peers cannot pull from this terminal, in plain words; None while they can."""
        return self._problem

    def start(self) -> None:
        """Start serving and pulling, each on its own daemon thread."""
        if self._started:
            return
        self._started = True
        if self._server is not None:
            self._server.start()
        else:
            self._retrying = threading.Thread(
                target=self._keep_trying, name="site-listen", daemon=True
            )
            self._retrying.start()
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
        self._stopping.set()
        if self._retrying is not None:
            self._retrying.join()
        with self._serving:
            if self._server is not None:
                self._server.stop()

    def status(self) -> list[PeerStatus]:
        """How pulling from each peer is going, in the configured order."""
        return [puller.status() for puller in self._pullers]

    def _open_server(self) -> SiteServer | None:
        """Listen on the configured address, or say why not (logged once per reason)."""
        host, port = self._listen
        try:
            server = SiteServer(self.journal, host, port, self._key)
        except OSError as exc:
            problem = listen_problem(host, port, exc)
            if problem != self._problem:
                log.error("site peers cannot reach this terminal: %s", problem)
            self._problem = problem
            return None
        if self._problem is not None:
            log.warning("site peers can reach this terminal again, on %s:%d", host, server.port)
        self._problem = None
        return server

    def _keep_trying(self) -> None:
        while not self._stopping.wait(self._retry_s):
            server = self._open_server()
            if server is None:
                continue
            with self._serving:
                if self._stopping.is_set():
                    server.stop()
                else:
                    server.start()
                    self._server = server
            return


def listen_problem(host: str, port: int, error: OSError) -> str:
    """Why ``host:port`` could not be listened on, and what IT can do, in plain words."""
    where = f"{host}:{port}"
    if error.errno == errno.EADDRINUSE:
        return (
            f"another program is using {where} (a second copy of civic-kiosk?); this terminal "
            "still works and receives its peers' events, and tries again every few seconds: "
            "stop the other program or give site.listen another port"
        )
    if error.errno == errno.EACCES:
        return f"this terminal may not listen on {where}; give site.listen a port above 1024"
    if error.errno == errno.EADDRNOTAVAIL:
        return (
            f"{host} is not one of this terminal's addresses (yet); it tries again every few "
            "seconds; check site.listen and the network settings"
        )
    return f"cannot listen on {where}: {error.strerror or error}"
