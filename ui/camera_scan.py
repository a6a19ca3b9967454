"""Reading a booking QR code held up to the kiosk's camera (Qt Multimedia plus a CodeReader).

Frames arrive from the camera many times a second. At most ``frames_per_second`` of them
are taken, one at a time, and decoded on a worker thread: the UI thread only converts the
frame to a QImage. A code seen again within ``repeat_after_s`` is not reported twice.

Usage::

    if CameraScanner.available():
        camera = CameraScanner(services.code_reader, screen)
        camera.scanned.connect(screen.check_in)
        camera.failed.connect(screen.show_problem)
        camera.start()
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from core.code_reader import CodeReader, CodeTooLong
from ui.background import BackgroundOp

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QVideoFrame, QVideoSink

log = logging.getLogger(__name__)

# Plain English for now: wrapping these in self.tr() needs their translations in assets/i18n.
NO_CAMERA = "The camera could not be started."
TOO_LONG = "That code is too long to be one of ours."
_TOO_LONG_KEY = "\0too long"  # the de-duplication key for refused codes: never a real text


def _decode(reader: CodeReader, image: QImage) -> list[str]:
    """Runs on a worker thread: the texts of the QR codes in ``image``."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = bytes(grey.constBits())
    return reader.decode_luminance(pixels, grey.width(), grey.height(), grey.bytesPerLine())


class CameraScanner(QObject):
    """Watches the camera for QR codes while started.

    Args:
        reader: decodes greyscale frames (devices.qr.ZxingCodeReader, handed over by main.py).
        frames_per_second: the most frames decoded each second.
        repeat_after_s: a code seen again sooner than this after it was last seen is ignored.
        clock: seconds from a monotonic clock (tests pass their own).

    Signals:
        scanned(str): a QR code's text.
        failed(str): a plain-English problem to show the resident.
        frame_done(): a frame has been decoded, whatever was found (for tests and metrics).
    """

    scanned = Signal(str)
    failed = Signal(str)
    frame_done = Signal()

    def __init__(
        self,
        reader: CodeReader,
        parent: QObject | None = None,
        *,
        frames_per_second: float = 5.0,
        repeat_after_s: float = 3.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._reader = reader
        self._interval = 1.0 / frames_per_second
        self._repeat_after = repeat_after_s
        self._clock = clock
        self._last_taken: float | None = None
        self._busy = False
        self._seen: dict[str, float] = {}
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._sink: QVideoSink | None = None

    @staticmethod
    def available() -> bool:
        """True when this terminal has a camera; without one, screens do not offer scanning."""
        from PySide6.QtMultimedia import QMediaDevices

        return bool(QMediaDevices.videoInputs())

    @property
    def running(self) -> bool:
        """True between start() and stop() while the camera works."""
        return self._camera is not None

    def start(self) -> None:
        """Switch the camera on and watch for codes; ``failed`` if there is no working camera."""
        if self._camera is not None:
            return
        from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.failed.emit(NO_CAMERA)
            return
        self._camera = QCamera(device, self)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._on_video_frame)
        self._camera.errorOccurred.connect(self._on_camera_error)
        self._camera.start()

    def stop(self) -> None:
        """Switch the camera off; a decode already running still reports its result."""
        camera, session, sink = self._camera, self._session, self._sink
        self._camera = self._session = self._sink = None
        if camera is not None:
            camera.stop()
            camera.deleteLater()
        for part in (session, sink):
            if part is not None:
                part.deleteLater()
        self._seen.clear()

    def offer_frame(self, image: QImage) -> bool:
        """Decode ``image`` in the background if it is time for a frame; False if skipped."""
        now = self._clock()
        if not self._ready(now) or image.isNull():
            return False
        self._busy = True
        self._last_taken = now
        reader = self._reader
        BackgroundOp(self, lambda: _decode(reader, image)).success(
            lambda texts: self._decoded(texts, now)
        ).failure(lambda exc: self._decode_failed(exc, now)).run()
        return True

    def _ready(self, now: float) -> bool:
        # Frames are dropped while one is being decoded, and until the next one is due.
        if self._busy:
            return False
        return self._last_taken is None or now - self._last_taken >= self._interval

    def _on_video_frame(self, frame: QVideoFrame) -> None:
        if self._ready(self._clock()):  # decide before paying for toImage()
            self.offer_frame(frame.toImage())

    def _on_camera_error(self, error: QCamera.Error, detail: str) -> None:
        log.warning("camera error %s: %s", error.name, detail)
        self.stop()
        self.failed.emit(NO_CAMERA)

    def _decoded(self, texts: list[str], at: float) -> None:
        self._busy = False
        for text in texts:
            if self._first_sighting(text, at):
                self.scanned.emit(text)
        self.frame_done.emit()

    def _decode_failed(self, exc: Exception, at: float) -> None:
        self._busy = False
        if isinstance(exc, CodeTooLong):
            if self._first_sighting(_TOO_LONG_KEY, at):
                self.failed.emit(TOO_LONG)
        else:
            log.error("a camera frame could not be decoded: %s", type(exc).__name__)
        self.frame_done.emit()

    def _first_sighting(self, key: str, at: float) -> bool:
        """Note that ``key`` was seen at ``at``; True unless it was also seen just before."""
        self._seen = {k: t for k, t in self._seen.items() if at - t < self._repeat_after}
        fresh = key not in self._seen
        self._seen[key] = at
        return fresh
