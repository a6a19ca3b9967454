"""Fixtures for the printing tests: a private CUPS server and TCP ports playing printers.

CI runs as root with cups installed (scripts/system-packages.sh), so a CUPS server that
cannot start is a failure, never a skip.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.printing.cupsd import CupsServer, CupsUnavailable, PrinterPort


def _start() -> CupsServer:
    try:
        return CupsServer.start()
    except CupsUnavailable as exc:
        pytest.fail(f"cannot start the private CUPS server: {exc}", pytrace=False)


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """A private cupsd shared by the tests that leave it running."""
    server = _start()
    yield server
    server.stop()


@pytest.fixture
def own_cups_server() -> Iterator[CupsServer]:
    """A private cupsd for one test, which may stop it."""
    server = _start()
    yield server
    server.stop()


@pytest.fixture
def printer_port() -> Iterator[PrinterPort]:
    """A listening raw printer port that keeps what it is sent."""
    port = PrinterPort()
    yield port
    port.close()
