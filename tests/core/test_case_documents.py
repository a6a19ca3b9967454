"""Send documents for my case: the case number read as typed, the document sealed as one PDF.

Pages come from the simulated scanner through the real scan pipeline; the sealed blob is
opened with the council's private key (as the case service would) to prove it is the PDF.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from core.case_documents import (
    CaseDocuments,
    CaseNumber,
    CaseNumberKind,
    CaseNumberProblem,
    NothingToSend,
    read_case_number,
)
from core.case_reference import new_reference
from core.document_types import DocumentType, load_document_types
from core.events import EventType, Scope
from core.ports import StorageUnavailable
from core.scan_capture import CaptureSession, capture
from core.scanning import CapturedPage, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer
from tests.full_journal import fill_up, make_room

ROOT = Path(__file__).resolve().parents[2]
TYPES = load_document_types(ROOT / "assets" / "catalogue" / "documents.json")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
CLAIM = "40012345"


def kind(ident: str) -> DocumentType:
    return next(t for t in TYPES if t.id == ident)


def scanned(count: int, colour: bool = False) -> list[CapturedPage]:
    session = CaptureSession(colour=colour, max_pages=count)
    result = capture(
        SimulatedScanner(feeder_pages=count),
        ScanPipeline(),
        session.settings(ScanSource.FEEDER),
        count,
    )
    assert result.failure is None
    return list(result.pages)


@pytest.fixture
def documents(journal: SqliteJournal, sealer: CouncilSealer) -> CaseDocuments:
    return CaseDocuments(journal, sealer, ScanPipeline(), lambda: NOW)


# -- reading the case number ---------------------------------------------------------------


def test_our_own_reference_is_read_however_it_was_typed() -> None:
    reference = new_reference("HB")
    typed = " " + reference.lower().replace("-", " ") + " "
    assert read_case_number(typed) == CaseNumber(CaseNumberKind.CASE_REFERENCE, reference)


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("40012345", "40012345"),
        ("4001 2345", "40012345"),
        ("4001-2345", "40012345"),
        ("৪০০১২৩৪৫", "40012345"),  # Bengali digits from a Bengali keyboard
        ("４００１２３４５", "40012345"),  # full-width digits from a Chinese keyboard
        ("hb 400123", "HB400123"),
    ],
)
def test_a_claim_or_account_number_is_read_in_any_script(typed: str, value: str) -> None:
    assert read_case_number(typed) == CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, value)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", CaseNumberProblem.MISSING),
        ("  - ", CaseNumberProblem.MISSING),
        ("1" * 41, CaseNumberProblem.TOO_LONG),
        ("9" * 5000, CaseNumberProblem.TOO_LONG),
        ("12345", CaseNumberProblem.NOT_A_NUMBER),
        ("my passport", CaseNumberProblem.NOT_A_NUMBER),
        ("4001😀2345", CaseNumberProblem.NOT_A_NUMBER),
        ("ABCDEFGH", CaseNumberProblem.NOT_A_NUMBER),
        ("4001\u202e2345", CaseNumberProblem.NOT_A_NUMBER),  # a right-to-left override
    ],
)
def test_what_cannot_be_a_number_says_why(typed: str, problem: CaseNumberProblem) -> None:
    assert read_case_number(typed) is problem


# -- sending -------------------------------------------------------------------------------


def test_a_document_is_sealed_as_one_pdf_with_its_pages(
    documents: CaseDocuments, journal: SqliteJournal, opener: CouncilOpener
) -> None:
    pages = scanned(3)
    claim = CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, CLAIM)
    sent = documents.send(claim, kind("payslips"), pages, "bn")
    assert sent.pages == 3 and sent.receipt.startswith("DC-")
    (event,) = [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]
    assert event.scope is Scope.CENTRAL
    payload = event.payload
    assert payload["receipt"] == sent.receipt
    assert payload["document"] == "payslips" and payload["pages"] == 3
    assert payload["language"] == "bn"
    assert "reference" not in payload  # a claim number is personal: only sealed
    assert CLAIM not in json.dumps(payload)
    details = json.loads(opener.open(payload["details"]))
    assert details["case_number"] == CLAIM
    (digest,) = payload["blobs"]
    on_disk = journal.blobs.path_for(digest).read_bytes()
    assert not on_disk.startswith(b"%PDF")  # ciphertext: random-looking, no PDF in clear
    assert b"/DCTDecode" not in on_disk  # (a 10-byte marker cannot appear by chance)
    pdf = opener.open_bytes(on_disk)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        assert len(opened.pages) == 3


def test_our_reference_goes_unsealed_so_the_document_reaches_its_case(
    documents: CaseDocuments, journal: SqliteJournal
) -> None:
    reference = new_reference("HB")
    case = CaseNumber(CaseNumberKind.CASE_REFERENCE, reference)
    documents.send(case, kind("passport"), scanned(1, colour=True), "en")
    (event,) = [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]
    assert event.payload["reference"] == reference


def test_no_pages_or_too_many_are_refused_and_nothing_recorded(
    documents: CaseDocuments, journal: SqliteJournal
) -> None:
    case = CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, CLAIM)
    with pytest.raises(NothingToSend):
        documents.send(case, kind("payslips"), [], "en")
    with pytest.raises(NothingToSend):
        documents.send(case, kind("passport"), scanned(3), "en")
    assert not [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]


def test_a_full_disk_records_nothing_and_the_pages_are_still_held(
    documents: CaseDocuments, journal: SqliteJournal
) -> None:
    pages = scanned(2)
    case = CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, CLAIM)
    fill_up(journal)
    with pytest.raises(StorageUnavailable):
        documents.send(case, kind("payslips"), pages, "en")
    assert not [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]
    make_room(journal)
    assert len(pages) == 2  # the caller still has them, to try again
    sent = documents.send(case, kind("payslips"), pages, "en")
    captured = [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]
    assert len(captured) == 1 and sent.pages == 2
