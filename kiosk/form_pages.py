"""One guided form at the kiosk, GOV.UK style: start, one question per page, check, send.

The draft lives in the ``FormSession`` held here and nowhere else; dropping this widget
wipes it. Each page is built when shown from the session, so Back, Change and a switch of
language always show the answers as the resident left them. The feedback faces on the last
page are the one part kept across rebuilds, so a face chosen or a comment half typed
survives a switch of language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.feedback import FeedbackBox
from core.form_definition import say
from core.form_display import check_rows
from core.form_flow import FieldProblem, FormSession, Step, StepKind
from core.form_journey_log import FormJourneyLog
from core.form_services import FormServices
from core.form_submission import FinalisedForm, FormIncomplete
from core.printing import PrintOutcome
from kiosk.form_answers import AnswerWidget, answer_widget
from kiosk.form_outcome import OutcomePanel
from kiosk.queue_widgets import ErrorSummary, storage_or_general
from ui.background import BackgroundOp
from ui.feedback_faces import FeedbackFaces
from ui.print_job import PrintJob
from ui.widgets import button, kinetic_scroll, label, set_text, show_added

REFERENCE_STYLE = "font-size: 56px; font-weight: bold; padding: 8px;"


class FormJourney(QWidget):
    """The pages of one form for one resident.

    Signals:
        leave(): Back from the start page: return to the list of forms.
        finished(): the resident pressed Finish on the last page.
        start_form(str): go on to another form (a triage route or the next in a life event).
        ticket_wanted(str, bool): a triage outcome offers a ticket: service, priority.
    """

    leave = Signal()
    finished = Signal()
    start_form = Signal(str)
    ticket_wanted = Signal(str, bool)

    def __init__(
        self,
        services: FormServices,
        session: FormSession,
        log: FormJourneyLog,
        parent: QWidget,
        *,
        next_form: Callable[[], str | None] = lambda: None,
        offers_tickets: bool = False,
        feedback: FeedbackBox | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("formJourney")
        self.services = services
        self.session = session
        self.log = log
        self.language = session.language
        self.problems: list[FieldProblem] = []
        self.answer: AnswerWidget | None = None
        self.finalised: FinalisedForm | None = None
        self.print_state = ""
        self.sending = False
        self._next_form = next_form
        self._offers_tickets = offers_tickets
        self._generation = 0

        self.summary = ErrorSummary("form", self)
        self.body = QWidget()
        self.body.setObjectName("formPage")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(20)
        # Feedback names the form's service, never its reference or answers.
        self.faces = (
            FeedbackFaces("formFeedback", feedback, "form", self.body)
            if feedback is not None
            else None
        )
        if self.faces is not None:
            self.faces.service = session.definition.service
            self.faces.hide()
        self.page_scroll = kinetic_scroll(self.body)
        self.continue_button = button("formContinue", "primary", self)
        self.continue_button.clicked.connect(self.go_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.summary)
        layout.addWidget(self.page_scroll, 1)
        layout.addWidget(self.continue_button)
        self.show_step()

    # -- pages ------------------------------------------------------------------------------

    @property
    def step(self) -> Step:
        return self.session.step

    @property
    def page_key(self) -> str:
        """The page's key (no answers in it), for help calls and analytics."""
        return self.step.key

    def show_step(self) -> None:
        """Build the current page from the session, and record that it was entered."""
        self._clear()
        kind = self.step.kind
        builders = {
            StepKind.START: self._start_page,
            StepKind.QUESTION: self._question_page,
            StepKind.ENTRIES: self._entries_page,
            StepKind.CHECK: self._check_page,
            StepKind.OUTCOME: self._outcome_page,
            StepKind.DONE: self._done_page,
        }
        builders[kind]()
        self.body_layout.addStretch(1)
        self._show_problems()
        show_added(self.body_layout)  # whole before a tap, a grab or read-aloud reaches it
        self.page_scroll.verticalScrollBar().setValue(0)
        if kind is StepKind.OUTCOME:
            outcome = self.session.outcome()
            if outcome is not None and not self.log.ended:
                self.log.routed(outcome)
                self.log.completed()
        self.log.entered(self.page_key)

    def _clear(self) -> None:
        self.answer = None
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and self.faces is not None and widget is self.faces:
                self.faces.hide()  # kept for the next build of the last page
            elif widget is not None:
                # Out of the tree at once, so no name is found twice before it is deleted.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def _text(self, name: str, text: str, role: str = "") -> QLabel:
        made = label(name, role, self.body)
        made.setText(text)
        made.setTextFormat(Qt.TextFormat.PlainText)
        self.body_layout.addWidget(made)
        return made

    def _title(self) -> str:
        return say(self.session.definition.title, self.language)

    def _start_page(self) -> None:
        definition = self.session.definition
        self._text("formTitle", self._title(), "heading")
        self._text("formSummary", say(definition.summary, self.language))
        if definition.you_will_need:
            self._text(
                "formNeedHeading",
                QCoreApplication.translate("FormJourney", "You will need:"),
                "subheading",
            )
            needs = "\n".join(f"•  {say(n, self.language)}" for n in definition.you_will_need)
            self._text("formNeeds", needs)
        minutes = definition.minutes
        if minutes == 1:
            takes = QCoreApplication.translate("FormJourney", "It takes about 1 minute.")
        else:
            takes = QCoreApplication.translate("FormJourney", "It takes about %1 minutes.")
            takes = takes.replace("%1", str(minutes))
        self._text("formMinutes", takes, "secondary")
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Start now"))

    def _question_page(self) -> None:
        place = self.step.place
        assert place is not None
        question = self.session.question(place)
        caption = self._title()
        if place.repeat is not None and place.entry is not None:
            item = say(self.session.repeat(place.repeat).item_label, self.language)
            caption = f"{item} {place.entry + 1}"
        self._text("formCaption", caption, "secondary")
        heading = say(question.label, self.language)
        if question.required is None:
            heading = QCoreApplication.translate("FormJourney", "%1 (optional)").replace(
                "%1", heading
            )
        self._text("formQuestion", heading, "heading")
        if question.hint is not None:
            self._text("formHint", say(question.hint, self.language), "secondary")
        self.field_error = self._text("formFieldError", "", "error")
        self.field_error.hide()
        self.answer = answer_widget(
            question,
            self.language,
            addresses=self.services.addresses,
            scanner=self.services.scanner,
            processor=self.services.processor,
            parent=self.body,
        )
        self.answer.set_raw(self.session.raw_at(place))
        self.answer.edited.connect(self._edited)
        self.answer.submitted.connect(self.go_on)
        self.body_layout.addWidget(self.answer)
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Continue"))

    def _entries_page(self) -> None:
        name = self.step.repeat
        assert name is not None
        repeat = self.session.repeat(name)
        self._text("formEntriesHeading", say(repeat.label, self.language), "heading")
        item = say(repeat.item_label, self.language)
        entries = self.session.entries[name]
        for index, _entry in enumerate(entries):
            row = QHBoxLayout()
            title = label(f"formEntry_{index + 1}", "", self.body)
            title.setText(f"{item} {index + 1}: {self._entry_summary(name, index)}")
            change = button(f"formEntryChange_{index + 1}", "link", self.body)
            set_text(change, QCoreApplication.translate("FormJourney", "Change"))
            change.clicked.connect(lambda _=False, i=index: self._change_entry(name, i))
            row.addWidget(title, 1)
            row.addWidget(change)
            if len(entries) > repeat.minimum:
                remove = button(f"formEntryRemove_{index + 1}", "link", self.body)
                set_text(remove, QCoreApplication.translate("FormJourney", "Remove"))
                remove.clicked.connect(lambda _=False, i=index: self._remove_entry(name, i))
                row.addWidget(remove)
            holder = QWidget(self.body)
            holder.setLayout(row)
            self.body_layout.addWidget(holder)
        if len(entries) < repeat.maximum:
            self._text("formAddAnother", say(repeat.add_another, self.language), "subheading")
            for value, text in (
                ("yes", QCoreApplication.translate("FormJourney", "Yes")),
                ("no", QCoreApplication.translate("FormJourney", "No")),
            ):
                choice = button(f"formAddAnother_{value}", "choice", self.body)
                choice.setCheckable(True)
                choice.setChecked(self.session.add_another == value)
                set_text(choice, text)
                choice.clicked.connect(lambda _=False, v=value: self._choose_add_another(v))
                self.body_layout.addWidget(choice)
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Continue"))

    def _entry_summary(self, name: str, index: int) -> str:
        for place in self.session.state.visible:
            if place.repeat == name and place.entry == index:
                raw = self.session.raw_at(place)
                if isinstance(raw, str) and raw.strip():
                    return raw.strip()[:60]
        return ""

    def _check_page(self) -> None:
        self._text(
            "formCheckHeading",
            QCoreApplication.translate("FormJourney", "Check your answers before sending"),
            "heading",
        )
        heading_shown: set[str] = set()
        for row in check_rows(self.session):
            if row.entry_heading and row.entry_heading not in heading_shown:
                heading_shown.add(row.entry_heading)
                self._text(f"formCheckEntry_{len(heading_shown)}", row.entry_heading, "subheading")
            frame = QFrame(self.body)
            frame.setObjectName(f"formCheckRow_{row.key}")
            frame.setProperty("role", "check-row")
            line = QHBoxLayout(frame)
            question = label(f"formCheckQuestion_{row.key}", "secondary", frame)
            question.setText(row.label)
            answer = label(f"formCheckAnswer_{row.key}", "", frame)
            answer.setText(row.answer)
            answer.setTextFormat(Qt.TextFormat.PlainText)
            line.addWidget(question, 2)
            line.addWidget(answer, 3)
            if row.change is not None:
                change = button(f"formChange_{row.key}", "link", frame)
                set_text(change, QCoreApplication.translate("FormJourney", "Change"))
                change.setAccessibleName(
                    f"{QCoreApplication.translate('FormJourney', 'Change')} {row.label}"
                )
                change.clicked.connect(lambda _=False, k=row.change: self.change(k))
                line.addWidget(change)
            self.body_layout.addWidget(frame)
        self._text(
            "formSendHeading",
            QCoreApplication.translate("FormJourney", "Now send your form"),
            "subheading",
        )
        self._text(
            "formSendText",
            QCoreApplication.translate(
                "FormJourney",
                "By sending this form you confirm that, to the best of your knowledge, the "
                "details you are giving are correct.",
            ),
        )
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Accept and send"))

    def _outcome_page(self) -> None:
        outcome = self.session.outcome()
        panel = OutcomePanel(
            outcome,
            self.language,
            self.services.catalogue,
            self.body,
            offers_tickets=self._offers_tickets,
        )
        panel.start_form.connect(self.start_form)
        panel.ticket_wanted.connect(self.ticket_wanted)
        self.body_layout.addWidget(panel)
        if outcome is not None and outcome.appointment_service is not None:
            # The officer gets the answers, sealed, so the resident is not asked again.
            self.print_label = self._text("formTriageReference", self._triage_text())
            if self.finalised is None and not self.sending:
                self._send()
        self._add_faces()
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Finish"))

    def _triage_text(self) -> str:
        if self.finalised is None:
            return QCoreApplication.translate("FormJourney", "Saving your answers for the officer…")
        return QCoreApplication.translate(
            "FormJourney",
            "Show this reference to the officer, so you do not have to answer again: %1",
        ).replace("%1", self.finalised.reference)

    def _done_page(self) -> None:
        done = self.finalised
        assert done is not None
        panel = QFrame(self.body)
        panel.setObjectName("formDonePanel")
        panel.setProperty("role", "banner")
        inside = QVBoxLayout(panel)
        sent = label("formDoneTitle", "heading", panel)
        sent.setText(QCoreApplication.translate("FormJourney", "Form sent"))
        caption = label("formReferenceCaption", "", panel)
        caption.setText(QCoreApplication.translate("FormJourney", "Your reference number"))
        reference = label("formReference", "", panel)
        reference.setText(done.reference)
        reference.setStyleSheet(REFERENCE_STYLE)
        reference.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        for part in (sent, caption, reference):
            part.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inside.addWidget(part)
        self.body_layout.addWidget(panel)
        self.print_label = self._text("formPrintStatus", self._print_text())
        self._text(
            "formNextHeading",
            QCoreApplication.translate("FormJourney", "What happens next"),
            "subheading",
        )
        self._text("formWhatNext", say(done.what_happens_next, self.language))
        self._text("formStandard", say(done.standard, self.language), "banner")
        self._add_faces()
        following = self._next_form()
        if following is not None:
            title = say(self.services.catalogue.form(following).title, self.language)
            go = button("formNextForm", "choice", self.body)
            set_text(go, QCoreApplication.translate("FormJourney", "Next: %1").replace("%1", title))
            go.clicked.connect(lambda: self.start_form.emit(following))
            self.body_layout.addWidget(go)
        set_text(self.continue_button, QCoreApplication.translate("FormJourney", "Finish"))

    def _add_faces(self) -> None:
        if self.faces is not None:
            self.body_layout.addWidget(self.faces)
            self.faces.retranslate(self.language)
            self.faces.show()

    def _print_text(self) -> str:
        reference = self.finalised.reference if self.finalised else ""
        if self.print_state == "printing":
            return QCoreApplication.translate(
                "FormJourney", "Your receipt is printing. Take it with you."
            )
        if self.print_state == "printed":
            return QCoreApplication.translate("FormJourney", "Take your receipt from the printer.")
        return QCoreApplication.translate(
            "FormJourney",
            "This kiosk cannot print your receipt. Please write down your reference: %1",
        ).replace("%1", reference)

    # -- moving -----------------------------------------------------------------------------

    def _edited(self) -> None:
        if self.answer is not None and self.step.kind is StepKind.QUESTION:
            self.session.answer(self.answer.raw())

    def _choose_add_another(self, value: str) -> None:
        self.session.choose_add_another(value)
        for other in ("yes", "no"):
            found = self.body.findChild(QPushButton, f"formAddAnother_{other}")
            if found is not None:
                found.setChecked(other == value)

    def _change_entry(self, name: str, index: int) -> None:
        for step in self.session.steps():
            if step.place is not None and step.place.repeat == name and step.place.entry == index:
                self.log.left("change")
                self.session.step = step
                self.problems = []
                self.show_step()
                return

    def _remove_entry(self, name: str, index: int) -> None:
        self.session.remove_entry(name, index)
        self.show_step()

    def go_on(self) -> None:
        """Continue (or Start now, Accept and send, Finish) for the current page."""
        if self.sending or (self.answer is not None and self.answer.busy):
            return  # a scan is under way: its pages would be lost with the page
        kind = self.step.kind
        if kind is StepKind.DONE or kind is StepKind.OUTCOME:
            self.finished.emit()
            return
        if kind is StepKind.CHECK:
            self._send()
            return
        self._edited()
        problems = self.session.next()
        if problems:
            self.log.left("error", errors=len(problems))
            self.problems = problems
            self._show_problems()
            return
        self.log.left("continue")
        self.problems = []
        self.show_step()

    def soft_check(self) -> str | None:
        """The message of this page's soft check, if the answer as typed fails one."""
        if self.sending or self.step.kind is not StepKind.QUESTION:
            return None
        self._edited()
        found = self.session.soft_problem()
        if found is None:
            return None
        place, problem = found
        return problem.message(self.session.question(place), self.session.language)

    def override_check(self, staff_id: str, reason: str) -> tuple[str, str]:
        """Staff let this answer past its soft check; the page goes on. OverrideRefused
        (a ValueError) says why not."""
        self._edited()
        place = self.session.override(staff_id, reason)
        self.go_on()
        return self.session.definition.id, place.key

    def back(self) -> bool:
        """Back one page; False from the start page."""
        if self.sending or (self.answer is not None and self.answer.busy):
            return True
        self._edited()
        if not self.session.back():
            return False
        self.log.left("back")
        self.problems = []
        self.show_step()
        return True

    def change(self, key: str) -> None:
        """A Change link on check your answers."""
        self.log.left("change")
        self.session.change(key)
        self.problems = []
        self.show_step()

    def focus_problem(self, key: str) -> None:
        """An error summary link: focus the field it is about."""
        if self.answer is not None and self.step.place is not None and key == self.page_key:
            self.answer.focus_field()
            return
        if self.step.kind is StepKind.CHECK:
            self.change(key)

    def _show_problems(self) -> None:
        self.summary.show_problems([(p.key, p.message) for p in self.problems], self.focus_problem)
        error = self.body.findChild(QLabel, "formFieldError")
        mine = [p for p in self.problems if p.key == self.page_key]
        if error is not None:
            error.setText(mine[0].message if mine else "")
            error.setVisible(bool(mine))
        if self.answer is not None:
            self.answer.set_invalid(bool(mine))

    # -- sending ----------------------------------------------------------------------------

    def _send(self) -> None:
        self.sending = True
        self.continue_button.setEnabled(False)
        session, submissions = self.session, self.services.submissions
        generation = self._generation
        BackgroundOp(self, lambda: submissions.finalise(session)).success(
            lambda done: self._sent(done) if generation == self._generation else None
        ).failure(
            lambda exc: self._send_failed(exc) if generation == self._generation else None
        ).run()

    def _sent(self, done: FinalisedForm) -> None:
        self.sending = False
        self.continue_button.setEnabled(True)
        self.finalised = done
        if not self.session.definition.is_triage:
            self.session.finished()
        if self.step.kind is StepKind.OUTCOME:
            found = self.body.findChild(QLabel, "formTriageReference")
            if found is not None:
                found.setText(self._triage_text())
            return
        self.log.left("continue")
        self.log.completed()
        desk = self.services.print_desk()
        if desk is None:
            self.print_state = "failed"
        else:
            self.print_state = "printing"
            job = PrintJob(desk, self)
            job.finished.connect(self._printed)
            job.finished.connect(job.deleteLater)  # one printout, then gone (no job left per visit)
            job.start(self.services.receipt(done, self.language), keep_this=done.reference)
        self.problems = []
        self.show_step()

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_state = "printed" if outcome.printed else "failed"
        if self.step.kind is StepKind.DONE:
            found = self.body.findChild(QLabel, "formPrintStatus")
            if found is not None:
                found.setText(self._print_text())

    def _send_failed(self, exc: Exception) -> None:
        self.sending = False
        self.continue_button.setEnabled(True)
        if self.step.kind is StepKind.OUTCOME:
            found = self.body.findChild(QLabel, "formTriageReference")
            if found is not None:
                found.setText(
                    QCoreApplication.translate(
                        "FormJourney", "Please tell the officer your answers when you see them."
                    )
                )
            return
        if isinstance(exc, FormIncomplete):
            self.problems = exc.problems
            self._show_problems()
            return
        self.problems = [FieldProblem("send", storage_or_general(exc), "storage")]
        self._show_problems()

    # -- the visit --------------------------------------------------------------------------

    def retranslate(self, language: str) -> None:
        """Show the same page, answers kept, in another language (and direction)."""
        self._edited()
        self.language = language
        self.session.language = language
        self.log.language_changed(language)
        self.problems = self.session.errors() if self.problems else []
        self.show_step()

    def wipe(self) -> None:
        """Forget the draft: pages, answers and any scanned pages in memory."""
        self._generation += 1
        if not self.log.ended and self.step.kind is not StepKind.DONE:
            self.log.abandoned("wiped")
        if self.answer is not None:
            self.answer.wipe()
        if self.faces is not None:
            self.faces.wipe()
        self.session.raw.clear()
        for entries in self.session.entries.values():
            entries.clear()
        self._clear()

    def spoken_text(self) -> str:
        """The page's texts in order, after any problems."""
        texts = [p.message for p in self.problems]
        for child in self.body.findChildren(QLabel):
            if child.isVisibleTo(self.body) and child.text():
                texts.append(child.text())
        return " ".join(texts)
