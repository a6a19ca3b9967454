"""CameraScanner: QR codes in camera frames, decoded off the UI thread by the real zxing-cpp."""

from __future__ import annotations

import io
import os
import threading

import pytest
import segno
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from core.code_reader import CodeReader
from devices.qr import ZxingCodeReader
from ui.camera_scan import CameraScanner

# Qt Multimedia warns that optional libraries (PipeWire, VA-API) are missing when it loads.
# They are optional for a USB camera; scripts/test.sh and main.py silence the same category.
# Set before the QApplication exists, which reads the rules once.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.symbolsresolver=false")

BOOKING = "CK1:APPT:TH-4K7Q2"


class FakeClock:
    """Seconds that only move when the test says so."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class ThreadNotingReader:
    """The real reader, noting which thread each frame was decoded on."""

    def __init__(self, reader: CodeReader) -> None:
        self._reader = reader
        self.threads: list[int] = []

    def decode_luminance(self, pixels: bytes, width: int, height: int, stride: int) -> list[str]:
        """Decode with the real reader."""
        self.threads.append(threading.get_ident())
        return self._reader.decode_luminance(pixels, width, height, stride)


def camera_frame(text: str | None, scale: int = 6) -> QImage:
    """A colour camera-like frame (RGB32) showing a QR code for ``text``, or a blank wall."""
    if text is None:
        frame = QImage(640, 480, QImage.Format.Format_RGB32)
        frame.fill(0xFFC8C8C8)
        return frame
    out = io.BytesIO()
    segno.make(text, micro=False).save(out, kind="png", scale=scale, border=4)
    image = QImage.fromData(out.getvalue(), "PNG")
    assert not image.isNull()
    return image.convertToFormat(QImage.Format.Format_RGB32)


@pytest.fixture(scope="module")
def reader() -> ThreadNotingReader:
    """The real zxing-cpp reader, as main.py hands it over."""
    return ThreadNotingReader(ZxingCodeReader())


@pytest.fixture
def clock() -> FakeClock:
    """A clock the test moves."""
    return FakeClock()


@pytest.fixture
def scanner(qtbot: QtBot, reader: ThreadNotingReader, clock: FakeClock) -> CameraScanner:
    """A camera scanner fed by hand, as there is no camera here."""
    return CameraScanner(reader, clock=clock)


def decode(qtbot: QtBot, scanner: CameraScanner, frame: QImage) -> None:
    """Offer a frame and wait until its decode has finished."""
    with qtbot.waitSignal(scanner.frame_done, timeout=10_000):
        assert scanner.offer_frame(frame)


def test_with_no_camera_it_is_not_available_and_start_says_so(qtbot: QtBot) -> None:
    """This machine has no camera: the kiosk would not offer scanning, and start() explains."""
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert CameraScanner.available() is False
    scanner = CameraScanner(ZxingCodeReader())
    with qtbot.waitSignal(scanner.failed, timeout=1_000) as signal:
        scanner.start()
    assert signal.args == ["The camera could not be started."]
    assert not scanner.running
    scanner.stop()  # harmless when nothing was started


def test_a_frame_showing_a_booking_code_is_scanned_off_the_ui_thread(
    qtbot: QtBot, scanner: CameraScanner, reader: ThreadNotingReader
) -> None:
    """The real reader finds the code in a colour frame, on a worker thread."""
    reader.threads.clear()
    with qtbot.waitSignal(scanner.scanned, timeout=10_000) as signal:
        assert scanner.offer_frame(camera_frame(BOOKING))
    assert signal.args == [BOOKING]
    assert reader.threads and threading.get_ident() not in reader.threads


def test_the_same_code_within_3_s_is_reported_once_and_again_after(
    qtbot: QtBot, scanner: CameraScanner, clock: FakeClock
) -> None:
    """A resident holding their phone still checks in once; shown again later, it counts."""
    frame = camera_frame(BOOKING)
    with qtbot.waitSignal(scanner.scanned, timeout=10_000):
        assert scanner.offer_frame(frame)
    for _ in range(2):
        clock.now += 1.0
        with qtbot.assertNotEmitted(scanner.scanned):
            decode(qtbot, scanner, frame)
    clock.now += 3.5
    decode(qtbot, scanner, camera_frame(None))  # the phone is taken away...
    clock.now += 1.0
    with qtbot.waitSignal(scanner.scanned, timeout=10_000) as signal:
        assert scanner.offer_frame(frame)  # ...and shown again more than 3 s after
    assert signal.args == [BOOKING]


def test_a_frame_with_no_code_reports_nothing(qtbot: QtBot, scanner: CameraScanner) -> None:
    """A blank wall is decoded and simply gives no code and no problem."""
    with qtbot.assertNotEmitted(scanner.scanned), qtbot.assertNotEmitted(scanner.failed):
        decode(qtbot, scanner, camera_frame(None))


def test_frames_are_taken_at_most_five_a_second_and_one_at_a_time(
    qtbot: QtBot, scanner: CameraScanner, clock: FakeClock
) -> None:
    """Frames arriving while one is decoded, or sooner than 0.2 s after it, are skipped."""
    blank = camera_frame(None)
    with qtbot.waitSignal(scanner.frame_done, timeout=10_000):
        assert scanner.offer_frame(blank)
        clock.now += 0.25
        assert not scanner.offer_frame(blank)  # the first is still being decoded
    clock.now += 0.1
    decode(qtbot, scanner, blank)  # 0.35 s after the first
    clock.now += 0.15
    assert not scanner.offer_frame(blank)  # only 0.15 s after the last one taken
    clock.now += 0.05
    assert not scanner.offer_frame(QImage())  # due, but an empty frame is never taken
    decode(qtbot, scanner, blank)


def test_an_overlong_code_is_refused_in_plain_english(qtbot: QtBot, scanner: CameraScanner) -> None:
    """A 2 kB QR code is not one of ours: the resident is told, and nothing is scanned."""
    with (
        qtbot.assertNotEmitted(scanner.scanned),
        qtbot.waitSignal(scanner.failed, timeout=10_000) as signal,
    ):
        assert scanner.offer_frame(camera_frame("A" * 2_000, scale=3))
    assert signal.args == ["That code is too long to be one of ours."]
