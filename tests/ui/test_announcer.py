"""Announcing calls: in order, never cutting one off, in the resident's language or English."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtTextToSpeech import QTextToSpeech
from pytestqt.qtbot import QtBot

from core.languages import LANGUAGE_CODES
from core.site_queue import Call
from ui.announcer import PHRASES_FILE, Announcement, Announcer, Phrases, sound_chime, spoken_number


def a_call(number: str, desk: str = "Desk 3", language: str = "en", recall: bool = False) -> Call:
    """A call as the site queue would record it."""
    return Call(
        f"key-{number}-{recall}", f"t-{number}", number, "desk-3", desk, 0, language, recall
    )


class SpeechLog:
    """Records, in one list, each say() with the engine's state then, and each state change."""

    def __init__(self, engine: QTextToSpeech) -> None:
        self.entries: list[str] = []
        self.said: list[str] = []
        engine.stateChanged.connect(lambda state: self.entries.append(state.name))
        speak = engine.say

        def say(text: str) -> None:
            assert engine.state() != QTextToSpeech.State.Speaking, "said while still speaking"
            self.said.append(text)
            self.entries.append(f"say {text}")
            speak(text)

        engine.say = say  # type: ignore[method-assign]


@pytest.fixture
def mock_engine() -> QTextToSpeech:
    """Qt's mock speech engine: speaks word by word on a timer, with English voices only."""
    return QTextToSpeech("mock")


def test_three_quick_calls_are_spoken_in_order_each_after_the_last_finished(
    qtbot: QtBot, mock_engine: QTextToSpeech
) -> None:
    log = SpeechLog(mock_engine)
    announcer = Announcer(mock_engine, gap_ms=0)
    finished: list[Announcement] = []
    announcer.finished.connect(finished.append)

    for number in ("H-017", "B-021", "P-003"):
        announcer.announce(a_call(number))
    assert announcer.pending == 2, "the second and third calls should wait their turn"

    qtbot.waitUntil(lambda: len(finished) == 3, timeout=20_000)
    assert log.entries == [
        "say Number H 0 1 7, please go to Desk 3.",
        "Speaking",
        "Ready",
        "say Number B 0 2 1, please go to Desk 3.",
        "Speaking",
        "Ready",
        "say Number P 0 0 3, please go to Desk 3.",
        "Speaking",
        "Ready",
    ]
    assert [a.call.number for a in finished] == ["H-017", "B-021", "P-003"]


def test_a_somali_call_is_spoken_in_english_and_shown_in_somali(
    qtbot: QtBot, mock_engine: QTextToSpeech
) -> None:
    log = SpeechLog(mock_engine)
    announcer = Announcer(mock_engine, gap_ms=0)
    started: list[Announcement] = []
    announcer.started.connect(started.append)
    voices: list[str] = []
    announcer.spoken.connect(lambda _text, voice: voices.append(voice))

    with qtbot.waitSignal(announcer.finished, timeout=20_000):
        announcer.announce(a_call("H-017", language="so"))

    [shown] = started
    assert shown.text == "Lambarka H-017, fadlan u tag Miiska 3."
    assert shown.english == "Number H-017, please go to Desk 3."
    assert voices == ["en"], "Somali has no voice, so the call must be spoken in English"
    assert log.said == ["Number H 0 1 7, please go to Desk 3."]
    assert mock_engine.locale().language() == QLocale.Language.English


def test_a_recall_says_so(qtbot: QtBot, mock_engine: QTextToSpeech) -> None:
    log = SpeechLog(mock_engine)
    announcer = Announcer(mock_engine, gap_ms=0)
    with qtbot.waitSignal(announcer.finished, timeout=20_000):
        announcer.announce(a_call("B-021", desk="Housing desk", recall=True))
    assert log.said == ["Calling number B 0 2 1 again. Please go to Housing desk."]


def test_the_chime_plays_before_each_call_and_a_silent_chime_holds_nothing_up(
    qtbot: QtBot, mock_engine: QTextToSpeech
) -> None:
    log = SpeechLog(mock_engine)

    class Chime:
        """Rings for a moment on a timer, except the second time, when it cannot play."""

        def __init__(self) -> None:
            self.rung = 0

        def play(self, then: Callable[[], None]) -> None:
            self.rung += 1
            log.entries.append("chime")
            QTimer.singleShot(0 if self.rung == 2 else 30, then)

    announcer = Announcer(mock_engine, Chime(), gap_ms=0)
    finished: list[Announcement] = []
    announcer.finished.connect(finished.append)
    announcer.announce(a_call("H-017"))
    announcer.announce(a_call("H-018"))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=20_000)
    assert [e for e in log.entries if e == "chime" or e.startswith("say")] == [
        "chime",
        "say Number H 0 1 7, please go to Desk 3.",
        "chime",
        "say Number H 0 1 8, please go to Desk 3.",
    ]


class BrokenEngine(QObject):
    """A speech engine that fails on its first sentence and speaks the rest."""

    stateChanged = Signal(object)  # noqa: N815 (QTextToSpeech's names)
    errorOccurred = Signal(object, str)  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.said: list[str] = []
        self._state = QTextToSpeech.State.Ready

    def state(self) -> QTextToSpeech.State:
        return self._state

    def availableLocales(self) -> list[QLocale]:  # noqa: N802
        return [QLocale("en_GB")]

    def setLocale(self, _locale: QLocale) -> None:  # noqa: N802
        return None

    def say(self, text: str) -> None:
        self.said.append(text)
        self._move(QTextToSpeech.State.Speaking)
        if len(self.said) == 1:
            QTimer.singleShot(10, lambda: self.errorOccurred.emit("Playback", "no audio device"))
            QTimer.singleShot(10, lambda: self._move(QTextToSpeech.State.Error))
        else:
            QTimer.singleShot(10, lambda: self._move(QTextToSpeech.State.Ready))

    def _move(self, state: QTextToSpeech.State) -> None:
        self._state = state
        self.stateChanged.emit(state)


def test_an_engine_error_is_logged_and_the_next_call_still_announced(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    engine = BrokenEngine()
    announcer = Announcer(engine, gap_ms=0)  # type: ignore[arg-type]
    finished: list[Announcement] = []
    announcer.finished.connect(finished.append)
    with caplog.at_level(logging.WARNING, logger="ui.announcer"):
        announcer.announce(a_call("H-017"))
        announcer.announce(a_call("H-018"))
        qtbot.waitUntil(lambda: len(finished) == 2, timeout=5_000)
    assert engine.said == [
        "Number H 0 1 7, please go to Desk 3.",
        "Number H 0 1 8, please go to Desk 3.",
    ]
    assert "no audio device" in caplog.text


def test_with_no_engine_every_call_is_still_shown_once_in_order(qtbot: QtBot) -> None:
    announcer = Announcer(None, gap_ms=0)
    started: list[str] = []
    announcer.started.connect(lambda a: started.append(a.text))
    for number, language in (("H-017", "bn"), ("B-021", "ur"), ("P-003", "zh_CN")):
        announcer.announce(a_call(number, language=language))
    qtbot.waitUntil(lambda: len(started) == 3, timeout=2_000)
    assert started == [
        "নম্বর H-017, অনুগ্রহ করে ডেস্ক 3-এ যান।",
        "نمبر B-021، براہ کرم ڈیسک 3 پر جائیں۔",
        "请P-003号到3号窗口办理。",
    ]


def test_every_language_has_its_phrases_and_a_gap_is_named(tmp_path: Path) -> None:
    phrases = Phrases()
    for code in LANGUAGE_CODES:
        text = phrases.sentence(a_call("W-004"), code, "W-004")
        assert "W-004" in text and "3" in text, f"{code}: {text}"
    raw = json.loads(PHRASES_FILE.read_text(encoding="utf-8"))
    del raw["pl"]["recall"]
    broken = tmp_path / "announcements.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"pl\.recall is missing"):
        Phrases(broken)


def test_numbers_are_read_out_one_character_at_a_time() -> None:
    assert spoken_number("H-017") == "H 0 1 7"


def test_without_a_sound_server_there_is_no_chime_and_no_qt_warning(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PULSE_SERVER", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    holder = QObject()
    assert sound_chime(holder) is None  # Qt Multimedia is never asked, so it never warns


def test_two_announcements_reach_the_end_in_order_with_real_speechd(
    qtbot: QtBot, private_speech_dispatcher: Path
) -> None:
    """The real engine and dispatcher, playing to ALSA's null device (see PLATFORM-NOTES)."""
    from ui.announcer import start_engine

    holder = QObject()
    engine = start_engine("speechd", holder)
    assert engine is not None, "speechd engine did not start"
    log = SpeechLog(engine)
    locales: list[str] = []
    engine.stateChanged.connect(
        lambda s: locales.append(engine.locale().name()) if s.name == "Speaking" else None
    )
    announcer = Announcer(engine, gap_ms=0, parent=holder)
    finished: list[Announcement] = []
    announcer.finished.connect(finished.append)

    announcer.announce(a_call("H-017"))
    announcer.announce(a_call("B-021", language="bn"))
    qtbot.waitUntil(lambda: len(finished) == 2, timeout=40_000)

    assert [e for e in log.entries if e in ("Speaking", "Ready") or e.startswith("say")] == [
        "say Number H 0 1 7, please go to Desk 3.",
        "Speaking",
        "Ready",
        "say নম্বর B 0 2 1, অনুগ্রহ করে ডেস্ক 3-এ যান।",
        "Speaking",
        "Ready",
    ]
    assert locales == ["en_GB", "bn_BD"], "each call is spoken in the resident's own voice"
