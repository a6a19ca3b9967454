"""Gathering a terminal's health: each part asked with a time limit, never on the UI thread.

Each ``probe_*`` function looks at one part (a printer, the scanner, the card reader, the
disk, the journal, sending to the case service) and returns its part of
``core.terminal_health.TerminalHealth``. A probe never raises and never waits past its time
limit: a part that fails or hangs is reported as such, in plain words. A hung part is not
asked again until its earlier check ends, so a wedged driver costs one thread, not one a
minute. ``HealthGatherer`` asks every part at once and puts the answers together; ``main.py
status`` uses it once, and the heartbeat (sync/heartbeat.py) every minute inside the app.

Inside the running app (``in_app=True``) nothing that a resident's transaction needs is
touched: SANE's scanners are listed, never opened (listing does not claim a device), and
ESC/POS printers are not contacted at all, since their raw port takes one connection at a
time and a health check could cost a resident their ticket.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core.central_status import CentralSyncStatus
from core.config import ConfigError, TerminalConfig
from core.printing import PrinterFault, PrinterState
from core.terminal_health import (
    NO_JOURNAL,
    CardReaderHealth,
    DiskHealth,
    JournalHealth,
    PrinterHealth,
    ScannerHealth,
    SyncHealth,
    TerminalHealth,
    clip,
)
from core.version import app_version, source_commit
from operations.bounded import all_at_once, plain_words, run_bounded

if TYPE_CHECKING:
    from devices.sane_worker import IsolatedSaneScanner
    from store.connection import IntegrityReport

log = logging.getLogger(__name__)

PROBE_TIMEOUT_S = 5.0
SCANNER_TIMEOUT_S = 15.0  # the first listing starts a worker process and SANE
JOURNAL_TIMEOUT_S = 120.0  # a whole-file integrity check of a large journal
# Only kiosks scan documents; display boards take no staff cards (core.config.ROLES).
SCANNING_ROLES = frozenset({"kiosk"})
CARD_READING_ROLES = frozenset({"kiosk", "desk", "floorwalker"})
_ESCPOS_NOT_ASKED = (
    "not asked while the app runs: the printer's port takes one connection at a time"
)


# -- printers ------------------------------------------------------------------------------


def probe_printer(
    spec: Mapping[str, object], *, timeout_s: float = PROBE_TIMEOUT_S, in_app: bool = False
) -> PrinterHealth:
    """One ``[[printers]]`` table's paper and fault state (the printer's own ``state()``).

    A file printer is judged without writing (its folder is not made); an ESC/POS printer
    is not contacted when ``in_app`` (see the module notes).
    """
    name, kind = str(spec.get("name", "")), str(spec.get("kind", ""))
    try:
        from printing.printers import build_printer

        printer = build_printer(dict(spec))
        if kind == "file":
            return _file_printer(name, Path(str(spec["folder"])).expanduser())
        if kind.startswith("escpos") and in_app:
            return PrinterHealth(name, kind, None, "unknown", None, _ESCPOS_NOT_ASKED)
        state = run_bounded(f"printer {name}", printer.state, timeout_s)
    except ConfigError as exc:
        return PrinterHealth(name, kind, False, "unknown", "error", clip(str(exc)))
    except Exception as exc:
        return PrinterHealth(
            name, kind, None, "unknown", None, clip(f"not known: {plain_words(exc)}")
        )
    return printer_health(name, kind, state)


def printer_health(name: str, kind: str, state: PrinterState) -> PrinterHealth:
    """A printer's ``state()`` answer as health: its paper, its fault and its words."""
    if state.ready:
        # An ESC/POS printer that keeps quiet about its paper sensor is ready, paper unknown.
        quiet = "paper status not reported" in state.detail
        return PrinterHealth(
            name, kind, True, "unknown" if quiet else "ok", None, clip(state.detail)
        )
    fault = state.fault or PrinterFault.ERROR
    paper = "out" if fault is PrinterFault.PAPER_OUT else "unknown"
    return PrinterHealth(name, kind, False, paper, str(fault), clip(state.detail))


def _file_printer(name: str, folder: Path) -> PrinterHealth:
    """The demo's file printer: ready when its folder is (or could be made) writable."""
    target = folder
    while not target.exists() and target != target.parent:
        target = target.parent
    if not os.access(target, os.W_OK | os.X_OK):
        return PrinterHealth(name, "file", False, "unknown", "offline", f"cannot write to {target}")
    made = "" if folder.exists() else "; the folder will be made at the first printout"
    return PrinterHealth(name, "file", True, "ok", None, clip(f"folder {folder}{made}"))


# -- scanner -------------------------------------------------------------------------------


class ScannerProbe:
    """Looks for the configured scanner (``kiosk.scanner``) without opening it.

    SANE's scanners are listed through a worker process of the probe's own (listing does
    not claim a device a resident may be scanning on); the worker is kept between checks
    and ended by ``close``. A camera is reached through Qt on the kiosk's screen, so it is
    not looked for here.
    """

    def __init__(self, setting: str, *, timeout_s: float = SCANNER_TIMEOUT_S) -> None:
        self.setting = setting
        self._timeout_s = timeout_s
        self._lister: IsolatedSaneScanner | None = None
        self._lock = threading.Lock()

    def check(self) -> ScannerHealth:
        """Whether the configured scanner is there, and what was found."""
        kind, _, wanted = self.setting.partition(":")
        setting = clip(self.setting)
        if kind == "none":
            return ScannerHealth(setting, None, "", "no scanner is configured")
        if kind == "simulated":
            return ScannerHealth(setting, True, "simulated", "the simulated scanner (demo pages)")
        if kind == "camera":
            why = "a document camera is checked by the kiosk's screen, not from here"
            return ScannerHealth(setting, None, clip(wanted), why)
        try:
            listed = run_bounded("scanner", self._list, self._timeout_s + 2)
        except Exception as exc:
            return ScannerHealth(
                setting, False, "", clip(f"SANE could not be asked: {plain_words(exc)}")
            )
        names = [device for device, _ in listed]
        if wanted:
            found = wanted in names
            seen = f"SANE lists {', '.join(names)}" if names else "SANE lists no scanners"
            detail = f"{wanted} is connected" if found else f"{wanted} is not connected ({seen})"
            return ScannerHealth(setting, found, clip(wanted if found else ""), clip(detail))
        if names:
            device, description = listed[0]
            return ScannerHealth(setting, True, clip(device), clip(f"{device}: {description}"))
        if kind == "auto":
            detail = "no SANE scanner found: the kiosk scans the simulated scanner's sample pages"
            return ScannerHealth(setting, False, "", detail)
        return ScannerHealth(setting, False, "", "no SANE scanner found")

    def _list(self) -> list[tuple[str, str]]:
        from devices.sane_worker import IsolatedSaneScanner

        with self._lock:
            if self._lister is None:
                self._lister = IsolatedSaneScanner(answer_within_s=self._timeout_s)
            return self._lister.devices()

    def close(self) -> None:
        """End the listing worker, if one was started."""
        with self._lock:
            lister, self._lister = self._lister, None
        if lister is not None:
            lister.close()


def probe_scanner(setting: str, *, timeout_s: float = SCANNER_TIMEOUT_S) -> ScannerHealth:
    """Whether the scanner ``kiosk.scanner`` names is there (listed, not opened), once."""
    probe = ScannerProbe(setting, timeout_s=timeout_s)
    try:
        return probe.check()
    finally:
        probe.close()


# -- card reader ---------------------------------------------------------------------------


def probe_card_reader(setting: str, *, timeout_s: float = PROBE_TIMEOUT_S) -> CardReaderHealth:
    """Whether the staff card reader ``staff.card_reader`` names is there, through pcscd.

    The reader is found as the staff door finds it (devices/pcsc_staff_card.py): the first
    PC/SC reader, or the first whose name contains the setting. No card is touched.
    """
    setting_text = clip(setting)
    if setting == "none":
        return CardReaderHealth(setting_text, None, "", "no staff card reader is configured")
    from core.staff_cards import CardTrouble, StaffCardProblem

    try:
        from devices.pcsc_staff_card import PcscStaffCardReader

        reader = PcscStaffCardReader(None if setting == "auto" else setting)
        name = run_bounded("card reader", reader.reader_name, timeout_s)
    except StaffCardProblem as exc:
        words = {
            CardTrouble.NO_SERVICE: "the PC/SC service (pcscd) is not running",
            CardTrouble.NO_READER: "no card reader is connected",
        }.get(exc.trouble, exc.message)
        return CardReaderHealth(setting_text, False, "", clip(f"{words} ({exc.detail})"))
    except Exception as exc:
        return CardReaderHealth(setting_text, False, "", clip(f"not known: {plain_words(exc)}"))
    return CardReaderHealth(setting_text, True, clip(name), clip(f"{name} is connected"))


# -- disk, journal, sending ----------------------------------------------------------------


def probe_disk(data_dir: Path, *, timeout_s: float = PROBE_TIMEOUT_S) -> DiskHealth:
    """Free and total space on the disk holding the data folder (not made if missing)."""
    target = data_dir
    while not target.exists() and target != target.parent:
        target = target.parent
    path = clip(str(data_dir))
    try:
        usage = run_bounded("disk", lambda: shutil.disk_usage(target), timeout_s)
    except Exception as exc:
        return DiskHealth(
            path, None, None, clip(f"the free space cannot be read: {plain_words(exc)}")
        )
    return DiskHealth(path, usage.free, usage.total, "")


def probe_journal(data_dir: Path, *, timeout_s: float = JOURNAL_TIMEOUT_S) -> JournalHealth:
    """The journal's integrity, checked now (read-only; a damaged file is left as it is)."""
    from store.connection import JOURNAL_FILE, check_integrity

    path = data_dir / JOURNAL_FILE
    try:
        if not path.exists():
            result = NO_JOURNAL
        else:
            result = run_bounded("journal", lambda: check_integrity(path), timeout_s)
    except Exception as exc:
        result = f"could not be checked: {plain_words(exc)}"
    return JournalHealth(clip(result), "now", _quarantined(data_dir))


def journal_at_start(data_dir: Path, report: IntegrityReport) -> JournalHealth:
    """The running app's journal as its start-up check found it (no new whole-file check)."""
    return JournalHealth(clip(report.result), "at start-up", _quarantined(data_dir))


def _quarantined(data_dir: Path) -> tuple[str, ...]:
    from store.connection import quarantined_journals

    if not data_dir.is_dir():
        return ()
    return tuple(clip(p.name) for p in quarantined_journals(data_dir))[-50:]


def probe_sync(
    config: TerminalConfig,
    data_dir: Path,
    live: Callable[[], CentralSyncStatus] | None = None,
    *,
    timeout_s: float = PROBE_TIMEOUT_S,
) -> SyncHealth:
    """Sending to the case service: the running engine's status, or what it last stored."""
    if not config.case_service_url:
        return SyncHealth(False, "no case service is configured", 0, None, None, None)

    def read() -> CentralSyncStatus:
        if live is not None:
            return live()
        from store.sync_state import JournalReader
        from sync.central_sync import read_status

        stored = read_status(data_dir)
        if stored is not None:
            return stored
        reader = JournalReader(data_dir, config.terminal_id)
        try:
            backlog, oldest = reader.backlog({})
        finally:
            reader.close()
        return CentralSyncStatus(backlog, oldest, None, None, "not run yet on this terminal")

    try:
        status = run_bounded("sync", read, timeout_s)
    except Exception as exc:
        return SyncHealth(True, clip(f"not known: {plain_words(exc)}"), 0, None, None, None)
    return SyncHealth(
        True,
        clip(status.state),
        max(0, status.backlog),
        _maybe_clip(status.oldest_unsent),
        _maybe_clip(status.last_success),
        _maybe_clip(status.last_error),
    )


# -- the whole report ----------------------------------------------------------------------


class HealthGatherer:
    """Puts a terminal's health together, asking every part at once (each with a time limit).

    Args:
        config: the terminal's configuration.
        data_dir: its data folder.
        printers: its ``[[printers]]`` tables (main.py gives the demo printer when none).
        in_app: gathered inside the running app (see the module notes).
        started: ``time.monotonic()`` when the app started, for its uptime.
        sync_status: the running sync engine's status (else its stored notes are read).
        journal: the journal's health when known (the app's start-up check, or status's).
    """

    def __init__(
        self,
        config: TerminalConfig,
        data_dir: Path,
        printers: Sequence[Mapping[str, object]],
        *,
        in_app: bool = False,
        started: float | None = None,
        sync_status: Callable[[], CentralSyncStatus] | None = None,
        journal: JournalHealth | None = None,
    ) -> None:
        self.config = config
        self.data_dir = data_dir
        self.printers = tuple(printers)
        self.in_app = in_app
        self._started = started
        self._sync_status = sync_status
        self._journal = journal
        self._scanner = ScannerProbe(config.scanner)

    def gather(self) -> TerminalHealth:
        """A fresh snapshot; takes at most about the slowest part's time limit."""
        config, data_dir = self.config, self.data_dir
        parts: list[Callable[[], Any]] = [
            lambda: probe_sync(config, data_dir, self._sync_status),
            self._scanner.check if config.role in SCANNING_ROLES else self._no_scanner,
            self._card_reader,
            lambda: probe_disk(data_dir),
            lambda: self._journal or probe_journal(data_dir),
            *(
                (lambda spec=spec: probe_printer(spec, in_app=self.in_app))
                for spec in self.printers
            ),
        ]
        sync, scanner, card_reader, disk, journal, *printers = all_at_once(parts)
        uptime = None if self._started is None else int(time.monotonic() - self._started)
        return TerminalHealth(
            terminal=config.terminal_id,
            site=config.site,
            role=config.role,
            version=clip(app_version(), 64),
            commit=source_commit(),
            gathered_at=datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z"),
            uptime_s=max(0, uptime) if uptime is not None else None,
            machine_uptime_s=_machine_uptime_s(),
            sync=sync,
            printers=tuple(printers[:16]),
            scanner=scanner,
            card_reader=card_reader,
            disk=disk,
            journal=journal,
        )

    def _no_scanner(self) -> ScannerHealth:
        role = self.config.role
        return ScannerHealth(clip(self.config.scanner), None, "", f"a {role} does not scan")

    def _card_reader(self) -> CardReaderHealth:
        role = self.config.role
        if role in CARD_READING_ROLES:
            return probe_card_reader(self.config.card_reader)
        setting = clip(self.config.card_reader)
        return CardReaderHealth(setting, None, "", f"a {role} takes no staff cards")

    def close(self) -> None:
        """End the scanner listing worker, if one was started."""
        self._scanner.close()


def _machine_uptime_s() -> int | None:
    try:
        return int(time.clock_gettime(time.CLOCK_BOOTTIME))
    except (AttributeError, OSError):  # not Linux
        return None


def _maybe_clip(text: str | None) -> str | None:
    return None if text is None else clip(text)
