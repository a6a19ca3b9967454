"""Choosing a language: each one shown in its own script, so anyone can find theirs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout

from core.languages import language
from ui.screen import Screen
from ui.widgets import button, label


class LanguagePicker(Screen):
    """A button per configured language, named in that language.

    Signals:
        chosen(str): the resident picked a language code.
    """

    screen_name = "language"
    chosen = Signal(str)

    def __init__(self, codes: tuple[str, ...]) -> None:
        super().__init__()
        self.heading = label("languageHeading", "heading", self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, code in enumerate(codes):
            lang = language(code)
            b = button(f"language_{code}", "tile", self)
            b.setText(lang.endonym)
            b.setAccessibleName(f"{lang.endonym} ({lang.english_name})")
            font = QFont(lang.font_family)
            b.setFont(font)
            b.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.buttons[code] = b
            grid.addWidget(b, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addWidget(self.heading)
        layout.addLayout(grid)
        layout.addStretch(1)  # with two or four languages the tiles stay under the heading

    def retranslate(self, language: str) -> None:
        """The heading in the current language."""
        super().retranslate(language)
        self.heading.setText(self.tr("Choose your language"))
        for code, b in self.buttons.items():
            b.setChecked(code == language)

    def spoken_text(self) -> str:
        """The heading."""
        return self.heading.text()
