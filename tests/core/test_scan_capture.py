"""One document's pages while a resident scans: kept, replaced, removed, and never lost."""

from __future__ import annotations

from collections.abc import Iterator

from core.scan_capture import COLOUR_DPI, GRAY_DPI, Captured, CaptureSession, capture
from core.scanning import RawPage, ScanFailed, ScanProblem, ScanSettings, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner


def pages(count: int) -> Captured:
    return capture(
        SimulatedScanner(feeder_pages=count), ScanPipeline(), ScanSettings(ScanSource.FEEDER), count
    )


def test_settings_follow_the_document_gray_letters_and_colour_id() -> None:
    assert CaptureSession(colour=False, max_pages=5).settings(ScanSource.FEEDER) == ScanSettings(
        ScanSource.FEEDER, GRAY_DPI, False
    )
    assert CaptureSession(colour=True, max_pages=2).settings(ScanSource.FLATBED).dpi == COLOUR_DPI


def test_pages_beyond_the_limit_are_not_kept() -> None:
    session = CaptureSession(colour=False, max_pages=3)
    assert session.take(pages(2)) == 2
    assert session.room == 1
    assert session.take(pages(2)) == 1
    assert len(session.pages) == 3 and session.full


def test_a_rescan_replaces_just_that_page() -> None:
    session = CaptureSession(colour=False, max_pages=3)
    session.take(pages(3))
    first, second, third = session.pages
    session.rescan(1)
    assert session.room == 1  # a full document still has room for its rescan
    session.take(pages(1))
    assert session.pages[0] is first and session.pages[2] is third
    assert session.pages[1] is not second
    assert session.rescanning is None


def test_remove_and_wipe() -> None:
    session = CaptureSession(colour=False, max_pages=3)
    session.take(pages(3))
    kept = session.pages[1:]
    session.remove(0)
    assert session.pages == kept
    session.wipe()
    assert session.pages == [] and session.room == 3


def test_a_driver_that_breaks_mid_batch_keeps_what_came_before() -> None:
    class Breaks(SimulatedScanner):
        def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
            yield from super().scan(settings, 2)
            raise OSError("USB reset")

    done = capture(Breaks(feeder_pages=2), ScanPipeline(), ScanSettings(ScanSource.FEEDER), 5)
    assert len(done.pages) == 2
    assert isinstance(done.failure, ScanFailed)
    assert done.failure.problem is ScanProblem.BROKEN
    assert done.failure.detail == "OSError"


def test_a_page_with_the_wrong_number_of_bytes_is_corrupt_not_a_crash() -> None:
    class Garbled(SimulatedScanner):
        def scan(self, settings: ScanSettings, max_pages: int) -> Iterator[RawPage]:
            yield RawPage(2480, 3508, True, 300, b"\x00" * 1000)

    done = capture(Garbled(), ScanPipeline(), ScanSettings(), 1)
    assert done.pages == ()
    assert done.failure is not None and done.failure.problem is ScanProblem.CORRUPT


def test_the_flatbed_gives_one_page_per_press() -> None:
    scanner = SimulatedScanner()
    done = capture(scanner, ScanPipeline(), ScanSettings(ScanSource.FLATBED), 5)
    assert len(done.pages) == 1 and scanner.pages_scanned == 1
