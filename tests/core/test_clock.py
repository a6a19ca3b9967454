"""The hybrid logical clock keeps event order when wall clocks jump or disagree."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.clock import Hlc, HybridLogicalClock, wall_ms_of
from core.site_day import SiteCalendar

# The text form is fixed width: 15 digits of milliseconds and 6 of counter.
walls = st.integers(min_value=0, max_value=10**15 - 1)
counters = st.integers(min_value=0, max_value=10**6 - 1)
stamps = st.builds(Hlc, walls, counters)


def scripted_wall(*readings: int) -> Callable[[], int]:
    """A wall clock that returns the given readings in turn, then repeats the last one."""
    values = list(readings)

    def wall() -> int:
        return values.pop(0) if len(values) > 1 else values[0]

    return wall


def test_time_keeps_moving_forward_when_the_wall_clock_jumps_back() -> None:
    """An NTP step back of an hour never makes a later event look earlier."""
    hour = 3_600_000
    clock = HybridLogicalClock(scripted_wall(10 * hour, 10 * hour, 9 * hour, 9 * hour, 11 * hour))
    issued = [clock.now() for _ in range(5)]
    assert issued == sorted(issued)
    assert len(set(issued)) == 5
    assert issued[2] == Hlc(10 * hour, 2)  # still the old wall time, counter moves on
    assert issued[4] == Hlc(11 * hour, 0)  # wall time catches up and the counter resets


def test_a_remote_stamp_far_ahead_moves_local_time_past_it() -> None:
    """After seeing a peer whose clock is a day ahead, our next events sort after its event."""
    clock = HybridLogicalClock(scripted_wall(1_000))
    remote = Hlc(1_000 + 86_400_000, 7)
    observed = clock.observe(remote)
    assert observed > remote
    following = clock.now()
    assert following > observed > remote
    assert following.wall_ms == remote.wall_ms


def test_observing_an_older_stamp_still_advances() -> None:
    """A late-arriving old event never moves the clock backwards."""
    clock = HybridLogicalClock(scripted_wall(5_000))
    first = clock.now()
    after = clock.observe(Hlc(10, 3))
    assert after > first
    assert after.wall_ms == 5_000


def test_same_millisecond_on_both_sides_takes_the_larger_counter() -> None:
    """Equal wall times fold to one more than the larger counter."""
    clock = HybridLogicalClock(scripted_wall(100), last=Hlc(100, 4))
    assert clock.observe(Hlc(100, 9)) == Hlc(100, 10)


def test_a_clock_resumed_from_the_journal_continues_after_it() -> None:
    """A terminal restarted with a slow wall clock still issues stamps after its last one."""
    clock = HybridLogicalClock(scripted_wall(50), last=Hlc(900, 2))
    assert clock.now() == Hlc(900, 3)


@given(stamps, stamps)
def test_text_form_sorts_like_the_value(a: Hlc, b: Hlc) -> None:
    """Sorting the stored text gives the same order as sorting the timestamps."""
    assert (str(a) < str(b)) == (a < b)
    assert (str(a) == str(b)) == (a == b)


@given(stamps)
def test_text_form_reads_back(stamp: Hlc) -> None:
    """parse() is the inverse of str()."""
    assert Hlc.parse(str(stamp)) == stamp


@given(st.lists(walls, min_size=1, max_size=50))
def test_now_is_strictly_increasing_whatever_the_wall_does(readings: list[int]) -> None:
    """Any sequence of wall readings, however erratic, gives strictly increasing stamps."""
    clock = HybridLogicalClock(scripted_wall(*readings))
    issued = [clock.now() for _ in readings]
    assert all(x < y for x, y in itertools.pairwise(issued))


@pytest.mark.parametrize(
    "junk",
    ["", "abc", "123", "123-", "-5", "12-ab", "1.5-2", " 1-2", "1-2 ", "+1-2", "1-2-3", "²-1"],
)
def test_parse_rejects_junk(junk: str) -> None:
    """Text that is not a timestamp is refused with ValueError."""
    with pytest.raises(ValueError, match=r"hybrid logical timestamp|invalid literal"):
        Hlc.parse(junk)


@pytest.mark.parametrize("junk", ["١٢٣-٠", "5-1"])
def test_parse_rejects_text_not_in_the_canonical_form(junk: str) -> None:
    """Only the fixed-width ASCII form that str() writes is accepted."""
    with pytest.raises(ValueError):
        Hlc.parse(junk)


def _parsed_wall(text: str) -> int | str:
    try:
        return Hlc.parse(text).wall_ms
    except ValueError:
        return "refused"


def _quick_wall(text: str) -> int | str:
    try:
        return wall_ms_of(text)
    except ValueError:
        return "refused"


@given(
    st.one_of(
        stamps.map(str),
        st.text(alphabet="0123456789-+_ ²٣x", min_size=20, max_size=24),
        st.text(max_size=30),
    )
)
def test_the_folds_quick_wall_time_reads_and_refuses_exactly_what_parse_does(text: str) -> None:
    assert _quick_wall(text) == _parsed_wall(text)


@pytest.mark.parametrize(
    ("zone", "around"),
    [
        ("Europe/London", "2026-03-29T00:00:00+00:00"),  # clocks go forward
        ("Europe/London", "2026-10-25T00:00:00+00:00"),  # clocks go back
        ("Asia/Kathmandu", "2026-06-01T00:00:00+00:00"),  # +05:45
        ("Australia/Lord_Howe", "2026-10-03T12:00:00+00:00"),  # half-hour daylight saving
        ("Europe/London", "1970-01-01T00:00:00+00:00"),  # a kiosk whose clock fell to 1970
    ],
)
def test_the_calendars_remembered_local_day_matches_the_time_zone_minute_by_minute(
    zone: str, around: str
) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    calendar = SiteCalendar(zone)
    start = int(datetime.fromisoformat(around).timestamp() * 1000) - 36 * 3600 * 1000
    for minute in range(0, 72 * 60, 1):
        wall = start + minute * 60_000 + 59_999  # the last millisecond of each minute too
        for moment in (wall - 59_999, wall):
            expected = datetime.fromtimestamp(moment / 1000, ZoneInfo(zone)).date().isoformat()
            assert calendar.day_of_ms(moment) == expected, (zone, moment)
