"""Answers as a resident reads them back: check your answers, and the printed receipt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from core.form_definition import Question, QuestionType, say
from core.form_flow import FormSession, Step, StepKind
from core.form_inputs import AddressInput, ScannedDocument
from core.form_messages import ANSWER_WORDS
from core.form_validation import date_text


@dataclass(frozen=True, slots=True)
class CheckRow:
    """One line of check your answers: the question, the answer, and where Change goes."""

    key: str
    label: str
    answer: str
    change: str | None
    entry_heading: str | None = None


def answer_text(question: Question, value: object, language: str) -> str:
    """An accepted answer as words a resident recognises."""
    if value is None:
        return say(ANSWER_WORDS["not_answered"], language)
    kind = question.type
    if kind is QuestionType.YES_NO or kind is QuestionType.DECLARATION:
        word = "agreed" if kind is QuestionType.DECLARATION else str(value)
        return say(ANSWER_WORDS[word], language)
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        values = [value] if isinstance(value, str) else list(value)  # type: ignore[call-overload]
        labels = [say(c.label, language) for c in question.choices if c.value in values]
        return "\n".join(labels)
    if isinstance(value, date):
        return date_text(value, language)
    if isinstance(value, AddressInput):
        return f"{value.address}\n{value.postcode}"
    if kind is QuestionType.DOCUMENT and isinstance(value, Sequence):
        pages = sum(len(d.pages) for d in value if isinstance(d, ScannedDocument))
        if pages == 1:
            return say(ANSWER_WORDS["one_page"], language)
        return say(ANSWER_WORDS["pages"], language).replace("{count}", str(pages))
    if isinstance(value, float):
        return number_text(value)
    return str(value)


def number_text(value: float) -> str:
    """A number as typed: 123456.78 stays 123456.78, never 1.23457e+05."""
    return format(Decimal(repr(value)).normalize(), "f")


def check_rows(session: FormSession) -> list[CheckRow]:
    """Every shown question with its answer, entries headed 'Child 1', then labelled results."""
    rows: list[CheckRow] = []
    language = session.language
    for step in session.steps():
        if step.kind is not StepKind.QUESTION or step.place is None:
            continue
        place = step.place
        question = session.question(place)
        heading = None
        if place.repeat is not None and place.entry is not None:
            item = say(session.repeat(place.repeat).item_label, language)
            heading = f"{item} {place.entry + 1}"
        rows.append(
            CheckRow(
                key=place.key,
                label=say(question.check_label or question.label, language),
                answer=answer_text(question, session.value_at(place), language),
                change=place.key,
                entry_heading=heading,
            )
        )
    for name, count in ((r, len(e)) for r, e in session.entries.items()):
        if name not in session.state.visible_repeats:
            continue
        repeat = session.repeat(name)
        rows.append(
            CheckRow(
                key=f"{name}.entries",
                label=say(repeat.label, language),
                answer=f"{count} × {say(repeat.item_label, language)}",
                change=f"{name}.entries",
            )
        )
    for calculation in session.definition.calculations:
        if calculation.label is None:
            continue
        value = session.calculations.get(calculation.name)
        shown = "" if value is None else _calculated(value, language)
        rows.append(CheckRow(calculation.name, say(calculation.label, language), shown, None))
    return rows


def _calculated(value: object, language: str) -> str:
    if value is True or value in ("yes", "no"):
        return say(ANSWER_WORDS["yes" if value in (True, "yes") else "no"], language)
    if value is False:
        return say(ANSWER_WORDS["no"], language)
    if isinstance(value, float):
        return number_text(value)
    if isinstance(value, date):
        return date_text(value, language)
    return str(value)


def page_heading(session: FormSession, step: Step) -> str:
    """The heading of a question page (the question itself), for screens and analytics."""
    if step.place is None:
        return ""
    return say(session.question(step.place).label, session.language)
