"""Track a request: type the case reference from the receipt, see where the request has got to."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from core.case_status import CaseState, CaseTracker, TrackOutcome, TrackResult
from kiosk.queue_widgets import JourneyPages
from ui.background import BackgroundOp
from ui.widgets import button, label, set_text

REFERENCE_FIELD = "trackReference"


class TrackPages(JourneyPages):
    """The reference, then the request's status (or why it cannot be shown)."""

    screen_name = "track"
    first_page = "reference"

    def __init__(self, tracker: CaseTracker) -> None:
        super().__init__()
        self._tracker = tracker
        self.result: TrackResult | None = None

        page, layout = self.add_page("reference")
        self.hint = label("trackHint", "secondary", page)
        self.reference = self.text_field(REFERENCE_FIELD, page, 100)
        self.reference.returnPressed.connect(self._look_up)
        self.look_up_button = button("trackLookUp", "primary", page)
        self.look_up_button.clicked.connect(self._look_up)
        self.asking = label("trackAsking", "secondary", page)
        self.asking.hide()
        for part in (self.hint, self.reference, self.look_up_button, self.asking):
            layout.addWidget(part)
        layout.addStretch(1)

        page, layout = self.add_page("result")
        self.state: QLabel = label("trackState", "banner", page)
        self.notes = label("trackNotes", "", page)
        self.dates = label("trackDates", "secondary", page)
        self.another = button("trackAnother", "", page)
        self.another.clicked.connect(self._another)
        self.done = button("trackDone", "primary", page)
        self.done.clicked.connect(self.finished)
        for part in (self.state, self.notes, self.dates, self.another, self.done):
            layout.addWidget(part)
        layout.addStretch(1)
        self.restart()

    def _look_up(self) -> None:
        if self.busy:
            return
        typed = self.reference.text()
        self.busy = True
        self.look_up_button.setEnabled(False)
        self.asking.show()
        BackgroundOp(self, lambda: self._tracker.track(typed)).success(
            self.guarded(self._answered)
        ).failure(self.guarded(self._failed)).run()

    def _answered(self, result: TrackResult) -> None:
        self.busy = False
        self.look_up_button.setEnabled(True)
        self.asking.hide()
        if result.outcome is TrackOutcome.NOT_A_REFERENCE:
            self.set_problems([(REFERENCE_FIELD, result.outcome)])
            return
        self.result = result
        self.show_page("result")
        self._fill_result()

    def _failed(self, _exc: Exception) -> None:
        self._answered(TrackResult(TrackOutcome.OFFLINE, reason="the look-up failed"))

    def _another(self) -> None:
        self.result = None
        self.reference.clear()
        self.restart()

    def problem_text(self, what: object) -> str:
        return self.tr("Enter the reference as it is on your receipt, like MB-7K3M-9Q2D-X")

    def _fill_result(self) -> None:
        result = self.result
        if result is None:
            return
        self.headings["result"].setText(self.tr("Your request %1").replace("%1", result.reference))
        status = result.status
        words = {
            TrackOutcome.NOT_FOUND: self.tr(
                "We cannot find a request with this reference. Check it against your receipt, "
                "or ask a member of staff."
            ),
            TrackOutcome.WAITING_TO_SEND: self.tr(
                "This kiosk has your request. It will reach the council as soon as this kiosk "
                "can connect. You do not need to do anything."
            ),
            TrackOutcome.OFFLINE: self.tr(
                "We cannot check requests right now because this kiosk cannot reach the "
                "council's system. Please try again later, or ask a member of staff."
            ),
            TrackOutcome.NO_SERVICE: self.tr(
                "This kiosk cannot check requests. Please ask a member of staff."
            ),
        }
        if status is None:
            self.state.setText(words.get(result.outcome, words[TrackOutcome.OFFLINE]))
            self.notes.setText("")
            self.dates.setText("")
        else:
            states = {
                CaseState.RECEIVED: self.tr("We have received your request."),
                CaseState.OPEN: self.tr("We are working on your request."),
                CaseState.CLOSED: self.tr("Your request is closed."),
            }
            self.state.setText(states[status.state])
            self.notes.setText(status.status_notes)
            self.dates.setText(
                self.tr("Received %1. Last updated %2.")
                .replace("%1", status.received_at[:10])
                .replace("%2", status.updated_at[:10])
            )
        for part in (self.notes, self.dates):
            part.setVisible(bool(part.text()))

    def retranslate(self, language: str) -> None:
        super().retranslate(language)
        self.headings["reference"].setText(self.tr("Track a request"))
        self.hint.setText(self.tr("Enter the reference number from your receipt or confirmation."))
        set_text(self.look_up_button, self.tr("Find my request"))
        self.asking.setText(self.tr("Looking for your request…"))
        set_text(self.another, self.tr("Track another request"))
        set_text(self.done, self.tr("Done"))
        self._fill_result()

    def wipe(self) -> None:
        self.result = None
        self.reference.clear()
        self.restart()
