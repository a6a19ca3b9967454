"""Giving feedback: recorded once, the comment sealed, and the journey walkable with no screen."""

from __future__ import annotations

import pytest

from core.events import Scope
from core.feedback import COMMENT_LIMIT, FeedbackBox, FeedbackProblem, Rating
from core.feedback_journey import FeedbackAnswers, FeedbackJourney, PageError
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer


@pytest.fixture
def box(journal: SqliteJournal, sealer: CouncilSealer) -> FeedbackBox:
    """A feedback box on the real journal and sealer."""
    return FeedbackBox(journal, sealer)


def feedback_events(journal: SqliteJournal) -> list[dict[str, object]]:
    """Payloads of every feedback.given event."""
    return [e.payload for e in journal.events() if e.type == "feedback.given"]


def test_feedback_is_recorded_once_with_the_comment_sealed(
    box: FeedbackBox, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """One event, rating in the clear, the comment only as an envelope that opens to it."""
    typed = "  Helpful staff at\u00a0the housing desk.\x00 Cafe\u0301 was shut. \u202e "
    receipt = box.give(4, typed, service_code="housing", language="bn")
    events = list(journal.events())
    assert [e.type for e in events] == ["feedback.given"]
    event = events[0]
    assert receipt.event_id == event.id
    assert receipt.rating is Rating.SATISFIED
    assert receipt.had_comment
    assert event.scope is Scope.CENTRAL
    assert {k: event.payload[k] for k in ("rating", "service", "language")} == {
        "rating": 4,
        "service": "housing",
        "language": "bn",
    }
    envelope = event.payload["comment"]
    assert isinstance(envelope, dict)
    assert envelope["kid"] == opener.key_id
    assert "Helpful" not in event.payload_json()
    expected = "Helpful staff at\u00a0the housing desk. Caf\u00e9 was shut."
    assert opener.open(envelope).decode("utf-8") == expected


@pytest.mark.parametrize("rating", [0, 6, -1, 100])
def test_a_rating_outside_one_to_five_is_refused_in_plain_english(
    box: FeedbackBox, journal: SqliteJournal, rating: int
) -> None:
    """The resident is told to choose from 1 to 5, and nothing is recorded."""
    with pytest.raises(FeedbackProblem, match="Choose how satisfied you are, from 1 to 5"):
        box.give(rating, "fine")
    assert journal.counts_by_type() == {}


def test_a_very_long_comment_is_refused_naming_the_limit(
    box: FeedbackBox, journal: SqliteJournal
) -> None:
    """A 5,000-character paste is refused with its length and the 1200 limit; nothing is kept."""
    with pytest.raises(FeedbackProblem) as caught:
        box.give(3, "a" * 5000)
    assert COMMENT_LIMIT == 1200
    assert "1200" in str(caught.value)
    assert "5000" in str(caught.value)
    assert "shorten" in str(caught.value)
    assert journal.counts_by_type() == {}


@pytest.mark.parametrize("comment", ["", "   \n\t  ", "\x00\u202e"])
def test_no_comment_is_stored_as_none(
    box: FeedbackBox, journal: SqliteJournal, comment: str
) -> None:
    """An empty (or invisible-only) comment seals nothing and stores None."""
    receipt = box.give(5, comment)
    assert not receipt.had_comment
    assert feedback_events(journal) == [
        {"rating": 5, "service": None, "language": "en", "journey": "feedback", "comment": None}
    ]


def test_the_journey_walked_end_to_end_records_what_was_chosen(
    box: FeedbackBox, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """service → rating → comment → check → send → done, with each page checked on the way."""
    journey = FeedbackJourney(box, language="ur")
    assert journey.page == "service"
    assert journey.next() == [
        PageError("serviceChoices", "Choose a service, or choose ‘Not about one service’.")
    ]
    assert journey.page == "service"
    journey.choose_service("parking")
    assert journey.next() == []
    assert journey.page == "rating"
    assert journey.next() == [PageError("ratingChoices", "Choose how satisfied you are.")]
    journey.choose_rating(2)
    assert journey.next() == []
    assert journey.page == "comment"
    journey.write_comment("b" * 5000)
    (problem,) = journey.next()
    assert problem.field == "commentBox"
    assert "1200" in problem.message
    assert journey.page == "comment"
    journey.write_comment("The permit machine was broken.")
    assert journey.next() == []
    assert journey.page == "check"
    assert journey.errors() == []
    assert journal.counts_by_type() == {}  # nothing is recorded before Send
    receipt = journey.send()
    assert journey.page == "done"
    assert journey.receipt == receipt
    (payload,) = feedback_events(journal)
    assert (payload["rating"], payload["service"], payload["language"]) == (2, "parking", "ur")
    assert isinstance(payload["comment"], dict)
    assert opener.open(payload["comment"]) == b"The permit machine was broken."
    assert journey.back() is False
    assert journey.page == "done"


def test_not_about_one_service_and_no_comment(box: FeedbackBox, journal: SqliteJournal) -> None:
    """Choosing no service and leaving the comment empty is a complete answer."""
    journey = FeedbackJourney(box)
    journey.choose_service(None)
    journey.next()
    journey.choose_rating(5)
    journey.next()
    assert journey.next() == []
    journey.send()
    assert feedback_events(journal) == [
        {"rating": 5, "service": None, "language": "en", "journey": "feedback", "comment": None}
    ]


def test_back_and_change_keep_answers_and_send_the_changed_one(
    box: FeedbackBox, journal: SqliteJournal
) -> None:
    """Back walks one page at a time; a change link from check replaces the answer."""
    journey = FeedbackJourney(box)
    assert journey.back() is False
    journey.choose_service("libraries")
    journey.next()
    journey.choose_rating(1)
    journey.next()
    assert journey.back() is True
    assert journey.page == "rating"
    assert journey.answers.rating is Rating.VERY_DISSATISFIED
    journey.next()
    journey.next()
    assert journey.page == "check"
    journey.change("rating")
    assert journey.page == "rating"
    journey.choose_rating(4)
    while journey.page != "check":
        assert journey.next() == []
    journey.send()
    (payload,) = feedback_events(journal)
    assert (payload["rating"], payload["service"]) == (4, "libraries")


@pytest.mark.parametrize("page", ["check", "done", "nowhere"])
def test_change_only_goes_to_a_question_page(box: FeedbackBox, page: str) -> None:
    """Change links exist for the three questions only."""
    with pytest.raises(ValueError, match=page):
        FeedbackJourney(box, page="check").change(page)


def test_wipe_forgets_every_answer(box: FeedbackBox) -> None:
    """After a wipe the next resident starts on the first page with nothing filled in."""
    journey = FeedbackJourney(box)
    journey.choose_service("housing")
    journey.next()
    journey.choose_rating(3)
    journey.next()
    journey.write_comment("my neighbour at number 12")
    journey.wipe()
    assert journey.page == "service"
    assert journey.answers == FeedbackAnswers()
    assert journey.receipt is None
    assert journey.errors()[0].field == "serviceChoices"


@pytest.mark.parametrize("page", ["service", "rating", "comment"])
def test_send_on_a_page_before_check_raises_and_records_nothing(
    box: FeedbackBox, journal: SqliteJournal, page: str
) -> None:
    """Send is only possible from check your answers."""
    journey = FeedbackJourney(box, page=page)
    journey.choose_service("housing")
    journey.choose_rating(3)
    with pytest.raises(FeedbackProblem, match="Answer the questions"):
        journey.send()
    assert journal.counts_by_type() == {}


def test_send_twice_is_refused(box: FeedbackBox, journal: SqliteJournal) -> None:
    """A double tap on Send records the feedback once."""
    journey = FeedbackJourney(box, page="check")
    journey.choose_rating(3)
    journey.send()
    with pytest.raises(FeedbackProblem):
        journey.send()
    assert journal.counts_by_type() == {"feedback.given": 1}


def test_next_from_check_never_reaches_done_without_recording(box: FeedbackBox) -> None:
    """The confirmation page is only reached once the feedback is in the journal."""
    journey = FeedbackJourney(box, page="check")
    journey.choose_rating(3)
    journey.next()
    assert journey.page != "done" or journey.receipt is not None
