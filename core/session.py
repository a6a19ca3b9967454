"""A resident's visit to a kiosk, from first touch to done or timed out."""

from __future__ import annotations

from core.events import EventDraft, EventType, Scope
from core.ports import Journal


class VisitLog:
    """Records when visits start and where they time out: the figures for where people give up."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def started(self, language: str) -> None:
        """A resident touched the home screen and a visit began."""
        self._journal.append(
            EventDraft(EventType.SESSION_STARTED, {"language": language}, Scope.CENTRAL)
        )

    def timed_out(self, screen: str) -> None:
        """The visit was wiped for inactivity on this screen."""
        self._journal.append(
            EventDraft(EventType.SESSION_TIMED_OUT, {"screen": screen}, Scope.CENTRAL)
        )
