"""Checking one answer against its question's rules, giving the first problem in plain words.

GOV.UK shows one message per field, so the rules run in the order a resident would fix
them: missing, unreadable, too long or short, wrong format, out of range, then the
author's own constraint (which may compare with other answers).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.form_definition import Question, QuestionType, say
from core.form_expressions import Expression, ExpressionError, to_date
from core.form_inputs import (
    AddressInput,
    DateInput,
    ScannedDocument,
    Unreadable,
    read_address,
    read_date,
    read_email,
    read_number,
    read_phone,
    read_text,
)
from core.form_messages import message_for

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True, slots=True)
class Problem:
    """Why an answer cannot be accepted: the rule broken and what fills its message."""

    rule: str
    params: Mapping[str, object] = field(default_factory=dict)
    soft: bool = False  # staff in an assisted session may override it, with a reason

    def message(self, question: Question | None, language: str) -> str:
        """The message in the resident's language, placeholders filled."""
        text = say(message_for(question, self.rule), language)
        for key, value in self.params.items():
            text = text.replace("{" + key + "}", _shown(value, language))
        return text


def date_text(value: date, language: str) -> str:
    """'23 November 2026' in English; day/month/year digits in other languages."""
    if language == "en":
        return f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def _shown(value: object, language: str) -> str:
    if isinstance(value, date):
        return date_text(value, language)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def is_empty(raw: object) -> bool:
    """Nothing given yet: no text, no choice, no date parts, no pages, not agreed."""
    if raw is None or raw is False:
        return True
    if isinstance(raw, str):
        return not raw.strip()
    if isinstance(raw, DateInput | AddressInput):
        return raw.empty
    if isinstance(raw, Sequence):
        return all(isinstance(d, ScannedDocument) and not d.pages for d in raw)
    return False


def read(question: Question, raw: object) -> object:
    """The typed answer from raw input; raises Unreadable. Raw must not be empty."""
    kind = question.type
    if kind in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        return read_text(_text(raw), question.text_limit)
    if kind is QuestionType.NUMBER:
        return read_number(_text(raw))
    if kind is QuestionType.DATE:
        if not isinstance(raw, DateInput):
            raise Unreadable("not_a_date")
        return read_date(raw)
    if kind is QuestionType.POSTCODE_ADDRESS:
        if not isinstance(raw, AddressInput):
            raise Unreadable("not_a_postcode")
        return read_address(raw)
    if kind is QuestionType.PHONE:
        return read_phone(_text(raw))
    if kind is QuestionType.EMAIL:
        return read_email(_text(raw))
    if kind is QuestionType.YES_NO:
        if raw not in ("yes", "no"):
            raise Unreadable("required")
        return raw
    if kind is QuestionType.SINGLE_CHOICE:
        if not isinstance(raw, str) or question.choice(raw) is None:
            raise Unreadable("required")
        return raw
    if kind is QuestionType.MULTIPLE_CHOICE:
        return _choices(question, raw)
    if kind is QuestionType.DECLARATION:
        if raw is not True and raw != "yes":
            raise Unreadable("required")
        return "yes"
    if not isinstance(raw, Sequence) or not all(isinstance(d, ScannedDocument) for d in raw):
        raise Unreadable("required")
    return tuple(d for d in raw if isinstance(d, ScannedDocument) and d.pages)


def _text(raw: object) -> str:
    if not isinstance(raw, str):
        raise Unreadable("required")
    return raw


def _choices(question: Question, raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list | tuple) or any(
        not isinstance(v, str) or question.choice(v) is None for v in raw
    ):
        raise Unreadable("required")
    ordered = tuple(c.value for c in question.choices if c.value in raw)
    alone = [c.value for c in question.choices if c.exclusive and c.value in ordered]
    if alone and len(ordered) > 1:
        raise Unreadable("exclusive")
    if question.max_choices is not None and len(ordered) > question.max_choices:
        raise Unreadable("too_many", max=question.max_choices)
    return ordered


def expression_value(question: Question, value: object) -> object:
    """What ``${name}`` reads for an accepted answer (see FORMS.md)."""
    if question.type is QuestionType.POSTCODE_ADDRESS and isinstance(value, AddressInput):
        return value.postcode
    if question.type is QuestionType.DOCUMENT and isinstance(value, Sequence):
        return sum(len(d.pages) for d in value if isinstance(d, ScannedDocument))
    if isinstance(value, tuple):
        return list(value)
    return value


@dataclass(frozen=True, slots=True)
class Checked:
    """The outcome of checking one answer: its value if accepted, else the problem."""

    value: object = None
    problem: Problem | None = None


def check(
    question: Question,
    raw: object,
    context: Mapping[str, object],
    today: date,
    *,
    overridden: bool = False,
) -> Checked:
    """Check raw input against every rule, with ``context`` holding the other answers.

    ``overridden``: staff overrode this answer's soft check, so it is not applied.
    """
    if is_empty(raw):
        if _holds(question.required, context, None, today, default=True):
            return Checked(problem=Problem("required"))
        return Checked()
    try:
        value = read(question, raw)
    except Unreadable as exc:
        return Checked(problem=Problem(exc.rule, exc.params))
    problem = _rules(question, value, context, today)
    if problem is not None and problem.soft and overridden:
        problem = None
    return Checked(value=None if problem else value, problem=problem)


def _rules(
    question: Question, value: object, context: Mapping[str, object], today: date
) -> Problem | None:
    current = expression_value(question, value)
    if isinstance(value, str) and question.type in (QuestionType.TEXT, QuestionType.LONG_TEXT):
        if question.min_length is not None and len(value) < question.min_length:
            return Problem("too_short", {"min": question.min_length})
        if question.pattern is not None and not _holds(
            question.pattern, context, current, today, default=True
        ):
            return Problem("pattern")
    if isinstance(value, int | float):
        if question.whole_number and not isinstance(value, int):
            return Problem("not_whole")
        if question.minimum is not None and value < question.minimum:
            return Problem("too_small", {"min": question.minimum})
        if question.maximum is not None and value > question.maximum:
            return Problem("too_large", {"max": question.maximum})
    if isinstance(value, date):
        earliest = _date(question.earliest, context, today)
        if earliest is not None and value < earliest:
            return Problem("too_early", {"date": earliest})
        latest = _date(question.latest, context, today)
        if latest is not None and value > latest:
            return Problem("too_late", {"date": latest})
    if question.type is QuestionType.DOCUMENT and isinstance(value, Sequence):
        pages = sum(len(d.pages) for d in value if isinstance(d, ScannedDocument))
        if pages > question.max_pages:
            return Problem("too_many_pages", {"max": question.max_pages})
    if question.constraint is not None and not _holds(
        question.constraint, context, current, today, default=True
    ):
        return Problem("constraint", soft=question.constraint_soft)
    return None


def _holds(
    expression: Expression | None,
    context: Mapping[str, object],
    current: object,
    today: date,
    *,
    default: bool,
) -> bool:
    """An expression's truth; a form author's mistake never traps a resident, so on error
    the answer is let through (``default``) rather than refused for ever."""
    if expression is None:
        return False
    try:
        return expression.truthy(context, current=current, today=today)
    except ExpressionError:
        return default


def _date(expression: Expression | None, context: Mapping[str, object], today: date) -> date | None:
    if expression is None:
        return None
    try:
        return to_date(expression.evaluate(context, today=today))
    except ExpressionError:
        return None
