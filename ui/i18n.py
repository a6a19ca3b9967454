"""Switching the interface language: Qt translators, layout direction and fonts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from core.config import ASSETS_DIR
from core.languages import language

TRANSLATIONS_DIR = ASSETS_DIR / "i18n"


class Translations:
    """Holds the installed translator and swaps it when the resident picks a language."""

    def __init__(self, app: QApplication, directory: Path = TRANSLATIONS_DIR) -> None:
        self._app = app
        self._directory = directory
        self._translator: QTranslator | None = None
        self.current = "en"

    def switch(self, code: str) -> bool:
        """Install the language's translations and direction; False if its file is missing."""
        lang = language(code)
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            # Deleted, not only removed: each is the app's child with its whole file loaded,
            # and a kiosk switches language many times a day for months.
            self._translator.deleteLater()
            self._translator = None
        loaded = True
        if lang.code != "en":
            translator = QTranslator(self._app)
            loaded = translator.load(str(self._directory / f"civic_kiosk_{lang.code}.qm"))
            if loaded:
                QCoreApplication.installTranslator(translator)
                self._translator = translator
            else:
                translator.deleteLater()
        QLocale.setDefault(QLocale(lang.code))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if lang.right_to_left
            else (Qt.LayoutDirection.LeftToRight)
        )
        self._app.setLayoutDirection(direction)
        self.current = lang.code
        return loaded
