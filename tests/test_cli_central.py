"""The case service and the sync engine as operators run them: real processes, real HTTP.

`main.py terminal-key` makes the kiosk's key and prints its register entry; `main.py
case-service` serves the register; `main.py sync --once` sends the kiosk's journal; the
service then holds the case, and `main.py status` reports the engine's state.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from core.case_reference import new_reference
from core.events import EventDraft, EventType, Scope
from store.journal import SqliteJournal
from sync.sealing import CouncilSealer
from tests.cli_support import run_main
from tests.conftest import ROOT

ADMIN = "an admin token long enough for the service"


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    """`main.py case-service` on a free port, with the register written beforehand."""
    register = tmp_path / "terminals.json"
    register.write_text('{"terminals": {}}', encoding="utf-8")
    yield _start(tmp_path, register)


def _start(tmp_path: Path, register: Path) -> tuple[subprocess.Popen[str], str, Path]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["CIVIC_CASE_ADMIN_TOKEN"] = ADMIN
    process = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "--data",
            str(tmp_path / "service"),
            "case-service",
            "--listen",
            "127.0.0.1:0",
            "--terminals",
            str(register),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()  # blocks until the service says where it listens
    assert "listening on" in line, process.stderr.read() if process.stderr else line
    url = line.split("listening on ")[1].split("/case/v1")[0]
    return process, url, register


def _stop(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=30)  # also closes the pipes
    assert process.returncode == 0, err


def test_sync_once_sends_the_kiosks_submission_to_the_case_service(
    tmp_path: Path, service: tuple[subprocess.Popen[str], str, Path]
) -> None:
    process, url, register = service
    kiosk_data = tmp_path / "kiosk"
    config = tmp_path / "kiosk.toml"
    config.write_text(f'[case_service]\nurl = "{url}"\n', encoding="utf-8")
    made = run_main("--config", str(config), "--data", str(kiosk_data), "terminal-key")
    assert made.returncode == 0, made.stderr
    entry = json.loads(made.stdout)
    register.write_text(json.dumps(entry), encoding="utf-8")
    _stop(process)
    process, url, _ = _start(tmp_path, register)
    config.write_text(f'[case_service]\nurl = "{url}"\n', encoding="utf-8")
    try:
        journal = SqliteJournal(kiosk_data, "demo-kiosk-1", "idea-store-whitechapel")
        reference = new_reference("MB")
        sealed = CouncilSealer(journal_key()).seal(b'{"answers": {"bins": ["food"]}}')
        journal.append(
            EventDraft(
                EventType.SUBMISSION_FINALISED,
                {
                    "form": "report-missed-bin",
                    "version": "2026-11-23.1",
                    "reference": reference,
                    "service": "waste-environment",
                    "kind": "report",
                    "language": "en",
                    "assisted": False,
                    "answers": sealed,
                },
                Scope.CENTRAL,
            )
        )
        journal.close()
        synced = run_main("--config", str(config), "--data", str(kiosk_data), "sync", "--once")
        assert synced.returncode == 0, synced.stdout + synced.stderr
        assert "still to send  0 events" in synced.stdout
        cases = requests.get(
            f"{url}/case/v1/admin/cases", headers={"X-Admin-Token": ADMIN}, timeout=10
        ).json()["cases"]
        assert [c["reference"] for c in cases] == [reference]
        status = run_main("--config", str(config), "--data", str(kiosk_data), "status")
        assert "central_backlog" in status.stdout and "central_last_error     none" in status.stdout
    finally:
        _stop(process)


def test_sync_once_with_the_service_down_says_so_and_fails(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('[case_service]\nurl = "http://127.0.0.1:9"\n', encoding="utf-8")
    data = tmp_path / "kiosk"
    journal = SqliteJournal(data, "demo-kiosk-1", "idea-store-whitechapel")
    journal.append(
        EventDraft(EventType.HELP_REQUESTED, {"kiosk": "k", "screen": "home"}, Scope.SITE)
    )
    journal.close()
    synced = run_main("--config", str(config), "--data", str(data), "sync", "--once")
    assert synced.returncode == 1
    assert "still to send  1 events" in synced.stdout
    assert "last problem   none" not in synced.stdout


def journal_key() -> str:
    from core.config import load_config

    return load_config(None).council_public_key


def test_the_days_appointments_from_the_case_service_are_the_ones_checked_in_against(
    tmp_path: Path,
) -> None:
    """A site's own list on the service replaces the configured file once pulled."""
    import dataclasses
    import shutil

    import main
    from core.catalogue import load_catalogue
    from core.config import load_config
    from core.site_day import SiteCalendar
    from sync.central_sync import CentralSync
    from sync.reference import start_reference_service
    from sync.terminal_identity import TerminalIdentity
    from tests.conftest import demo_private_key
    from tests.sync.case_service_support import TerminalKey

    config = load_config(None)
    today = SiteCalendar(config.timezone).day_of_ms(int(time.time() * 1000))
    content = tmp_path / "content"
    shutil.copytree(ROOT / "assets", content)
    site_list = json.loads((content / "demo" / "appointments.json").read_text(encoding="utf-8"))
    site_list["appointments"][0]["reference"] = "TH-PULL1"
    folder = content / "sites" / config.site / "appointments"
    folder.mkdir(parents=True)
    (folder / f"{today}.json").write_text(json.dumps(site_list), encoding="utf-8")
    data = tmp_path / "kiosk"
    identity = TerminalIdentity.load_or_create(data, config.terminal_id)
    key = TerminalKey(config.terminal_id, config.site, identity._key)
    service = start_reference_service(
        tmp_path / "svc",
        terminals={config.terminal_id: key.entry()},
        admin_token=ADMIN,
        private_key_b64=demo_private_key(),
        content_dir=content,
    )
    try:
        online = dataclasses.replace(config, case_service_url=service.url)
        engine = CentralSync.for_terminal(online, data)
        try:
            assert engine.drain_once().last_error is None
        finally:
            engine.stop()
        assert (data / "central" / f"appointments-{today}.json").is_file()
        journal = SqliteJournal(data, config.terminal_id, config.site)
        try:
            site = main.compose_site(
                online,
                journal,
                CouncilSealer(config.council_public_key),
                load_catalogue(config.catalogue_path),
            )
            assert site.appointments.by_reference("TH-PULL1") is not None
            offline = main.compose_site(
                config,
                journal,
                CouncilSealer(config.council_public_key),
                load_catalogue(config.catalogue_path),
            )
            assert offline.appointments.by_reference("TH-PULL1") is None
        finally:
            journal.close()
    finally:
        service.stop()
