"""Every benchmark figure in ``build/bench.json`` as one row: ours, the same-run baseline, ratio.

Each benchmark module writes its own shape (its table is its own business), so this reads
them by the names they share: a figure is any object with a ``ratio`` (or ``ratio_p95``), its
own time or rate under one of :data:`OURS`, and the bare baseline's under one of :data:`BARE`.
A benchmark that was skipped (no device, say) becomes a row that says so.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

OURS = (
    "median_ms",
    "p95_ms",
    "ours_p95_ms",
    "ours",
    "ours_per_s",
    "kiosk_median_s",
    "journal_median_per_s",
)
BARE = (
    "bare_median_ms",
    "bare_ms",
    "bare_p95_ms",
    "bare",
    "bare_per_s",
    "bare_median_s",
    "raw_median_per_s",
)
AREAS = {
    "startup": "start-up",
    "appends": "journal",
    "printing": "printing",
    "queue": "queue",
    "forms": "guided forms",
    "central": "central sync",
    "scanning": "scanning",
    "staff_cards": "staff cards",
    "dashboard": "dashboard",
}


@dataclass(frozen=True)
class BenchRow:
    """One benchmark figure against its baseline, measured in the same run."""

    area: str
    figure: str
    ours: float
    bare: float
    unit: str
    statistic: str
    baseline: str
    ratio: float
    goal: str
    passed: bool | None
    skipped: str = ""


def bench_rows(bench: Mapping[str, Any]) -> list[BenchRow]:
    """The rows, in the order the benchmarks ran."""
    rows: list[BenchRow] = []
    for key, section in bench.items():
        if key not in AREAS:
            continue
        area = AREAS[key]
        if isinstance(section, Mapping) and "skipped" in section:
            rows.append(_skipped(area, str(section["skipped"])))
            continue
        rows.extend(_rows(area, key, section))
    return rows


def _skipped(area: str, why: str) -> BenchRow:
    return BenchRow(area, "(not measured)", 0.0, 0.0, "", "", "", 0.0, "", None, skipped=why)


def _rows(area: str, name: str, found: Any) -> Iterator[BenchRow]:
    if isinstance(found, list):
        for item in found:
            yield from _rows(area, name, item)
    elif isinstance(found, Mapping):
        row = _row(area, name, found)
        if row is not None:
            yield row
            return
        for key, value in found.items():
            if isinstance(value, Mapping | list):
                yield from _rows(area, str(key), value)


def _row(area: str, name: str, d: Mapping[str, Any]) -> BenchRow | None:
    ratio_key = next((k for k in ("ratio", "ratio_p95") if k in d), None)
    ours_key = next((k for k in OURS if isinstance(d.get(k), int | float)), None)
    bare_key = next((k for k in BARE if isinstance(d.get(k), int | float)), None)
    if ratio_key is None or ours_key is None or bare_key is None:
        return None
    goal, passed = _goal(d)
    return BenchRow(
        area=area,
        figure=str(d.get("figure", name)),
        ours=float(d[ours_key]),
        bare=float(d[bare_key]),
        unit=_unit(ours_key, d),
        statistic="p95" if "p95" in ours_key else "median",
        baseline=str(d.get("baseline", "")),
        ratio=float(d[ratio_key]),
        goal=goal,
        passed=passed if isinstance(passed, bool) else None,
    )


def _unit(key: str, d: Mapping[str, Any]) -> str:
    if key.endswith("_per_s"):
        return str(d.get("unit", "/s"))
    if key.endswith("_ms"):
        return "ms"
    if key.endswith("_s"):
        return "s"
    return str(d.get("unit", ""))


def _goal(d: Mapping[str, Any]) -> tuple[str, object]:
    passed = d.get("passed")
    if isinstance(d.get("goal_max_ms"), int | float):
        return f"≤ {d['goal_max_ms']:g} ms", passed
    if isinstance(d.get("goal_max_ratio"), int | float):
        return f"≤ {d['goal_max_ratio']:g}×", passed
    if isinstance(d.get("goal_min_ratio"), int | float):
        return f"≥ {d['goal_min_ratio']:g}×", passed
    return "", passed
