"""Read aloud through the real speechd engine and a real speech-dispatcher (espeak-ng voices).

The recipe is the one in PLATFORM-NOTES: with no sound server, speech-dispatcher is given a
private config that plays to ALSA's null device, so speaking completes (Speaking, then Ready).
The dispatcher that speechd starts is stopped by pid afterwards (the fixture is in conftest.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from ui.speech import ReadAloud


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
