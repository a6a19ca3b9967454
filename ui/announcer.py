"""Announcing queue calls: a chime, then the call spoken in the resident's language.

Announcements wait their turn in a queue of their own. The next one starts only once the speech
engine has gone back to Ready, so a call is never cut off by the one after it, and the engine
is never told to stop or speak while it is speaking. Where the resident's language has no voice,
the call is spoken in English and its text in their language is shown on the board.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from core.config import ASSETS_DIR
from core.languages import LANGUAGE_CODES, language
from core.site_queue import Call

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)

PHRASES_FILE = ASSETS_DIR / "board" / "announcements.json"
CHIME_FILE = ASSETS_DIR / "sounds" / "chime.wav"
_NUMBERED_DESK = re.compile(r"^Desk\s+(\d+)$", re.IGNORECASE)


class Phrases:
    """The announcement sentences in every language, read from ``announcements.json``."""

    def __init__(self, path: Path = PHRASES_FILE) -> None:
        raw = json.loads(path.read_text(encoding="utf-8"))
        for code in LANGUAGE_CODES:
            for key in ("call", "recall", "desk"):
                if not isinstance(raw.get(code, {}).get(key), str):
                    raise ValueError(
                        f"{path.name}: {code}.{key} is missing; every language needs it"
                    )
        self._raw: dict[str, dict[str, str]] = raw

    def sentence(self, call: Call, code: str, number: str) -> str:
        """The call as a sentence in one language, with the number written as given."""
        lang = self._raw.get(code) or self._raw["en"]
        found = _NUMBERED_DESK.match(call.desk_name.strip())
        desk = lang["desk"].format(n=found.group(1)) if found else call.desk_name
        return lang["recall" if call.recall else "call"].format(number=number, desk=desk)


def spoken_number(number: str) -> str:
    """A ticket number as it is read out: letter and digits one by one ("H 0 1 7")."""
    return " ".join(ch for ch in number if ch.isalnum())


class Chime(Protocol):
    """Plays the chime, then calls ``then`` (at once if it cannot play)."""

    def play(self, then: Callable[[], None]) -> None: ...


class SoundChime(QObject):
    """The chime through Qt Multimedia's QSoundEffect; build it with ``sound_chime``."""

    def __init__(self, path: Path, parent: QObject | None = None, limit_ms: int = 2500) -> None:
        super().__init__(parent)
        from PySide6.QtCore import QUrl
        from PySide6.QtMultimedia import QSoundEffect

        self._effect = QSoundEffect(self)
        self._effect.setVolume(0.8)
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.playingChanged.connect(self._played)
        self._then: Callable[[], None] | None = None
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(limit_ms)
        self._limit.timeout.connect(self._go_on)

    def play(self, then: Callable[[], None]) -> None:
        """Chime, then go on; a chime that cannot play never holds up the announcement."""
        from PySide6.QtMultimedia import QSoundEffect

        self._then = then
        self._limit.start()
        if self._effect.status() == QSoundEffect.Status.Ready:
            self._effect.play()
        else:
            log.info("the chime is not loaded (%s); announcing without it", self._effect.status())
            QTimer.singleShot(0, self, self._go_on)

    def _played(self) -> None:
        if not self._effect.isPlaying():
            self._go_on()

    def _go_on(self) -> None:
        self._limit.stop()
        then, self._then = self._then, None
        if then is not None:
            then()


def sound_server_present() -> bool:
    """True when a PulseAudio (or PipeWire-Pulse) server is there for Qt Multimedia to play to.

    Qt's audio on Linux goes through PulseAudio; asking it for devices with no server logs a
    warning, so the board looks for the server's socket first and stays silent without one.
    """
    if os.environ.get("PULSE_SERVER"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}"
    places = (Path(runtime) / "pulse" / "native", Path("/var/run/pulse/native"))
    return any(place.exists() for place in places)


def sound_chime(parent: QObject, path: Path = CHIME_FILE) -> SoundChime | None:
    """The chime player, or None (and a log line) where there is no sound file or sound server."""
    if not path.exists():
        log.warning("chime sound %s is missing; calls are announced without it", path.name)
        return None
    if not sound_server_present():
        log.info("no sound server; calls are announced without a chime")
        return None
    return SoundChime(path, parent)


@dataclass(frozen=True, slots=True)
class Announcement:
    """One call being announced.

    Attributes:
        call: the call (a number and a desk, nothing personal).
        text: what the board shows, in the resident's language.
        english: the same in English (also what is spoken when there is no voice).
        voice: the language the call is spoken in: the resident's, or "en" as a fallback.
    """

    call: Call
    text: str
    english: str
    voice: str


class Announcer(QObject):
    """Chimes and speaks each call once, in order, never talking over itself.

    Args:
        engine: a started speech engine, or None to announce on screen only.
        chime: plays the chime, or None for no chime.
        gap_ms: quiet time between two announcements.
        limit_ms: give up waiting for the engine to finish one announcement after this long.

    Signals:
        started(Announcement): an announcement began (the board shows its text).
        spoken(str, str): text was handed to the engine, with the voice's language code.
        finished(Announcement): an announcement is over, spoken or not.
    """

    started = Signal(object)
    spoken = Signal(str, str)
    finished = Signal(object)

    def __init__(
        self,
        engine: QTextToSpeech | None,
        chime: Chime | None = None,
        phrases: Phrases | None = None,
        parent: QObject | None = None,
        gap_ms: int = 600,
        limit_ms: int = 30_000,
    ) -> None:
        super().__init__(parent)
        self._engine: QTextToSpeech | None = None
        self._chime: Chime | None = None
        self._phrases = phrases or Phrases()
        self.gap_ms = gap_ms
        self._waiting: deque[Call] = deque()
        self._current: Announcement | None = None
        self._speaking = False
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(limit_ms)
        self._limit.timeout.connect(self._gave_up)
        self.use(engine, chime)

    def use(self, engine: QTextToSpeech | None, chime: Chime | None) -> None:
        """Speak with this engine (None: show only) and chime with this player (None: silent)."""
        if self._engine is not None:
            self._engine.stateChanged.disconnect(self._engine_state)
            self._engine.errorOccurred.disconnect(self._engine_error)
        self._engine, self._chime = engine, chime
        if engine is not None:
            engine.stateChanged.connect(self._engine_state)
            engine.errorOccurred.connect(self._engine_error)

    @property
    def current(self) -> Announcement | None:
        """The announcement under way, if any."""
        return self._current

    @property
    def pending(self) -> int:
        """Calls waiting to be announced after the current one."""
        return len(self._waiting)

    def announce(self, call: Call) -> None:
        """Queue a call; it is announced after those already queued."""
        self._waiting.append(call)
        if self._current is None:
            self._next()

    def announcement(self, call: Call) -> Announcement:
        """The texts for a call, and the voice it will be spoken in."""
        english = self._phrases.sentence(call, "en", call.number)
        text = self._phrases.sentence(call, call.language, call.number)
        return Announcement(call, text, english, self._voice_for(call.language))

    def _voice_for(self, code: str) -> str:
        if self._engine is None:
            return code
        wanted = language(code).speech_locale
        return code if wanted and QLocale(wanted) in self._engine.availableLocales() else "en"

    def _next(self) -> None:
        if self._current is not None or not self._waiting:
            return
        self._current = self.announcement(self._waiting.popleft())
        self.started.emit(self._current)
        if self._chime is not None:
            self._chime.play(self._speak)
        else:
            self._speak()

    def _speak(self) -> None:
        now = self._current
        if now is None:
            return
        engine = self._engine
        if engine is None:
            self._done()
            return
        if _state_name(engine.state()) in ("Speaking", "Synthesizing", "Paused"):
            # Never talk over the engine or stop it: show this call and leave the voice alone.
            log.warning("speech engine is not ready (%s); call shown only", engine.state())
            self._done()
            return
        locale = language(now.voice).speech_locale or "en_GB"
        if QLocale(locale) in engine.availableLocales():
            engine.setLocale(QLocale(locale))
        said = spoken_number(now.call.number)
        words = self._phrases.sentence(now.call, now.voice, said)
        self._speaking = True
        self._limit.start()
        engine.say(words)
        self.spoken.emit(words, now.voice)

    def _engine_state(self, state: object) -> None:
        if self._speaking and _state_name(state) in ("Ready", "Error"):
            self._done()

    def _engine_error(self, *reason: object) -> None:
        if self._speaking:
            log.warning("speech engine error while announcing: %s", reason[-1] if reason else "")
            self._done()

    def _gave_up(self) -> None:
        log.warning("an announcement did not finish speaking in time; going on to the next")
        self._done()

    def _done(self) -> None:
        self._speaking = False
        self._limit.stop()
        ended, self._current = self._current, None
        if ended is not None:
            self.finished.emit(ended)
        if self._waiting:
            QTimer.singleShot(self.gap_ms, self, self._next)


def _state_name(state: object) -> str:
    return str(getattr(state, "name", state))


def start_engine(name: str | None, parent: QObject) -> QTextToSpeech | None:
    """Start a Qt speech engine by name (as read-aloud does); None when there is none."""
    from ui.speech import ReadAloud

    starter = ReadAloud(name, parent)
    return starter.engine if starter.prepare() else None
