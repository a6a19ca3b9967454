"""Resident feedback: a rating, an optional service, and an optional comment sealed at once.

Feedback comes from the "Give feedback" journey and from the faces at the end of every other
journey; each record says which journey it came from, and nothing that says who gave it (no
ticket or badge number, case or booking reference, name): ``feedback.given`` carries only
rating, service, language, journey, the sealed comment, and for a comment added after its
rating, the rating's event id (see ``FeedbackBox.add_comment``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from core.events import EventDraft, EventType, Scope
from core.ports import Journal, Sealer
from core.text import InputTooLong, clean_text

COMMENT_LIMIT = 1200
# Where feedback is given: at the end of each journey, or in the "Give feedback" journey.
JOURNEYS = ("ticket", "checkin", "form", "documents", "visitor", "feedback")


def adds_a_comment(payload: Mapping[str, object]) -> bool:
    """True for a ``feedback.given`` that adds a comment to a rating recorded before it:
    its rating is that earlier one's, so a count of ratings skips it."""
    return payload.get("adds_to") is not None


class Rating(IntEnum):
    """The GOV.UK satisfaction scale, 5 being best."""

    VERY_SATISFIED = 5
    SATISFIED = 4
    NEITHER = 3
    DISSATISFIED = 2
    VERY_DISSATISFIED = 1


class FeedbackProblem(ValueError):
    """Feedback that cannot be recorded as given, with a message a resident can act on."""


@dataclass(frozen=True, slots=True)
class FeedbackReceipt:
    """What the resident is told once their feedback is safe on this terminal."""

    event_id: str
    rating: Rating
    had_comment: bool


class FeedbackBox:
    """Takes feedback from residents and records it, sealing any comment before it is stored."""

    def __init__(self, journal: Journal, sealer: Sealer) -> None:
        self._journal = journal
        self._sealer = sealer

    def check_comment(self, comment: str) -> str:
        """The comment as it will be kept, or FeedbackProblem saying what to change."""
        try:
            return clean_text(comment, COMMENT_LIMIT)
        except InputTooLong as exc:
            raise FeedbackProblem(
                f"Your comment is {exc.length} characters long. "
                f"Please shorten it to {COMMENT_LIMIT} characters or fewer."
            ) from None

    def give(
        self,
        rating: int,
        comment: str = "",
        service_code: str | None = None,
        language: str = "en",
        journey: str = "feedback",
    ) -> FeedbackReceipt:
        """Record feedback durably; returns only once it is committed.

        ``journey`` is where it was given (one of ``JOURNEYS``); the "Give feedback" journey
        is the default, as it was the only one before the others asked too.
        """
        score = self._rating(rating)
        self._check_journey(journey)
        kept = self.check_comment(comment)
        return self._record(score, kept, service_code, language, journey, None)

    def add_comment(
        self,
        rated: FeedbackReceipt,
        comment: str,
        service_code: str | None = None,
        language: str = "en",
        journey: str = "feedback",
    ) -> FeedbackReceipt:
        """Record a comment written after its rating was already recorded.

        The faces at the end of a journey record the rating the moment a face is tapped, so
        nothing is lost if the resident walks away; a comment written afterwards is its own
        ``feedback.given`` with the same rating, the sealed comment, and ``adds_to``: the
        rating's event id. Anyone counting ratings counts an event with ``adds_to`` once
        only, under the event it names.
        """
        self._check_journey(journey)
        kept = self.check_comment(comment)
        if not kept:
            raise FeedbackProblem("Write your comment before sending it.")
        return self._record(rated.rating, kept, service_code, language, journey, rated.event_id)

    @staticmethod
    def _rating(rating: int) -> Rating:
        try:
            return Rating(rating)
        except ValueError:
            raise FeedbackProblem("Choose how satisfied you are, from 1 to 5.") from None

    @staticmethod
    def _check_journey(journey: str) -> None:
        if journey not in JOURNEYS:
            # A programming mistake, not the resident's, but it must never reach the journal.
            raise FeedbackProblem(f"Feedback cannot come from {journey!r}.")

    def _record(
        self,
        score: Rating,
        kept: str,
        service_code: str | None,
        language: str,
        journey: str,
        adds_to: str | None,
    ) -> FeedbackReceipt:
        payload: dict[str, object] = {
            "rating": int(score),
            "service": service_code,
            "language": language,
            "journey": journey,
            "comment": self._sealer.seal(kept.encode("utf-8")) if kept else None,
        }
        if adds_to is not None:
            payload["adds_to"] = adds_to
        event = self._journal.append(EventDraft(EventType.FEEDBACK_GIVEN, payload, Scope.CENTRAL))
        return FeedbackReceipt(event.id, score, bool(kept))
