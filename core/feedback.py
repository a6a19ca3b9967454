"""Resident feedback: a rating, an optional service, and an optional comment sealed at once."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from core.events import EventDraft, EventType, Scope
from core.ports import Journal, Sealer
from core.text import InputTooLong, clean_text

COMMENT_LIMIT = 1200


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
    ) -> FeedbackReceipt:
        """Record feedback durably; returns only once it is committed."""
        try:
            score = Rating(rating)
        except ValueError:
            raise FeedbackProblem("Choose how satisfied you are, from 1 to 5.") from None
        kept = self.check_comment(comment)
        payload: dict[str, object] = {
            "rating": int(score),
            "service": service_code,
            "language": language,
            "comment": self._sealer.seal(kept.encode("utf-8")) if kept else None,
        }
        event = self._journal.append(EventDraft(EventType.FEEDBACK_GIVEN, payload, Scope.CENTRAL))
        return FeedbackReceipt(event.id, score, bool(kept))
