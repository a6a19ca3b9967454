"""Give feedback through the screens: error summary, check your answers, thank you, sealing."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.kiosk.conftest import KioskUnderTest

COMMENT = "Staff were kind. الخدمة جيدة — 很好 — ধন্যবাদ\u200d 👍"


def test_continuing_without_an_answer_shows_the_error_summary(kiosk: KioskUnderTest) -> None:
    """GOV.UK pattern: 'There is a problem' names the question and links to it."""
    kiosk.tap("homeTile_feedback")
    kiosk.tap("continueButton")
    summary = kiosk.find("errorSummary")
    assert summary.isVisible()
    assert kiosk.find("errorSummaryTitle").text() == "There is a problem"  # type: ignore[attr-defined]
    link = kiosk.find("error_serviceChoices")
    assert "Choose a service" in link.text()  # type: ignore[attr-defined]
    kiosk.tap("error_serviceChoices")
    assert kiosk.find("service_housing").hasFocus()
    assert kiosk.window.current.current_page == "feedback/service"


def test_feedback_journey_records_a_sealed_comment(
    kiosk: KioskUnderTest, caplog: pytest.LogCaptureFixture
) -> None:
    """Answer, check, change an answer, send: the comment is stored sealed, never plain."""
    caplog.set_level(logging.DEBUG)
    kiosk.tap("homeTile_feedback")
    kiosk.tap("service_libraries")
    kiosk.tap("continueButton")
    kiosk.tap("rating_5")
    kiosk.tap("continueButton")
    box = kiosk.find("commentBox")
    assert isinstance(box, QPlainTextEdit)
    box.setPlainText(COMMENT)
    kiosk.tap("continueButton")

    assert kiosk.find("check_service_answer").text() == "Libraries"  # type: ignore[attr-defined]
    assert kiosk.find("check_rating_answer").text() == "Very satisfied"  # type: ignore[attr-defined]
    kiosk.tap("change_rating")
    kiosk.tap("rating_4")
    kiosk.tap("continueButton")
    kiosk.tap("continueButton")
    assert kiosk.find("check_rating_answer").text() == "Satisfied"  # type: ignore[attr-defined]
    assert kiosk.find("continueButton").text() == "Send feedback"  # type: ignore[attr-defined]

    kiosk.tap("continueButton")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "feedback/done")
    assert kiosk.find("feedbackDonePanel").text() == "Thank you for your feedback"  # type: ignore[attr-defined]

    [payload] = kiosk.events_of("feedback.given")
    assert payload["rating"] == 4
    assert payload["service"] == "libraries"
    envelope = payload["comment"]
    assert isinstance(envelope, dict)
    assert COMMENT not in str(envelope)
    opened = CouncilOpener(demo_private_key()).open(envelope).decode("utf-8")
    assert opened == COMMENT.strip()

    kiosk.tap("finishButton")
    assert kiosk.window.current.screen_name == "home"
    assert box.toPlainText() == ""
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Staff were kind" not in logged and "ধন্যবাদ" not in logged


def test_a_comment_too_long_is_explained_and_kept(kiosk: KioskUnderTest) -> None:
    """A huge paste gets a plain-English limit message; the text stays for shortening."""
    kiosk.walk_feedback("comment", service="parking", rating=1, comment="a" * 5000)
    box = kiosk.find("commentBox")
    assert isinstance(box, QPlainTextEdit)
    kiosk.tap("continueButton")
    message = kiosk.find("error_commentBox").text()  # type: ignore[attr-defined]
    assert "5000 characters" in message and "1200" in message
    assert kiosk.window.current.current_page == "feedback/comment"
    assert len(box.toPlainText()) == 5000


def test_back_walks_the_pages_then_leaves(kiosk: KioskUnderTest) -> None:
    """Back is always there: page by page, then home."""
    kiosk.tap("homeTile_feedback")
    kiosk.tap("service_housing")
    kiosk.tap("continueButton")
    kiosk.tap("backButton")
    assert kiosk.window.current.current_page == "feedback/service"
    kiosk.tap("backButton")
    assert kiosk.window.current.screen_name == "home"


def test_get_help_records_the_screen_and_reassures(kiosk: KioskUnderTest) -> None:
    """Get help calls a floorwalker for this screen and says someone is coming."""
    kiosk.tap("homeTile_feedback")
    kiosk.tap("service_housing")
    kiosk.tap("continueButton")
    kiosk.tap("helpButton")
    notice = kiosk.find("noticeBanner")
    kiosk.qtbot.waitUntil(notice.isVisible)
    assert "Help is on the way" in notice.text()  # type: ignore[attr-defined]
    assert kiosk.events_of("help.requested") == [
        {"kiosk": kiosk.services.config.terminal_id, "screen": "feedback/rating"}
    ]
    [event] = [e for e in kiosk.journal.events() if e.type == "help.requested"]
    assert event.scope == "site"
