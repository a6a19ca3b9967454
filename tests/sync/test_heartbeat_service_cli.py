"""``main.py case-service --silent-after``: the reference service as IT runs it, in a process.

A terminal beats against it over loopback; when the beats stop, the list flags the terminal
silent once ``--silent-after`` seconds have passed on the service's own (real) clock.
"""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from core.config import load_config
from operations.health import HealthGatherer
from sync.heartbeat import Heartbeat
from sync.terminal_identity import TerminalIdentity
from tests.conftest import ROOT
from tests.ports import unused_port
from tests.sync.case_service_support import ADMIN_TOKEN, SITE, Contract, wait_until

SILENT_AFTER_S = 1.5


@pytest.fixture
def case_service(tmp_path: Path) -> Iterator[tuple[str, TerminalIdentity]]:
    """``main.py case-service`` with one registered terminal; its address and the terminal."""
    identity = TerminalIdentity.load_or_create(tmp_path / "kiosk-1", "kiosk-1")
    register = tmp_path / "terminals.json"
    entry = {"public_key": identity.public_key_b64(), "site": SITE, "revoked": False}
    register.write_text(json.dumps({"terminals": {"kiosk-1": entry}}), encoding="utf-8")
    token = tmp_path / "admin-token"
    token.write_text(ADMIN_TOKEN, encoding="utf-8")
    port = unused_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "main.py",
            "case-service",
            "--data",
            str(tmp_path / "service"),
            "--listen",
            f"127.0.0.1:{port}",
            "--terminals",
            str(register),
            "--admin-token-file",
            str(token),
            "--silent-after",
            str(SILENT_AFTER_S),
        ],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if not k.startswith("PYTEST")},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert "listening on" in process.stdout.readline()
        yield f"http://127.0.0.1:{port}", identity
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def _row(url: str) -> dict[str, object]:
    answer = requests.get(
        url + "/case/v1/admin/terminals", headers={"X-Admin-Token": ADMIN_TOKEN}, timeout=20
    )
    Contract().check("GET", "/case/v1/admin/terminals", answer)
    rows = {row["terminal"]: row for row in answer.json()["terminals"]}
    assert answer.json()["silent_after_s"] == SILENT_AFTER_S
    return dict(rows["kiosk-1"])


def test_the_case_service_flags_a_terminal_silent_after_the_configured_time(
    case_service: tuple[str, TerminalIdentity], tmp_path: Path
) -> None:
    url, identity = case_service
    config = dataclasses.replace(
        load_config(None), terminal_id="kiosk-1", scanner="none", card_reader="none"
    )
    printer = {"name": "roll", "kind": "file", "folder": str(tmp_path / "printouts")}
    gatherer = HealthGatherer(config, tmp_path / "kiosk-1", [printer], in_app=True)
    assert _row(url)["silent"] is True  # registered, never heard from
    beat = Heartbeat(url, identity, gatherer.gather, every_s=0.2, first_after_s=0.0)
    beat.start()
    try:
        wait_until(lambda: _row(url)["silent"] is False, "the terminal to be heard")
    finally:
        beat.stop()
    wait_until(lambda: _row(url)["silent"] is True, "the terminal to be flagged silent")
    assert _row(url)["health"] is not None  # what it said last stays on the list


def test_a_silent_after_that_is_not_a_positive_number_is_refused_plainly(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "main.py", "case-service", "--data", str(tmp_path), "--silent-after", "0"],
        cwd=ROOT,
        env={**os.environ, "CIVIC_CASE_ADMIN_TOKEN": ADMIN_TOKEN},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "silent after must be a number of seconds above 0" in done.stderr
    assert "Traceback" not in done.stderr
