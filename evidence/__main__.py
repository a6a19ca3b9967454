"""``python -m evidence`` (``make evidence``): run every suite at full scale, then write the report.

Steps, each timed: the evidence suites through pytest with ``EVIDENCE_SCALE=full`` (figures
to ``build/evidence/figures.jsonl``, outcomes to ``build/evidence/junit-*.xml``), then the
benchmarks (``build/evidence/bench.json``), then ``build/evidence.md``. A failing step does
not stop the others: the report says what failed. Exits 1 when anything missed.

The suites run in two lanes at once, one per core of a small kiosk PC: the soak (one kiosk
process for 10,000 visits) with the journal and sync harnesses, and the kill test (one
kiosk restarted 1,000 times) with the fuzzers and the rest. Each lane is one process at a
time, mostly on one core, so together they take about as long as the longer one. The
benchmarks run afterwards, alone, since their ratios are only fair on a quiet machine. The
whole run's wall time is itself a figure, against the issue's 60 minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from evidence.figures import DIR_ENV, SCALE_ENV, record
from evidence.report import misses, read_run, render

ROOT = Path(__file__).resolve().parent.parent
# The suites, in two lanes run side by side: the evidence tests, and the earlier issues'
# harnesses this issue scales up. Every file of tests/evidence is in exactly one lane.
LANES = (
    (
        "tests/evidence/test_soak.py",
        "tests/evidence/test_kiosk_stateful.py",
        "tests/sync/test_central_chaos.py",
        "tests/sync/test_case_contract.py",
        "tests/store/test_crash.py",
    ),
    (
        "tests/evidence",
        "--ignore=tests/evidence/test_soak.py",
        "--ignore=tests/evidence/test_kiosk_stateful.py",
    ),
)
RUN_TARGET_MIN = 60
PROFILED = ROOT / "evidence" / "profiled.md"


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(prog="python -m evidence", description=__doc__)
    p.add_argument(
        "--scale", choices=("full", "ci"), default="full", help="full (default) or CI size"
    )
    p.add_argument("--no-bench", action="store_true", help="skip the benchmarks")
    p.add_argument(
        "--append",
        action="store_true",
        help="keep the figures of earlier runs in build/evidence/ and report them all "
        "(to rerun one suite, e.g. with -- tests/evidence/test_soak.py)",
    )
    p.add_argument("--out", type=Path, default=ROOT / "build" / "evidence.md")
    p.add_argument("--timeout-min", type=int, default=40, help="per test (default 40)")
    p.add_argument(
        "pytest_args",
        nargs="*",
        help="test paths to run instead of every suite, and pytest options as --opt=value "
        "(after --)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run, report, and say where the report is."""
    args = parser().parse_args(argv)
    folder = args.out.parent / "evidence"
    if not args.append:
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    env = {
        **os.environ,
        SCALE_ENV: args.scale,
        DIR_ENV: str(folder),
        "QT_QPA_PLATFORM": "offscreen",
        "QT_LOGGING_RULES": "qt.multimedia.symbolsresolver=false",
    }
    chosen = [a for a in args.pytest_args if not a.startswith("-")]
    options = [a for a in args.pytest_args if a.startswith("-")]
    lanes = [[*chosen, *options]] if chosen else [[*lane, *options] for lane in LANES]
    started = time.monotonic()
    runs = [
        (
            " ".join(lane),
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                f"--junitxml={folder / f'junit-{stamp}-{number}.xml'}",
                f"--timeout={args.timeout_min * 60}",
                *lane,
            ],
            folder / f"pytest-{stamp}-{number}.log",
        )
        for number, lane in enumerate(lanes, start=1)
    ]
    steps = _side_by_side(runs, env)
    if not args.no_bench:
        bench = [sys.executable, "-m", "benchmarks", "--json", str(folder / "bench.json")]
        steps += _side_by_side([("python -m benchmarks", bench, folder / "bench.log")], env)
    if not chosen and not args.no_bench:
        minutes = round((time.monotonic() - started) / 60, 1)
        os.environ[DIR_ENV] = str(folder)
        record(
            "Run",
            "make evidence wall time",
            minutes,
            unit="min",
            target=f"< {RUN_TARGET_MIN} min",
            met=minutes < RUN_TARGET_MIN,
            how="every suite at full scale in two lanes, then the benchmarks, on this machine",
        )
    with (folder / "steps.jsonl").open("a", encoding="utf-8") as out:
        out.writelines(json.dumps(step) + "\n" for step in steps)
    run = read_run(folder)
    run.about = _about(args.scale)
    run.profiled = PROFILED.read_text(encoding="utf-8") if PROFILED.exists() else ""
    args.out.write_text(render(run), encoding="utf-8")
    missed = misses(run)
    print(f"\nevidence written to {args.out}: {len(missed)} missed")
    for line in missed:
        print(f"  - {line}")
    return 1 if missed else 0


def _side_by_side(
    runs: list[tuple[str, list[str], Path]], env: dict[str, str]
) -> list[tuple[str, float, int]]:
    """Start every command at once, each writing to its log; wait for all; name, time, code.

    Progress is the logs (``tail -f build/evidence/pytest-*.log``); each step's end is
    printed as it comes.
    """
    started = time.monotonic()
    running = []
    for name, command, log in runs:
        print(f"== {name} (log: {log})", flush=True)
        out = log.open("wb")
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        running.append((name, proc, out))
    steps = []
    for name, proc, out in running:
        rc = proc.wait()
        out.close()
        took = time.monotonic() - started
        print(f"== done in {took / 60:.1f} min, exit {rc}: {name}", flush=True)
        steps.append((name, took, rc))
    return steps


def _about(scale: str) -> dict[str, str]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "measured": datetime.now(UTC).isoformat(timespec="minutes"),
        "commit": commit or "unknown",
        "scale": scale,
        "machine": f"{os.cpu_count()} cores, {cpu}, {platform.platform()}",
        "python": sys.version.split()[0],
        "rerun": "`make evidence` (full scale); `make test` runs every suite at CI scale",
    }


if __name__ == "__main__":
    sys.exit(main())
