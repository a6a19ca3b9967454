"""Send documents for my case, at the real kiosk: the case, the document, scanning, the receipt.

The kiosk is composed as main.py composes it, with the simulated scanner's sample letters
going through the real scan pipeline, sealing and journal. The privacy tests look at every
file the journey could have touched: the data folder, the temp folder and the caches.
"""

from __future__ import annotations

import dataclasses
import io
import threading
from collections.abc import Iterator
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from core.events import EventType
from core.scanning import PageProblem, ScanProblem
from devices.sane_worker import IsolatedSaneScanner
from devices.simulated_scanner import SimulatedScanner
from sync.sealing import CouncilOpener
from tests.conftest import demo_private_key
from tests.devices.sane_support import SYSTEM_TEST_CONF
from tests.kiosk.conftest import KioskUnderTest, make_kiosk
from ui.background import operations_running
from ui.scan_capture import DocumentCapture

CLAIM = "40012345"
# What an unsealed scanned page, or a PDF of one, would hold, in any file. (The printed
# receipt, a PDF from the demo file printer, has text and a QR code but no picture.)
# Signatures long enough that sealed (random-looking) bytes never hold one by chance.
PLAIN_MAGIC = (b"\xff\xd8\xff\xe0\x00\x10JFIF", b"\x89PNG\r\n\x1a\n", b"/DCTDecode")


@pytest.fixture
def private_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[Path]]:
    """Empty temp, home and cache folders for the kiosk, to look in afterwards."""
    places = []
    for name in ("tmp", "home", "cache"):
        folder = tmp_path / name
        folder.mkdir()
        places.append(folder)
    monkeypatch.setenv("TMPDIR", str(places[0]))
    monkeypatch.setattr("tempfile.tempdir", str(places[0]))
    monkeypatch.setenv("HOME", str(places[1]))
    monkeypatch.setenv("XDG_CACHE_HOME", str(places[2]))
    yield places


@pytest.fixture
def documents_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path, private_places: list[Path]
) -> Iterator[KioskUnderTest]:
    yield from make_kiosk(qtbot, demo_config, data_dir)


def scanner_of(kiosk: KioskUnderTest) -> SimulatedScanner:
    services = kiosk.services.documents
    assert services is not None and isinstance(services.scanner, SimulatedScanner)
    return services.scanner


def capture_of(kiosk: KioskUnderTest) -> DocumentCapture:
    found = kiosk.find("documents_scan_capture")
    assert isinstance(found, DocumentCapture)
    return found


def scan(kiosk: KioskUnderTest, button: str = "documents_scan_scan") -> None:
    capture = capture_of(kiosk)
    with kiosk.qtbot.waitSignal(capture.scanning_changed, check_params_cb=lambda busy: not busy):
        kiosk.tap(button)


def to_scanning(kiosk: KioskUnderTest, typed: str = CLAIM, document: str = "payslips") -> None:
    kiosk.tap("homeTile_documents")
    box = kiosk.find("documentsCaseNumber")
    assert isinstance(box, QLineEdit)
    box.setFocus()
    kiosk.qtbot.keyClicks(box, typed)
    kiosk.tap("documentsCaseContinue")
    assert kiosk.window.current.current_page == "documents/document"
    kiosk.tap(f"documentsType_{document}")
    assert kiosk.window.current.current_page == "documents/scan"


def text(kiosk: KioskUnderTest, name: str) -> str:
    return kiosk.find(name).text()  # type: ignore[attr-defined]


def files_under(folders: list[Path]) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*") if p.is_file()]


def assert_nothing_plain(kiosk: KioskUnderTest, folders: list[Path]) -> None:
    """No unsealed picture in any file, once any receipt being printed has landed.

    The demo printer writes each printout to a temporary file, then renames it into place,
    on the print queue's own thread: read mid-print, the temporary file may already be gone.
    """

    def printing() -> bool:
        return any(p.name.startswith(".printing-") for p in files_under(folders))

    kiosk.qtbot.waitUntil(lambda: not printing() and operations_running() == 0)
    for path in files_under(folders):
        content = path.read_bytes()
        for magic in PLAIN_MAGIC:
            assert magic not in content, f"{path} holds an unsealed picture or PDF ({magic!r})"


def test_a_resident_sends_their_payslips_and_gets_a_receipt(
    documents_kiosk: KioskUnderTest, data_dir: Path, private_places: list[Path]
) -> None:
    kiosk = documents_kiosk
    to_scanning(kiosk)
    assert text(kiosk, "documentsHeading_scan") == "Scan your Payslips"
    assert not kiosk.find("documentsSend").isEnabled()
    scan(kiosk)
    scan(kiosk)
    capture = capture_of(kiosk)
    first, second = capture.pages
    capture.select(0)
    scan(kiosk, "documents_scan_rescan")  # page 1 was crooked: scan it again
    assert capture.pages[0] is not first and capture.pages[1] is second
    capture.select(1)
    kiosk.tap("documents_scan_remove")  # page 2 was the wrong one
    assert len(capture.pages) == 1
    assert_nothing_plain(kiosk, [data_dir, *private_places])  # nothing on disk while scanning
    kiosk.tap("documentsSend")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "documents/done")
    receipt = text(kiosk, "documentsReceipt")
    assert receipt.startswith("Your receipt number is DC-")
    assert text(kiosk, "documentsSummary") == f"1 page of your Payslips, for {CLAIM}."
    assert capture.pages == []  # the pictures went with the send

    (payload,) = kiosk.events_of(EventType.DOCUMENT_CAPTURED)
    assert payload["receipt"] == receipt.rsplit(" ", 1)[1]
    assert CLAIM not in str(payload)
    assert_nothing_plain(kiosk, [data_dir, *private_places])
    digests = payload["blobs"]
    assert isinstance(digests, list) and len(digests) == 1
    digest = str(digests[0])
    sealed = kiosk.journal.blobs.path_for(digest).read_bytes()
    pdf = CouncilOpener(demo_private_key()).open_bytes(sealed)
    with pikepdf.open(io.BytesIO(pdf)) as opened:
        assert len(opened.pages) == 1
        width = float(opened.pages[0].mediabox[2]) * 25.4 / 72
        assert abs(width - 210) < 1  # an A4 page, as scanned


def test_a_case_number_that_cannot_be_one_is_explained(documents_kiosk: KioskUnderTest) -> None:
    kiosk = documents_kiosk
    kiosk.tap("homeTile_documents")
    kiosk.tap("documentsCaseContinue")
    summary = kiosk.window.current.summary  # type: ignore[attr-defined]
    assert summary.messages == ["Enter your case reference, claim number or account number"]
    box = kiosk.find("documentsCaseNumber")
    kiosk.qtbot.keyClicks(box, "my passport")
    kiosk.tap("documentsCaseContinue")
    assert "like HB-7K3M-9Q2D-X or 12345678" in summary.messages[0]
    assert kiosk.window.current.current_page == "documents/case"


def test_unplugged_mid_batch_keeps_the_pages_and_the_resident_can_still_send(
    documents_kiosk: KioskUnderTest,
) -> None:
    kiosk = documents_kiosk
    to_scanning(kiosk, document="bank-statement")
    scanner = scanner_of(kiosk)
    capture = capture_of(kiosk)
    kiosk.qtbot.waitUntil(lambda: len(capture.sources) == 2)
    kiosk.tap("documents_scan_source_feeder")
    scanner.fail_with, scanner.fail_after = ScanProblem.UNPLUGGED, 2
    scan(kiosk)
    assert len(capture.pages) == 2
    assert "The scanner is not connected." in text(kiosk, "documents_scan_problem")
    assert kiosk.find("documentsSend").isEnabled()
    kiosk.tap("documentsSend")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "documents/done")
    (payload,) = kiosk.events_of(EventType.DOCUMENT_CAPTURED)
    assert payload["pages"] == 2


def test_the_idle_wipe_mid_scan_keeps_nothing(
    documents_kiosk: KioskUnderTest, data_dir: Path, private_places: list[Path]
) -> None:
    kiosk = documents_kiosk
    to_scanning(kiosk)
    scan(kiosk)
    scanner = scanner_of(kiosk)
    scanner.hold = threading.Event()
    kiosk.tap("documents_scan_scan")  # the scanner is still working when the visit ends
    kiosk.window.idle_prompt.set_grace(50)
    with kiosk.qtbot.waitSignal(kiosk.window.wiped, timeout=5000):
        kiosk.window.idle.set_timeout(50)
    scanner.hold.set()
    kiosk.qtbot.waitUntil(lambda: operations_running() == 0)
    capture = capture_of(kiosk)
    assert capture.pages == [] and not capture.scanning
    assert kiosk.find("documentsCaseNumber").text() == ""  # type: ignore[attr-defined]
    thumbnails = capture.findChild(QWidget, "documents_scan_thumbnails")
    assert thumbnails is not None and thumbnails.findChildren(QAbstractButton) == []
    preview = kiosk.find("documents_scan_preview")
    assert isinstance(preview, QLabel) and preview.pixmap().isNull()
    assert kiosk.events_of(EventType.DOCUMENT_CAPTURED) == []
    assert_nothing_plain(kiosk, [data_dir, *private_places])


@pytest.fixture
def sane_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, data_dir: Path
) -> Iterator[KioskUnderTest]:
    """The kiosk configured for SANE's test backend (through its worker process)."""
    if not SYSTEM_TEST_CONF.is_file():
        pytest.skip("SANE's test backend is not installed")
    yield from make_kiosk(qtbot, dataclasses.replace(demo_config, scanner="sane:test:0"), data_dir)


def test_the_real_sane_driver_behind_the_screen(sane_kiosk: KioskUnderTest) -> None:
    """The backend's default page is solid black: the resident is told it is too dark, and
    can still send it."""
    kiosk = sane_kiosk
    to_scanning(kiosk)
    capture = capture_of(kiosk)
    assert isinstance(capture.scanner, IsolatedSaneScanner)
    scan(kiosk)
    (page,) = capture.pages
    assert page.dpi == 200 and not page.colour  # payslips: gray letters
    assert abs(page.width - 1654) <= 2 and abs(page.height - 2339) <= 2  # A4 at 200 dpi
    assert PageProblem.TOO_DARK in page.problems
    assert text(kiosk, "documents_scan_quality").startswith("This page is too dark to read.")
    kiosk.tap("documentsSend")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.current.current_page == "documents/done")
    (payload,) = kiosk.events_of(EventType.DOCUMENT_CAPTURED)
    assert payload["pages"] == 1
