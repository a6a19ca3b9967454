"""What the queue journeys share: pages with a history, the error summary, and Yes/No pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.ports import StorageUnavailable
from ui.screen import Screen
from ui.widgets import button, kinetic_scroll, label, set_text

CONTEXT = "QueueJourney"


def storage_or_general(exc: Exception) -> str:
    """What to tell the resident when saving failed: nothing was recorded either way."""
    if isinstance(exc, StorageUnavailable):
        return QCoreApplication.translate(
            "QueueJourney",
            "Sorry, this kiosk cannot save right now. Please ask a member of staff.",
        )
    return QCoreApplication.translate(
        "QueueJourney", "Something went wrong. Please try again, or ask a member of staff."
    )


class ErrorSummary(QFrame):
    """The GOV.UK error summary: a title and one link per problem, which focuses its field."""

    def __init__(self, prefix: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._prefix = prefix
        self.setObjectName(f"{prefix}ErrorSummary")
        self.setProperty("role", "error-summary")
        self.title = label(f"{prefix}ErrorSummaryTitle", "error", self)
        self._links: list[QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self.messages: list[str] = []
        self.hide()

    def show_problems(self, problems: list[tuple[str, str]], focus: Callable[[str], None]) -> None:
        """Show ``(field, message)`` problems; an empty list hides the summary."""
        for link in self._links:
            link.hide()
            link.deleteLater()
        self._links = []
        self.messages = [message for _field, message in problems]
        for field, message in problems:
            link = button(f"{self._prefix}Error_{field}", "link", self)
            set_text(link, message)
            # "left" is the reading side: Qt mirrors it for right-to-left languages.
            link.setStyleSheet("text-align: left; padding-left: 0; padding-right: 0;")
            link.clicked.connect(lambda _=False, f=field: focus(f))
            self._layout.addWidget(link)
            self._links.append(link)
        self.title.setText(self.tr("There is a problem"))
        self.setVisible(bool(problems))


class JourneyPages(Screen):
    """A journey's pages in a stack, with Back through the pages the resident has seen.

    Subclasses add pages with ``add_page`` and move with ``show_page``; they put their
    problems up with ``set_problems`` and say what each means in ``problem_text``.
    """

    first_page = ""

    def __init__(self) -> None:
        super().__init__()
        self.summary = ErrorSummary(self.screen_name, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName(f"{self.screen_name}Pages")
        self.page = self.first_page
        self.history: list[str] = []
        self.busy = False
        self.generation = 0
        self._pages: dict[str, QWidget] = {}
        self._scrolls: dict[str, QWidget] = {}
        self.headings: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._problems: list[tuple[str, object]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

    def add_page(self, name: str) -> tuple[QWidget, QVBoxLayout]:
        """A new page with a heading; returns it and its layout to fill."""
        page = QWidget()
        page.setObjectName(f"{self.screen_name}Page_{name}")
        heading = label(f"{self.screen_name}Heading_{name}", "heading", page)
        layout = QVBoxLayout(page)
        layout.setSpacing(20)
        layout.addWidget(heading)
        self.headings[name] = heading
        self._pages[name] = page
        self._scrolls[name] = kinetic_scroll(page)
        self.stack.addWidget(self._scrolls[name])
        return page, layout

    def text_field(self, name: str, parent: QWidget, limit: int = 200) -> QLineEdit:
        """A large text box; ``limit`` keeps absurd pastes out of memory (core checks length)."""
        box = QLineEdit(parent)
        box.setObjectName(name)
        box.setAccessibleName(name)
        box.setMaxLength(limit)
        self.fields[name] = box
        return box

    @property
    def current_page(self) -> str:
        """``<journey>/<page>``, for help calls and timeout figures."""
        return f"{self.screen_name}/{self.page}"

    def show_page(self, name: str, remember: bool = True) -> None:
        """Move to a page, clearing any problems; Back returns to this one if ``remember``."""
        if remember and self.page != name:
            self.history.append(self.page)
        self.page = name
        self.stack.setCurrentWidget(self._scrolls[name])
        self.set_problems([])
        self.page_shown(name)

    def page_shown(self, name: str) -> None:
        """A page has just been shown (subclasses switch scanners on and off here)."""

    def set_problems(self, problems: list[tuple[str, object]]) -> None:
        """Show problems as ``(field, what)``; ``problem_text(what)`` words each one."""
        self._problems = problems
        self.summary.show_problems(
            [(field, self.problem_text(what)) for field, what in problems], self.focus_field
        )

    def problem_text(self, what: object) -> str:
        """The translated message for a problem (by default it is already text)."""
        return str(what)

    @property
    def problem_fields(self) -> list[str]:
        """The fields that have a problem now."""
        return [field for field, _what in self._problems]

    def focus_field(self, field: str) -> None:
        """Put the cursor in (or focus) the field a problem is about."""
        widget = self.fields.get(field) or self.findChild(QWidget, field)
        if widget is not None:
            widget.setFocus()

    def retranslate(self, language: str) -> None:
        """Refresh the problems in the new language (subclasses set the rest)."""
        super().retranslate(language)
        self.set_problems(self._problems)

    def back(self) -> bool:
        """One page back; False from the first page leaves the journey."""
        if self.busy:
            return True  # saving: stay put until it has finished
        if self.history and self.page != "done":
            self.show_page(self.history.pop(), remember=False)
            return True
        return False

    def guarded(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, but only if the visit it was started in has not been wiped since."""
        generation = self.generation

        def call(value: Any) -> None:
            if generation == self.generation:
                callback(value)

        return call

    def restart(self) -> None:
        """Back to the first page with no history and no problems; late results are dropped."""
        self.busy = False
        self.generation += 1
        self.history = []
        self.show_page(self.first_page, remember=False)

    def spoken_text(self) -> str:
        """The visible texts of the current page, then any problems."""
        page = self._pages[self.page]
        texts = [w.text() for w in page.findChildren(QLabel) if w.isVisibleTo(page) and w.text()]
        return " ".join(self.summary.messages + texts)


def yes_no(
    owner: JourneyPages, page: QWidget, layout: QVBoxLayout, name: str
) -> dict[str, QPushButton]:
    """Big Yes and No buttons on a question page, named ``<name>_yes`` and ``<name>_no``."""
    made = {}
    for value in ("yes", "no"):
        choice = button(f"{name}_{value}", "choice", page)
        choice.setMinimumHeight(96)
        layout.addWidget(choice)
        made[value] = choice
    owner.fields[name] = made["yes"]
    return made
