"""Properties of the journal on real SQLite files: gap-free seq, rebuildable projections,
exactly-once ingest, and a hybrid logical clock that never runs backwards."""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from tempfile import TemporaryDirectory

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.clock import MAX_DRIFT_MS, Hlc, HybridLogicalClock
from core.events import Event, EventDraft, EventType, Scope
from core.ports import JournalConflict
from store.journal import SqliteJournal
from store.projections import PROJECTION_TABLES
from tests.store.foreign import MORNING_MS, foreign_event

DAY_MS = 86_400_000
PEERS = ("kiosk-2", "kiosk-3")
PROPERTY_SETTINGS = settings(max_examples=50, deadline=None)

# Text a resident, a translator or a misbehaving peer might produce. Lone surrogates are
# left out: they cannot be encoded as UTF-8 and never come from a touchscreen keyboard.
ODD_TEXT = st.sampled_from(
    ["", "\x00", "\u202eevil", "e\u0301", "🧑🏽‍🦯", "\ufeffBOM", "line\nbreak", 'q"\\'],
) | st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
# "blobs" is the journal's own key; peers only send it with hashes of real files.
KEYS = ODD_TEXT.filter(lambda key: key != "blobs")
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | ODD_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(KEYS, inner, max_size=3),
    max_leaves=10,
)
PAYLOADS = st.dictionaries(KEYS, JSON_VALUES, max_size=4)
SPECIAL_TYPES = {EventType.HELP_REQUESTED, EventType.FEEDBACK_GIVEN}
OTHER_TYPES = st.sampled_from([t for t in EventType if t not in SPECIAL_TYPES]) | st.text(
    min_size=1, max_size=20
).filter(lambda t: t not in SPECIAL_TYPES)

DRAFTS = st.one_of(
    st.builds(
        lambda screen, extra: EventDraft(
            EventType.HELP_REQUESTED, {**extra, "screen": screen}, Scope.SITE
        ),
        ODD_TEXT,
        PAYLOADS,
    ),
    st.builds(
        lambda rating, extra: EventDraft(EventType.FEEDBACK_GIVEN, {**extra, "rating": rating}),
        st.integers(1, 5),
        PAYLOADS,
    ),
    st.builds(EventDraft, OTHER_TYPES, PAYLOADS, st.sampled_from(Scope)),
)
FOREIGN_EVENTS = st.builds(
    lambda origin, seq, draft, day, wall, counter: foreign_event(
        origin,
        seq,
        str(draft.type),
        draft.payload,
        hlc=Hlc(MORNING_MS + wall, counter),
        recorded_at=f"2026-03-{day:02d}T10:00:00.000Z",
        scope=draft.scope,
    ),
    st.sampled_from(PEERS),
    st.integers(1, 30),
    DRAFTS,
    st.integers(1, 28),
    st.integers(-DAY_MS, DAY_MS),
    st.integers(0, 3),
)
# A day of activity: local appends interleaved with events arriving from site peers.
OPERATIONS = st.lists(DRAFTS | FOREIGN_EVENTS, max_size=24)


def open_journal(folder: Path, clock: HybridLogicalClock | None = None) -> SqliteJournal:
    """The journal of terminal kiosk-1 in ``folder``."""
    return SqliteJournal(folder, "kiosk-1", "site-a", clock=clock)


def stopped_clock(wall_ms: int) -> Callable[[], int]:
    """A wall clock stuck at ``wall_ms``, as on a kiosk whose clock was set wrong."""
    return lambda: wall_ms


def run(
    journal: SqliteJournal, operations: list[EventDraft | Event], seen: set[object]
) -> Counter[str]:
    """Append local drafts and ingest foreign events (each (origin, seq) once); count types."""
    recorded: Counter[str] = Counter()
    for operation in operations:
        if isinstance(operation, Event):
            if (operation.origin, operation.seq) in seen:
                continue
            seen.add((operation.origin, operation.seq))
            assert journal.ingest(operation) is True
        else:
            journal.append(operation)
        recorded[str(operation.type)] += 1
    return recorded


@PROPERTY_SETTINGS
@given(operations=OPERATIONS, cut=st.integers(0, 24))
def test_local_seq_is_gap_free_and_continues_after_reopen(
    operations: list[EventDraft | Event], cut: int
) -> None:
    """Local seqs run 1..n with no gaps, and a reopened journal carries on at n+1."""
    seen: set[object] = set()
    drafts = [op for op in operations if isinstance(op, EventDraft)]
    with TemporaryDirectory() as tmp:
        folder = Path(tmp)
        appended = 0
        for session in (operations[:cut], operations[cut:]):
            with closing(open_journal(folder)) as journal:
                for operation in session:
                    if isinstance(operation, EventDraft):
                        appended += 1
                        assert journal.append(operation).seq == appended
                    else:
                        run(journal, [operation], seen)
                seqs = [e.seq for e in journal.events(origin=journal.origin)]
                assert seqs == list(range(1, appended + 1))
        with closing(open_journal(folder)) as journal:
            stored = list(journal.events(origin=journal.origin))
            assert [(e.type, e.payload) for e in stored] == [
                (str(d.type), d.payload) for d in drafts
            ]
            assert journal.append(EventDraft(EventType.SESSION_STARTED)).seq == len(drafts) + 1


@PROPERTY_SETTINGS
@given(operations=OPERATIONS)
def test_projections_equal_a_rebuild_from_the_journal(operations: list[EventDraft | Event]) -> None:
    """Projections kept up event by event match the ones rebuilt from the whole journal."""
    with TemporaryDirectory() as tmp, closing(open_journal(Path(tmp))) as journal:
        recorded = run(journal, operations, set())
        live = {table: journal.projection(table) for table in PROJECTION_TABLES}
        journal.rebuild_projections()
        assert {table: journal.projection(table) for table in PROJECTION_TABLES} == live
        assert journal.counts_by_type() == dict(recorded)
        feedback = sum(int(str(row[2])) for row in live["feedback_by_day"])
        assert feedback == recorded[EventType.FEEDBACK_GIVEN]
        assert len(live["help_requests"]) == recorded[EventType.HELP_REQUESTED]


# Longer than any generated key, so adding it always changes the payload.
CHANGED_KEY = "changed by a faulty peer, not by the origin"


@PROPERTY_SETTINGS
@given(event=FOREIGN_EVENTS)
def test_an_event_delivered_twice_is_stored_once(event: Event) -> None:
    """Redelivery is a no-op; the same (origin, seq) with another body is a conflict."""
    as_received = dataclasses.replace(event, payload=json.loads(event.payload_json()))
    forged = dataclasses.replace(event, payload={**event.payload, CHANGED_KEY: 1})
    with TemporaryDirectory() as tmp:
        with closing(open_journal(Path(tmp))) as journal:
            assert journal.ingest(event) is True
            before = (journal.counts_by_type(), list(journal.events()))
            assert journal.ingest(event) is False
            assert journal.ingest(as_received) is False
            with pytest.raises(JournalConflict):
                journal.ingest(forged)
            assert (journal.counts_by_type(), list(journal.events())) == before
        with closing(open_journal(Path(tmp))) as journal:
            assert journal.ingest(as_received) is False
            with pytest.raises(JournalConflict):
                journal.ingest(forged)
            assert (journal.counts_by_type(), list(journal.events())) == before


# Each session: where the wall clock stands (relative to a fixed morning), how many local
# events are appended, and peer events ingested first, stamped relative to that wall but
# within the drift the clock agrees to follow (core.clock.MAX_DRIFT_MS).
SESSIONS = st.lists(
    st.tuples(
        st.integers(-3 * DAY_MS, DAY_MS),
        st.integers(0, 4),
        st.lists(st.integers(-MAX_DRIFT_MS, MAX_DRIFT_MS), max_size=2),
    ),
    min_size=2,
    max_size=5,
)
BEFORE_2001_MS = -MORNING_MS + 978_307_200_000  # a flat RTC battery: 2001-01-01


@PROPERTY_SETTINGS
@given(sessions=SESSIONS)
@example(sessions=[(0, 3, []), (-DAY_MS, 2, [])])  # the wall clock steps back a day
@example(sessions=[(0, 3, []), (-2 * DAY_MS, 2, [])])  # ... or two days
@example(sessions=[(0, 3, []), (BEFORE_2001_MS, 2, [])])  # ... or resets to 2001
def test_hlc_never_goes_backwards_across_reopen(
    sessions: list[tuple[int, int, list[int]]],
) -> None:
    """Each local HLC beats every earlier one, even after a restart with the clock set back."""
    highest: Hlc | None = None
    peer_seq = 0
    with TemporaryDirectory() as tmp:
        for wall_offset, appends, peer_offsets in sessions:
            wall = MORNING_MS + wall_offset
            clock = HybridLogicalClock(wall=stopped_clock(wall))
            with closing(open_journal(Path(tmp), clock)) as journal:
                for offset in peer_offsets:
                    peer_seq += 1
                    stamp = Hlc(wall + offset, 0)
                    journal.ingest(foreign_event("kiosk-2", peer_seq, "ticket.issued", hlc=stamp))
                    highest = stamp if highest is None else max(highest, stamp)
                for _ in range(appends):
                    event = journal.append(EventDraft(EventType.SESSION_STARTED))
                    stamp = Hlc.parse(event.hlc)
                    assert highest is None or (stamp > highest and event.hlc > str(highest))
                    highest = stamp
