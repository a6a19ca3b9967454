"""Updating a terminal whose kiosk is running under its service, and one that does not come up.

The kiosk is the real ``main.py kiosk`` (offscreen), run through the ``current`` link as the
unit runs it. The service manager is a stand-in for systemctl (tests/operations/
fake_systemctl.py: PID 1 here is not systemd), keeping systemd's Type=notify contract:
started means the kiosk sent READY=1 after its first paint.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.operations.update_support import (
    FIXTURE,
    copy_of_today,
    events,
    integrity,
    operator_env,
    point_current,
    run_update,
    terminal_data,
    write_config,
)

UNIT = "civic-kiosk.service"
FAKE = Path(__file__).resolve().parent / "fake_systemctl.py"


@dataclass
class Service:
    """The stand-in service manager and the kiosk unit it runs."""

    folder: Path
    env: dict[str, str]

    def systemctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run ``systemctl ARGS UNIT`` as the update would (the stand-in, first on PATH)."""
        return subprocess.run(
            ["systemctl", *args, UNIT],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )

    def pid(self) -> int | None:
        """The kiosk's pid while the unit is active."""
        path = self.folder / f"{UNIT}.pid"
        return int(path.read_text()) if self.systemctl("is-active").returncode == 0 else None

    def log(self) -> str:
        """What the kiosk processes printed."""
        path = self.folder / f"{UNIT}.log"
        return path.read_text(errors="replace") if path.exists() else ""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, Path, Path, Service]]:
    """Release v1 current and its kiosk running as the unit; the data folder; the config."""
    v1 = copy_of_today(tmp_path, "v1")
    link = point_current(tmp_path, v1)
    data = terminal_data(tmp_path)
    config = write_config(tmp_path)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    wrapper = bin_dir / "systemctl"
    wrapper.write_text(f'#!/bin/sh\nexec {sys.executable} {FAKE} "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    folder = tmp_path / "systemd"
    folder.mkdir()
    python, main = link / ".venv" / "bin" / "python", link / "main.py"
    unit = {
        "exec": [str(python), str(main), "--config", str(config), "--data", str(data), "kiosk"],
        "env": {"QT_QPA_PLATFORM": "offscreen"},
        "timeout_start_s": 120,
    }
    (folder / f"{UNIT}.json").write_text(json.dumps(unit), encoding="utf-8")
    env = operator_env(
        FAKE_SYSTEMD_DIR=str(folder), PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}"
    )
    service = Service(folder, env)
    started = service.systemctl("start")
    assert started.returncode == 0, started.stderr + service.log()
    yield link, data, config, service
    service.systemctl("stop")


def test_the_running_kiosk_is_stopped_updated_and_started_on_the_new_release(
    tmp_path: Path, site: tuple[Path, Path, Path, Service]
) -> None:
    link, data, config, service = site
    before = service.pid()
    assert before is not None
    v2 = copy_of_today(tmp_path, "v2")

    done = run_update(config, data, v2, link, "--service", UNIT, env=service.env)

    assert done.returncode == 0, done.stdout + done.stderr + service.log()
    assert f"{UNIT} is up on v2" in done.stdout
    assert link.resolve() == v2.resolve()
    after = service.pid()
    assert after is not None and after != before, "a new kiosk process runs"


def _cannot_show_its_window(release: Path) -> None:
    """A release whose kiosk records the visit's start, then fails before its first paint."""
    app = release / "kiosk" / "app.py"
    text = app.read_text(encoding="utf-8")
    anchor = "    app = QApplication.instance() or QApplication(sys.argv[:1])\n"
    assert text.count(anchor) == 1, "kiosk/app.py changed: update this test's deliberate break"
    broken = text.replace(
        anchor,
        '    services.visits.started("en")\n'
        '    raise RuntimeError("broken on purpose: this release cannot show its window")\n'
        + anchor,
    )
    app.write_text(broken, encoding="utf-8")


def test_a_release_that_does_not_come_up_is_rolled_back_and_its_records_kept(
    tmp_path: Path, site: tuple[Path, Path, Path, Service]
) -> None:
    """The old kiosk runs again; the event the failed release recorded is carried over."""
    link, data, config, service = site
    v1 = link.resolve()
    broken = copy_of_today(tmp_path, "broken")
    _cannot_show_its_window(broken)

    done = run_update(config, data, broken, link, "--service", UNIT, env=service.env)

    assert done.returncode == 1, done.stdout + done.stderr
    assert f"UPDATE FAILED: broken did not come up: systemctl start {UNIT} failed" in done.stdout
    assert "ROLLED BACK: v1 is the current release again" in done.stdout
    assert "1 event the new release recorded was carried over" in done.stdout
    assert f"{UNIT} started again on v1" in done.stdout
    assert link.resolve() == v1
    assert service.pid() is not None, "the old release's kiosk is running again"
    assert "broken on purpose" in service.log()
    service.systemctl("stop")
    kept = events(data / "journal.db")
    assert integrity(data / "journal.db") == "ok"
    fixture = events(FIXTURE / "journal.db")
    assert {key: kept[key] for key in fixture} == fixture
    added = [value for key, value in kept.items() if key not in fixture]
    assert [kind for _id, kind, _hash in added].count("session.started") >= 1
    [failed] = [p for p in (data / "backups").iterdir() if p.name.endswith("-failed-broken")]
    failed_events = events(failed / "journal.db")
    carried = {k: v for k, v in failed_events.items() if k not in fixture}
    assert carried and all(kept[key] == value for key, value in carried.items())
