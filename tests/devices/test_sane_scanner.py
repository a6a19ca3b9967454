"""The SANE scanner driver against SANE's real test backend (a virtual flatbed and feeder).

Each test gets the backend fresh (see ``sane_support``): feeder full, no forced errors.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytest.importorskip(
    "sane", reason="python-sane is not installed (CI installs it)", exc_type=ImportError
)

from core.scanning import (
    A4_MM,
    MM_PER_INCH,
    RawPage,
    ScanFailed,
    ScanProblem,
    ScanSettings,
    ScanSource,
)
from devices import broken_pipes
from devices.sane_scanner import SaneScanner
from devices.sane_worker import IsolatedSaneScanner
from tests.devices.sane_support import (  # noqa: F401 - fixtures are found by name
    FAIL_FROM_SHEET,
    FAIL_STATUS,
    FEEDER_SHEETS,
    GRID,
    TEST_DEVICE,
    FailsFromSheet,
    is_a4,
    isolated,
    sane_private_config,
    sane_test_backend,
    scan_all,
)

pytestmark = pytest.mark.usefixtures("sane_test_backend")

ROOT = Path(__file__).resolve().parents[2]
FEEDER = ScanSettings(source=ScanSource.FEEDER, dpi=100)


def pixels_for(mm: float, dpi: int) -> float:
    return mm * dpi / MM_PER_INCH


def fails_from(sheet: int, status: str) -> IsolatedSaneScanner:
    """The real driver in a worker, failing the reads of one sheet of a stack."""
    options = {**GRID, FAIL_FROM_SHEET: sheet, FAIL_STATUS: status}
    return isolated(options, driver=FailsFromSheet)


@pytest.mark.parametrize("dpi", [150, 300])
@pytest.mark.parametrize("colour", [False, True], ids=["gray", "colour"])
def test_a4_on_the_flatbed_comes_as_one_a4_page(dpi: int, colour: bool) -> None:
    scanner = SaneScanner(TEST_DEVICE, options=GRID)

    pages = list(scanner.scan(ScanSettings(dpi=dpi, colour=colour, page_mm=A4_MM), 5))

    assert len(pages) == 1  # the flatbed gives one page, whatever the limit
    page = pages[0]
    assert page.dpi == dpi
    assert is_a4(page)
    assert page.colour is colour
    assert len(page.pixels) == page.width * page.height * (3 if colour else 1)
    assert min(page.pixels) == 0 and max(page.pixels) == 255  # the grid's lines and paper


def test_a_scan_in_this_process_leaves_a_broken_pipe_harmless() -> None:
    """libsane's page reader puts SIGPIPE back to "end the process"; the driver undoes it,
    or the next write to a closed socket (a case service hanging up) kills the process."""
    import socket

    assert broken_pipes.ignored_now()
    list(SaneScanner(TEST_DEVICE, options=GRID).scan(ScanSettings(dpi=75, page_mm=A4_MM), 1))
    assert broken_pipes.ignored_now(), "a scan left SIGPIPE ending the process"
    ours, theirs = socket.socketpair()
    theirs.close()
    with pytest.raises(BrokenPipeError), ours:
        ours.sendall(b"x" * 1_000_000)  # with SIGPIPE not ignored this ends pytest itself


@pytest.mark.parametrize("max_pages", [FEEDER_SHEETS, 20])
def test_a_feeder_stack_gives_every_sheet_then_ends(max_pages: int) -> None:
    pages, failure = scan_all(SaneScanner(TEST_DEVICE, options=GRID).scan(FEEDER, max_pages))

    assert failure is None
    assert len(pages) == FEEDER_SHEETS
    assert all(is_a4(page) and page.dpi == 100 for page in pages)


def test_more_sheets_than_the_document_allows_stops_after_the_allowed_pages() -> None:
    pages, failure = scan_all(isolated(GRID).scan(FEEDER, 4))

    assert len(pages) == 4
    assert failure is not None and failure.problem is ScanProblem.TOO_MANY_PAGES


def test_a_stack_can_be_scanned_again_after_too_many_pages() -> None:
    scanner = isolated(GRID)
    scan_all(scanner.scan(FEEDER, 4))

    pages, failure = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))

    assert failure is None and len(pages) == FEEDER_SHEETS


@pytest.mark.parametrize(
    ("status", "problem", "words"),
    [
        ("SANE_STATUS_NO_DOCS", ScanProblem.FEEDER_EMPTY, "Document feeder out of documents"),
        ("SANE_STATUS_JAMMED", ScanProblem.JAMMED, "Document feeder jammed"),
        ("SANE_STATUS_COVER_OPEN", ScanProblem.COVER_OPEN, "Scanner cover is open"),
        ("SANE_STATUS_IO_ERROR", ScanProblem.UNPLUGGED, "Error during device I/O"),
        ("SANE_STATUS_DEVICE_BUSY", ScanProblem.BUSY, "Device busy"),
        ("SANE_STATUS_INVAL", ScanProblem.BROKEN, "Invalid argument"),
    ],
)
def test_a_problem_on_the_first_sheet_says_what_went_wrong(
    status: str, problem: ScanProblem, words: str
) -> None:
    scanner = isolated({"read-return-value": status})

    pages, failure = scan_all(scanner.scan(FEEDER, 5))

    assert pages == []
    assert failure is not None and failure.problem is problem
    assert failure.detail == f"{TEST_DEVICE}: {words}"  # the driver's words, for staff


@pytest.mark.parametrize(
    ("status", "problem"),
    [
        ("SANE_STATUS_IO_ERROR", ScanProblem.UNPLUGGED),
        ("SANE_STATUS_JAMMED", ScanProblem.JAMMED),
        ("SANE_STATUS_COVER_OPEN", ScanProblem.COVER_OPEN),
    ],
)
def test_a_problem_in_the_middle_of_a_stack_keeps_the_pages_before_it(
    status: str, problem: ScanProblem
) -> None:
    pages, failure = scan_all(fails_from(3, status).scan(FEEDER, FEEDER_SHEETS))

    assert len(pages) == 3
    assert all(is_a4(page) and min(page.pixels) == 0 for page in pages)  # whole grid pages
    assert failure is not None and failure.problem is problem


def test_a_feeder_running_out_in_the_middle_of_a_sheet_ends_the_stack() -> None:
    scanner = fails_from(2, "SANE_STATUS_NO_DOCS")

    pages, failure = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))

    assert failure is None and len(pages) == 2


def test_after_a_jam_is_cleared_the_next_scan_works() -> None:
    scanner = fails_from(1, "SANE_STATUS_JAMMED")
    _, jam = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))
    assert jam is not None and jam.problem is ScanProblem.JAMMED

    pages, failure = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))

    assert failure is None and len(pages) == FEEDER_SHEETS
    assert scanner.availability() is None


@pytest.mark.parametrize("device", ["test:9", "nosuchscanner"])
def test_a_scanner_that_is_not_there_is_reported_not_connected(device: str) -> None:
    scanner = SaneScanner(device)

    assert scanner.availability() == f"Scanner {device} is not connected"
    with pytest.raises(ScanFailed) as failed:
        list(scanner.scan(ScanSettings(), 1))
    assert failed.value.problem is ScanProblem.UNPLUGGED
    assert failed.value.detail.startswith(f"{device}: not found")


@pytest.mark.parametrize(("picture", "value"), [("Solid white", 255), ("Solid black", 0)])
def test_blank_and_black_pages_come_through(picture: str, value: int) -> None:
    scanner = SaneScanner(TEST_DEVICE, options={"test-picture": picture})

    (page,) = scanner.scan(ScanSettings(dpi=150, colour=True), 1)

    assert page.pixels == bytes([value]) * (page.width * page.height * 3)


@pytest.mark.parametrize(("depth", "mode"), [(1, "Gray"), (16, "Gray"), (16, "Color")])
def test_lineart_and_16_bit_frames_become_the_same_8_bit_page(depth: int, mode: str) -> None:
    colour = mode == "Color"
    settings = ScanSettings(dpi=100, colour=colour)
    (eight_bit,) = SaneScanner(TEST_DEVICE, options=GRID).scan(settings, 1)
    other_depth = SaneScanner(TEST_DEVICE, options={**GRID, "depth": depth, "mode": mode})

    (page,) = other_depth.scan(settings, 1)

    assert (page.width, page.height, page.colour) == (eight_bit.width, eight_bit.height, colour)
    assert page.pixels == eight_bit.pixels


def test_a_frame_with_padded_lines_is_refused_as_unreadable() -> None:
    # ppl-loss makes the backend send more bytes a line than pixels; python-sane would shear it.
    scanner = isolated({**GRID, "ppl-loss": 3})

    with pytest.raises(ScanFailed) as failed:
        list(scanner.scan(ScanSettings(dpi=100), 1))

    assert failed.value.problem is ScanProblem.CORRUPT


def test_an_empty_frame_is_refused_as_unreadable() -> None:
    scanner = isolated({"read-return-value": "SANE_STATUS_EOF"})

    with pytest.raises(ScanFailed) as failed:
        list(scanner.scan(ScanSettings(dpi=100), 1))

    assert failed.value.problem is ScanProblem.CORRUPT


def test_paper_bigger_than_the_glass_gives_the_whole_glass() -> None:
    scanner = SaneScanner(TEST_DEVICE, options=GRID)

    (page,) = scanner.scan(ScanSettings(dpi=100, page_mm=(400.0, 500.0)), 1)

    assert abs(page.width - pixels_for(300.0, 100)) <= 2  # the private config's 300 mm glass
    assert abs(page.height - pixels_for(300.0, 100)) <= 2


def test_a_misspelt_kiosk_option_is_reported_to_staff() -> None:
    scanner = SaneScanner(TEST_DEVICE, options={"lamp-swich": True})

    with pytest.raises(ScanFailed) as failed:
        list(scanner.scan(ScanSettings(), 1))

    assert failed.value.problem is ScanProblem.BROKEN
    assert "lamp-swich" in failed.value.detail


def test_the_first_scanner_found_is_used_and_named_for_staff() -> None:
    scanner = SaneScanner(options=GRID)

    assert (TEST_DEVICE, "Noname frontend-tester") in SaneScanner.list_devices()
    assert scanner.name == f"SANE {TEST_DEVICE} (Noname frontend-tester)"
    assert scanner.availability() is None
    assert scanner.sources() == (ScanSource.FLATBED, ScanSource.FEEDER)
    pages, failure = scan_all(scanner.scan(FEEDER, FEEDER_SHEETS))
    assert failure is None and len(pages) == FEEDER_SHEETS


def test_scans_run_from_worker_threads_side_by_side() -> None:
    jobs = {
        "feeder": (SaneScanner("test:0", options=GRID), FEEDER, FEEDER_SHEETS),
        "flatbed": (SaneScanner("test:1", options=GRID), ScanSettings(dpi=300, colour=True), 1),
    }
    results: dict[str, tuple[list[RawPage], ScanFailed | None]] = {}

    def work(job: str) -> None:
        scanner, settings, max_pages = jobs[job]
        results[job] = scan_all(scanner.scan(settings, max_pages))

    workers = [threading.Thread(target=work, args=(job,)) for job in jobs]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert not any(worker.is_alive() for worker in workers)
    feeder_pages, feeder_failure = results["feeder"]
    assert feeder_failure is None and len(feeder_pages) == FEEDER_SHEETS
    (flatbed_page,), flatbed_failure = results["flatbed"]
    assert flatbed_failure is None and flatbed_page.colour and flatbed_page.dpi == 300
    assert is_a4(flatbed_page)


NO_SCANNERS = """
from core.scanning import ScanFailed, ScanSettings
from devices.sane_scanner import SaneScanner
scanner = SaneScanner()
print(scanner.availability())
try:
    list(scanner.scan(ScanSettings(), 1))
except ScanFailed as failure:
    print(failure.problem.value)
"""


def test_a_kiosk_with_no_scanner_says_none_was_found(tmp_path: Path) -> None:
    # SANE reads its list of backends once per process, so this runs in a process of its own.
    (tmp_path / "dll.conf").write_text("", encoding="utf-8")  # no backends at all
    env = {**os.environ, "SANE_CONFIG_DIR": str(tmp_path), "PYTHONPATH": str(ROOT)}

    run = subprocess.run(
        [sys.executable, "-c", NO_SCANNERS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    assert run.stdout.splitlines() == ["No scanner found (SANE lists no devices)", "unplugged"]
