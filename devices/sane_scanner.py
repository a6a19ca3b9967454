"""The SANE scanner driver: flatbeds and document feeders on a real kiosk, via python-sane.

SANE is one C library shared by the whole process and is not thread-safe, and a scan
blocks for seconds. So SANE is started once (on first use), every call into it holds one
lock, and screens call this driver from a worker thread, never the UI thread. The lock is
never held while a page is handed over, so the pipeline can work on page 1 while the
feeder pulls page 2 and a status check can still run.

The device is opened for each scan and closed afterwards: a scanner that was unplugged and
plugged back in works again at the next scan, and no other program is locked out between
scans.

python-sane quirks this driver works around (see PLATFORM-NOTES, "Scanners (SANE)"):

- ``snap()`` reads ``pixels_per_line`` pixels a line and ignores SANE's ``bytes_per_line``;
  a backend that pads its lines would come out sheared, so such frames are refused as
  CORRUPT before they are read.
- ``snap()`` with 16-bit samples not allowed misreads the frame (twice the lines, reading
  past its line buffer); 16-bit frames are therefore read as 16-bit and cut to 8 here.
- three-pass colour (separate red, green and blue frames) comes out wrong; refused.
- errors come as ``_sane.error`` carrying only the status text (``sane_strstatus``), so
  problems are told apart by that (untranslated, English) text.
- setting a misspelt option name silently sets a Python attribute; names are checked first.
"""

from __future__ import annotations

import contextlib
import sys
import threading
from collections.abc import Callable, Generator, Mapping, Sequence
from typing import Any, Final, Protocol, cast

import sane  # type: ignore[import-untyped]

from core.scanning import (
    MM_PER_INCH,
    RawPage,
    ScanFailed,
    ScanProblem,
    ScanSettings,
    ScanSource,
)
from devices import broken_pipes

_SaneError: Final = cast(type[Exception], sane._sane.error)
_TYPE_INT: Final = cast(int, sane._sane.TYPE_INT)
_UNIT_PIXEL: Final = cast(int, sane._sane.UNIT_PIXEL)

# One lock for every call into SANE. Re-entrant, so that a scan abandoned mid-feed and
# finalised by the garbage collector on a thread already inside the driver cannot deadlock.
_LOCK = threading.RLock()
_started = False

# sane_strstatus texts (libsane, untranslated) and what they mean at the kiosk.
_PROBLEMS: Final = {
    "Document feeder jammed": ScanProblem.JAMMED,
    "Document feeder out of documents": ScanProblem.FEEDER_EMPTY,
    "Error during device I/O": ScanProblem.UNPLUGGED,
    "Scanner cover is open": ScanProblem.COVER_OPEN,
    "Device busy": ScanProblem.BUSY,
}
# What sane_open says for a device that is not there: "Invalid argument", or (libsane's dll
# layer, for a name without "backend:" after another name failed) "Operation not supported".
_NO_SUCH_DEVICE: Final = ("Invalid argument", "Operation not supported")
_NONE_LISTED: Final = "SANE lists no devices"
_NOT_STARTED: Final = "SANE could not start"

_FLATBED_WORDS: Final = ("flatbed", "normal", "platen", "document table", "glass")
_FEEDER_WORDS: Final = ("adf", "feeder", "automatic document feeder")
_COLOUR_WORDS: Final = ("color", "colour")
_GRAY_WORDS: Final = ("gray", "grey")
_NOT_PLAIN: Final = ("lineart", "halftone", "dither", "duplex", "back")


class _Device(Protocol):
    """What this driver uses of python-sane's ``SaneDev`` (options are read with getattr)."""

    opt: dict[str, Any]
    dev: Any  # the C handle; its snap() returns the raw frame without going through PIL

    def start(self) -> None: ...
    def cancel(self) -> None: ...
    def close(self) -> None: ...
    def get_parameters(self) -> tuple[str, int, tuple[int, int], int, int]: ...


def _start_sane() -> None:
    """Start SANE if it is not running. The caller holds ``_LOCK``."""
    global _started
    if not _started:
        try:
            sane.init()
        except _SaneError as error:
            raise ScanFailed(ScanProblem.BROKEN, f"{_NOT_STARTED} ({error})") from error
        _started = True


def restart_sane() -> None:
    """Stop and start SANE: every backend forgets its devices and options and looks again.

    Some backends look for USB scanners only when SANE starts, so this finds a scanner
    plugged in since. Only call it while no scan is running (open devices become invalid).
    Note: libsane reads ``SANE_CONFIG_DIR`` for its list of backends (dll.conf) only at the
    first start in a process; each backend's own config file is read again here.
    """
    global _started
    with _LOCK:
        if _started:
            sane.exit()
            _started = False
        sane.init()
        _started = True


def _problem(error: Exception) -> ScanProblem:
    return _PROBLEMS.get(str(error), ScanProblem.BROKEN)


def _failed(device: str, error: Exception, doing: str = "") -> ScanFailed:
    """A SANE error as ScanFailed, keeping the driver's own words for staff."""
    detail = f"{device}: {doing + ': ' if doing else ''}{error}"
    return ScanFailed(_problem(error), detail)


def _open(device: str) -> _Device:
    """Open a device; a device that is not there is UNPLUGGED. The caller holds ``_LOCK``."""
    try:
        return cast(_Device, sane.open(device))
    except _SaneError as error:
        if str(error) in _NO_SUCH_DEVICE:
            raise ScanFailed(ScanProblem.UNPLUGGED, f"{device}: not found ({error})") from error
        raise _failed(device, error, "open") from error


def _choose(values: Sequence[object], words: tuple[str, ...]) -> str | None:
    """The first plain choice (not lineart, duplex...) whose name contains one of ``words``."""
    names = [value for value in values if isinstance(value, str)]
    for name in names:
        lower = name.lower()
        if any(word in lower for word in words) and not any(bad in lower for bad in _NOT_PLAIN):
            return name
    return next((name for name in names if any(word in name.lower() for word in words)), None)


def _nearest(constraint: object, wanted: float) -> float:
    """The supported value nearest ``wanted``: from a list, or within a (min, max, step) range."""
    if isinstance(constraint, list) and constraint:
        return float(min(constraint, key=lambda value: abs(float(value) - wanted)))
    if isinstance(constraint, tuple) and len(constraint) == 3:
        low, high, step = (float(part) for part in constraint)
        value = min(max(wanted, low), high)
        if step > 0:
            value = min(low + round((value - low) / step) * step, high)
        return value
    return wanted


def _sources_of(device: _Device) -> tuple[str | None, str | None]:
    """The device's names for its flatbed and its feeder (None where it has none)."""
    option = device.opt.get("source")
    if option is None or not isinstance(option.constraint, list):
        return None, None
    return _choose(option.constraint, _FLATBED_WORDS), _choose(option.constraint, _FEEDER_WORDS)


class SaneScanner:
    """Implements core's PageScanner with a SANE device, e.g. "test:0" or the first found.

    ``options`` are extra backend options (SANE names, e.g. ``{"lamp-switch": True}``) set
    before each scan, after the standard ones, so a kiosk's config can override them.
    """

    def __init__(self, device: str | None = None, *, options: Mapping[str, object] = {}) -> None:
        self._device = device
        self._options = dict(options)
        self._found: tuple[str, str, str] | None = None  # (device, "vendor model", type)
        self._looked_up = False  # whether SANE's list was searched for a named device
        # Told each scan's outcome (None: it ended normally) once it is known, before the
        # device is cancelled and closed, which can hang inside libsane. The worker process
        # (devices.sane_worker) passes the outcome on to the kiosk from here.
        self.on_scan_ended: Callable[[ScanFailed | None], None] | None = None

    @staticmethod
    def list_devices() -> list[tuple[str, str]]:
        """The scanners SANE can see, as (device, "vendor model"); empty if SANE cannot start."""
        return [(name, description) for name, description, _type in _listing()]

    @property
    def name(self) -> str:
        found = self._lookup()
        if found is not None:
            return f"SANE {found[0]} ({found[1]})"
        return f"SANE {self._device}" if self._device else "SANE (no scanner found)"

    def availability(self) -> str | None:
        """None when the scanner opens; otherwise why not, in plain English for staff."""
        device = self._device or ""
        try:
            with _LOCK:
                _start_sane()
                device = self._resolve()
                self._open(device).close()
        except ScanFailed as failure:
            if failure.detail == _NONE_LISTED:
                return f"No scanner found ({_NONE_LISTED})"
            if failure.detail.startswith(_NOT_STARTED):
                return failure.detail
            if failure.problem is ScanProblem.UNPLUGGED:
                return f"Scanner {device} is not connected"
            if failure.problem is ScanProblem.BUSY:
                return f"Scanner {device} is busy (another program is using it)"
            return f"Scanner {device} is not working ({failure.detail})"
        return None

    def sources(self) -> tuple[ScanSource, ...]:
        """From the device's 'source' option, flatbed first; raises ScanFailed if it won't open."""
        with _LOCK:
            _start_sane()
            device = self._open(self._resolve())
            try:
                flatbed, feeder = _sources_of(device)
            finally:
                device.close()
        found = self._lookup()
        if flatbed is None and feeder is None:
            camera = found is not None and "camera" in found[2].lower()
            return (ScanSource.CAMERA,) if camera else (ScanSource.FLATBED,)
        return tuple(
            source
            for source, name in ((ScanSource.FLATBED, flatbed), (ScanSource.FEEDER, feeder))
            if name is not None
        )

    def scan(self, settings: ScanSettings, max_pages: int) -> Generator[RawPage, None, None]:
        """One page from the flatbed or camera; from the feeder, pages until it is empty.

        A feeder still holding paper after ``max_pages`` is found by starting one more
        sheet: if it starts, it is cancelled and TOO_MANY_PAGES raised after the last page.
        (On a real feeder that sheet may be pulled in and pushed out unscanned.)
        Closing the generator early cancels the scan and closes the device.
        The outcome is told to ``on_scan_ended`` before the device is cancelled and closed.
        """
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        pipes_ignored = broken_pipes.ignored_by_python()
        with _LOCK:
            _start_sane()
            name = self._resolve()
            device = self._open(name)
        try:
            try:
                yield from self._sheets(device, name, settings, max_pages)
            except ScanFailed as failure:
                self._scan_ended(failure)
                raise
            self._scan_ended(None)
        finally:
            with _LOCK:
                with contextlib.suppress(_SaneError):
                    device.cancel()  # ends the batch (pages were read without cancelling)
                device.close()
                if pipes_ignored:  # the page reader set SIGPIPE back to "end the process"
                    broken_pipes.ignore_again()

    def _sheets(
        self, device: _Device, name: str, settings: ScanSettings, max_pages: int
    ) -> Generator[RawPage, None, None]:
        """The scan itself, on an open device; ``scan`` cancels and closes it afterwards."""
        feeder = settings.source is ScanSource.FEEDER
        with _LOCK:
            try:
                dpi = self._configure(device, name, settings)
            except _SaneError as error:
                raise _failed(name, error, "setting up") from error
        for sheet in range(max_pages if feeder else 1):
            try:
                with _LOCK:
                    self._before_sheet(device, sheet)
                    device.start()
                    page = _read_sheet(device, name, dpi)
            except _SaneError as error:
                if feeder and sheet > 0 and _problem(error) is ScanProblem.FEEDER_EMPTY:
                    return  # the feeder ran out: the normal end of a batch
                raise _failed(name, error) from error
            yield page
        if feeder and _more_paper(device, name):
            raise ScanFailed(
                ScanProblem.TOO_MANY_PAGES, f"{name}: paper left after {max_pages} pages"
            )

    def _scan_ended(self, failure: ScanFailed | None) -> None:
        if self.on_scan_ended is not None:
            self.on_scan_ended(failure)

    def _before_sheet(self, device: _Device, sheet: int) -> None:
        """Called with the device open, just before each sheet (from 0) starts; does nothing.

        A seam for tests: the SANE test backend fails every read or none, so a test
        overrides this to make it fail from a later sheet on, as a real scanner can.
        """

    def _open(self, device: str) -> _Device:
        """Open this scanner's device. The caller holds ``_LOCK``.

        When the first device found was used and has gone, it is forgotten, so the next try
        lists again (a USB scanner plugged back in may come back under a new name).
        """
        try:
            return _open(device)
        except ScanFailed as failure:
            if self._device is None and failure.problem is ScanProblem.UNPLUGGED:
                self._found = None
            raise

    def _resolve(self) -> str:
        """The device to open: the one configured, or the first SANE lists. Holds ``_LOCK``."""
        if self._device is not None:
            return self._device
        if self._found is None:
            listing = _listing()
            if not listing:
                raise ScanFailed(ScanProblem.UNPLUGGED, _NONE_LISTED)
            self._found = listing[0]
        return self._found[0]

    def _lookup(self) -> tuple[str, str, str] | None:
        """This scanner's entry in SANE's list, if listed (remembered once found)."""
        if self._found is None and not (self._device and self._looked_up):
            self._looked_up = True
            self._found = next(
                (entry for entry in _listing() if self._device in (None, entry[0])), None
            )
        return self._found

    def _configure(self, device: _Device, name: str, settings: ScanSettings) -> int:
        """Set source, mode, depth, resolution, page area and the extra options; the real dpi."""
        flatbed, feeder = _sources_of(device)
        if settings.source is ScanSource.FEEDER:
            if feeder is None:
                raise ScanFailed(ScanProblem.BROKEN, f"{name} has no document feeder")
            _set(device, name, "source", feeder)
        elif settings.source is ScanSource.FLATBED and flatbed is not None:
            _set(device, name, "source", flatbed)
        mode = device.opt.get("mode")
        if mode is not None and isinstance(mode.constraint, list):
            wanted, other = (
                (_COLOUR_WORDS, _GRAY_WORDS) if settings.colour else (_GRAY_WORDS, _COLOUR_WORDS)
            )
            choice = _choose(mode.constraint, wanted) or _choose(mode.constraint, other)
            if choice is not None:
                _set(device, name, "mode", choice)
        depth = device.opt.get("depth")
        if depth is not None and _usable(depth) and _nearest(depth.constraint, 8) == 8:
            _set(device, name, "depth", 8)
        resolution = device.opt.get("resolution")
        if resolution is not None and _usable(resolution):
            _set(device, name, "resolution", _nearest(resolution.constraint, settings.dpi))
        _set_area(device, name, settings)
        for option, value in self._options.items():
            _set(device, name, option, value, required=True)
        resolution = device.opt.get("resolution")  # options may have been reloaded
        if resolution is not None and resolution.is_active():
            return round(float(device.dev.get_option(resolution.index)))
        return settings.dpi


def _listing() -> list[tuple[str, str, str]]:
    """SANE's devices as (device, "vendor model", type); empty if SANE cannot start."""
    try:
        with _LOCK:
            _start_sane()
            devices = sane.get_devices()
    except (ScanFailed, _SaneError):
        return []
    return [(str(d[0]), f"{d[1]} {d[2]}".strip(), str(d[3])) for d in devices]


def _usable(option: Any) -> bool:
    return bool(option.is_active() and option.is_settable())


def _set(device: _Device, name: str, option: str, value: object, required: bool = False) -> None:
    """Set one option by its SANE name; INT options get whole numbers, FIXED ones floats."""
    key = option.replace("-", "_")
    described = device.opt.get(key)
    if described is None or not _usable(described):
        if required:
            raise ScanFailed(ScanProblem.BROKEN, f"{name} has no settable option {option}")
        return
    if isinstance(value, float) and described.type == _TYPE_INT:
        value = round(value)
    try:
        setattr(device, key, value)
    except _SaneError as error:
        raise _failed(name, error, f"setting {option} to {value!r}") from error
    except (TypeError, AttributeError) as error:
        raise ScanFailed(ScanProblem.BROKEN, f"{name}: {option}={value!r}: {error}") from error


def _set_area(device: _Device, name: str, settings: ScanSettings) -> None:
    """Scan from the top-left corner over the page size, clamped to what the device reaches."""
    dpi = float(settings.dpi)
    width, height = settings.page_mm
    for key, wanted in (("tl_x", 0.0), ("tl_y", 0.0), ("br_x", width), ("br_y", height)):
        option = device.opt.get(key)
        if option is None or not _usable(option):
            continue
        if option.unit == _UNIT_PIXEL:
            wanted = wanted * dpi / MM_PER_INCH
        constraint = option.constraint
        if isinstance(constraint, tuple) and len(constraint) == 3:
            wanted = min(max(wanted, float(constraint[0])), float(constraint[1]))
        _set(device, name, key, wanted)


def _read_sheet(device: _Device, name: str, dpi: int) -> RawPage:
    """Read one started frame into a RawPage (8-bit; 1-bit becomes 0/255, 16-bit is cut to 8).

    Raises ScanFailed(CORRUPT) for frames python-sane cannot read right or whose size does
    not match what the scanner announced; SANE's own errors pass through as ``_sane.error``.
    """
    frame, last_frame, (per_line, lines), depth, bytes_per_line = device.get_parameters()
    channels = {"gray": 1, "color": 3}.get(frame)
    if channels is None or not last_frame:
        raise ScanFailed(ScanProblem.CORRUPT, f"{name}: {frame} frames are not supported")
    if depth == 1:
        expected = channels * ((per_line + 7) // 8)
    elif depth in (8, 16):
        expected = per_line * channels * depth // 8
    else:
        raise ScanFailed(ScanProblem.CORRUPT, f"{name}: {depth}-bit samples")
    if bytes_per_line != expected:
        raise ScanFailed(
            ScanProblem.CORRUPT,
            f"{name}: {bytes_per_line} bytes a line for {per_line} pixels of {depth} bits",
        )
    data, width, height, samples, sample_size = device.dev.snap(True, True, None)
    if sample_size == 2:  # 16-bit samples in the machine's byte order: keep the high byte
        pixels = bytes(memoryview(data)[(1 if sys.byteorder == "little" else 0) :: 2])
    else:
        pixels = bytes(data)
    if lines > 0 and height != lines:
        raise ScanFailed(ScanProblem.CORRUPT, f"{name}: {height} lines of {lines} announced")
    page = RawPage(int(width), int(height), samples == 3, dpi, pixels)
    page.check()
    return page


def _more_paper(device: _Device, name: str) -> bool:
    """Whether the feeder holds another sheet: try to start it.

    A sheet that starts is left for ``scan`` to cancel, after the outcome has been told:
    cancelling a started sheet is where libsane's threaded readers can hang.
    """
    with _LOCK:
        try:
            device.start()
        except _SaneError as error:
            if _problem(error) is ScanProblem.FEEDER_EMPTY:
                return False
            raise _failed(name, error) from error
        return True
