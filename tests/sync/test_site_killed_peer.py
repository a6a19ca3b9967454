"""A terminal killed with SIGKILL and restarted on its folder: both sides catch up.

Runs a second Python process; deadlines are generous for a loaded CI machine, and every wait
polls its condition, so a passing run takes a few seconds.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pytest

from tests.conftest import ROOT
from tests.sync.site_support import DEADLINE_S, Site, ticket, wait_until


class Node:
    """A terminal in a child process (tests/sync/site_node.py), driven over stdin/stdout."""

    def __init__(self, folder: Path, port: int, *peers: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self._log = (folder.parent / f"{folder.name}.log").open("a", encoding="utf-8")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.sync.site_node",
                str(folder),
                "kiosk-9",
                str(port),
                *peers,
            ],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            text=True,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True).start()
        self.port = int(self.expect("port"))

    def _read(self, stdout: IO[str]) -> None:
        for line in stdout:
            self._lines.put(line.strip())

    def expect(self, word: str) -> str:
        """The rest of the next output line, which must start with ``word``."""
        line = self._lines.get(timeout=DEADLINE_S)
        head, _, rest = line.partition(" ")
        assert head == word, line
        return rest

    def send(self, command: str) -> None:
        """Give the terminal one command."""
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def cursors(self) -> dict[str, int]:
        """The child's site cursors."""
        self.send("cursors")
        value: dict[str, int] = json.loads(self._lines.get(timeout=DEADLINE_S))
        return value

    def kill(self) -> None:
        """SIGKILL: no clean shutdown, no chance to flush anything."""
        self.process.kill()
        self.close()

    def quit(self) -> int:
        """Ask it to stop cleanly; its exit status."""
        self.send("quit")
        self.close()
        return int(self.process.returncode)

    def close(self) -> None:
        """Wait for the process and release its pipes."""
        if self.process.poll() is None:
            try:
                self.process.wait(timeout=DEADLINE_S)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()
        self._log.close()


@pytest.fixture
def nodes() -> Iterator[list[Node]]:
    """Child terminals started by the test, killed afterwards if still running."""
    started: list[Node] = []
    yield started
    for node in started:
        if node.process.poll() is None:
            node.kill()


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    """Terminals for one test, stopped and closed afterwards."""
    made = Site(tmp_path)
    yield made
    made.close()


def test_a_killed_terminal_restarts_on_its_folder_and_both_sides_catch_up(
    nodes: list[Node], site: Site, tmp_path: Path
) -> None:
    """Tickets issued on either side before, during and after the kill all end up on both."""
    link = site.proxy()  # the desk's configured address for the kiosk
    desk = site.terminal("desk-1", [link.url])
    folder = tmp_path / "kiosk-9"
    kiosk = Node(folder, 0, desk.url)
    nodes.append(kiosk)
    link.target = kiosk.port

    kiosk.send("append 5")
    assert kiosk.expect("appended") == "5"
    for i in range(3):
        desk.journal.append(ticket(i))
    wait_until(lambda: desk.journal.site_cursors() == {"desk-1": 3, "kiosk-9": 5}, "at the desk")
    wait_until(lambda: kiosk.cursors() == {"desk-1": 3, "kiosk-9": 5}, "at the kiosk")

    kiosk.kill()
    for i in range(3, 5):
        desk.journal.append(ticket(i))
    wait_until(lambda: desk.replicator.status()[0].state == "unreachable", "the desk to notice")

    restarted = Node(folder, kiosk.port, desk.url)
    nodes.append(restarted)
    assert restarted.port == kiosk.port
    restarted.send("append 4")
    assert restarted.expect("appended") == "9"  # its journal survived the kill
    both = {"desk-1": 5, "kiosk-9": 9}
    wait_until(lambda: desk.journal.site_cursors() == both, "the desk to catch up")
    wait_until(lambda: restarted.cursors() == both, "the restarted kiosk to catch up")
    assert [e.seq for e in desk.journal.events(origin="kiosk-9")] == list(range(1, 10))
    assert restarted.quit() == 0
