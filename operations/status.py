"""``main.py status``: the terminal's identity, journal, sending and health, read-only.

The report keeps the keys it always had (identity, integrity, event counts, printer faults,
sending), then adds ``health``: the same snapshot the heartbeat sends the case service
(core/terminal_health.py), gathered here on the spot, and ``problems``, what IT should look
at. Nothing in the data folder is written or made: the journal is read read-only, the demo
file printer's folder is not created, and no device is opened (see operations/health.py).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from core.config import TerminalConfig
from core.terminal_health import NO_JOURNAL, JournalHealth, TerminalHealth, clip
from operations.health import HealthGatherer


def status_report(
    config: TerminalConfig, data_dir: Path, printers: Sequence[Mapping[str, object]]
) -> tuple[dict[str, Any], int]:
    """The status report and its exit code (1 when the journal is damaged)."""
    from store.inspect import inspect_journal

    status = inspect_journal(data_dir)
    report: dict[str, Any] = {
        "terminal": config.terminal_id,
        "site": config.site,
        "role": config.role,
        "config": config.source,
        "origin": status.origin or config.terminal_id,
        "data_dir": str(data_dir),
        "integrity": status.integrity,
        "events_total": status.total,
        "events_by_type": status.counts,
        "sealed_blobs": status.blobs,
        "quarantined_journals": list(status.quarantined),
        "printer_faults": status.counts.get("printer.fault", 0),
        "last_printer_fault": status.last_printer_fault or "none",
        "case_service": config.case_service_url or "none configured (offline demo)",
        **central_report(data_dir),
    }
    journal = JournalHealth(clip(status.integrity), "now", tuple(status.quarantined))
    gatherer = HealthGatherer(config, data_dir, printers, journal=journal)
    try:
        health = gatherer.gather()
    finally:
        gatherer.close()
    report["health"] = health.to_json()
    report["problems"] = health.problems()
    return report, 0 if status.integrity in ("ok", NO_JOURNAL) else 1


def central_report(data_dir: Path) -> dict[str, object]:
    """What the sync engine last recorded, for ``status`` (read-only, from its own file)."""
    from sync.central_sync import read_status

    sync = read_status(data_dir)
    if sync is None:
        return {"central_sync": "never run"}
    return {
        "central_sync": sync.state,
        "central_backlog": sync.backlog,
        "central_oldest_unsent": sync.oldest_unsent or "-",
        "central_last_success": sync.last_success or "never",
        "central_last_error": sync.last_error or "none",
    }


def as_json(report: Mapping[str, Any]) -> str:
    """The report for programs."""
    return json.dumps(report, indent=2, ensure_ascii=False)


def as_text(report: Mapping[str, Any]) -> str:
    """The report for people: one labelled line per fact, then the health, then problems."""
    plain = {k: v for k, v in report.items() if k not in ("health", "problems")}
    width = max(len(k) for k in plain)
    lines: list[str] = []
    for key, value in plain.items():
        if key == "events_by_type":
            lines.append(f"{key:<{width}}  " + ("(none)" if not value else ""))
            lines.extend(f"  {kind:<{width}}{n:>8}" for kind, n in dict(value).items())
        else:
            lines.append(f"{key:<{width}}  {value}")
    if "health" in report:
        lines.append("health")
        lines.extend(
            f"  {label:<{width - 2}}  {text}"
            for label, text in health_lines(TerminalHealth.from_json(report["health"]))
        )
    problems = report.get("problems") or []
    lines.append(f"{'problems':<{width}}  {'none' if not problems else ''}".rstrip())
    lines.extend(f"  - {problem}" for problem in problems)
    return "\n".join(lines)


def health_lines(health: TerminalHealth) -> list[tuple[str, str]]:
    """The health snapshot as (label, words) pairs, one per part."""
    commit = f" (commit {health.commit[:12]})" if health.commit else ""
    uptime = (
        f"app {_duration(health.uptime_s)}, " if health.uptime_s is not None else ""
    ) + f"machine {_duration(health.machine_uptime_s)}"
    sync = health.sync
    sending = sync.state
    if sync.configured:
        sending += f"; {sync.backlog} waiting" + (
            f" since {sync.oldest_unsent}" if sync.oldest_unsent else ""
        )
        sending += f"; last problem: {sync.last_error}" if sync.last_error else ""
    lines = [
        ("version", f"{health.version}{commit}"),
        ("uptime", uptime),
        ("sending", sending),
    ]
    for printer in health.printers:
        ready = {True: "ready", False: "NOT READY", None: "not known"}[printer.ready]
        fault = f" ({printer.fault})" if printer.fault else ""
        detail = f": {printer.detail}" if printer.detail else ""
        lines.append((f"printer {printer.name}", f"{ready}{fault}, paper {printer.paper}{detail}"))
    lines.append(("scanner", _presence(health.scanner.present, health.scanner.detail)))
    lines.append(("card reader", _presence(health.card_reader.present, health.card_reader.detail)))
    disk = health.disk
    if disk.free_bytes is None or disk.total_bytes is None:
        lines.append(("disk", disk.detail))
    else:
        lines.append(("disk", f"{_gb(disk.free_bytes)} free of {_gb(disk.total_bytes)}"))
    lines.append(("journal", f"{health.journal.integrity} (checked {health.journal.checked})"))
    return lines


def _presence(present: bool | None, detail: str) -> str:
    return {True: "present", False: "MISSING", None: "not checked"}[present] + f": {detail}"


def _gb(count: int) -> str:
    return f"{count / 1000**3:.1f} GB"


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return "not known"
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes = rest // 60
    return (f"{days} d " if days else "") + f"{hours} h {minutes} min"
