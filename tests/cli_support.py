"""Running ``python main.py`` as an operator would, in a subprocess with no display."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def run_main(
    *args: str, env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` from the checkout, without Qt's display variables.

    ``env_extra``: variables to set for this run (a private SANE config, for example).
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY") and not k.startswith("PYTEST")
    }
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
