"""Running the self-test's Qt checks (ui/selftest_checks.py) in child processes, and reading them.

The display check runs on the platform this terminal is configured for (the environment's
``QT_QPA_PLATFORM``, ``DISPLAY`` or ``WAYLAND_DISPLAY``, as the kiosk's service sets them);
Qt kills a process that cannot reach its display, so only a child can try. Fonts and speech
are checked on the offscreen platform: they do not depend on the display, and a terminal whose
display is down still learns whether its fonts and voices are there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

from core.config import TerminalConfig
from operations.selftest_report import Check, failed

ROOT = Path(__file__).resolve().parent.parent
CHILD_TIMEOUT_S = 60.0
QUIET_QT = "qt.multimedia.symbolsresolver=false"  # never qt.qpa: it says why a display failed


def display_named(environ: Mapping[str, str]) -> str:
    """Which display the environment names, or "" when it names none."""
    for key in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY"):
        if environ.get(key):
            return f"{key}={environ[key]}"
    return ""


def check_display(environ: Mapping[str, str] | None = None) -> Iterator[Check]:
    """Can the kiosk's window open: a QGuiApplication on the configured platform, and its screen."""
    env = dict(os.environ if environ is None else environ)
    named = display_named(env)
    if not named:
        yield failed(
            "display",
            "no display is named here (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are unset): "
            "the kiosk's window cannot open; run this from the kiosk's graphical session, as "
            "its service does",
        )
        return
    for check in _child("display", [], env, what=f"the display ({named})"):
        if check.name == "display" and not check.failed:
            check = type(check)(check.name, check.outcome, f"{check.detail} ({named})")
        yield check


def check_fonts(
    config: TerminalConfig, environ: Mapping[str, str] | None = None
) -> Iterator[Check]:
    """A font that draws each configured language's own script."""
    env = _offscreen(environ)
    args = ["--languages", ",".join(config.languages)]
    yield from _child("fonts", args, env, what="the fonts")


def speech_engine(config: TerminalConfig) -> str:
    """The Qt speech engine the kiosk would start ("" when read aloud is off)."""
    return {"auto": "speechd", "none": ""}.get(config.speech_engine, config.speech_engine)


def check_speech(
    config: TerminalConfig, environ: Mapping[str, str] | None = None
) -> Iterator[Check]:
    """The speech engine starts, and a voice for each configured language."""
    env = _offscreen(environ)
    args = ["--languages", ",".join(config.languages), "--engine", speech_engine(config)]
    yield from _child("speech", args, env, what="speech")


def _offscreen(environ: Mapping[str, str] | None) -> dict[str, str]:
    env = dict(os.environ if environ is None else environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _child(group: str, args: list[str], env: dict[str, str], what: str) -> Iterator[Check]:
    """Run one group in ``python -m ui.selftest_checks``; a crash becomes a plain FAILED."""
    env.setdefault("QT_LOGGING_RULES", QUIET_QT)
    command = [sys.executable, "-m", "ui.selftest_checks", group, *args]
    try:
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        yield failed(group, f"checking {what} did not finish within {CHILD_TIMEOUT_S:g} s")
        return
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    for line in lines:
        yield Check.from_json(line)
    if done.returncode != 0 and not lines:
        yield failed(group, f"Qt could not start for {what}: {_why(done.stderr, done.returncode)}")


def _why(stderr: str, code: int) -> str:
    """Qt's own words for why it stopped, without the advice it gives for another problem.

    With no X server, Qt's xcb plugin also says that xcb-cursor0 "is needed", which is not
    the cause; the line that names the display is the one that helps.
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if "could not connect to display" in line or "Failed to create wl_display" in line:
            return line.removeprefix("qt.qpa.xcb: ").removeprefix("qt.qpa.wayland: ")
    for line in lines:
        if "platform plugin" in line and "could not" in line.casefold():
            return line
    return lines[-1] if lines else f"it stopped with code {code}"
