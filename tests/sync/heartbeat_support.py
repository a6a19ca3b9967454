"""Pieces for the heartbeat tests: the reference service with a clock the test moves, and
terminals whose health is gathered for real (operations/health.py) from their own folders."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from core.clock import wall_clock_ms
from core.config import TerminalConfig, load_config
from operations.health import HealthGatherer
from sync.heartbeat import Heartbeat
from sync.reference import RunningService, TerminalEntry, start_reference_service
from sync.terminal_identity import KEY_FILE, TerminalIdentity
from tests.conftest import ROOT, demo_private_key
from tests.sync.case_service_support import (
    ADMIN_TOKEN,
    BASE,
    SITE,
    Admin,
    CaseClient,
    Contract,
    TerminalKey,
)

TERMINALS_PATH = BASE + "/admin/terminals"


class ServiceClock:
    """The case service's clock: the real one, plus however far the test has moved it on."""

    def __init__(self) -> None:
        self.ahead_ms = 0

    def __call__(self) -> int:
        """Now, as the service sees it (Unix ms)."""
        return wall_clock_ms() + self.ahead_ms

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` pass for the service at once."""
        self.ahead_ms += int(seconds * 1000)


@dataclass
class Kiosk:
    """A terminal with its own data folder, key, configuration and health gatherer."""

    terminal_id: str
    data_dir: Path
    config: TerminalConfig
    identity: TerminalIdentity
    gatherer: HealthGatherer

    @property
    def key(self) -> TerminalKey:
        """The same key pair, as the contract-checking test client signs with it."""
        lines = (self.data_dir / KEY_FILE).read_text(encoding="ascii").splitlines()
        seed = next(line for line in lines if line and not line.startswith("#"))
        return TerminalKey(self.terminal_id, SITE, SigningKey(base64.b64decode(seed)))


@dataclass
class Council:
    """The reference service (its clock moved by the test) and the terminals made for it."""

    folder: Path
    clock: ServiceClock
    silent_after_s: float
    service: RunningService | None = None
    register: dict[str, TerminalEntry] = field(default_factory=dict)
    heartbeats: list[Heartbeat] = field(default_factory=list)
    contract: Contract = field(default_factory=Contract)

    @property
    def url(self) -> str:
        """The running service's address."""
        assert self.service is not None
        return self.service.url

    def start(self, port: int = 0) -> None:
        """Start (again, on the same records) on ``port``."""
        self.service = start_reference_service(
            self.folder / "service",
            port=port,
            terminals=self.register,
            admin_token=ADMIN_TOKEN,
            private_key_b64=demo_private_key(),
            content_dir=ROOT / "assets",
            silent_after_s=self.silent_after_s,
            clock_ms=self.clock,
        )

    def stop(self) -> None:
        """Stop the service if it runs."""
        if self.service is not None:
            self.service.stop()
            self.service = None

    def kiosk(self, terminal_id: str, *, register: bool = True) -> Kiosk:
        """A terminal whose health is gathered for real; registered unless told otherwise."""
        data_dir = self.folder / terminal_id
        config = dataclasses.replace(
            load_config(None),
            terminal_id=terminal_id,
            case_service_url=self.url,
            scanner="simulated",
            card_reader="none",
        )
        identity = TerminalIdentity.load_or_create(data_dir, terminal_id)
        printer = {"name": "roll", "kind": "file", "folder": str(data_dir / "printouts")}
        gatherer = HealthGatherer(config, data_dir, [printer], in_app=True, started=0.0)
        if register:
            self.register[terminal_id] = TerminalEntry(identity.public_key_b64(), SITE)
            assert self.service is not None
            self.service.store.put_terminal(terminal_id, self.register[terminal_id])
        return Kiosk(terminal_id, data_dir, config, identity, gatherer)

    def heartbeat(self, kiosk: Kiosk, **options: Any) -> Heartbeat:
        """A started heartbeat for the kiosk: first beat at once, quick retries."""
        beat = Heartbeat(
            self.url,
            kiosk.identity,
            kiosk.gatherer.gather,
            **{"first_after_s": 0.0, "first_backoff_s": 0.02, **options},
        )
        beat.start()
        self.heartbeats.append(beat)
        return beat

    def admin(self) -> Admin:
        """The back office, its answers checked against the OpenAPI document."""
        return Admin(lambda: self.url, self.contract)

    def client(self, key: TerminalKey) -> CaseClient:
        """A terminal's contract-checking client."""
        return CaseClient(lambda: self.url, key, self.contract)

    def listed(self) -> dict[str, dict[str, Any]]:
        """IT's list of terminals, by id."""
        answer = self.admin().call("GET", TERMINALS_PATH)
        assert answer.status_code == 200, answer.text
        return {row["terminal"]: row for row in answer.json()["terminals"]}

    def close(self) -> None:
        """Stop every heartbeat and the service."""
        for beat in self.heartbeats:
            beat.stop()
        self.stop()


def council_fixture(folder: Path, silent_after_s: float = 300.0) -> Iterator[Council]:
    """Body of a fixture: a started council, closed afterwards."""
    council = Council(folder, ServiceClock(), silent_after_s)
    council.start()
    try:
        yield council
    finally:
        council.close()


def sample_health(terminal_id: str = "kiosk-1") -> dict[str, Any]:
    """A health report as a terminal sends it (for schema checks that need one by hand)."""
    return {
        "format": 1,
        "terminal": terminal_id,
        "site": SITE,
        "role": "kiosk",
        "version": "0.1.0",
        "commit": None,
        "gathered_at": "2026-11-23T10:15:00Z",
        "uptime_s": 3600,
        "machine_uptime_s": 7200,
        "sync": {
            "configured": True,
            "state": "up to date",
            "backlog": 0,
            "oldest_unsent": None,
            "last_success": "2026-11-23T10:14:58Z",
            "last_error": None,
        },
        "printers": [
            {
                "name": "roll",
                "kind": "cups",
                "ready": False,
                "paper": "out",
                "fault": "paper_out",
                "detail": "media-empty",
            }
        ],
        "scanner": {"configured": "auto", "present": True, "device": "test:0", "detail": ""},
        "card_reader": {"configured": "none", "present": None, "reader": "", "detail": ""},
        "disk": {
            "path": "/var/lib/civic-kiosk",
            "free_bytes": 10**10,
            "total_bytes": 10**11,
            "detail": "",
        },
        "journal": {"integrity": "ok", "checked": "at start-up", "quarantined": []},
    }
