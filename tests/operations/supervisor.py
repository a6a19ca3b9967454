"""A stand-in for systemd supervising a ``Type=notify`` service, driven by the real unit file.

PID 1 in this container is not systemd, so the installed units cannot run here. This harness
stands in for it: it parses the unit the install wrote and applies what systemd would do with
it, to the real ``main.py`` started the way ExecStart says.

What it applies, as systemd.service(5) and systemd.unit(5) describe:
- ``NOTIFY_SOCKET``: a datagram socket it owns; senders are known by SCM_CREDENTIALS, and
  ``NotifyAccess=`` decides whose messages count (``main``: the main process only; ``all``:
  the main process or any process descended from the one started, standing in for the cgroup).
- ``READY=1`` ends the start (``TimeoutStartSec=`` kills a start that never gets there);
  ``MAINPID=`` names the main process; ``WATCHDOG=1`` resets the watchdog.
- ``WatchdogSec=`` (armed from READY=1): on expiry ``WatchdogSignal=`` (SIGABRT by default)
  then SIGCONT, as systemd sends to a stopped process too, then SIGKILL after
  ``TimeoutStopSec=``. ``WATCHDOG_USEC`` and ``WATCHDOG_PID`` are set as systemd sets them.
- ``Restart=`` and ``RestartSec=`` after every exit; ``StartLimitIntervalSec=`` and
  ``StartLimitBurst=`` (defaults 10 s and 5) counting every start: past the limit the unit is
  failed and nothing restarts it.
- ``Environment=`` lines; a core-dump limit of 0 (systemd's default soft limit).

What it leaves out: cgroups, ``User=`` (the test runs it as itself), PAM, the tty, and the
compositor at the head of ExecStart (cage, or xinit and its X server): with no display here the
terminal runs offscreen, as cage's child would, with nothing in between.
"""

from __future__ import annotations

import array
import contextlib
import os
import resource
import select
import shlex
import signal
import socket
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

DEFAULT_START_LIMIT = (10.0, 5)  # systemd's DefaultStartLimitIntervalSec= and ...Burst=
UNITS_S = {"us": 1e-6, "usec": 1e-6, "ms": 1e-3, "msec": 1e-3, "s": 1, "sec": 1, "m": 60}
UNITS_S |= {"min": 60, "h": 3600, "hr": 3600}
RESTART_WHEN = {  # Restart= value: the ends that restart (systemd.service(5), table 2)
    "no": set(),
    "always": {"clean", "code", "signal", "watchdog", "timeout"},
    "on-success": {"clean"},
    "on-failure": {"code", "signal", "watchdog", "timeout"},
    "on-abnormal": {"signal", "watchdog", "timeout"},
    "on-watchdog": {"watchdog"},
    "on-abort": {"signal"},
}


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """Sections, each a key's values in order (keys such as ExecStart= may repeat)."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    pending = ""
    for raw in text.splitlines():
        line = pending + raw.strip()
        pending = ""
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        key, _, value = line.partition("=")
        assert current is not None, f"a setting before any section: {line}"
        values = current.setdefault(key.strip(), [])
        if value.strip():
            values.append(value.strip())
        else:
            values.clear()  # an empty assignment resets the list
    return sections


def timespan_s(text: str) -> float:
    """A systemd time span (``30s``, ``2``, ``1min 30s``, ``500ms``, ``infinity``) in seconds."""
    clean = text.strip().replace(" ", "")
    if clean == "infinity":
        return float("inf")
    total, index = 0.0, 0
    while index < len(clean):
        start = index
        while index < len(clean) and (clean[index].isdigit() or clean[index] == "."):
            index += 1
        value = float(clean[start:index])
        start = index
        while index < len(clean) and clean[index].isalpha():
            index += 1
        total += value * UNITS_S[clean[start:index] or "s"]
    return total


def without_compositor(argv: list[str]) -> list[str]:
    """The terminal's own command inside ExecStart: after cage's ``--``, or xinit's client."""
    name = Path(argv[0]).name
    if name == "cage":
        return argv[argv.index("--") + 1 :]
    if name == "xinit":
        return argv[1 : argv.index("--")]
    return argv


@dataclass(frozen=True)
class ServicePolicy:
    """What a unit file asks of its supervisor."""

    exec_start: list[str]
    restart: str
    restart_s: float
    watchdog_s: float
    watchdog_signal: int
    timeout_start_s: float
    timeout_stop_s: float
    start_limit_interval_s: float
    start_limit_burst: int
    notify_access: str
    service_type: str
    environment: dict[str, str]

    @classmethod
    def from_unit(cls, text: str, overrides: dict[str, str] | None = None) -> ServicePolicy:
        """Read the policy from a unit's text; ``overrides`` replace [Service] or [Unit] keys."""
        unit = parse_unit(text)
        service, head = unit.get("Service", {}), unit.get("Unit", {})
        for key, value in (overrides or {}).items():
            (head if key.startswith("StartLimit") else service)[key] = [value]

        def one(table: dict[str, list[str]], key: str, default: str) -> str:
            values = table.get(key) or [default]
            return values[-1]

        (command,) = service["ExecStart"]
        environment: dict[str, str] = {}
        for line in service.get("Environment", []):
            for assignment in shlex.split(line):
                name, _, value = assignment.partition("=")
                environment[name] = value
        return cls(
            exec_start=shlex.split(command.lstrip("@-:+!")),
            restart=one(service, "Restart", "no"),
            restart_s=timespan_s(one(service, "RestartSec", "100ms")),
            watchdog_s=timespan_s(one(service, "WatchdogSec", "0")),
            watchdog_signal=signal.Signals[one(service, "WatchdogSignal", "SIGABRT")],
            timeout_start_s=timespan_s(one(service, "TimeoutStartSec", "90s")),
            timeout_stop_s=timespan_s(one(service, "TimeoutStopSec", "90s")),
            start_limit_interval_s=timespan_s(
                one(head, "StartLimitIntervalSec", str(DEFAULT_START_LIMIT[0]))
            ),
            start_limit_burst=int(one(head, "StartLimitBurst", str(DEFAULT_START_LIMIT[1]))),
            notify_access=one(service, "NotifyAccess", "none"),
            service_type=one(service, "Type", "simple"),
            environment=environment,
        )


@dataclass(frozen=True)
class Happening:
    """One thing the supervisor saw or did: started, ready, ping, exited, watchdog, ..."""

    kind: str
    pid: int
    at: float
    detail: str = ""


def _parent_of(pid: int) -> int:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return 0
    return int(stat.rsplit(")", 1)[1].split()[1])


@dataclass
class Supervisor:
    """Runs one service per its policy until ``stop``; every happening is kept in order.

    Attributes:
        policy: the unit's settings.
        command: the process to start (ExecStart without the compositor, paths as here).
        env: the environment on top of the unit's ``Environment=`` lines.
        folder: where the notify socket and the process's output go.
    """

    policy: ServicePolicy
    command: list[str]
    env: dict[str, str]
    folder: Path
    happenings: list[Happening] = field(default_factory=list)
    failed: bool = False
    _changed: threading.Condition = field(default_factory=threading.Condition)
    _stopping: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def start(self) -> None:
        """Bind the notify socket and start the service."""
        self.socket_path = str(self.folder / "notify.sock")
        self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_PASSCRED, 1)
        self._socket.bind(self.socket_path)
        self._log: IO[str] = (self.folder / "service.log").open("a", encoding="utf-8")
        self._thread = threading.Thread(target=self._run, name="supervisor", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop supervising and end the service (SIGTERM, then SIGKILL)."""
        self._stopping.set()
        if self._thread is not None:
            self._thread.join(timeout=60)
        self._socket.close()
        self._log.close()

    # -- what tests read ------------------------------------------------------------------

    def seen(self, kind: str, pid: int | None = None) -> list[Happening]:
        """Happenings of one kind (for one process, if given)."""
        with self._changed:
            return [h for h in self.happenings if h.kind == kind and pid in (None, h.pid)]

    def wait(self, what: str, check: Callable[[], Any], timeout_s: float) -> Any:
        """Wait until ``check`` is truthy (checked at each happening); fail after the deadline."""
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                found = check()
                if found:
                    return found
                if self.failed:
                    raise AssertionError(f"the unit failed (start limit hit) before {what}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out waiting for {what}: {self.happenings[-8:]}")
                self._changed.wait(left)

    def log_tail(self) -> str:
        """The end of the service's output, for failure messages."""
        return (self.folder / "service.log").read_text(encoding="utf-8")[-3000:]

    # -- the supervising loop -------------------------------------------------------------

    def _note(self, kind: str, pid: int, detail: str = "") -> None:
        with self._changed:
            self.happenings.append(Happening(kind, pid, time.monotonic(), detail))
            self._changed.notify_all()

    def _spawn(self) -> None:
        now = time.monotonic()
        interval, burst = self.policy.start_limit_interval_s, self.policy.start_limit_burst
        starts = [h.at for h in self.seen("started") if now - h.at < interval]
        if interval > 0 and len(starts) >= burst:
            self.failed = True
            self._note("start-limit-hit", 0)
            return
        env = {**self.policy.environment, **self.env, "NOTIFY_SOCKET": self.socket_path}
        env["INVOCATION_ID"] = uuid.uuid4().hex
        if self.policy.watchdog_s > 0:
            env["WATCHDOG_USEC"] = str(int(self.policy.watchdog_s * 1_000_000))
        # systemd sets WATCHDOG_PID to the process it starts; exec keeps the shell's pid.
        shim = 'WATCHDOG_PID=$$; export WATCHDOG_PID; exec "$@"'
        self._process = subprocess.Popen(
            ["/bin/sh", "-c", shim, "sh", *self.command],
            env=env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_CORE, (0, 0)),
        )
        self._main = self._process.pid
        self._state, self._since, self._last_ping = "starting", now, now
        self._note("started", self._main)

    def _belongs(self, pid: int) -> bool:
        access = self.policy.notify_access
        if access in ("main", "exec"):
            return pid == self._main
        if access == "all":
            while pid > 1:
                if pid in (self._main, self._process.pid):
                    return True
                pid = _parent_of(pid)
        return False

    def _receive(self) -> None:
        ucred = array.array("i", [0, 0, 0])  # struct ucred: pid, uid, gid
        data, ancillary, _flags, _address = self._socket.recvmsg(
            4096, socket.CMSG_SPACE(ucred.itemsize * len(ucred))
        )
        sender = 0
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_CREDENTIALS:
                sender = array.array("i", payload[:12])[0]
        if not self._belongs(sender):
            self._note("refused", sender, data.decode(errors="replace"))
            return
        for line in data.decode().splitlines():
            key, _, value = line.partition("=")
            if key == "MAINPID" and value.isdigit() and self._belongs(int(value)):
                self._main = int(value)
            elif key == "READY" and value == "1" and self._state == "starting":
                self._state, self._last_ping = "running", time.monotonic()
                self._note("ready", self._main)
            elif key == "WATCHDOG" and value == "1":
                self._last_ping = time.monotonic()
                self._note("ping", self._main)
            elif key == "STOPPING" and value == "1":
                self._note("stopping", self._main)

    def _kill(self, sig: int, why: str) -> None:
        self._note(why, self._main, signal.Signals(sig).name)
        for target_sig in (sig, signal.SIGCONT) if sig != signal.SIGKILL else (sig,):
            with contextlib.suppress(ProcessLookupError):
                os.kill(self._main, target_sig)
        self._state = "stop-sigkill" if sig == signal.SIGKILL else "stopping"
        self._since = time.monotonic()

    def _reaped(self, status: int) -> None:
        how = self._end_reason  # watchdog or timeout, when the supervisor ended it
        if not how:
            how = "clean" if status == 0 else "signal" if status < 0 else "code"
        self._note("exited", self._process.pid, f"{how} {status}")
        if how in RESTART_WHEN.get(self.policy.restart, set()) and not self._stopping.is_set():
            self._state, self._since = "auto-restart", time.monotonic()
        else:
            self._state = "dead"

    def _run(self) -> None:
        self._end_reason = ""
        self._spawn()
        while not self._stopping.is_set() and not self.failed:
            readable, _, _ = select.select([self._socket], [], [], 0.02)
            if readable:
                self._receive()
            self._tick(time.monotonic())
        if self._state not in ("dead", "auto-restart") and self._process.poll() is None:
            os.kill(self._process.pid, signal.SIGTERM)
            try:
                self._process.wait(timeout=self.policy.timeout_stop_s)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()

    def _tick(self, now: float) -> None:
        policy, state = self.policy, self._state
        if state == "auto-restart":
            if now - self._since >= policy.restart_s:
                self._end_reason = ""
                self._spawn()
            return
        if state == "dead":
            return
        status = self._process.poll()
        if status is not None:
            self._reaped(status)
            return
        if state == "starting" and now - self._since > policy.timeout_start_s:
            self._end_reason = "timeout"
            self._kill(signal.SIGTERM, "start-timeout")
        elif state == "running" and policy.watchdog_s and now - self._last_ping > policy.watchdog_s:
            self._end_reason = "watchdog"
            self._kill(policy.watchdog_signal, "watchdog")
        elif state == "stopping" and now - self._since > policy.timeout_stop_s:
            self._kill(signal.SIGKILL, "stop-timeout")
