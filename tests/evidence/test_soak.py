"""Soak: many residents, one after another, on one kiosk process, as a kiosk runs for weeks.

Every session is a whole visit through the real kiosk window (offscreen) with its real
SQLite journal: a journey (ticket, check-in, a guided form, feedback, visitor sign-in,
documents scanned on the demo's simulated scanner) typed through the on-screen keyboard's
input events, now and then in another language (Bengali, Urdu from right to left...), and
an ending (Finish, Start again, walking away, "No, I have finished"). After each, what the
kiosk told the resident must match the journal and nothing typed may be left on screen.

After a warm-up, which builds every screen, opens every file and fills the caches, the
process's memory, widgets, Qt objects, open descriptors and Python objects are counted;
after the measured sessions they are counted again. Whatever a visit leaves behind shows
as growth.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from evidence.figures import at_scale, record
from tests.evidence.resident_oracle import Outcome, differences, recorded
from tests.evidence.soak_kiosk import data_folder, evidence_seed, open_kiosk
from tests.evidence.soak_measure import (
    Holdings,
    median_growth,
    take_snapshot,
    trimmed_resident_bytes,
)
from tests.evidence.soak_sessions import run_session
from tests.kiosk.conftest import KioskUnderTest
from tests.site_terminal import Wall

pytestmark = pytest.mark.qt

SUITE = "Soak"
SESSIONS = at_scale(ci=150, full=10_000)
WARM_UP = 60  # every journey, ending and language has been round; the caches have filled
CHECKPOINTS = 5  # growth is printed this often along the way, to show a trend
WINDOW = SESSIONS // CHECKPOINTS  # memory: the median over the first fifth against the last
MB = 1024 * 1024
RSS_TARGET_MB = 20
SECONDS_PER_VISIT = 2  # on the kiosk's clock: the day goes by as the residents do


@pytest.fixture
def wall() -> Wall:
    """The kiosk's clock, from 10:00 on the Monday of the demo site's appointments."""
    return Wall()


@pytest.fixture
def soak_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, tmp_path: Path, wall: Wall
) -> Iterator[KioskUnderTest]:
    with data_folder(tmp_path) as folder:
        yield from open_kiosk(qtbot, demo_config, folder, wall)


@pytest.mark.timeout(5400)
def test_a_long_day_of_residents_leaves_nothing_behind(
    soak_kiosk: KioskUnderTest, wall: Wall
) -> None:
    kiosk = soak_kiosk
    seed = evidence_seed()
    print(f"\nsoak seed {seed} (EVIDENCE_SEED={seed} replays it)")
    rng = random.Random(seed)
    for index in range(WARM_UP):
        run_session(kiosk, index, rng)
        wall.advance(seconds=SECONDS_PER_VISIT)
    start_rowid = kiosk.journal.last_rowid()
    before = take_snapshot(kiosk.window)
    shown: set[Outcome] = set()
    resident: list[int] = []
    started = time.perf_counter()
    for count, index in enumerate(range(WARM_UP, WARM_UP + SESSIONS), start=1):
        shown |= run_session(kiosk, index, rng)
        wall.advance(seconds=SECONDS_PER_VISIT)
        resident.append(trimmed_resident_bytes())
        if count % (SESSIONS // CHECKPOINTS) == 0 and count < SESSIONS:
            so_far = take_snapshot(kiosk.window).minus(before)
            print(f"after {count} sessions ({time.perf_counter() - started:.0f} s): {so_far}")
    took = time.perf_counter() - started
    grew = take_snapshot(kiosk.window).minus(before)
    rss_grew = median_growth(resident, WINDOW)
    print(f"{SESSIONS} sessions in {took:.0f} s ({1000 * took / SESSIONS:.0f} ms each): {grew}")
    print(f"median resident size grew {rss_grew / MB:.1f} MB")
    _record(grew, rss_grew, took, seed)

    assert differences(shown, recorded(kiosk.journal, start_rowid)) == []
    assert rss_grew < RSS_TARGET_MB * MB
    assert grew.widgets <= 0, f"{grew.widgets} widgets left behind"
    assert grew.top_level_widgets <= 0, f"{grew.top_level_widgets} windows left behind"
    assert grew.descriptors <= 0, f"{grew.descriptors} file descriptors left open"
    assert grew.qt_objects <= 0, f"{grew.qt_objects} Qt objects left behind"


def _record(grew: Holdings, rss_grew: int, took: float, seed: int) -> None:
    how = (
        f"{SESSIONS} resident sessions, after {WARM_UP} to warm up, through the real kiosk "
        f"window in one process (seed {seed}); counted after flushing Qt's deferred deletions"
    )
    rss_mb = round(rss_grew / MB, 1)
    figures: list[tuple[str, int | float, str, str, bool | None, str]] = [
        (
            "sessions",
            SESSIONS,
            "sessions",
            "10,000",
            SESSIONS >= 10_000,
            "every journey, language and ending, one visit in five in another language",
        ),
        (
            "RSS growth",
            rss_mb,
            "MB",
            f"< {RSS_TARGET_MB} MB",
            rss_mb < RSS_TARGET_MB,
            f"median resident set (/proc/self/statm, after malloc_trim) over the last "
            f"{WINDOW} sessions less that over the first {WINDOW}",
        ),
        (
            "widgets leaked",
            grew.widgets,
            "widgets",
            "0",
            grew.widgets <= 0,
            "len(QApplication.allWidgets())",
        ),
        (
            "file descriptors leaked",
            grew.descriptors,
            "descriptors",
            "0",
            grew.descriptors <= 0,
            "entries in /proc/self/fd",
        ),
        (
            "Qt objects leaked",
            grew.qt_objects,
            "objects",
            "0",
            grew.qt_objects <= 0,
            "QObjects under the window and the application",
        ),
        (
            "Python objects growth",
            grew.python_objects,
            "objects",
            "",
            None,
            "len(gc.get_objects()) after gc.collect()",
        ),
        (
            "time per session",
            round(1000 * took / SESSIONS),
            "ms",
            "",
            None,
            "wall time of the measured sessions over their number, on this machine",
        ),
    ]
    for name, value, unit, target, met, counted in figures:
        record(SUITE, name, value, unit=unit, target=target, met=met, how=f"{how}; {counted}")
