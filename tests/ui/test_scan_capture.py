"""The capture of a document at a touchscreen: scan, look, scan again, remove, and what went wrong.

Pages come from the simulated scanner (its pages say SAMPLE SCAN) through the real scan
pipeline, on BackgroundOp's worker threads as on a kiosk; tests wait for the scan to end.
"""

from __future__ import annotations

import gc
import threading
import weakref

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from core.scanning import ScanProblem, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from ui.background import operations_running
from ui.scan_capture import DocumentCapture

PREFIX = "doc"


def find(widget: QWidget, name: str) -> QWidget:
    found = widget.findChild(QWidget, name)
    assert found is not None, name
    return found


def text(widget: QWidget, name: str) -> str:
    found = find(widget, name)
    assert isinstance(found, QLabel | QAbstractButton)
    return found.text()


def shows(widget: QWidget, name: str) -> bool:
    return find(widget, name).isVisibleTo(widget)


@pytest.fixture
def scanner() -> SimulatedScanner:
    return SimulatedScanner(feeder_pages=5)


@pytest.fixture
def capture(qtbot: QtBot, scanner: SimulatedScanner) -> DocumentCapture:
    widget = DocumentCapture(PREFIX, scanner, ScanPipeline())
    qtbot.addWidget(widget)
    widget.resize(1400, 1200)
    widget.start(colour=False, max_pages=3)
    with qtbot.waitExposed(widget):
        widget.show()
    qtbot.waitUntil(lambda: len(widget.sources) == 2)  # asked off the UI thread
    return widget


def scan(qtbot: QtBot, widget: DocumentCapture, button: str = "doc_scan") -> None:
    with qtbot.waitSignal(widget.scanning_changed, check_params_cb=lambda busy: not busy):
        find(widget, button).click()  # type: ignore[attr-defined]


def test_a_page_is_scanned_shown_large_and_counted(qtbot: QtBot, capture: DocumentCapture) -> None:
    assert text(capture, "doc_count") == (
        "No pages scanned yet. This document can have up to 3 pages."
    )
    assert not shows(capture, "doc_shown")
    scan(qtbot, capture)
    assert text(capture, "doc_count") == "1 page scanned. This document can have up to 3 pages."
    assert shows(capture, "doc_shown")
    preview = find(capture, "doc_preview")
    assert isinstance(preview, QLabel)
    assert preview.pixmap().height() == 360
    assert text(capture, "doc_page_title") == "Page 1 of 1"
    assert not shows(capture, "doc_quality")  # a clean sample page has no problems
    assert text(capture, "doc_scan") == "Scan another page"
    assert len(capture.pages) == 1 and not capture.pages[0].colour


def test_scan_again_replaces_the_page_and_remove_takes_it_away(
    qtbot: QtBot, capture: DocumentCapture, scanner: SimulatedScanner
) -> None:
    scan(qtbot, capture)
    scan(qtbot, capture)
    first, second = capture.pages
    capture.select(0)
    assert text(capture, "doc_page_title") == "Page 1 of 2"
    scan(qtbot, capture, "doc_rescan")
    assert scanner.pages_scanned == 3
    assert len(capture.pages) == 2
    assert capture.pages[0] is not first and capture.pages[1] is second
    assert text(capture, "doc_page_title") == "Page 1 of 2"
    find(capture, "doc_remove").click()  # type: ignore[attr-defined]
    assert capture.pages == [second]
    assert text(capture, "doc_count") == "1 page scanned. This document can have up to 3 pages."


def test_the_feeder_stops_at_the_documents_limit_and_says_so(
    qtbot: QtBot, capture: DocumentCapture
) -> None:
    capture.choose_source(ScanSource.FEEDER)
    assert text(capture, "doc_scan") == "Scan the pages in the feeder"
    scan(qtbot, capture)
    assert len(capture.pages) == 3  # five in the feeder, three allowed
    assert "more pages in the feeder than this document can have" in text(capture, "doc_problem")
    assert not find(capture, "doc_scan").isEnabled()
    assert shows(capture, "doc_thumbnails")
    assert find(capture, "doc_page_3").accessibleName() == "Page 3"


def test_unplugged_mid_batch_keeps_the_pages_already_scanned(
    qtbot: QtBot, capture: DocumentCapture, scanner: SimulatedScanner
) -> None:
    scan(qtbot, capture)
    capture.choose_source(ScanSource.FEEDER)
    scanner.fail_with, scanner.fail_after = ScanProblem.UNPLUGGED, 1
    scan(qtbot, capture)
    assert len(capture.pages) == 2
    words = text(capture, "doc_problem")
    assert "The scanner is not connected." in words
    assert "The pages you scanned before are kept." in words
    assert "ask a member of staff" in words
    scanner.fail_with = None
    capture.choose_source(ScanSource.FLATBED)
    scan(qtbot, capture)
    assert len(capture.pages) == 3
    assert not shows(capture, "doc_problem")


def test_a_wipe_mid_scan_keeps_nothing_from_that_scan(
    qtbot: QtBot, capture: DocumentCapture, scanner: SimulatedScanner
) -> None:
    scan(qtbot, capture)
    scanner.hold = threading.Event()
    busy = []
    capture.scanning_changed.connect(busy.append)
    find(capture, "doc_scan").click()  # type: ignore[attr-defined]
    assert capture.scanning
    capture.wipe()  # the idle timeout, while the scanner is still working
    assert capture.pages == [] and not capture.scanning
    scanner.hold.set()
    qtbot.waitUntil(lambda: operations_running() == 0)  # the late result has been delivered
    assert scanner.pages_scanned == 2
    assert capture.pages == []
    assert not shows(capture, "doc_shown")
    assert busy == [True, False]


def test_no_scanner_says_to_bring_the_document_to_a_desk(qtbot: QtBot) -> None:
    widget = DocumentCapture(PREFIX, None, ScanPipeline())
    qtbot.addWidget(widget)
    widget.start(colour=True, max_pages=2)
    assert not widget.scan_button.isVisibleTo(widget)
    assert text(widget, "doc_no_scanner").startswith("The scanner is not working.")


def test_pictures_leave_memory_when_wiped(qtbot: QtBot, capture: DocumentCapture) -> None:
    scan(qtbot, capture)
    page = weakref.ref(capture.pages[0])
    capture.wipe()
    gc.collect()
    assert page() is None
    preview = find(capture, "doc_preview")
    assert isinstance(preview, QLabel) and preview.pixmap().isNull()


def test_a_scanner_that_is_not_there_is_said_before_the_resident_tries(qtbot: QtBot) -> None:
    scanner = SimulatedScanner()
    scanner.fail_with = ScanProblem.UNPLUGGED
    widget = DocumentCapture(PREFIX, scanner, ScanPipeline())
    qtbot.addWidget(widget)
    widget.start(colour=False, max_pages=3)
    qtbot.waitUntil(lambda: shows(widget, "doc_problem"))
    assert text(widget, "doc_problem").startswith("The scanner is not connected.")
    assert "ask a member of staff" in text(widget, "doc_problem")
    assert widget.scan_button.isEnabled()  # it may be plugged back in
    scanner.fail_with = None
    with qtbot.waitSignal(widget.scanning_changed, check_params_cb=lambda busy: not busy):
        widget.scan_button.click()
    assert len(widget.pages) == 1 and not shows(widget, "doc_problem")
