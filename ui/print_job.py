"""Printing from a screen: always off the UI thread, and the resident always keeps their number."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.printing import PrintDesk, PrintOutcome, note_your_number
from core.printout import Printout
from ui.background import BackgroundOp


class PrintJob(QObject):
    """One printout on its way. A CUPS job may take seconds; the screen never waits for it.

    Signals:
        finished(object): the PrintOutcome; when not printed, its message tells the resident
            to note their number, and the desk has recorded a ``printer.fault``.
    """

    finished = Signal(object)

    def __init__(self, desk: PrintDesk, parent: QObject) -> None:
        super().__init__(parent)
        self._desk = desk
        self.busy = False

    def start(self, printout: Printout, keep_this: str) -> None:
        """Print in the background; ``keep_this`` is the number or reference to note down."""
        self.busy = True
        BackgroundOp(self, lambda: self._desk.print(printout, keep_this)).success(
            self._done
        ).failure(lambda _exc: self._done(PrintOutcome(False, note_your_number(keep_this)))).run()

    def _done(self, outcome: PrintOutcome) -> None:
        self.busy = False
        self.finished.emit(outcome)
