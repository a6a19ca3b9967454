"""``main.py selftest`` as a real process on this machine, with real devices, then without them.

With a real X server (Xvfb, 1920 x 1080), the Noto fonts, a private speech-dispatcher, a CUPS
file queue on a private cupsd, pcscd with vsmartcard's virtual readers, SANE's test backend
and the reference case service on loopback, every check says OK and the exit code is 0. Then
each is taken away as it is lost on a real kiosk (the X server gone, the fonts not installed,
speech-dispatcher unreachable, cupsd, pcscd and the case service stopped, no SANE scanner
listed), and each matching line says FAILED in plain words, with exit code 1.

Both reports are saved under build/selftest/ for the README and the review.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from sync.reference import start_reference_service
from tests.conftest import ROOT, demo_private_key
from tests.devices.pcsc_support import OUR_CONFIG_PREFIX, READER, PcscdFailed, vpcd_pcscd
from tests.devices.sane_support import write_private_config
from tests.operations.selftest_support import (
    fonts_without_noto,
    operator_environment,
    report_lines,
    run_selftest,
    xvfb,
)
from tests.printing.cupsd import CupsServer, CupsUnavailable
from tests.speech_support import speech_folders, stop_speech_dispatcher

SAVED = ROOT / "build" / "selftest"
LANGUAGES = ("en", "bn", "so", "ur", "pl")  # zh_CN has no speechd voice here: see the README
CONFIG = """\
[terminal]
id = "selftest-kiosk"

[kiosk]
languages = {languages}
speech_engine = "speechd"
scanner = "sane"

[staff]
card_reader = "Virtual PCD 00 00"

[case_service]
url = "{service}"

[[printers]]
name = "desk-roll"
kind = "cups"
queue = "{queue}"
server = "{cups}"
job_deadline_s = 10
"""


@dataclass(frozen=True)
class Runs:
    """The two self-test runs and what the printer wrote."""

    running: subprocess.CompletedProcess[str]
    stopped: subprocess.CompletedProcess[str]
    printed: bytes


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Runs]:
    """Run the self-test with every device up, stop them all, and run it again."""
    base = tmp_path_factory.mktemp("selftest")
    speech = speech_folders(base / "speech")
    data = base / "data"
    sane = write_private_config(base / "sane")
    try:
        cups = CupsServer.start()
    except CupsUnavailable as exc:
        pytest.fail(f"cannot start the private CUPS server: {exc}")
    try:
        queue, output = cups.add_file_queue("selftest_roll")
        service = start_reference_service(
            base / "case-service",
            admin_token="selftest-admin-token-0123456789",
            private_key_b64=demo_private_key(),
            content_dir=ROOT / "assets",
        )
        config = base / "terminal.toml"
        config.write_text(
            CONFIG.format(
                languages=list(LANGUAGES), service=service.url, queue=queue, cups=cups.address
            ),
            encoding="utf-8",
        )
        try:
            pcscd_root = tmp_path_factory.mktemp(OUR_CONFIG_PREFIX, numbered=True)
            with xvfb() as display, vpcd_pcscd(pcscd_root) as pcscd:
                assert pcscd.ours, "a pcscd not started by this test cannot be stopped by it"
                env = operator_environment(DISPLAY=display, SANE_CONFIG_DIR=str(sane), **speech)
                running = run_selftest(config, data, env)
        except PcscdFailed as exc:
            pytest.fail(str(exc))
        finally:
            service.stop()
            stop_speech_dispatcher(Path(speech["XDG_RUNTIME_DIR"]))
        printed = output.read_bytes() if output.exists() else b""
    finally:
        cups.stop()
    no_scanners = base / "sane-empty"
    no_scanners.mkdir()
    (no_scanners / "dll.conf").write_text("", encoding="utf-8")
    stopped_env = operator_environment(
        SANE_CONFIG_DIR=str(no_scanners),
        FONTCONFIG_FILE=str(fonts_without_noto(base / "fonts")),
        SPEECHD_ADDRESS=f"unix_socket:{base / 'no-speech-dispatcher.sock'}",
        **speech,
    )
    stopped = run_selftest(config, data, stopped_env)
    stop_speech_dispatcher(Path(speech["XDG_RUNTIME_DIR"]))
    SAVED.mkdir(parents=True, exist_ok=True)
    (SAVED / "devices-running.txt").write_text(running.stdout, encoding="utf-8")
    (SAVED / "devices-stopped.txt").write_text(stopped.stdout, encoding="utf-8")
    yield Runs(running, stopped, printed)


def test_every_check_is_ok_with_the_devices_running(runs: Runs) -> None:
    """The operator sees OK for each check (Somali's voice skipped: none exists) and exit 0."""
    done = runs.running
    assert done.returncode == 0, done.stdout + done.stderr
    lines = report_lines(done.stdout)
    assert lines["display"][0] == "OK"
    assert lines["display"][1].startswith("xcb, screen 1920 x 1080 (DISPLAY=:")
    for code in LANGUAGES:
        assert lines[f"font {code}"][0] == "OK", lines[f"font {code}"]
    assert lines["speech"][0] == "OK"
    assert {code: lines[f"voice {code}"][0] for code in LANGUAGES} == {
        "en": "OK",
        "bn": "OK",
        "so": "SKIPPED",
        "ur": "OK",
        "pl": "OK",
    }
    assert lines["journal"][0] == "OK"
    assert lines["printer desk-roll"] == ("OK", "test page printed")
    assert runs.printed.startswith(b"%PDF"), "the CUPS queue's file holds no test page"
    scanner = next(name for name in lines if name.startswith("scanner"))
    assert scanner == "scanner SANE test:0 (Noname frontend-tester)"
    assert lines[scanner][1].startswith("page scanned, ")
    assert lines["card reader"] == ("OK", f"pcscd answers; reader {READER!r} is connected")
    assert lines["clock"][0] == "OK"
    assert "from the case service's clock" in lines["clock"][1]
    assert lines["case service"][0] == "OK"
    assert [name for name, (outcome, _) in lines.items() if outcome == "FAILED"] == []
    assert done.stdout.splitlines()[-1].startswith("selftest: ")


def test_each_missing_device_is_a_plain_failed_line(runs: Runs) -> None:
    """With the devices gone, each matching line says FAILED and why, and the exit code is 1."""
    done = runs.stopped
    assert done.returncode == 1, done.stdout + done.stderr
    lines = report_lines(done.stdout)
    expected = {
        "display": "no display is named here",
        "font bn": "'Noto Sans Bengali' for Bengali is not installed",
        "font ur": "'Noto Naskh Arabic' for Urdu is not installed",
        "speech": "the speechd engine did not start: Connection to speech-dispatcher failed",
        "printer desk-roll": "the print server (CUPS) is not running",
        "scanner": "The scanner is not connected.",
        "card reader": "the PC/SC service (pcscd) is not running",
        "case service": "cannot reach http://127.0.0.1:",
    }
    for name, words in expected.items():
        found = next((key for key in lines if key.startswith(name)), None)
        assert found is not None, f"no line for {name} in:\n{done.stdout}"
        outcome, detail = lines[found]
        assert outcome == "FAILED", f"{found}: {outcome} {detail}"
        assert words in detail, f"{found}: {detail}"
    assert "connection refused" in lines["case service"][1].casefold()
    assert lines["journal"][0] == "OK", "the journal is still sound"
    summary = done.stdout.splitlines()[-1]
    assert summary.startswith("selftest: ") and "SKIPPED (failed: display, font en," in summary
