"""What the "Send documents for my case" screens are given by main.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from core.case_documents import CaseDocuments, DocumentsSent
from core.document_types import DocumentType
from core.printing import PrintDesk
from core.printout import Printout
from core.scanning import PageScanner, ScanProcessor


@dataclass(frozen=True, slots=True)
class DocumentServices:
    """The document types, the scanner and pipeline, sending, and the printed receipt.

    Attributes:
        types: the documents the council accepts, in the order the kiosk lists them.
        sending: binds, seals and journals a finished document.
        scanner: the kiosk's scanner; None when it has none (the journey says so).
        processor: the scan pipeline that straightens, checks and compresses pages.
        receipt: lays out the printed receipt, in a language.
        print_desk: prints receipts; None on a terminal with no printer.
    """

    types: tuple[DocumentType, ...]
    sending: CaseDocuments
    scanner: PageScanner | None
    processor: ScanProcessor
    receipt: Callable[[DocumentsSent, str], Printout]
    print_desk: Callable[[], PrintDesk | None]

    def document_type(self, ident: str) -> DocumentType:
        for kind in self.types:
            if kind.id == ident:
                return kind
        raise KeyError(ident)
