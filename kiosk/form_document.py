"""Scanning a document for a form: which document it is, then its pages.

The pages are captured by the shared ``DocumentCapture`` (where the paper goes, Scan, a
large preview, scan again, remove, quality checks), off the UI thread. They stay in memory,
already compressed, until the form is sent, when core binds them into one PDF and seals it;
``wipe`` drops them. A scanner that fails, or is missing, never stops the form: the resident
is told why and can bring the document to a desk instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QWidget

from core.form_definition import Question, say
from core.form_inputs import ScannedDocument
from core.scanning import PageScanner, ScanProcessor
from kiosk.form_answers import AnswerWidget, show_on, uncheck
from ui.scan_capture import DocumentCapture
from ui.widgets import label


class DocumentAnswer(AnswerWidget):
    """The accepted documents to choose from, then the capture of its pages."""

    def __init__(
        self,
        question: Question,
        language: str,
        scanner: PageScanner | None,
        processor: ScanProcessor | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(question, language, parent)
        # The kind of each document is its English name, as the back office reads it.
        self.kinds = [say(d, "en") for d in question.documents] or [say(question.label, "en")]
        self.which = label(f"{self.prefix}_which", "", self)
        self.which.setVisible(len(self.kinds) > 1)
        self.column.addWidget(self.which)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.documents: list[QPushButton] = []
        # Two to a row, so the scanner's controls are on screen without scrolling.
        kinds = QGridLayout()
        kinds.setSpacing(12)
        for index in range(len(self.kinds)):
            choice = self.choice_button(f"{self.prefix}_document_{index}")
            choice.clicked.connect(self._kind_chosen)
            self.group.addButton(choice)
            kinds.addWidget(choice, index // 2, index % 2)
            self.documents.append(choice)
        self.column.addLayout(kinds)
        self._choose_only_one()
        self.capture = DocumentCapture(
            self.prefix, scanner if processor is not None else None, processor, self
        )
        self.capture.start(question.colour, question.max_pages)
        self.capture.changed.connect(self.edited)
        self.column.addWidget(self.capture)
        self._kind_chosen()
        self._relabel()

    # The answer

    @property
    def busy(self) -> bool:
        return self.capture.scanning

    def raw(self) -> tuple[ScannedDocument, ...]:
        pages = self.capture.pages
        if not pages:
            return ()
        kind = self._chosen_kind()
        name = self.kinds[kind if kind is not None else 0]
        return (ScannedDocument(name, tuple(pages), self.question.colour),)

    def _restore(self, raw: object) -> None:
        uncheck(self.group)
        self._choose_only_one()
        kept = (
            [d for d in raw if isinstance(d, ScannedDocument)]
            if isinstance(raw, tuple | list)
            else []
        )
        pages = [page for document in kept for page in document.pages]
        if kept:
            if kept[0].kind not in self.kinds:
                self.kinds.append(kept[0].kind)  # a kind this version of the form no longer lists
            kind = self.kinds.index(kept[0].kind)
            if kind < len(self.documents):
                self.documents[kind].setChecked(True)
        self.capture.set_pages(pages)
        self._kind_chosen()

    def wipe(self) -> None:
        """Drop every page and picture from memory."""
        self.capture.wipe()
        uncheck(self.group)
        self._choose_only_one()
        self._kind_chosen()

    # Showing it

    def _chosen_kind(self) -> int | None:
        checked = [i for i, choice in enumerate(self.documents) if choice.isChecked()]
        return checked[0] if checked else None

    def _kind_chosen(self) -> None:
        """Scanning waits until the resident has said which document it is."""
        if hasattr(self, "capture"):
            self.capture.setEnabled(self._chosen_kind() is not None)

    def _choose_only_one(self) -> None:
        if len(self.documents) == 1:
            self.documents[0].setChecked(True)

    def _relabel(self) -> None:
        self.which.setText(
            QCoreApplication.translate("FormAnswers", "Which document are you scanning?")
        )
        for index, choice in enumerate(self.documents):
            show_on(choice, self.say(self.question.documents[index]) or self.kinds[index])
        if hasattr(self, "capture"):
            self.capture.retranslate()

    def focus_field(self) -> None:
        if self._chosen_kind() is None and self.documents:
            self.documents[0].setFocus()
        else:
            self.capture.scan_button.setFocus()
