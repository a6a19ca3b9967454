"""The terminal's steady time: a system clock stepped ahead is held off, anything else followed."""

from __future__ import annotations

import logging

import pytest

from core.steady_clock import EARLIEST_MS, STEP_MS, SteadyWall

DAY_MS = 24 * 60 * 60 * 1000
MONDAY_10AM_MS = 1_795_428_000_000  # 2026-11-23 10:00 UTC


class Clocks:
    """A system clock that can be stepped, and a boot clock that only moves with time."""

    def __init__(self, wall_ms: int = MONDAY_10AM_MS) -> None:
        self.wall_ms = wall_ms
        self.boot_ms = 5_000

    def wall(self) -> int:
        return self.wall_ms

    def boot(self) -> int:
        return self.boot_ms

    def passes(self, ms: int) -> None:
        self.wall_ms += ms
        self.boot_ms += ms


@pytest.fixture
def clocks() -> Clocks:
    return Clocks()


def steady(clocks: Clocks) -> SteadyWall:
    return SteadyWall(clocks.wall, clocks.boot)


def test_time_follows_the_system_clock_while_nothing_is_stepped(clocks: Clocks) -> None:
    now = steady(clocks)
    assert now() == MONDAY_10AM_MS
    clocks.passes(90_000)
    clocks.wall_ms += 400  # NTP slewing: a little faster than the boot clock
    assert now() == MONDAY_10AM_MS + 90_400
    assert now.held_off_ms == 0


def test_a_step_a_day_ahead_is_held_off_and_time_goes_on_steadily(
    clocks: Clocks, caplog: pytest.LogCaptureFixture
) -> None:
    now = steady(clocks)
    clocks.passes(60_000)
    now()
    clocks.wall_ms += DAY_MS
    with caplog.at_level(logging.WARNING, "core.steady_clock"):
        assert now() == MONDAY_10AM_MS + 60_000
        clocks.passes(30_000)
        assert now() == MONDAY_10AM_MS + 90_000  # still today, and time still passes
    assert now.held_off_ms == DAY_MS
    assert len([r for r in caplog.records if "stepped 86400 s ahead" in r.message]) == 1


def test_a_step_ahead_within_the_allowance_is_followed(clocks: Clocks) -> None:
    now = steady(clocks)
    clocks.wall_ms += STEP_MS
    assert now() == MONDAY_10AM_MS + STEP_MS
    assert now.held_off_ms == 0


def test_once_the_system_clock_is_put_right_it_is_followed_again(clocks: Clocks) -> None:
    now = steady(clocks)
    clocks.wall_ms += DAY_MS
    now()
    clocks.passes(5_000)
    clocks.wall_ms -= DAY_MS  # staff or NTP set it right
    assert now() == MONDAY_10AM_MS + 5_000
    assert now.held_off_ms == 0


def test_a_step_back_is_held_off_too_and_its_correction_followed(clocks: Clocks) -> None:
    now = steady(clocks)
    clocks.wall_ms -= DAY_MS
    assert now() == MONDAY_10AM_MS
    assert now.held_off_ms == -DAY_MS
    clocks.passes(1_000)
    clocks.wall_ms += DAY_MS  # put right again
    assert now() == MONDAY_10AM_MS + 1_000
    assert now.held_off_ms == 0


def test_a_step_from_today_back_to_1970_is_held_off(clocks: Clocks) -> None:
    now = steady(clocks)
    clocks.wall_ms = 5_000
    assert now() == MONDAY_10AM_MS


def test_a_step_out_of_an_impossible_time_is_a_correction_and_followed() -> None:
    clocks = Clocks(wall_ms=5_000)  # 1970: a flat clock battery, before time sync
    now = steady(clocks)
    assert now() < EARLIEST_MS
    clocks.wall_ms = MONDAY_10AM_MS
    assert now() == MONDAY_10AM_MS
    assert now.held_off_ms == 0
