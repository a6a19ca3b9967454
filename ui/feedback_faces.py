"""Five faces at the end of a journey: "How was using this kiosk today?", and an optional comment.

The resident may ignore them and press Done, or walk away: nothing is recorded then. A tap on
a face records the rating at once (off the UI thread), before "Thank you" shows, so it is
safe even if they walk away straight after. "Add a comment" then opens a comment box; a
comment sent is recorded as its own ``feedback.given`` with the same rating and the rating's
event id (``FeedbackBox.add_comment``), because the rating is already in the journal and the
journal is append-only. Counting ratings skips those (``core.feedback.adds_a_comment``).

Nothing that says who the resident is goes in: the journey passes its type and, where it
knows one, the service; never a ticket number, reference or name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.feedback import (
    COMMENT_LIMIT,
    JOURNEYS,
    FeedbackBox,
    FeedbackProblem,
    FeedbackReceipt,
    Rating,
)
from core.ports import StorageUnavailable
from ui.background import BackgroundOp
from ui.theme import CONTRAST, NORMAL
from ui.widgets import ICON_INK, button, give_icon, icon, label, set_text

# Worst to best, as a resident reads them; Qt mirrors the row for right-to-left languages.
FACES = (
    (Rating.VERY_DISSATISFIED, "face-very-dissatisfied"),
    (Rating.DISSATISFIED, "face-dissatisfied"),
    (Rating.NEITHER, "face-neither"),
    (Rating.SATISFIED, "face-satisfied"),
    (Rating.VERY_SATISFIED, "face-very-satisfied"),
)
FACE_ICON = 48
FACE_MIN = 96  # touch target, both ways
# From this width the question sits beside the faces (at the start of the reading side),
# which keeps the last pages of the journeys within one 1080p screen; below it, above them.
WIDE = 1400
# Less padding than the theme gives other buttons, so a word has room to fit on one line;
# with the theme's 3 px border, what a face's width loses to its word.
FACE_PADDING = "padding: 6px 8px;"
FACE_INSET = 2 * (8 + 3)


def wrap_words(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """``text`` in lines no wider than ``width`` where spaces allow (a long word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class FaceButton(QToolButton):
    """A face above its word; the word wraps to the width the row gives it."""

    def __init__(self, name: str, icon_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(name)
        self.setCheckable(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        give_icon(self, icon_name)
        self.setIconSize(QSize(FACE_ICON, FACE_ICON))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        # Equal shares of the row whatever the words; the height follows the wrapped word.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(FACE_MIN, FACE_MIN)
        self.setStyleSheet(FACE_PADDING)  # only the padding: the theme gives the rest
        self.word = ""

    def set_word(self, word: str) -> None:
        """The word under the face, which is also its accessible name."""
        self.word = word
        self.setAccessibleName(word)
        self._wrap()

    def showEvent(self, event: QShowEvent) -> None:
        """Draw the face in the look's ink. The shell recolours the icons there are when the
        look changes; a face made afterwards (a form's, made when the form opens) would
        otherwise be dark on high contrast's black."""
        super().showEvent(event)
        dark = self.palette().color(self.backgroundRole()).lightness() < 128
        ink = CONTRAST.secondary if dark else ICON_INK  # as the shell chooses
        on_ink = (CONTRAST if dark else NORMAL).primary_text
        self.setIcon(icon(str(self.property("iconName")), ink, on_ink))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the word again for the new width."""
        super().resizeEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        width = max(self.width() - FACE_INSET, FACE_ICON)
        text = "\n".join(wrap_words(self.word, self.fontMetrics(), width))
        if text != self.text():
            self.setText(text)


class FeedbackFaces(QFrame):
    """The question, five faces, then "Thank you" and an optional comment.

    States: ``ask`` (faces showing), ``saving`` (a face tapped, recording), ``thanked``
    (recorded; "Add a comment" offered), ``commenting`` (the comment box open), ``sending``
    and ``commented``.

    Signals:
        recorded(object): a FeedbackReceipt, for the rating and again for a comment.
    """

    recorded = Signal(object)

    def __init__(
        self, name: str, box: FeedbackBox, journey: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        if journey not in JOURNEYS:
            raise ValueError(f"no such journey: {journey!r}")
        self.setObjectName(name)
        self._box = box
        self._journey = journey
        self.service: str | None = None
        self.language = "en"
        self.state = "ask"
        self.receipt: FeedbackReceipt | None = None
        self._problem = ""
        self._generation = 0

        rule = QFrame(self)
        rule.setProperty("role", "check-row")
        rule.setFixedHeight(2)
        self.question = label(f"{name}Question", "subheading", self)
        self.faces: dict[Rating, FaceButton] = {}
        face_row = QHBoxLayout()
        face_row.setSpacing(12)
        for rating, icon_name in FACES:
            face = FaceButton(f"{name}Face_{int(rating)}", icon_name, self)
            face.clicked.connect(lambda _=False, r=rating: self._face_tapped(r))
            face_row.addWidget(face)
            self.faces[rating] = face

        self.thanks = label(f"{name}Thanks", "", self)
        self.add_comment = button(f"{name}AddComment", "link", self)
        self.add_comment.clicked.connect(self._open_comment)
        thanks_row = QHBoxLayout()
        thanks_row.addWidget(self.thanks)
        thanks_row.addWidget(self.add_comment)  # beside the thanks, where the eye is
        thanks_row.addStretch(1)
        self.error = label(f"{name}Error", "error", self)

        self.comment_area = QWidget(self)
        self.comment_hint = label(f"{name}CommentHint", "secondary", self.comment_area)
        self.comment_box = QPlainTextEdit(self.comment_area)
        self.comment_box.setObjectName(f"{name}Comment")
        self.comment_box.setAccessibleName(f"{name}Comment")
        self.comment_box.setMinimumHeight(160)
        self.comment_box.textChanged.connect(self._count)
        self.comment_count = label(f"{name}CommentCount", "secondary", self.comment_area)
        self.send_comment = button(f"{name}SendComment", "", self.comment_area)
        self.send_comment.clicked.connect(self._send_comment)
        comment_layout = QVBoxLayout(self.comment_area)
        comment_layout.setContentsMargins(0, 0, 0, 0)
        for part in (self.comment_hint, self.comment_box, self.comment_count, self.send_comment):
            comment_layout.addWidget(part)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self._ask = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._ask.setSpacing(16)
        self._ask.addWidget(self.question, 2)
        self._ask.addLayout(face_row, 8)
        layout.addWidget(rule)
        layout.addLayout(self._ask)
        layout.addLayout(thanks_row)
        layout.addWidget(self.error)
        layout.addWidget(self.comment_area)
        self._show_state()
        self.retranslate(self.language)
        self._align_to_reading_side()

    def changeEvent(self, event: QEvent) -> None:
        """In a right-to-left language, text starts on the right, even text that is not
        translated yet (a label would otherwise align Latin text by its own direction)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_to_reading_side()

    def _align_to_reading_side(self) -> None:
        side = Qt.AlignmentFlag.AlignRight if self.isRightToLeft() else Qt.AlignmentFlag.AlignLeft
        side |= Qt.AlignmentFlag.AlignAbsolute
        for text in (self.question, self.thanks, self.error, self.comment_hint, self.comment_count):
            text.setAlignment(side | Qt.AlignmentFlag.AlignVCenter)
        option = self.comment_box.document().defaultTextOption()
        option.setAlignment(side)
        self.comment_box.document().setDefaultTextOption(option)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The question beside the faces on a wide screen, above them on a narrow one."""
        super().resizeEvent(event)
        wide = self.width() >= WIDE
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self._ask.direction() != direction:
            self._ask.setDirection(direction)

    # -- the rating -------------------------------------------------------------------------

    def _face_tapped(self, rating: Rating) -> None:
        if self.state != "ask":
            return
        self.state = "saving"
        self._problem = ""
        for face_rating, face in self.faces.items():
            face.setChecked(face_rating is rating)
        self._show_state()
        box, args = self._box, (int(rating), "", self.service, self.language, self._journey)
        generation = self._generation
        BackgroundOp(self, lambda: box.give(*args)).success(
            lambda receipt: self._rated(receipt) if generation == self._generation else None
        ).failure(
            lambda exc: self._not_rated(exc) if generation == self._generation else None
        ).run()

    def _rated(self, receipt: FeedbackReceipt) -> None:
        self.receipt = receipt
        self.state = "thanked"
        self._show_state()
        self.recorded.emit(receipt)

    def _not_rated(self, exc: Exception) -> None:
        self.state = "ask"
        for face in self.faces.values():
            face.setChecked(False)
        self._problem = "storage" if isinstance(exc, StorageUnavailable) else "general"
        self._show_state()

    # -- the comment --------------------------------------------------------------------------

    def _open_comment(self) -> None:
        if self.state != "thanked":
            return
        self.state = "commenting"
        self._show_state()
        self.comment_box.setFocus()
        # Lay the taller page out now, then scroll it so the box and Send are in view.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self.send_comment)

    def _send_comment(self) -> None:
        rated = self.receipt
        if self.state != "commenting" or rated is None:
            return
        typed = self.comment_box.toPlainText()
        try:
            kept = self._box.check_comment(typed)
        except FeedbackProblem:
            self._problem = "too_long"
            self._show_state()
            return
        if not kept:
            self._problem = "empty"
            self._show_state()
            return
        self.state = "sending"
        self._problem = ""
        self._show_state()
        box, service, language, journey = self._box, self.service, self.language, self._journey
        generation = self._generation
        BackgroundOp(
            self, lambda: box.add_comment(rated, kept, service, language, journey)
        ).success(
            lambda receipt: self._commented(receipt) if generation == self._generation else None
        ).failure(
            lambda exc: self._not_commented(exc) if generation == self._generation else None
        ).run()

    def _commented(self, receipt: FeedbackReceipt) -> None:
        self.state = "commented"
        self._forget_comment()
        self._show_state()
        self.recorded.emit(receipt)

    def _not_commented(self, exc: Exception) -> None:
        self.state = "commenting"  # the comment stays, to send again
        self._problem = "storage" if isinstance(exc, StorageUnavailable) else "general"
        self._show_state()

    def _forget_comment(self) -> None:
        self.comment_box.blockSignals(True)
        self.comment_box.clear()
        self.comment_box.document().clearUndoRedoStacks()
        self.comment_box.blockSignals(False)
        self._count()

    # -- showing ------------------------------------------------------------------------------

    def _show_state(self) -> None:
        asking = self.state in ("ask", "saving")
        self.question.setVisible(asking)
        for face in self.faces.values():
            face.setVisible(asking)
            face.setEnabled(self.state == "ask")
        self.thanks.setVisible(not asking)
        self.add_comment.setVisible(self.state == "thanked")
        self.comment_area.setVisible(self.state in ("commenting", "sending"))
        self.send_comment.setEnabled(self.state == "commenting")
        self.comment_box.setReadOnly(self.state == "sending")
        self.error.setVisible(bool(self._problem))
        self._fill_texts()

    def retranslate(self, language: str) -> None:
        """Every text in the resident's language; what is recorded next is in it too."""
        self.language = language
        self._fill_texts()

    def _fill_texts(self) -> None:
        self.question.setText(self.tr("How was using this kiosk today? (optional)"))
        words = {
            Rating.VERY_DISSATISFIED: self.tr("Very dissatisfied"),
            Rating.DISSATISFIED: self.tr("Dissatisfied"),
            Rating.NEITHER: self.tr("Neither satisfied nor dissatisfied"),
            Rating.SATISFIED: self.tr("Satisfied"),
            Rating.VERY_SATISFIED: self.tr("Very satisfied"),
        }
        for rating, face in self.faces.items():
            face.set_word(words[rating])
        if self.state == "commented":
            self.thanks.setText(self.tr("Thank you for your comment."))
        else:
            self.thanks.setText(self.tr("Thank you for your feedback."))
        set_text(self.add_comment, self.tr("Add a comment"))
        self.comment_hint.setText(
            self.tr(
                "How could we improve? Do not include personal details such as your name, "
                "address or phone number."
            )
        )
        self.comment_box.setAccessibleName(self.tr("Your comment"))
        set_text(self.send_comment, self.tr("Send comment"))
        self._count()
        self.error.setText(self._problem_text())

    def _count(self) -> None:
        left = COMMENT_LIMIT - len(self.comment_box.toPlainText())
        if left == 1:
            text = self.tr("You have 1 character left")
        elif left >= 0:
            text = self.tr("You have %1 characters left").replace("%1", str(left))
        elif left == -1:
            text = self.tr("You have 1 character too many")
        else:
            text = self.tr("You have %1 characters too many").replace("%1", str(-left))
        self.comment_count.setText(text)
        self.comment_count.setProperty("role", "error" if left < 0 else "secondary")
        self.comment_count.style().unpolish(self.comment_count)
        self.comment_count.style().polish(self.comment_count)

    def _problem_text(self) -> str:
        if self._problem == "storage":
            return self.tr(
                "This kiosk could not save your feedback just now. You can try again, or "
                "carry on without it."
            )
        if self._problem == "general":
            return self.tr("Something went wrong. You can try again, or carry on without it.")
        if self._problem == "too_long":
            return (
                self.tr(
                    "Your comment is %1 characters long. Please shorten it to %2 characters "
                    "or fewer."
                )
                .replace("%1", str(len(self.comment_box.toPlainText())))
                .replace("%2", str(COMMENT_LIMIT))
            )
        if self._problem == "empty":
            return self.tr("Write your comment, or carry on without one.")
        return ""

    # -- the visit ----------------------------------------------------------------------------

    def wipe(self) -> None:
        """Ready for the next resident: no face chosen, no comment, nothing late shown."""
        self._generation += 1
        self.state = "ask"
        self.receipt = None
        self.service = None
        self._problem = ""
        for face in self.faces.values():
            face.setChecked(False)
        self._forget_comment()
        self._show_state()
