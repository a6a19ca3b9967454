"""Journey analytics for guided forms, with no personal data in them.

Events say which form and version, which page (by its key, never its answer), how long
was spent there and how the resident left it. From these the dashboard shows completion
rates and the pages where people give up, as the councils' papers ask.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from core.events import EventDraft, EventType, Scope
from core.form_definition import FormDefinition, Outcome
from core.ports import Journal


def _at_once(job: Callable[[], object]) -> None:
    job()


class FormJourneyLog:
    """Records page entered and left, abandoned and completed for one form session.

    ``post`` runs each journal write; a screen passes one that writes off its thread, so a
    page turn never waits for the disk (the default writes at once).
    """

    def __init__(
        self,
        journal: Journal,
        definition: FormDefinition,
        language: str,
        *,
        assisted: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        post: Callable[[Callable[[], object]], None] = _at_once,
    ) -> None:
        self._journal = journal
        self._post = post
        self._definition = definition
        self._language = language
        self._assisted = assisted
        self._monotonic = monotonic
        self._started = monotonic()
        self._page: str | None = None
        self._page_started = self._started
        self._pages_seen = 0
        self.ended = False

    def _record(self, kind: EventType, **fields: object) -> None:
        payload: dict[str, object] = {
            "form": self._definition.id,
            "version": self._definition.version,
            "language": self._language,
            "assisted": self._assisted,
            **fields,
        }
        draft = EventDraft(kind, payload, Scope.CENTRAL)
        self._post(lambda: self._journal.append(draft))

    def entered(self, page: str) -> None:
        """A page was shown."""
        if self.ended or page == self._page:
            return
        self._page, self._page_started = page, self._monotonic()
        self._pages_seen += 1
        self._record(EventType.FORM_PAGE_ENTERED, page=page)

    def left(self, how: str, errors: int = 0) -> None:
        """The current page was left: ``continue``, ``back``, ``change`` or ``error``."""
        if self.ended or self._page is None:
            return
        seconds = round(self._monotonic() - self._page_started, 1)
        self._record(
            EventType.FORM_PAGE_LEFT, page=self._page, how=how, seconds=seconds, errors=errors
        )
        if how != "error":
            self._page = None

    def language_changed(self, language: str) -> None:
        self._language = language

    def abandoned(self, reason: str) -> None:
        """The resident went home, timed out or handed over: where they gave up."""
        if self.ended:
            return
        self._record(
            EventType.FORM_ABANDONED,
            page=self._page or "start",
            reason=reason,
            seconds=round(self._monotonic() - self._started, 1),
        )
        self.ended = True

    def completed(self) -> None:
        """The form was finalised (or a triage form reached its outcome)."""
        if self.ended:
            return
        self._record(
            EventType.FORM_COMPLETED,
            seconds=round(self._monotonic() - self._started, 1),
            pages=self._pages_seen,
        )
        self.ended = True

    def routed(self, outcome: Outcome) -> None:
        """A triage form sent the resident on: to a form, an appointment or partners."""
        index = self._definition.outcomes.index(outcome)
        self._record(
            EventType.FORM_ROUTED,
            outcome=index,
            form_to=outcome.form,
            appointment=outcome.appointment_service,
            partners=len(outcome.partners),
        )
