"""Start to first paint, each a fresh process: the real kiosk vs a bare PySide6 window."""

from __future__ import annotations

import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.marks import PAINTED, parse_info, parse_marks

ROOT = Path(__file__).resolve().parent.parent
BARE = "benchmarks.bare_window"
KIOSK = "benchmarks.kiosk_window"
GOAL = 1.5  # the kiosk may take at most this many times the bare window


class StartupFailed(RuntimeError):
    """A child did not reach its first paint; the message carries its output."""


@dataclass(frozen=True, slots=True)
class Run:
    """One child: seconds from just before it was started to its first paint, marks, facts."""

    seconds: float
    phases: dict[str, float]
    info: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class StartupResult:
    """Medians for both programs, and every run, measured in one invocation."""

    runs: int
    warmup: int
    platform: str
    bare: list[Run] = field(default_factory=list)
    kiosk: list[Run] = field(default_factory=list)
    first_start: list[Run] = field(default_factory=list)

    @property
    def first_start_median(self) -> float:
        """Median seconds to first paint when the kiosk must create its journal first."""
        return statistics.median(r.seconds for r in self.first_start)

    @property
    def bare_median(self) -> float:
        """Median seconds to first paint of the bare window."""
        return statistics.median(r.seconds for r in self.bare)

    @property
    def kiosk_median(self) -> float:
        """Median seconds to first paint of the kiosk home screen."""
        return statistics.median(r.seconds for r in self.kiosk)

    @property
    def ratio(self) -> float:
        """Kiosk over bare; the goal is at most GOAL."""
        return self.kiosk_median / self.bare_median

    @property
    def passed(self) -> bool:
        """True when the kiosk is within the goal."""
        return self.ratio <= GOAL


def child_env(pycache: Path, runtime: Path) -> dict[str, str]:
    """The children's environment: offscreen unless a platform is set, bytecode cached aside.

    Bytecode goes to a private prefix so the warm-up run compiles once and the measured runs
    start warm, as an installed kiosk does, without writing into the source tree. A private
    ``XDG_RUNTIME_DIR`` gives the kiosks their own speech-dispatcher, as a kiosk session has,
    instead of sharing (and racing) one with anything else on the machine.
    """
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    return env


def stop_speech_dispatcher(runtime: Path) -> None:
    """Stop the speech-dispatcher the kiosk children spawned in their private runtime folder."""
    pid_file = runtime / "speech-dispatcher" / "pid" / "speech-dispatcher.pid"
    try:
        pid = int(pid_file.read_text(encoding="ascii").strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (OSError, ValueError):
        return  # none was started, or it has already gone
    if str(runtime).encode() in cmdline:  # ours, not a recycled pid
        os.kill(pid, signal.SIGTERM)


def run_child(module: str, args: list[str], env: dict[str, str], timeout_s: float) -> Run:
    """Start ``python -m module`` and time it from just before Popen to its first paint."""
    started = time.time()
    proc = subprocess.Popen(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = proc.communicate(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise StartupFailed(f"{module} timed out after {timeout_s} s\n{out}\n{err}") from None
    marks = parse_marks(out)
    if proc.returncode != 0 or PAINTED not in marks:
        hint = " (if no paint arrives offscreen, try: xvfb-run -a with QT_QPA_PLATFORM=xcb)"
        raise StartupFailed(f"{module} exited {proc.returncode}{hint}\n{out}\n{err[-2000:]}")
    phases = {name: at - started for name, at in marks.items()}
    return Run(phases[PAINTED], phases, parse_info(out))


def run_first_start(env: dict[str, str], timeout_s: float) -> Run:
    """One first-ever kiosk start: a fresh, empty data folder (removed afterwards)."""
    data_dir = Path(tempfile.mkdtemp(prefix="civic-kiosk-bench-"))
    try:
        return run_child(KIOSK, [str(data_dir)], env, timeout_s)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def run_kiosk(env: dict[str, str], timeout_s: float, data_dir: Path) -> Run:
    """One everyday kiosk start: the journal in ``data_dir`` already exists, as each morning."""
    return run_child(KIOSK, [str(data_dir)], env, timeout_s)


def measure_startup(runs: int = 7, warmup: int = 1, timeout_s: float = 120.0) -> StartupResult:
    """Interleave bare and kiosk starts (alternating which goes first) and keep every run."""
    with (
        tempfile.TemporaryDirectory(prefix="civic-kiosk-pycache-") as pycache,
        tempfile.TemporaryDirectory(prefix="civic-kiosk-run-", ignore_cleanup_errors=True) as run,
        tempfile.TemporaryDirectory(prefix="civic-kiosk-journal-") as journal,
    ):
        env = child_env(Path(pycache), Path(run))
        data_dir = Path(journal)
        result = StartupResult(runs, warmup, env["QT_QPA_PLATFORM"])
        try:
            run_kiosk(env, timeout_s, data_dir)  # creates the journal the everyday starts reuse
            for _ in range(warmup):
                run_child(BARE, [], env, timeout_s)
                run_kiosk(env, timeout_s, data_dir)
            for i in range(runs):
                if i % 2 == 0:
                    result.bare.append(run_child(BARE, [], env, timeout_s))
                    result.kiosk.append(run_kiosk(env, timeout_s, data_dir))
                else:
                    result.kiosk.append(run_kiosk(env, timeout_s, data_dir))
                    result.bare.append(run_child(BARE, [], env, timeout_s))
                result.first_start.append(run_first_start(env, timeout_s))
        finally:
            stop_speech_dispatcher(Path(run))
    return result


def speech_summary(runs: list[Run]) -> str:
    """How the read-aloud engine came up across kiosk runs, e.g. ``speechd:ready in 7/7``."""
    states = [r.info.get("speech", "unknown") for r in runs]
    summary = ", ".join(f"{s} in {states.count(s)}/{len(states)}" for s in sorted(set(states)))
    if len(set(states)) > 1:
        summary += "  <-- MIXED: the median mixes starts with and without an engine"
    return summary


def median_phases(runs: list[Run]) -> dict[str, float]:
    """For each mark, the median seconds from start, in the order the marks were printed."""
    names = list(runs[0].phases)
    return {n: statistics.median(r.phases[n] for r in runs if n in r.phases) for n in names}
