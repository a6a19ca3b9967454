"""The site's calendar: which local day an event belongs to, so numbering restarts daily."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from core.clock import wall_ms_of

DAY_MS = 24 * 60 * 60 * 1000
# Every zone's offset and every daylight-saving change in the time zone database since 1900
# falls on a quarter-hour, so all of a quarter-hour (in Unix time) is on one local date.
_QUARTER_MS = 15 * 60 * 1000
_MOST_REMEMBERED = 20_000  # quarter-hours: over six months of them


class SiteCalendar:
    """Local days and times at one site (Europe/London for the demo site).

    Attributes:
        zone: the site's time zone; British Summer Time is handled by zoneinfo.
    """

    def __init__(self, zone: str = "Europe/London") -> None:
        self.zone = ZoneInfo(zone)
        self._days: dict[int, str] = {}

    def day_of_ms(self, wall_ms: int) -> str:
        """The local date (ISO) at a moment given in Unix milliseconds.

        Looked up once per quarter-hour and remembered: the folds ask for every event, and
        the time-zone conversion was the largest single cost of the dashboard's month.
        """
        quarter = wall_ms // _QUARTER_MS
        day = self._days.get(quarter)
        if day is None:
            if len(self._days) >= _MOST_REMEMBERED:
                self._days.clear()
            moment = datetime.fromtimestamp(quarter * _QUARTER_MS / 1000, self.zone)
            day = self._days[quarter] = moment.date().isoformat()
        return day

    def day_of_hlc(self, hlc: str) -> str:
        """The local date an event's hybrid timestamp falls on."""
        return self.day_of_ms(wall_ms_of(hlc))

    def at(self, day: str, clock_time: str) -> int:
        """Unix milliseconds for a local time such as ``10:30`` on a date such as ``2026-11-23``."""
        moment = datetime.combine(
            date.fromisoformat(day), time.fromisoformat(clock_time), tzinfo=self.zone
        )
        return int(moment.timestamp() * 1000)

    def start_of_day_ms(self, day: str) -> int:
        """Unix milliseconds at local midnight starting a date."""
        return self.at(day, "00:00")

    def next_day(self, day: str) -> str:
        """The date after ``day``."""
        return (date.fromisoformat(day) + timedelta(days=1)).isoformat()

    def clock_text(self, wall_ms: int) -> str:
        """Local ``HH:MM`` for people to read."""
        return datetime.fromtimestamp(wall_ms / 1000, UTC).astimezone(self.zone).strftime("%H:%M")
