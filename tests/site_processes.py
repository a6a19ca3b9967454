"""Real terminals as separate processes on loopback, driven through their real screens.

Each terminal is ``main.py <role>`` with its own config and journal folder, offscreen, with
the test-only automation socket (ui/automation.py) so a test can tap widgets by name and
read what each screen shows. Links between terminals can run through ``CutProxy`` relays,
so a test can cut a terminal off from its peers while it keeps running.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.ports import unused_port
from tests.sync.cut_proxy import CutProxy

ROOT = Path(__file__).resolve().parent.parent
PEER_KEY = "test-site-key"


def wait_for(what: str, check: Callable[[], Any], timeout_s: float = 30.0) -> Any:
    """Poll ``check`` until it returns something truthy; fail with ``what`` after the deadline."""
    pause = threading.Event()
    deadline = _now() + timeout_s
    last: Any = None
    while _now() < deadline:
        last = check()
        if last:
            return last
        pause.wait(0.02)
    raise AssertionError(f"timed out waiting for {what}; last saw {last!r}")


def automation_call(path: str, command: dict[str, Any], timeout_s: float = 20) -> dict[str, Any]:
    """One command over a terminal's automation socket (ui/automation.py) and its reply.

    Raises OSError when the socket cannot be reached or closes before a whole reply.
    """
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(timeout_s)
        sock.connect(path)
        sock.sendall(json.dumps(command).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = sock.recv(65536)
            if not chunk:
                raise ConnectionAbortedError("the socket closed mid-reply")
            data += chunk
    reply: dict[str, Any] = json.loads(data)
    return reply


def _now() -> float:
    import time

    return time.monotonic()


class Terminal:
    """One terminal process: role, folder, listening port, and its automation socket."""

    def __init__(self, root: Path, role: str, terminal_id: str, block: int, extra: str = ""):
        self.role = role
        self.terminal_id = terminal_id
        self.block = block
        self.folder = root / terminal_id
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = unused_port()
        self.inbound = CutProxy(self.port)  # how peers reach this terminal
        self.outbound: dict[str, CutProxy] = {}  # this terminal's own route to each peer
        self.extra = extra
        self.socket_path = str(self.folder / "automation.sock")
        self.process: subprocess.Popen[str] | None = None

    def write_config(self, peers: list[Terminal]) -> Path:
        """This terminal's TOML: listen port, peers through proxies, a file printer."""
        for peer in peers:
            self.outbound[peer.terminal_id] = CutProxy(peer.inbound.port)
        urls = ", ".join(f'"{p.url}"' for p in self.outbound.values())
        path = self.folder / "terminal.toml"
        path.write_text(
            f'[terminal]\nid = "{self.terminal_id}"\nticket_block = {self.block}\n'
            f'role = "{self.role}"\n'
            f'[kiosk]\nfullscreen = false\nspeech_engine = "none"\n'
            f'[site]\nlisten = "127.0.0.1:{self.port}"\npeers = [{urls}]\n'
            f'peer_key = "{PEER_KEY}"\n{self.extra}\n'
            f'[[printers]]\nname = "roll"\nkind = "file"\n'
            f'folder = "{self.folder / "printouts"}"\n',
            encoding="utf-8",
        )
        return path

    def start(self) -> None:
        """Launch ``main.py <role>`` and wait until its screen answers."""
        command = {"kiosk": "kiosk", "desk": "desk", "board": "display"}[self.role]
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "QT_LOGGING_RULES": "qt.multimedia.symbolsresolver=false",
            "CIVIC_KIOSK_AUTOMATION": self.socket_path,
            "PYTHONDONTWRITEBYTECODE": "1",
        }
        with (self.folder / "terminal.log").open("a", encoding="utf-8") as log:
            self.process = self._launch(command, env, log)
        wait_for(f"{self.terminal_id} to start", self._answers, timeout_s=60)

    def _launch(self, command: str, env: dict[str, str], log: Any) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "main.py"),
                command,
                "--config",
                str(self.folder / "terminal.toml"),
                "--data",
                str(self.folder / "data"),
            ],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise AssertionError(f"{self.terminal_id} exited: {self.log_tail()}")
        try:
            return bool(self.ctl({"op": "texts"}).get("ok"))
        except OSError:
            return False

    def log_tail(self) -> str:
        """The end of this terminal's log, for failure messages."""
        path = self.folder / "terminal.log"
        return path.read_text(encoding="utf-8")[-3000:] if path.exists() else ""

    def ctl(self, command: dict[str, Any]) -> dict[str, Any]:
        """Send one automation command and return the reply."""
        return automation_call(self.socket_path, command)

    def tap(self, name: str) -> None:
        """Tap a widget by objectName; fails if it cannot be tapped."""
        reply = self.ctl({"op": "tap", "name": name})
        assert reply.get("ok"), f"{self.terminal_id}: {reply.get('error')}"

    def tap_when_ready(self, name: str, timeout_s: float = 20.0) -> None:
        """Tap a widget as soon as it is on screen and enabled."""
        wait_for(
            f"{name} on {self.terminal_id}",
            lambda: self.ctl({"op": "tap", "name": name}).get("ok"),
            timeout_s,
        )

    def texts(self) -> list[str]:
        """Every visible label and button text."""
        return list(self.ctl({"op": "texts"})["texts"])

    def shows(self, fragment: str) -> bool:
        """True if some visible text contains ``fragment``."""
        return any(fragment in text for text in self.texts())

    def queue(self) -> dict[str, Any]:
        """This terminal's own fold of today's queue (its digest, tickets and calls)."""
        probe: dict[str, Any] = self.ctl({"op": "probe"})["probe"]
        return probe

    def isolate(self) -> None:
        """Cut every link to and from this terminal; its process keeps running."""
        self.inbound.cut()
        for proxy in self.outbound.values():
            proxy.cut()

    def reconnect(self) -> None:
        """Heal every link to and from this terminal."""
        self.inbound.heal()
        for proxy in self.outbound.values():
            proxy.heal()

    def kill(self) -> None:
        """Kill the process outright (no clean shutdown)."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        """End the process and close the proxies."""
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()
        self.inbound.close()
        for proxy in self.outbound.values():
            proxy.close()

    @property
    def url(self) -> str:
        """How peers reach this terminal (through its inbound proxy)."""
        return self.inbound.url


def start_site(root: Path, layout: list[tuple[str, str, int, str]]) -> list[Terminal]:
    """Start every terminal of a site, each peered with all the others.

    If one fails to start, the ones already running are stopped before the failure is raised,
    so no terminal outlives the test that started it.
    """
    terminals = [Terminal(root, role, tid, block, extra) for role, tid, block, extra in layout]
    for terminal in terminals:
        terminal.write_config([t for t in terminals if t is not terminal])
    try:
        for terminal in terminals:
            terminal.start()
    except BaseException:
        for terminal in terminals:
            terminal.stop()
        raise
    return terminals
