"""Feedback from the end of every journey: which journey, no identity, and a comment added later.

Qt-free: the real SQLite journal and the real sealer, as the kiosk uses them.
"""

from __future__ import annotations

import pytest

from core.feedback import (
    JOURNEYS,
    FeedbackBox,
    FeedbackProblem,
    Rating,
    adds_a_comment,
)
from core.feedback_journey import FeedbackJourney
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer


@pytest.fixture
def box(journal: SqliteJournal, sealer: CouncilSealer) -> FeedbackBox:
    """A feedback box on the real journal and sealer."""
    return FeedbackBox(journal, sealer)


def given(journal: SqliteJournal) -> list[dict[str, object]]:
    return [e.payload for e in journal.events() if e.type == "feedback.given"]


@pytest.mark.parametrize(
    ("journey", "service"),
    [
        ("ticket", "housing"),
        ("checkin", "council-tax-benefits"),
        ("form", "waste-environment"),
        ("documents", None),
        ("visitor", None),
        ("feedback", "libraries"),
    ],
)
def test_each_journey_is_named_and_nothing_else_is_kept(
    box: FeedbackBox, journal: SqliteJournal, journey: str, service: str | None
) -> None:
    """Exactly rating, service, language, journey and comment: no field could say who."""
    box.give(4, service_code=service, language="bn", journey=journey)
    assert given(journal) == [
        {"rating": 4, "service": service, "language": "bn", "journey": journey, "comment": None}
    ]


def test_the_journeys_are_the_kiosks_six() -> None:
    assert set(JOURNEYS) == {"ticket", "checkin", "form", "documents", "visitor", "feedback"}


@pytest.mark.parametrize("journey", ["", "Ticket", "track", "H-001", "checkin "])
def test_an_unknown_journey_is_refused_and_nothing_recorded(
    box: FeedbackBox, journal: SqliteJournal, journey: str
) -> None:
    with pytest.raises(FeedbackProblem, match="cannot come from"):
        box.give(3, journey=journey)
    rated = box.give(3, journey="ticket")
    with pytest.raises(FeedbackProblem, match="cannot come from"):
        box.add_comment(rated, "fine", journey=journey)
    assert len(given(journal)) == 1


def test_the_give_feedback_journey_still_says_feedback(
    box: FeedbackBox, journal: SqliteJournal
) -> None:
    """The journey from the home screen passes no journey and is recorded as "feedback"."""
    journey = FeedbackJourney(box, page="check")
    journey.choose_rating(5)
    journey.send()
    (payload,) = given(journal)
    assert payload["journey"] == "feedback"
    assert "adds_to" not in payload


def test_a_comment_added_later_names_its_rating_and_is_sealed(
    box: FeedbackBox, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    """The face is recorded at once; the comment is a second record with the same rating."""
    rated = box.give(2, service_code="housing", language="ur", journey="ticket")
    typed = "  The queue screen was hard to read.\x00 "
    added = box.add_comment(rated, typed, service_code="housing", language="ur", journey="ticket")
    first, second = given(journal)
    events = [e for e in journal.events() if e.type == "feedback.given"]
    assert first["comment"] is None and not adds_a_comment(first)
    assert second["adds_to"] == rated.event_id == events[0].id
    assert adds_a_comment(second)
    assert added.event_id == events[1].id and added.had_comment
    assert added.rating is Rating.DISSATISFIED
    assert {k: second[k] for k in ("rating", "service", "language", "journey")} == {
        "rating": 2,
        "service": "housing",
        "language": "ur",
        "journey": "ticket",
    }
    envelope = second["comment"]
    assert isinstance(envelope, dict)
    assert "queue screen" not in events[1].payload_json()
    assert opener.open(envelope).decode("utf-8") == "The queue screen was hard to read."


def test_ratings_counted_skipping_added_comments_count_each_resident_once(
    box: FeedbackBox, journal: SqliteJournal
) -> None:
    """Three residents rate 5, 2 and 4; the one who rated 2 also comments."""
    box.give(5, journey="form")
    sad = box.give(2, journey="visitor")
    box.add_comment(sad, "No chairs by the door", journey="visitor")
    box.give(4, journey="documents")
    ratings = [int(str(p["rating"])) for p in given(journal) if not adds_a_comment(p)]
    assert sorted(ratings) == [2, 4, 5]
    assert len(given(journal)) == 4


@pytest.mark.parametrize("comment", ["", "   \n", "\x00\u202e"])
def test_an_empty_added_comment_is_refused(
    box: FeedbackBox, journal: SqliteJournal, comment: str
) -> None:
    rated = box.give(3, journey="checkin")
    with pytest.raises(FeedbackProblem, match="Write your comment"):
        box.add_comment(rated, comment, journey="checkin")
    assert len(given(journal)) == 1


def test_an_added_comment_too_long_is_refused_naming_the_limit(
    box: FeedbackBox, journal: SqliteJournal
) -> None:
    rated = box.give(3, journey="form")
    with pytest.raises(FeedbackProblem, match="1200 characters or fewer"):
        box.add_comment(rated, "b" * 1201, journey="form")
    assert len(given(journal)) == 1


def test_a_comment_after_a_rating_is_not_counted_as_a_second_rating_by_day(
    journal: SqliteJournal, sealer: CouncilSealer
) -> None:
    """The store's feedback-by-day projection counts the rating once, comment or not."""
    box = FeedbackBox(journal, sealer)
    first = box.give(4, journey="ticket", service_code="housing")
    box.add_comment(first, "Quick and kind", language="en")
    box.give(2, journey="visitor")

    counted = {row[1]: row[2] for row in journal.projection("feedback_by_day")}
    assert counted == {4: 1, 2: 1}
