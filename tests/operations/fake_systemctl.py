"""A stand-in for ``systemctl`` (start, stop, is-active) of one ``Type=notify`` unit.

PID 1 in this container is not systemd, so ``systemctl`` cannot start anything here. This
stands in for it, and only for it: the update under test calls ``systemctl`` by name, and
the tests put this first on PATH (through a two-line ``systemctl`` script). What it runs is
the real terminal (``<current>/main.py kiosk``), and it keeps systemd's contract for a
``Type=notify`` unit, which is what the update relies on:

- ``start`` runs the unit's command with ``$NOTIFY_SOCKET`` and returns 0 once the process
  sends ``READY=1`` (the kiosk does after its first paint, operations/sd_notify.py), or
  returns 1, as systemd's "Job ... failed", if the process exits first or does not get
  there within ``TimeoutStartSec``.
- ``stop`` sends SIGTERM to the unit's processes, waits, then SIGKILL, as systemd does.
- ``is-active`` prints active, inactive or failed (exit 0 only for active).

The unit is ``$FAKE_SYSTEMD_DIR/<unit>.json``: ``{"exec": [...], "env": {...},
"timeout_start_s": 60}``; its state, pid and log are kept beside it.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

STOP_TIMEOUT_S = 10.0


def _state_dir() -> Path:
    return Path(os.environ["FAKE_SYSTEMD_DIR"])


def _pid(unit: str) -> int | None:
    path = _state_dir() / f"{unit}.pid"
    try:
        pid = int(path.read_text())
        os.kill(pid, 0)
    except (OSError, ValueError):
        return None
    if Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z":  # exited, not yet reaped
        return None
    return pid


def _set_state(unit: str, state: str, pid: int | None = None) -> None:
    folder = _state_dir()
    (folder / f"{unit}.state").write_text(state)
    pid_file = folder / f"{unit}.pid"
    if pid is None:
        pid_file.unlink(missing_ok=True)
    else:
        pid_file.write_text(str(pid))


def start(unit: str) -> int:
    """Start the unit and wait for READY=1, its exit, or the start timeout."""
    if _pid(unit) is not None:
        return 0
    folder = _state_dir()
    spec = json.loads((folder / f"{unit}.json").read_text())
    address = folder / f"{unit}.notify"
    address.unlink(missing_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(address))
    env = {**os.environ, **spec.get("env", {}), "NOTIFY_SOCKET": str(address)}
    with (folder / f"{unit}.log").open("ab") as log:
        process = subprocess.Popen(
            spec["exec"], env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    exited = os.pidfd_open(process.pid)
    deadline = time.monotonic() + float(spec.get("timeout_start_s", 90))
    try:
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([listener.fileno(), exited], [], [], left)
            if listener.fileno() in ready:
                message = listener.recv(4096).decode(errors="replace")
                if "READY=1" in message.split("\n"):
                    _set_state(unit, "active", process.pid)
                    return 0
            elif exited in ready:
                code = process.wait()
                _set_state(unit, "failed")
                print(
                    f"Job for {unit} failed because the control process exited with error "
                    f"code (status={code}).\nSee {folder / (unit + '.log')} for details.",
                    file=sys.stderr,
                )
                return 1
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        _set_state(unit, "failed")
        print(f"Job for {unit} failed because a timeout was exceeded.", file=sys.stderr)
        return 1
    finally:
        os.close(exited)
        listener.close()
        address.unlink(missing_ok=True)


def stop(unit: str) -> int:
    """Stop the unit's processes (SIGTERM, then SIGKILL) and wait until they are gone."""
    pid = _pid(unit)
    if pid is not None:
        handle = os.pidfd_open(pid)
        try:
            os.killpg(pid, signal.SIGTERM)
            gone, _, _ = select.select([handle], [], [], STOP_TIMEOUT_S)
            if not gone:
                os.killpg(pid, signal.SIGKILL)
                select.select([handle], [], [], STOP_TIMEOUT_S)
        finally:
            os.close(handle)
    _set_state(unit, "inactive")
    return 0


def is_active(unit: str) -> int:
    """Print the unit's state; exit 0 only when it is active."""
    if _pid(unit) is not None:
        print("active")
        return 0
    state_file = _state_dir() / f"{unit}.state"
    state = state_file.read_text() if state_file.exists() else "inactive"
    print("inactive" if state == "active" else state)
    return 3


def main(argv: list[str]) -> int:
    """``systemctl VERB UNIT``."""
    verbs = {"start": start, "stop": stop, "is-active": is_active}
    if len(argv) != 2 or argv[0] not in verbs:
        print(f"fake systemctl: only {', '.join(verbs)} UNIT are stood in for", file=sys.stderr)
        return 2
    return verbs[argv[0]](argv[1])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
