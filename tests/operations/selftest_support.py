"""What the self-test process tests put around ``main.py selftest``: a real X server, a private
speech-dispatcher, a font set without the Noto fonts, and the process itself.

- Xvfb is started with ``-displayfd``: it writes its display number to the pipe once it
  accepts clients, which is the readiness signal (no polling). It is stopped by its pid.
- speech-dispatcher follows PLATFORM-NOTES: private HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR
  holding a speechd.conf that plays to ALSA's null device. The self-test's speech check
  starts it (libspeechd autospawns it); ``stop_speech_dispatcher`` stops it by the pid it
  wrote in that runtime folder.
- A fontconfig file naming only DejaVu's folder stands for a kiosk installed without the
  Noto packages.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ROOT

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SCREEN = "1920x1080x24"
READY_WITHIN_S = 20.0


@contextlib.contextmanager
def xvfb() -> Iterator[str]:
    """A running Xvfb with one 1920 x 1080 screen; yields its DISPLAY (``:N``)."""
    read, write = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", SCREEN, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], READY_WITHIN_S)
        assert ready, f"Xvfb did not start within {READY_WITHIN_S} s"
        number = os.read(read, 64).decode().strip()
        assert number.isdecimal(), f"Xvfb stopped before it was ready (said {number!r})"
        yield f":{number}"
    finally:
        os.close(read)
        process.terminate()
        process.wait(timeout=READY_WITHIN_S)


def fonts_without_noto(folder: Path) -> Path:
    """A fontconfig file that sees only DejaVu: a kiosk whose Noto packages are missing."""
    folder.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{DEJAVU}</dir><cachedir>{folder / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return conf


def operator_environment(**extra: str) -> dict[str, str]:
    """This process's environment less display, pytest and Qt's test settings, plus ``extra``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY", "FONTCONFIG_FILE")
        and not k.startswith("PYTEST")
    }
    env.update(extra)
    return env


def run_selftest(
    config: Path, data: Path, env: dict[str, str], *extra: str
) -> subprocess.CompletedProcess[str]:
    """``python main.py selftest`` from the checkout, as an operator runs it."""
    files = ["--config", str(config), "--data", str(data)]
    return subprocess.run(
        [sys.executable, "main.py", *files, "selftest", *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def report_lines(output: str) -> dict[str, tuple[str, str]]:
    """The report's lines by check name: (outcome, detail)."""
    found = {}
    for line in output.splitlines():
        outcome, _, rest = line.partition(" ")
        if outcome in ("OK", "FAILED", "SKIPPED"):
            name, _, detail = rest.strip().partition(": ")
            found[name] = (outcome, detail)
    return found
