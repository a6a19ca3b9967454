"""Renders the document journey to build/screens/, for people to look at.

The case page, the list of documents, the capture page before and after scanning (the
preview, the page count, and a quality problem), and the receipt, in English, Bengali and
Urdu; plus a page of a sealed document opened with the council's key, drawn by pdftoppm.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from core.events import EventType
from core.scan_capture import capture
from core.scanning import PageProblem, RawPage, ScanSettings
from devices.simulated_scanner import SimulatedScanner, sample_page
from sync.sealing import CouncilOpener
from tests.conftest import ROOT, demo_private_key
from tests.kiosk.conftest import KioskUnderTest, check_screen, make_kiosk
from ui.scan_capture import DocumentCapture


class CrookedScanner(SimulatedScanner):
    """The simulated letter, put on the glass 7° crooked and pushed off the edge."""

    def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
        from PIL import Image

        for page in super().scan(settings, max_pages):
            mode = "RGB" if page.colour else "L"
            image = Image.frombytes(mode, (page.width, page.height), page.pixels)
            image = image.rotate(7, fillcolor="white").transform(
                image.size,
                Image.Transform.AFFINE,
                (1, 0, -page.width // 6, 0, 1, 0),
                fillcolor="white",
            )
            yield RawPage(page.width, page.height, page.colour, page.dpi, image.tobytes())


@pytest.fixture
def kiosk(qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path) -> Iterator[KioskUnderTest]:
    yield from make_kiosk(qtbot, demo_config, data_dir)


def _scan(kiosk: KioskUnderTest) -> None:
    found = kiosk.find("documents_scan_capture")
    assert isinstance(found, DocumentCapture)
    with kiosk.qtbot.waitSignal(found.scanning_changed, check_params_cb=lambda busy: not busy):
        kiosk.tap("documents_scan_scan")


@pytest.mark.parametrize("language", ["en", "bn", "ur"])
def test_every_page_of_the_document_journey(kiosk: KioskUnderTest, language: str) -> None:
    if language != "en":
        kiosk.window.set_language(language)
    kiosk.tap("homeTile_documents")
    box = kiosk.find("documentsCaseNumber")
    assert isinstance(box, QLineEdit)
    kiosk.qtbot.keyClicks(box, "40012345")
    check_screen(kiosk, f"documents-case-{language}", language)
    kiosk.tap("documentsCaseContinue")
    check_screen(kiosk, f"documents-list-{language}", language)
    kiosk.tap("documentsType_tenancy-agreement")
    check_screen(kiosk, f"documents-capture-{language}", language)
    services = kiosk.services.documents
    assert services is not None
    scanner = services.scanner
    assert isinstance(scanner, SimulatedScanner)
    _scan(kiosk)
    check_screen(kiosk, f"documents-preview-{language}", language)
    # A crooked page off the edge: straightened, and the resident is told it may be cut off.
    capture_widget = kiosk.find("documents_scan_capture")
    assert isinstance(capture_widget, DocumentCapture)
    capture_widget.scanner = CrookedScanner()
    _scan(kiosk)
    assert PageProblem.CUT_OFF in capture_widget.pages[-1].problems
    check_screen(kiosk, f"documents-quality-{language}", language)
    kiosk.tap("documentsSend")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "documents/done")
    check_screen(kiosk, f"documents-receipt-{language}", language)


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_a_sealed_document_opens_to_a_legible_pdf(kiosk: KioskUnderTest, tmp_path: Path) -> None:
    """The council's view: the sealed blob opened with its key, page 1 drawn to a PNG."""
    services = kiosk.services.documents
    assert services is not None
    from core.case_documents import CaseNumber, CaseNumberKind

    scanned = capture(SimulatedScanner(), services.processor, ScanSettings(dpi=200), 1)
    services.sending.send(
        CaseNumber(CaseNumberKind.CLAIM_OR_ACCOUNT, "40012345"),
        services.document_type("payslips"),
        scanned.pages,
        "en",
    )
    (payload,) = kiosk.events_of(EventType.DOCUMENT_CAPTURED)
    digests = payload["blobs"]
    assert isinstance(digests, list) and len(digests) == 1
    digest = str(digests[0])
    sealed = kiosk.journal.blobs.path_for(str(digest)).read_bytes()
    pdf = tmp_path / "opened.pdf"
    pdf.write_bytes(CouncilOpener(demo_private_key()).open_bytes(sealed))
    out = ROOT / "build" / "screens" / "documents-sealed-then-opened"
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(out)],
        check=True,
        capture_output=True,
    )
    image = QImage(f"{out}.png")
    # A4 at 60 dpi: 496 x 702 pixels; the sample letter's dark title bar is near the top.
    assert abs(image.width() - 496) <= 2 and abs(image.height() - 702) <= 2
    assert QImage(f"{out}.png").pixelColor(image.width() // 2, 70).lightness() < 128
    assert sample_page(ScanSettings(dpi=60), 1).width == 496
