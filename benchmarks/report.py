"""The benchmark table for people and the same figures as JSON for machines."""

from __future__ import annotations

import json
import os
import platform
import sys
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from benchmarks import appends, startup
from benchmarks.appends import AppendsResult
from benchmarks.startup import StartupResult

PHASE_LABELS = {
    "python": "interpreter",
    "imports": "core/store/sync imports (main.py)",
    "compose": "compose_kiosk",
    "qt-imports": "Qt (+kiosk, ui) imports",
    "qapp": "QApplication",
    "build": "build window",
    "show": "show",
    "painted": "first paint",
}
ROW = "{:<42}{:<16}{:<16}{:<8}{:<8}{}"


def _verdict(passed: bool) -> str:
    return "PASS" if passed else "FAIL  <-- misses the goal"


def phase_steps(phases: dict[str, float]) -> dict[str, float]:
    """Seconds spent in each phase: the gap since the previous mark (or the start)."""
    steps: dict[str, float] = {}
    previous = 0.0
    for name, at in phases.items():
        steps[PHASE_LABELS.get(name, name)] = at - previous
        previous = at
    return steps


def _steps_line(title: str, phases: dict[str, float]) -> str:
    parts = " | ".join(f"{k} {v:.3f}" for k, v in phase_steps(phases).items())
    return f"  {title}: {parts}"


def table(up: StartupResult, ap: AppendsResult, json_path: Path) -> str:
    """The short table, with the notes needed to read it."""
    lines = [
        "civic-kiosk benchmarks (same run, same machine)",
        ROW.format("figure", "baseline", "civic-kiosk", "ratio", "goal", "result"),
        ROW.format(
            f"start to first paint (median of {up.runs})",
            f"{up.bare_median:.2f} s bare",
            f"{up.kiosk_median:.2f} s",
            f"{up.ratio:.2f}×",
            f"≤{startup.GOAL}×",
            _verdict(up.passed),
        ),
        ROW.format(
            "  first-ever start (creates the journal)",
            f"{up.bare_median:.2f} s bare",
            f"{up.first_start_median:.2f} s",
            f"{up.first_start_median / up.bare_median:.2f}×",
            "-",
            "info",
        ),
        ROW.format(
            f"durable appends/s (median of {ap.rounds} × {ap.events})",
            f"{ap.raw_median:.0f}/s raw",
            f"{ap.journal_median:.0f}/s",
            f"{ap.ratio:.2f}×",
            f"≥{appends.GOAL}×",
            _verdict(ap.passed),
        ),
        "",
        f"start-up: fresh processes, QT_QPA_PLATFORM={up.platform}, 1920×1080 windowed, "
        f"{up.warmup} warm-up run of each discarded, bytecode cached; bare and kiosk interleaved.",
        "  the goal applies to the everyday start (journal already there); the first-ever start",
        "  also creates the journal and applies migrations (sqlite-utils is imported only then).",
        "  seconds per phase (median):",
        _steps_line("kiosk", startup.median_phases(up.kiosk)),
        _steps_line("first", startup.median_phases(up.first_start)),
        _steps_line("bare ", startup.median_phases(up.bare)),
        f"  kiosk read-aloud engine (built in the window): {startup.speech_summary(up.kiosk)}",
        "appends: WAL + synchronous=FULL, one transaction per event, so both are fsync-bound; "
        "the journal ALSO",
        "  updates its projections (origins, event_counts, help_requests) in the same "
        f"transaction. Folder: {ap.folder}",
        f"figures written to {json_path}",
    ]
    return "\n".join(lines)


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "absent"


def figures(up: StartupResult, ap: AppendsResult) -> dict[str, Any]:
    """Everything in the table, plus each run, as one JSON-ready dict."""
    return {
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "pyside6": _version("pyside6-essentials"),
        "startup": {
            "runs": up.runs,
            "warmup": up.warmup,
            "qpa_platform": up.platform,
            "bare_median_s": up.bare_median,
            "kiosk_median_s": up.kiosk_median,
            "ratio": up.ratio,
            "goal_max_ratio": startup.GOAL,
            "passed": up.passed,
            "bare_s": [r.seconds for r in up.bare],
            "kiosk_s": [r.seconds for r in up.kiosk],
            "first_start_median_s": up.first_start_median,
            "first_start_s": [r.seconds for r in up.first_start],
            "bare_phase_s": phase_steps(startup.median_phases(up.bare)),
            "kiosk_phase_s": phase_steps(startup.median_phases(up.kiosk)),
            "kiosk_speech": [r.info.get("speech", "unknown") for r in up.kiosk],
        },
        "appends": {
            "events": ap.events,
            "rounds": ap.rounds,
            "folder": ap.folder,
            "raw_median_per_s": ap.raw_median,
            "journal_median_per_s": ap.journal_median,
            "ratio": ap.ratio,
            "goal_min_ratio": appends.GOAL,
            "passed": ap.passed,
            "raw_per_s": ap.raw,
            "journal_per_s": ap.journal,
        },
    }


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write the figures as indented JSON, creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
