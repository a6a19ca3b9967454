"""Capturing one document page by page, as a stranger at a touchscreen does it.

``CaptureSession`` holds the pages scanned so far for one document (only in memory), and
knows the document's limits: colour or gray, and how many pages. ``capture`` is the slow
part (the scanner, then the pipeline); screens run it off the UI thread. Whatever goes
wrong, the pages already captured are kept and the reason comes back with them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from core.scanning import (
    CapturedPage,
    PageScanner,
    ScanFailed,
    ScanProblem,
    ScanProcessor,
    ScanSettings,
    ScanSource,
)

log = logging.getLogger(__name__)

GRAY_DPI = 200  # letters and forms: legible, and a third of colour's size
COLOUR_DPI = 300  # passports and photos: the photo must be recognisable


@dataclass(frozen=True, slots=True)
class Captured:
    """What one press of Scan brought: the new pages, and why it stopped early, if it did."""

    pages: tuple[CapturedPage, ...]
    failure: ScanFailed | None = None


def capture(
    scanner: PageScanner,
    processor: ScanProcessor,
    settings: ScanSettings,
    max_pages: int,
    on_page: Callable[[int], None] = lambda _count: None,
) -> Captured:
    """Scan and develop pages; never raises. Blocking: call it off the UI thread.

    ``on_page(n)`` is called (on this thread) as each page is done, so a screen can count.
    """
    pages: list[CapturedPage] = []
    failure: ScanFailed | None = None
    try:
        for raw in scanner.scan(settings, max_pages):
            pages.append(processor.develop(raw, settings.colour))
            on_page(len(pages))
            if len(pages) >= max_pages and settings.source is not ScanSource.FEEDER:
                break
    except ScanFailed as exc:
        failure = exc
    except Exception as exc:  # a driver fault must never lose the pages already taken
        log.warning("the scanner failed: %s", type(exc).__name__)
        failure = ScanFailed(ScanProblem.BROKEN, type(exc).__name__)
    return Captured(tuple(pages), failure)


@dataclass
class CaptureSession:
    """One document's pages while the resident scans it."""

    colour: bool
    max_pages: int
    pages: list[CapturedPage] = field(default_factory=list)
    rescanning: int | None = None  # the page being scanned again, if any

    def settings(self, source: ScanSource) -> ScanSettings:
        return ScanSettings(source, COLOUR_DPI if self.colour else GRAY_DPI, self.colour)

    @property
    def room(self) -> int:
        """How many more pages may be added (a rescan always has room for its page)."""
        if self.rescanning is not None:
            return 1
        return max(0, self.max_pages - len(self.pages))

    @property
    def full(self) -> bool:
        return self.room == 0

    def take(self, captured: Captured) -> int:
        """Keep new pages (replacing the one being rescanned); returns how many were kept.

        Pages beyond the document's limit are dropped; the caller says so.
        """
        new = list(captured.pages)
        if not new:
            return 0
        if self.rescanning is not None and self.rescanning < len(self.pages):
            self.pages[self.rescanning] = new.pop(0)
            self.rescanning = None
            return 1
        self.rescanning = None
        kept = new[: self.room]
        self.pages.extend(kept)
        return len(kept)

    def rescan(self, index: int) -> None:
        """The next scan replaces page ``index`` (0-based)."""
        if not 0 <= index < len(self.pages):
            raise IndexError(index)
        self.rescanning = index

    def remove(self, index: int) -> None:
        del self.pages[index]
        if self.rescanning is not None:
            self.rescanning = None

    def wipe(self) -> None:
        """Forget every page (idle, cancel, or sent)."""
        self.pages.clear()
        self.rescanning = None
