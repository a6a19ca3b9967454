"""``main.py status --json`` on this machine, with the real device stacks up and then stopped.

Up: a private cupsd with a file queue, pcscd with vsmartcard's virtual readers, and SANE's
test backend. Stopped: cupsd and pcscd ended by pid, SANE offered no backends. The health
part of the report follows: the printer, scanner and card reader are present and ready, then
named as missing with the reason, and the problems list says so in plain words. The keys
status always had are still there.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from core.events import EventDraft, Scope
from store.journal import SqliteJournal
from tests.cli_support import run_main
from tests.conftest import ROOT
from tests.devices.pcsc_support import OUR_CONFIG_PREFIX, READER, PcscdFailed, vpcd_pcscd
from tests.devices.sane_support import TEST_DEVICE, write_private_config
from tests.printing.cupsd import CupsServer, CupsUnavailable


def status(
    config: Path, data: Path, sane_config: Path, *extra: str
) -> subprocess.CompletedProcess[str]:
    """``python main.py status`` as an operator runs it, SANE reading ``sane_config``."""
    return run_main(
        "status",
        "--config",
        str(config),
        "--data",
        str(data),
        *extra,
        env_extra={"SANE_CONFIG_DIR": str(sane_config)},
    )


def report_of(done: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    """The JSON report, after checking status ran cleanly."""
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    value: dict[str, Any] = json.loads(done.stdout)
    return value


def test_status_json_follows_the_printer_scanner_and_card_reader_up_and_down(
    tmp_path: Path,
) -> None:
    try:
        cups = CupsServer.start()
    except CupsUnavailable as exc:
        pytest.fail(f"cannot start the private CUPS server: {exc}", pytrace=False)
    try:
        queue, _output = cups.add_file_queue("status_roll")
        config = tmp_path / "terminal.toml"
        config.write_text(
            '[terminal]\nid = "kiosk-3"\n'
            f'[kiosk]\nscanner = "sane:{TEST_DEVICE}"\n'
            '[staff]\ncard_reader = "auto"\n'
            f'[[printers]]\nname = "desk-roll"\nkind = "cups"\nqueue = "{queue}"\n'
            f'server = "{cups.address}"\n',
            encoding="utf-8",
        )
        data = tmp_path / "data"
        journal = SqliteJournal(data, "kiosk-3", "idea-store-whitechapel")
        journal.append(EventDraft("ticket.issued", {"number": "A001"}, Scope.SITE))
        journal.close()
        with_test = write_private_config(tmp_path / "sane-with-test")
        try:
            with vpcd_pcscd(_pcscd_folder(tmp_path)) as pcscd:
                if not pcscd.ours:
                    pytest.skip(f"another pcscd (pid {pcscd.pid}) is running; not ours to stop")
                up = report_of(status(config, data, with_test, "--json"))
                text = status(config, data, with_test).stdout
        except PcscdFailed as exc:
            pytest.fail(str(exc))
    finally:
        cups.stop()
    no_backends = tmp_path / "sane-none"
    no_backends.mkdir()
    (no_backends / "dll.conf").write_text("", encoding="utf-8")
    down = report_of(status(config, data, no_backends, "--json"))
    down_text = status(config, data, no_backends).stdout

    # What status always said is still there.
    for report in (up, down):
        assert report["integrity"] == "ok" and report["events_total"] == 1
        assert report["terminal"] == "kiosk-3"

    printer, scanner, reader = (up["health"][k] for k in ("printers", "scanner", "card_reader"))
    assert [(p["name"], p["ready"], p["paper"]) for p in printer] == [("desk-roll", True, "ok")]
    assert (scanner["present"], scanner["device"]) == (True, TEST_DEVICE)
    assert (reader["present"], reader["reader"]) == (True, READER)
    assert up["problems"] == []

    printer, scanner, reader = (down["health"][k] for k in ("printers", "scanner", "card_reader"))
    assert [(p["ready"], p["fault"]) for p in printer] == [(False, "server_down")]
    assert scanner["present"] is False and "not connected" in scanner["detail"]
    assert reader["present"] is False and "pcscd" in reader["detail"]
    assert [p.split(":")[0] for p in down["problems"]] == [
        "printer desk-roll",
        "scanner",
        "card reader",
    ]

    # The plain-text form says the same, one labelled line each.
    assert _line(text, "printer desk-roll").startswith("ready, paper ok")
    assert _line(down_text, "printer desk-roll").startswith("NOT READY (server_down)")
    assert _line(text, "scanner").startswith("present") and _line(down_text, "scanner").startswith(
        "MISSING"
    )
    assert _line(down_text, "card reader").startswith(
        "MISSING: the PC/SC service (pcscd) is not running"
    )


def _line(text: str, label: str) -> str:
    """What follows ``label`` on its line in the plain-text report."""
    for line in text.splitlines():
        if line.strip().startswith(label + "  "):
            return line.strip()[len(label) :].strip()
    raise AssertionError(f"no {label!r} line in:\n{text}")


def test_status_json_names_the_version_it_runs_and_the_disk_it_has(tmp_path: Path) -> None:
    empty = tmp_path / "sane-none"
    empty.mkdir()
    (empty / "dll.conf").write_text("", encoding="utf-8")
    config = tmp_path / "terminal.toml"
    config.write_text(
        '[kiosk]\nscanner = "none"\n[staff]\ncard_reader = "none"\n', encoding="utf-8"
    )
    data = tmp_path / "new-terminal"
    report = report_of(status(config, data, empty, "--json"))
    health = report["health"]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{health["version"]}"' in pyproject
    assert health["disk"]["free_bytes"] > 0 and health["disk"]["path"] == str(data)
    assert health["journal"] == {"integrity": "no journal yet", "checked": "now", "quarantined": []}
    assert health["uptime_s"] is None  # status runs outside the app
    assert report["problems"] == []
    assert not data.exists()  # status made nothing, not even the demo printer's folder


def _pcscd_folder(tmp_path: Path) -> Path:
    """A folder for pcscd's config, named so a pcscd left by a killed run is known as ours."""
    folder = tmp_path / f"{OUR_CONFIG_PREFIX}health"
    folder.mkdir()
    return folder
