"""A terminal's health at one moment: what IT needs to know about a kiosk nobody is watching.

The same snapshot is printed by ``main.py status --json`` and sent to the case service as a
heartbeat, whose reference service parses it with ``TerminalHealth.from_json``. That parse is
strict (exact keys, types, lengths and values; see ``HEALTH_SCHEMA``, which is also the
``TerminalHealth`` schema of the case-service OpenAPI document), so a report that reaches the
council's list of terminals says what it means or is refused with the reason. Nothing here
touches a device: operations/health.py gathers the snapshot, off the UI thread.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any

from core.config import PRINTER_KINDS, ROLES

HEALTH_FORMAT = 1
MAX_TEXT = 500
MAX_PRINTERS = 16
MAX_QUARANTINED = 50
MAX_WHOLE = 2**53 - 1  # the largest whole number every JSON reader keeps exactly
PAPER_STATES = ("ok", "out", "unknown")
PRINTER_FAULTS = ("paper_out", "offline", "job_stuck", "server_down", "error")
JOURNAL_CHECKS = ("now", "at start-up")
NO_JOURNAL = "no journal yet"  # a terminal that has recorded nothing: nothing is wrong
LOW_DISK_BYTES = 1024**3
LOW_DISK_SHARE = 0.05
_IDENTIFIER = "^[A-Za-z0-9._-]{1,64}$"
_UTC_TIME = "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z$"


def _text(description: str, *, nullable: bool = False) -> dict[str, Any]:
    kind: Any = ["string", "null"] if nullable else "string"
    return {"type": kind, "maxLength": MAX_TEXT, "description": description}


def _whole(description: str, *, nullable: bool = False) -> dict[str, Any]:
    kind: Any = ["integer", "null"] if nullable else "integer"
    return {"type": kind, "minimum": 0, "maximum": MAX_WHOLE, "description": description}


def _flag(description: str) -> dict[str, Any]:
    return {"type": ["boolean", "null"], "description": description}


def _record(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": list(properties),
        "description": description,
        "properties": properties,
    }


HEALTH_SCHEMA: dict[str, Any] = _record(
    "A terminal's health at one moment (core/terminal_health.py). Texts are plain English.",
    {
        "format": {"const": HEALTH_FORMAT, "description": "The shape's version."},
        "terminal": {"type": "string", "pattern": _IDENTIFIER, "description": "Terminal id."},
        "site": {"type": "string", "pattern": _IDENTIFIER, "description": "Its site."},
        "role": {"enum": list(ROLES), "description": "What the terminal runs as."},
        "version": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "civic-kiosk's version (pyproject.toml), or unknown.",
        },
        "commit": {
            "type": ["string", "null"],
            "pattern": "^[0-9a-f]{40}([0-9a-f]{24})?$",
            "description": "The git commit it runs, when it runs from a git checkout.",
        },
        "gathered_at": {
            "type": "string",
            "pattern": _UTC_TIME,
            "description": "When the terminal gathered this (its clock, UTC).",
        },
        "uptime_s": _whole(
            "Seconds the app has run; null when gathered outside it.", nullable=True
        ),
        "machine_uptime_s": _whole("Seconds since the machine started.", nullable=True),
        "sync": _record(
            "Sending to the case service.",
            {
                "configured": {"type": "boolean", "description": "A case service is set."},
                "state": _text("up to date, sending, waiting to retry... or why not known."),
                "backlog": _whole("Events the case service does not have yet."),
                "oldest_unsent": _text("When the oldest of them was recorded.", nullable=True),
                "last_success": _text("When the service last answered properly.", nullable=True),
                "last_error": _text("The latest problem, or null.", nullable=True),
            },
        ),
        "printers": {
            "type": "array",
            "maxItems": MAX_PRINTERS,
            "description": "Each configured printer.",
            "items": _record(
                "One printer.",
                {
                    "name": {"type": "string", "pattern": _IDENTIFIER, "description": "Its name."},
                    "kind": {"enum": list(PRINTER_KINDS), "description": "How it is reached."},
                    "ready": _flag("Ready to print; null when it was not or could not be asked."),
                    "paper": {"enum": list(PAPER_STATES), "description": "Its paper."},
                    "fault": {
                        "enum": [*PRINTER_FAULTS, None],
                        "description": "Why it is not ready, or null.",
                    },
                    "detail": _text("The printer's own words, or why it was not asked."),
                },
            ),
        },
        "scanner": _record(
            "The document scanner.",
            {
                "configured": _text("kiosk.scanner."),
                "present": _flag("Found; null when none is configured or it was not looked for."),
                "device": _text("The device found, if any."),
                "detail": _text("What was found, or why not."),
            },
        ),
        "card_reader": _record(
            "The staff card reader.",
            {
                "configured": _text("staff.card_reader."),
                "present": _flag("Found; null when none is configured."),
                "reader": _text("The reader in use, if any."),
                "detail": _text("What was found, or why not."),
            },
        ),
        "disk": _record(
            "Space on the data folder's disk.",
            {
                "path": _text("The data folder."),
                "free_bytes": _whole("Bytes free.", nullable=True),
                "total_bytes": _whole("Bytes in all.", nullable=True),
                "detail": _text("Empty, or why the space is not known."),
            },
        ),
        "journal": _record(
            "The journal's integrity.",
            {
                "integrity": _text("ok, or the damage SQLite reports."),
                "checked": {"enum": list(JOURNAL_CHECKS), "description": "When it was checked."},
                "quarantined": {
                    "type": "array",
                    "maxItems": MAX_QUARANTINED,
                    "items": {"type": "string", "maxLength": MAX_TEXT},
                    "description": "Damaged journals set aside earlier.",
                },
            },
        ),
    },
)


class HealthFormatError(ValueError):
    """A health report that is not in the agreed shape; the message says where, plainly."""


def clip(text: str, limit: int = MAX_TEXT) -> str:
    """``text`` cut to ``limit`` characters (an ellipsis marks the cut), for a report's fields."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class SyncHealth:
    """Sending to the case service, as the sync engine last knew it."""

    configured: bool
    state: str
    backlog: int
    oldest_unsent: str | None
    last_success: str | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class PrinterHealth:
    """One printer: ``ready`` is None when it was not (or could not be) asked."""

    name: str
    kind: str
    ready: bool | None
    paper: str
    fault: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class ScannerHealth:
    """The configured scanner: ``present`` is None when none is configured or not looked for."""

    configured: str
    present: bool | None
    device: str
    detail: str


@dataclass(frozen=True, slots=True)
class CardReaderHealth:
    """The staff card reader: ``present`` is None when none is configured."""

    configured: str
    present: bool | None
    reader: str
    detail: str


@dataclass(frozen=True, slots=True)
class DiskHealth:
    """Space on the data folder's disk (None when it could not be read, with why)."""

    path: str
    free_bytes: int | None
    total_bytes: int | None
    detail: str


@dataclass(frozen=True, slots=True)
class JournalHealth:
    """The journal's integrity, checked ``now`` or (in the running app) ``at start-up``."""

    integrity: str
    checked: str
    quarantined: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TerminalHealth:
    """A terminal's health at one moment.

    Attributes:
        terminal, site, role: who it is.
        version, commit: what it runs (core/version.py).
        gathered_at: when, by its own clock (UTC, ISO 8601).
        uptime_s: how long the app has run (None outside the app, e.g. ``main.py status``).
        machine_uptime_s: how long the machine has run.
        sync, printers, scanner, card_reader, disk, journal: each part's state.
    """

    terminal: str
    site: str
    role: str
    version: str
    commit: str | None
    gathered_at: str
    uptime_s: int | None
    machine_uptime_s: int | None
    sync: SyncHealth
    printers: tuple[PrinterHealth, ...]
    scanner: ScannerHealth
    card_reader: CardReaderHealth
    disk: DiskHealth
    journal: JournalHealth

    def to_json(self) -> dict[str, Any]:
        """The report as JSON values (what ``from_json`` reads back)."""
        return {
            "format": HEALTH_FORMAT,
            "terminal": self.terminal,
            "site": self.site,
            "role": self.role,
            "version": self.version,
            "commit": self.commit,
            "gathered_at": self.gathered_at,
            "uptime_s": self.uptime_s,
            "machine_uptime_s": self.machine_uptime_s,
            "sync": _fields(self.sync),
            "printers": [_fields(p) for p in self.printers],
            "scanner": _fields(self.scanner),
            "card_reader": _fields(self.card_reader),
            "disk": _fields(self.disk),
            "journal": {**_fields(self.journal), "quarantined": list(self.journal.quarantined)},
        }

    @classmethod
    def from_json(cls, value: Any) -> TerminalHealth:
        """Read a report, refusing anything off the schema with a HealthFormatError."""
        try:
            _validator()(value)
        except Exception as exc:  # fastjsonschema's JsonSchemaValueException, or worse input
            where = str(getattr(exc, "message", exc)).replace("data.", "", 1)
            raise HealthFormatError(
                f"the health report is not in the agreed shape: {where}"
            ) from None
        journal = value["journal"]
        return cls(
            terminal=value["terminal"],
            site=value["site"],
            role=value["role"],
            version=value["version"],
            commit=value["commit"],
            gathered_at=value["gathered_at"],
            uptime_s=_whole_or_none(value["uptime_s"]),
            machine_uptime_s=_whole_or_none(value["machine_uptime_s"]),
            sync=SyncHealth(**{**value["sync"], "backlog": int(value["sync"]["backlog"])}),
            printers=tuple(PrinterHealth(**p) for p in value["printers"]),
            scanner=ScannerHealth(**value["scanner"]),
            card_reader=CardReaderHealth(**value["card_reader"]),
            disk=DiskHealth(
                path=value["disk"]["path"],
                free_bytes=_whole_or_none(value["disk"]["free_bytes"]),
                total_bytes=_whole_or_none(value["disk"]["total_bytes"]),
                detail=value["disk"]["detail"],
            ),
            journal=JournalHealth(
                journal["integrity"], journal["checked"], tuple(journal["quarantined"])
            ),
        )

    def problems(self) -> list[str]:
        """What IT should look at, in plain words (empty when all is well)."""
        found: list[str] = []
        if self.sync.configured and self.sync.last_error:
            found.append(f"sending to the case service: {self.sync.last_error}")
        for printer in self.printers:
            if printer.ready is False:
                fault = (printer.fault or "not ready").replace("_", " ")
                found.append(f"printer {printer.name}: {fault} ({printer.detail})")
        if self.scanner.present is False:
            found.append(f"scanner: {self.scanner.detail}")
        if self.card_reader.present is False:
            found.append(f"card reader: {self.card_reader.detail}")
        disk = self.disk
        if disk.free_bytes is None:
            found.append(f"disk: {disk.detail}")
        elif disk.free_bytes < LOW_DISK_BYTES or (
            disk.total_bytes and disk.free_bytes < disk.total_bytes * LOW_DISK_SHARE
        ):
            found.append(f"disk: only {disk.free_bytes // 1024**2} MB free for {disk.path}")
        if self.journal.integrity not in ("ok", NO_JOURNAL):
            found.append(f"journal: {self.journal.integrity}")
        if self.journal.quarantined:
            found.append(f"journal: {len(self.journal.quarantined)} damaged journal(s) set aside")
        return found


def parse_health(body: bytes) -> TerminalHealth:
    """A report from JSON bytes (UTF-8); HealthFormatError for anything else."""
    try:
        value = json.loads(body.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise HealthFormatError(f"the health report is not JSON ({exc})") from None
    return TerminalHealth.from_json(value)


@functools.cache
def _validator() -> Any:
    import fastjsonschema  # pure Python; compiled once, on the first report read

    return fastjsonschema.compile(HEALTH_SCHEMA)


def _fields(part: Any) -> dict[str, Any]:
    return {name: getattr(part, name) for name in part.__slots__}


def _whole_or_none(value: Any) -> int | None:
    return None if value is None else int(value)  # the schema let 3.0 through as an integer


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")
