"""Fixtures for ui tests: a private speech-dispatcher playing to ALSA's null device
(tests/speech_support.py), one set of folders per run, stopped by pid after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech

from tests.speech_support import SPEECHD_CONF, speech_folders, stop_speech_dispatcher


@pytest.fixture(scope="session")
def speech_dispatcher_folders(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """HOME, XDG_CONFIG_HOME and XDG_RUNTIME_DIR holding a speechd.conf that plays to null.

    One set per test run: libspeechd finds the dispatcher through GLib, which reads these
    folders once per process, so every test in the run must use the same ones.
    """
    # scripts/system-packages.sh installs speech-dispatcher: its absence is a failure, not a skip.
    assert SPEECHD_CONF.exists(), "speech-dispatcher is not installed"
    base = tmp_path_factory.mktemp("speech")
    folders = speech_folders(base)
    return (
        Path(folders["HOME"]),
        Path(folders["XDG_CONFIG_HOME"]),
        Path(folders["XDG_RUNTIME_DIR"]),
    )


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
    stop_speech_dispatcher(runtime)
