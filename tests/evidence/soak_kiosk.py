"""The kiosk the soak and the stateful tests run: the demo site, as main.py composes it.

Its journal is a real SQLite file (WAL, synchronous=FULL) in a folder on a RAM disk where
there is one: these suites count leaks and wrong answers over thousands of visits, and on
this machine's disk the journal's flushes made each visit half as slow again. (How the
journal survives power cuts is the Durability suite's question, on a real disk.) Its
clock is a settable wall clock, which the soak moves on a little for each resident so the
day goes by as the sessions do (check-in windows open and close).

The seed for every random choice comes from ``EVIDENCE_SEED`` when it is set, so any run
can be replayed, and is printed otherwise.
"""

from __future__ import annotations

import gc
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from operations.process_memory import return_big_buffers_on_free
from tests.kiosk.conftest import KioskUnderTest, make_kiosk
from tests.site_terminal import Wall

SEED_ENV = "EVIDENCE_SEED"


def evidence_seed() -> int:
    """The run's seed: ``EVIDENCE_SEED`` if set, else a fresh one (printed by the caller)."""
    given = os.environ.get(SEED_ENV, "").strip()
    return int(given) if given else random.SystemRandom().randrange(2**32)


RAM_DISK = Path("/dev/shm")


@contextmanager
def data_folder(fallback: Path) -> Iterator[Path]:
    """A fresh data folder on the RAM disk (or under ``fallback`` without one), removed after."""
    if not (RAM_DISK.is_dir() and os.access(RAM_DISK, os.W_OK)):
        folder = fallback / "data"
        folder.mkdir()
        yield folder
        return
    folder = Path(tempfile.mkdtemp(prefix="civic-kiosk-evidence-", dir=RAM_DISK))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_kiosk(
    qtbot: QtBot, config: TerminalConfig, data_dir: Path, wall: Wall
) -> Iterator[KioskUnderTest]:
    """The demo kiosk on ``wall``'s clock, printing to PDF files, torn down afterwards.

    Its Python side is collected at once: pytest-qt closes every window it was given at the
    end of the test, and a window already deleted but still referenced from a cycle makes
    that close fail.

    Big buffers are returned on free, as ``main.py`` sets for every kiosk process (see
    operations/process_memory.py): without it a scanned page's space stays resident or not
    by chance, and the memory figure swings by a page either way.
    """
    return_big_buffers_on_free()
    yield from make_kiosk(qtbot, config, data_dir, wall=wall)
    gc.collect()
