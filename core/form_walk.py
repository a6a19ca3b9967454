"""Walking every branch of a form with no screen: can each option be chosen and sent?

For form authors (``main.py catalogue check``), tests and benchmarks. At each page the
walker tries plausible answers of the question's type until one is accepted; then, for
each question, each other accepted answer (every choice, yes and no, skipping an optional
question, adding another entry) is walked once to the end. A form whose path cannot be
finished (a constraint nobody can meet, a required question with no valid answer) is
reported with the page where the walk got stuck.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.form_definition import FormDefinition, Question, QuestionType
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_inputs import AddressInput, DateInput, ScannedDocument
from core.scanning import CapturedPage

MAX_PAGES = 400
# An 8 x 11 white JPEG at 1 dpi (a page the shape of A4) stands in for a scanned page.
SAMPLE_PAGE = CapturedPage(
    jpeg=bytes.fromhex(
        "ffd8ffe000104a46494600010101000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318"
        "281a181616183123251d283a333d3c3933383740485c4e404457453738506d51575f626768673e4d"
        "71797064785c656763ffc0000b08000b000801011100ffc4001f0000010501010101010100000000"
        "000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300"
        "041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a"
        "25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475"
        "767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9ba"
        "c2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda"
        "0008010100003f00f40a2bffd9"
    ),
    preview=b"",
    width=8,
    height=11,
    dpi=1,
    colour=False,
)
_TEXTS = ("Test answer", "AB12 CDE", "JG103759A", "AB123456C", "HB123456", "12345", "Ab")
_NUMBERS = ("1", "2", "3", "5", "10", "0", "18", "100", "1000")
_DAY_OFFSETS = (0, -1, -2, -3, 3, 4, 5, 6, 7, 10, 14, -30, 30, 60, -1490, -2950, -5500, -11000)


def candidates(question: Question, today: date) -> Iterator[object]:
    """Plausible raw answers for a question, most ordinary first."""
    kind = question.type
    if kind is QuestionType.TEXT:
        yield from _TEXTS
    elif kind is QuestionType.LONG_TEXT:
        yield "A short description written at the kiosk."
    elif kind is QuestionType.NUMBER:
        yield from _NUMBERS
    elif kind is QuestionType.DATE:
        for offset in _DAY_OFFSETS:
            day = today + timedelta(days=offset)
            yield DateInput(str(day.day), str(day.month), str(day.year))
    elif kind is QuestionType.YES_NO:
        yield from ("yes", "no")
    elif kind is QuestionType.SINGLE_CHOICE:
        yield from (c.value for c in question.choices)
    elif kind is QuestionType.MULTIPLE_CHOICE:
        yield from ((c.value,) for c in question.choices)
    elif kind is QuestionType.POSTCODE_ADDRESS:
        yield AddressInput("E1 1BU", "Idea Store Whitechapel, 321 Whitechapel Road, London")
    elif kind is QuestionType.PHONE:
        yield "07700 900982"
    elif kind is QuestionType.EMAIL:
        yield "resident@example.com"
    elif kind is QuestionType.DOCUMENT:
        yield (ScannedDocument(question.documents[0]["en"], (SAMPLE_PAGE,)),)
    elif kind is QuestionType.DECLARATION:
        yield True


@dataclass(slots=True)
class Walk:
    """One path through a form: the answers chosen, and where it ended."""

    choices: dict[str, object] = field(default_factory=dict)
    pages: list[str] = field(default_factory=list)
    stuck_at: str | None = None
    refused: list[FieldProblem] = field(default_factory=list)
    session: FormSession | None = None

    @property
    def finished(self) -> bool:
        """Reached check your answers (or a triage outcome) with nothing outstanding."""
        return self.stuck_at is None and not self.refused


def walk(
    definition: FormDefinition,
    today: date,
    *,
    force: tuple[str, object] | None = None,
    add_entries: int = 0,
) -> Walk:
    """Answer every page with the first accepted candidate, except ``force`` (page, answer)."""
    session = FormSession(definition, today=today)
    result = Walk(session=session)
    session.next()  # start page
    added = 0
    for _ in range(MAX_PAGES):
        step = session.step
        result.pages.append(step.key)
        if step.kind in (StepKind.CHECK, StepKind.OUTCOME):
            if session.incomplete():
                result.stuck_at = session.incomplete()[0][0].key
            return result
        if step.kind is StepKind.ENTRIES:
            more = added < add_entries and len(session.entries[step.repeat or ""]) < (
                session.repeat(step.repeat or "").maximum
            )
            if not _entries_choice(session, "yes" if more else "no"):
                result.stuck_at = step.key
                return result
            added += more
            continue
        assert step.place is not None
        question = session.question(step.place)
        if force is not None and force[0] == step.key:
            session.answer(force[1])
            refused = session.next()
            if refused:
                result.refused = refused  # the author's rule said no, with a message
                return result
            result.choices[step.key] = force[1]
            continue
        if not _answer_first_accepted(session, question, today, result):
            result.stuck_at = step.key
            return result
    result.stuck_at = "too many pages"
    return result


def _entries_choice(session: FormSession, choice: str) -> bool:
    repeat = session.repeat(session.step.repeat or "")
    if len(session.entries[repeat.name]) < repeat.maximum:
        session.choose_add_another(choice)
    return not session.next()


def _answer_first_accepted(
    session: FormSession, question: Question, today: date, result: Walk
) -> bool:
    key, place = session.step.key, session.step.place
    assert place is not None
    for raw in candidates(question, today):
        session.answer(raw)
        if session.problem_at(place) is None:
            result.choices[key] = raw
            return not session.next()
    session.answer(None)  # none fits: an optional question is left unanswered
    result.choices[key] = None
    return not session.next()


def branches(definition: FormDefinition, today: date) -> list[Walk]:
    """The ordinary path, then one path per other accepted answer of each question."""
    first = walk(definition, today)
    walks = [first, walk(definition, today, add_entries=1)]
    if not first.finished:
        return walks
    for key, chosen in list(first.choices.items()):
        question = definition.question(key.rsplit(".", 1)[-1])
        others: list[object] = [c for c in candidates(question, today) if c != chosen]
        if question.required is None and chosen is not None:
            others.append(None)
        for raw in _distinct_branches(question, others):
            walks.append(walk(definition, today, force=(key, raw)))
    return walks


def _distinct_branches(question: Question, others: list[object]) -> list[object]:
    """Every other choice matters; for typed answers one other value is enough."""
    if question.type in (
        QuestionType.YES_NO,
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
    ):
        return others
    return [o for o in others if o is None]
