"""Shared pieces for the central sync tests: the real reference case service and terminals.

The service runs in this process on loopback (port 0) over its own folder, with a content
folder copied from the repository's assets so a test may change what it hands out.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from core.events import Event, EventDraft, Scope, canonical_json
from store.journal import SqliteJournal
from sync import site_wire as wire
from sync.central_sync import CentralSync
from sync.reference.case_store import TerminalEntry
from sync.reference.server import RunningService, start_reference_service
from sync.terminal_identity import TerminalIdentity
from tests.conftest import ROOT, demo_private_key
from tests.sync.fault_proxy import FaultProxy

SITE = "idea-store-whitechapel"
TERMINAL = "kiosk-1"
ADMIN_TOKEN = "admin-token-for-the-tests"
# Short waits between retries so a test sees several; the real engine starts at 0.5 s.
FAST = {"first_backoff_s": 0.02, "max_backoff_s": 0.2, "idle_check_s": 0.05}


@dataclass
class Council:
    """The reference case service for one test, and the terminals and proxies it made."""

    folder: Path
    service: RunningService
    content: Path
    engines: list[CentralSync] = field(default_factory=list)
    journals: list[SqliteJournal] = field(default_factory=list)
    proxies: list[FaultProxy] = field(default_factory=list)

    @property
    def url(self) -> str:
        """The service's address."""
        return self.service.url

    def register(self, identity: TerminalIdentity, site: str = SITE, revoked: bool = False) -> None:
        """Put a terminal's public key in the service's register."""
        self.service.store.put_terminal(
            identity.terminal_id, TerminalEntry(identity.public_key_b64(), site, revoked)
        )

    def terminal(self, name: str = TERMINAL, *, register: bool = True) -> SqliteJournal:
        """A terminal's journal in its own data folder, registered with the service."""
        journal = SqliteJournal(self.folder / name, name, SITE)
        self.journals.append(journal)
        if register:
            self.register(TerminalIdentity.load_or_create(journal.data_dir, name))
        return journal

    def engine(self, journal: SqliteJournal, url: str | None = None, **options: Any) -> CentralSync:
        """A sync engine for the journal's terminal (not started), with fast retries."""
        made = CentralSync(
            journal.data_dir,
            journal.origin.split("~")[0],
            SITE,
            url or self.url,
            **{**FAST, **options},
        )
        self.engines.append(made)
        return made

    def proxy(self) -> FaultProxy:
        """A fault proxy in front of the service."""
        made = FaultProxy(self.service.port)
        self.proxies.append(made)
        return made

    def faults(self, **switches: int | bool) -> None:
        """Set the service's own fault switches."""
        self.service.app.faults.change(switches)

    def held(self, journal: SqliteJournal) -> int:
        """How many events the service holds; asserts each is the terminal's, byte for byte."""
        store = self.service.store
        mine = list(journal.events(origin=journal.origin))
        held = 0
        for event in mine:
            body = store.event_body(event.origin, event.seq)
            if body is not None:
                assert body == canonical_json(wire.event_to_wire(event)), event.seq
                held += 1
        return held

    def close(self) -> None:
        """Stop everything the test started."""
        for engine in self.engines:
            engine.stop()
        for proxy in self.proxies:
            proxy.close()
        self.service.stop()
        for journal in self.journals:
            journal.close()


def start_council(folder: Path) -> Council:
    """The reference service on loopback, over a copy of the demo content."""
    content = folder / "content"
    for part in ("catalogue", "demo"):
        shutil.copytree(ROOT / "assets" / part, content / part)
    service = start_reference_service(
        folder / "service",
        terminals={},
        admin_token=ADMIN_TOKEN,
        private_key_b64=demo_private_key(),
        content_dir=content,
    )
    return Council(folder, service, content)


def council_fixture(tmp_path: Path) -> Iterator[Council]:
    """Body of the ``council`` fixture."""
    made = start_council(tmp_path)
    try:
        yield made
    finally:
        made.close()


def fill(
    journal: SqliteJournal, count: int, *, blob_every: int = 0, blob_bytes: int = 1500
) -> list[Event]:
    """Append ``count`` events; every ``blob_every``-th carries a sealed-looking blob."""
    made = []
    for n in range(count):
        with_blob = blob_every and n % blob_every == 0
        draft = (
            EventDraft("document.scanned", {"n": n}, Scope.CENTRAL)
            if with_blob
            else EventDraft("ticket.issued", {"number": f"A{n:04d}"}, Scope.SITE)
        )
        made.append(journal.append(draft, [os.urandom(blob_bytes)] if with_blob else ()))
    return made


def blobs_of(events: list[Event]) -> list[str]:
    """Every blob digest the events name."""
    return [d for e in events for d in e.payload.get("blobs", [])]
