"""WedgeDetector: a scanner's burst of keys is a code; a person's typing is left alone."""

from __future__ import annotations

import pytest

from core.code_reader import MAX_CODE_CHARS
from core.keystroke_burst import Burst, Verdict, WedgeDetector

BOOKING = "CK1:APPT:TH-4K7Q2"


def type_keys(
    detector: WedgeDetector, text: str, gaps_ms: list[int], start: int = 1_000
) -> list[Burst]:
    """Feed ``text`` one character at a time, each after its gap; the bursts the gaps ended."""
    ended = []
    at = start
    for char, gap in zip(text, gaps_ms, strict=True):
        at += gap
        burst = detector.key(char, at)
        if burst is not None:
            ended.append(burst)
    return ended


def scan(detector: WedgeDetector, text: str, gap_ms: int = 8, start: int = 1_000) -> Burst:
    """A scanner types ``text`` with ``gap_ms`` between keys, then Enter."""
    assert type_keys(detector, text, [gap_ms] * len(text), start) == []
    return detector.enter(start + gap_ms * (len(text) + 1))


def test_a_scanner_burst_ended_by_enter_is_the_code() -> None:
    """Keys 8 ms apart and Enter give the booking code."""
    assert scan(WedgeDetector(), BOOKING) == Burst(Verdict.SCANNED, BOOKING, len(BOOKING))


def test_gaps_exactly_at_the_limit_still_count_as_a_scanner() -> None:
    """The limit is inclusive: 40 ms between every key is a scanner."""
    assert scan(WedgeDetector(max_gap_ms=40), BOOKING, gap_ms=40).verdict is Verdict.SCANNED


def test_human_typing_at_80_to_200_ms_is_never_a_scan() -> None:
    """Each key after a pause ends the burst before it as HUMAN; Enter gives HUMAN too."""
    detector = WedgeDetector()
    gaps = [80, 200, 120, 95, 150, 180, 80]
    ended = type_keys(detector, "ABC1234", gaps)
    assert [b.verdict for b in ended] == [Verdict.HUMAN] * 6
    assert "".join(b.text for b in ended) == "ABC123"
    last = detector.enter(1_000 + sum(gaps) + 130)
    assert last == Burst(Verdict.HUMAN, "4", 1)
    assert not detector.in_progress


def test_a_scanner_with_one_slow_gap_mid_way_is_not_a_scan() -> None:
    """One 60 ms gap splits the burst: the head is given back as typing, and so is the tail."""
    detector = WedgeDetector()
    gaps = [8] * len(BOOKING)
    gaps[15] = 60  # before the "Q" of "...4K7Q2"
    ended = type_keys(detector, BOOKING, gaps)
    assert ended == [Burst(Verdict.HUMAN, BOOKING[:15], 15)]
    tail = detector.enter(1_000 + sum(gaps) + 8)
    assert tail == Burst(Verdict.HUMAN, "Q2", 2)


def test_enter_after_a_pause_is_a_person_pressing_enter() -> None:
    """Fast keys, then Enter 300 ms later: a person, not a scanner."""
    detector = WedgeDetector()
    type_keys(detector, BOOKING, [8] * len(BOOKING))
    assert detector.enter(1_000 + 8 * len(BOOKING) + 300).verdict is Verdict.HUMAN


def test_a_fast_burst_shorter_than_min_length_is_typing() -> None:
    """Five quick keys and Enter are too short to be one of our codes."""
    assert scan(WedgeDetector(min_length=6), "12345") == Burst(Verdict.HUMAN, "12345", 5)


def test_enter_with_nothing_typed_is_just_enter() -> None:
    """Enter alone is a person's Enter, with nothing to give back."""
    assert WedgeDetector().enter(5_000) == Burst(Verdict.HUMAN, "", 0)


def test_a_10_kb_burst_is_refused_as_too_long_and_keeps_no_text() -> None:
    """A hostile 10 kB burst ends as TOO_LONG with its length, not a crash or a huge string."""
    payload = "A" * 10_240
    burst = scan(WedgeDetector(), payload, gap_ms=1)
    assert burst == Burst(Verdict.TOO_LONG, "", 10_240)


def test_a_code_of_exactly_the_maximum_length_is_accepted() -> None:
    """MAX_CODE_CHARS characters is still a code; one more is not."""
    assert scan(WedgeDetector(), "B" * MAX_CODE_CHARS).verdict is Verdict.SCANNED
    assert scan(WedgeDetector(), "B" * (MAX_CODE_CHARS + 1)).verdict is Verdict.TOO_LONG


def test_a_too_long_burst_ended_by_a_pause_is_still_refused() -> None:
    """Without Enter, a machine-speed overlong burst is refused when the pause ends it."""
    detector = WedgeDetector(max_length=10)
    type_keys(detector, "X" * 20, [2] * 20)
    assert detector.gap_elapsed() == Burst(Verdict.TOO_LONG, "", 20)
    assert detector.gap_elapsed() is None


def test_bengali_and_chinese_characters_are_scanned_whole() -> None:
    """Non-Latin characters count and come back exactly as typed."""
    for code in ("অ্যাপয়েন্টমেন্ট-১২৩", "预约编号:TH-四七二"):
        assert scan(WedgeDetector(), code) == Burst(Verdict.SCANNED, code, len(code))


def test_after_a_verdict_the_next_burst_starts_fresh() -> None:
    """Two scans in a row are two codes."""
    detector = WedgeDetector()
    assert scan(detector, "CODE-ONE", start=0).text == "CODE-ONE"
    assert scan(detector, "CODE-TWO", start=5_000).text == "CODE-TWO"


def test_the_pause_timer_gives_a_verdict_only_while_a_burst_is_open() -> None:
    """gap_elapsed ends an open burst as HUMAN, and says nothing when none is open."""
    detector = WedgeDetector()
    assert detector.gap_elapsed() is None
    detector.key("h", 0)
    assert detector.in_progress
    assert detector.gap_elapsed() == Burst(Verdict.HUMAN, "h", 1)
    assert not detector.in_progress


def test_a_clock_running_backwards_counts_as_a_pause() -> None:
    """A timestamp earlier than the last one ends the burst rather than joining it."""
    detector = WedgeDetector()
    detector.key("a", 1_000)
    assert detector.key("b", 900) == Burst(Verdict.HUMAN, "a", 1)


@pytest.mark.parametrize(
    ("max_gap_ms", "min_length", "max_length"), [(0, 6, 512), (40, 0, 512), (40, 6, 5)]
)
def test_nonsense_settings_are_refused(max_gap_ms: int, min_length: int, max_length: int) -> None:
    """A detector that could never, or always, see a scan is a configuration error."""
    with pytest.raises(ValueError, match="max_gap_ms"):
        WedgeDetector(max_gap_ms, min_length, max_length)
