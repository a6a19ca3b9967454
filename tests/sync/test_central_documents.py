"""A document sent at the kiosk reaches the reference case service whole, over real HTTP.

The case service holds the event and the sealed PDF; opened with the council's private key
(which only the case service side holds) it is the PDF of the pages scanned.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pikepdf
import pytest

from core.case_documents import CaseDocuments, CaseNumber, CaseNumberKind
from core.case_reference import new_reference
from core.config import load_config
from core.document_types import load_document_types
from core.events import EventType
from core.scan_capture import capture
from core.scanning import ScanSettings, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from sync.central_sync import UP_TO_DATE
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import ROOT, demo_private_key
from tests.sync.central_support import TERMINAL, Council, council_fixture

TYPES = load_document_types(ROOT / "assets" / "catalogue" / "documents.json")


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    yield from council_fixture(tmp_path)


def test_a_scanned_document_arrives_sealed_with_its_pages(council: Council) -> None:
    journal = council.terminal()
    sending = CaseDocuments(
        journal,
        CouncilSealer(load_config(None).council_public_key),
        ScanPipeline(),
        lambda: datetime(2026, 11, 24, 10, tzinfo=UTC),
    )
    scanned = capture(
        SimulatedScanner(feeder_pages=3), ScanPipeline(), ScanSettings(ScanSource.FEEDER), 3
    )
    reference = new_reference("HB")
    tenancy = next(t for t in TYPES if t.id == "tenancy-agreement")
    sending.send(CaseNumber(CaseNumberKind.CASE_REFERENCE, reference), tenancy, scanned.pages, "so")

    status = council.engine(journal).drain_once()

    assert status.state == UP_TO_DATE and status.last_error is None
    store = council.service.store
    assert store.acknowledged(TERMINAL) == max(e.seq for e in journal.events())
    (event,) = [e for e in journal.events() if e.type == EventType.DOCUMENT_CAPTURED]
    assert event.payload["reference"] == reference
    (digest,) = event.payload["blobs"]
    held = store.blobs.path_for(digest).read_bytes()
    assert held == journal.blobs.path_for(digest).read_bytes()  # the sealed bytes, unchanged
    pdf = CouncilOpener(demo_private_key()).open_bytes(held)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        assert len(opened.pages) == 3
