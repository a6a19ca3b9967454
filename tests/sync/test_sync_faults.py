"""Central sync's failures reach the journal once per run of failures, for the dashboard.

Against the real reference service over loopback, with its own fault switches.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.events import EventDraft, EventType, Scope
from core.sync_faults import SyncFaultLog
from store.journal import SqliteJournal
from tests.sync.central_support import TERMINAL, Council, council_fixture


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference case service on loopback."""
    yield from council_fixture(tmp_path)


def payloads(journal: SqliteJournal, kind: str) -> list[dict[str, object]]:
    return [e.payload for e in journal.events() if e.type == kind]


def test_a_run_of_failures_is_one_fault_and_one_recovery(council: Council) -> None:
    journal = council.terminal()
    journal.append(EventDraft(EventType.SESSION_STARTED, {"language": "en"}, Scope.CENTRAL))
    engine = council.engine(journal, faults=SyncFaultLog(journal, TERMINAL))
    council.faults(fail_next=20, status=503)

    for _ in range(3):  # the engine retries; each round fails the same way
        assert engine.drain_once().last_error is not None
    council.faults(reset=True)
    assert engine.drain_once().last_error is None

    [fault] = payloads(journal, "sync.fault")
    assert fault["terminal"] == TERMINAL and fault["problem"] == "server error"
    assert fault["message"] == "the case service had a problem (HTTP 503)"
    [recovered] = payloads(journal, "sync.recovered")
    assert recovered == {"terminal": TERMINAL, "problem": "server error"}
    scopes = {e.scope for e in journal.events() if e.type.startswith("sync.")}
    assert scopes == {Scope.SITE}  # every terminal at the site holds them
    # Recorded events travel like any other: central holds them once sync works again.
    assert council.service.store.acknowledged(TERMINAL) == max(e.seq for e in journal.events())


def test_an_engine_that_never_fails_records_nothing(council: Council) -> None:
    journal = council.terminal()
    engine = council.engine(journal, faults=SyncFaultLog(journal, TERMINAL))
    assert engine.drain_once().last_error is None
    assert not payloads(journal, "sync.fault") and not payloads(journal, "sync.recovered")
