"""Scanning evidence: what a scanner hands over, what a page becomes, and what can go wrong.

Drivers (SANE, a document camera, the simulated flatbed) give ``RawPage``s: plain 8-bit
pixels held only in memory. The scan pipeline (``devices``) straightens and checks each
one and keeps it as a compressed ``CapturedPage``; a finished document is bound into one
PDF, which is sealed before anything reaches the disk.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

MM_PER_INCH = 25.4
A4_MM = (210.0, 297.0)
# The longest side a page may have, in pixels: JPEG's own limit (a page is kept as a JPEG).
# No scanner's page comes near it: A3 at 1200 dpi is 19,843 pixels long.
MAX_PAGE_SIDE = 65_500


class ScanSource(StrEnum):
    """Where the paper is: on the glass, in the feeder, or under a document camera."""

    FLATBED = "flatbed"
    FEEDER = "feeder"
    CAMERA = "camera"


class ScanProblem(StrEnum):
    """Why a scan did not give a page. Screens say each in the resident's language."""

    UNPLUGGED = "unplugged"  # the scanner went away (cable, power, USB reset)
    JAMMED = "jammed"  # paper stuck in the feeder
    FEEDER_EMPTY = "feeder_empty"  # the feeder has no paper in it
    COVER_OPEN = "cover_open"
    BUSY = "busy"  # another program is using the scanner
    CORRUPT = "corrupt"  # the scanner sent a page that cannot be read as a picture
    TOO_MANY_PAGES = "too_many_pages"  # more paper is in the feeder than the document allows
    BROKEN = "broken"  # anything else the driver reports


PROBLEM_WORDS = {
    ScanProblem.UNPLUGGED: "The scanner is not connected.",
    ScanProblem.JAMMED: "Paper is stuck in the scanner's feeder.",
    ScanProblem.FEEDER_EMPTY: "There is no paper in the feeder.",
    ScanProblem.COVER_OPEN: "The scanner's cover is open.",
    ScanProblem.BUSY: "The scanner is busy.",
    ScanProblem.CORRUPT: "The scanner sent a page we could not read.",
    ScanProblem.TOO_MANY_PAGES: "There are more pages in the feeder than this document allows.",
    ScanProblem.BROKEN: "The scanner is not working.",
}


class ScanFailed(RuntimeError):
    """A scan stopped; ``problem`` says why, ``reason`` says it in plain English."""

    def __init__(self, problem: ScanProblem, detail: str = "") -> None:
        super().__init__(PROBLEM_WORDS[problem] + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.detail = detail  # for staff and logs: the driver's own words, never personal

    @property
    def reason(self) -> str:
        return PROBLEM_WORDS[self.problem]


@dataclass(frozen=True, slots=True)
class ScanSettings:
    """One scan's settings: source, resolution, colour or gray, and the paper size (mm)."""

    source: ScanSource = ScanSource.FLATBED
    dpi: int = 200
    colour: bool = False
    page_mm: tuple[float, float] = A4_MM


@dataclass(frozen=True, slots=True)
class RawPage:
    """A page as the scanner gave it: 8-bit gray (1 byte a pixel) or RGB (3), row by row."""

    width: int
    height: int
    colour: bool
    dpi: int
    pixels: bytes = field(repr=False)

    def check(self) -> None:
        """Raise ScanFailed(CORRUPT) unless the pixels match the stated size."""
        channels = 3 if self.colour else 1
        if self.width <= 0 or self.height <= 0 or self.dpi <= 0:
            raise ScanFailed(ScanProblem.CORRUPT, f"size {self.width}x{self.height}")
        if max(self.width, self.height) > MAX_PAGE_SIDE:
            raise ScanFailed(
                ScanProblem.CORRUPT, f"size {self.width}x{self.height}, over {MAX_PAGE_SIDE}"
            )
        if len(self.pixels) != self.width * self.height * channels:
            raise ScanFailed(
                ScanProblem.CORRUPT,
                f"{len(self.pixels)} bytes for {self.width}x{self.height}x{channels}",
            )


class PageScanner(Protocol):
    """A scanner: SANE on a real kiosk, a document camera, or simulated in demos.

    Every method may block (USB, network scanners): screens call them off the UI thread.
    """

    @property
    def name(self) -> str:
        """What staff see in selftest and status, e.g. "SANE test:0 (Noname frontend-tester)"."""
        ...

    def sources(self) -> tuple[ScanSource, ...]:
        """The sources this scanner has, flatbed first."""
        ...

    def availability(self) -> str | None:
        """None when ready to scan; otherwise why not, in plain English for staff."""
        ...

    def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
        """Scan pages: one from the flatbed or camera, up to ``max_pages`` from the feeder.

        Pages are yielded as they arrive. A failure raises ScanFailed after the pages
        already yielded, so they are kept. A feeder still holding paper after
        ``max_pages`` raises ScanFailed(TOO_MANY_PAGES) after the last page.
        """
        ...


class PageProblem(StrEnum):
    """What the quality checks found on a page; each is offered as a reason to rescan."""

    BLANK = "blank"
    TOO_DARK = "too_dark"
    TOO_LIGHT = "too_light"
    BLURRED = "blurred"
    CUT_OFF = "cut_off"
    SKEWED = "skewed"  # more crooked than can be put straight automatically


@dataclass(frozen=True, slots=True, weakref_slot=True)
class CapturedPage:
    """A page after the pipeline: straightened, checked and compressed; only ever in memory.

    ``jpeg`` is the page as it will go into the PDF; ``preview`` a small JPEG for the screen.
    Weak references are allowed so tests can prove a wiped page has left memory.
    """

    jpeg: bytes = field(repr=False)
    preview: bytes = field(repr=False)
    width: int
    height: int
    dpi: int
    colour: bool
    problems: tuple[PageProblem, ...] = ()
    straightened_by: float = 0.0  # degrees turned to put it straight
    cropped: bool = False  # trimmed to the edges of the paper

    @property
    def size_mm(self) -> tuple[float, float]:
        return (self.width * MM_PER_INCH / self.dpi, self.height * MM_PER_INCH / self.dpi)


class ScanProcessor(Protocol):
    """The scan pipeline (``devices.scan_pipeline``): pages in, one compact PDF out."""

    def develop(self, raw: RawPage, colour: bool) -> CapturedPage:
        """Straighten, crop, check and compress one page; ScanFailed(CORRUPT) if unreadable."""
        ...

    def bind(self, pages: Sequence[CapturedPage]) -> bytes:
        """The pages as one PDF (in memory), each page the size of its paper."""
        ...
