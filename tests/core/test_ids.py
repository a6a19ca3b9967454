"""Event ids are UUIDv7: valid, unique, and sorted in the order they were made."""

from __future__ import annotations

import time
import uuid

from core.ids import uuid7


def _embedded_ms(text: str) -> int:
    return uuid.UUID(text).int >> 80


def test_ids_are_valid_version_7_uuids() -> None:
    """Every id parses as an RFC 9562 UUID with version 7, written in canonical lower case."""
    for _ in range(100):
        text = uuid7()
        parsed = uuid.UUID(text)
        assert parsed.version == 7
        assert parsed.variant == uuid.RFC_4122
        assert str(parsed) == text


def test_an_id_carries_the_time_it_was_made() -> None:
    """The first 48 bits are the Unix time in milliseconds, so ids sort by creation time."""
    before = time.time_ns() // 1_000_000
    made = _embedded_ms(uuid7())
    after = time.time_ns() // 1_000_000
    # After a burst of ids the generator may run a few ms ahead of the wall; never behind it.
    assert before <= made <= after + 1_000


def test_ten_thousand_in_a_tight_loop_sort_in_creation_order_and_are_unique() -> None:
    """Many ids in the same millisecond still sort exactly as they were made."""
    made = [uuid7() for _ in range(10_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)


def test_order_holds_when_the_given_time_goes_backwards() -> None:
    """A wall clock stepping back (passed as now_ms) never breaks the order or uniqueness."""
    # Times in the past, so the generator's shared state is not pushed into the future.
    start = time.time_ns() // 1_000_000 - 60_000
    made = [uuid7(now_ms=start - step) for step in range(10_000)]
    assert made == sorted(made)
    assert len(set(made)) == len(made)
    assert all(uuid.UUID(text).version == 7 for text in made)


def test_order_holds_across_a_jump_back_and_forward() -> None:
    """Ids made after the clock returns to normal still sort after those made before."""
    now = time.time_ns() // 1_000_000
    made = [uuid7(now_ms=now), uuid7(now_ms=now - 3_600_000), uuid7(now_ms=now + 1), uuid7()]
    assert made == sorted(made)
    assert len(set(made)) == 4
