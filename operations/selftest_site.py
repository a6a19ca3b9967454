"""The self-test's checks of what a terminal keeps and reaches: its journal, clock, case service.

The journal is first read without changing anything (store.inspect); only a journal that
passes its integrity check is then opened as the kiosk opens it, which applies any pending
schema migrations (this is how an update's new release migrates the journal, see
operations/update.py). A damaged journal is reported, never moved aside by the self-test.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from core.config import TerminalConfig
from operations.selftest_report import Check, failed, ok, skipped
from operations.update_release import Release
from store.connection import JOURNAL_FILE
from store.journal import SqliteJournal

# The case service refuses a terminal's signed requests more than five minutes out
# (sync/reference/auth.py MAX_SKEW_MS): a clock further off than that cannot send.
CLOCK_TOLERANCE_S = 300.0
CASE_SERVICE_TIMEOUT_S = 5.0
FULL_DISK_BYTES = 1024 * 1024  # SQLite needs room for side files just to read a WAL journal
PROBE_PATH = "/case/v1/uploads"  # answered without signing (tus OPTIONS), by any case service


def open_journal(config: TerminalConfig, data_dir: Path) -> tuple[Check, SqliteJournal | None]:
    """Check the journal's integrity; if sound, open it (applying migrations) for the printers."""
    from store.inspect import inspect_journal
    from store.schema import pending

    status = inspect_journal(data_dir)
    set_aside = f"; {len(status.quarantined)} damaged journals set aside earlier" * bool(
        status.quarantined
    )
    if status.integrity not in ("ok", "no journal yet"):
        full = _disk_full(data_dir)
        if full:
            return failed(
                "journal",
                f"{data_dir / JOURNAL_FILE} cannot be checked: the disk is full ({full}); "
                "the kiosk cannot record anything until space is freed",
            ), None
        return failed(
            "journal",
            f"{data_dir / JOURNAL_FILE} is damaged ({status.integrity}); the kiosk will set it "
            "aside and start a fresh one at its next start, so tell IT support now",
        ), None
    waiting: list[str] = []
    if status.exists:
        conn = sqlite3.connect(f"file:{data_dir / JOURNAL_FILE}?mode=ro", uri=True)
        try:
            waiting = pending(conn)
        finally:
            conn.close()
    journal = SqliteJournal(data_dir, config.terminal_id, config.site)
    migrated = f"; migrated now: {', '.join(waiting)}" if waiting and status.exists else ""
    if not status.exists:
        return ok("journal", f"no journal yet; a new one was made in {data_dir}"), journal
    return ok(
        "journal",
        f"integrity ok, {status.total} events, schema up to date{migrated}{set_aside}",
    ), journal


def _disk_full(data_dir: Path) -> str:
    """How little room is left, when too little for SQLite to open a journal; else ""."""
    import os

    stats = os.statvfs(data_dir)
    free = stats.f_bavail * stats.f_frsize
    return f"{free // 1024} KB free" if free < FULL_DISK_BYTES else ""


@dataclass(frozen=True, slots=True)
class CaseServiceAnswer:
    """What the case service said to the reachability probe.

    Attributes:
        status: the HTTP status.
        took_ms: how long the answer took.
        clock: the service's clock when it answered, if it said.
    """

    status: int
    took_ms: int
    clock: datetime | None


def probe_case_service(url: str) -> CaseServiceAnswer | str:
    """Ask the case service for its upload options; its answer, or why it could not be reached."""
    import requests

    started = time.monotonic()
    try:
        with requests.Session() as session:
            answer = session.options(url.rstrip("/") + PROBE_PATH, timeout=CASE_SERVICE_TIMEOUT_S)
    except requests.exceptions.SSLError as exc:
        return f"its certificate was refused ({_root_cause(exc)})"
    except requests.exceptions.Timeout:
        return f"no answer within {CASE_SERVICE_TIMEOUT_S:g} s"
    except requests.exceptions.ConnectionError as exc:
        return f"cannot connect ({_root_cause(exc)})"
    took_ms = int((time.monotonic() - started) * 1000)
    return CaseServiceAnswer(answer.status_code, took_ms, _service_clock(answer.headers))


def _root_cause(exc: BaseException) -> str:
    while exc.__cause__ is not None or exc.__context__ is not None:
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    text = str(exc)
    return text.rsplit(": ", 1)[-1] if "Errno" in text else text


def _service_clock(headers: object) -> datetime | None:
    """The service's clock: X-Server-Time-Ms (ours, to the millisecond), else HTTP's Date."""
    get = getattr(headers, "get", None)
    if get is None:
        return None
    millis = str(get("X-Server-Time-Ms") or "")
    if millis.isdecimal():
        return datetime.fromtimestamp(int(millis) / 1000, UTC)
    try:
        return parsedate_to_datetime(str(get("Date") or "")).astimezone(UTC)
    except (TypeError, ValueError):
        return None


def check_case_service(config: TerminalConfig, answer: CaseServiceAnswer | str | None) -> Check:
    """The case service answered (any HTTP answer means it is reachable)."""
    if answer is None:
        return skipped(
            "case service", "none configured (case_service.url); the kiosk works offline"
        )
    where = config.case_service_url
    if isinstance(answer, str):
        return failed(
            "case service",
            f"cannot reach {where}: {answer}; events wait on the kiosk and are sent once it is "
            "back (check the network, or ask the council whether the service is down)",
        )
    if answer.status >= 500:
        return failed("case service", f"{where} answered with a server error ({answer.status})")
    return ok("case service", f"{where} answered in {answer.took_ms} ms")


def check_clock(release: Release, answer: CaseServiceAnswer | str | None, now: datetime) -> Check:
    """The clock is not before the release was built, and near the case service's clock."""
    shown = now.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    if release.built is not None and now < release.built:
        return failed(
            "clock",
            f"the clock says {shown}, before this release was built "
            f"({release.built:%Y-%m-%d %H:%M} UTC): set the time (timedatectl, or check the "
            "machine's clock battery); tickets and records would carry the wrong date",
        )
    found = [f"{shown}"]
    if release.built is not None:
        found.append(f"after this release was built ({release.built:%Y-%m-%d})")
    service = answer.clock if isinstance(answer, CaseServiceAnswer) else None
    if service is not None:
        off = (now - service).total_seconds()
        if abs(off) > CLOCK_TOLERANCE_S:
            return failed(
                "clock",
                f"the clock says {shown}, {abs(off) / 60:.0f} minutes "
                f"{'ahead of' if off > 0 else 'behind'} the case service's: it refuses a "
                f"terminal more than {CLOCK_TOLERANCE_S / 60:.0f} minutes out; set the time "
                "(timedatectl set-ntp true)",
            )
        found.append(f"{abs(off):.1f} s from the case service's clock")
    elif answer is not None:
        found.append("the case service's clock could not be read")
    if release.built is None and service is None:
        return skipped("clock", f"{shown}; nothing to compare it with (no build date, no service)")
    return ok("clock", ", ".join(found))
