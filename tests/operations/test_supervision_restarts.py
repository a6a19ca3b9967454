"""A kiosk under its own unit's supervision: hung, it is restarted; crashed, it comes back.

The kiosk is installed for real into a staging root (``main.py install --root``), then started
from the installed unit's ExecStart by tests/operations/supervisor.py, which stands in for
systemd (PID 1 here is not systemd) and applies the unit's Restart=, RestartSec=, WatchdogSec=,
WatchdogSignal=, TimeoutStopSec=, StartLimitIntervalSec= and NotifyAccess=. The kiosk runs
offscreen from the installed venv and app, with the installed config kept as the council wrote
it, and is reached through its automation socket as a resident's taps would be.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.operations.install_support import UNIT_DIR, install_into, staging_root, under_root
from tests.operations.supervisor import Happening, ServicePolicy, Supervisor, without_compositor
from tests.site_processes import automation_call

# The council's config, written before the install (which keeps it): no speech, the
# simulated scanner and no card reader, as this machine has none of them running.
COUNCIL_CONFIG = """\
[terminal]
id = "supervised-kiosk"
role = "kiosk"
[kiosk]
speech_engine = "none"
scanner = "simulated"
[staff]
card_reader = "none"
"""
# The unit says WatchdogSec=30s; the hang test shortens it to 3 s so that it waits seconds,
# not minutes. Everything else is the unit's own.
TEST_WATCHDOG = {"WatchdogSec": "3s"}
CRASHES = 20
FAST_FAILURES = 8  # more than systemd's default StartLimitBurst=5 within its 10 s


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """A staging root with the kiosk installed, and the council's config kept."""
    root = staging_root(tmp_path)
    config = root / "etc" / "civic-kiosk" / "terminal.toml"
    config.parent.mkdir(parents=True)
    config.write_text(COUNCIL_CONFIG, encoding="utf-8")
    install_into(root, "--role", "kiosk")
    return root


def supervise(root: Path, folder: Path, overrides: dict[str, str] | None = None) -> Supervisor:
    """The installed kiosk unit, started under the stand-in supervisor."""
    unit = (root / UNIT_DIR / "civic-kiosk.service").read_text(encoding="utf-8")
    policy = ServicePolicy.from_unit(unit, overrides)
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "HOME": str(root / "var" / "lib" / "civic-kiosk"),
        "XDG_RUNTIME_DIR": str(runtime),  # pam_systemd's /run/user/<uid> on a kiosk
        "QT_QPA_PLATFORM": "offscreen",  # no cage here
        "CIVIC_KIOSK_AUTOMATION": str(folder / "automation.sock"),
    }
    command = under_root(without_compositor(policy.exec_start), root)
    return Supervisor(policy, command, env, folder)


@pytest.fixture
def running(
    installed: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Supervisor]:
    """The supervisor, running; stopped (and its kiosk ended) after the test."""
    overrides = getattr(request, "param", None)
    supervisor = supervise(installed, tmp_path, overrides)
    supervisor.start()
    try:
        yield supervisor
    finally:
        supervisor.stop()


def ready_pids(supervisor: Supervisor) -> list[int]:
    """Each process that said READY=1, in order."""
    return [h.pid for h in supervisor.seen("ready")]


def answers(supervisor: Supervisor) -> bool:
    """True when the running kiosk shows its screen through the automation socket."""
    path = str(supervisor.folder / "automation.sock")
    try:
        reply = automation_call(path, {"op": "texts"}, timeout_s=10)
    except OSError:
        return False
    return bool(reply.get("ok")) and bool(reply.get("texts"))


def exits_reach(supervisor: Supervisor, count: int) -> Callable[[], bool]:
    """A check: the service has ended ``count`` times."""
    return lambda: len(supervisor.seen("exited")) >= count


def wait_ready(supervisor: Supervisor, count: int) -> int:
    """Wait for the ``count``-th READY=1 and return that process's pid."""
    pids = supervisor.wait(
        f"READY=1 number {count}\n{supervisor.log_tail()}",
        lambda: ready_pids(supervisor)[count - 1 :],
        timeout_s=90,
    )
    return int(pids[0])


@pytest.mark.parametrize("running", [TEST_WATCHDOG], indirect=True)
def test_a_hung_kiosk_is_killed_by_the_watchdog_and_started_again(running: Supervisor) -> None:
    first = wait_ready(running, 1)
    # Alive and pinging from its UI loop, it outlives two watchdog periods untouched.
    running.wait("six pings", lambda: len(running.seen("ping", first)) >= 6, timeout_s=60)
    assert not running.seen("watchdog") and not running.seen("exited")
    assert running.seen("refused") == []

    os.kill(first, signal.SIGSTOP)  # the UI thread stops dead, as in a hang
    stopped_after = len(running.seen("ping", first))
    second = wait_ready(running, 2)

    (watchdog,) = running.seen("watchdog")
    assert (watchdog.pid, watchdog.detail) == (first, "SIGABRT")
    assert running.seen("exited")[0].detail.startswith("watchdog")
    assert second != first
    assert len(running.seen("ping", first)) <= stopped_after + 1  # one may have been in flight
    running.wait("the new kiosk to answer", lambda: answers(running), timeout_s=60)
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)


def test_twenty_crashes_in_a_row_still_end_with_a_kiosk_that_answers(running: Supervisor) -> None:
    killed: list[int] = []
    for crash in range(1, CRASHES + 1):
        pid = wait_ready(running, crash)
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)
        running.wait(f"crash {crash}", exits_reach(running, crash), 30)

    survivor = wait_ready(running, CRASHES + 1)
    running.wait("the kiosk to answer after the crashes", lambda: answers(running), timeout_s=60)

    assert not running.failed and running.seen("start-limit-hit") == []
    assert survivor not in killed and len(set(killed)) == CRASHES
    ends: list[Happening] = running.seen("exited")
    assert [h.detail for h in ends] == [f"signal {-signal.SIGKILL}"] * CRASHES
    assert len(running.seen("started")) == CRASHES + 1


def test_a_kiosk_failing_at_once_is_never_given_up_on(installed: Path, tmp_path: Path) -> None:
    """Failing within a second of starting (here a config broken mid-edit) would hit systemd's
    default start limit (5 starts in 10 s) and leave the screen dark for good; the unit's
    StartLimitIntervalSec=0 keeps trying until the config is mended."""
    config = installed / "etc" / "civic-kiosk" / "terminal.toml"
    config.write_text(COUNCIL_CONFIG.replace('role = "kiosk"', 'role = "kiosk'), encoding="utf-8")
    supervisor = supervise(installed, tmp_path)
    supervisor.start()
    try:
        failures = FAST_FAILURES
        supervisor.wait(
            f"{failures} failed starts",
            lambda: len(supervisor.seen("exited")) >= failures,
            timeout_s=120,
        )
        assert all(h.detail == "code 2" for h in supervisor.seen("exited"))  # config problem
        config.write_text(COUNCIL_CONFIG, encoding="utf-8")
        wait_ready(supervisor, 1)
        supervisor.wait("the mended kiosk to answer", lambda: answers(supervisor), timeout_s=60)
        assert not supervisor.failed and supervisor.seen("start-limit-hit") == []
    finally:
        supervisor.stop()
