"""Keeps today's site queue current from the journal, whoever wrote the events."""

from __future__ import annotations

import threading
from collections.abc import Callable

from core.clock import Hlc, wall_clock_ms
from core.ports import JournalReader
from core.site_day import SiteCalendar
from core.site_queue import SiteQueue


class SiteQueueFeed:
    """Today's ``SiteQueue``, refreshed from new journal rows; rolls over at local midnight.

    Thread-safe: services call ``refresh`` after they append (often on a worker thread),
    screens call it on a timer and when site replication stores peers' events. A published
    queue is never changed afterwards: new events are folded into a copy, which then replaces
    it, so a screen reading ``queue`` on the UI thread never sees it change mid-read.
    """

    def __init__(
        self,
        reader: JournalReader,
        calendar: SiteCalendar,
        wall: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self._reader = reader
        self.calendar = calendar
        self.wall = wall
        self._lock = threading.RLock()
        day = calendar.day_of_ms(wall())
        self._queue = SiteQueue(day, calendar)
        self._cursor = self._start_of(day)
        self.refresh()

    def _start_of(self, day: str) -> int:
        # Read from the day's first event, not the journal's: start-up stays quick however
        # much history the journal holds.
        return self._reader.rowid_before(str(Hlc(self.calendar.start_of_day_ms(day), 0)))

    @property
    def queue(self) -> SiteQueue:
        """The queue as of the last refresh."""
        return self._queue

    def now_ms(self) -> int:
        """The wall clock the feed judges days and waits by."""
        return self.wall()

    def refresh(self) -> bool:
        """Fold in whatever the journal stored since last time; True if the queue changed."""
        with self._lock:
            changed = False
            today = self.calendar.day_of_ms(self.wall())
            if today != self._queue.day:
                # A new day: numbering and the queue start again; yesterday stays in the journal.
                self._queue = SiteQueue(today, self.calendar)
                self._cursor = self._start_of(today)
                changed = True
            work: SiteQueue | None = None
            while True:
                events, cursor = self._reader.changes(self._cursor)
                if not events:
                    break
                self._cursor = cursor
                if work is None:
                    work = self._queue.copy()
                changed = work.add_all(events) or changed
            if work is not None and changed:
                self._queue = work
            return changed

    def summary(self) -> dict[str, object]:
        """A digest of today's queue after a refresh (for status and multi-terminal tests)."""
        self.refresh()
        return self._queue.summary()
