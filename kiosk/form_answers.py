"""The touch controls a guided-form page shows for its question, one kind per question type.

Each control gives the RAW value core's form engine reads (``core.form_validation.read``):
text as typed, date boxes as typed, the values of the choices tapped. Checking the answer is
core's job; a control never refuses or trims what a resident enters, so core can say what
is wrong in plain words. The page around a control shows the question as its heading and
the hint; the control shows only what the resident taps or types.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from core.addresses import AddressBook
from core.catalogue import Localised
from core.form_definition import Question, QuestionType, say
from core.form_inputs import MAX_EMAIL, MAX_FIELD, DateInput
from core.scanning import PageScanner, ScanProcessor
from core.text import clean_text
from ui.widgets import button, label, set_text

CONTEXT = "FormAnswers"  # every string here is translated in this one context
CHOICE_HEIGHT = 96
MAX_BOX = 100_000

Hint = Qt.InputMethodHint
_HINTS = {
    QuestionType.PHONE: Hint.ImhDialableCharactersOnly | Hint.ImhNoPredictiveText,
    QuestionType.EMAIL: Hint.ImhEmailCharactersOnly
    | Hint.ImhNoAutoUppercase
    | Hint.ImhNoPredictiveText,
    QuestionType.NUMBER: Hint.ImhFormattedNumbersOnly,
}
# Narrower boxes say how long an answer is expected to be (GOV.UK input widths).
_WIDTHS = {QuestionType.NUMBER: 400, QuestionType.PHONE: 560}


def box_limit(question: Question) -> int:
    """How many characters a box takes: twice what core accepts, so core reports the excess."""
    accepted = {QuestionType.EMAIL: MAX_EMAIL + 1, QuestionType.PHONE: MAX_FIELD}
    return min(2 * accepted.get(question.type, question.text_limit), MAX_BOX)


def repolish(widget: QWidget) -> None:
    """Restyle a widget after a property its stylesheet selects on has changed.

    The StyleChange event makes a frame take up its new border and padding at once.
    """
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.update()


class AnswerWidget(QFrame):
    """One question's control. Subclasses fill ``_restore``, ``raw``, ``_relabel``, ``focus_field``.

    Signals:
        edited(): the raw value changed because the resident typed or tapped.
        submitted(): the resident pressed Enter in a one-line box (the page continues).
    """

    edited = Signal()
    submitted = Signal()

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self.setObjectName(f"answerWidget_{question.name}")
        self.setProperty("role", "answer")
        self.setProperty("invalid", False)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(16)

    @property
    def prefix(self) -> str:
        """The start of every objectName in this control: ``answer_<question name>``."""
        return f"answer_{self.question.name}"

    def say(self, text: Localised | None) -> str:
        """Text from the form definition in the control's language."""
        return say(text, self.language) if text else ""

    @property
    def busy(self) -> bool:
        """True while the control is still working (a scan): the page must not move on."""
        return False

    def raw(self) -> object:
        """The raw value as the resident has entered it."""
        raise NotImplementedError

    def set_raw(self, raw: object) -> None:
        """Show a kept answer again (Back, Change, a language switch); ``edited`` stays quiet."""
        blocked = self.blockSignals(True)
        try:
            self._restore(raw)
        finally:
            self.blockSignals(blocked)

    def _restore(self, raw: object) -> None:
        raise NotImplementedError

    def retranslate(self, language: str) -> None:
        """Every text in the language: the form's own words and the kiosk's."""
        self.language = language
        self._relabel()

    def _relabel(self) -> None:
        raise NotImplementedError

    def focus_field(self) -> None:
        """Put the cursor in (or focus) the first thing to fix."""
        raise NotImplementedError

    def set_invalid(self, invalid: bool) -> None:
        """Mark the control as having a problem, for the red GOV.UK border at its side.

        The property is on the control only; its boxes are restyled too, so a stylesheet
        may also colour them (``[invalid="true"] QLineEdit``).
        """
        self.setProperty("invalid", invalid)
        for widget in (self, *self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)):
            repolish(widget)

    def wipe(self) -> None:
        """Forget what was entered, undo history included."""
        self.set_raw(None)

    def line_edit(
        self,
        name: str,
        limit: int,
        hints: Qt.InputMethodHint | None = None,
        *,
        submits: bool = True,
        changed: Callable[[str], None] | None = None,
    ) -> QLineEdit:
        """A large one-line box; Enter continues if ``submits``.

        Every change calls ``changed`` (to update what depends on it) and then says ``edited``,
        so whoever hears ``edited`` reads the raw value as it now is.
        """
        box = QLineEdit(self)
        box.setObjectName(name)
        box.setAccessibleName(name)
        box.setMaxLength(limit)
        if hints is not None:
            box.setInputMethodHints(hints)

        def on_change(text: str) -> None:
            if changed is not None:
                changed(text)
            self.edited.emit()

        box.textChanged.connect(on_change)
        if submits:
            box.returnPressed.connect(self.submitted.emit)
        return box

    def choice_button(self, name: str, parent: QWidget | None = None) -> QPushButton:
        """A big checkable choice."""
        choice = button(name, "choice", parent or self)
        choice.setCheckable(True)
        choice.setMinimumHeight(CHOICE_HEIGHT)
        return choice


def show_on(choice: QPushButton, text: str) -> None:
    """Put the form's own words on a button: an '&' shows as itself, not as a shortcut."""
    choice.setText(text.replace("&", "&&"))
    choice.setAccessibleName(text or choice.objectName())


def discard(widget: QWidget) -> None:
    """Take a widget out of the page now (so its name is free again) and delete it soon."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def set_box_text(box: QLineEdit, text: str) -> None:
    """Replace a box's text and forget its undo history (it may hold an earlier answer)."""
    box.setText(text)
    box.setModified(False)


def uncheck(group: QButtonGroup) -> None:
    """Clear every choice of a group, exclusive or not."""
    exclusive = group.exclusive()
    group.setExclusive(False)
    for b in group.buttons():
        b.setChecked(False)
    group.setExclusive(exclusive)


class LineAnswer(AnswerWidget):
    """Text, number, phone and email: one large box."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.box = self.line_edit(self.prefix, box_limit(question), _HINTS.get(question.type))
        if question.type in _WIDTHS:
            self.box.setMaximumWidth(_WIDTHS[question.type])
        self.column.addWidget(self.box)
        self._relabel()

    def raw(self) -> str:
        return self.box.text()

    def _restore(self, raw: object) -> None:
        set_box_text(self.box, raw if isinstance(raw, str) else "")

    def _relabel(self) -> None:
        self.box.setAccessibleName(self.say(self.question.label) or self.prefix)

    def focus_field(self) -> None:
        self.box.setFocus()


class LongTextAnswer(AnswerWidget):
    """A big text area with a live count of the characters left (GOV.UK character count)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.box = QPlainTextEdit(self)
        self.box.setObjectName(self.prefix)
        self.box.setAccessibleName(self.prefix)
        self.box.setMinimumHeight(220)
        self.box.setStyleSheet("min-height: 220px;")  # the theme's 56px must not shrink it
        self.count = label(f"{self.prefix}_count", "secondary", self)
        self.box.textChanged.connect(self._changed)
        self.column.addWidget(self.box)
        self.column.addWidget(self.count)
        self._relabel()

    def raw(self) -> str:
        return self.box.toPlainText()

    def _restore(self, raw: object) -> None:
        self.box.setPlainText(raw if isinstance(raw, str) else "")
        self.box.document().clearUndoRedoStacks()

    def _changed(self) -> None:
        text = self.box.toPlainText()
        if len(text) > box_limit(self.question):  # a huge paste: keep what core can report on
            self.box.setPlainText(text[: box_limit(self.question)])
            self.box.moveCursor(QTextCursor.MoveOperation.End)
            return
        self._count()
        self.edited.emit()

    def _count(self) -> None:
        # Counted as core counts when it checks the length: cleaned and trimmed.
        left = self.question.text_limit - len(clean_text(self.box.toPlainText(), sys.maxsize))
        if left == 1:
            text = QCoreApplication.translate("FormAnswers", "You have 1 character remaining")
        elif left >= 0:
            text = QCoreApplication.translate("FormAnswers", "You have %1 characters remaining")
        elif left == -1:
            text = QCoreApplication.translate("FormAnswers", "You have 1 character too many")
        else:
            text = QCoreApplication.translate("FormAnswers", "You have %1 characters too many")
        self.count.setText(text.replace("%1", str(abs(left))))
        role = "error" if left < 0 else "secondary"
        if self.count.property("role") != role:
            self.count.setProperty("role", role)
            repolish(self.count)

    def _relabel(self) -> None:
        self.box.setAccessibleName(self.say(self.question.label) or self.prefix)
        self._count()

    def focus_field(self) -> None:
        self.box.setFocus()


class DateAnswer(AnswerWidget):
    """Day, Month and Year boxes side by side, each labelled above (GOV.UK date input)."""

    PARTS = (("day", 2, 140), ("month", 2, 140), ("year", 4, 200))

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        self.boxes: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for column, (part, digits, width) in enumerate(self.PARTS):
            box = self.line_edit(f"{self.prefix}_{part}", digits, Hint.ImhDigitsOnly)
            box.setFixedWidth(width)
            caption = label(f"{self.prefix}_{part}_label", "", self)
            caption.setBuddy(box)
            grid.addWidget(caption, 0, column)
            grid.addWidget(box, 1, column)
            self.boxes[part], self.labels[part] = box, caption
        grid.setColumnStretch(len(self.PARTS), 1)
        self.column.addLayout(grid)
        self._relabel()

    def raw(self) -> DateInput:
        return DateInput(*(self.boxes[part].text() for part, _digits, _width in self.PARTS))

    def _restore(self, raw: object) -> None:
        date = raw if isinstance(raw, DateInput) else DateInput()
        for part, text in zip(self.boxes, (date.day, date.month, date.year), strict=True):
            set_box_text(self.boxes[part], text)

    def _relabel(self) -> None:
        captions = {
            "day": QCoreApplication.translate("FormAnswers", "Day"),
            "month": QCoreApplication.translate("FormAnswers", "Month"),
            "year": QCoreApplication.translate("FormAnswers", "Year"),
        }
        for part, caption in captions.items():
            self.labels[part].setText(caption)
            self.boxes[part].setAccessibleName(caption)

    def focus_field(self) -> None:
        self.boxes["day"].setFocus()


class ChoiceAnswer(AnswerWidget):
    """Yes/No, one of several, or several of several: one big checkable button per choice.

    In a multiple choice, an ``exclusive`` choice ("None of these") clears the others and
    is cleared when another is chosen.
    """

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.multiple = question.type is QuestionType.MULTIPLE_CHOICE
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, QPushButton] = {}
        self.hints: dict[str, QLabel] = {}
        self.divider: QLabel | None = None
        values = ("yes", "no") if question.type is QuestionType.YES_NO else ()
        for value in values or tuple(c.value for c in question.choices):
            choice = question.choice(value)
            exclusive = self.multiple and choice is not None and choice.exclusive
            if exclusive and self.buttons and self.divider is None:  # GOV.UK's "or"
                self.divider = label(f"{self.prefix}_or", "", self)
                self.column.addWidget(self.divider)
            made = self.choice_button(f"{self.prefix}_{value}")
            made.clicked.connect(lambda _=False, v=value: self._tapped(v))
            self.group.addButton(made)
            self.column.addWidget(made)
            self.buttons[value] = made
            if choice is not None and choice.hint:
                self.hints[value] = label(f"{self.prefix}_{value}_hint", "secondary", self)
                self.column.addWidget(self.hints[value])
        self._relabel()

    def _tapped(self, value: str) -> None:
        choice = self.question.choice(value)
        if self.multiple and self.buttons[value].isChecked():
            for other, b in self.buttons.items():
                if other == value:
                    continue
                other_choice = self.question.choice(other)
                clears = choice is not None and choice.exclusive
                if clears or (other_choice is not None and other_choice.exclusive):
                    b.setChecked(False)
        self.edited.emit()

    def raw(self) -> object:
        chosen = tuple(v for v, b in self.buttons.items() if b.isChecked())
        if self.multiple:
            return chosen
        return chosen[0] if chosen else None

    def _restore(self, raw: object) -> None:
        uncheck(self.group)
        if isinstance(raw, str):
            wanted: tuple[object, ...] = (raw,)
        elif isinstance(raw, list | tuple) and self.multiple:
            wanted = tuple(raw)
        else:
            wanted = ()
        for value, b in self.buttons.items():
            b.setChecked(value in wanted)

    def _relabel(self) -> None:
        if self.question.type is QuestionType.YES_NO:
            set_text(self.buttons["yes"], QCoreApplication.translate("FormAnswers", "Yes"))
            set_text(self.buttons["no"], QCoreApplication.translate("FormAnswers", "No"))
            return
        for choice in self.question.choices:
            show_on(self.buttons[choice.value], self.say(choice.label))
            if choice.value in self.hints:
                self.hints[choice.value].setText(self.say(choice.hint))
        if self.divider is not None:
            self.divider.setText(QCoreApplication.translate("FormAnswers", "or"))

    def focus_field(self) -> None:
        chosen = [b for b in self.buttons.values() if b.isChecked()]
        first = chosen[0] if chosen else next(iter(self.buttons.values()), None)
        if first is not None:
            first.setFocus()


class DeclarationAnswer(AnswerWidget):
    """The declaration in a bordered panel, and one big "I agree"."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.panel = QFrame(self)
        self.panel.setObjectName(f"{self.prefix}_declaration")
        self.panel.setProperty("role", "declaration")
        self.panel.setFrameShape(QFrame.Shape.Box)
        self.panel.setFrameShadow(QFrame.Shadow.Plain)
        self.panel.setLineWidth(3)
        self.panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = label(f"{self.prefix}_declaration_text", "", self.panel)
        inside = QVBoxLayout(self.panel)
        inside.setContentsMargins(24, 24, 24, 24)
        inside.addWidget(self.text)
        self.agree = self.choice_button(f"{self.prefix}_agree")
        self.agree.clicked.connect(lambda _=False: self.edited.emit())
        self.column.addWidget(self.panel)
        self.column.addWidget(self.agree)
        self._relabel()

    def raw(self) -> bool:
        return self.agree.isChecked()

    def _restore(self, raw: object) -> None:
        self.agree.setChecked(raw is True or raw == "yes")

    def _relabel(self) -> None:
        self.text.setText(self.say(self.question.declaration or self.question.label))
        set_text(self.agree, QCoreApplication.translate("FormAnswers", "I agree"))

    def focus_field(self) -> None:
        self.agree.setFocus()


def answer_widget(
    question: Question,
    language: str,
    *,
    addresses: AddressBook,
    scanner: PageScanner | None,
    processor: ScanProcessor | None = None,
    parent: QWidget | None = None,
) -> AnswerWidget:
    """The control for a question, showing its texts in ``language``."""
    kind = question.type
    if kind is QuestionType.POSTCODE_ADDRESS:
        # Imported here: those modules build on AnswerWidget, defined above.
        from kiosk.form_address import AddressAnswer

        return AddressAnswer(question, language, addresses, parent)
    if kind is QuestionType.DOCUMENT:
        from kiosk.form_document import DocumentAnswer

        return DocumentAnswer(question, language, scanner, processor, parent)
    if kind is QuestionType.LONG_TEXT:
        return LongTextAnswer(question, language, parent)
    if kind is QuestionType.DATE:
        return DateAnswer(question, language, parent)
    if kind in (QuestionType.YES_NO, QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return ChoiceAnswer(question, language, parent)
    if kind is QuestionType.DECLARATION:
        return DeclarationAnswer(question, language, parent)
    return LineAnswer(question, language, parent)
