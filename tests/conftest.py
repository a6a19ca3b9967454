"""Shared fixtures. Qt fixtures live in tests/kiosk/conftest.py so Qt-free tests never import Qt."""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.config import TerminalConfig, load_config
from devices import broken_pipes
from store.journal import SqliteJournal

ROOT = Path(__file__).resolve().parent.parent
DEMO_PRIVATE_KEY_FILE = ROOT / "sync" / "reference" / "demo-council-private-key.txt"


def pytest_configure(config: pytest.Config) -> None:
    """SANE, whenever this test process starts it, sees only its test backend.

    libsane reads the list of backends once per process, at its first start, so this is set
    before any test can start it: the scanner tests need the test backend, and no test may
    wait seconds probing this machine's real backends (see tests/devices/sane_support.py).
    """
    from tests.devices.sane_support import use_private_config

    use_private_config("civic-kiosk-sane-")


def demo_private_key() -> str:
    """The demo council's private key, which only the reference case service (and tests) hold."""
    lines = DEMO_PRIVATE_KEY_FILE.read_text(encoding="utf-8").splitlines()
    key = next(line for line in lines if line and not line.startswith("#"))
    assert len(base64.b64decode(key)) == 32
    return key


@pytest.fixture(autouse=True)
def broken_pipes_stay_harmless() -> Iterator[None]:
    """Fail the test that leaves SIGPIPE ending the process, rather than a later one.

    A C library that sets SIGPIPE back to its default (libsane's page reader did) makes the
    next write to a closed socket kill the whole pytest run, mid-way and without a word.
    """
    yield
    if not broken_pipes.ignored_now():
        broken_pipes.ignore_again()
        pytest.fail("this test left SIGPIPE set to end the process (a C library reset it)")


@pytest.fixture
def demo_config() -> TerminalConfig:
    """The embedded demo-site configuration, scanning sample pages.

    The demo's own default (``auto``: a SANE scanner if one is found) would find SANE's
    test backend here, whose pages are solid black; screens are tested with the simulated
    scanner's sample letters, and ``auto`` in tests/devices/test_scanner_choice.py.

    No staff card reader either: tests/kiosk/test_staff_at_kiosk.py puts one (vpcd, behind
    a real pcscd) under the kiosk with a roster holding its card's key.
    """
    return dataclasses.replace(load_config(None), scanner="simulated", card_reader="none")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, real data folder for one terminal (a real SQLite file goes here)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def journal(data_dir: Path, demo_config: TerminalConfig) -> Iterator[SqliteJournal]:
    """A real SQLite journal in the test's data folder, closed afterwards."""
    opened = SqliteJournal(data_dir, demo_config.terminal_id, demo_config.site)
    yield opened
    opened.close()
