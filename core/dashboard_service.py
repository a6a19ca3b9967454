"""What the manager's dashboard asks for: a period's figures from this terminal's journal.

The screen picks a period (today, live; yesterday; the last 7 or 30 days; or chosen dates)
and asks for its figures off the UI thread. This service reads the journal from the
period's first local midnight onwards, hands the events to ``core.dashboard_figures``, and
judges them against the council's published standards. Every terminal at a site holds the
same merged journal, so every terminal shows the same numbers.

It also saves a table as CSV, so that a half-written file never replaces a good one.
"""

from __future__ import annotations

import errno
import logging
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from core.appointments import Appointment, AppointmentDataError, CheckInWindow
from core.catalogue import Catalogue
from core.clock import Hlc, wall_clock_ms
from core.dashboard_figures import DashboardFigures, Period, Table, Targets, csv_text, figures
from core.events import Event
from core.ports import JournalReader
from core.site_day import SiteCalendar

log = logging.getLogger(__name__)

READ_BATCH = 5000


class PeriodChoice(StrEnum):
    """The periods a manager picks from."""

    TODAY = "today"
    YESTERDAY = "yesterday"
    LAST_7_DAYS = "last-7-days"
    LAST_30_DAYS = "last-30-days"
    CHOSEN = "chosen"


def recent_period(choice: PeriodChoice, today: str) -> Period:
    """The dates a named period covers. The last 7 or 30 days are whole days that have
    ended (up to yesterday), so their figures do not move while a manager reads them."""
    day = date.fromisoformat(today)
    if choice is PeriodChoice.TODAY:
        return Period.of([today])
    if choice is PeriodChoice.YESTERDAY:
        return Period.of([(day - timedelta(days=1)).isoformat()])
    if choice in (PeriodChoice.LAST_7_DAYS, PeriodChoice.LAST_30_DAYS):
        length = 7 if choice is PeriodChoice.LAST_7_DAYS else 30
        last = day - timedelta(days=1)
        return Period.between((last - timedelta(days=length - 1)).isoformat(), last.isoformat())
    raise ValueError("chosen dates need a first and last date: use Period.between")


def period_words(period: Period) -> str:
    """A period as people say it: "Monday 23 November 2026", or "1 to 30 November 2026"."""
    first, last = date.fromisoformat(period.first), date.fromisoformat(period.last)
    if first == last:
        return f"{first:%A} {first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} to {last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} to {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} to {last.day} {last:%B %Y}"


class ExportFailed(Exception):
    """A table could not be saved as CSV. ``reason`` says why in plain English; nothing was
    written (any earlier file of the same name is left as it was)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def export_file_name(table: Table[Any], period: Period) -> str:
    """A CSV file name saying what and when, e.g. ``waits-2026-11-01-to-2026-11-30.csv``."""
    return f"{table.name.replace('_', '-')}-{period.first}-to-{period.last}.csv"


def save_csv(table: Table[Any], period: Period, folder: Path) -> Path:
    """Write one table as CSV into ``folder`` (made if missing); the path written.

    The file is written beside its final name and renamed into place once complete and
    flushed, so a full disk or a pulled stick leaves no half file. Raises ExportFailed.
    """
    path = folder / export_file_name(table, period)
    temporary: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=".export-", suffix=".csv", dir=folder)
        temporary = Path(name)
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(csv_text(table))
            out.flush()
            os.fsync(out.fileno())
        temporary.replace(path)
        temporary = None
    except OSError as exc:
        raise ExportFailed(path, _reason(exc, folder)) from None
    finally:
        if temporary is not None:
            try:
                temporary.unlink()
            except OSError:
                log.warning("could not remove a half-written export in %s", folder)
    return path


def _reason(exc: OSError, folder: Path) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"this terminal is not allowed to write to {folder}"
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return f"{folder} is not a folder"
    return f"the folder {folder} could not be written to ({exc.strerror or 'unknown error'})"


class DashboardService:
    """The figures for any period, from the journal, judged against the council's standards.

    Safe to call from a worker thread: it reads the journal (which serialises access) and
    keeps no state of its own between calls.

    Attributes:
        catalogue: the council's services (their names, and the published standards).
        site: this terminal's site (the only one whose appointment lists it holds).
        calendar: the site's local days.
        targets: the standards, from the catalogue.
    """

    def __init__(
        self,
        reader: JournalReader,
        catalogue: Catalogue,
        site: str,
        zone: str = "Europe/London",
        appointments_for: Callable[[str], Sequence[Appointment]] = lambda _day: (),
        window: CheckInWindow | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
        read_names: Callable[[], Mapping[str, str]] = dict,
    ) -> None:
        """``read_names`` gives display names by id (forms, sites); it may read files, so it
        is called once, with the first figures, off the screen's thread."""
        self._reader = reader
        self._read_names = read_names
        self._names: dict[str, str] | None = None
        self._names_lock = threading.Lock()
        self.catalogue = catalogue
        self.site = site
        self.zone = zone
        self.calendar = SiteCalendar(zone)
        self.targets = Targets.from_catalogue(catalogue)
        self._appointments_for = appointments_for
        self._window = window or CheckInWindow()
        self._now_ms = now_ms

    def today(self) -> str:
        """The site's local date now."""
        return self.calendar.day_of_ms(self._now_ms())

    def clock_text(self) -> str:
        """The site's local time now, ``HH:MM``, for "worked out at"."""
        return self.calendar.clock_text(self._now_ms())

    def period(self, choice: PeriodChoice) -> Period:
        """The dates a named period covers, as of today."""
        return recent_period(choice, self.today())

    def service_names(self) -> dict[str, str]:
        """Each service's code and its English name, in the catalogue's order."""
        return {s.code: s.title("en") for s in self.catalogue.services}

    def names(self) -> dict[str, str]:
        """Display names by id (forms by title), read the first time they are asked for."""
        with self._names_lock:
            if self._names is None:
                self._names = dict(self._read_names())
            return self._names

    def figures_for(self, period: Period) -> DashboardFigures:
        """The period's figures. A period that includes today is judged as of now: people
        still inside their target are not yet counted against it."""
        self.names()  # here, on the worker thread, so the screen finds them ready
        now = self._now_ms()
        live = self.calendar.day_of_ms(now) in period.days
        return figures(
            self._events_from(period.first),
            period,
            self.zone,
            targets=self.targets,
            appointments={self.site: self._appointments(period)},
            window=self._window,
            now_ms=now if live else None,
        )

    def _events_from(self, first: str) -> Iterator[Event]:
        """Every event stored at or after the first day's local midnight (and any older one
        stored since, which the figures leave out by its own date)."""
        start = str(Hlc(self.calendar.start_of_day_ms(first), 0))
        cursor = self._reader.rowid_before(start)
        while True:
            events, cursor = self._reader.changes(cursor, READ_BATCH)
            if not events:
                return
            yield from events

    def _appointments(self, period: Period) -> list[Appointment]:
        listed: list[Appointment] = []
        for day in sorted(period.days):
            try:
                listed.extend(self._appointments_for(day))
            except (AppointmentDataError, OSError) as exc:
                # One broken day's list must not hide the rest of the dashboard.
                log.error("appointments for %s left out: %s", day, type(exc).__name__)
        return listed
