"""A document camera as a scanner: a picture of the paper under the camera, kept in memory.

Some council kiosks have a document camera on a stand instead of a flatbed. This module makes
one look like any other ``core.scanning.PageScanner``, so the scan screens and the scan
pipeline do not care which they have. It lives in ``ui`` because Qt Multimedia drives the
camera, and Qt's camera objects belong to the UI thread.

Threads. The scanner is made on the UI thread, which owns the QCamera, QMediaCaptureSession
and QImageCapture. Screens call ``scan()`` from a worker (``ui.background.BackgroundOp``),
as they do for every scanner: ``scan()`` posts a request to the UI thread through a queued
signal and waits, at most ``answer_within_s``, for the picture or the camera's error to come
back. Called on the UI thread itself it would wait for an answer that thread can never give,
so it refuses at once with RuntimeError.

Privacy. The picture is taken with ``QImageCapture.capture()``, which hands over a QImage in
memory; ``captureToFile`` is never used, so nothing reaches the disk.

Resolution. A camera has no true dpi. The page's dpi is worked out from the picture: the
camera is set up (on its stand) so the paper fills the picture along its long side, so the
frame's long side in pixels spans the paper's long side in millimetres (``frame_dpi``). The
PDF page then comes out the size of the paper. ``ScanSettings.dpi`` is not used: a camera's
resolution is its sensor's. A stand framing a larger area than the paper (an A3 stand with
A4 paper) makes pages come out smaller than life; set ``ScanSettings.page_mm`` to the area
the stand frames in that case.

Usage (main.py and the scan page)::

    scanner = CameraScanner("IPEVO")     # kiosk.scanner = "camera:IPEVO"; on the UI thread
    scanner.video_output(page.preview)   # a QVideoWidget on the capture page
    page.shown.connect(scanner.start)    # the preview runs while the page shows ...
    page.hidden.connect(scanner.stop)    # ... and the camera's light goes off after

Qt Multimedia is imported at the top: only main.py imports this module, and only on a kiosk
configured with a document camera.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QCameraFormat,
    QImageCapture,
    QMediaCaptureSession,
    QMediaDevices,
)

from core.scanning import (
    MM_PER_INCH,
    RawPage,
    ScanFailed,
    ScanProblem,
    ScanSettings,
    ScanSource,
)

log = logging.getLogger(__name__)

NO_CAMERA = "No document camera is connected"
ANSWER_WITHIN_S = 15.0  # a camera that is switched on and focused answers in well under this
# A camera just switched on takes its first frames before its exposure and focus have
# settled (dark or blurred pages), so a picture waits this long after switching on.
SETTLE_S = 1.5


def qimage_to_raw_page(image: QImage, colour: bool, dpi: int) -> RawPage:
    """The picture as a RawPage: 8-bit gray, or RGB when ``colour``; rows without padding.

    Qt pads each row of a QImage to a multiple of 4 bytes (``bytesPerLine``), while a RawPage
    is rows packed end to end, so rows are copied one by one whenever there is padding.
    """
    if image.isNull() or image.width() <= 0 or image.height() <= 0:
        raise ScanFailed(ScanProblem.CORRUPT, "the camera gave an empty picture")
    wanted = QImage.Format.Format_RGB888 if colour else QImage.Format.Format_Grayscale8
    pixels_image = image if image.format() == wanted else image.convertToFormat(wanted)
    width, height = pixels_image.width(), pixels_image.height()
    row_bytes = width * (3 if colour else 1)
    stride = pixels_image.bytesPerLine()
    bits = pixels_image.constBits()
    if stride == row_bytes:
        pixels = bytes(bits[: row_bytes * height])
    else:
        pixels = b"".join(bits[y * stride : y * stride + row_bytes] for y in range(height))
    page = RawPage(width=width, height=height, colour=colour, dpi=dpi, pixels=pixels)
    page.check()
    return page


def frame_dpi(width: int, height: int, page_mm: tuple[float, float]) -> int:
    """The dpi of a picture whose long side spans the paper's long side (see module notes)."""
    long_mm = max(page_mm)
    if long_mm <= 0:
        raise ValueError(f"paper size {page_mm} mm")
    return max(1, round(max(width, height) * MM_PER_INCH / long_mm))


class _Picture:
    """One request for a picture, shared by the waiting worker and the UI thread.

    The UI thread answers with an image or a failure; the worker may give up first. The lock
    makes "answered" and "given up" exclusive, so a late answer is simply dropped.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answered = threading.Event()
        self._image: QImage | None = None
        self._failure: ScanFailed | None = None
        self.given_up = False

    def answer(self, image: QImage) -> None:
        with self._lock:
            if not self.given_up and not self._answered.is_set():
                self._image = image
                self._answered.set()

    def fail(self, problem: ScanProblem, detail: str) -> None:
        with self._lock:
            if not self.given_up and not self._answered.is_set():
                self._failure = ScanFailed(problem, detail)
                self._answered.set()

    def wait(self, timeout_s: float) -> QImage:
        """The picture; ScanFailed with the camera's problem, or BROKEN if no answer came."""
        self._answered.wait(timeout_s)
        with self._lock:
            if not self._answered.is_set():
                self.given_up = True
                raise ScanFailed(ScanProblem.BROKEN, "camera did not answer")
        if self._failure is not None:
            raise self._failure
        assert self._image is not None
        return self._image


class _CameraDesk(QObject):
    """The part on the UI thread: owns the Qt camera objects and answers picture requests."""

    asked = Signal(object)  # a _Picture, emitted from the worker, handled on the UI thread
    abandoned = Signal(object)  # a _Picture whose worker stopped waiting

    def __init__(self, wanted: str | None, parent: QObject | None) -> None:
        super().__init__(parent)
        self._wanted = wanted
        self._lock = threading.Lock()  # guards _description, read from worker threads
        self._description: str | None = None
        self._device: QCameraDevice | None = None
        self._camera: QCamera | None = None
        self._session = QMediaCaptureSession(self)
        self._capture = QImageCapture(self)
        self._session.setImageCapture(self._capture)
        self._wanted_on = False  # a screen showing the preview has asked for the camera
        self._picture: _Picture | None = None
        self._capture_id: int | None = None  # the capture answering _picture, once asked
        self._on_since: float | None = None  # monotonic time the camera was switched on

        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._refresh_devices)
        self._capture.imageCaptured.connect(self._on_image_captured)
        self._capture.errorOccurred.connect(self._on_capture_error)
        self._capture.readyForCaptureChanged.connect(self._on_ready_changed)
        queued = Qt.ConnectionType.QueuedConnection
        self.asked.connect(self._take_picture, queued)
        self.abandoned.connect(self._forget, queued)
        self._refresh_devices()

    # --- read from any thread -------------------------------------------------------------

    def description(self) -> str | None:
        """The chosen camera's name, or None when it is not connected."""
        with self._lock:
            return self._description

    # --- UI thread only -------------------------------------------------------------------

    @property
    def is_on(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def start(self) -> None:
        self._wanted_on = True
        self._switch_on()

    def stop(self) -> None:
        self._wanted_on = False
        if self._picture is None:
            self._switch_off()
        # else the camera goes off once the picture being taken has come back

    def video_output(self, output: QObject | None) -> None:
        self._session.setVideoOutput(output)  # type: ignore[arg-type]  # None: no preview

    def _refresh_devices(self) -> None:
        """Choose the camera again, as one was plugged in or out; keep ours while it is there."""
        devices = QMediaDevices.videoInputs()
        ours = self._device
        still_here = ours is not None and any(d.id() == ours.id() for d in devices)
        device = ours if still_here else _choose(devices, self._wanted)
        with self._lock:
            self._description = None if device is None else device.description()
        if device is not None and self._device is not None and device.id() == self._device.id():
            return
        if self._camera is not None:
            log.info("document camera changed: %s", "gone" if device is None else "another")
            self._close_camera()
            self._fail_picture(ScanProblem.UNPLUGGED, "the camera was disconnected")
        self._device = device
        if device is not None and self._wanted_on:
            self._switch_on()

    def _switch_on(self) -> bool:
        """Switch the chosen camera on; False when none is connected."""
        if self._device is None:
            return False
        if self._camera is None:
            self._camera = QCamera(self._device, self)
            best = _best_format(self._device)
            if best is not None:
                self._camera.setCameraFormat(best)
            self._camera.errorOccurred.connect(self._on_camera_error)
            self._session.setCamera(self._camera)
        if self._on_since is None:
            self._on_since = time.monotonic()
        self._camera.start()
        return True

    def _switch_off(self) -> None:
        self._on_since = None
        if self._camera is not None:
            self._camera.stop()

    def _close_camera(self) -> None:
        camera, self._camera = self._camera, None
        self._on_since = None
        if camera is not None:
            camera.stop()
            self._session.setCamera(None)  # type: ignore[arg-type]  # Qt accepts nullptr
            camera.deleteLater()

    def _take_picture(self, picture: _Picture) -> None:
        if picture.given_up:
            return
        if self._picture is not None and not self._picture.given_up:
            picture.fail(ScanProblem.BUSY, "the camera is already taking a picture")
            return
        self._refresh_devices()  # in case the plug-in/out notice has not come yet
        self._picture, self._capture_id = picture, None
        if not self.is_on and not self._switch_on():
            self._fail_picture(ScanProblem.UNPLUGGED, "no camera connected")
            return
        self._capture_when_ready()

    def _capture_when_ready(self) -> None:
        # A camera just switched on is not ready yet; readyForCaptureChanged brings us back.
        if self._picture is None or self._capture_id is not None:
            return
        if not self._capture.isReadyForCapture():
            return
        settling_s = SETTLE_S - (time.monotonic() - (self._on_since or 0.0))
        if settling_s > 0:
            QTimer.singleShot(round(settling_s * 1000) + 1, self, self._capture_when_ready)
            return
        capture_id = self._capture.capture()  # in memory: imageCaptured, never a file
        if capture_id != -1 and self._picture is not None:
            self._capture_id = capture_id
        # -1: errorOccurred has already said why, and failed the picture

    def _on_ready_changed(self, ready: bool) -> None:
        if ready:
            self._capture_when_ready()

    def _on_image_captured(self, capture_id: int, image: QImage) -> None:
        if self._picture is None or capture_id != self._capture_id:
            return  # a capture for a request the worker gave up on
        self._picture.answer(image)
        self._done()

    def _on_capture_error(self, capture_id: int, error: QImageCapture.Error, text: str) -> None:
        log.warning("document camera capture error %s: %s", error.name, text)
        if self._picture is None:
            return
        if capture_id not in (-1, self._capture_id):
            return
        gone = error is QImageCapture.Error.ResourceError or self.description() is None
        self._fail_picture(ScanProblem.UNPLUGGED if gone else ScanProblem.BROKEN, text)

    def _on_camera_error(self, error: QCamera.Error, text: str) -> None:
        log.warning("document camera error %s: %s", error.name, text)
        self._refresh_devices()
        gone = self.description() is None
        self._fail_picture(ScanProblem.UNPLUGGED if gone else ScanProblem.BROKEN, text)
        self._switch_off()

    def _fail_picture(self, problem: ScanProblem, detail: str) -> None:
        if self._picture is not None:
            self._picture.fail(problem, detail)
            self._done()

    def _forget(self, picture: _Picture) -> None:
        if picture is self._picture:
            self._done()

    def _done(self) -> None:
        """The picture is answered (or given up): the camera goes off unless a screen wants it."""
        self._picture, self._capture_id = None, None
        if not self._wanted_on:
            self._switch_off()


def _choose(devices: list[QCameraDevice], wanted: str | None) -> QCameraDevice | None:
    """The camera whose name contains ``wanted`` (any case), else the first camera."""
    if wanted:
        return next((d for d in devices if wanted.casefold() in d.description().casefold()), None)
    return devices[0] if devices else None


def _best_format(device: QCameraDevice) -> QCameraFormat | None:
    """The camera's largest picture size, the quickest of those: small print must be legible.

    Qt's camera backend takes the picture from the video stream, so the stream's size is
    the picture's size.
    """
    formats = device.videoFormats()
    if not formats:
        return None
    return max(
        formats,
        key=lambda f: (f.resolution().width() * f.resolution().height(), f.maxFrameRate()),
    )


class CameraScanner:
    """Implements core's PageScanner with a document camera (Qt Multimedia).

    Args:
        device: part of the camera's name, as staff configure it (e.g. "IPEVO"); None takes
            the first camera this computer has.
        parent: the Qt object the camera's parts belong to (the main window).
        answer_within_s: how long ``scan()`` waits for the camera before giving up.

    Make it on the UI thread; call ``scan()`` from a worker thread; call ``start()``,
    ``stop()`` and ``video_output()`` on the UI thread.
    """

    def __init__(
        self,
        device: str | None = None,
        parent: QObject | None = None,
        *,
        answer_within_s: float = ANSWER_WITHIN_S,
    ) -> None:
        app = QCoreApplication.instance()
        if app is None or not app.thread().isCurrentThread():
            raise RuntimeError("make the CameraScanner on the UI thread, after the application")
        self._ui_thread = app.thread()  # lives as long as the application
        self._wanted = device
        self._answer_within_s = answer_within_s
        self._desk = _CameraDesk(device, parent)

    @property
    def name(self) -> str:
        description = self._desk.description()
        return f"Document camera ({description or 'none connected'})"

    def sources(self) -> tuple[ScanSource, ...]:
        return (ScanSource.CAMERA,)

    def availability(self) -> str | None:
        """None when the camera is connected; otherwise says so, for staff (any thread)."""
        if self._desk.description() is not None:
            return None
        return f'{NO_CAMERA} (looking for "{self._wanted}")' if self._wanted else NO_CAMERA

    @property
    def is_on(self) -> bool:
        """True while the camera is switched on (its light is on). UI thread."""
        return self._desk.is_on

    def start(self) -> None:
        """Switch the camera on for the preview; do nothing when none is connected. UI thread.

        A camera needs a moment to set its exposure and focus, so screens start it when the
        capture page shows, not when the resident presses Scan.
        """
        self._on_ui_thread("start()")
        self._desk.start()

    def stop(self) -> None:
        """Switch the camera (and its light) off, once any picture being taken is done."""
        self._on_ui_thread("stop()")
        self._desk.stop()

    def video_output(self, output: QObject | None) -> None:
        """Show the live picture in ``output`` (a QVideoWidget, or a QVideoSink to paint)."""
        self._on_ui_thread("video_output()")
        self._desk.video_output(output)

    def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
        """One picture of the paper under the camera, whatever ``settings.source`` says.

        Call from a worker thread. On the UI thread this raises RuntimeError at once: the
        picture is taken on the UI thread, which could not take it while waiting here.
        Raises ScanFailed(UNPLUGGED) when no camera is connected, and ScanFailed(BROKEN)
        when the camera does not answer within ``answer_within_s``.
        """
        if self._ui_thread.isCurrentThread():
            raise RuntimeError("CameraScanner.scan() called on the UI thread would deadlock")
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        return self._one_page(settings)

    def _one_page(self, settings: ScanSettings) -> Iterator[RawPage]:
        picture = _Picture()
        try:
            self._desk.asked.emit(picture)
        except RuntimeError as exc:  # the window owning the camera has been closed
            raise ScanFailed(ScanProblem.BROKEN, "the camera has been closed") from exc
        try:
            image = picture.wait(self._answer_within_s)
        except ScanFailed as failed:
            if picture.given_up:
                log.error("document camera gave no answer within %.0f s", self._answer_within_s)
                with contextlib.suppress(RuntimeError):  # the camera's window has closed
                    self._desk.abandoned.emit(picture)
            raise failed
        dpi = frame_dpi(image.width(), image.height(), settings.page_mm)
        yield qimage_to_raw_page(image, settings.colour, dpi)

    def _on_ui_thread(self, what: str) -> None:
        if not self._ui_thread.isCurrentThread():
            raise RuntimeError(f"CameraScanner.{what} belongs on the UI thread")
