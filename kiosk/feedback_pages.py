"""Give feedback: the core journey rendered one question per page, GOV.UK style."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.catalogue import Catalogue
from core.feedback import COMMENT_LIMIT, FeedbackReceipt, Rating
from core.feedback_journey import PAGES, FeedbackJourney, PageError
from core.ports import StorageUnavailable
from ui.background import BackgroundOp
from ui.screen import Screen
from ui.widgets import button, kinetic_scroll, label, set_text

NOT_ONE_SERVICE = "-"


class FeedbackPages(Screen):
    """Which service, how satisfied, any comment, check, thank you."""

    screen_name = "feedback"

    def __init__(self, journey: FeedbackJourney, catalogue: Catalogue) -> None:
        super().__init__()
        self.journey = journey
        self._catalogue = catalogue
        self._sending = False
        self._problems: list[PageError] = []

        self.summary = QFrame(self)
        self.summary.setObjectName("errorSummary")
        self.summary.setProperty("role", "error-summary")
        self.summary_title = label("errorSummaryTitle", "error", self.summary)
        self.summary_links = QVBoxLayout()
        summary_layout = QVBoxLayout(self.summary)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addLayout(self.summary_links)
        self.summary.hide()

        self.pages = QStackedWidget(self)
        self.pages.setObjectName("feedbackPages")
        self.service_page, self.service_heading, self.service_choices = self._choice_page(
            "service", [s.code for s in catalogue.services] + [NOT_ONE_SERVICE]
        )
        self.rating_page, self.rating_heading, self.rating_choices = self._choice_page(
            "rating", [str(int(r)) for r in Rating]
        )
        self.comment_page = QWidget()
        self.comment_heading = label("commentHeading", "heading", self.comment_page)
        self.comment_hint = label("commentHint", "secondary", self.comment_page)
        self.comment_box = QPlainTextEdit(self.comment_page)
        self.comment_box.setObjectName("commentBox")
        self.comment_box.setAccessibleName("commentBox")
        self.comment_box.setMinimumHeight(220)
        self.comment_box.textChanged.connect(self._comment_changed)
        self.comment_count = label("commentCount", "secondary", self.comment_page)
        comment_layout = QVBoxLayout(self.comment_page)
        for part in (self.comment_heading, self.comment_hint, self.comment_box, self.comment_count):
            comment_layout.addWidget(part)
        comment_layout.addStretch(1)

        self.check_page = QWidget()
        self.check_heading = label("checkHeading", "heading", self.check_page)
        self.check_rows: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        check_layout = QVBoxLayout(self.check_page)
        check_layout.addWidget(self.check_heading)
        for page in PAGES[:3]:
            key = label(f"check_{page}_question", "secondary", self.check_page)
            value = label(f"check_{page}_answer", "", self.check_page)
            change = button(f"change_{page}", "link", self.check_page)
            change.clicked.connect(lambda _=False, p=page: self._change(p))
            row = QHBoxLayout()
            row.addWidget(key, 2)
            row.addWidget(value, 3)
            row.addWidget(change)
            check_layout.addLayout(row)
            self.check_rows[page] = (key, value, change)
        check_layout.addStretch(1)

        self.done_page = QWidget()
        self.done_panel = label("feedbackDonePanel", "banner", self.done_page)
        self.done_next = label("feedbackWhatNext", "", self.done_page)
        self.finish_button = button("finishButton", "primary", self.done_page)
        self.finish_button.clicked.connect(self.finished)
        done_layout = QVBoxLayout(self.done_page)
        for done_part in (self.done_panel, self.done_next, self.finish_button):
            done_layout.addWidget(done_part)
        done_layout.addStretch(1)

        for page_widget in (
            self.service_page,
            self.rating_page,
            self.comment_page,
            self.check_page,
            self.done_page,
        ):
            self.pages.addWidget(kinetic_scroll(page_widget))

        self.continue_button = button("continueButton", "primary", self)
        self.continue_button.clicked.connect(self._continue)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(16)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.continue_button)
        self._show()

    def _choice_page(self, name: str, options: list[str]) -> tuple[QWidget, QLabel, QButtonGroup]:
        page = QWidget()
        heading = label(f"{name}QuestionHeading", "heading", page)
        group = QButtonGroup(page)
        group.setObjectName(f"{name}Choices")
        group.setExclusive(True)
        layout = QVBoxLayout(page)
        layout.addWidget(heading)
        for value in options:
            choice = button(f"{name}_{value}", "choice", page)
            choice.setCheckable(True)
            choice.setProperty("value", value)
            group.addButton(choice)
            layout.addWidget(choice)
        layout.addStretch(1)
        group.buttonClicked.connect(lambda b, n=name: self._chose(n, str(b.property("value"))))
        return page, heading, group

    @property
    def current_page(self) -> str:
        """``feedback/<page>``."""
        return f"feedback/{self.journey.page}"

    def _chose(self, page: str, value: str) -> None:
        if page == "service":
            self.journey.choose_service(None if value == NOT_ONE_SERVICE else value)
        else:
            self.journey.choose_rating(int(value))

    def _comment_changed(self) -> None:
        self.journey.write_comment(self.comment_box.toPlainText())
        self._comment_changed_label()

    def _continue(self) -> None:
        if self.journey.page == "check":
            self._send()
            return
        self._show(self.journey.next())

    def _change(self, page: str) -> None:
        self.journey.change(page)
        self._show()

    def _send(self) -> None:
        if self._sending:
            return
        self._sending = True
        self.continue_button.setEnabled(False)
        # Only the recording runs off the UI thread; the journey moves on here, on this thread.
        BackgroundOp(self, self.journey.record).success(self._sent).failure(self._send_failed).run()

    def _sent(self, receipt: FeedbackReceipt) -> None:
        self.journey.sent(receipt)
        self._sending = False
        self.continue_button.setEnabled(True)
        self._show()

    def _send_failed(self, exc: Exception) -> None:
        self._sending = False
        self.continue_button.setEnabled(True)
        if isinstance(exc, StorageUnavailable):
            message = self.tr(
                "This kiosk could not save your feedback just now. Nothing has been sent. "
                "Please try again, or ask a member of staff."
            )
        else:
            message = self.tr("Something went wrong. Please try again, or ask a member of staff.")
        self._show([PageError("continueButton", message)])

    def _show(self, problems: list[PageError] | None = None) -> None:
        problems = problems or []
        index = PAGES.index(self.journey.page)
        self.pages.setCurrentIndex(index)
        self.continue_button.setVisible(self.journey.page != "done")
        self._fill_summary(problems)
        if self.journey.page == "check":
            self._fill_check()
        self.retranslate(self.language)

    def _fill_summary(self, problems: list[PageError]) -> None:
        while self.summary_links.count():
            item = self.summary_links.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for problem in problems:
            link = button(f"error_{problem.field}", "link", self.summary)
            link.setText(self._message_for(problem))
            link.setProperty("role", "error")
            link.clicked.connect(lambda _=False, f=problem.field: self._focus(f))
            self.summary_links.addWidget(link)
            link.show()
        self.summary.setVisible(bool(problems))
        self._problems = problems

    def _message_for(self, problem: PageError) -> str:
        if problem.field == "serviceChoices":
            return self.tr("Choose a service, or choose ‘Not about one service’.")
        if problem.field == "ratingChoices":
            return self.tr("Choose how satisfied you are.")
        if problem.field == "commentBox":
            return (
                self.tr(
                    "Your comment is %1 characters long. "
                    "Please shorten it to %2 characters or fewer."
                )
                .replace("%1", str(len(self.comment_box.toPlainText())))
                .replace("%2", str(COMMENT_LIMIT))
            )
        return problem.message

    def _focus(self, field: str) -> None:
        if field == "commentBox":
            self.comment_box.setFocus()
        elif field == "serviceChoices" and self.service_choices.buttons():
            self.service_choices.buttons()[0].setFocus()
        elif field == "ratingChoices" and self.rating_choices.buttons():
            self.rating_choices.buttons()[0].setFocus()

    def _service_name(self, code: str | None) -> str:
        if code is None:
            return self.tr("Not about one service")
        return self._catalogue.service(code).title(self.language)

    def _rating_name(self, rating: Rating) -> str:
        return {
            Rating.VERY_SATISFIED: self.tr("Very satisfied"),
            Rating.SATISFIED: self.tr("Satisfied"),
            Rating.NEITHER: self.tr("Neither satisfied nor dissatisfied"),
            Rating.DISSATISFIED: self.tr("Dissatisfied"),
            Rating.VERY_DISSATISFIED: self.tr("Very dissatisfied"),
        }[rating]

    def _fill_check(self) -> None:
        answers = self.journey.answers
        self.check_rows["service"][1].setText(self._service_name(answers.service_code))
        rating = answers.rating
        self.check_rows["rating"][1].setText(self._rating_name(rating) if rating else "")
        self.check_rows["comment"][1].setText(answers.comment or self.tr("No comment"))

    def retranslate(self, language: str) -> None:
        """Texts for the language."""
        super().retranslate(language)
        self.summary_title.setText(self.tr("There is a problem"))
        self.service_heading.setText(self.tr("Which service is your feedback about?"))
        for b in self.service_choices.buttons():
            value = str(b.property("value"))
            set_text(b, self._service_name(None if value == NOT_ONE_SERVICE else value))
        self.rating_heading.setText(self.tr("Overall, how did you feel about our service today?"))
        for b in self.rating_choices.buttons():
            set_text(b, self._rating_name(Rating(int(str(b.property("value"))))))
        self.comment_heading.setText(self.tr("How could we improve? (optional)"))
        self.comment_hint.setText(
            self.tr("Do not include personal details such as your name, address or phone number.")
        )
        self._comment_changed_label()
        self.check_heading.setText(self.tr("Check your answers before sending your feedback"))
        questions = {
            "service": self.tr("Service"),
            "rating": self.tr("How you felt"),
            "comment": self.tr("Your comment"),
        }
        for page, (key, _value, change) in self.check_rows.items():
            key.setText(questions[page])
            set_text(change, self.tr("Change"))
            change.setAccessibleName(self.tr("Change %1").replace("%1", questions[page]))
        if self.journey.page == "check":
            self._fill_check()
        set_text(
            self.continue_button,
            self.tr("Send feedback") if self.journey.page == "check" else self.tr("Continue"),
        )
        self.done_panel.setText(self.tr("Thank you for your feedback"))
        self.done_next.setText(
            self.tr(
                "We read all feedback and use it to improve our services. "
                "You will not get a reply. "
                "If you want to make a complaint, please ask a member of staff."
            )
        )
        set_text(self.finish_button, self.tr("Finish"))

    def _comment_changed_label(self) -> None:
        text = self.comment_box.toPlainText()
        self.comment_count.setText(
            self.tr("%1 of %2 characters")
            .replace("%1", str(len(text)))
            .replace("%2", str(COMMENT_LIMIT))
        )

    def back(self) -> bool:
        """One page back; False from the first page (or after sending) leaves the journey."""
        moved = self.journey.back()
        if moved:
            self._show()
        return moved

    def wipe(self) -> None:
        """Forget every answer and return to the first page."""
        self.journey.wipe()
        self.comment_box.blockSignals(True)
        self.comment_box.clear()
        self.comment_box.document().clearUndoRedoStacks()
        self.comment_box.blockSignals(False)
        for group in (self.service_choices, self.rating_choices):
            group.setExclusive(False)
            for b in group.buttons():
                b.setChecked(False)
            group.setExclusive(True)
        for _key, value, _change in self.check_rows.values():
            value.clear()
        self._show()

    def entered(self) -> None:
        """Start from the first page with a new journey."""
        self.journey.language = self.language

    def spoken_text(self) -> str:
        """The current page's heading and any problems."""
        page = self.pages.currentWidget()
        heading = page.findChild(QLabel) if page is not None else None
        problems = " ".join(self._message_for(p) for p in self._problems)
        return " ".join(x for x in (heading.text() if heading else "", problems) if x)
