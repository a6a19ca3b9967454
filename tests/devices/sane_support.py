"""SANE's test backend for the scanner driver's tests: a private config, a fresh backend per test.

Import the fixtures into a test module (``from tests.devices.sane_support import ...``) and
use ``sane_test_backend``; it gives the device name ``TEST_DEVICE``.

Why it is done this way (checked against libsane 1.1 and python-sane 2.9.2):

- The test backend is switched off in /etc/sane.d/dll.conf, and its stock test.conf caps
  the page at 200 mm (A4 is 297 mm long). /etc is left alone: a private folder holds
  ``dll.conf`` (just ``test``) and a copy of test.conf with ``geometry_max 300.0``, and
  ``SANE_CONFIG_DIR`` points at it.
- libsane reads ``SANE_CONFIG_DIR`` for dll.conf only at the *first* ``sane_init`` in a
  process; later restarts keep that first list of backends. (Each backend re-reads its own
  config file at every start, and ``sane_open("test:0")`` loads the test backend even when
  it is not listed.) So the variable is set before SANE first starts in this process, and
  the fixture fails loudly if SANE was started earlier without it.
- The test backend remembers option values (a forced error, a test picture...) across
  close and open, for as long as SANE runs. Each test therefore restarts SANE
  (``restart_sane``), which gives it a backend in its default state and a full feeder.
"""

from __future__ import annotations

import os
import re
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

from core.scanning import A4_MM, MM_PER_INCH, RawPage, ScanFailed
from devices.sane_scanner import SaneScanner, restart_sane
from devices.sane_worker import IsolatedSaneScanner

SYSTEM_TEST_CONF = Path("/etc/sane.d/test.conf")
TEST_DEVICE = "test:0"  # the test backend's first device; it also has test:1
FEEDER_SHEETS = 10  # the test backend's feeder runs out after ten sheets
GRID = {"test-picture": "Grid"}  # black lines on white paper, rather than a black page


def write_private_config(folder: Path) -> Path:
    """Write dll.conf (only the test backend) and test.conf (room for A4) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    stock = SYSTEM_TEST_CONF.read_text(encoding="utf-8")
    roomy, changed = re.subn(r"^geometry_max\s.*$", "geometry_max 300.0", stock, flags=re.M)
    assert changed == 1, "test.conf has no geometry_max line to change"
    (folder / "test.conf").write_text(roomy, encoding="utf-8")
    return folder


def use_private_config(prefix: str) -> None:
    """Point this process's SANE at a fresh private config, unless one is already set.

    Call it before SANE first starts in the process (the test session and the benchmark
    both do); without the test backend installed it does nothing.
    """
    if "SANE_CONFIG_DIR" in os.environ or not SYSTEM_TEST_CONF.is_file():
        return
    folder = write_private_config(Path(tempfile.mkdtemp(prefix=prefix)))
    os.environ["SANE_CONFIG_DIR"] = str(folder)


@pytest.fixture(scope="session")
def sane_private_config(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """SANE started in this process with the private config folder; the folder."""
    if not SYSTEM_TEST_CONF.is_file():
        pytest.skip(f"SANE's test backend is not installed ({SYSTEM_TEST_CONF} is missing)")
    folder = write_private_config(tmp_path_factory.mktemp("sane-config"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SANE_CONFIG_DIR", str(folder))
        restart_sane()
        listed = [device for device, _description in SaneScanner.list_devices()]
        if TEST_DEVICE not in listed:
            pytest.fail(
                f"SANE lists {listed}, not {TEST_DEVICE}: SANE was started in this process "
                "before SANE_CONFIG_DIR was set, and libsane reads dll.conf only once per "
                "process. Run the SANE tests in a process of their own."
            )
        yield folder


@pytest.fixture
def sane_test_backend(sane_private_config: Path) -> str:
    """A test backend in its default state (options forgotten, feeder full); its device."""
    restart_sane()
    return TEST_DEVICE


def scan_all(pages: Iterable[RawPage]) -> tuple[list[RawPage], ScanFailed | None]:
    """Take pages as a screen does: keep each as it comes, and note a failure at the end."""
    kept: list[RawPage] = []
    try:
        for page in pages:
            kept.append(page)
    except ScanFailed as failure:
        return kept, failure
    return kept, None


def is_a4(page: RawPage) -> bool:
    """Whether the page is A4 at its dpi, give or take the scanner's rounding (2 pixels)."""
    width, height = (mm * page.dpi / MM_PER_INCH for mm in A4_MM)
    return abs(page.width - width) <= 2 and abs(page.height - height) <= 2


class CancelNeverReturns(SaneScanner):
    """The driver, with cancelling a scan hanging for good, as Debian's libsane sometimes does.

    (An asynchronous pthread_cancel of the reader thread while it holds a malloc lock leaves
    sane_cancel joining it for ever.) Everything else is the real driver and test backend.
    For devices.sane_worker's tests: the worker process builds it by name.
    """

    def _open(self, device: str) -> Any:
        opened: Any = super()._open(device)
        opened.cancel = threading.Event().wait  # waits for an event nobody sets
        return opened


FAIL_FROM_SHEET = "x-test-fail-from-sheet"  # options only FailsFromSheet reads (never sent to SANE)
FAIL_STATUS = "x-test-fail-status"


class FailsFromSheet(SaneScanner):
    """The driver, with the test backend told to fail the reads of one sheet (from 0).

    The backend itself fails all reads or none, so this is how a jam or a pulled cable in
    the middle of a stack is shown; everything else is the real driver and backend. The
    plan comes in the options (FAIL_FROM_SHEET, FAIL_STATUS), so a worker process can
    build it by name like the real driver.
    """

    def __init__(self, device: str | None = None, *, options: Mapping[str, object] = {}) -> None:
        plan = dict(options)
        self.failing_sheet = int(str(plan.pop(FAIL_FROM_SHEET)))
        self.status = str(plan.pop(FAIL_STATUS))
        super().__init__(device, options={**plan, "read-return-value": "Default"})
        self.failures_left = 1

    def _before_sheet(self, device: Any, sheet: int) -> None:
        if sheet == self.failing_sheet and self.failures_left:
            self.failures_left -= 1
            device.read_return_value = self.status


def isolated(
    options: Mapping[str, object] = {}, driver: type[SaneScanner] | None = None
) -> IsolatedSaneScanner:
    """The test backend through a worker process: every test that makes the backend fail.

    Debian's libsane can deadlock in sane_cancel just after a failed read (an asynchronous
    pthread_cancel of its reader thread while that holds a malloc lock; about one failed
    scan in 250 here). In a worker that costs a restart; in the test process it would hang
    the run. So only scans that read whole pages run in the test process.
    """
    return IsolatedSaneScanner(TEST_DEVICE, options=options, driver=driver, finish_within_s=5)
