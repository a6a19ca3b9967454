"""Scanning a document for a form: which document it is, then its pages one at a time.

Pages stay in memory as PNG bytes (and small thumbnails) until the form is sent, when core
seals each one; ``wipe`` drops them. A scanner that fails, or is missing, never stops the
form: the resident is told why and can bring the document to a desk instead.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from core.form_definition import Question, say
from core.form_inputs import ScannedDocument
from core.ports import PageScanner, ScanFailed
from kiosk.form_answers import CHOICE_HEIGHT, AnswerWidget, discard, show_on, uncheck
from ui.widgets import button, label, set_text

log = logging.getLogger(__name__)

THUMBNAIL_HEIGHT = 160
THUMBNAILS_IN_A_ROW = 8


class DocumentAnswer(AnswerWidget):
    """The accepted documents to choose from, Scan a page, the pages so far, and Remove."""

    def __init__(
        self,
        question: Question,
        language: str,
        scanner: PageScanner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, language, parent)
        self._scanner = scanner
        # The kind of each document is its English name, as the back office reads it.
        self.kinds = [say(d, "en") for d in question.documents] or [say(question.label, "en")]
        self._pages: list[tuple[int, bytes]] = []  # (which kind, PNG), in scanning order
        self._problem: tuple[str, str] | None = None  # (what went wrong, the scanner's reason)

        self.which = label(f"{self.prefix}_which", "", self)
        self.which.setVisible(len(self.kinds) > 1)
        self.column.addWidget(self.which)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.documents: list[QPushButton] = []
        for index in range(len(self.kinds)):
            choice = self.choice_button(f"{self.prefix}_document_{index}")
            choice.clicked.connect(self._problem_solved)
            self.group.addButton(choice)
            self.column.addWidget(choice)
            self.documents.append(choice)
        self._choose_only_one()

        self.no_scanner = label(f"{self.prefix}_no_scanner", "", self)
        self.scan_help = label(f"{self.prefix}_scan_help", "secondary", self)
        self.scan_button = button(f"{self.prefix}_scan", "secondary", self)
        self.scan_button.setMinimumHeight(CHOICE_HEIGHT)
        self.scan_button.clicked.connect(self.scan)
        self.problem = label(f"{self.prefix}_scan_problem", "error", self)
        self.count = label(f"{self.prefix}_pages", "", self)
        self.thumbnails = QWidget(self)
        self.thumbnails.setObjectName(f"{self.prefix}_thumbnails")
        self.grid = QGridLayout(self.thumbnails)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.pictures: list[QLabel] = []
        self.remove_button = button(f"{self.prefix}_remove", "link", self)
        self.remove_button.clicked.connect(self.remove_last_page)
        for part in (self.no_scanner, self.scan_help, self.scan_button, self.problem, self.count):
            self.column.addWidget(part)
        self.column.addWidget(self.thumbnails)
        self.column.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeading)
        self.no_scanner.setVisible(scanner is None)
        self.scan_help.setVisible(scanner is not None)
        self._update()

    # What the resident does

    def scan(self) -> None:
        """Scan one page as the chosen document; any failure is explained, never raised."""
        kind = self._chosen_kind()
        if self._scanner is None or len(self._pages) >= self.question.max_pages:
            return
        if kind is None:
            self._problem = ("choose", "")
            self._update()
            return
        try:
            png = self._scanner.scan_page()
        except ScanFailed as exc:
            self._problem = ("failed", exc.reason)
        except Exception as exc:  # a driver fault must not end the resident's form
            log.warning("the scanner failed: %s", type(exc).__name__)
            self._problem = ("broken", "")
        else:
            picture = QPixmap()
            if picture.loadFromData(png):
                self._problem = None
                self._pages.append((kind, png))
                self._add_thumbnail(picture)
            else:
                self._problem = ("unreadable", "")
        self._update()
        if self._problem is None:
            self.edited.emit()

    def remove_last_page(self) -> None:
        """Take the last page scanned away (it was crooked, or the wrong one)."""
        if not self._pages:
            return
        self._pages.pop()
        discard(self.pictures.pop())
        self._problem = None
        self._update()
        self.edited.emit()

    def _problem_solved(self) -> None:
        if self._problem is not None and self._problem[0] == "choose":
            self._problem = None
            self._update()

    # The answer

    def raw(self) -> tuple[ScannedDocument, ...]:
        by_kind: dict[int, list[bytes]] = {}
        for kind, png in self._pages:
            by_kind.setdefault(kind, []).append(png)
        return tuple(ScannedDocument(self.kinds[k], tuple(pages)) for k, pages in by_kind.items())

    def _restore(self, raw: object) -> None:
        self._drop_pages()
        self._problem = None
        uncheck(self.group)
        self._choose_only_one()
        kept = raw if isinstance(raw, list | tuple) else ()
        for document in kept:
            if not isinstance(document, ScannedDocument):
                continue
            if document.kind not in self.kinds:
                self.kinds.append(document.kind)  # a kind this version of the form no longer lists
            kind = self.kinds.index(document.kind)
            for png in document.pages:
                picture = QPixmap()
                picture.loadFromData(png)
                self._pages.append((kind, png))
                self._add_thumbnail(picture)
            if kind < len(self.documents):
                self.documents[kind].setChecked(True)
        self._update()

    def wipe(self) -> None:
        """Drop every page and thumbnail from memory."""
        self.set_raw(None)

    # Showing it

    def _chosen_kind(self) -> int | None:
        checked = [i for i, choice in enumerate(self.documents) if choice.isChecked()]
        return checked[0] if checked else None

    def _choose_only_one(self) -> None:
        if len(self.documents) == 1:
            self.documents[0].setChecked(True)

    def _drop_pages(self) -> None:
        self._pages.clear()
        for picture in self.pictures:
            picture.clear()
            discard(picture)
        self.pictures.clear()

    def _add_thumbnail(self, picture: QPixmap) -> None:
        index = len(self.pictures)
        thumbnail = QLabel(self.thumbnails)
        thumbnail.setObjectName(f"{self.prefix}_page_{index + 1}")
        thumbnail.setPixmap(
            picture.scaledToHeight(THUMBNAIL_HEIGHT, Qt.TransformationMode.SmoothTransformation)
        )
        row, column = divmod(index, THUMBNAILS_IN_A_ROW)
        self.grid.addWidget(thumbnail, row, column)
        self.pictures.append(thumbnail)

    def _update(self) -> None:
        full = len(self._pages) >= self.question.max_pages
        self.scan_button.setEnabled(self._scanner is not None and not full)
        self.remove_button.setVisible(bool(self._pages))
        self.thumbnails.setVisible(bool(self._pages))
        self.problem.setVisible(self._problem is not None)
        self._relabel()

    def _relabel(self) -> None:
        self.which.setText(
            QCoreApplication.translate("FormAnswers", "Which document are you scanning?")
        )
        for index, choice in enumerate(self.documents):
            show_on(choice, self.say(self.question.documents[index]) or self.kinds[index])
        self.no_scanner.setText(
            QCoreApplication.translate(
                "FormAnswers",
                "The scanner is not working. You can bring this document to a desk instead.",
            )
        )
        self.scan_help.setText(
            QCoreApplication.translate(
                "FormAnswers", "Put the page face down on the scanner glass, then tap Scan a page."
            )
        )
        set_text(self.scan_button, QCoreApplication.translate("FormAnswers", "Scan a page"))
        set_text(
            self.remove_button, QCoreApplication.translate("FormAnswers", "Remove the last page")
        )
        self.problem.setText(self._problem_text())
        self.count.setText(self._count_text())
        for number, (thumbnail, (kind, _png)) in enumerate(
            zip(self.pictures, self._pages, strict=True), start=1
        ):
            name = self.documents[kind].accessibleName() if kind < len(self.documents) else ""
            thumbnail.setAccessibleName(
                QCoreApplication.translate("FormAnswers", "Page %1: %2")
                .replace("%1", str(number))
                .replace("%2", name or self.kinds[kind])
            )

    def _count_text(self) -> str:
        pages = len(self._pages)
        if pages == 0:
            text = QCoreApplication.translate("FormAnswers", "No pages scanned yet")
        elif pages == 1:
            text = QCoreApplication.translate("FormAnswers", "1 page scanned")
        else:
            text = QCoreApplication.translate("FormAnswers", "%1 pages scanned")
        if pages >= self.question.max_pages:
            text += " " + QCoreApplication.translate(
                "FormAnswers", "That is the most this question takes."
            )
        return text.replace("%1", str(pages))

    def _problem_text(self) -> str:
        what, reason = self._problem or ("", "")
        if what == "choose":
            return QCoreApplication.translate("FormAnswers", "Select the document you are scanning")
        if what == "failed":
            not_scanned = QCoreApplication.translate("FormAnswers", "The page was not scanned.")
            return f"{not_scanned} {reason}"
        if what == "broken":
            return QCoreApplication.translate(
                "FormAnswers",
                "The scanner could not scan the page. Please try again, or ask a member of staff.",
            )
        if what == "unreadable":
            return QCoreApplication.translate(
                "FormAnswers", "The scanned page could not be read. Please scan it again."
            )
        return ""

    def focus_field(self) -> None:
        if self._chosen_kind() is None and self.documents:
            self.documents[0].setFocus()
        else:
            self.scan_button.setFocus()
