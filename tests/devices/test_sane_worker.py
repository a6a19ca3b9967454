"""SANE through its worker process (devices.sane_worker), against SANE's real test backend.

Each IsolatedSaneScanner starts a worker of its own, with a fresh libsane: the backend in
its default state and a full feeder. The worker inherits SANE_CONFIG_DIR (the private config
of ``sane_support``) when it starts.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip(
    "sane", reason="python-sane is not installed (CI installs it)", exc_type=ImportError
)

from core.scanning import A4_MM, RawPage, ScanFailed, ScanProblem, ScanSettings, ScanSource
from devices.sane_scanner import SaneScanner
from devices.sane_worker import STOPPED_ANSWERING, IsolatedSaneScanner
from devices.scanner_choice import first_sane_scanner
from tests.devices.sane_support import (  # noqa: F401 - fixtures are found by name
    FEEDER_SHEETS,
    GRID,
    TEST_DEVICE,
    CancelNeverReturns,
    is_a4,
    sane_private_config,
    sane_test_backend,
    scan_all,
)

pytestmark = pytest.mark.usefixtures("sane_private_config")

FEEDER = ScanSettings(source=ScanSource.FEEDER, dpi=100)
# Small slow sheets: the test backend waits 0.2 s before each sheet's data (one buffer).
SLOW = {**GRID, "read-delay": True, "read-delay-duration": 200_000}
SMALL_FEEDER = ScanSettings(source=ScanSource.FEEDER, dpi=100, page_mm=(50.0, 50.0))
SMALL_FLATBED = ScanSettings(dpi=100, page_mm=(50.0, 50.0))

Isolated = Callable[..., IsolatedSaneScanner]


@pytest.fixture
def isolated() -> Iterator[Isolated]:
    """Makes IsolatedSaneScanners (test:0 unless told); their workers are stopped afterwards."""
    made: list[IsolatedSaneScanner] = []

    def make(device: str | None = TEST_DEVICE, **settings: object) -> IsolatedSaneScanner:
        scanner = IsolatedSaneScanner(device, **settings)  # type: ignore[arg-type]
        made.append(scanner)
        return scanner

    yield make
    for scanner in made:
        scanner.close()


def gone(pid: int) -> bool:
    """Whether no process has this id (a worker that was ended and reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def worker_of(scanner: IsolatedSaneScanner) -> int:
    """The scanner's worker process, started now if it has none."""
    assert scanner.availability() is None
    pid = scanner.worker_pid
    assert pid is not None and pid != os.getpid()
    return pid


@pytest.mark.usefixtures("sane_test_backend")
def test_an_a4_colour_page_comes_through_the_worker_as_scanned(isolated: Isolated) -> None:
    settings = ScanSettings(dpi=300, colour=True, page_mm=A4_MM)
    (in_process,) = SaneScanner(TEST_DEVICE, options=GRID).scan(settings, 1)

    (page,) = isolated(options=GRID).scan(settings, 1)

    assert is_a4(page) and page.dpi == 300 and page.colour
    assert len(page.pixels) == page.width * page.height * 3
    assert (page.width, page.height) == (in_process.width, in_process.height)
    assert page.pixels == in_process.pixels  # every byte of the grid, unchanged


def test_a_feeder_stack_comes_through_page_by_page(isolated: Isolated) -> None:
    pages, failure = scan_all(isolated(options=GRID).scan(FEEDER, FEEDER_SHEETS))

    assert failure is None
    assert len(pages) == FEEDER_SHEETS
    assert all(is_a4(page) and page.dpi == 100 and min(page.pixels) == 0 for page in pages)


def test_more_sheets_than_the_document_allows_stops_after_the_allowed_pages(
    isolated: Isolated,
) -> None:
    pages, failure = scan_all(isolated(options=GRID).scan(FEEDER, 4))

    assert len(pages) == 4
    assert failure is not None and failure.problem is ScanProblem.TOO_MANY_PAGES


@pytest.mark.parametrize(
    ("status", "problem", "words"),
    [
        ("SANE_STATUS_JAMMED", ScanProblem.JAMMED, "Document feeder jammed"),
        ("SANE_STATUS_COVER_OPEN", ScanProblem.COVER_OPEN, "Scanner cover is open"),
    ],
)
def test_a_problem_on_the_first_sheet_says_what_went_wrong(
    isolated: Isolated, status: str, problem: ScanProblem, words: str
) -> None:
    scanner = isolated(options={"read-return-value": status})

    pages, failure = scan_all(scanner.scan(FEEDER, 5))

    assert pages == []
    assert failure is not None and failure.problem is problem
    assert failure.detail == f"{TEST_DEVICE}: {words}"


def test_a_worker_killed_mid_stack_keeps_the_pages_so_far_and_the_next_scan_works(
    isolated: Isolated,
) -> None:
    scanner = isolated(options=SLOW)
    stack = scanner.scan(SMALL_FEEDER, FEEDER_SHEETS)
    first = next(stack)
    killed = scanner.worker_pid
    assert killed is not None

    os.kill(killed, signal.SIGKILL)  # as a crash inside libsane would end it
    later, failure = scan_all(stack)

    pages = [first, *later]
    assert 1 <= len(pages) < FEEDER_SHEETS  # what came before the crash is kept
    assert all(min(page.pixels) == 0 and max(page.pixels) == 255 for page in pages)
    assert failure is not None and failure.problem is ScanProblem.BROKEN
    assert failure.detail == STOPPED_ANSWERING
    assert gone(killed)
    (page,) = scanner.scan(SMALL_FLATBED, 1)  # a fresh worker
    assert page.dpi == 100 and min(page.pixels) == 0
    assert scanner.worker_pid not in (None, killed)


def test_a_worker_that_stops_answering_is_given_up_on_in_time(isolated: Isolated) -> None:
    scanner = isolated(options=SLOW, page_within_s=2.0)
    stopped = worker_of(scanner)  # started before the clock matters
    stack = scanner.scan(SMALL_FEEDER, FEEDER_SHEETS)
    first = next(stack)
    try:
        os.kill(stopped, signal.SIGSTOP)  # as a deadlock inside libsane would leave it
        waiting = time.monotonic()
        later, failure = scan_all(stack)
        waited = time.monotonic() - waiting
    finally:
        if scanner.worker_pid == stopped:  # the driver did not deal with it: clean up
            scanner.close()

    assert failure is not None and failure.problem is ScanProblem.BROKEN
    assert 1 + len(later) < FEEDER_SHEETS and min(first.pixels) == 0
    assert waited < 2.0 + 5.0  # the page's time limit, and the time to end the worker
    assert gone(stopped)
    pages, failure = scan_all(scanner.scan(SMALL_FEEDER, 2))  # a fresh worker, fresh paper
    assert failure is not None and failure.problem is ScanProblem.TOO_MANY_PAGES
    assert len(pages) == 2


def test_a_worker_frozen_half_way_through_a_page_is_given_up_on_in_time(
    isolated: Isolated,
) -> None:
    scanner = isolated(options=GRID, page_within_s=2.0)
    frozen = worker_of(scanner)
    stack = scanner.scan(ScanSettings(ScanSource.FEEDER, dpi=300, colour=True), FEEDER_SHEETS)
    next(stack)
    # The second page (26 MB) is being sent: far more than the socket holds, so the worker is
    # in the middle of it. (Looks at the kiosk's end of the socket without reading from it.)
    worker = scanner._worker
    assert worker is not None and worker._connection.poll(30)
    try:
        os.kill(frozen, signal.SIGSTOP)
        waiting = time.monotonic()
        later, failure = scan_all(stack)
        waited = time.monotonic() - waiting
    finally:
        if scanner.worker_pid == frozen:
            scanner.close()

    assert later == [] and failure is not None and failure.problem is ScanProblem.BROKEN
    assert waited < 5.0 + 5.0  # a begun message's time limit, and the time to end the worker
    assert gone(frozen)
    assert scanner.availability() is None


@pytest.mark.parametrize(
    ("settings", "max_pages", "pages_wanted", "problem"),
    [
        (ScanSettings(dpi=100), 1, 1, None),
        (FEEDER, 4, 4, ScanProblem.TOO_MANY_PAGES),  # cancels the fifth sheet once started
    ],
    ids=["flatbed", "feeder"],
)
def test_a_driver_hanging_as_it_cancels_still_gives_the_whole_scan(
    isolated: Isolated,
    settings: ScanSettings,
    max_pages: int,
    pages_wanted: int,
    problem: ScanProblem | None,
) -> None:
    scanner = isolated(
        options=GRID, driver=CancelNeverReturns, page_within_s=10.0, finish_within_s=1.0
    )

    pages, failure = scan_all(scanner.scan(settings, max_pages))
    hung = scanner.worker_pid

    assert len(pages) == pages_wanted and all(is_a4(page) for page in pages)
    assert (failure and failure.problem) is problem
    assert scanner.availability() is None  # the hung worker is ended, a fresh one answers
    assert hung is not None and gone(hung)
    assert scanner.worker_pid != hung


def test_a_screen_that_stops_after_the_flatbed_page_leaves_the_worker_running(
    isolated: Isolated,
) -> None:
    scanner = isolated(options=GRID)
    worker = worker_of(scanner)

    for page in scanner.scan(ScanSettings(dpi=100), 5):
        assert is_a4(page)
        break  # as core.scan_capture does after a flatbed's page

    (again,) = scanner.scan(ScanSettings(dpi=100), 1)
    assert is_a4(again)
    assert scanner.worker_pid == worker


def test_a_stack_given_up_half_way_stops_the_feeder_and_the_next_stack_is_whole(
    isolated: Isolated,
) -> None:
    scanner = isolated(options=GRID)
    stack = scanner.scan(FEEDER, FEEDER_SHEETS)
    next(stack)
    feeding = scanner.worker_pid

    assert scanner.availability() == f"Scanner {TEST_DEVICE} is busy (scanning)"
    with pytest.raises(ScanFailed) as busy:
        list(scanner.scan(ScanSettings(), 1))
    assert busy.value.problem is ScanProblem.BUSY
    stack.close()  # the resident walked away

    assert feeding is not None and gone(feeding)
    pages, failure = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))
    assert failure is None and len(pages) == FEEDER_SHEETS


def test_the_first_scanner_found_is_listed_named_and_ready_through_the_worker(
    isolated: Isolated,
) -> None:
    scanner = isolated(None, options=GRID)

    assert (TEST_DEVICE, "Noname frontend-tester") in IsolatedSaneScanner.list_devices()
    assert scanner.name == f"SANE {TEST_DEVICE} (Noname frontend-tester)"
    assert scanner.availability() is None
    assert scanner.sources() == (ScanSource.FLATBED, ScanSource.FEEDER)
    assert scanner.worker_pid not in (None, os.getpid())  # SANE ran elsewhere


def test_a_scanner_that_is_not_there_is_reported_not_connected(isolated: Isolated) -> None:
    scanner = isolated("test:9")

    assert scanner.availability() == "Scanner test:9 is not connected"
    with pytest.raises(ScanFailed) as failed:
        list(scanner.scan(ScanSettings(), 1))
    assert failed.value.problem is ScanProblem.UNPLUGGED


def test_the_kiosk_uses_the_first_sane_scanner_through_a_worker() -> None:
    scanner = first_sane_scanner()
    try:
        assert isinstance(scanner, IsolatedSaneScanner)
        assert scanner.name == f"SANE {TEST_DEVICE} (Noname frontend-tester)"
        (page,) = scanner.scan(ScanSettings(dpi=100), 1)
        assert isinstance(page, RawPage) and page.dpi == 100
    finally:
        if isinstance(scanner, IsolatedSaneScanner):
            scanner.close()


def test_a_kiosk_with_no_scanner_finds_none(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Each worker is a new process, so it reads SANE's list of backends afresh.
    (tmp_path / "dll.conf").write_text("", encoding="utf-8")  # no backends at all
    monkeypatch.setenv("SANE_CONFIG_DIR", str(tmp_path))

    assert IsolatedSaneScanner.list_devices() == []
    assert first_sane_scanner() is None
    scanner = IsolatedSaneScanner()
    try:
        assert scanner.availability() == "No scanner found (SANE lists no devices)"
    finally:
        scanner.close()
