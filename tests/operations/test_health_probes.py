"""Each health probe against the real thing: CUPS, a thermal printer's port, SANE, pcscd.

Probes answer in plain words and within their time limit, whatever the device does: a
printer that never answers is reported as such (and not asked again while the first check
hangs), a stopped service is named. Inside the app, an ESC/POS printer is not contacted at
all, and nothing is written to the data folder.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from operations.health import probe_card_reader, probe_printer, probe_scanner
from tests.devices.pcsc_support import (
    OUR_CONFIG_PREFIX,
    READER,
    SECOND_READER,
    PcscdFailed,
    vpcd_pcscd,
)
from tests.devices.sane_support import TEST_DEVICE, write_private_config
from tests.printing.cupsd import CupsServer, CupsUnavailable, PrinterPort
from tests.sync.case_service_support import wait_until


@pytest.fixture
def cups() -> Iterator[CupsServer]:
    """A private cupsd for one test, which may stop it."""
    try:
        server = CupsServer.start()
    except CupsUnavailable as exc:
        pytest.fail(f"cannot start the private CUPS server: {exc}", pytrace=False)
    yield server
    server.stop()


def test_a_cups_printer_reports_ready_then_offline_then_server_down(cups: CupsServer) -> None:
    queue, _output = cups.add_file_queue("health_roll")
    spec = {"name": "desk-roll", "kind": "cups", "queue": queue, "server": cups.address}
    ready = probe_printer(spec)
    assert (ready.ready, ready.paper, ready.fault) == (True, "ok", None)
    cups.disable(queue)
    stopped = probe_printer(spec)
    assert (stopped.ready, stopped.fault) == (False, "offline")
    cups.stop()
    down = probe_printer(spec)
    assert (down.ready, down.fault) == (False, "server_down")
    assert cups.address in down.detail


@pytest.mark.parametrize(
    ("reply", "paper"), [(b"\x12", "ok"), (b"\x72", "out")], ids=["paper", "paper out"]
)
def test_a_thermal_printer_is_asked_for_its_paper_only_outside_the_app(
    reply: bytes, paper: str
) -> None:
    port = PrinterPort(status_reply=reply)
    spec = {
        "name": f"thermal-{paper}",
        "kind": "escpos-network",
        "host": "127.0.0.1",
        "port": port.port,
    }
    try:
        in_app = probe_printer(spec, in_app=True)
        assert in_app.ready is None and in_app.paper == "unknown"
        assert "one connection at a time" in in_app.detail
        assert port.nothing_more()  # not even a connection: a ticket printing is safe
        asked = probe_printer(spec)
        assert asked.paper == paper
        assert asked.ready is (paper == "ok")
        assert port.next_job() == b"\x10\x04\x04"  # the paper status query, and nothing else
    finally:
        port.close()


def test_a_printer_that_never_answers_is_reported_in_time_and_not_asked_twice_at_once() -> None:
    # A listener whose backlog is full: connecting to it hangs, as to a printer that has
    # wedged its network card. The printer's own time limit (120 s) is far longer than the
    # probe's.
    wedged = socket.socket()
    wedged.bind(("127.0.0.1", 0))
    wedged.listen(0)
    filler = socket.create_connection(wedged.getsockname())
    host, port = wedged.getsockname()
    spec = {
        "name": "wedged",
        "kind": "escpos-network",
        "host": host,
        "port": port,
        "timeout_s": 120,
    }
    try:
        first = probe_printer(spec, timeout_s=0.5)
        assert first.ready is None and "no answer within 0.5 s" in first.detail
        again = probe_printer(spec, timeout_s=0.5)
        assert "an earlier check has not finished" in again.detail
    finally:
        filler.close()
        wedged.close()  # the printer is switched off: the hanging check ends
    wait_until(
        lambda: probe_printer(spec, timeout_s=0.5).fault == "offline",
        "the switched-off printer to be reported offline",
    )


def test_the_demo_file_printer_is_judged_without_making_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "printouts"
    health = probe_printer({"name": "demo", "kind": "file", "folder": str(folder)})
    assert health.ready is True and "made at the first printout" in health.detail
    assert not (tmp_path / "data").exists()


def test_a_printer_table_with_a_wrong_setting_is_reported_not_raised() -> None:
    health = probe_printer({"name": "roll", "kind": "cups", "queue": "q", "papr": "a4"})
    assert health.ready is False and health.fault == "error"
    assert "papr" in health.detail and "paper" in health.detail


def test_the_sane_test_scanner_is_found_when_sane_offers_it_and_missing_when_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The listing worker inherits SANE_CONFIG_DIR, and reads it afresh in each new worker.
    monkeypatch.setenv("SANE_CONFIG_DIR", str(write_private_config(tmp_path / "with-test")))
    found = probe_scanner(f"sane:{TEST_DEVICE}")
    assert (found.present, found.device) == (True, TEST_DEVICE)
    assert probe_scanner("auto").present is True
    other = probe_scanner("sane:test:7")
    assert other.present is False and TEST_DEVICE in other.detail
    empty = tmp_path / "no-backends"
    empty.mkdir()
    (empty / "dll.conf").write_text("", encoding="utf-8")
    monkeypatch.setenv("SANE_CONFIG_DIR", str(empty))
    gone = probe_scanner(f"sane:{TEST_DEVICE}")
    assert gone.present is False and "SANE lists no scanners" in gone.detail
    fallback = probe_scanner("auto")
    assert fallback.present is False and "simulated scanner" in fallback.detail
    assert probe_scanner("none").present is None
    assert probe_scanner("simulated").present is True


def test_the_card_reader_is_found_through_pcscd_and_missing_when_pcscd_stops(
    tmp_path: Path,
) -> None:
    try:
        with vpcd_pcscd(_pcscd_folder(tmp_path)) as pcscd:
            if not pcscd.ours:
                pytest.skip(f"another pcscd (pid {pcscd.pid}) is running; it is not ours to stop")
            first = probe_card_reader("auto")
            assert (first.present, first.reader) == (True, READER)
            second = probe_card_reader("00 01")
            assert (second.present, second.reader) == (True, SECOND_READER)
            wrong = probe_card_reader("Cherry")
            assert wrong.present is False and "no card reader is connected" in wrong.detail
    except PcscdFailed as exc:
        pytest.fail(str(exc))
    stopped = probe_card_reader("auto")
    assert stopped.present is False and "pcscd" in stopped.detail
    assert probe_card_reader("none").present is None


def _pcscd_folder(tmp_path: Path) -> Path:
    """A folder for pcscd's config, named so a pcscd left by a killed run is known as ours."""
    folder = tmp_path / f"{OUR_CONFIG_PREFIX}health"
    folder.mkdir()
    return folder
