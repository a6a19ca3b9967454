"""Central sync figures: events per second draining a backlog, MB/s of sealed blobs, and the
draining process's peak memory as the backlog grows.

Everything runs against the reference case service on loopback, started in this process;
each baseline is measured in the same run against the same service:

- events: ``drain_once`` over a journal holding N events (no blobs), against the same events
  POSTed as raw JSON batches of 500 with requests by a second registered terminal (signed,
  the answer parsed, nothing else);
- blobs: ``drain_once`` over events naming K sealed blobs (S MB in all), against a raw tus
  upload of the same files (a create and ONE PATCH per blob, streamed from the file). The
  service's stored copies are deleted between the two, so both send every byte;
- memory: ``drain_once`` in a child process, tracemalloc on, for backlogs of 1,000, 5,000 and
  10,000 events: the largest Python heap it held and its RSS high-water mark.

MB here is 1,000,000 bytes.
"""

from __future__ import annotations

import base64
import filecmp
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from nacl.signing import SigningKey

from benchmarks.central_support import RawTerminal
from core.events import EventDraft, Scope
from store.journal import SqliteJournal
from store.sync_state import STATE_FILE
from sync.central_blobs import CHUNK_BYTES
from sync.central_sync import CentralSync
from sync.reference import (
    DEMO_PRIVATE_KEY_FILE,
    RunningService,
    TerminalEntry,
    read_key_file,
    start_reference_service,
)
from sync.site_wire import event_to_wire
from sync.terminal_identity import TerminalIdentity

ROOT = Path(__file__).resolve().parent.parent
SITE = "idea-store-whitechapel"
ADMIN_TOKEN = "bench-admin-token-not-secret"
RAW_BATCH = 500
MB = 1_000_000
BLOB_GOAL = 0.9  # the engine's MB/s over the raw upload's
FLAT_SHARE = 0.25  # "flat": the largest backlog's peak within 25% (or 1 MB) of the smallest's
ROW = "{:<52}{:<42}{:<26}{}"


@dataclass(slots=True)
class Throughput:
    """One rate: the same work (``amount`` per round) by the engine and by a bare baseline.

    Each round's seconds are kept; rates use the median round.
    """

    name: str
    unit: str
    amount: float
    baseline: str
    ours_s: list[float] = field(default_factory=list)
    bare_s: list[float] = field(default_factory=list)

    def seconds(self, bare: bool = False) -> float:
        """The median round's seconds, ours or the baseline's."""
        return statistics.median(self.bare_s if bare else self.ours_s)

    def rate(self, bare: bool = False) -> float:
        """Units per second, ours or the baseline's."""
        return self.amount / max(self.seconds(bare), 1e-9)

    def ratio(self) -> float:
        """Our rate over the baseline's (1.0 is as fast as bare; higher is better)."""
        return self.rate() / max(self.rate(bare=True), 1e-9)


@dataclass(slots=True)
class DrainMemory:
    """What one drain in its own process held, for a backlog of ``backlog`` events."""

    backlog: int
    traced_peak_mb: float
    rss_peak_mb: float
    rss_growth_mb: float
    seconds: float


@dataclass(slots=True)
class CentralResult:
    """Everything the central benchmark measured."""

    events: Throughput
    blobs: Throughput
    blobs_chunked: Throughput
    blobs_identical: bool
    memory: list[DrainMemory]

    @property
    def memory_flat(self) -> bool:
        """True when the largest backlog's heap peak is within FLAT_SHARE of the smallest's."""
        low, high = self.memory[0].traced_peak_mb, self.memory[-1].traced_peak_mb
        return high <= max(low * (1 + FLAT_SHARE), low + 1.0)


@contextmanager
def _service(folder: Path) -> Iterator[RunningService]:
    service = start_reference_service(
        folder / "service",
        terminals={},
        admin_token=ADMIN_TOKEN,
        private_key_b64=read_key_file(DEMO_PRIVATE_KEY_FILE),
        content_dir=ROOT / "assets",
    )
    try:
        yield service
    finally:
        service.stop()


def _terminal(service: RunningService, folder: Path, terminal_id: str) -> SqliteJournal:
    """A registered terminal whose pulled files are already current (timed pulls are 304s)."""
    journal = SqliteJournal(folder / terminal_id, terminal_id, SITE)
    identity = TerminalIdentity.load_or_create(journal.data_dir, terminal_id)
    service.store.put_terminal(terminal_id, TerminalEntry(identity.public_key_b64(), SITE))
    engine = CentralSync(journal.data_dir, terminal_id, SITE, service.url)
    try:
        engine.drain_once()
    finally:
        engine.stop()
    return journal


def _raw_terminal(service: RunningService, terminal_id: str) -> RawTerminal:
    """The baseline's terminal: a fresh key pair, registered."""
    key = SigningKey.generate()
    public = base64.b64encode(bytes(key.verify_key)).decode("ascii")
    service.store.put_terminal(terminal_id, TerminalEntry(public, SITE))
    return RawTerminal(service.url, terminal_id, key)


def _fill(journal: SqliteJournal, count: int) -> None:
    for n in range(count):
        payload = {"number": f"A{n:05d}", "service": "housing", "language": "en"}
        journal.append(EventDraft("ticket.issued", payload, Scope.SITE))


def _drain(engine: CentralSync, what: str) -> float:
    start = time.perf_counter()
    status = engine.drain_once()
    seconds = time.perf_counter() - start
    if status.backlog or status.last_error:
        raise RuntimeError(f"{what}: the drain stopped short: {status}")
    return seconds


def measure_events(service: RunningService, folder: Path, count: int, rounds: int) -> Throughput:
    """drain_once over ``count`` events vs raw signed batches of 500 of the same events.

    Each round has fresh terminals (a new backlog for the engine, a new origin for the raw
    batches); the order of the two alternates from round to round.
    """
    result = Throughput(
        f"drain a backlog of {count:,} events", "events", count, "raw signed batches of 500"
    )
    for n in range(rounds):
        journal = _terminal(service, folder, f"bench-kiosk-{n}")
        raw = _raw_terminal(service, f"bench-raw-{n}")
        engine = CentralSync(journal.data_dir, journal.origin, SITE, service.url)
        try:
            _fill(journal, count)
            wire = [{**event_to_wire(e), "origin": raw.terminal_id} for e in journal.events()]

            def bare(wire: list[dict[str, Any]] = wire, raw: RawTerminal = raw) -> float:
                start = time.perf_counter()
                for first in range(0, len(wire), RAW_BATCH):
                    raw.post_events(wire[first : first + RAW_BATCH])
                return time.perf_counter() - start

            if n % 2:
                result.ours_s.append(_drain(engine, "events"))
                result.bare_s.append(bare())
            else:
                result.bare_s.append(bare())
                result.ours_s.append(_drain(engine, "events"))
        finally:
            engine.stop()
            raw.close()
            journal.close()
        for origin in (journal.origin, raw.terminal_id):
            if service.store.acknowledged(origin) != count:
                raise RuntimeError(f"the service does not hold all {count} events of {origin}")
    return result


def measure_blobs(
    service: RunningService, folder: Path, total_mb: float, count: int, rounds: int
) -> tuple[Throughput, Throughput, bool]:
    """drain_once over events naming ``count`` sealed blobs vs raw tus uploads of the files.

    Each round sends the same files three ways, in rotating order: raw as one PATCH per blob,
    the engine, and raw in the engine's 4 MiB PATCHes. Before each, the service's copies
    are deleted (and, for the engine, its own sync records), so each sends every byte.
    """
    size = max(1, int(total_mb * MB / count))
    name = f"send {count} sealed blobs of {size / MB:,.1f} MB"
    whole = Throughput(name, "MB", size * count / MB, "raw tus, one PATCH per blob")
    chunked = Throughput(
        f"{name} (reference)", "MB", size * count / MB, f"raw tus, {CHUNK_BYTES >> 20} MiB PATCHes"
    )
    journal = _terminal(service, folder, "bench-scanner")
    raw = _raw_terminal(service, "bench-raw-scanner")
    store = service.store
    identical = True
    try:
        digests = []
        for n in range(count):
            sealed = os.urandom(size)  # stands in for a sealed scan: incompressible bytes
            draft = EventDraft("document.scanned", {"pages": 40, "n": n}, Scope.CENTRAL)
            digests.append(journal.append(draft, [sealed]).payload["blobs"][0])
            del sealed
        files = list(zip([journal.blobs.path_for(d) for d in digests], digests, strict=True))

        def raw_whole() -> None:
            start = time.perf_counter()
            for path, digest in files:
                raw.upload(path, digest)
            whole.bare_s.append(time.perf_counter() - start)

        def raw_chunked() -> None:
            start = time.perf_counter()
            for path, digest in files:
                raw.upload_in_chunks(path, digest, CHUNK_BYTES)
            chunked.bare_s.append(time.perf_counter() - start)

        def engine() -> None:
            nonlocal identical
            (journal.data_dir / STATE_FILE).unlink(missing_ok=True)  # everything is unsent
            sender = CentralSync(journal.data_dir, journal.origin, SITE, service.url)
            try:
                seconds = _drain(sender, "blobs")
            finally:
                sender.stop()
            whole.ours_s.append(seconds)
            chunked.ours_s.append(seconds)
            identical = identical and all(
                filecmp.cmp(path, store.blobs.path_for(d), shallow=False) for path, d in files
            )

        ways = [raw_whole, engine, raw_chunked]
        for n in range(rounds):
            for way in ways[n % 3 :] + ways[: n % 3]:
                _forget_blobs(service, digests)
                way()
                if any(store.blob_size(d) != size for d in digests):
                    raise RuntimeError(f"{way.__name__} did not leave every blob whole")
        _forget_blobs(service, digests)
    finally:
        raw.close()
        journal.close()
    return whole, chunked, identical


def _forget_blobs(service: RunningService, digests: list[str]) -> None:
    """Delete the service's stored copies, so the next sender must send every byte again."""
    for digest in digests:
        service.store.blobs.path_for(digest).unlink(missing_ok=True)


def measure_memory(service: RunningService, folder: Path, backlog: int) -> DrainMemory:
    """drain_once in a child process (tracemalloc on) over ``backlog`` events."""
    terminal_id = f"bench-memory-{backlog}"
    journal = _terminal(service, folder, terminal_id)
    try:
        _fill(journal, backlog)
        done = subprocess.run(
            [
                sys.executable,
                *("-m", "benchmarks.central_support"),
                *(str(journal.data_dir), terminal_id, SITE, service.url),
            ],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    finally:
        journal.close()
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"the draining process failed: {done.stderr[-2000:]}")
    got: dict[str, Any] = json.loads(lines[-1])
    if got["backlog"] or got["error"]:
        raise RuntimeError(f"the draining process stopped short: {got}")
    return DrainMemory(
        backlog,
        got["traced_peak_bytes"] / MB,
        got["rss_peak_kb"] * 1024 / MB,
        (got["rss_peak_kb"] - got["rss_before_kb"]) * 1024 / MB,
        got["seconds"],
    )


def measure_central(
    events: int = 10_000,
    blob_mb: float = 500.0,
    blobs: int = 10,
    backlogs: tuple[int, ...] = (1_000, 5_000, 10_000),
    rounds: int = 3,
) -> CentralResult:
    """Every central figure, in one temporary folder (removed afterwards).

    ``events``: the backlog drained for events per second; ``blob_mb`` MB in ``blobs``
    sealed blobs for MB/s (both ``rounds`` times); ``backlogs`` for the peak memory figures.
    """
    if min(events, blobs, rounds) < 1 or blob_mb <= 0 or not backlogs or min(backlogs) < 1:
        raise ValueError("events, blobs, rounds, blob_mb and every backlog must be positive")
    # New terminal keys are announced as warnings; expected here, not news.
    quiet = logging.getLogger("sync")
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        with (
            tempfile.TemporaryDirectory(prefix="civic-kiosk-central-") as base,
            _service(Path(base)) as service,
        ):
            folder = Path(base)
            rate = measure_events(service, folder, events, rounds)
            whole, chunked, identical = measure_blobs(service, folder, blob_mb, blobs, rounds)
            memory = [measure_memory(service, folder, n) for n in sorted(backlogs)]
    finally:
        quiet.setLevel(level)
    return CentralResult(rate, whole, chunked, identical, memory)


def central_figures(result: CentralResult) -> dict[str, Any]:
    """The central figures as JSON-ready data (for build/bench.json)."""
    return {
        "throughput": [
            {
                "figure": t.name,
                "baseline": t.baseline,
                "unit": f"{t.unit}/s",
                "ours_per_s": t.rate(),
                "bare_per_s": t.rate(bare=True),
                "ours_s": t.ours_s,
                "bare_s": t.bare_s,
                "ratio": t.ratio(),
            }
            for t in (result.events, result.blobs, result.blobs_chunked)
        ],
        "blob_goal_ratio": BLOB_GOAL,
        "blob_goal_met": result.blobs.ratio() >= BLOB_GOAL,
        "blobs_identical": result.blobs_identical,
        "drain_memory": [
            {
                "backlog": m.backlog,
                "traced_peak_mb": m.traced_peak_mb,
                "rss_peak_mb": m.rss_peak_mb,
                "rss_growth_mb": m.rss_growth_mb,
                "seconds_with_tracemalloc": m.seconds,
            }
            for m in result.memory
        ],
        "drain_memory_flat": result.memory_flat,
    }


def _rate(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}/s" if unit == "events" else f"{value:,.1f} {unit}/s"


def central_table(result: CentralResult) -> str:
    """The central rows for people to read."""
    lines = [
        "",
        "central sync (same run, same reference service; median round; ratio is our rate "
        "over the baseline's)",
        ROW.format("figure", "baseline", "civic-kiosk", "ratio"),
    ]
    for t in (result.events, result.blobs, result.blobs_chunked):
        lines.append(
            ROW.format(
                f"{t.name} (n={len(t.ours_s)})",
                f"{_rate(t.rate(bare=True), t.unit)} {t.baseline}",
                f"{_rate(t.rate(), t.unit)} ({t.seconds():.2f} s)",
                f"{t.ratio():.2f}×",
            )
        )
    met = "met" if result.blobs.ratio() >= BLOB_GOAL else "MISSED"
    same = "byte-identical" if result.blobs_identical else "NOT IDENTICAL"
    lines.append(
        f"  blob goal {BLOB_GOAL:.1f}× the one-PATCH upload: {met}; blobs at the service: {same}"
    )
    lines.append("peak memory of the draining process (its own process, tracemalloc on):")
    for m in result.memory:
        lines.append(
            f"  backlog {m.backlog:>6,}: Python heap peak {m.traced_peak_mb:6.2f} MB, RSS "
            f"high-water {m.rss_peak_mb:6.1f} MB (+{m.rss_growth_mb:.1f} MB while draining)"
        )
    verdict = "flat" if result.memory_flat else "GROWS with the backlog"
    lines.append(
        f"  {verdict} (heap peak at the largest backlog within {FLAT_SHARE:.0%} of the smallest's)"
    )
    return "\n".join(lines)


if __name__ == "__main__":
    outcome = measure_central()
    print(central_table(outcome))
    print(json.dumps(central_figures(outcome), indent=2))
