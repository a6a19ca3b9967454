"""Read aloud through the real speechd engine and a real speech-dispatcher (espeak-ng voices).

The recipe is the one in PLATFORM-NOTES: with no sound server, speech-dispatcher is given a
private config that plays to ALSA's null device, so speaking completes (Speaking, then Ready).
The dispatcher that speechd starts is stopped by pid afterwards.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from ui.speech import ReadAloud

SYSTEM_CONF = Path("/etc/speech-dispatcher/speechd.conf")


@pytest.fixture
def private_speech_dispatcher(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """HOME and XDG folders holding a speechd.conf that plays to ALSA's null device."""
    # scripts/system-packages.sh installs speech-dispatcher: its absence is a failure, not a skip.
    assert SYSTEM_CONF.exists(), "speech-dispatcher is not installed"
    assert "speechd" in QTextToSpeech.availableEngines(), "Qt's speechd engine is missing"
    home, config, runtime = tmp_path / "home", tmp_path / "config", tmp_path / "run"
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
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    yield runtime
    for pid_file in runtime.glob("speech-dispatcher/pid/*.pid"):
        pid = int(pid_file.read_text().strip() or 0)
        if pid > 0:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)


def test_speechd_speaks_english_and_bengali_to_the_end(
    qtbot: QtBot, private_speech_dispatcher: Path
) -> None:
    """The real engine starts, speaks a sentence to the end, and takes the Bengali voice."""
    speech = ReadAloud("speechd")
    assert speech.prepare(), "speechd engine did not start"
    engine = speech.engine
    assert engine is not None
    speech.enabled = True
    states: list[QTextToSpeech.State] = []
    engine.stateChanged.connect(states.append)

    assert speech.say("Welcome to Idea Store Whitechapel.", "en")
    qtbot.waitUntil(lambda: QTextToSpeech.State.Speaking in states, timeout=20_000)
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=20_000)

    assert speech.say("আপনাকে স্বাগতম", "bn")
    assert "bn_BD" in [loc.name() for loc in engine.availableLocales()]
    assert engine.locale().name() == "bn_BD"
    qtbot.waitUntil(lambda: engine.state() == QTextToSpeech.State.Ready, timeout=20_000)
    speech.stop()
