"""What every backend offers the printer that renders for it."""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from core.printing import PrinterState, PrintResult


class DocumentFormat(StrEnum):
    """What the bytes a backend is given are."""

    PDF = "pdf"
    ESCPOS = "escpos"


class Backend(Protocol):
    """Sends rendered bytes to one printer, and asks it how it is. Blocking.

    Attributes:
        label: where the bytes go, for staff and logs (a queue, an address, a folder).
    """

    label: str

    def send(self, data: bytes, job_name: str, document_format: DocumentFormat) -> PrintResult:
        """Send one job; never raises for printer trouble, returns a fault instead."""
        ...

    def state(self) -> PrinterState:
        """Ask the printer how it is; ``name`` is the backend's label."""
        ...
