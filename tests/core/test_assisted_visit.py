"""An assisted visit's flags reach what the kiosk records, and its staff tools are audited."""

from __future__ import annotations

import json

import pytest

from core.assisted_visit import AssistedJournal, AssistedVisit, NoteProblem
from core.events import EventDraft, EventType, Scope
from core.staff_cards import SignedInStaff, StaffRole
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import demo_private_key

AMINA = SignedInStaff("s-amina-khatun", "Amina Khatun", (StaffRole.FLOORWALKER,), "04A1")


@pytest.fixture
def visit(journal: SqliteJournal, sealer: CouncilSealer) -> AssistedVisit:
    return AssistedVisit(journal, sealer)


def ticket(kiosk: AssistedJournal) -> dict[str, object]:
    """A ticket as the ticket machine would record it, through the kiosk's journal."""
    draft = EventDraft(
        EventType.TICKET_ISSUED, {"service": "housing", "priority": False}, Scope.SITE
    )
    return kiosk.append(draft).payload


def test_an_unassisted_visit_records_events_as_given(
    journal: SqliteJournal, visit: AssistedVisit
) -> None:
    kiosk = AssistedJournal(journal, visit)
    assert ticket(kiosk) == {"service": "housing", "priority": False}


def test_an_assisted_session_flags_everything_until_the_visit_ends(
    journal: SqliteJournal, visit: AssistedVisit
) -> None:
    kiosk = AssistedJournal(journal, visit)
    visit.begin(AMINA, "forms/page-2")
    during = kiosk.append(EventDraft(EventType.FORM_COMPLETED, {"form": "x", "assisted": False}))
    visit.hand_back("handed_back")
    after_hand_back = ticket(kiosk)
    visit.end_visit()
    next_resident = ticket(kiosk)

    assert during.payload["assisted"] is True
    assert during.payload["assisted_by"] == "s-amina-khatun"
    assert after_hand_back["assisted"] is True  # the resident finished what was started
    assert "assisted" not in next_resident and "assisted_by" not in next_resident
    kinds = [e.type for e in journal.events()]
    assert kinds.index("assist.started") < kinds.index("visit.marked_assisted")
    [ended] = [e.payload for e in journal.events() if e.type == "assist.ended"]
    assert ended == {"staff_id": "s-amina-khatun", "reason": "handed_back"}
    assert not any("assisted" in e.payload for e in journal.events() if e.type.startswith("assist"))


def test_unmarking_stops_the_flag_and_raising_priority_queues_the_ticket_first(
    journal: SqliteJournal, visit: AssistedVisit
) -> None:
    kiosk = AssistedJournal(journal, visit)
    visit.begin(AMINA, "home")
    visit.mark_assisted(False)
    visit.raise_priority()
    raised = ticket(kiosk)
    visit.end_visit()

    assert raised["priority"] is True
    assert "assisted" not in raised
    assert ticket(kiosk)["priority"] is False


def test_a_staff_note_is_sealed_and_only_the_council_can_read_it(
    journal: SqliteJournal, visit: AssistedVisit
) -> None:
    visit.begin(AMINA, "documents")
    note = "Resident has no fixed address; passport seen. ১২ নম্বর"
    visit.add_note(note, "documents/pages")

    [event] = [e for e in journal.events() if e.type == "staff.note_added"]
    assert note not in json.dumps(event.payload, ensure_ascii=False)
    opened = CouncilOpener(demo_private_key()).open(event.payload["note"])
    assert opened.decode("utf-8") == note
    assert event.payload["staff_id"] == "s-amina-khatun"


def test_notes_that_cannot_be_kept_say_why(visit: AssistedVisit) -> None:
    visit.begin(AMINA, "home")
    with pytest.raises(NoteProblem, match="Write the note first"):
        visit.add_note(" \u200b ", "home")
    with pytest.raises(NoteProblem, match="Shorten it to 2000"):
        visit.add_note("x" * 2001, "home")


def test_staff_tools_need_someone_signed_in(visit: AssistedVisit) -> None:
    with pytest.raises(PermissionError):
        visit.raise_priority()
    with pytest.raises(PermissionError):
        visit.add_note("hello", "home")


def test_feedback_given_in_an_assisted_visit_names_no_one(
    journal: SqliteJournal, visit: AssistedVisit
) -> None:
    kiosk = AssistedJournal(journal, visit)
    visit.begin(AMINA, "ticket/done")
    rated = kiosk.append(EventDraft(EventType.FEEDBACK_GIVEN, {"rating": 5, "journey": "ticket"}))
    assert rated.payload == {"rating": 5, "journey": "ticket"}
