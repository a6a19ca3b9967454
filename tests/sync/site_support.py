"""Shared pieces for the site replication tests: terminals on loopback and a deadline wait."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from core.events import Event, EventDraft, Scope
from store.journal import SqliteJournal
from sync import site_wire as wire
from sync.site_peers import SiteReplicator
from tests.sync.cut_proxy import CutProxy

SITE = "idea-store-whitechapel"
KEY = "shared-site-key-for-tests"
# Generous for a loaded 2-core CI machine; a passing run returns as soon as the condition holds.
DEADLINE_S = 20.0


def wait_until(condition: Callable[[], bool], what: str, timeout_s: float = DEADLINE_S) -> None:
    """Check ``condition`` every 10 ms until it holds; fail the test, naming ``what``, if not."""
    pause = threading.Event()
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s} s waiting for {what}")
        pause.wait(0.01)


def ticket(n: int) -> EventDraft:
    """A site-scope event, as a kiosk issuing a queue ticket would write."""
    return EventDraft("ticket.issued", {"number": f"A{n:03d}"}, Scope.SITE)


def site_keys(journal: SqliteJournal) -> set[tuple[str, int]]:
    """Every site-scope ``(origin, seq)`` the journal holds."""
    return {(e.origin, e.seq) for e in journal.events() if e.scope is Scope.SITE}


@dataclass
class Terminal:
    """One terminal under test: its journal and its replicator."""

    journal: SqliteJournal
    replicator: SiteReplicator

    @property
    def url(self) -> str:
        """Where its peers reach it directly."""
        return f"http://127.0.0.1:{self.replicator.port}"


@dataclass
class Site:
    """Terminals and proxies made by one test, all stopped and closed at the end."""

    folder: Path
    terminals: list[Terminal] = field(default_factory=list)
    proxies: list[CutProxy] = field(default_factory=list)
    ingested: list[int] = field(default_factory=list)

    def terminal(
        self,
        name: str,
        peers: Sequence[str] = (),
        *,
        key: str = KEY,
        site: str = SITE,
        start: bool = True,
        port: int = 0,
        listen_retry_s: float = 0.2,
    ) -> Terminal:
        """A terminal with its own journal folder, pulling from ``peers``."""
        journal = SqliteJournal(self.folder / name, name, site)
        replicator = SiteReplicator(
            journal,
            listen_host="127.0.0.1",
            listen_port=port,
            peers=peers,
            peer_key=key,
            on_ingested=self.ingested.append,
            listen_retry_s=listen_retry_s,
        )
        made = Terminal(journal, replicator)
        self.terminals.append(made)
        if start:
            replicator.start()
        return made

    def proxy(self) -> CutProxy:
        """A cuttable link; set its ``target`` to the terminal it leads to."""
        made = CutProxy()
        self.proxies.append(made)
        return made

    def close(self) -> None:
        """Stop every replicator, then close journals and proxies."""
        for made in self.terminals:
            made.replicator.stop()
        for made in self.terminals:
            made.journal.close()
        for proxy in self.proxies:
            proxy.close()


def raw_pull(
    url: str, body: dict[str, Any] | bytes, *, key: str = KEY, timeout_s: float = 30
) -> requests.Response:
    """A signed ``POST /site/v1/pull`` sent by hand, as a peer would."""
    data = body if isinstance(body, bytes) else wire.encode(body)
    with requests.Session() as session:
        return session.post(
            url + wire.PULL_PATH,
            data=data,
            headers={wire.AUTH_HEADER: wire.sign(key, "POST", wire.PULL_PATH, data)},
            timeout=timeout_s,
        )


def events_in(answer: requests.Response) -> list[Event]:
    """The events in a pull answer, checked as a puller checks them."""
    return wire.events_from_wire(answer.json()["events"], SITE)
