"""``build/evidence.md``: every figure, how it was measured, and what missed its target first.

The report is written from what the run left behind, never from what it was meant to do:
the figures the tests recorded, pytest's JUnit XML (so a test that failed or was skipped is
named even when it recorded nothing), and the benchmarks' ``bench.json``.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evidence.bench_rows import BenchRow, bench_rows
from evidence.figures import Figure, read_figures

SUITES = (
    "Durability",
    "Sync under faults",
    "Privacy",
    "Kiosk escape",
    "Bad input",
    "Soak",
)


@dataclass(frozen=True)
class TestOutcome:
    """One test from the JUnit XML."""

    name: str
    outcome: str  # "passed", "failed", "skipped"
    seconds: float
    message: str = ""


@dataclass
class Run:
    """What one ``make evidence`` left behind, and about the run itself."""

    figures: list[Figure] = field(default_factory=list)
    tests: list[TestOutcome] = field(default_factory=list)
    bench: list[BenchRow] = field(default_factory=list)
    about: dict[str, str] = field(default_factory=dict)
    steps: list[tuple[str, float, int]] = field(default_factory=list)  # name, seconds, rc
    profiled: str = ""


def read_tests(junit: Path) -> list[TestOutcome]:
    """Each test case's outcome; an absent file means the tests never ran."""
    if not junit.exists():
        return []
    found: list[TestOutcome] = []
    root = ElementTree.parse(junit).getroot()  # noqa: S314 (pytest's file from this run)
    for case in root.iter("testcase"):
        name = f"{case.get('classname', '')}::{case.get('name', '')}"
        seconds = float(case.get("time", "0") or 0)
        outcome, message = "passed", ""
        for tag in ("failure", "error", "skipped"):
            problem = case.find(tag)
            if problem is not None:
                outcome = "skipped" if tag == "skipped" else "failed"
                message = _first_line(problem.get("message") or "")
                break
        found.append(TestOutcome(name, outcome, seconds, message))
    return found


def _first_line(text: str) -> str:
    return text.splitlines()[0][:200] if text.strip() else ""


def read_bench(path: Path) -> list[BenchRow]:
    """The benchmark rows, or none when the benchmarks did not run."""
    if not path.exists():
        return []
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return bench_rows(data)


def read_run(folder: Path) -> Run:
    """Everything the run (or runs, with ``--append``) left in ``folder``."""
    steps = folder / "steps.jsonl"
    # A suite rerun with --append replaces its earlier figures and outcomes (the latest wins).
    figures = {(f.suite, f.name): f for f in read_figures(folder)}
    tests = {t.name: t for junit in sorted(folder.glob("junit*.xml")) for t in read_tests(junit)}
    return Run(
        figures=list(figures.values()),
        tests=list(tests.values()),
        bench=read_bench(folder / "bench.json"),
        steps=[
            (str(name), float(seconds), int(rc))
            for name, seconds, rc in (
                json.loads(line) for line in steps.read_text(encoding="utf-8").splitlines()
            )
        ]
        if steps.exists()
        else [],
    )


def misses(run: Run) -> list[str]:
    """Everything that missed, failed or did not run, in plain words, for the top."""
    found = [
        f"**{f.suite}: {f.name}** was {_value(f)}, target {f.target}."
        for f in run.figures
        if f.met is False
    ]
    found += [
        f"**Test failed:** `{t.name}`: {t.message}" for t in run.tests if t.outcome == "failed"
    ]
    found += [
        f"**Test skipped:** `{t.name}`: {t.message}" for t in run.tests if t.outcome == "skipped"
    ]
    recorded = {f.suite for f in run.figures}
    found += [f"**{s}:** no figures were recorded." for s in SUITES if s not in recorded]
    found += [
        f"**Benchmark {r.area}: {r.figure}** was {_num(r.ours)} {r.unit}, goal {r.goal}."
        for r in run.bench
        if r.passed is False
    ]
    found += [
        f"**Benchmark {r.area}** was not measured: {r.skipped}" for r in run.bench if r.skipped
    ]
    found += [f"**Step `{name}`** ended with exit code {rc}." for name, _, rc in run.steps if rc]
    return found


def render(run: Run) -> str:
    """The whole report as Markdown."""
    lines = ["# civic-kiosk evidence", ""]
    lines += [f"- {k}: {v}" for k, v in run.about.items()]
    lines += ["", "## Missed targets", ""]
    missed = misses(run)
    lines += [f"- {m}" for m in missed] if missed else ["None: every figure met its target."]
    for suite in SUITES:
        lines += _suite(suite, [f for f in run.figures if f.suite == suite])
    others = sorted({f.suite for f in run.figures} - set(SUITES))
    for suite in others:
        lines += _suite(suite, [f for f in run.figures if f.suite == suite])
    lines += _performance(run.bench)
    if run.profiled:
        lines += ["", "## The slowest path, profiled and made faster", "", run.profiled.strip()]
    lines += _tests(run)
    return "\n".join(lines) + "\n"


def _suite(suite: str, figures: Sequence[Figure]) -> list[str]:
    lines = ["", f"## {suite}", ""]
    if not figures:
        return [*lines, "No figures recorded (see the missed targets above)."]
    lines += ["| figure | value | target | met | how it was measured |", "|---|---|---|---|---|"]
    previous = ""
    for f in figures:
        met = {True: "yes", False: "**NO**", None: ""}[f.met]
        how, previous = ("as above" if f.how and f.how == previous else f.how), f.how
        lines.append(
            f"| {_cell(f.name)} | {_value(f)} | {_cell(f.target)} | {met} | {_cell(how)} |"
        )
    return lines


def _performance(rows: Iterable[BenchRow]) -> list[str]:
    lines = [
        "",
        "## Performance: every benchmark against its same-run baseline",
        "",
        "Ratio is ours over the bare baseline for times (lower is better) and ours over the "
        "baseline for rates (higher is better). Rerun with `make bench`.",
        "",
        "| area | figure | civic-kiosk | bare baseline | ratio | goal | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        if r.skipped:
            lines.append(f"| {r.area} | not measured | | | | | {_cell(r.skipped)} |")
            continue
        result = {True: "pass", False: "**MISSED**", None: ""}[r.passed]
        bare = f"{_num(r.bare)} {r.unit} {_cell(r.baseline)}".strip()
        lines.append(
            f"| {r.area} | {_cell(r.figure)} | {r.statistic} {_num(r.ours)} {r.unit} | {bare} "
            f"| {r.ratio:.2f}× | {r.goal} | {result} |"
        )
    return lines


def _tests(run: Run) -> list[str]:
    lines = ["", "## How the run went", ""]
    if run.steps:
        lines += [
            f"- `{name}`: {seconds / 60:.1f} min, exit {rc}" for name, seconds, rc in run.steps
        ]
    counts = {
        o: sum(1 for t in run.tests if t.outcome == o) for o in ("passed", "failed", "skipped")
    }
    lines.append(
        f"- tests: {counts['passed']} passed, {counts['failed']} failed, "
        f"{counts['skipped']} skipped"
    )
    slow = sorted(run.tests, key=lambda t: -t.seconds)[:10]
    lines += [f"  - {t.seconds:.0f} s `{t.name}` ({t.outcome})" for t in slow]
    return lines


def _value(f: Figure) -> str:
    value = _num(f.value) if isinstance(f.value, int | float) else _cell(str(f.value))
    return f"{value} {f.unit}".strip()


def _num(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}" if abs(value) < 100 else f"{value:,.0f}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
