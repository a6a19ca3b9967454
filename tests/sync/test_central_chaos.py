"""Chaos: sync attempts over a link that misbehaves at random, the engine SIGKILLed often.

A real terminal journal with a backlog (some events naming sealed blobs, a few of them large
enough to go up in several chunks) is drained by the real engine in a child process, through
a proxy that gives every connection a fault picked by a seeded random: a reset mid-body, an
answer lost after the service committed (the proxy dropping or holding it, or the service's
own ``drop_after_commit`` switch), a slow drip, a 5xx, a 200 HTML sign-in page, duplicate
delivery. Every 30 to 80 attempts the engine is SIGKILLed at a chosen point of a request and
started again on the same folder, while the test keeps appending events. Then, faults off,
it drains fully, and the SERVICE's own records are checked: every journal event held once,
byte for byte, and every blob byte-identical.

Under ``make test`` it is 1,000 attempts on a 2,000-event backlog with about 30 MB of blobs;
under ``make evidence`` (``EVIDENCE_SCALE=full``) 2,000 attempts on 10,000 events and 1 GB of
blobs, and the figures go to ``build/evidence.md``.

Run with ``-s`` to see the report. ``CENTRAL_CHAOS_SEED=<n>`` repeats a run's choices (the
timing of threads and processes still varies).
"""

from __future__ import annotations

import contextlib
import filecmp
import hashlib
import json
import os
import queue
import secrets
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from random import Random
from typing import IO, Any

import pytest
import requests

from core.events import Event, EventDraft, Scope, canonical_json
from evidence.figures import at_scale, record
from store.journal import SqliteJournal
from sync import site_wire as wire
from tests.conftest import ROOT
from tests.sync.central_support import ADMIN_TOKEN, SITE, TERMINAL, Council, council_fixture
from tests.sync.chaos_proxy import KILL_POINTS, ChaosProxy, Plan

pytestmark = pytest.mark.slow

ATTEMPTS = at_scale(ci=1000, full=2000)
BACKLOG = at_scale(ci=2000, full=10_000)
BATCH_EVENTS = 20
KILL_EVERY = (30, 80)  # attempts between SIGKILLs
# 5 to 9 MiB each: two or three tus chunks. At full scale they bring the blobs to about 1 GB.
LARGE_BLOBS = at_scale(ci=3, full=140)
LARGE_AT = {round((n + 0.5) * BACKLOG / LARGE_BLOBS) for n in range(LARGE_BLOBS)}
SUITE = "Sync under faults"
FINAL_DRAINS = 30
WAIT_S = 60.0
# Per connection; "relay" is no fault. The rest are the faults the brief names.
WEIGHTS = {
    "relay": 65.0,
    "duplicate": 4.0,
    "duplicate_late": 2.0,
    "drip": 1.5,
    "reset_request": 5.0,
    "reset_response": 4.0,
    "drop_answer": 3.0,
    "hold_answer": 0.25,
    "bad_gateway": 2.5,
    "portal": 3.0,
    "service_fail": 3.0,
    "service_html": 3.0,
    "service_drop": 4.0,
}


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference case service, stopped afterwards."""
    yield from council_fixture(tmp_path)


class EngineProcess:
    """The engine in a child process (tests/sync/central_chaos_child.py), one drain per ask."""

    def __init__(self, data_dir: Path, url: str, log: IO[bytes]) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.central_chaos_child",
                *(str(data_dir), TERMINAL, SITE, url, str(BATCH_EVENTS)),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
            text=True,
        )
        self._lines: queue.Queue[str | None] = queue.Queue()
        assert self.process.stdout is not None
        self._reader = threading.Thread(target=self._read, args=(self.process.stdout,))
        self._reader.start()
        assert self._lines.get(timeout=WAIT_S) == "ready"

    def _read(self, stdout: IO[str]) -> None:
        for line in stdout:
            self._lines.put(line.strip())
        self._lines.put(None)  # the process ended (or was killed)

    def ask_drain(self) -> None:
        """Start one ``drain_once`` (a dead process's pipe may already be closed)."""
        assert self.process.stdin is not None
        try:
            self.process.stdin.write("drain\n")
            self.process.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass

    def outcome(self) -> dict[str, Any] | None:
        """The drain's status, or None when the process died (was killed) first."""
        line = self._lines.get(timeout=WAIT_S)
        return None if line is None else dict(json.loads(line))

    def kill(self) -> None:
        """SIGKILL, and reap it."""
        self.process.kill()
        self.process.wait(timeout=WAIT_S)

    def quit(self) -> int:
        """Ask it to stop cleanly; its exit status."""
        assert self.process.stdin is not None
        self.process.stdin.write("quit\n")
        self.process.stdin.flush()
        return self.process.wait(timeout=WAIT_S)

    def close(self) -> None:
        """Reap the process and close its pipes."""
        if self.process.poll() is None:
            self.kill()
        self._reader.join(timeout=WAIT_S)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                with contextlib.suppress(BrokenPipeError):
                    pipe.close()


@dataclass
class Chaos:
    """The seeded choices: one random for the link, one for the terminal's side."""

    seed: int
    link: Random = field(init=False)
    terminal: Random = field(init=False)
    calm: bool = False
    kill_in: int = 0  # connections until the armed kill; 0 when none is armed
    kill_at: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.link = Random(self.seed)
        self.terminal = Random(self.seed + 1)

    def arm_kill(self) -> None:
        """Kill the engine on one of its next few connections, at a random point."""
        with self.lock:
            self.kill_in = self.terminal.randint(1, 6)
            self.kill_at = self.terminal.choice(KILL_POINTS)

    def plan(self, method: str, path: str) -> Plan:
        """The fault for the next connection (called by the proxy, one at a time)."""
        with self.lock:
            if self.calm:
                return Plan()
            if self.kill_in:
                self.kill_in -= 1
                if self.kill_in == 0:
                    return Plan(fraction=self.link.uniform(0.05, 0.95), kill=self.kill_at)
            fault = self.link.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
            fraction = self.link.uniform(0.05, 0.95)
            # Mostly a trickle that still arrives in time; sometimes slower than the engine waits.
            drip_s, piece = (0.002, 64) if self.link.random() < 0.75 else (0.05, 16)
            status = self.link.choice((500, 502, 503, 504))
        switches: dict[str, Any] = {
            "service_fail": {"fail_next": 1, "status": status},
            "service_html": {"html_next": 1},
            "service_drop": {"drop_after_commit_next": 1},
        }.get(fault, {})
        return Plan(fault, fraction, drip_s, piece, switches)


class Terminal:
    """The kiosk's side: its journal, and new events (some with sealed blobs) as it works."""

    def __init__(self, journal: SqliteJournal, rng: Random) -> None:
        self.journal = journal
        self._rng = rng
        self._reusable: list[str] = []
        self.count = 0

    def append(self, *, blob_chance: float, large: bool = False) -> Event:
        """One event; with ``blob_chance`` it names one or two sealed blobs."""
        self.count += 1
        rng = self._rng
        if large or rng.random() < blob_chance:
            blobs = [self._blob(large)]
            if rng.random() < 0.15:
                blobs.append(self._blob(False))
            draft = EventDraft("document.scanned", {"n": self.count}, Scope.CENTRAL)
            event = self.journal.append(draft, blobs)
            # Offered for reuse only once stored: a second blob of the same event must not
            # name the first before the journal holds it.
            self._reusable.extend(
                hashlib.sha256(b).hexdigest() for b in blobs if len(b) < 1024 * 1024
            )
            return event
        draft = EventDraft("ticket.issued", {"number": f"A{self.count:05d}"}, Scope.SITE)
        return self.journal.append(draft)

    def _blob(self, large: bool) -> bytes:
        rng = self._rng
        if self._reusable and not large and rng.random() < 0.05:
            # The same sealed file named by a second event.
            return self.journal.blobs.get(rng.choice(self._reusable))
        if large:
            size = rng.randint(5 * 1024 * 1024, 9 * 1024 * 1024)
        elif rng.random() < 0.9:
            size = rng.randint(64, 48 * 1024)
        else:
            size = rng.randint(48 * 1024, 600 * 1024)
        return rng.randbytes(size)


def set_service_faults(url: str, switches: dict[str, Any]) -> None:
    """``POST /case/v1/admin/faults`` on the service itself (never through the proxy)."""
    answer = requests.post(
        url + "/case/v1/admin/faults",
        json=switches,
        headers={"X-Admin-Token": ADMIN_TOKEN},
        timeout=WAIT_S,
    )
    assert answer.status_code == 200, answer.text


@dataclass
class Report:
    """What the service's records say, against the journal."""

    sent: int = 0
    stored: int = 0
    acknowledged: int = 0
    lost: int = 0
    duplicated: int = 0
    extra: int = 0
    different: int = 0
    conflicts: int = 0
    blobs: int = 0
    blobs_identical: int = 0
    blob_bytes: int = 0
    uploads: dict[str, int] = field(default_factory=dict)
    part_files: int = 0
    part_bytes: int = 0


def server_report(council: Council, journal: SqliteJournal) -> Report:
    """Compare the service's own records with the journal."""
    store = council.service.store
    mine = list(journal.events(origin=journal.origin))
    report = Report(sent=len(mine), stored=store.event_count())
    report.acknowledged = store.acknowledged(journal.origin)
    db = sqlite3.connect(f"{(store.data_dir / 'case-service.db').as_uri()}?mode=ro", uri=True)
    try:
        rows = db.execute("SELECT origin, seq, body FROM events").fetchall()
        report.conflicts = int(db.execute("SELECT count(*) FROM conflicts").fetchone()[0])
        report.uploads = {
            str(state): int(n)
            for state, n in db.execute("SELECT state, count(*) FROM uploads GROUP BY state")
        }
    finally:
        db.close()
    held: dict[tuple[str, int], list[str]] = {}
    ids: Counter[str] = Counter()
    for origin, seq, body in rows:
        held.setdefault((str(origin), int(seq)), []).append(str(body))
        ids[str(json.loads(body)["id"])] += 1
    report.duplicated = sum(len(b) - 1 for b in held.values()) + sum(n - 1 for n in ids.values())
    keys = set()
    for event in mine:
        keys.add((event.origin, event.seq))
        bodies = held.get((event.origin, event.seq))
        if not bodies:
            report.lost += 1
        elif bodies[0] != canonical_json(wire.event_to_wire(event)):
            report.different += 1
    report.extra = len(set(held) - keys)
    digests = {d for e in mine for d in e.payload.get("blobs", [])}
    report.blobs = len(digests)
    for digest in digests:
        ours, theirs = journal.blobs.path_for(digest), store.blobs.path_for(digest)
        if theirs.exists() and filecmp.cmp(ours, theirs, shallow=False):
            with theirs.open("rb") as stored:
                if hashlib.file_digest(stored, "sha256").hexdigest() == digest:
                    report.blobs_identical += 1
                    report.blob_bytes += theirs.stat().st_size
    parts = list(store.uploads_dir.glob("*.part"))
    report.part_files = len(parts)
    report.part_bytes = sum(p.stat().st_size for p in parts)
    return report


def test_attempts_through_chaos_and_sigkills_lose_and_double_nothing(
    council: Council, tmp_path: Path
) -> None:
    seed = int(os.environ.get("CENTRAL_CHAOS_SEED") or secrets.randbits(32))
    print(f"\ncentral sync chaos: seed {seed} (CENTRAL_CHAOS_SEED={seed} to repeat the choices)")
    started = time.monotonic()
    chaos = Chaos(seed)
    journal = council.terminal()
    terminal = Terminal(journal, chaos.terminal)
    for n in range(BACKLOG):
        terminal.append(blob_chance=1 / 12, large=n in LARGE_AT)
    filled_s = time.monotonic() - started

    engine: EngineProcess | None = None
    current: list[EngineProcess] = []
    kills = 0
    outcomes: Counter[str] = Counter()

    def kill_engine() -> None:
        current[-1].kill()

    proxy = ChaosProxy(
        council.service.port,
        chaos.plan,
        kill_engine,
        lambda switches: set_service_faults(council.url, switches),
    )
    log_path = tmp_path / "engine.log"
    log = log_path.open("wb")

    def start_engine() -> EngineProcess:
        made = EngineProcess(journal.data_dir, proxy.url, log)
        current.append(made)
        return made

    try:
        next_kill = chaos.terminal.randint(*KILL_EVERY)
        for attempt in range(1, ATTEMPTS + 1):
            if engine is None:
                engine = start_engine()
            if attempt == next_kill:
                chaos.arm_kill()
                next_kill += chaos.terminal.randint(*KILL_EVERY)
            engine.ask_drain()
            # The kiosk keeps working while the engine sends.
            for _ in range(chaos.terminal.choice((0, 0, 0, 1, 1, 2, 3))):
                terminal.append(blob_chance=1 / 8)
            outcome = engine.outcome()
            if outcome is None:
                kills += 1
                engine.close()
                engine = None
                continue
            error = outcome["error"]
            outcomes["no problem" if error is None else _kind(error)] += 1
        chaos_s = time.monotonic() - started - filled_s
        through_chaos = council.service.store.acknowledged(journal.origin)
        appended = terminal.count - BACKLOG

        with chaos.lock:
            chaos.calm = True
            unfired = chaos.kill_in
            chaos.kill_in = 0
        set_service_faults(council.url, {"reset": True})
        final: dict[str, Any] | None = None
        for _ in range(FINAL_DRAINS):
            if engine is None:
                engine = start_engine()
            engine.ask_drain()
            final = engine.outcome()
            if final is not None and final["backlog"] == 0 and final["error"] is None:
                break
        assert final is not None and final["backlog"] == 0, final
        assert engine is not None and engine.quit() == 0
        assert council.service.app.wait_idle(WAIT_S)
    finally:
        for made in current:
            made.close()
        proxy.close()
        log.close()

    report = server_report(council, journal)
    elapsed = time.monotonic() - started
    lines = [
        f"  {ATTEMPTS} attempts (drain_once each), {kills} SIGKILLs "
        f"({', '.join(f'{k} {n}' for k, n in sorted(proxy.applied.items()) if 'kill' in k)})"
        f"{', 1 armed but not fired' if unfired else ''}; engine processes started: "
        f"{len(current)}",
        f"  connections: {sum(n for k, n in proxy.applied.items() if 'kill' not in k)}; "
        "faults: "
        + ", ".join(
            f"{k} {n}" for k, n in sorted(proxy.applied.items()) if k != "relay" and "kill" not in k
        ),
        "  requests: " + ", ".join(f"{m} {n}" for m, n in proxy.requests.most_common()),
        "  seconds in connections by fault: "
        + ", ".join(
            f"{k} {v:.1f}" for k, v in sorted(proxy.seconds.items(), key=lambda kv: -kv[1])
        ),
        f"  attempt outcomes: {', '.join(f'{k} {n}' for k, n in outcomes.most_common())}",
        f"  events sent (in the journal): {report.sent} ({BACKLOG} backlog + {appended} added "
        f"during the chaos); acknowledged when the chaos ended: {through_chaos}",
        f"  stored at the service: {report.stored}  acknowledged: {report.acknowledged}",
        f"  lost: {report.lost}  duplicated: {report.duplicated}  not the journal's: "
        f"{report.extra}  body differs: {report.different}  conflicts kept: {report.conflicts}",
        f"  blobs named: {report.blobs}  byte-identical at the service (by sha256): "
        f"{report.blobs_identical} ({report.blob_bytes / 1e6:.1f} MB)",
        f"  service uploads by state: {report.uploads}; partial files left: "
        f"{report.part_files} ({report.part_bytes / 1e6:.2f} MB)",
        f"  time: backlog {filled_s:.1f} s, chaos {chaos_s:.1f} s, total {elapsed:.1f} s",
    ]
    text = "\n".join(lines)
    print(text)
    _record(report, kills, proxy.applied, seed, elapsed)
    problems = log_path.read_text(encoding="utf-8", errors="replace")
    assert "failed unexpectedly" not in problems, problems[-4000:]
    assert report.lost == 0, text
    assert report.duplicated == 0, text
    assert (report.extra, report.different, report.conflicts) == (0, 0, 0), text
    assert report.stored == report.sent == report.acknowledged, text
    assert report.blobs_identical == report.blobs, text


def _kind(error: str) -> str:
    """A short name for an attempt's last problem, for the report."""
    for words, kind in (
        ("web page", "HTML page"),
        ("HTTP 5", "5xx"),
        ("had a problem", "5xx"),
        ("took too long", "too slow"),
        ("in time", "timed out"),
        ("cannot reach", "link cut"),
        ("answered HTTP", "odd tus answer"),
        ("refused", "refused"),
    ):
        if words in error:
            return kind
    return error[:60]


def _record(report: Report, kills: int, applied: Counter[str], seed: int, elapsed: float) -> None:
    """The run's figures for build/evidence.md, counted from the service's own records."""
    how = (
        f"{ATTEMPTS} drain attempts through a proxy injecting a seeded fault on about a third "
        f"of connections (seed {seed}), the engine SIGKILLed every 30-80 attempts; then the "
        "service's database and blob files compared with the terminal's journal"
    )
    faults = sum(n for k, n in applied.items() if k != "relay" and "kill" not in k)
    record(SUITE, "events sent (journal)", report.sent, how=how)
    record(SUITE, "sealed blob bytes sent", round(report.blob_bytes / 1e6, 1), unit="MB", how=how)
    record(SUITE, "faults injected", faults, how=how)
    record(SUITE, "engine SIGKILLs", kills, how=how)
    record(SUITE, "events lost", report.lost, target="0", met=report.lost == 0, how=how)
    record(
        SUITE,
        "events duplicated",
        report.duplicated,
        target="0",
        met=report.duplicated == 0,
        how=how,
    )
    wrong = report.extra + report.different
    record(SUITE, "events altered or foreign", wrong, target="0", met=wrong == 0, how=how)
    missing_blobs = report.blobs - report.blobs_identical
    record(
        SUITE,
        "blobs missing or altered",
        missing_blobs,
        target="0",
        met=missing_blobs == 0,
        how=how,
    )
    record(
        SUITE,
        "partial uploads left at the service",
        report.part_files,
        unit=f"files ({report.part_bytes / 1e6:.1f} MB)",
        how=how + "; uploads abandoned by a killed engine, which the service does not yet clean",
    )
    record(SUITE, "run time", round(elapsed, 1), unit="s", how=how)
