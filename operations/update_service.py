"""Stopping and starting the terminal's service around an update, through systemctl.

The unit is ``Type=notify`` (assets/deploy/terminal.service.in): ``systemctl start`` returns
once the terminal has painted its first window and sent READY=1, or fails if it exits or
does not get there within ``TimeoutStartSec``. So "it came up" is ``systemctl start``
succeeding and the unit then being active. Without a unit (``--service`` not given) the
update only checks that nothing has the terminal's files open, and leaves starting to the
operator.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass

SYSTEMCTL_TIMEOUT_S = 180.0


class ServiceProblem(RuntimeError):
    """systemctl could not do what was asked; the message has its words."""


@dataclass(frozen=True)
class SystemdUnit:
    """A systemd unit the update stops and starts.

    Attributes:
        unit: its name, e.g. ``civic-kiosk.service``.
    """

    unit: str

    def _systemctl(self, *args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                ["systemctl", *args, self.unit],
                capture_output=True,
                text=True,
                timeout=SYSTEMCTL_TIMEOUT_S,
                check=False,
            )
        except FileNotFoundError:
            raise ServiceProblem("systemctl is not installed here: run without --service") from None
        except subprocess.TimeoutExpired:
            raise ServiceProblem(
                f"systemctl {args[0]} {self.unit} did not finish in {SYSTEMCTL_TIMEOUT_S:g} s"
            ) from None

    def state(self) -> str:
        """``active``, ``inactive``, ``failed``... as systemctl is-active says."""
        return self._systemctl("is-active").stdout.strip() or "unknown"

    def stop(self) -> None:
        """Stop the unit and wait for it to have stopped."""
        done = self._systemctl("stop")
        if done.returncode != 0:
            raise ServiceProblem(
                f"could not stop {self.unit}: {done.stderr.strip() or done.returncode}"
            )

    def start(self) -> str | None:
        """Start the unit; None once it is up, else why it did not come up."""
        done = self._systemctl("start")
        if done.returncode != 0:
            return f"systemctl start {self.unit} failed: {done.stderr.strip() or done.returncode}"
        state = self.state()
        return None if state == "active" else f"{self.unit} is {state} after starting"
