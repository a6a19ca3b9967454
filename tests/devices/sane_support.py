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

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.sane_scanner import SaneScanner, restart_sane

SYSTEM_TEST_CONF = Path("/etc/sane.d/test.conf")
TEST_DEVICE = "test:0"  # the test backend's first device; it also has test:1
FEEDER_SHEETS = 10  # the test backend's feeder runs out after ten sheets


def write_private_config(folder: Path) -> Path:
    """Write dll.conf (only the test backend) and test.conf (room for A4) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dll.conf").write_text("test\n", encoding="utf-8")
    stock = SYSTEM_TEST_CONF.read_text(encoding="utf-8")
    roomy, changed = re.subn(r"^geometry_max\s.*$", "geometry_max 300.0", stock, flags=re.M)
    assert changed == 1, "test.conf has no geometry_max line to change"
    (folder / "test.conf").write_text(roomy, encoding="utf-8")
    return folder


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
