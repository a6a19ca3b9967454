"""The dashboard service: a period's figures read from a real journal, and CSV saved safely."""

from __future__ import annotations

import csv
import errno
import io
import os
from pathlib import Path

import pytest

from core.appointments import Appointment, AppointmentDataError
from core.catalogue import load_catalogue
from core.dashboard_figures import ALL, Period, figures
from core.dashboard_service import (
    DashboardService,
    ExportFailed,
    PeriodChoice,
    export_file_name,
    recent_period,
    save_csv,
)
from core.events import EventType
from store.journal import SqliteJournal
from tests.core.test_dashboard_figures import CANARY, CATALOGUE, WHITECHAPEL, Journal, at

DAY1 = "2026-11-23"
DAY0 = "2026-11-22"


def two_days() -> Journal:
    """Sunday: one walk-in at Whitechapel seen after 5 minutes. Monday: two walk-ins at
    Whitechapel seen after 2 and 25 minutes, and one at 11:00 not yet called."""
    j = Journal()
    t = j.walk_in(WHITECHAPEL, "housing", "10:00", day=DAY0)
    j.record("desk-a", WHITECHAPEL, EventType.TICKET_CALLED, {"desk": "d", "ticket": t},
             "10:05", day=DAY0)  # fmt: skip
    for called in ("10:02", "10:25"):
        t = j.walk_in(WHITECHAPEL, "housing", "10:00")
        j.desk(WHITECHAPEL, EventType.TICKET_CALLED, t, called)
    j.walk_in(WHITECHAPEL, "housing", "11:00")
    return j


def service(journal: SqliteJournal, now: list[int], **extra: object) -> DashboardService:
    return DashboardService(
        journal,
        load_catalogue(CATALOGUE),
        CANARY,
        "Europe/London",
        now_ms=lambda: now[0],
        **extra,  # type: ignore[arg-type]
    )


def test_today_is_live_and_yesterday_is_finished(journal: SqliteJournal) -> None:
    journal.ingest_many(two_days().events)
    now = [at("11:05")]
    dashboard = service(journal, now)
    assert dashboard.today() == DAY1
    today = dashboard.figures_for(dashboard.period(PeriodChoice.TODAY)).waits.get()
    # At 11:05 the 11:00 walk-in has waited 5 minutes: not yet judged against the 10.
    assert (today.tickets, today.walk_ins_judged, today.walk_ins_within_first_conversation) == (
        3,
        2,
        1,
    )
    now[0] = at("11:20")  # now its 10 minutes are up
    later = dashboard.figures_for(dashboard.period(PeriodChoice.TODAY)).waits.get()
    assert (later.walk_ins_judged, later.share_walk_ins_within_first_conversation) == (3, 1 / 3)
    yesterday = dashboard.figures_for(dashboard.period(PeriodChoice.YESTERDAY)).waits.get()
    assert (yesterday.tickets, yesterday.mean_wait) == (1, 5.0)
    both = dashboard.figures_for(Period.between(DAY0, DAY1))
    assert both.waits.get().tickets == 4
    assert both.targets.seen_within_minutes == 30  # from the council's catalogue


def test_named_periods_are_whole_days_up_to_yesterday() -> None:
    week = recent_period(PeriodChoice.LAST_7_DAYS, DAY1)
    assert (week.first, week.last, len(week.days)) == ("2026-11-16", "2026-11-22", 7)
    month = recent_period(PeriodChoice.LAST_30_DAYS, DAY1)
    assert (month.first, month.last, len(month.days)) == ("2026-10-24", "2026-11-22", 30)
    assert recent_period(PeriodChoice.TODAY, DAY1).days == {DAY1}
    with pytest.raises(ValueError, match="first and last"):
        recent_period(PeriodChoice.CHOSEN, DAY1)


def test_appointments_offered_come_from_this_sites_lists(journal: SqliteJournal) -> None:
    lists = {
        DAY1: [Appointment("TH-AAAAA", "housing", at("09:30"), 20, "p1")],
    }

    def appointments_for(day: str) -> list[Appointment]:
        if day == DAY0:
            raise AppointmentDataError("appointments-2026-11-22.json: cannot be read")
        return lists.get(day, [])

    dashboard = service(journal, [at("12:00")], appointments_for=appointments_for)
    result = dashboard.figures_for(Period.between(DAY0, DAY1))
    row = result.appointments.get(CANARY)
    # Sunday's broken list is left out; Monday's one appointment was never checked in.
    assert (row.offered, row.no_show) == (1, 1)
    assert result.appointment_lists == (CANARY,)


def test_a_table_saved_as_csv(tmp_path: Path, journal: SqliteJournal) -> None:
    journal.ingest_many(two_days().events)
    dashboard = service(journal, [at("12:00")])
    period = Period.between(DAY0, DAY1)
    result = dashboard.figures_for(period)
    assert export_file_name(result.waits, period) == "waits-2026-11-22-to-2026-11-23.csv"
    path = save_csv(result.waits, period, tmp_path / "exports")
    assert path == tmp_path / "exports" / "waits-2026-11-22-to-2026-11-23.csv"
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    total = next(r for r in rows if r["site"] == ALL and r["service"] == ALL)
    assert total["tickets"] == "4"
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_a_folder_that_is_a_file_is_refused_plainly(tmp_path: Path) -> None:
    blocker = tmp_path / "exports"
    blocker.write_text("not a folder", encoding="utf-8")
    waits = figures([], [DAY1]).waits
    with pytest.raises(ExportFailed) as failed:
        save_csv(waits, Period.of([DAY1]), blocker)
    assert failed.value.reason == f"{blocker} is not a folder"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_a_full_disk_leaves_the_earlier_export_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits = figures([], [DAY1]).waits
    period = Period.of([DAY1])
    earlier = save_csv(waits, period, tmp_path)
    before = earlier.read_bytes()

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(ExportFailed) as failed:
        save_csv(waits, period, tmp_path)
    assert failed.value.reason == "the disk is full"
    assert earlier.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [earlier.name]


def test_display_names_are_read_once_with_the_first_figures(journal: SqliteJournal) -> None:
    """Reading the forms' titles touches files: it happens on the figures' thread, once."""
    reads: list[int] = []

    def read_names() -> dict[str, str]:
        reads.append(1)
        return {"book-bulky-waste": "Book a bulky waste collection"}

    dashboard = service(journal, [at("11:05")], read_names=read_names)
    assert reads == []  # nothing read while the window is being built
    dashboard.figures_for(dashboard.period(PeriodChoice.TODAY))
    dashboard.figures_for(dashboard.period(PeriodChoice.YESTERDAY))
    assert dashboard.names() == {"book-bulky-waste": "Book a bulky waste collection"}
    assert reads == [1]
