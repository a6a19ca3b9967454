"""The "Get help" button: brings a floorwalker to a kiosk without recording anything personal."""

from __future__ import annotations

from core.events import EventDraft, EventType, Scope
from core.ports import Journal


class HelpCall:
    """Records a request for a floorwalker, with the screen the resident was on."""

    def __init__(self, journal: Journal, terminal_id: str) -> None:
        self._journal = journal
        self._terminal_id = terminal_id

    def request(self, screen: str) -> str:
        """Record ``help.requested`` (site scope, so every desk sees it); returns the event id."""
        event = self._journal.append(
            EventDraft(
                EventType.HELP_REQUESTED,
                {"kiosk": self._terminal_id, "screen": screen},
                Scope.SITE,
            )
        )
        return event.id
