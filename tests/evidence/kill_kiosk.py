"""The kiosk the kill test kills: ``main.py kiosk`` as a real process, driven by widget name.

It runs offscreen with the test-only automation socket (ui/automation.py), as
tests/site_processes.py runs terminals, on one data folder that outlives every process:
each restart opens the journal a SIGKILL left behind, exactly as a kiosk does after a power
cut. Its printer writes PDFs beside the data folder, not in it, and its temp folder is its
own, so the test can search both for anything a resident typed.

Python's bytecode cache goes to build/kill-test-pycache (``PYTHONPYCACHEPREFIX``): the test
suite turns bytecode writing off, and without a cache every restart would spend about 0.8 s
compiling the same 360 modules again, which is not what a kiosk's start-up costs.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.site_processes import automation_call, wait_for

ROOT = Path(__file__).resolve().parents[2]
TERMINAL_ID = "kill-kiosk"
START_TIMEOUT_S = 60.0
REPLY_TIMEOUT_S = 20.0
PYCACHE = ROOT / "build" / "kill-test-pycache"  # kept between runs, outside the source tree


class KioskGone(Exception):
    """The kiosk process is dead (killed), so its socket no longer answers."""


class KioskProcess:
    """One kiosk at a time on a fixed folder: start, drive, SIGKILL, start again."""

    def __init__(self, root: Path, appointments: Path) -> None:
        self.root = root
        self.data = root / "data"
        self.printouts = root / "printouts"
        self.tmp = root / "tmp"
        for folder in (self.data, self.printouts, self.tmp):
            folder.mkdir(parents=True, exist_ok=True)
        self.socket_path = str(root / "automation.sock")
        self.config = root / "terminal.toml"
        self.log = root / "kiosk.log"
        self.process: subprocess.Popen[bytes] | None = None
        self._write_config(appointments)

    def _write_config(self, appointments: Path) -> None:
        # A check-in window of four hours either side, so a long run's appointments stay
        # open; no card reader (no pcscd here); the demo's simulated scanner.
        self.config.write_text(
            f'[terminal]\nid = "{TERMINAL_ID}"\nticket_block = 1\nrole = "kiosk"\n'
            '[kiosk]\nfullscreen = false\nspeech_engine = "none"\nscanner = "simulated"\n'
            '[staff]\ncard_reader = "none"\n'
            f'[site]\nappointments_path = "{appointments}"\n'
            "[queue]\ncheckin_early_minutes = 240\ncheckin_late_minutes = 240\n"
            f'[[printers]]\nname = "roll"\nkind = "file"\nfolder = "{self.printouts}"\n',
            encoding="utf-8",
        )

    def start(self) -> float:
        """Launch ``main.py kiosk`` and wait until its screen answers; returns the seconds taken."""
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("PYTHONDONTWRITEBYTECODE", "EVIDENCE_DIR")
        }
        env.update(
            QT_QPA_PLATFORM="offscreen",
            QT_LOGGING_RULES="qt.multimedia.symbolsresolver=false",
            CIVIC_KIOSK_AUTOMATION=self.socket_path,
            PYTHONPYCACHEPREFIX=str(PYCACHE),
            TMPDIR=str(self.tmp),
        )
        began = time.monotonic()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "main.py"),
                    "kiosk",
                    "--config",
                    str(self.config),
                    "--data",
                    str(self.data),
                ],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=self.root,
            )
        wait_for("the kiosk to answer", self._answers, START_TIMEOUT_S)
        return time.monotonic() - began

    def _answers(self) -> bool:
        if not self.alive():
            raise AssertionError(f"the kiosk exited on start: {self.log_tail()}")
        try:
            return bool(self.ctl({"op": "texts"}).get("ok"))
        except KioskGone:
            return False

    def alive(self) -> bool:
        """True while the process runs."""
        return self.process is not None and self.process.poll() is None

    def kill(self, process: subprocess.Popen[bytes] | None = None) -> None:
        """SIGKILL: no clean shutdown, no flush, no atexit; as a power cut leaves it.

        ``process``: only that one (a timer armed for one process never kills the next).
        """
        process = process or self.process
        if process is not None and process is self.process and process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, signal.SIGKILL)

    def reap(self) -> int:
        """Wait for the killed process; its exit status (negative: the signal)."""
        assert self.process is not None
        return self.process.wait(timeout=30)

    def kill_after(self, seconds: float) -> threading.Timer:
        """SIGKILL the process ``seconds`` from now, whatever the driver is doing then."""
        timer = threading.Timer(seconds, self.kill, args=(self.process,))
        timer.daemon = True
        timer.start()
        return timer

    def log_tail(self) -> str:
        """The end of the kiosk's log, for failure messages."""
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    # -- the automation socket ----------------------------------------------------------

    def ctl(self, command: dict[str, Any]) -> dict[str, Any]:
        """One automation command; KioskGone if the process is dead or dies meanwhile."""
        try:
            return automation_call(self.socket_path, command, REPLY_TIMEOUT_S)
        except OSError as exc:
            raise KioskGone(str(exc)) from None

    def texts(self) -> list[str]:
        """Every visible label and button text: what a resident can read now."""
        return list(self.ctl({"op": "texts"})["texts"])

    def until(self, what: str, check: Callable[[], Any], timeout_s: float = 20.0) -> Any:
        """``wait_for`` that stops at once, with KioskGone, when the kiosk has been killed."""

        def checked() -> Any:
            if not self.alive():
                raise KioskGone(what)
            return check()

        return wait_for(f"{what}; kiosk log: {self.log_tail()[-600:]}", checked, timeout_s)

    def tap(self, name: str) -> None:
        """Tap a widget by objectName as soon as it is on screen and enabled."""
        self.until(f"{name} to be tapped", lambda: self.ctl({"op": "tap", "name": name})["ok"])

    def type(self, name: str, text: str) -> None:
        """Type into a text box by objectName as soon as it is on screen."""
        command = {"op": "type", "name": name, "text": text}
        self.until(f"{name} to take text", lambda: self.ctl(command)["ok"])
