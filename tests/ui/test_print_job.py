"""A screen prints without waiting, and a printer fault still leaves the resident their number."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from core.printing import PrintDesk, PrinterState, PrintOutcome, PrintResult
from core.printout import Printout
from printing.layouts import QueueTicket
from printing.printers import build_printer
from store.journal import SqliteJournal
from tests.ports import unused_port
from ui.print_job import PrintJob


def _ticket() -> Printout:
    return QueueTicket(
        "H017", "Housing", 3, 9, datetime(2026, 11, 23, 9, 5), "TK-H017", "Idea Store", "en"
    ).printout()


@pytest.fixture
def journal(data_dir: Path) -> Iterator[SqliteJournal]:
    """A real journal on disk."""
    opened = SqliteJournal(data_dir, "kiosk-1", "site-a")
    yield opened
    opened.close()


class HeldPrinter:
    """A printer that does not finish until the test lets it: stands for a slow CUPS job."""

    name = "held"

    def __init__(self) -> None:
        self.release = threading.Event()

    def print(self, printout: Printout) -> PrintResult:
        """Wait for the test, then report success."""
        self.release.wait(30)
        return PrintResult(True, job="1")

    def state(self) -> PrinterState:
        """Always ready."""
        return PrinterState(self.name, True)


def test_the_screen_keeps_running_while_a_job_prints(qtbot: QtBot, journal: SqliteJournal) -> None:
    """Timers fire (the UI thread is free) while the printer holds the job."""
    printer = HeldPrinter()
    owner = QObject()
    job = PrintJob(PrintDesk(printer, journal), owner)
    ticks: list[int] = []
    timer = QTimer(owner)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    job.start(_ticket(), "H017")
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    assert job.busy
    with qtbot.waitSignal(job.finished, timeout=5000) as done:
        printer.release.set()
    outcome = done.args[0]
    assert isinstance(outcome, PrintOutcome) and outcome.printed
    assert not job.busy


def test_a_dead_printer_tells_the_resident_to_note_their_number(
    qtbot: QtBot, journal: SqliteJournal
) -> None:
    """A real thermal printer that is off: the message names the number; a fault is recorded."""
    port = unused_port()
    printer = build_printer(
        {"name": "thermal", "kind": "escpos-network", "host": "127.0.0.1", "port": port}
    )
    owner = QObject()
    job = PrintJob(PrintDesk(printer, journal), owner)
    with qtbot.waitSignal(job.finished, timeout=15_000) as done:
        job.start(_ticket(), "H017")
    outcome = done.args[0]
    assert not outcome.printed
    assert outcome.message == "The printer is not working. Please note your number: H017"
    faults = [e.payload for e in journal.events() if e.type == "printer.fault"]
    assert [(f["printer"], f["fault"]) for f in faults] == [("thermal", "offline")]
