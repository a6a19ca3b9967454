"""Feedback at the end of every journey, tapped on the real kiosk with its real journal.

Each journey is walked to its last page as a resident would; a face is tapped and the
``feedback.given`` event is read back: its rating, journey and service, and nothing that
says who the resident was. A comment is stored sealed; skipping records nothing; and the
faces are clean again for the next resident.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from core.events import EventType
from kiosk.ticket_pages import TicketPages
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.full_journal import fill_up, make_room
from tests.kiosk.conftest import KioskUnderTest, make_kiosk
from tests.kiosk.form_driver import FormDriver
from tests.kiosk.test_checkin_journey import check_in, enter_reference
from tests.kiosk.test_documents_journey import CLAIM, scan, to_scanning
from tests.kiosk.test_form_journey import NAME, _missed_bin_to_check
from tests.kiosk.test_ticket_journey import text_of
from tests.kiosk.test_visitor_journey import answer
from tests.site_terminal import Wall
from ui.feedback_faces import FeedbackFaces

pytestmark = pytest.mark.qt

# Everything a feedback.given may hold: nothing else, so nothing identifying can creep in.
ALLOWED = {"rating", "service", "language", "journey", "comment", "adds_to"}
COMMENT = "The scanner was quick. خدمت اچھی تھی — ভালো 👍"


def make_faces_kiosk(
    qtbot: QtBot, config: TerminalConfig, data_dir: Path, wall: Wall
) -> Iterator[KioskUnderTest]:
    """The demo site's kiosk on the settable clock, as main.py composes it."""
    yield from make_kiosk(qtbot, config, data_dir, wall=wall)


@pytest.fixture
def faces_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, wall: Wall
) -> Iterator[KioskUnderTest]:
    """See ``make_faces_kiosk``."""
    yield from make_faces_kiosk(qtbot, demo_config, data_dir, wall)


# -- walking each journey to its last page; each returns what must never be in feedback ------


def to_ticket_done(kiosk: KioskUnderTest) -> list[str]:
    kiosk.tap("homeTile_ticket")
    kiosk.tap("ticketService_housing")
    kiosk.tap("ticketAppointment_no")
    kiosk.tap("ticketPriority_no")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "ticket/done")
    screen = kiosk.window.current
    assert isinstance(screen, TicketPages)
    kiosk.qtbot.waitUntil(lambda: screen.confirmation.print_state == "printed")
    return [text_of(kiosk, "ticketNumber")]


def to_checkin_done(kiosk: KioskUnderTest) -> list[str]:
    enter_reference(kiosk, "TH-9QX4R")
    check_in(kiosk)
    assert kiosk.window.current.current_page == "checkin/done"
    return ["TH-9QX4R", "9QX4R", text_of(kiosk, "checkinNumber")]


def to_form_done(kiosk: KioskUnderTest) -> list[str]:
    form = FormDriver(kiosk)
    _missed_bin_to_check(form)
    kiosk.tap("formContinue")
    kiosk.qtbot.waitUntil(lambda: form.page == "forms/report-missed-bin/done", timeout=10000)
    return [form.text_of("formReference"), NAME, "resident@example.com", "report-missed-bin"]


def to_documents_done(kiosk: KioskUnderTest) -> list[str]:
    to_scanning(kiosk)
    scan(kiosk)
    kiosk.tap("documentsSend")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "documents/done")
    receipt = text_of(kiosk, "documentsReceipt").rsplit(" ", 1)[1]
    return [CLAIM, receipt, "payslips"]


def to_visitor_done(kiosk: KioskUnderTest) -> list[str]:
    answer(kiosk, "Jo Bloggs", "Acme Lifts")
    kiosk.tap("visitorHost_s-tom-okoro")
    kiosk.tap("visitorSignIn")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "visitor/done")
    badge = text_of(kiosk, "visitorBadgeNumber").rsplit(" ", 1)[1]
    return ["Jo Bloggs", "Acme", "s-tom-okoro", "Tom Okoro", badge]


Walk = Callable[[KioskUnderTest], list[str]]
# journey, how to reach its last page, the faces' name, the service it knows, its Finish button
JOURNEYS: list[tuple[str, Walk, str, str | None, str]] = [
    ("ticket", to_ticket_done, "ticketFeedback", "housing", "ticketDoneButton"),
    ("checkin", to_checkin_done, "checkinFeedback", "council-tax-benefits", "checkinDoneButton"),
    ("form", to_form_done, "formFeedback", "waste-environment", "formContinue"),
    ("documents", to_documents_done, "documentsFeedback", None, "documentsFinish"),
    ("visitor", to_visitor_done, "visitorFeedback", None, "visitorDoneButton"),
]


def faces_of(kiosk: KioskUnderTest, name: str) -> FeedbackFaces:
    found = kiosk.find(name)
    assert isinstance(found, FeedbackFaces)
    return found


def feedback(kiosk: KioskUnderTest) -> list[dict[str, object]]:
    return kiosk.events_of(EventType.FEEDBACK_GIVEN)


def tap_face(kiosk: KioskUnderTest, name: str, rating: int, already: int = 0) -> dict[str, object]:
    """Tap a face and wait until its rating is in the journal and "Thank you" shows."""
    kiosk.tap(f"{name}Face_{rating}")
    kiosk.qtbot.waitUntil(lambda: len(feedback(kiosk)) == already + 1)
    kiosk.qtbot.waitUntil(lambda: kiosk.find(f"{name}Thanks").isVisible())
    return feedback(kiosk)[-1]


def assert_anonymous(payload: dict[str, object], secrets: list[str]) -> None:
    assert set(payload) <= ALLOWED, set(payload) - ALLOWED
    recorded = json.dumps(payload, ensure_ascii=False)
    for secret in secrets:
        assert secret not in recorded, f"{secret!r} is in the feedback"


# -- the tests -------------------------------------------------------------------------------


@pytest.mark.parametrize(("journey", "walk", "name", "service", "finish"), JOURNEYS)
def test_a_face_at_the_end_of_each_journey_is_recorded_with_no_identity(
    faces_kiosk: KioskUnderTest,
    journey: str,
    walk: Walk,
    name: str,
    service: str | None,
    finish: str,
) -> None:
    """One tap records the rating, the journey and its service, and nothing about who."""
    kiosk = faces_kiosk
    secrets = walk(kiosk)
    assert kiosk.find(f"{name}Question").text() == "How was using this kiosk today? (optional)"  # type: ignore[attr-defined]
    face = kiosk.find(f"{name}Face_2")
    assert face.accessibleName() == "Dissatisfied"
    assert min(face.width(), face.height()) >= 96
    assert feedback(kiosk) == []  # nothing until a face is tapped

    payload = tap_face(kiosk, name, 2)
    assert payload == {
        "rating": 2,
        "service": service,
        "language": "en",
        "journey": journey,
        "comment": None,
    }
    assert_anonymous(payload, secrets)
    assert text_of(kiosk, f"{name}Thanks") == "Thank you for your feedback."
    assert not kiosk.find(f"{name}Face_2").isVisible()  # one rating per journey
    kiosk.tap(finish)  # the journey's own finish still ends the visit
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.screen_name == "home")
    assert len(feedback(kiosk)) == 1


def test_a_comment_is_stored_sealed_with_the_same_rating(faces_kiosk: KioskUnderTest) -> None:
    """The comment is its own record, naming the rating it adds to; only the council reads it."""
    kiosk = faces_kiosk
    secrets = to_visitor_done(kiosk)
    rated = tap_face(kiosk, "visitorFeedback", 4)
    kiosk.tap("visitorFeedbackAddComment")
    box = kiosk.find("visitorFeedbackComment")
    assert isinstance(box, QPlainTextEdit) and box.isVisible() and box.hasFocus()
    assert text_of(kiosk, "visitorFeedbackCommentCount") == "You have 1200 characters left"
    box.setPlainText(COMMENT)
    left = 1200 - len(COMMENT)
    assert text_of(kiosk, "visitorFeedbackCommentCount") == f"You have {left} characters left"
    kiosk.tap("visitorFeedbackSendComment")
    kiosk.qtbot.waitUntil(lambda: len(feedback(kiosk)) == 2)
    kiosk.qtbot.waitUntil(lambda: not box.isVisible())

    first_event = next(e for e in kiosk.journal.events() if e.type == EventType.FEEDBACK_GIVEN)
    first, second = kiosk.events_of(EventType.FEEDBACK_GIVEN)
    assert first == rated and first["comment"] is None
    assert second["adds_to"] == first_event.id
    assert (second["rating"], second["journey"], second["service"]) == (4, "visitor", None)
    envelope = second["comment"]
    assert isinstance(envelope, dict)
    assert_anonymous(second, [*secrets, "scanner was quick", "اچھی"])
    opened = CouncilOpener(demo_private_key()).open(envelope).decode("utf-8")
    assert opened == COMMENT
    assert text_of(kiosk, "visitorFeedbackThanks") == "Thank you for your comment."
    assert box.toPlainText() == ""
    assert not kiosk.find("visitorFeedbackAddComment").isVisible()  # one comment


def test_a_comment_too_long_or_empty_is_explained_and_nothing_is_added(
    faces_kiosk: KioskUnderTest,
) -> None:
    kiosk = faces_kiosk
    to_ticket_done(kiosk)
    tap_face(kiosk, "ticketFeedback", 5)
    kiosk.tap("ticketFeedbackAddComment")
    kiosk.tap("ticketFeedbackSendComment")
    assert text_of(kiosk, "ticketFeedbackError") == "Write your comment, or carry on without one."
    box = kiosk.find("ticketFeedbackComment")
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText("a" * 1203)
    assert text_of(kiosk, "ticketFeedbackCommentCount") == "You have 3 characters too many"
    kiosk.tap("ticketFeedbackSendComment")
    assert text_of(kiosk, "ticketFeedbackError") == (
        "Your comment is 1203 characters long. Please shorten it to 1200 characters or fewer."
    )
    assert box.toPlainText() == "a" * 1203  # kept, to shorten
    assert len(feedback(kiosk)) == 1


@pytest.mark.parametrize("leave", ["ticketDoneButton", "homeButton", "idle"])
def test_skipping_the_faces_records_nothing(faces_kiosk: KioskUnderTest, leave: str) -> None:
    """Done, Start again or walking away without a face: no feedback at all."""
    kiosk = faces_kiosk
    to_ticket_done(kiosk)
    if leave == "idle":
        kiosk.window.end_visit()  # what the idle timeout does after its grace period
    else:
        kiosk.tap(leave)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.screen_name == "home")
    assert feedback(kiosk) == []
    assert len(kiosk.events_of(EventType.TICKET_ISSUED)) == 1


def assert_fresh(faces: FeedbackFaces, name: str, kiosk: KioskUnderTest) -> None:
    """What the next resident sees: the question and five faces, nothing chosen or typed."""
    assert kiosk.find(f"{name}Question").isVisible()
    for rating in range(1, 6):
        face = kiosk.find(f"{name}Face_{rating}")
        assert face.isVisible() and face.isEnabled()
        assert not face.isChecked()  # type: ignore[attr-defined]
    for hidden in ("Thanks", "AddComment", "Error", "Comment"):
        assert not kiosk.find(f"{name}{hidden}").isVisible(), hidden
    assert faces.comment_box.toPlainText() == ""
    assert faces.comment_box.document().isUndoAvailable() is False
    assert faces.state == "ask" and faces.receipt is None


def test_the_faces_are_clean_for_the_next_resident(faces_kiosk: KioskUnderTest) -> None:
    """A face chosen and a comment half typed are gone when the visit ends."""
    kiosk = faces_kiosk
    to_visitor_done(kiosk)
    tap_face(kiosk, "visitorFeedback", 1)
    kiosk.tap("visitorFeedbackAddComment")
    type_into_comment(kiosk, "visitorFeedbackComment", "half a thought about Tom")
    kiosk.tap("visitorDoneButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.screen_name == "home")
    assert len(feedback(kiosk)) == 1  # the rating stays; the unsent comment is gone

    to_visitor_done(kiosk)  # the next visitor
    faces = faces_of(kiosk, "visitorFeedback")
    assert_fresh(faces, "visitorFeedback", kiosk)
    payload = tap_face(kiosk, "visitorFeedback", 5, already=1)
    assert payload["rating"] == 5 and "adds_to" not in payload


def test_a_face_tapped_just_before_done_is_still_recorded(faces_kiosk: KioskUnderTest) -> None:
    """Walking away straight after a tap loses nothing, and nothing late shows afterwards."""
    kiosk = faces_kiosk
    to_checkin_done(kiosk)
    faces = faces_of(kiosk, "checkinFeedback")
    kiosk.tap("checkinFeedbackFace_5")
    kiosk.tap("checkinDoneButton")
    kiosk.qtbot.waitUntil(lambda: len(feedback(kiosk)) == 1)
    assert feedback(kiosk)[0]["rating"] == 5
    assert faces.state == "ask" and faces.receipt is None


def test_a_full_disk_is_explained_and_the_face_can_be_tapped_again(
    faces_kiosk: KioskUnderTest,
) -> None:
    kiosk = faces_kiosk
    to_documents_done(kiosk)
    fill_up(kiosk.journal)
    kiosk.tap("documentsFeedbackFace_3")
    error = kiosk.find("documentsFeedbackError")
    kiosk.qtbot.waitUntil(error.isVisible)
    assert isinstance(error, QLabel)
    assert error.text().startswith("This kiosk could not save your feedback just now.")
    assert kiosk.find("documentsFeedbackFace_3").isEnabled()
    assert not kiosk.find("documentsFeedbackFace_3").isChecked()  # type: ignore[attr-defined]
    assert feedback(kiosk) == []
    make_room(kiosk.journal)
    payload = tap_face(kiosk, "documentsFeedback", 3)
    assert payload["journey"] == "documents"
    assert not error.isVisible()


def test_a_triage_outcome_asks_too_and_names_the_forms_service(
    faces_kiosk: KioskUnderTest,
) -> None:
    """The end of a triage form is its outcome page; the feedback names the form's service."""
    kiosk = faces_kiosk
    form = FormDriver(kiosk)
    form.open("housing-advice")
    for question, choice in (("safe_tonight", "no"), ("children_or_pregnant", "yes")):
        kiosk.tap(f"answer_{question}_{choice}")
        form.go_on()
    kiosk.tap("answer_risk_of_harm_no")
    form.go_on()
    assert form.page == "forms/housing-advice/outcome"
    kiosk.qtbot.waitUntil(lambda: form.journey.finalised is not None, timeout=10000)
    reference = form.journey.finalised.reference if form.journey.finalised else "?"
    payload = tap_face(kiosk, "formFeedback", 4)
    assert (payload["journey"], payload["service"]) == ("form", "housing")
    assert_anonymous(payload, [reference, "housing-advice"])
    kiosk.tap("formContinue")  # Finish
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.screen_name == "home")


def test_switching_language_keeps_the_comment_being_typed(faces_kiosk: KioskUnderTest) -> None:
    """A form's last page is rebuilt for a new language; the faces and the comment survive."""
    kiosk = faces_kiosk
    to_form_done(kiosk)
    tap_face(kiosk, "formFeedback", 4)
    kiosk.tap("formFeedbackAddComment")
    type_into_comment(kiosk, "formFeedbackComment", "Clear questions")
    kiosk.window.set_language("ur")
    faces = faces_of(kiosk, "formFeedback")
    assert faces.isVisible() and faces.state == "commenting"
    assert faces.comment_box.toPlainText() == "Clear questions"
    assert faces.isRightToLeft()
    kiosk.tap("formFeedbackSendComment")
    kiosk.qtbot.waitUntil(lambda: len(feedback(kiosk)) == 2)
    assert feedback(kiosk)[1]["language"] == "ur"


def type_into_comment(kiosk: KioskUnderTest, name: str, text: str) -> None:
    box = kiosk.find(name)
    assert isinstance(box, QPlainTextEdit)
    box.setFocus()
    kiosk.qtbot.keyClicks(box, text)  # type: ignore[no-untyped-call]


def test_every_face_and_comment_control_has_its_own_name(faces_kiosk: KioskUnderTest) -> None:
    """With faces on every last page, each control still has a unique objectName and an
    accessible name (how tests and assistive technology find them)."""
    kiosk = faces_kiosk
    to_form_done(kiosk)  # a form's faces exist only while its journey does
    prefixes = tuple(f"{j[0]}Feedback" for j in JOURNEYS)  # ticketFeedback, ...
    controls = [
        w
        for w in kiosk.window.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QPlainTextEdit) and w.objectName().startswith(prefixes)
    ]
    assert len(controls) == 5 * 8  # five faces, Add a comment, the box and Send, per journey
    names = [w.objectName() for w in controls]
    assert len(set(names)) == len(names)
    assert all(w.accessibleName() and w.accessibleName() != w.objectName() for w in controls)
