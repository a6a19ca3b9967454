"""A guided form as data: questions, repeats, calculations and triage outcomes.

Built by ``core.form_catalogue`` from a JSON definition that has already matched
``assets/catalogue/form.schema.json``; this module adds the checks a schema cannot make
(unique names, references that exist, expressions that compile) and the typed shape the
flow works on. See ``assets/catalogue/FORMS.md`` for the authoring guide.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from core.catalogue import CatalogueError, Localised
from core.form_expressions import Expression, ExpressionError, compile_expression, to_date
from core.languages import localised


class QuestionType(StrEnum):
    """What a resident gives in answer, and so which page the kiosk shows."""

    TEXT = "text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"
    YES_NO = "yes_no"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    POSTCODE_ADDRESS = "postcode_address"
    PHONE = "phone"
    EMAIL = "email"
    DOCUMENT = "document"
    DECLARATION = "declaration"


class FormKind(StrEnum):
    """The council's five kinds of contact, plus triage that sends people to the right one."""

    REPORT = "report"
    APPLY = "apply"
    BOOK = "book"
    TELL = "tell"
    ASK = "ask"
    TRIAGE = "triage"


# What a text answer may hold when the author sets no max_length: enough for any real answer,
# small enough that a pasted megabyte is refused with a message rather than stored.
DEFAULT_TEXT_LIMIT = {QuestionType.TEXT: 500, QuestionType.LONG_TEXT: 5000}


def say(text: Localised, language: str) -> str:
    """Localised text in a language, falling back to English."""
    return localised(text, language)


@dataclass(frozen=True, slots=True)
class Choice:
    """One option of a choice question."""

    value: str
    label: Localised
    hint: Localised | None = None
    exclusive: bool = False


@dataclass(frozen=True, slots=True)
class Question:
    """One question, shown on a page of its own.

    ``required`` is None when the question is optional, or an expression saying when it is
    required (a plain ``true`` compiles to one that always holds).
    """

    name: str
    type: QuestionType
    label: Localised
    hint: Localised | None = None
    check_label: Localised | None = None
    required: Expression | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_soft: bool = False
    min_length: int | None = None
    max_length: int | None = None
    pattern: Expression | None = None
    minimum: float | None = None
    maximum: float | None = None
    whole_number: bool = False
    earliest: Expression | None = None
    latest: Expression | None = None
    max_choices: int | None = None
    choices: tuple[Choice, ...] = ()
    declaration: Localised | None = None
    documents: tuple[Localised, ...] = ()
    max_pages: int = 10
    colour: bool = False
    shared_as: str | None = None
    messages: Mapping[str, Localised] = field(default_factory=dict)

    @property
    def text_limit(self) -> int:
        """The most characters a text answer may have."""
        return self.max_length or DEFAULT_TEXT_LIMIT.get(self.type, 500)

    def choice(self, value: str) -> Choice | None:
        """The choice with this value, if there is one."""
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True, slots=True)
class Repeat:
    """A group of questions asked once per entry: "add another child"."""

    name: str
    label: Localised
    item_label: Localised
    add_another: Localised
    questions: tuple[Question, ...]
    hint: Localised | None = None
    relevant: Expression | None = None
    minimum: int = 0
    maximum: int = 20


Item = Question | Repeat


@dataclass(frozen=True, slots=True)
class Calculation:
    """A value worked out from the answers, such as an eligibility flag."""

    name: str
    calculate: Expression
    label: Localised | None = None


@dataclass(frozen=True, slots=True)
class Partner:
    """An organisation a resident is signposted to, with how to reach them."""

    name: Localised
    how: Localised


@dataclass(frozen=True, slots=True)
class Outcome:
    """Where a triage form sends a resident when ``when`` holds."""

    when: Expression
    message: Localised
    form: str | None = None
    appointment_service: str | None = None
    priority: bool = False
    partners: tuple[Partner, ...] = ()


@dataclass(frozen=True, slots=True)
class FormDefinition:
    """One published version of a guided form."""

    id: str
    version: str
    service: str
    kind: FormKind
    reference_prefix: str
    title: Localised
    summary: Localised
    minutes: int
    you_will_need: tuple[Localised, ...]
    standard: Localised
    reply_within_working_days: int
    what_happens_next: Localised
    items: tuple[Item, ...]
    calculations: tuple[Calculation, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    awaiting_review: tuple[str, ...] = ()
    priority: bool = False
    source: str = ""

    def questions(self) -> Iterator[Question]:
        """Every question, repeats' questions included, in order."""
        for item in self.items:
            if isinstance(item, Repeat):
                yield from item.questions
            else:
                yield item

    def question(self, name: str) -> Question:
        """The question with this name."""
        for question in self.questions():
            if question.name == name:
                return question
        raise KeyError(name)

    def repeat_of(self, name: str) -> Repeat | None:
        """The repeat a question belongs to, or None at the top level."""
        for item in self.items:
            if isinstance(item, Repeat) and any(q.name == name for q in item.questions):
                return item
        return None

    @property
    def is_triage(self) -> bool:
        return self.kind is FormKind.TRIAGE


ALWAYS = compile_expression("1 = 1")


class _Builder:
    """Turns schema-valid JSON into a FormDefinition, checking what the schema cannot."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.names: dict[str, str] = {}

    def fail(self, where: str, problem: str) -> CatalogueError:
        return CatalogueError(self.source, where, problem)

    def expression(self, where: str, text: str) -> Expression:
        try:
            return compile_expression(text)
        except ExpressionError as exc:
            raise self.fail(where, f"expression {text!r}: {exc}") from None

    def claim(self, where: str, name: str) -> None:
        if name in self.names:
            raise self.fail(where, f"the name {name!r} is already used at {self.names[name]}")
        self.names[name] = where

    def form(self, raw: dict[str, Any]) -> FormDefinition:
        items = tuple(self.item(f"items[{i}]", it) for i, it in enumerate(raw["items"]))
        calculations = tuple(
            self.calculation(f"calculations[{i}]", c)
            for i, c in enumerate(raw.get("calculations", []))
        )
        kind = FormKind(raw["kind"])
        outcomes = tuple(
            self.outcome(f"outcomes[{i}]", o) for i, o in enumerate(raw.get("outcomes", []))
        )
        if kind is FormKind.TRIAGE and not outcomes:
            raise self.fail("outcomes", "a triage form needs at least one outcome")
        if kind is not FormKind.TRIAGE and outcomes:
            raise self.fail("outcomes", "only triage forms have outcomes")
        definition = FormDefinition(
            id=raw["id"],
            version=raw["version"],
            service=raw["service"],
            kind=kind,
            reference_prefix=raw["reference_prefix"],
            title=raw["title"],
            summary=raw["summary"],
            minutes=raw["minutes"],
            you_will_need=tuple(raw["you_will_need"]),
            standard=raw["standard"],
            reply_within_working_days=raw["reply_within_working_days"],
            what_happens_next=raw["what_happens_next"],
            items=items,
            calculations=calculations,
            outcomes=outcomes,
            awaiting_review=tuple(raw.get("awaiting_review", ())),
            priority=raw.get("priority", False),
            source=self.source,
        )
        self.check_references(raw, definition)
        return definition

    def item(self, where: str, raw: dict[str, Any]) -> Item:
        if raw["type"] != "repeat":
            return self.question(where, raw)
        self.claim(where, raw["name"])
        minimum, maximum = raw.get("min", 0), raw.get("max", 20)
        if minimum > maximum:
            raise self.fail(f"{where}.min", f"min {minimum} is more than max {maximum}")
        return Repeat(
            name=raw["name"],
            label=raw["label"],
            item_label=raw["item_label"],
            add_another=raw["add_another"],
            hint=raw.get("hint"),
            relevant=self.optional(f"{where}.relevant", raw.get("relevant")),
            minimum=minimum,
            maximum=maximum,
            questions=tuple(
                self.question(f"{where}.items[{i}]", q) for i, q in enumerate(raw["items"])
            ),
        )

    def optional(self, where: str, text: str | None) -> Expression | None:
        return None if text is None else self.expression(where, text)

    def date_rule(self, where: str, text: str | None) -> Expression | None:
        """An earliest or latest date; one that reads no answer is worked out now, so a
        typo such as date('2026-02-30') is refused at load rather than ignored later."""
        rule = self.optional(where, text)
        if rule is not None and not rule.references:
            try:
                if to_date(rule.evaluate({}, today=date(2026, 1, 1))) is None:
                    raise ExpressionError("it gives no date")
            except ExpressionError as exc:
                raise self.fail(where, f"{text!r} is not a date: {exc}") from None
        return rule

    def question(self, where: str, raw: dict[str, Any]) -> Question:
        self.claim(where, raw["name"])
        required = raw.get("required", True)
        if required is True:
            required_expr: Expression | None = ALWAYS
        elif required is False:
            required_expr = None
        else:
            required_expr = self.expression(f"{where}.required", required)
        minimum, maximum = raw.get("min"), raw.get("max")
        if minimum is not None and maximum is not None and minimum > maximum:
            raise self.fail(f"{where}.min", f"min {minimum} is more than max {maximum}")
        low, high = raw.get("min_length"), raw.get("max_length")
        if low is not None and high is not None and low > high:
            raise self.fail(f"{where}.min_length", f"min_length {low} is more than max_length")
        pattern = raw.get("pattern")
        if pattern is not None and "'" in pattern and '"' in pattern:
            raise self.fail(f"{where}.pattern", "a pattern may not hold both kinds of quote mark")
        values = [c["value"] for c in raw.get("choices", [])]
        for value in values:
            if values.count(value) > 1:
                raise self.fail(f"{where}.choices", f"the value {value!r} appears twice")
        return Question(
            name=raw["name"],
            type=QuestionType(raw["type"]),
            label=raw["label"],
            hint=raw.get("hint"),
            check_label=raw.get("check_label"),
            required=required_expr,
            relevant=self.optional(f"{where}.relevant", raw.get("relevant")),
            constraint=self.optional(f"{where}.constraint", raw.get("constraint")),
            constraint_soft=raw.get("constraint_soft", False),
            min_length=low,
            max_length=high,
            pattern=None
            if pattern is None
            else self.expression(f"{where}.pattern", f"regex(., {_quoted(pattern)})"),
            minimum=minimum,
            maximum=maximum,
            whole_number=raw.get("whole_number", False),
            earliest=self.date_rule(f"{where}.earliest", raw.get("earliest")),
            latest=self.date_rule(f"{where}.latest", raw.get("latest")),
            max_choices=raw.get("max_choices"),
            choices=tuple(
                Choice(c["value"], c["label"], c.get("hint"), c.get("exclusive", False))
                for c in raw.get("choices", [])
            ),
            declaration=raw.get("declaration"),
            documents=tuple(raw.get("documents", ())),
            max_pages=raw.get("max_pages", 10),
            colour=raw.get("colour", False),
            shared_as=raw.get("shared_as"),
            messages=dict(raw.get("messages", {})),
        )

    def calculation(self, where: str, raw: dict[str, Any]) -> Calculation:
        self.claim(where, raw["name"])
        return Calculation(
            raw["name"], self.expression(f"{where}.calculate", raw["calculate"]), raw.get("label")
        )

    def outcome(self, where: str, raw: dict[str, Any]) -> Outcome:
        appointment = raw.get("appointment") or {}
        if not (raw.get("form") or appointment or raw.get("partners")):
            raise self.fail(where, "an outcome needs a form, an appointment or partners")
        return Outcome(
            when=self.expression(f"{where}.when", raw["when"]),
            message=raw["message"],
            form=raw.get("form"),
            appointment_service=appointment.get("service"),
            priority=appointment.get("priority", False),
            partners=tuple(Partner(p["name"], p["how"]) for p in raw.get("partners", [])),
        )

    def check_references(self, raw: dict[str, Any], definition: FormDefinition) -> None:
        """Every ${name} must name a question, repeat or calculation of this form.

        A calculation may use only those before it, so they can be worked out in order.
        """
        known = set(self.names)
        order = [c.name for c in definition.calculations]
        for where, expr in _expressions(raw):
            for name in expr.references:
                if name not in known:
                    raise self.fail(where, f"refers to ${{{name}}}, which this form does not have")
                if where.startswith("calculations[") and name in order:
                    index = int(where.split("[")[1].split("]")[0])
                    if order.index(name) >= index:
                        raise self.fail(where, f"uses ${{{name}}}, which is worked out after it")


def _quoted(text: str) -> str:
    """A text as a string literal of the expression language."""
    if "'" not in text:
        return f"'{text}'"
    return f'"{text}"'


_EXPRESSION_KEYS = ("relevant", "constraint", "earliest", "latest", "calculate", "when")


def _expressions(node: object, where: str = "") -> Iterator[tuple[str, Expression]]:
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}.{key}" if where else key
            if (key in _EXPRESSION_KEYS or key == "required") and isinstance(value, str):
                yield here, compile_expression(value)
            elif key not in ("label", "hint", "messages", "title", "summary"):
                yield from _expressions(value, here)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _expressions(value, f"{where}[{i}]")


def build_form(raw: dict[str, Any], source: str) -> FormDefinition:
    """A FormDefinition from schema-valid JSON; CatalogueError names any further problem."""
    return _Builder(source).form(raw)
