"""Running ``python main.py`` as an operator would, in a subprocess with no display."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_main(*args: str) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` from the checkout, without Qt's display variables."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("PYTEST")
    }
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
