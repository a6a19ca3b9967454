"""Bad input at scale: the kiosk's own readers fuzzed with atheris (issue 9, "Bad input").

Each target of ``fuzz_targets.py`` (QR codes and camera frames, catalogue and form files,
Open311 form skeletons, the case service's answers, site peers' messages, scanner pages and
pictures, terminal configuration) runs in its own process, because atheris.Fuzz ends the
process, in a temporary folder (so crash files never land in the repository), starting from
a copy of its committed seeds, for a bounded time: about 10 s a target under ``make test``,
90 s under ``make evidence``; two at once, as the machine has two cores. A run passes
when libFuzzer ends it cleanly: no uncaught exception, no input slower than 30 s, no crash
file. The figures are the cases run, the uncaught failures (target 0) and the time taken.

A failure shows the exception and the input, which is kept as ``crash-<sha1>`` in the run's
folder and replays with ``python -m tests.evidence.fuzz_targets NAME crash-<sha1>``.
``EVIDENCE_SEED=<n>`` repeats a run's random choices (libFuzzer's ``-seed``).

The seeds are checked here directly too: every ``valid-*`` is accepted and every ``bad-*``
refused with a plain message. The bad ones include each input that once crashed a target,
so the bugs the fuzzer found stay fixed.
"""

from __future__ import annotations

import contextlib
import os
import random
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from evidence.figures import at_scale, record
from tests.conftest import ROOT
from tests.evidence.fuzz_targets import INSTRUMENTED, NOT_INSTRUMENTED, OURS, TARGETS

SUITE = "Bad input"
SEEDS = Path(__file__).resolve().parent / "fuzz_seeds"
SECONDS = at_scale(ci=10, full=90)
SLOWEST_INPUT_S = 30
SEED = int(os.environ.get("EVIDENCE_SEED") or random.SystemRandom().randrange(1, 2**31))
ARTEFACTS = ("crash-*", "timeout-*", "oom-*", "leak-*", "slow-unit-*")


@dataclass(frozen=True)
class FuzzRun:
    """How one target's process ended."""

    target: str
    returncode: int
    seconds: float
    log: str
    folder: Path

    @property
    def cases(self) -> int:
        found = re.search(r"stat::number_of_executed_units: (\d+)", self.log)
        return int(found.group(1)) if found else 0

    @property
    def artefacts(self) -> list[Path]:
        return sorted(p for pattern in ARTEFACTS for p in self.folder.glob(pattern))

    @property
    def failures(self) -> int:
        return len(self.artefacts) or (0 if self.returncode == 0 else 1)

    def explain(self) -> str:
        """The end of libFuzzer's report and each failing input, for the assertion message."""
        lines = self.log.splitlines()
        start = next((n for n, line in enumerate(lines) if "Uncaught Python" in line), None)
        shown = lines[start : start + 60] if start is not None else lines[-40:]
        inputs = [f"{p.name}: {p.read_bytes()[:400]!r}" for p in self.artefacts]
        return "\n".join([*shown, *inputs, f"(seed {SEED}, folder {self.folder})"])


def _fuzz(target: str, folder: Path) -> FuzzRun:
    """Run one target for SECONDS in ``folder``, from a copy of its seeds."""
    corpus = folder / "corpus"
    shutil.copytree(SEEDS / target, corpus)
    command = [
        sys.executable,
        "-m",
        "tests.evidence.fuzz_targets",
        target,
        f"-max_total_time={SECONDS}",
        f"-timeout={SLOWEST_INPUT_S}",
        # libFuzzer notes inputs slower than 10 s as slow units; a peer that promises a body
        # and never sends it takes the client's own 10 s read timeout, which is correct.
        f"-report_slow_units={SLOWEST_INPUT_S}",
        f"-seed={SEED}",
        "-rss_limit_mb=2048",
        "-print_final_stats=1",
        f"-artifact_prefix={folder}/",
        str(corpus),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FUZZ_SCRATCH": str(folder / "scratch")}
    started = time.monotonic()
    with (folder / "log.txt").open("w+", encoding="utf-8", errors="replace") as log:
        done = subprocess.run(
            command,
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            timeout=SECONDS * 3 + 120,
            check=False,
        )
        log.seek(0)
        text = log.read()
    return FuzzRun(target, done.returncode, time.monotonic() - started, text, folder)


@pytest.fixture(scope="module")
def fuzz_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Future[FuzzRun]]]:
    """The runs of the targets this session tests, two at a time, in order."""
    wanted = [
        str(item.callspec.params["target"])
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and item.originalname == "test_fuzzing_finds_no_uncaught_failure"
    ]
    print(f"fuzzing with seed {SEED} (EVIDENCE_SEED={SEED} repeats it), {SECONDS} s a target")
    pool = ThreadPoolExecutor(max_workers=2)
    try:
        yield {
            name: pool.submit(_fuzz, name, tmp_path_factory.mktemp(f"fuzz-{name}"))
            for name in wanted
        }
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


@pytest.mark.parametrize("target", list(TARGETS))
def test_seeds_valid_accepted_bad_refused_plainly(target: str, tmp_path: Path) -> None:
    """The committed seeds, in this process: what is fine works, what is not is refused
    with the module's own plain message (among them, every input that once crashed)."""
    seeds = sorted((SEEDS / target).iterdir())
    assert any(s.name.startswith("valid-") for s in seeds)
    assert any(s.name.startswith("bad-") for s in seeds)
    with contextlib.ExitStack() as stack:
        one = TARGETS[target](tmp_path, stack)
        outcomes = {seed.name: one(seed.read_bytes()) for seed in seeds}
    for name, outcome in outcomes.items():
        expected = "accepted" if name.startswith("valid-") else "refused: "
        assert outcome.startswith(expected), (name, outcome)
        assert "Traceback" not in outcome and "Error:" not in outcome, (name, outcome)


@pytest.mark.parametrize("target", list(TARGETS))
def test_fuzzing_finds_no_uncaught_failure(
    target: str, fuzz_runs: dict[str, Future[FuzzRun]]
) -> None:
    """Coverage-guided random input for a bounded time: every case ends accepted or refused."""
    before = _artefacts_in_repository()
    run = fuzz_runs[target].result()
    how = (
        f"atheris {SECONDS} s on {target} (libFuzzer seed {SEED}) from its committed seeds, "
        "in a subprocess in a temporary folder; a failure is any exception other than the "
        "module's documented plain-English error, or an input slower than "
        f"{SLOWEST_INPUT_S} s"
    )
    record(SUITE, f"{target}: cases run", run.cases, unit="cases", how=how)
    record(
        SUITE,
        f"{target}: uncaught failures",
        run.failures,
        unit="failures",
        target="0",
        met=run.failures == 0,
        how=how,
    )
    record(SUITE, f"{target}: time", round(run.seconds, 1), unit="s", how=how)
    assert run.failures == 0, run.explain()
    assert run.returncode == 0, run.explain()
    assert run.cases > 0, run.explain()
    assert _artefacts_in_repository() == before


def _artefacts_in_repository() -> set[Path]:
    return {p for pattern in ARTEFACTS for p in ROOT.glob(pattern)}


def _png_claiming(width: int, height: int) -> bytes:
    """A few hundred bytes of PNG whose header claims ``width`` x ``height`` gray pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * 4096)
    parts = (chunk(b"IHDR", header), chunk(b"IDAT", rows), chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(parts)


@pytest.mark.parametrize(
    ("width", "height"),
    [(100_000, 100_000), (8_000, 7_000)],
    ids=["10-gigapixel", "56-megapixel"],
)
def test_a_decompression_bomb_is_refused_from_its_header(width: int, height: int) -> None:
    """A picture claiming 10 billion pixels (over twice the limit: Pillow refuses it) or 56
    million (over our limit, under Pillow's own default of 89 million, past which it would
    only warn) is refused with a plain message before a pixel is decoded: decoding would
    have met the missing rows and called the picture damaged instead."""
    from PIL import Image

    from devices.qr import MAX_PICTURE_PIXELS, PictureTooLarge, decode_image_bytes

    assert width * height > MAX_PICTURE_PIXELS
    with pytest.raises(PictureTooLarge) as refused:
        decode_image_bytes(_png_claiming(width, height))
    assert str(refused.value) == "This picture is too large to read: at most 48 million pixels."
    assert Image.MAX_IMAGE_PIXELS == MAX_PICTURE_PIXELS  # the limit Pillow checks is ours


def test_no_module_that_compares_numpy_arrays_is_instrumented() -> None:
    """Atheris keeps every traced comparison's result: a numpy page compared in an
    instrumented module leaks the page, and the scanner target ran out of memory from it."""
    uses_numpy = re.compile(r"^\s*(import numpy|from numpy)", re.MULTILINE)
    ours = sorted(
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for package in OURS
        for path in (
            [ROOT / f"{package}.py"] if package == "main" else (ROOT / package).rglob("*.py")
        )
        if path.is_file() and uses_numpy.search(path.read_text(encoding="utf-8"))
    )
    assert "devices.scan_quality" in ours  # the check finds what it is for
    packages = {package for included in INSTRUMENTED.values() for package in included}
    instrumented = [m for m in ours if m.split(".")[0] in packages]
    assert sorted(set(instrumented) - set(NOT_INSTRUMENTED)) == []
