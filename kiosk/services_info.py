"""Find a council service: what each service helps with and the standard it promises."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QStackedWidget, QToolButton, QVBoxLayout, QWidget

from core.catalogue import Catalogue, Service
from core.languages import localised
from ui.screen import Screen
from ui.widgets import kinetic_scroll, label, set_text, tile


class ServicesInfo(Screen):
    """A tile per service, then a page on the chosen service."""

    screen_name = "services"

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._chosen: Service | None = None
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("servicesPages")

        listing = QWidget()
        self.heading = label("servicesHeading", "heading", listing)
        self.tiles: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, service in enumerate(catalogue.services):
            t = tile(f"serviceTile_{service.code}", service.icon, listing)
            t.setFixedHeight(200)
            t.clicked.connect(lambda _=False, s=service: self.show_service(s))
            self.tiles[service.code] = t
            grid.addWidget(t, index // 3, index % 3)
        list_layout = QVBoxLayout(listing)
        list_layout.addWidget(self.heading)
        list_layout.addLayout(grid)
        list_layout.addStretch(1)

        detail = QWidget()
        self.detail_heading = label("serviceHeading", "heading", detail)
        self.detail_summary = label("serviceSummary", "", detail)
        self.detail_examples_title = label("serviceExamplesTitle", "", detail)
        self.detail_examples = label("serviceExamples", "", detail)
        self.detail_standard = label("serviceStandard", "banner", detail)
        self.detail_where = label("serviceWhere", "secondary", detail)
        detail_layout = QVBoxLayout(detail)
        for widget in (
            self.detail_heading,
            self.detail_summary,
            self.detail_examples_title,
            self.detail_examples,
            self.detail_standard,
            self.detail_where,
        ):
            detail_layout.addWidget(widget)
        detail_layout.addStretch(1)
        self.pages.addWidget(kinetic_scroll(listing))
        self.pages.addWidget(kinetic_scroll(detail))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.pages)

    @property
    def current_page(self) -> str:
        """``services`` or ``services/<code>``."""
        return f"services/{self._chosen.code}" if self._chosen else "services"

    def show_service(self, service: Service) -> None:
        """Open the page about one service."""
        self._chosen = service
        self._fill_detail()
        self.pages.setCurrentIndex(1)

    def _fill_detail(self) -> None:
        if self._chosen is None:
            return
        s, lang = self._chosen, self.language
        self.detail_heading.setText(s.title(lang))
        self.detail_summary.setText(localised(s.summary, lang))
        self.detail_examples_title.setText(self.tr("You can come to us to:"))
        self.detail_examples.setText("\n".join(f"•  {localised(e, lang)}" for e in s.examples))
        self.detail_standard.setText(localised(s.standard, lang))
        self.detail_where.setText(
            self.tr("Take a seat or ask at the desk. Staff can help you use this kiosk.")
        )

    def back(self) -> bool:
        """From a service's page back to the list."""
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self._chosen = None
            return True
        return False

    def wipe(self) -> None:
        """Back to the list."""
        self.pages.setCurrentIndex(0)
        self._chosen = None

    def retranslate(self, language: str) -> None:
        """Texts for the language, including catalogue text."""
        super().retranslate(language)
        self.heading.setText(self.tr("Which service do you need?"))
        for service in self._catalogue.services:
            set_text(self.tiles[service.code], service.title(language))
        self._fill_detail()

    def spoken_text(self) -> str:
        """The heading and list, or the chosen service's page."""
        if self._chosen is None:
            names = ", ".join(t.text() for t in self.tiles.values())
            return f"{self.heading.text()} {names}."
        parts = (
            self.detail_heading,
            self.detail_summary,
            self.detail_examples_title,
            self.detail_examples,
            self.detail_standard,
        )
        return " ".join(p.text() for p in parts)
