"""Read aloud with Qt TextToSpeech; with no engine, a visible notice instead of silence."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtTextToSpeech import QTextToSpeech

from core.languages import language

log = logging.getLogger(__name__)


class ReadAloud(QObject):
    """Speaks screen text in the resident's language, or in English where no voice exists.

    Signals:
        unavailable(str): there is no speech engine; show this reason on screen.
        spoke(str): text was handed to the engine (for tests and the accessibility log).
    """

    unavailable = Signal(str)
    spoke = Signal(str)

    def __init__(self, engine: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tts: QTextToSpeech | None = None
        engines = QTextToSpeech.availableEngines()
        if engine and engine in engines:
            self._tts = QTextToSpeech(engine, self)
            if self._tts.state() == QTextToSpeech.State.Error:
                log.warning("speech engine %s failed to start", engine)
                self._tts = None
        self.enabled = False

    @property
    def available(self) -> bool:
        """True when an engine is ready to speak."""
        return self._tts is not None

    @property
    def engine(self) -> QTextToSpeech | None:
        """The Qt engine, if any."""
        return self._tts

    def say(self, text: str, language_code: str) -> bool:
        """Speak text if read-aloud is on; False (and ``unavailable``) if it cannot."""
        if not self.enabled or not text.strip():
            return False
        if self._tts is None:
            self.unavailable.emit("no-engine")
            return False
        lang = language(language_code)
        wanted = QLocale(lang.speech_locale) if lang.speech_locale else QLocale("en_GB")
        if wanted in self._tts.availableLocales():
            self._tts.setLocale(wanted)
        self._tts.stop()
        self._tts.say(text)
        self.spoke.emit(text)
        return True

    def stop(self) -> None:
        """Stop speaking at once (on wipe, or when turned off)."""
        if self._tts is not None:
            self._tts.stop()
