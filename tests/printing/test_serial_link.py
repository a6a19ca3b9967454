"""ESC/POS over a real serial line: pyserial through python-escpos to a pseudo-terminal pair."""

from __future__ import annotations

import os
import select
import threading
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from core.events import EventDraft, Scope
from core.printing import PrintDesk
from core.printout import Printout
from printing.backends import DocumentFormat
from printing.backends.escpos_link import EscposLink
from printing.escpos_render import render_escpos
from printing.layouts import QueueTicket
from printing.printers import build_printer
from store.journal import SqliteJournal


class SerialPrinterEnd:
    """The printer's end of a pty pair: collects every byte the kiosk sends down the line."""

    def __init__(self) -> None:
        self.master, self._slave = os.openpty()
        self.device = os.ttyname(self._slave)
        self.received = bytearray()
        self._arrived = threading.Condition()
        self._stop = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    return
                with self._arrived:
                    self.received += chunk
                    self._arrived.notify_all()

    def wait_for(self, size: int, deadline_s: float = 10.0) -> bytes:
        """The bytes received once ``size`` have arrived (or the deadline passes)."""
        with self._arrived:
            self._arrived.wait_for(lambda: len(self.received) >= size, timeout=deadline_s)
            return bytes(self.received)

    def close(self) -> None:
        """Stop reading and close both ends."""
        self._stop.set()
        self._reader.join(timeout=5)
        os.close(self.master)
        os.close(self._slave)


@pytest.fixture
def serial_printer() -> Iterator[SerialPrinterEnd]:
    """A serial line with a printer's end we can read."""
    end = SerialPrinterEnd()
    yield end
    end.close()


def _printout(language: str) -> Printout:
    return QueueTicket(
        "H017", "Housing", 3, 9, datetime(2026, 11, 23, 9, 5), "TK-H017", "Idea Store", language
    ).printout()


def _ticket(language: str) -> bytes:
    return render_escpos(_printout(language))


@pytest.mark.parametrize("language", ["en", "bn"])
def test_a_ticket_arrives_byte_identical_over_serial(
    serial_printer: SerialPrinterEnd, language: str
) -> None:
    """What was rendered is exactly what reaches the printer, images and all."""
    data = _ticket(language)
    link = EscposLink.serial(serial_printer.device, baudrate=115200)
    result = link.send(data, "ticket H017", DocumentFormat.ESCPOS)
    assert result.printed, result.detail
    assert serial_printer.wait_for(len(data)) == data


def test_an_unplugged_serial_printer_is_offline_and_recorded(data_dir: Path) -> None:
    """An unplugged printer: the resident is told to note their number, staff see the fault."""
    journal = SqliteJournal(data_dir, "kiosk-1", "site-a")
    try:
        issued = journal.append(EventDraft("ticket.issued", {"number": "H017"}, Scope.SITE))
        printer = build_printer(
            {"name": "thermal", "kind": "escpos-serial", "device": "/dev/ttyNOSUCHPRINTER"}
        )
        outcome = PrintDesk(printer, journal).print(_printout("en"), keep_this="H017")
        assert not outcome.printed
        assert outcome.message == "The printer is not working. Please note your number: H017"
        events = list(journal.events())
        assert events[0] == issued
        [fault] = [e.payload for e in events if e.type == "printer.fault"]
        assert (fault["printer"], fault["fault"], fault["kind"]) == ("thermal", "offline", "ticket")
    finally:
        journal.close()
