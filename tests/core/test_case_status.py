"""Track a request: the reference as typed, then the case service, then the kiosk's journal.

The case service here is a table of answers; the real one is asked over HTTP in
tests/sync/test_central_lookup.py.
"""

from __future__ import annotations

from pathlib import Path

from core.case_reference import new_reference
from core.case_status import (
    CaseNotFound,
    CaseServiceUnreachable,
    CaseState,
    CaseStatus,
    CaseTracker,
    TrackOutcome,
)
from core.events import EventDraft, EventType, Scope
from store.journal import SqliteJournal

KNOWN = new_reference("MB")
STATUS = CaseStatus(
    KNOWN, "waste-environment", CaseState.OPEN, "Crew booked", "2026-11-23", "2026-11-24"
)


class Answers:
    def __init__(self, reachable: bool = True) -> None:
        self.reachable = reachable
        self.asked: list[str] = []

    def lookup(self, reference: str) -> CaseStatus:
        self.asked.append(reference)
        if not self.reachable:
            raise CaseServiceUnreachable("connection refused")
        if reference == KNOWN:
            return STATUS
        raise CaseNotFound(reference)


def test_a_reference_is_read_however_it_was_typed() -> None:
    answers = Answers()
    result = CaseTracker(answers, lambda _r: False).track(" " + KNOWN.lower().replace("-", " "))
    assert result.outcome is TrackOutcome.FOUND and result.status == STATUS
    assert answers.asked == [KNOWN]


def test_nonsense_is_not_sent_to_the_case_service() -> None:
    answers = Answers()
    for typed in ("", "MB-1", "x" * 10_000, "'; DROP TABLE cases;--", "<b>MB</b>"):
        assert CaseTracker(answers, lambda _r: False).track(typed).outcome is (
            TrackOutcome.NOT_A_REFERENCE
        )
    assert answers.asked == []


def test_offline_says_so_unless_this_kiosk_holds_the_request(tmp_path: Path) -> None:
    journal = SqliteJournal(tmp_path, "kiosk-1", "site-1")
    mine = new_reference("CO")
    journal.append(
        EventDraft(EventType.SUBMISSION_FINALISED, {"reference": mine, "form": "x"}, Scope.CENTRAL)
    )
    try:
        offline = CaseTracker(Answers(reachable=False), journal.sent_from_here)
        assert offline.track(mine).outcome is TrackOutcome.WAITING_TO_SEND
        other = offline.track(new_reference("CO"))
        assert other.outcome is TrackOutcome.OFFLINE and other.reason == "connection refused"
        online = CaseTracker(Answers(), journal.sent_from_here)
        assert online.track(mine).outcome is TrackOutcome.WAITING_TO_SEND  # not there yet
        assert online.track(new_reference("CO")).outcome is TrackOutcome.NOT_FOUND
        assert CaseTracker(None, journal.sent_from_here).track(KNOWN).outcome is (
            TrackOutcome.NO_SERVICE
        )
    finally:
        journal.close()
