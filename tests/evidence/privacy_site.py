"""The kiosk the privacy sweep runs: private temp and cache folders, a real CUPS queue, the
resident's appointment, and every log record kept in a file to search.

Temp, home, cache, data and config folders are the sweep's own (``TMPDIR``, ``HOME`` and the
XDG variables), so whatever the kiosk or Qt writes there is found, and nothing written by
someone else on the machine is. The receipts go to a CUPS file queue on a private cupsd
(tests/printing/cupsd.py), so the spool, CUPS's logs and the printed output are searched too.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from core.appointments import person_key
from core.config import DEMO_APPOINTMENTS, TerminalConfig
from tests.evidence.privacy_resident import Resident
from tests.printing.cupsd import CupsServer

CACHE_VARIABLES = ("HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME")


@dataclass
class PrivateFolders:
    """Where the kiosk may write besides its data folder, all made for this run."""

    temp: Path
    caches: list[Path]
    logs: Path


def private_folders(root: Path, monkeypatch: pytest.MonkeyPatch) -> PrivateFolders:
    """Make the folders and point the environment (and Python's tempfile) at them."""
    temp = root / "tmp"
    caches = [root / variable.lower() for variable in CACHE_VARIABLES]
    logs = root / "logs"
    for folder in (temp, *caches, logs):
        folder.mkdir(parents=True)
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    for variable, folder in zip(CACHE_VARIABLES, caches, strict=True):
        monkeypatch.setenv(variable, str(folder))
    return PrivateFolders(temp, caches, logs)


@dataclasses.dataclass
class LogFile:
    """Every log record, at every level, written as the kiosk's log would be."""

    path: Path
    handler: logging.Handler
    level: int


def capture_logs(folder: Path) -> LogFile:
    """Send every record of every logger to a file, with the arguments filled in."""
    path = folder / "kiosk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    return LogFile(path, handler, level)


def stop_capturing(log: LogFile) -> None:
    """Flush and detach the log file."""
    root = logging.getLogger()
    root.removeHandler(log.handler)
    root.setLevel(log.level)
    log.handler.close()


def appointments_with(resident: Resident, folder: Path) -> Path:
    """The demo day's appointments plus one for the resident at 10:15, matched (as every
    booking is) by the salted hash of surname and date of birth, never the name."""
    book = json.loads(DEMO_APPOINTMENTS.read_text(encoding="utf-8"))
    book["appointments"].append(
        {
            "reference": "TH-ZQ7K9",
            "service": "housing",
            "time": "10:15",
            "minutes": 20,
            "person": person_key(resident.surname, resident.born, book["salt"]),
            "priority": False,
        }
    )
    path = folder / "appointments.json"
    path.write_text(json.dumps(book), encoding="utf-8")
    return path


def sweep_config(
    config: TerminalConfig, cups: CupsServer, queue: str, appointments: Path
) -> TerminalConfig:
    """The demo kiosk printing to the CUPS queue, with the resident's appointment."""
    printer = {"name": "receipts", "kind": "cups", "queue": queue, "server": cups.address}
    return dataclasses.replace(config, printers=(printer,), appointments_path=appointments)


def start_cups() -> Iterator[CupsServer]:
    """A private cupsd for the sweep; a CUPS that cannot start fails it (CI has CUPS)."""
    server = CupsServer.start()
    try:
        yield server
    finally:
        server.stop()
