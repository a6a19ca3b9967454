"""Printers as core sees them: a port that takes a printout and says what happened.

The printing package implements it (layouts, PDF and ESC/POS renderers, CUPS, thermal and
file backends); main.py chooses printers from config. A print never undoes the transaction
it belongs to: a fault is recorded and the resident is told to note their number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from core.events import EventDraft, Scope
from core.ports import Journal
from core.printout import Printout

PRINTER_FAULT = "printer.fault"


class PrinterFault(StrEnum):
    """Why a printout did not come out, in terms staff can act on."""

    PAPER_OUT = "paper_out"
    OFFLINE = "offline"
    JOB_STUCK = "job_stuck"
    SERVER_DOWN = "server_down"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PrintResult:
    """What a printer did with one printout.

    Attributes:
        printed: the job was accepted and completed (or handed to the device).
        job: the printer's job id, if it has one.
        fault: why not, when not printed.
        detail: the printer's own words, for staff and logs (no personal data).
    """

    printed: bool
    job: str = ""
    fault: PrinterFault | None = None
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PrinterState:
    """A printer's health for status and the desk: ready, or the fault and its detail."""

    name: str
    ready: bool
    fault: PrinterFault | None = None
    detail: str = ""


class Printer(Protocol):
    """One configured printer: renders a printout its own way and sends it. Blocking."""

    name: str

    def print(self, printout: Printout) -> PrintResult:
        """Render and send; never raises for printer trouble, returns a fault instead."""
        ...

    def state(self) -> PrinterState:
        """Ask the printer how it is."""
        ...


@dataclass(frozen=True, slots=True)
class PrintOutcome:
    """What the screen tells the resident after a print attempt."""

    printed: bool
    message: str


class PrintDesk:
    """Prints through a printer and records faults; the resident always leaves with their number."""

    def __init__(self, printer: Printer, journal: Journal) -> None:
        self._printer = printer
        self._journal = journal

    def print(self, printout: Printout, keep_this: str) -> PrintOutcome:
        """Print; on any fault record ``printer.fault`` and say what to note down instead."""
        try:
            result = self._printer.print(printout)
        except Exception as exc:  # a driver bug must not cost the resident their number
            result = PrintResult(False, fault=PrinterFault.ERROR, detail=type(exc).__name__)
        if result.printed:
            return PrintOutcome(True, "")
        self._journal.append(
            EventDraft(
                PRINTER_FAULT,
                {
                    "printer": self._printer.name,
                    "fault": str(result.fault or PrinterFault.ERROR),
                    "kind": printout.kind,
                    "detail": result.detail[:200],
                },
                Scope.SITE,
            )
        )
        return PrintOutcome(False, note_your_number(keep_this))


def note_your_number(keep_this: str) -> str:
    """What a resident is told when their printout did not come out."""
    return f"The printer is not working. Please note your number: {keep_this}"
