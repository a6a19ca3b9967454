"""Send documents for my case: which case, then the scanned document sealed and journalled.

A resident names their case by the reference on our letter (``HB-7K3M-9Q2D-X``) or by a
claim or account number from an older letter. The number itself is personal (it finds
their account), so it is sealed with the document; only one of our own references, which
the resident was given at the kiosk or in a letter and which says nothing by itself, goes
unsealed so the case service can file the document under the case straight away.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from core.case_reference import new_reference, read_reference
from core.document_types import DocumentType
from core.events import EventDraft, EventType, Scope
from core.ports import Journal, Sealer
from core.scanning import CapturedPage, ScanProcessor

RECEIPT_PREFIX = "DC"  # receipts for documents sent at a kiosk: DC-7K3M-9Q2D-X
LONGEST_NUMBER = 20  # council tax and benefit numbers are 8 to 10 digits; 20 allows any
SHORTEST_NUMBER = 6
_SEPARATORS = re.compile(r"[\s\-/.]+")


class CaseNumberKind(StrEnum):
    CASE_REFERENCE = "case_reference"
    CLAIM_OR_ACCOUNT = "claim_or_account"


class CaseNumberProblem(StrEnum):
    """Why a typed number was not taken; screens say each in the resident's language."""

    MISSING = "missing"
    TOO_LONG = "too_long"
    NOT_A_NUMBER = "not_a_number"


@dataclass(frozen=True, slots=True)
class CaseNumber:
    kind: CaseNumberKind
    value: str  # normalised: our reference with dashes, or the claim/account number as typed


def read_case_number(text: str) -> CaseNumber | CaseNumberProblem:
    """A case reference, or a claim or account number, however it was typed.

    Any script's digits count (a resident may type ৩৪৫ on a Bengali keyboard), spaces and
    dashes are ignored, and letters are upper-cased.
    """
    squeezed = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()
    if not squeezed:
        return CaseNumberProblem.MISSING
    if len(squeezed) > LONGEST_NUMBER * 2:
        return CaseNumberProblem.TOO_LONG
    reference = read_reference(squeezed)
    if reference is not None:
        return CaseNumber(CaseNumberKind.CASE_REFERENCE, reference)
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in squeezed)
    if len(digits) > LONGEST_NUMBER:
        return CaseNumberProblem.TOO_LONG
    plain = digits.isascii() and digits.isalnum()
    if plain and len(digits) >= SHORTEST_NUMBER and sum(c.isdigit() for c in digits) >= 4:
        return CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, digits)
    return CaseNumberProblem.NOT_A_NUMBER


class NothingToSend(ValueError):
    """Send was asked for with no pages, or more than the document type allows."""


@dataclass(frozen=True, slots=True)
class DocumentsSent:
    """What the receipt says."""

    receipt: str
    document: DocumentType
    pages: int
    case_number: CaseNumber
    sent_at: datetime
    event_id: str


class CaseDocuments:
    """Binds the pages into one PDF, seals it, and journals ``document.captured``."""

    def __init__(
        self,
        journal: Journal,
        sealer: Sealer,
        processor: ScanProcessor,
        now: Callable[[], datetime],
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._journal = journal
        self._sealer = sealer
        self._processor = processor
        self._now = now
        self._random_bytes = random_bytes

    def send(
        self,
        case_number: CaseNumber,
        document: DocumentType,
        pages: Sequence[CapturedPage],
        language: str,
        *,
        assisted: bool = False,
    ) -> DocumentsSent:
        """Seal and journal the document. Runs off the UI thread (binding takes a moment).

        StorageUnavailable (a full disk) propagates and nothing is recorded; the pages stay
        with the caller, so the resident can try again or ask for help.
        """
        if not pages or len(pages) > document.max_pages:
            raise NothingToSend(f"{len(pages)} pages for at most {document.max_pages}")
        receipt = new_reference(RECEIPT_PREFIX, self._random_bytes)
        pdf = self._processor.bind(pages)
        details = {
            "receipt": receipt,
            "case_number": case_number.value,
            "case_number_kind": case_number.kind.value,
            "document": document.id,
            "pages": len(pages),
        }
        plaintext = json.dumps(details, ensure_ascii=False, sort_keys=True).encode("utf-8")
        payload: dict[str, object] = {
            "receipt": receipt,
            "document": document.id,
            "document_name": document.name["en"],
            "pages": len(pages),
            "content_type": "application/pdf",
            "case_number_kind": case_number.kind.value,
            "details": self._sealer.seal(plaintext),
            "language": language,
            "assisted": assisted,
        }
        if case_number.kind is CaseNumberKind.CASE_REFERENCE:
            payload["reference"] = case_number.value
        event = self._journal.append(
            EventDraft(EventType.DOCUMENT_CAPTURED, payload, Scope.CENTRAL),
            [self._sealer.seal_bytes(pdf)],
        )
        return DocumentsSent(receipt, document, len(pages), case_number, self._now(), event.id)
