"""Business visitor sign-in: your name, your company, who you are here to see, your badge."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from core.feedback import FeedbackBox
from core.printing import PrintOutcome
from core.site_services import SiteServices
from core.text import InputTooLong, clean_text
from core.visitors import NAME_LIMIT, SignedIn, VisitorProblem
from kiosk.queue_widgets import JourneyPages, storage_or_general
from ui.background import BackgroundOp
from ui.feedback_faces import FeedbackFaces
from ui.print_job import PrintJob
from ui.widgets import button, label, set_text

FIELDS = {"name": "visitorName", "company": "visitorCompany", "host": "visitorHostSearch"}
# Enough for a long paste to be measured and refused, not kept whole in memory.
PASTE_LIMIT = 1000


class VisitorPages(JourneyPages):
    """Name, company, host, check your answers, then a badge and the host alerted.

    Given a feedback box, the last page asks how using the kiosk was; the feedback names
    the visitor journey and nothing else (no badge, host or company).
    """

    screen_name = "visitor"
    first_page = "name"

    def __init__(
        self, site: SiteServices, block: int, *, feedback: FeedbackBox | None = None
    ) -> None:
        super().__init__()
        self._site = site
        self._block = block
        self.host_id = ""
        self.signed_in: SignedIn | None = None
        self.print_state = ""
        self._changing = False

        page, layout = self.add_page("name")
        self.name = self.text_field("visitorName", page, PASTE_LIMIT)
        self.name.returnPressed.connect(lambda: self._next("name"))
        layout.addWidget(self.name)
        self.name_continue = self._continue(page, layout, "name")

        page, layout = self.add_page("company")
        self.company = self.text_field("visitorCompany", page, PASTE_LIMIT)
        self.company.returnPressed.connect(lambda: self._next("company"))
        layout.addWidget(self.company)
        self.company_continue = self._continue(page, layout, "company")

        page, layout = self.add_page("host")
        self.search_label = label("visitorHostSearchLabel", "secondary", page)
        self.search = self.text_field("visitorHostSearch", page, 80)
        self.search.textChanged.connect(self._filter_hosts)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        self.host_buttons: dict[str, QPushButton] = {}
        for member in site.visitors.staff.search(""):
            pick = button(f"visitorHost_{member.id}", "choice", page)
            pick.setMinimumHeight(88)
            pick.setText(f"{member.name}  ·  {member.team}")
            pick.setAccessibleName(f"{member.name}, {member.team}")
            pick.clicked.connect(lambda _=False, m=member.id: self._host_chosen(m))
            layout.addWidget(pick)
            self.host_buttons[member.id] = pick
        self.no_hosts = label("visitorNoHosts", "secondary", page)
        self.no_hosts.hide()
        layout.addWidget(self.no_hosts)
        layout.addStretch(1)

        page, layout = self.add_page("check")
        self.answers: dict[str, tuple[QLabel, QLabel, QPushButton]] = {}
        for field in FIELDS:
            question = label(f"visitorCheck_{field}Question", "secondary", page)
            answer = label(f"visitorCheck_{field}Answer", "", page)
            change = button(f"visitorChange_{field}", "link", page)
            change.clicked.connect(lambda _=False, f=field: self._change(f))
            row = QHBoxLayout()
            row.addWidget(question, 2)
            row.addWidget(answer, 3)
            row.addWidget(change)
            layout.addLayout(row)
            self.answers[field] = (question, answer, change)
        self.sign_in_button = button("visitorSignIn", "primary", page)
        self.sign_in_button.clicked.connect(self._sign_in)
        layout.addWidget(self.sign_in_button)
        layout.addStretch(1)

        page, layout = self.add_page("done")
        self.badge = label("visitorBadgeNumber", "banner", page)
        self.told = label("visitorHostTold", "", page)
        self.wear = label("visitorWearBadge", "", page)
        self.print_status = label("visitorPrintStatus", "", page)
        self.faces = (
            FeedbackFaces("visitorFeedback", feedback, "visitor", page)
            if feedback is not None
            else None
        )
        self.done_button = button("visitorDoneButton", "primary", page)
        self.done_button.clicked.connect(self.finished)
        for part in (self.badge, self.told, self.wear, self.print_status, self.faces):
            if part is not None:
                layout.addWidget(part)
        layout.addWidget(self.done_button)
        layout.addStretch(1)
        self.restart()

    def _continue(self, page: QWidget, layout: QVBoxLayout, name: str) -> QPushButton:
        go = button(f"visitor_{name}Continue", "primary", page)
        go.clicked.connect(lambda: self._next(name))
        layout.addWidget(go)
        layout.addStretch(1)
        return go

    # -- answers ---------------------------------------------------------------------------

    def _problem_with(self, field: str) -> VisitorProblem | None:
        """The problem with one answer, judged by core with the answers given so far."""
        some_host = next(iter(self.host_buttons), "")
        host = self.host_id or some_host
        company = self.company.text() if field in ("company", "host") else "-"
        try:
            self._site.visitors.check(self.name.text(), company, host)
        except VisitorProblem as problem:
            return problem if problem.field == field else None
        return None

    def _next(self, field: str) -> None:
        problem = self._problem_with(field)
        if problem is not None:
            self.set_problems([(FIELDS[problem.field], problem)])
            return
        # From a Change link, go straight back to check your answers.
        self.show_page("check" if self._changing else {"name": "company", "company": "host"}[field])
        self._fill_check()

    def _change(self, field: str) -> None:
        self._changing = True
        self.show_page(field)

    def _filter_hosts(self, text: str) -> None:
        shown = {m.id for m in self._site.visitors.staff.search(text)}
        for member_id, pick in self.host_buttons.items():
            pick.setVisible(member_id in shown)
        self.no_hosts.setVisible(not shown)

    def _host_chosen(self, member_id: str) -> None:
        self.host_id = member_id
        self.show_page("check")
        self._fill_check()

    def _fill_check(self) -> None:
        member = self._site.visitors.staff.get(self.host_id)
        values = {
            "name": " ".join(self.name.text().split()),
            "company": " ".join(self.company.text().split()),
            "host": f"{member.name} ({member.team})" if member else "",
        }
        for field, (_question, answer, _change) in self.answers.items():
            answer.setText(values[field])

    def page_shown(self, name: str) -> None:
        """Arriving at check your answers ends any change."""
        if name == "check":
            self._changing = False

    # -- signing in --------------------------------------------------------------------------

    def _sign_in(self) -> None:
        if self.busy:
            return
        self.busy = True
        self.sign_in_button.setEnabled(False)
        site, block = self._site, self._block
        name, company, host = self.name.text(), self.company.text(), self.host_id

        def sign_in() -> SignedIn:
            site.feed.refresh()  # badge numbers follow everyone signed in at the site so far
            return site.visitors.sign_in(site.feed.queue, block, name, company, host)

        BackgroundOp(self, sign_in).success(self.guarded(self._signed_in)).failure(
            self.guarded(self._sign_in_failed)
        ).run()

    def _signed_in(self, signed_in: SignedIn) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        self.signed_in = signed_in
        self.history = []
        self.show_page("done", remember=False)
        desk = self._site.print_desk
        if desk is None:
            self.print_state = "failed"
        else:
            self.print_state = "printing"
            job = PrintJob(desk, self)
            job.finished.connect(self.guarded(self._printed))
            job.finished.connect(job.deleteLater)  # one printout, then gone (no job left per visit)
            job.start(self._site.slips.visitor_badge(signed_in), keep_this=signed_in.badge)
        self.retranslate(self.language)

    def _printed(self, outcome: PrintOutcome) -> None:
        self.print_state = "printed" if outcome.printed else "failed"
        self.retranslate(self.language)

    def _sign_in_failed(self, exc: Exception) -> None:
        self.busy = False
        self.sign_in_button.setEnabled(True)
        if isinstance(exc, VisitorProblem):
            self.set_problems([(FIELDS[exc.field], exc)])
        else:
            self.set_problems([("visitorSignIn", exc)])

    # -- words -------------------------------------------------------------------------------

    def problem_text(self, what: object) -> str:
        """Each problem in the visitor's language."""
        if isinstance(what, VisitorProblem):
            return self._visitor_problem(what)
        if isinstance(what, Exception):
            return storage_or_general(what)
        return str(what)

    def _visitor_problem(self, problem: VisitorProblem) -> str:
        if problem.field == "host":
            return self.tr("Choose who you are here to see")
        typed = self.name.text() if problem.field == "name" else self.company.text()
        try:
            clean_text(typed, NAME_LIMIT)
            too_long = False
        except InputTooLong:
            too_long = True
        if problem.field == "name":
            if too_long:
                return self.tr("Your name must be %1 characters or fewer").replace(
                    "%1", str(NAME_LIMIT)
                )
            return self.tr("Enter your full name")
        if too_long:
            return self.tr("The company name must be %1 characters or fewer").replace(
                "%1", str(NAME_LIMIT)
            )
        return self.tr("Enter the company or organisation you are from")

    def retranslate(self, language: str) -> None:
        """Texts for the language."""
        super().retranslate(language)
        self.headings["name"].setText(self.tr("What is your full name?"))
        self.headings["company"].setText(self.tr("Which company or organisation are you from?"))
        for go in (self.name_continue, self.company_continue):
            set_text(go, self.tr("Continue"))
        self.headings["host"].setText(self.tr("Who are you here to see?"))
        self.search_label.setText(self.tr("Type part of their name or team to find them."))
        self.no_hosts.setText(
            self.tr("Nobody matches that. Check the spelling, or ask at reception.")
        )
        self.headings["check"].setText(self.tr("Check your answers before you sign in"))
        questions = {
            "name": self.tr("Name"),
            "company": self.tr("Company"),
            "host": self.tr("Here to see"),
        }
        for field, (question, _answer, change) in self.answers.items():
            question.setText(questions[field])
            set_text(change, self.tr("Change"))
            change.setAccessibleName(self.tr("Change %1").replace("%1", questions[field]))
        set_text(self.sign_in_button, self.tr("Sign in"))
        self.headings["done"].setText(self.tr("You are signed in"))
        set_text(self.done_button, self.tr("Done"))
        if self.faces is not None:
            self.faces.retranslate(language)
        self._fill_done()

    def _fill_done(self) -> None:
        if self.signed_in is None:
            return
        badge = self.signed_in.badge
        self.badge.setText(self.tr("Your badge number is %1").replace("%1", badge))
        self.told.setText(
            self.tr(
                "We have told %1 that you are here. Please take a seat and they will come "
                "to meet you."
            ).replace("%1", self.signed_in.host.name)
        )
        self.wear.setText(
            self.tr(
                "Please wear your badge while you are in the building, and sign out at "
                "reception when you leave."
            )
        )
        self.print_status.setProperty("role", "error" if self.print_state == "failed" else "")
        self.print_status.style().unpolish(self.print_status)
        self.print_status.style().polish(self.print_status)
        self.print_status.setText(
            {
                "printing": self.tr("Printing your badge…"),
                "printed": self.tr("Please take your badge from the printer."),
                "failed": self.tr(
                    "The printer is not working. Please note your badge number: %1"
                ).replace("%1", badge),
            }.get(self.print_state, "")
        )

    def wipe(self) -> None:
        """Forget the visitor's name, company, host and badge; back to the first page."""
        self.host_id = ""
        self.signed_in = None
        self.print_state = ""
        self._changing = False
        for box in (self.name, self.company, self.search):
            box.clear()
            box.setModified(False)
        for _question, answer, _change in self.answers.values():
            answer.clear()
        for part in (self.badge, self.told, self.print_status):
            part.clear()
        if self.faces is not None:
            self.faces.wipe()
        self.sign_in_button.setEnabled(True)
        self.restart()
