"""Central sync's failures as journal events, so the dashboard can count them at every terminal.

The sync engine retries for ever, every few seconds while the case service is down, so a
failure is recorded once per *episode*: ``sync.fault`` when sending starts failing (or fails
in a new way), ``sync.recovered`` when it works again. The events are site scope, so every
terminal at the site holds them and the managers' figures agree wherever they are read.
They say which terminal and what kind of problem, in the engine's plain words; nothing a
resident typed can be in them.

Recording must never make things worse: if the journal itself cannot take the event (the
disk is full: often the very fault), the episode is logged and sync carries on.
"""

from __future__ import annotations

import logging

from core.events import EventDraft, EventType, Scope
from core.ports import Journal, StorageUnavailable

log = logging.getLogger(__name__)
MESSAGE_LIMIT = 300


class SyncFaultLog:
    """Records the start and end of each run of failures of one terminal's central sync.

    Called from the sync engine's thread only.
    """

    def __init__(self, journal: Journal, terminal_id: str) -> None:
        self._journal = journal
        self._terminal_id = terminal_id
        self._failing: str | None = None  # the kind of problem of the open episode

    def failed(self, problem: str, message: str) -> None:
        """Sending or pulling failed: record it if this starts an episode (or changes its kind)."""
        if problem == self._failing:
            return
        payload: dict[str, object] = {
            "terminal": self._terminal_id,
            "problem": problem,
            "message": message[:MESSAGE_LIMIT],
        }
        self._record(EventType.SYNC_FAULT, payload)
        self._failing = problem  # recorded or not: never once per retry

    def worked(self) -> None:
        """A round went well: record the end of the episode, if one was open."""
        if self._failing is None:
            return
        payload: dict[str, object] = {"terminal": self._terminal_id, "problem": self._failing}
        self._record(EventType.SYNC_RECOVERED, payload)
        self._failing = None

    def _record(self, kind: EventType, payload: dict[str, object]) -> None:
        try:
            self._journal.append(EventDraft(kind, payload, Scope.SITE))
        except StorageUnavailable as exc:
            log.error("central sync %s not recorded in the journal: %s", kind, exc.detail)
