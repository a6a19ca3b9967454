"""Send documents for my case: which case, which document, scan it, and a receipt.

Nothing the resident typed or scanned leaves memory unsealed: the case number and the
pages are sealed together when they tap Send, and a wipe (idle, Finish, Home) drops them.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from core.case_documents import CaseNumber, CaseNumberProblem, DocumentsSent, read_case_number
from core.document_services import DocumentServices
from core.document_types import DocumentType
from core.feedback import FeedbackBox
from core.printing import PrintOutcome
from kiosk.queue_widgets import JourneyPages, storage_or_general
from ui.background import BackgroundOp
from ui.feedback_faces import FeedbackFaces
from ui.print_job import PrintJob
from ui.scan_capture import DocumentCapture
from ui.widgets import button, label, set_text

CASE_FIELD = "documentsCaseNumber"
SCAN_FIELD = "documents_scan"


class DocumentsPages(JourneyPages):
    """The case number, the document type, the capture page, then the receipt.

    Given a feedback box, the receipt page asks how using the kiosk was; the feedback names
    the documents journey and no service, case or receipt number.
    """

    screen_name = "documents"
    first_page = "case"

    def __init__(self, services: DocumentServices, *, feedback: FeedbackBox | None = None) -> None:
        super().__init__()
        self.services = services
        self.case_number: CaseNumber | None = None
        self.document: DocumentType | None = None
        self.sent: DocumentsSent | None = None
        self.sending = False
        self.print_state = ""

        page, layout = self.add_page("case")
        self.case_hint = label("documentsCaseHint", "secondary", page)
        self.case_box = self.text_field(CASE_FIELD, page, 60)
        self.case_box.returnPressed.connect(self._case_given)
        self.case_continue = button("documentsCaseContinue", "primary", page)
        self.case_continue.clicked.connect(self._case_given)
        for part in (self.case_hint, self.case_box, self.case_continue):
            layout.addWidget(part)
        layout.addStretch(1)

        page, layout = self.add_page("document")
        self.type_buttons: dict[str, QPushButton] = {}
        kinds = QGridLayout()  # two to a row: the council's whole list fits on one screen
        kinds.setSpacing(16)
        for index, kind in enumerate(services.types):
            choice = button(f"documentsType_{kind.id}", "choice", page)
            choice.setMinimumHeight(88)
            choice.clicked.connect(lambda _=False, k=kind: self._document_chosen(k))
            kinds.addWidget(choice, index // 2, index % 2)
            self.type_buttons[kind.id] = choice
        layout.addLayout(kinds)
        layout.addStretch(1)

        page, layout = self.add_page("scan")
        self.type_hint = label("documentsTypeHint", "secondary", page)
        self.capture = DocumentCapture(SCAN_FIELD, services.scanner, services.processor, page)
        self.capture.changed.connect(self._pages_changed)
        self.capture.scanning_changed.connect(lambda _busy: self._pages_changed())
        self.fields[SCAN_FIELD] = self.capture.scan_button
        self.send_button = button("documentsSend", "primary", page)
        self.send_button.clicked.connect(self._send)
        self.sending_note = label("documentsSending", "secondary", page)
        self.sending_note.hide()
        layout.addWidget(self.type_hint)
        layout.addWidget(self.capture)
        layout.addWidget(self.send_button)
        layout.addWidget(self.sending_note)
        layout.addStretch(1)

        page, layout = self.add_page("done")
        self.receipt = label("documentsReceipt", "banner", page)
        self.summary_text = label("documentsSummary", "", page)
        self.next_steps = label("documentsNext", "", page)
        self.print_status = label("documentsPrintStatus", "secondary", page)
        self.another = button("documentsAnother", "", page)
        self.another.clicked.connect(self._another_document)
        self.faces = (
            FeedbackFaces("documentsFeedback", feedback, "documents", page)
            if feedback is not None
            else None
        )
        self.finish = button("documentsFinish", "primary", page)
        self.finish.clicked.connect(self.finished)
        done_parts: tuple[QWidget | None, ...] = (
            self.receipt,
            self.summary_text,
            self.next_steps,
            self.print_status,
            self.faces,
            self.another,
            self.finish,
        )
        for done_part in done_parts:
            if done_part is not None:
                layout.addWidget(done_part)
        layout.addStretch(1)
        self.restart()

    # -- the journey ------------------------------------------------------------------------

    def _case_given(self) -> None:
        found = read_case_number(self.case_box.text())
        if isinstance(found, CaseNumberProblem):
            self.set_problems([(CASE_FIELD, found)])
            return
        self.case_number = found
        self.show_page("document")

    def _document_chosen(self, kind: DocumentType) -> None:
        if self.document is None or self.document.id != kind.id:
            self.document = kind
            self.capture.start(kind.colour, kind.max_pages)
        self.show_page("scan")
        self._fill_scan()

    def _pages_changed(self) -> None:
        self.send_button.setEnabled(
            bool(self.capture.pages) and not self.capture.scanning and not self.sending
        )
        if self.capture.pages:
            self.set_problems([])

    def _send(self) -> None:
        pages = self.capture.pages
        if self.sending or self.capture.scanning or self.case_number is None:
            return
        if self.document is None or not pages:
            self.set_problems([(SCAN_FIELD, "no_pages")])
            return
        self.sending = True
        self.busy = True
        self.send_button.setEnabled(False)
        self.sending_note.show()
        case, kind, language = self.case_number, self.document, self.language
        sending = self.services.sending
        BackgroundOp(self, lambda: sending.send(case, kind, pages, language)).success(
            self.guarded(self._sent)
        ).failure(self.guarded(self._send_failed)).run()

    def _sent(self, done: DocumentsSent) -> None:
        self.sending = False
        self.busy = False
        self.sending_note.hide()
        self.sent = done
        self.capture.wipe()  # the sealed copy is in the journal; the pictures go now
        desk = self.services.print_desk()
        if desk is None:
            self.print_state = "failed"
        else:
            self.print_state = "printing"
            job = PrintJob(desk, self)
            job.finished.connect(self.guarded(self._printed))
            job.finished.connect(job.deleteLater)  # one printout, then gone (no job left per visit)
            job.start(self.services.receipt(done, self.language), keep_this=done.receipt)
        self.history = []
        self.show_page("done", remember=False)
        self._fill_done()

    def _send_failed(self, exc: Exception) -> None:
        self.sending = False
        self.busy = False
        self.sending_note.hide()
        self._pages_changed()
        self.set_problems([(SCAN_FIELD, storage_or_general(exc))])

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_state = "printed" if outcome.printed else "failed"
        self._fill_done()

    def _another_document(self) -> None:
        """Another document for the same case: straight back to the list of documents."""
        self.sent = None
        self.document = None
        self.history = ["case"]
        self.show_page("document", remember=False)

    # -- wiping and words -------------------------------------------------------------------

    def wipe(self) -> None:
        """Forget the case number, the document and every page, and go back to the start."""
        self.capture.wipe()
        self.case_box.clear()
        # The receipt page names the case and the receipt: hidden is not gone.
        for part in (self.receipt, self.summary_text, self.print_status):
            part.clear()
        if self.faces is not None:
            self.faces.wipe()
        self.case_number = None
        self.document = None
        self.sent = None
        self.sending = False
        self.print_state = ""
        self.restart()

    def back(self) -> bool:
        if self.capture.scanning:
            return True  # the scanner is working: stay until it has finished
        return super().back()

    def problem_text(self, what: object) -> str:
        words: dict[str, str] = {
            CaseNumberProblem.MISSING: self.tr(
                "Enter your case reference, claim number or account number"
            ),
            CaseNumberProblem.TOO_LONG: self.tr(
                "That is too long for a case reference, claim number or account number"
            ),
            CaseNumberProblem.NOT_A_NUMBER: self.tr(
                "Enter the reference or number as it is on your letter, like HB-7K3M-9Q2D-X "
                "or 12345678"
            ),
            "no_pages": self.tr("Scan at least one page"),
        }
        if isinstance(what, CaseNumberProblem) or what == "no_pages":
            return words[str(what)]
        return str(what)  # already in words (a save failure)

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.headings["case"].setText(self.tr("Which case are these documents for?"))
        self.case_hint.setText(
            self.tr(
                "Type the reference from our letter or receipt, like HB-7K3M-9Q2D-X, "
                "or your claim number or council tax account number."
            )
        )
        set_text(self.case_continue, self.tr("Continue"))
        self.headings["document"].setText(self.tr("Which document are you sending?"))
        for kind in self.services.types:
            set_text(self.type_buttons[kind.id], kind.title(language))
        self._fill_scan()
        set_text(self.send_button, self.tr("Send this document"))
        self.sending_note.setText(self.tr("Sending. Please wait."))
        self.capture.retranslate()
        self.headings["done"].setText(self.tr("Document sent"))
        set_text(self.another, self.tr("Send another document for this case"))
        set_text(self.finish, self.tr("Finish"))
        if self.faces is not None:
            self.faces.retranslate(language)
        self._fill_done()

    def _fill_scan(self) -> None:
        kind = self.document
        if kind is None:
            return
        self.headings["scan"].setText(
            self.tr("Scan your %1").replace("%1", kind.title(self.language))
        )
        self.type_hint.setText(kind.hint.get(self.language) or kind.hint["en"])
        self._pages_changed()

    def _fill_done(self) -> None:
        done = self.sent
        if done is None:
            return
        self.receipt.setText(self.tr("Your receipt number is %1").replace("%1", done.receipt))
        pages = (
            self.tr("1 page")
            if done.pages == 1
            else self.tr("%1 pages").replace("%1", str(done.pages))
        )
        self.summary_text.setText(
            self.tr("%1 of your %2, for %3.")
            .replace("%1", pages)
            .replace("%2", done.document.title(self.language))
            .replace("%3", done.case_number.value)
        )
        self.next_steps.setText(
            self.tr(
                "Your document is sealed so that only the council can open it, and this kiosk "
                "keeps no copy you could see. It goes to the team dealing with your case. "
                "They will contact you if they need anything else."
            )
        )
        states = {
            "printing": self.tr("Your receipt is printing."),
            "printed": self.tr("Take your receipt from the printer."),
            "failed": self.tr("We cannot print a receipt. Please note your receipt number."),
        }
        self.print_status.setText(states.get(self.print_state, ""))
