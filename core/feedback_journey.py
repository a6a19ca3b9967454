"""The "Give feedback" journey as data and rules, walkable without a screen.

Pages, one question each: which service (optional), how satisfied, any comment,
check your answers, then the confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.feedback import COMMENT_LIMIT, FeedbackBox, FeedbackProblem, FeedbackReceipt, Rating

PAGES = ("service", "rating", "comment", "check", "done")


@dataclass(frozen=True, slots=True)
class PageError:
    """One problem on a page, for the error summary; ``field`` names the widget to focus."""

    field: str
    message: str


@dataclass(slots=True)
class FeedbackAnswers:
    """What the resident has said so far. Wiped when the visit ends."""

    service_code: str | None = None
    service_chosen: bool = False
    rating: Rating | None = None
    comment: str = ""


@dataclass(slots=True)
class FeedbackJourney:
    """Moves through the pages, checking each answer before going on."""

    box: FeedbackBox
    language: str = "en"
    page: str = PAGES[0]
    answers: FeedbackAnswers = field(default_factory=FeedbackAnswers)
    receipt: FeedbackReceipt | None = None

    def choose_service(self, code: str | None) -> None:
        """A service, or None for "not about one service"."""
        self.answers.service_code = code
        self.answers.service_chosen = True

    def choose_rating(self, rating: int) -> None:
        """How satisfied, 1 to 5."""
        self.answers.rating = Rating(rating)

    def write_comment(self, text: str) -> None:
        """Keep the comment as typed; it is checked when the page is finished."""
        self.answers.comment = text

    def errors(self) -> list[PageError]:
        """Problems that stop the current page being finished, in the order they appear."""
        if self.page == "service" and not self.answers.service_chosen:
            return [
                PageError("serviceChoices", "Choose a service, or choose ‘Not about one service’.")
            ]
        if self.page == "rating" and self.answers.rating is None:
            return [PageError("ratingChoices", "Choose how satisfied you are.")]
        if self.page == "comment":
            try:
                self.box.check_comment(self.answers.comment)
            except FeedbackProblem as exc:
                return [PageError("commentBox", str(exc))]
        return []

    def next(self) -> list[PageError]:
        """Go to the next page if this one is complete; otherwise return its errors."""
        problems = self.errors()
        # Only send() leaves the check page: "done" must never show without a record.
        if not problems and self.page not in ("check", "done"):
            self.page = PAGES[PAGES.index(self.page) + 1]
        return problems

    def back(self) -> bool:
        """Go back one page; False on the first page or after sending."""
        index = PAGES.index(self.page)
        if index == 0 or self.page == "done":
            return False
        self.page = PAGES[index - 1]
        return True

    def change(self, page: str) -> None:
        """From check your answers, go back to one page to change it."""
        if page not in PAGES[:3]:
            raise ValueError(page)
        self.page = page

    def record(self) -> FeedbackReceipt:
        """Record the feedback durably. Blocking, and it changes no journey state, so a screen
        may run it on a worker thread and call ``sent`` with the receipt on its own thread."""
        if self.page != "check" or self.answers.rating is None:
            raise FeedbackProblem("Answer the questions before sending.")
        return self.box.give(
            int(self.answers.rating), self.answers.comment, self.answers.service_code, self.language
        )

    def sent(self, receipt: FeedbackReceipt) -> None:
        """The feedback is safe: show the confirmation."""
        self.receipt = receipt
        self.page = "done"

    def send(self) -> FeedbackReceipt:
        """Record the feedback and move to done, in one step (for flows without a screen)."""
        receipt = self.record()
        self.sent(receipt)
        return receipt

    def wipe(self) -> None:
        """Forget every answer and start again."""
        self.answers = FeedbackAnswers()
        self.receipt = None
        self.page = PAGES[0]


__all__ = ["COMMENT_LIMIT", "PAGES", "FeedbackAnswers", "FeedbackJourney", "PageError"]
