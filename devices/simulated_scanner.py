"""A simulated scanner for demos and UI tests: each page is a drawn sample letter.

It says what it is on the page itself ("SAMPLE SCAN"), so it can never pass for a real
document, and its name says "simulated" wherever staff see it. Real kiosks use SANE
(``devices.sane_scanner``) or a document camera (``ui.camera_scanner``).

Tests steer it: ``feeder_pages`` is how much paper sits in the feeder, ``fail_with`` makes
the next scan fail, and ``fail_after`` lets that many pages through first (a scanner
unplugged mid-batch).
"""

from __future__ import annotations

from collections.abc import Iterator
from threading import Event

from PIL import Image, ImageDraw, ImageFont

from core.scanning import (
    MM_PER_INCH,
    RawPage,
    ScanFailed,
    ScanProblem,
    ScanSettings,
    ScanSource,
)


class SimulatedScanner:
    """Implements core's PageScanner with a flatbed and a feeder."""

    def __init__(self, feeder_pages: int = 3) -> None:
        self.pages_scanned = 0
        self.feeder_pages = feeder_pages
        self.fail_with: ScanProblem | None = None
        self.fail_after = 0
        self.hold: Event | None = None  # when set, each page waits for it (a slow scanner)

    @property
    def name(self) -> str:
        return "Simulated scanner (sample pages)"

    def sources(self) -> tuple[ScanSource, ...]:
        return (ScanSource.FLATBED, ScanSource.FEEDER)

    def availability(self) -> str | None:
        if self.fail_with is ScanProblem.UNPLUGGED and self.fail_after == 0:
            return "The simulated scanner is unplugged"
        return None

    def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
        wanted = 1 if settings.source is not ScanSource.FEEDER else max_pages
        if settings.source is ScanSource.FEEDER and self.feeder_pages == 0:
            raise ScanFailed(ScanProblem.FEEDER_EMPTY)
        for done in range(wanted):
            if self.fail_with is not None and done >= self.fail_after:
                raise ScanFailed(self.fail_with, "simulated")
            if settings.source is ScanSource.FEEDER:
                if self.feeder_pages == 0:
                    return
                self.feeder_pages -= 1
            if self.hold is not None:
                self.hold.wait(timeout=30)
            self.pages_scanned += 1
            yield sample_page(settings, self.pages_scanned)
        if settings.source is ScanSource.FEEDER and self.feeder_pages > 0:
            raise ScanFailed(ScanProblem.TOO_MANY_PAGES)


def sample_page(settings: ScanSettings, number: int) -> RawPage:
    """A sample letter the size of the settings' paper: a heading, lines of text, a footer."""
    dpi = settings.dpi
    width = round(settings.page_mm[0] / MM_PER_INCH * dpi)
    height = round(settings.page_mm[1] / MM_PER_INCH * dpi)
    mode = "RGB" if settings.colour else "L"
    page = Image.new(mode, (width, height), "white")
    draw = ImageDraw.Draw(page)

    def mm(value: float) -> int:
        return round(value / MM_PER_INCH * dpi)

    heading: tuple[int, ...] | int = (30, 60, 140) if settings.colour else 60
    ink: tuple[int, ...] | int = (20, 20, 20) if settings.colour else 20
    draw.rectangle((mm(20), mm(20), width - mm(20), mm(40)), fill=heading)
    big = ImageFont.load_default(size=max(8, mm(7)))
    small = ImageFont.load_default(size=max(6, mm(3)))
    draw.text((mm(25), mm(24)), f"SAMPLE SCAN - page {number}", fill="white", font=big)
    for line in range(40):
        top = mm(55) + line * mm(5.5)
        if top > height - mm(30):
            break
        length = width - mm(40) - (line * 37 % 5) * mm(12)
        for word in range(0, length, mm(14)):
            draw.rectangle((mm(20) + word, top, mm(20) + word + mm(11), top + mm(2.4)), fill=ink)
    draw.text((mm(20), height - mm(20)), "civic-kiosk simulated scanner", fill=ink, font=small)
    pixels = page.tobytes()
    return RawPage(width, height, settings.colour, dpi, pixels)
