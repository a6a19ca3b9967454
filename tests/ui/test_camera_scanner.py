"""The document camera scanner, on a computer with no camera.

This computer has no camera (and no v4l2loopback), so these tests cover what a kiosk whose
camera is unplugged does, the thread handshake between a worker and the UI thread, and the
conversion of a picture into a RawPage. Taking a real picture is not tested here.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage
from PySide6.QtMultimedia import QMediaDevices
from PySide6.QtMultimediaWidgets import QVideoWidget
from pytestqt.qtbot import QtBot

from core.scanning import (
    A4_MM,
    MM_PER_INCH,
    PageScanner,
    RawPage,
    ScanFailed,
    ScanProblem,
    ScanSettings,
)
from core.scanning import ScanSource as Source
from ui.background import BackgroundOp
from ui.camera_scanner import CameraScanner, _Picture, frame_dpi, qimage_to_raw_page

# Qt Multimedia warns that optional libraries (PipeWire, VA-API) are missing when it loads,
# which fails a test here (qt_log_level_fail). Run with the logging rule scripts/test.sh
# exports, QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false". Setting it here would be
# too late: Qt has read its logging rules before this module is imported.

CAMERA = ScanSettings(source=Source.CAMERA, colour=True)


@pytest.fixture
def no_camera(qtbot: QtBot) -> None:
    """Skip where a camera is connected: these tests are about a kiosk without one."""
    if QMediaDevices.videoInputs():
        pytest.skip("a camera is connected to this computer")


def in_background(qtbot: QtBot, op: Callable[[], object]) -> object:
    """Run ``op`` as a screen would (BackgroundOp) and return its result or exception."""
    outcome: list[object] = []
    parent = QObject()
    BackgroundOp(parent, op).success(outcome.append).failure(outcome.append).run()
    # Well inside the scanner's 15 s wait: an answer this soon came from the UI thread.
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    return outcome[0]


# --- without a camera --------------------------------------------------------------------


@pytest.mark.usefixtures("no_camera")
def test_without_a_camera_staff_are_told_none_is_connected(qtbot: QtBot) -> None:
    """Selftest and the status page say plainly that there is no camera, and which one."""
    scanner: PageScanner = CameraScanner()  # mypy checks it is a PageScanner
    assert scanner.availability() == "No document camera is connected"
    assert scanner.name == "Document camera (none connected)"
    assert scanner.sources() == (Source.CAMERA,)
    configured = CameraScanner(device="IPEVO")
    assert configured.availability() == 'No document camera is connected (looking for "IPEVO")'


@pytest.mark.usefixtures("no_camera")
def test_without_a_camera_a_scan_fails_as_unplugged_and_does_not_hang(qtbot: QtBot) -> None:
    """The resident is told the scanner is not connected, at once, not after a long wait."""
    scanner = CameraScanner()
    started = time.monotonic()
    outcome = in_background(qtbot, lambda: list(scanner.scan(CAMERA, 1)))
    assert isinstance(outcome, ScanFailed), outcome
    assert outcome.problem is ScanProblem.UNPLUGGED
    assert outcome.reason == "The scanner is not connected."
    assert time.monotonic() - started < 5.0


@pytest.mark.usefixtures("no_camera")
def test_without_a_camera_the_preview_page_still_opens(qtbot: QtBot) -> None:
    """A capture page with a preview can show and hide; the camera simply stays off."""
    scanner = CameraScanner()
    preview = QVideoWidget()
    qtbot.addWidget(preview)
    scanner.video_output(preview)
    scanner.start()
    assert not scanner.is_on
    scanner.stop()
    scanner.video_output(None)
    assert scanner.availability() == "No document camera is connected"


# --- threads -----------------------------------------------------------------------------


def test_a_scan_on_the_ui_thread_is_refused_at_once(qtbot: QtBot) -> None:
    """scan() on the UI thread would wait for itself for ever: it raises instead."""
    scanner = CameraScanner()
    with pytest.raises(RuntimeError, match="deadlock"):
        scanner.scan(CAMERA, 1)


def test_the_camera_belongs_to_the_ui_thread(qtbot: QtBot) -> None:
    """Making the scanner, or switching the camera on, from a worker is refused."""
    made_off_thread = in_background(qtbot, CameraScanner)
    assert isinstance(made_off_thread, RuntimeError)
    scanner = CameraScanner()
    started_off_thread = in_background(qtbot, scanner.start)
    assert isinstance(started_off_thread, RuntimeError)


@pytest.mark.usefixtures("no_camera")
def test_handshake_a_ui_thread_that_does_not_answer_gives_broken_then_recovers(
    qtbot: QtBot,
) -> None:
    """Thread handshake (not the camera): a busy UI thread makes the scan fail, not hang.

    The UI thread here waits for the worker without running its event loop, so the request
    cannot be answered. Afterwards the stale request must not stop the next scan.
    """
    scanner = CameraScanner(answer_within_s=1.0)
    outcome: list[BaseException] = []

    def scan() -> None:
        try:
            list(scanner.scan(CAMERA, 1))
        except BaseException as exc:  # the test inspects whatever it was
            outcome.append(exc)

    worker = threading.Thread(target=scan)
    worker.start()
    worker.join(timeout=10)  # the UI thread is blocked here, as if frozen
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ScanFailed)
    assert outcome[0].problem is ScanProblem.BROKEN
    assert outcome[0].detail == "camera did not answer"

    # The same scanner, its UI thread free again: the stale request, handled late, does no
    # harm and the next scan is answered as usual. (With a camera, a stale request could
    # also be holding the camera; that case cannot be reached here.)
    again = in_background(qtbot, lambda: list(scanner.scan(CAMERA, 1)))
    assert isinstance(again, ScanFailed)
    assert again.problem is ScanProblem.UNPLUGGED


def test_handshake_a_picture_answered_on_the_ui_thread_reaches_the_worker(
    qtbot: QtBot,
) -> None:
    """Thread handshake (not the camera): the worker gets the very picture the UI thread gave.

    Without a camera, imageCaptured never fires; this checks the hand-over it would use.
    """
    picture = _Picture()
    received: list[QImage | BaseException] = []

    def wait() -> None:
        try:
            received.append(picture.wait(10.0))
        except BaseException as exc:  # the test inspects whatever it was
            received.append(exc)

    worker = threading.Thread(target=wait)
    worker.start()
    frame = camera_frame(640, 480)
    picture.answer(frame)
    worker.join(timeout=10)
    assert len(received) == 1
    got = received[0]
    assert isinstance(got, QImage)
    assert got == frame
    picture.fail(ScanProblem.BROKEN, "too late")  # a later answer changes nothing
    assert picture.wait(0) == frame


# --- turning a picture into a page -------------------------------------------------------


def pattern(x: int, y: int, channel: int = 0) -> int:
    """A pixel value that differs between neighbours, rows and channels."""
    return (x * 7 + y * 13 + channel * 101) % 256


def padded(width: int, height: int, channels: int, image_format: QImage.Format) -> QImage:
    """An image built from rows padded to 4 bytes with junk, as Qt pads them."""
    row = width * channels
    stride = (row + 3) // 4 * 4
    assert stride > row, "the width must force padding"
    data = b"".join(
        bytes(pattern(x, y, c) for x in range(width) for c in range(channels))
        + b"\xee" * (stride - row)
        for y in range(height)
    )
    image = QImage(data, width, height, stride, image_format).copy()
    assert image.bytesPerLine() > row
    return image


def camera_frame(width: int, height: int) -> QImage:
    """A colour frame in the 32-bit format cameras deliver, each pixel from ``pattern``."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    for y in range(height):
        for x in range(width):
            image.setPixelColor(x, y, QColor(pattern(x, y, 0), pattern(x, y, 1), pattern(x, y, 2)))
    return image


def gray_at(page: RawPage, x: int, y: int) -> int:
    return page.pixels[y * page.width + x]


def rgb_at(page: RawPage, x: int, y: int) -> tuple[int, int, int]:
    start = (y * page.width + x) * 3
    r, g, b = page.pixels[start : start + 3]
    return (r, g, b)


def test_a_gray_picture_with_padded_rows_keeps_every_pixel(qtbot: QtBot) -> None:
    """Width 1001 gives rows of 1004 bytes in Qt; the page has exactly 1001 a row."""
    image = padded(1001, 5, 1, QImage.Format.Format_Grayscale8)
    page = qimage_to_raw_page(image, colour=False, dpi=150)
    page.check()
    assert (page.width, page.height, page.colour, page.dpi) == (1001, 5, False, 150)
    for x, y in [(0, 0), (1000, 0), (500, 2), (0, 4), (1000, 4)]:
        assert gray_at(page, x, y) == pattern(x, y) == image.pixelColor(x, y).red()
    assert page.pixels == bytes(pattern(x, y) for y in range(5) for x in range(1001))


def test_a_colour_picture_with_padded_rows_keeps_every_pixel(qtbot: QtBot) -> None:
    """RGB888 rows of 3003 bytes are 3004 in Qt; the page keeps each pixel's three values."""
    image = padded(1001, 4, 3, QImage.Format.Format_RGB888)
    page = qimage_to_raw_page(image, colour=True, dpi=150)
    page.check()
    for x, y in [(0, 0), (1000, 0), (333, 1), (1000, 3)]:
        expected = (pattern(x, y, 0), pattern(x, y, 1), pattern(x, y, 2))
        shown = image.pixelColor(x, y)
        assert rgb_at(page, x, y) == expected == (shown.red(), shown.green(), shown.blue())
    assert page.pixels == bytes(
        pattern(x, y, c) for y in range(4) for x in range(1001) for c in range(3)
    )


def test_a_camera_frame_becomes_a_colour_page_exactly(qtbot: QtBot) -> None:
    """A 32-bit camera frame (odd width) is converted to RGB without changing a value."""
    image = camera_frame(1001, 3)
    page = qimage_to_raw_page(image, colour=True, dpi=200)
    page.check()
    assert len(page.pixels) == 1001 * 3 * 3
    for x, y in [(0, 0), (1000, 0), (640, 1), (1000, 2)]:
        assert rgb_at(page, x, y) == (pattern(x, y, 0), pattern(x, y, 1), pattern(x, y, 2))


def test_a_camera_frame_scanned_in_gray_keeps_gray_tones_exactly(qtbot: QtBot) -> None:
    """Neutral tones (paper, ink) keep their value when a colour frame is scanned in gray."""
    image = QImage(1001, 2, QImage.Format.Format_RGB32)
    for y in range(2):
        for x in range(1001):
            tone = pattern(x, y)
            image.setPixelColor(x, y, QColor(tone, tone, tone))
    page = qimage_to_raw_page(image, colour=False, dpi=200)
    page.check()
    assert page.pixels == bytes(pattern(x, y) for y in range(2) for x in range(1001))


def test_a_gray_picture_scanned_in_colour_has_equal_channels(qtbot: QtBot) -> None:
    """A gray camera's picture asked for in colour is the same tones in all three channels."""
    image = padded(1001, 2, 1, QImage.Format.Format_Grayscale8)
    page = qimage_to_raw_page(image, colour=True, dpi=200)
    page.check()
    tone = pattern(777, 1)
    assert rgb_at(page, 777, 1) == (tone, tone, tone)


def test_an_empty_picture_is_refused_as_unreadable(qtbot: QtBot) -> None:
    with pytest.raises(ScanFailed) as failed:
        qimage_to_raw_page(QImage(), colour=False, dpi=200)
    assert failed.value.problem is ScanProblem.CORRUPT


@pytest.mark.parametrize("frame", [(3508, 2480), (1920, 1080), (4000, 3000), (2480, 3508)])
def test_a_frame_of_an_a4_page_makes_an_a4_page_in_the_pdf(frame: tuple[int, int]) -> None:
    """With the paper filling the picture, the page's long side comes out at 297 mm."""
    dpi = frame_dpi(*frame, A4_MM)
    long_side_mm = max(frame) * MM_PER_INCH / dpi
    assert abs(long_side_mm - 297.0) < 1.0


def test_an_a4_frame_at_300_dpi_is_300_dpi() -> None:
    """3508 pixels is the long side of A4 at 300 dpi, as scanners and printers count it."""
    assert frame_dpi(2480, 3508, A4_MM) == 300
    assert frame_dpi(3508, 2480, A4_MM) == 300
