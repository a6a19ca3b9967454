"""Durability: the kiosk's wall clock jumps a day ahead, a day back, or back to 1970.

Wall time reaches the kiosk through injected clocks (clock_wall.py): the journal's hybrid
logical clock and the site queue read one, the case-service client another. Each test jumps
that clock and checks what a resident or the council would notice: journal order, tickets
and their numbers, the idle wipe, sync retries, and which sealed files retention deletes.
"""

from __future__ import annotations

import itertools
import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from core.clock import Hlc, HybridLogicalClock
from core.events import EventDraft, Scope
from evidence.figures import at_scale, record
from store.journal import SqliteJournal
from sync import central_sync
from sync.central_sync import CentralSync
from tests.evidence.clock_wall import JUMPS, JumpingWall, SkewedClock
from tests.site_processes import wait_for

SUITE = "Durability"


def seed() -> int:
    """The seed for the order of jumps (``EVIDENCE_SEED`` replays a run)."""
    chosen = int(os.environ.get("EVIDENCE_SEED") or random.SystemRandom().randrange(10**6))
    print(f"clock jumps: EVIDENCE_SEED={chosen}")
    return chosen


def verdict(name: str, passed: bool, how: str) -> None:
    """Record one clock-jump behaviour as pass or fail (before the test asserts it)."""
    record(
        SUITE,
        f"clock jumps: {name}",
        "pass" if passed else "fail",
        target="pass",
        met=passed,
        how=how,
    )


# -- the journal's order --------------------------------------------------------------------


def test_journal_order_stays_in_recording_order_across_jumps_and_restarts(tmp_path: Path) -> None:
    """Events recorded across seeded jumps (and restarts on the jumped clock) keep their order.

    The journal's order is (hlc, origin, seq); the queue, the board and every replica fold in
    that order, so an event recorded after a jump back must still sort after the ones before.
    """
    rng = random.Random(seed())
    wall = JumpingWall()
    steps = at_scale(ci=40, full=400)
    per_step = at_scale(ci=5, full=20)
    journal = SqliteJournal(tmp_path, "kiosk-1", "site", HybridLogicalClock(wall))
    recorded: list[str] = []
    try:
        for step in range(steps):
            move = rng.choice([*JUMPS, "put right", "restart", "time passes"])
            if move in JUMPS:
                wall.jump(move)
            elif move == "put right":
                wall.put_right()
            elif move == "restart":
                journal.close()
                journal = SqliteJournal(tmp_path, "kiosk-1", "site", HybridLogicalClock(wall))
            else:
                wall.advance(seconds=rng.randrange(1, 600))
            for n in range(per_step):
                event = journal.append(EventDraft("t.step", {"step": step, "n": n}, Scope.SITE))
                recorded.append(event.id)
        in_journal_order = [event.id for event in journal.events()]
        stamps = [Hlc.parse(event.hlc) for event in journal.events(origin=journal.origin)]
    finally:
        journal.close()
    in_order = in_journal_order == recorded
    increasing = all(a < b for a, b in itertools.pairwise(stamps))
    verdict(
        "journal order stays in recording order (HLC) across jumps and restarts",
        in_order and increasing,
        f"{len(recorded)} events recorded over {steps} seeded steps of clock jumps (a day "
        "ahead, a day back, to 1970), corrections and restarts on the jumped clock; the "
        "journal's (hlc, origin, seq) order had to equal the order they were recorded in.",
    )
    assert increasing, "a timestamp went backwards"
    assert in_order, "the journal's order differs from the order events were recorded"


# -- tickets after a jump ---------------------------------------------------------------------


@pytest.fixture
def wall() -> JumpingWall:
    """The wall clock the jumping kiosk's journal and queue read."""
    return JumpingWall()


@pytest.fixture
def jumping_kiosk(qtbot: Any, demo_config: Any, data_dir: Path, wall: JumpingWall) -> Iterator[Any]:
    """The demo kiosk, in this process, whose journal and queue read the jumping ``wall``
    through the terminal's steady time, with true time as its boot clock (as in main.py,
    where the journal's clock is ``SteadyWall()`` over the system and boot clocks)."""
    from core.steady_clock import SteadyWall
    from tests.kiosk.conftest import make_kiosk

    yield from make_kiosk(
        qtbot, demo_config, data_dir, wall=SteadyWall(wall, steady=lambda: wall.true_ms)
    )


def _take_ticket(kiosk: Any) -> str:
    """Tap through a parking ticket; the number on the screen, or the problem shown."""
    from PySide6.QtWidgets import QWidget

    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_parking")
    kiosk.tap("ticketPriority_no")

    def shown() -> str:
        for name in ("ticketNumber", "ticketError_ticketPriority"):
            found = [w for w in kiosk.window.findChildren(QWidget, name) if w.isVisible()]
            if found and found[0].text():
                return str(found[0].text())
        return ""

    kiosk.qtbot.waitUntil(lambda: bool(shown()), timeout=20_000)
    text = shown()
    kiosk.tap(
        "ticketDoneButton" if kiosk.window.current.current_page == "ticket/done" else "homeButton"
    )
    return text


@pytest.mark.qt
@pytest.mark.parametrize(
    "jump",
    [
        "forward a day",
        "back a day",
        "back to 1970",
    ],
)
def test_a_ticket_taken_after_a_jump_gets_a_new_number_and_queues_behind(
    jumping_kiosk: Any, wall: JumpingWall, jump: str
) -> None:
    """Two residents, one before the clock jumps and one after: both get a number, the
    numbers differ, and the later resident is behind the earlier one in the site's queue."""
    kiosk = jumping_kiosk
    first = _take_ticket(kiosk)
    wall.advance(minutes=2)
    wall.jump(jump)
    second = _take_ticket(kiosk)
    site = kiosk.services.queue_site.peek()
    waiting = [t.number for t in site.feed.queue.waiting()] if site is not None else []
    numbers = [e["number"] for e in kiosk.events_of("ticket.issued")]
    passed = waiting == [first, second] and len(set(numbers)) == len(numbers) == 2
    verdict(
        f"tickets after the clock jumps {jump}: new number, queued behind",
        passed,
        f"On the kiosk's screens one resident took a ticket, the clock jumped {jump}, a second "
        "took one; both had to see a number, the numbers differ, and today's queue holds "
        "them in the order taken.",
    )
    assert first.startswith("P-") and second.startswith("P-"), (first, second)
    assert len(set(numbers)) == len(numbers) == 2, numbers
    assert waiting == [first, second]


# -- sync retries -----------------------------------------------------------------------------


FIRST_BACKOFF_S = 0.05
MAX_BACKOFF_S = 0.4


class WatchedSync(CentralSync):
    """The real engine, noting each wait between rounds and whether a failure caused it."""

    def __init__(self, *args: Any, **options: Any) -> None:
        super().__init__(*args, **options)
        self.waits: list[tuple[float, bool]] = []  # (seconds, after a failure)

    def _pause(self, seconds: float) -> None:
        self.waits.append((seconds, self._push_error is not None))
        super()._pause(seconds)

    def failed_rounds(self) -> int:
        return sum(1 for _s, failed in self.waits if failed)


def _watched(folder: Path, url: str, clock: SkewedClock) -> WatchedSync:
    from tests.sync.central_support import SITE, TERMINAL

    return WatchedSync(
        folder,
        TERMINAL,
        SITE,
        url,
        first_backoff_s=FIRST_BACKOFF_S,
        max_backoff_s=MAX_BACKOFF_S,
        idle_check_s=0.05,
        client_options={"clock_ms": clock},
    )


@pytest.mark.parametrize("jump", list(JUMPS))
def test_sync_keeps_retrying_on_schedule_across_a_jump_and_then_delivers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jump: str
) -> None:
    """The case service fails every request; the terminal's clock jumps mid-retries.

    Retries must go on at the same doubling schedule (not a day's wait, not a tight loop),
    and once the service answers again every event arrives despite the clock being wrong.
    """
    from tests.sync.central_support import fill, start_council

    clock = SkewedClock()
    monkeypatch.setattr(central_sync, "wall_clock_ms", clock)  # the engine's "today"
    council = start_council(tmp_path)
    try:
        journal = council.terminal()
        fill(journal, 20)
        council.faults(fail_next=1_000_000, status=503)
        engine = _watched(journal.data_dir, council.url, clock)
        council.engines.append(engine)
        engine.start()
        wait_for("three failed rounds", lambda: engine.failed_rounds() >= 3)
        clock.jump(jump)
        before = engine.failed_rounds()
        wait_for("three more failed rounds", lambda: engine.failed_rounds() >= before + 3)
        council.faults(reset=True)
        fill(journal, 5)
        engine.wake()
        wait_for("every event at the case service", lambda: council.held(journal) == 25)
        failures = [seconds for seconds, failed in engine.waits if failed]
        on_schedule = all(
            min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2**n) / 2
            <= seconds
            <= min(MAX_BACKOFF_S, FIRST_BACKOFF_S * 2**n)
            for n, seconds in enumerate(failures)
        )
        # A restart forgets the last stamp the service took, so the wrong clock shows in
        # full: the service refuses it once, the engine adopts the service's time, sends on.
        engine.stop()
        fill(journal, 5)
        again = _watched(journal.data_dir, council.url, clock)
        council.engines.append(again)
        again.start()
        wait_for("the restarted engine's events", lambda: council.held(journal) == 30)
        corrected = abs(again.client.offset_ms + clock.skew_ms) < 60_000
    finally:
        council.close()
    verdict(
        f"sync retries after the clock jumps {jump}",
        on_schedule and corrected,
        f"The real engine retried a failing case service; its clock jumped {jump} "
        "mid-retries. Each wait had to stay on the doubling schedule (not a day, not a "
        "tight loop); once the service answered, every event had to arrive, and after a "
        "restart on the wrong clock the engine had to adopt the service's time and send on.",
    )
    assert on_schedule, failures
    assert corrected, (engine.client.offset_ms, clock.skew_ms)


# -- retention --------------------------------------------------------------------------------


RETENTION_CASES = [
    # (jump, retention days, should the acknowledged sealed files go?)
    ("forward a day", 1, False),  # minutes old: fresh, whatever the clock says
    ("back a day", 0, True),  # past retention (0 days): due now, the clock notwithstanding
    ("back to 1970", 0, True),
]


@pytest.mark.parametrize(("jump", "days", "should_go"), RETENTION_CASES)
def test_retention_judges_age_by_the_services_time_not_a_jumped_clock(
    tmp_path: Path, jump: str, days: int, should_go: bool
) -> None:
    """Sealed files central acknowledged are deleted by age; the terminal clock has jumped.

    Files never acknowledged must stay whatever the clock says; acknowledged ones go when
    they are past retention by the case service's clock, and not before.
    """
    from store.sync_state import blob_path
    from tests.sync.central_support import blobs_of, fill, start_council

    clock = SkewedClock()
    council = start_council(tmp_path)
    try:
        journal = council.terminal()
        sent = fill(journal, 6, blob_every=2)
        assert _watched(journal.data_dir, council.url, clock).drain_once().backlog == 0
        clock.jump(jump)
        engine = _watched(journal.data_dir, council.url, clock)  # a restart on the wrong clock
        council.engines.append(engine)
        assert engine.drain_once().last_error is None  # it meets the service's clock
        unsent = fill(journal, 4, blob_every=2)
        engine.purge_acknowledged(days)
        gone = [not blob_path(journal.data_dir, d).exists() for d in blobs_of(sent)]
        kept_unsent = all(blob_path(journal.data_dir, d).exists() for d in blobs_of(unsent))
        assert blobs_of(unsent)
    finally:
        council.close()
    passed = all(g == should_go for g in gone) and kept_unsent
    verdict(
        f"retention after the clock jumps {jump}: "
        + ("expired files still deleted" if should_go else "fresh files kept"),
        passed,
        f"Sealed files central acknowledged minutes ago, retention {days} day(s), terminal "
        f"clock {jump}: the engine's retention had to "
        + ("delete them (past retention by the service's clock)" if should_go else "keep them")
        + "; files not yet acknowledged had to stay.",
    )
    assert kept_unsent
    assert gone == [should_go] * len(gone), gone


# -- real kiosk processes under libfaketime ---------------------------------------------------


@pytest.fixture
def faketime_kiosk(tmp_path: Path) -> Iterator[Any]:
    """A running ``main.py kiosk`` whose system wall clock the test can step (libfaketime)."""
    from tests.evidence.clock_faketime import LIBFAKETIME, FakeTimeKiosk

    if not LIBFAKETIME.exists():
        pytest.skip(f"libfaketime is not installed ({LIBFAKETIME}): apt-get install faketime")
    kiosk = FakeTimeKiosk(tmp_path, "kiosk-1")
    kiosk.write_config([])
    kiosk.start()
    try:
        yield kiosk
    finally:
        kiosk.stop()


@pytest.mark.qt
@pytest.mark.slow
def test_the_idle_wipe_comes_on_time_whatever_the_wall_clock_does(faketime_kiosk: Any) -> None:
    """A real kiosk process whose system wall clock is stepped three times during one visit.

    The clock jumps a day ahead before the resident starts, to 1970 while the idle countdown
    runs, and a day back while "Do you need more time?" is up. The prompt must come no sooner
    than the idle timeout after the last touch and the wipe no sooner than the grace after
    that (a jump must not fire them early), and the wipe must come (nor hold it up).
    """
    from tests.evidence.clock_faketime import IDLE_GRACE_S, IDLE_TIMEOUT_S

    kiosk = faketime_kiosk
    kiosk.jump("forward a day")
    touched = time.monotonic()
    kiosk.tap_when_ready("homeTile_ticket")
    started = wait_for("the visit recorded", lambda: kiosk.recorded("session.started"), 60)
    kiosk.jump("back to 1970")
    wait_for("the idle prompt", lambda: kiosk.shows("Do you need more time?"), 120)
    prompted = time.monotonic()
    kiosk.jump("back a day")
    wait_for("the wipe", lambda: kiosk.shows("Welcome to Idea Store Whitechapel"), 120)
    wiped = time.monotonic()
    timed_out = kiosk.recorded("session.timed_out")
    tomorrow = (datetime.now(UTC) + timedelta(days=1)).date().isoformat()
    yesterday = (datetime.now(UTC) - timedelta(days=1)).date().isoformat()
    clock_moved = started[0].startswith(tomorrow) and timed_out[0].startswith(yesterday)
    # Qt's coarse timers may fire up to 5 % early by design; a jump would be a day out.
    earliest_prompt, earliest_wipe = 0.95 * IDLE_TIMEOUT_S, 0.95 * (IDLE_TIMEOUT_S + IDLE_GRACE_S)
    on_time = prompted - touched >= earliest_prompt and wiped - touched >= earliest_wipe
    verdict(
        "idle wipe neither fired early nor held up by wall-clock jumps",
        clock_moved and on_time,
        "A real kiosk process under libfaketime (wall clock only, monotonic untouched) had "
        "its clock stepped a day ahead, to 1970 and a day back during one visit; the prompt "
        f"and wipe had to come no sooner than {IDLE_TIMEOUT_S} s and "
        f"{IDLE_TIMEOUT_S + IDLE_GRACE_S} s after the last touch (less Qt's 5 % timer "
        "slack), and come.",
    )
    assert clock_moved, (started, timed_out)  # the kiosk really lived on the jumped clock
    assert prompted - touched >= earliest_prompt, prompted - touched
    assert wiped - touched >= earliest_wipe, wiped - touched


@pytest.mark.parametrize("jump", ["forward a day", "back a day"])
def test_a_real_kiosk_keeps_todays_queue_when_its_system_clock_is_stepped(
    faketime_kiosk: Any, jump: str
) -> None:
    """``main.py kiosk`` under libfaketime (wall clock stepped, boot clock untouched): the
    journal's default steady time keeps the queue on today, so the ticket after the step is
    the next number and both residents wait in one queue, in the order they came."""
    from tests.test_site_processes import take_ticket

    kiosk = faketime_kiosk
    first = take_ticket(kiosk)
    day = kiosk.queue()["day"]
    kiosk.jump(jump)
    second = take_ticket(kiosk)
    queue = kiosk.queue()
    waiting = [number for number, state, _desk in queue["tickets"] if state == "waiting"]
    passed = queue["day"] == day and waiting == [first, second] and first != second
    verdict(
        f"a real kiosk process, system clock stepped {jump}: today's queue, next number",
        passed,
        "main.py kiosk under libfaketime (wall clock stepped, boot clock untouched) issued a "
        f"ticket, had its clock stepped {jump}, issued another: the queue had to stay on the "
        "same day and hold both, the second with the next number.",
    )
    assert queue["day"] == day, (queue["day"], day)
    assert waiting == [first, second], (waiting, first, second)
