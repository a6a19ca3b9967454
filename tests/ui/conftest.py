"""Fixtures for ui tests: a private speech-dispatcher that speaks to ALSA's null device.

The recipe is the one in PLATFORM-NOTES ("Text to speech"): with no sound server,
speech-dispatcher is given a private config that plays to ALSA's null device, so speaking
completes (Speaking, then Ready). The dispatcher that speechd starts is stopped by pid afterwards.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

SYSTEM_CONF = Path("/etc/speech-dispatcher/speechd.conf")


@pytest.fixture(scope="session")
def speech_dispatcher_folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR holding a speechd.conf that plays to null.

    One set per test run: libspeechd finds the dispatcher through GLib, which reads these
    folders once per process, so every test in the run must use the same ones.
    """
    # scripts/system-packages.sh installs speech-dispatcher: its absence is a failure, not a skip.
    assert SYSTEM_CONF.exists(), "speech-dispatcher is not installed"
    base = tmp_path_factory.mktemp("speech")
    home, config, runtime = base / "home", base / "config", base / "run"
    for folder in (home, config / "speech-dispatcher", runtime):
        folder.mkdir(parents=True)
    runtime.chmod(0o700)
    text = SYSTEM_CONF.read_text(encoding="utf-8")
    (config / "speech-dispatcher" / "speechd.conf").write_text(
        text + '\nAudioOutputMethod "alsa"\n', encoding="utf-8"
    )
    for sub in ("modules", "clients"):
        shutil.copytree(SYSTEM_CONF.parent / sub, config / "speech-dispatcher" / sub)
    (home / ".asoundrc").write_text("pcm.!default { type null }\n", encoding="utf-8")
    return home, config, runtime


@pytest.fixture
def private_speech_dispatcher(
    speech_dispatcher_folders: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A private speech-dispatcher (started by speechd on first use), stopped by pid after."""
    assert "speechd" in QTextToSpeech.availableEngines(), "Qt's speechd engine is missing"
    home, config, runtime = speech_dispatcher_folders
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield runtime
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        pid = int(pid_file.read_text().strip() or 0)
        if pid > 0:
            stop_and_wait(pid)


def stop_and_wait(pid: int, timeout_s: float = 10.0) -> None:
    """Stop a process we started and wait until it has gone, so the next test starts afresh."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        with contextlib.suppress(ProcessLookupError):
            signal.pidfd_send_signal(handle, signal.SIGTERM)
        gone, _, _ = select.select([handle], [], [], timeout_s)
        assert gone, f"speech-dispatcher {pid} did not stop within {timeout_s:.0f} s"
    finally:
        os.close(handle)
