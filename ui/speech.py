"""Read aloud with Qt TextToSpeech; with no engine, a visible notice instead of silence."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Signal

from core.languages import language

if TYPE_CHECKING:
    from PySide6.QtTextToSpeech import QTextToSpeech

log = logging.getLogger(__name__)


class ReadAloud(QObject):
    """Speaks screen text in the resident's language, or in English where no voice exists.

    The engine is started by ``prepare()``, not at construction: starting speechd's engine
    takes about two seconds, and must not delay the kiosk's first paint.

    Signals:
        unavailable(str): there is no speech engine; show this reason on screen.
        spoke(str): text was handed to the engine (for tests and the accessibility log).
    """

    unavailable = Signal(str)
    spoke = Signal(str)

    def __init__(self, engine: str | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine_name = engine
        self._tts: QTextToSpeech | None = None
        self._prepared = False
        self.enabled = False

    @property
    def configured(self) -> bool:
        """True when this kiosk is set up with a speech engine at all."""
        return bool(self._engine_name)

    @property
    def prepared(self) -> bool:
        """True once an attempt to start the engine has been made."""
        return self._prepared

    @property
    def available(self) -> bool:
        """True when an engine is ready to speak."""
        return self._tts is not None

    @property
    def engine(self) -> QTextToSpeech | None:
        """The Qt engine, if one has started."""
        return self._tts

    def prepare(self) -> bool:
        """Start the configured engine once; True if it is ready. Blocks while it starts."""
        if self._prepared:
            return self._tts is not None
        self._prepared = True
        if not self._engine_name:
            return False
        from PySide6.QtTextToSpeech import QTextToSpeech  # loads the engine plugins

        if self._engine_name not in QTextToSpeech.availableEngines():
            log.warning("speech engine %s is not installed", self._engine_name)
            return False
        tts = QTextToSpeech(self._engine_name, self)
        if tts.state() == QTextToSpeech.State.Error:
            log.warning("speech engine %s failed to start", self._engine_name)
            tts.deleteLater()
            return False
        self._tts = tts
        return True

    def say(self, text: str, language_code: str) -> bool:
        """Speak text if read-aloud is on; False (and ``unavailable``) if it cannot."""
        if not self.enabled or not text.strip():
            return False
        if not self.prepare() or self._tts is None:
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
