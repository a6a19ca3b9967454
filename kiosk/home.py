"""The home screen: a large tile for each journey this kiosk offers, and nothing else."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QToolButton, QVBoxLayout

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
        # Up to four journeys sit two to a row; more go three to a row so all fit on screen.
        columns = 3 if len(journeys) > 4 else 2
        for index, (journey, icon_name) in enumerate(journeys):
            button = tile(f"homeTile_{journey}", icon_name, self)
            button.clicked.connect(lambda _=False, j=journey: self.go.emit(j))
            self.tiles[journey] = button
            grid.addWidget(button, index // columns, index % columns)
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
            "visitor": self.tr("Business visitor sign-in"),
        }
        for journey, button in self.tiles.items():
            set_text(button, names.get(journey, journey))
        promises = [localised(s.text, language) for s in self._catalogue.standards[:2]]
        self.promise.setText("\n".join(promises))
        self.promise.setVisible(bool(promises))

    def spoken_text(self) -> str:
        """The welcome and the tiles' names."""
        tiles = ". ".join(b.text() for b in self.tiles.values())
        return f"{self.heading.text()}. {self.intro.text()} {tiles}."
