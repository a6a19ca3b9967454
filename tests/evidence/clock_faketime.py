"""A kiosk process whose system wall clock a test can jump, with libfaketime.

Qt's timers (the idle countdown and the "more time?" grace) cannot be given an injected
clock, so to show that a wall-clock jump neither fires nor holds up the idle wipe, the real
kiosk process runs with libfaketime preloaded: its wall clock (``time()``, ``CLOCK_REALTIME``)
is moved by writing to a file, while its monotonic clock is left alone, exactly as when a
real system clock is stepped. Needs Debian's ``faketime`` package.
"""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path
from typing import Any

from store.connection import JOURNAL_FILE
from tests.site_processes import Terminal

LIBFAKETIME = Path("/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1")
IDLE_TIMEOUT_S = 15  # the shortest the config allows
IDLE_GRACE_S = 5
# libfaketime's spellings of the jumps (relative offsets, or an absolute start).
SPELLINGS = {
    "forward a day": "+1d",
    "back a day": "-1d",
    "back to 1970": "@1970-01-01 00:00:05",
}


class FakeTimeKiosk(Terminal):
    """A ``main.py kiosk`` process whose wall clock follows ``self.clock_file``."""

    def __init__(self, root: Path, terminal_id: str) -> None:
        super().__init__(root, "kiosk", terminal_id, 1)
        self.clock_file = self.folder / "faketime.rc"
        self.clock_file.write_text("+0\n", encoding="utf-8")

    def write_config(self, peers: list[Terminal]) -> Path:
        """The usual config with the shortest idle timeout and grace the config allows."""
        path = super().write_config(peers)
        text = path.read_text(encoding="utf-8").replace(
            "[kiosk]\n",
            f'[kiosk]\nscanner = "simulated"\nidle_timeout_s = {IDLE_TIMEOUT_S}\n'
            f"idle_grace_s = {IDLE_GRACE_S}\n",
            1,
        )
        path.write_text(text, encoding="utf-8")
        return path

    def _launch(self, command: str, env: dict[str, str], log: Any) -> subprocess.Popen[str]:
        faked = {
            **env,
            "LD_PRELOAD": str(LIBFAKETIME),
            "FAKETIME_TIMESTAMP_FILE": str(self.clock_file),
            "FAKETIME_NO_CACHE": "1",  # read the file at every call: jumps land at once
            "FAKETIME_DONT_FAKE_MONOTONIC": "1",  # a stepped system clock leaves it alone
        }
        return super()._launch(command, faked, log)

    def jump(self, name: str) -> None:
        """Step the process's wall clock (true time keeps going underneath)."""
        self.clock_file.write_text(SPELLINGS[name] + "\n", encoding="utf-8")

    def recorded(self, kind: str) -> list[str]:
        """When the kiosk recorded each event of a type, by its own wall clock."""
        uri = f"file:{self.folder / 'data' / JOURNAL_FILE}?mode=ro"
        conn = sqlite3.connect(uri, uri=True)
        try:
            rows = conn.execute(
                "SELECT recorded_at FROM events WHERE type = ? ORDER BY rowid", (kind,)
            ).fetchall()
        finally:
            conn.close()
        return [str(r[0]) for r in rows]
