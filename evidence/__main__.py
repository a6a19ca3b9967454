"""``python -m evidence`` (``make evidence``): run every suite at full scale, then write the report.

Steps, each timed: the evidence suites through pytest with ``EVIDENCE_SCALE=full`` (figures
to ``build/evidence/figures.jsonl``, outcomes to ``build/evidence/junit-*.xml``), then the
benchmarks (``build/evidence/bench.json``), then ``build/evidence.md``. A failing step does
not stop the others: the report says what failed. Exits 1 when anything missed.
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

from evidence.figures import DIR_ENV, SCALE_ENV
from evidence.report import misses, read_run, render

ROOT = Path(__file__).resolve().parent.parent
# The suites: the evidence tests, and the earlier issues' harnesses this issue scales up.
SUITES = (
    "tests/evidence",
    "tests/sync/test_central_chaos.py",
    "tests/sync/test_case_contract.py",
    "tests/store/test_crash.py",
)
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
    suites = [a for a in args.pytest_args if not a.startswith("-")] or list(SUITES)
    options = [a for a in args.pytest_args if a.startswith("-")]
    steps: list[tuple[str, float, int]] = []
    tests = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--junitxml={folder / f'junit-{stamp}.xml'}",
        f"--timeout={args.timeout_min * 60}",
        *suites,
        *options,
    ]
    steps.append(_step(f"pytest {' '.join(suites)}", tests, env, folder / f"pytest-{stamp}.log"))
    if not args.no_bench:
        bench = [sys.executable, "-m", "benchmarks", "--json", str(folder / "bench.json")]
        steps.append(_step("python -m benchmarks", bench, env, folder / "bench.log"))
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


def _step(name: str, command: list[str], env: dict[str, str], log: Path) -> tuple[str, float, int]:
    print(f"== {name}", flush=True)
    started = time.monotonic()
    with log.open("wb") as out:
        tee = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=out)
        assert tee.stdout is not None
        for line in tee.stdout:
            sys.stdout.buffer.write(line)
            sys.stdout.flush()
            out.write(line)
        rc = tee.wait()
    return name, time.monotonic() - started, rc


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
