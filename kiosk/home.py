"""The home screen: a large tile for each journey this kiosk offers, and nothing else."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QVBoxLayout

from core.catalogue import Catalogue
from core.languages import localised
from ui.screen import Screen
from ui.widgets import label, set_text, tile


class HomeScreen(Screen):
    """Welcome text and journey tiles. Only journeys that exist get a tile: no dead buttons."""

    screen_name = "home"

    def __init__(
        self, journeys: list[tuple[str, str]], catalogue: Catalogue, site_name: str
    ) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._site_name = site_name
        self.heading = label("homeHeading", "heading", self)
        self.intro = label("homeIntro", "secondary", self)
        # The seeds ask that service standards are told at the first point of contact.
        self.promise = label("homePromise", "banner", self)
        self.tiles: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        # Up to four journeys sit two to a row, up to six three to a row, more four to a row:
        # never more than two rows, so every tile fits a 1080p screen in the large look.
        columns = 2 if len(journeys) <= 4 else 3 if len(journeys) <= 6 else 4
        # A row left short would leave a hole: the forms tile, whose name is longest, takes
        # two cells instead.
        wide = "forms" if len(journeys) % columns and len(journeys) > columns else ""
        cell = 0
        for journey, icon_name in journeys:
            button = tile(f"homeTile_{journey}", icon_name, self)
            button.clicked.connect(lambda _=False, j=journey: self.go.emit(j))
            # Equal columns whatever the labels' lengths; long labels wrap instead.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.tiles[journey] = button
            span = 2 if journey == wide and cell % columns < columns - 1 else 1
            grid.addWidget(button, cell // columns, cell % columns, 1, span)
            cell += span
        for column in range(columns):
            grid.setColumnStretch(column, 1)
        self._names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.promise)

    def retranslate(self, language: str) -> None:
        """Texts for the language."""
        super().retranslate(language)
        self.heading.setText(self.tr("Welcome to %1").replace("%1", self._site_name))
        council = localised(self._catalogue.council, language)
        self.intro.setText(
            self.tr("Self-service for %1. Touch a button to start.").replace("%1", council)
        )
        names = {
            "services": self.tr("Find a council service"),
            "feedback": self.tr("Give feedback"),
            "ticket": self.tr("Take a ticket"),
            "checkin": self.tr("Check in for an appointment"),
            "forms": self.tr("Report, apply, book, tell us or ask"),
            "track": self.tr("Track a request"),
            "documents": self.tr("Send documents for my case"),
            "visitor": self.tr("Business visitor sign-in"),
        }
        self._names = {journey: names.get(journey, journey) for journey in self.tiles}
        self._fit_names()
        promises = [localised(s.text, language) for s in self._catalogue.standards[:2]]
        self.promise.setText("\n".join(promises))
        self.promise.setVisible(bool(promises))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_names()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # Larger text or a new language's font: fit the names again once restyled.
            QTimer.singleShot(0, self._fit_names)

    def _fit_names(self) -> None:
        """Each tile's name, broken into lines that fit the tile (a tool button never wraps)."""
        for journey, button in self.tiles.items():
            name = self._names.get(journey, journey)
            room = max(button.width() - 48, 120)
            metrics = QFontMetrics(button.font())
            lines: list[str] = []
            for word in name.split(" "):
                joined = f"{lines[-1]} {word}" if lines else word
                if lines and metrics.horizontalAdvance(joined) <= room:
                    lines[-1] = joined
                else:
                    lines.append(word)
            set_text(button, "\n".join(lines))
            button.setAccessibleName(name)

    def spoken_text(self) -> str:
        """The welcome and the tiles' names."""
        tiles = ". ".join(self._names.get(j, j) for j in self.tiles)
        return f"{self.heading.text()}. {self.intro.text()} {tiles}."
