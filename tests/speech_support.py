"""A private speech-dispatcher that speaks to ALSA's null device, for tests that speak.

The recipe is the one in PLATFORM-NOTES ("Text to speech"): with no sound server,
speech-dispatcher is given a private config that plays to ALSA's null device, so speaking
completes (Speaking, then Ready). speechd starts the dispatcher on first use; it is stopped
by the pid it leaves in the runtime folder.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
from pathlib import Path

SPEECHD_CONF = Path("/etc/speech-dispatcher/speechd.conf")


def speech_folders(base: Path) -> dict[str, str]:
    """HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR for a speech-dispatcher that plays to null."""
    home, config, runtime = base / "home", base / "config", base / "run"
    for folder in (home, config / "speech-dispatcher", runtime):
        folder.mkdir(parents=True)
    runtime.chmod(0o700)
    text = SPEECHD_CONF.read_text(encoding="utf-8")
    (config / "speech-dispatcher" / "speechd.conf").write_text(
        text + '\nAudioOutputMethod "alsa"\n', encoding="utf-8"
    )
    for sub in ("modules", "clients"):
        shutil.copytree(SPEECHD_CONF.parent / sub, config / "speech-dispatcher" / sub)
    (home / ".asoundrc").write_text("pcm.!default { type null }\n", encoding="utf-8")
    return {"HOME": str(home), "XDG_CONFIG_HOME": str(config), "XDG_RUNTIME_DIR": str(runtime)}


def stop_speech_dispatcher(runtime: Path, timeout_s: float = 10.0) -> None:
    """Stop the speech-dispatcher the self-test started in ``runtime`` (by its pid), if alive."""
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        text = pid_file.read_text().strip()
        if not text.isdecimal():
            continue
        try:
            handle = os.pidfd_open(int(text))
        except ProcessLookupError:
            continue
        try:
            with contextlib.suppress(ProcessLookupError):
                signal.pidfd_send_signal(handle, signal.SIGTERM)
            gone, _, _ = select.select([handle], [], [], timeout_s)
            assert gone, f"speech-dispatcher {text} did not stop within {timeout_s:.0f} s"
        finally:
            os.close(handle)
