"""What a form's answers add up to: which questions are shown, and the calculated values.

Follows ODK: a hidden question reads as empty to every expression, calculations are
worked out in order, and relevance is settled again when a calculation changes it.
Inside a repeat, ``${name}`` is this entry's answer; outside, it is every entry's answer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from core.form_definition import FormDefinition, Question, Repeat
from core.form_expressions import Expression, ExpressionError
from core.form_inputs import Unreadable
from core.form_validation import expression_value, is_empty, read

Raw = Mapping[str, object]
_SETTLE_ROUNDS = 4


@dataclass(frozen=True, slots=True)
class Place:
    """Where an answer lives: a top-level question, or a question in one repeat entry."""

    question: str
    repeat: str | None = None
    entry: int | None = None

    @property
    def key(self) -> str:
        """A stable text name, e.g. ``children.2.child_name`` for the second child."""
        if self.repeat is None:
            return self.question
        return f"{self.repeat}.{(self.entry or 0) + 1}.{self.question}"


@dataclass(slots=True)
class FormState:
    """The settled view of a draft: visible places, expression context and calculations."""

    context: dict[str, object] = field(default_factory=dict)
    visible: list[Place] = field(default_factory=list)
    visible_repeats: set[str] = field(default_factory=set)
    calculations: dict[str, object] = field(default_factory=dict)
    entry_contexts: dict[tuple[str, int], dict[str, object]] = field(default_factory=dict)

    def context_for(self, place: Place) -> Mapping[str, object]:
        """The answers an expression on this place sees."""
        if place.repeat is None or place.entry is None:
            return self.context
        return self.entry_contexts.get((place.repeat, place.entry), self.context)

    def is_visible(self, place: Place) -> bool:
        return place in self.visible


def _readable(question: Question, raw: object) -> object:
    if is_empty(raw):
        return None
    try:
        return expression_value(question, read(question, raw))
    except Unreadable:
        return None


def _relevant(expression: Expression | None, context: Mapping[str, object], today: date) -> bool:
    if expression is None:
        return True
    try:
        return expression.truthy(context, today=today)
    except ExpressionError:
        return True  # An author's mistake shows the question rather than hiding it.


def settle(
    definition: FormDefinition,
    raw: Raw,
    entries: Mapping[str, Sequence[Raw]],
    today: date,
) -> FormState:
    """Work out visibility and calculations for the answers given so far."""
    base: dict[str, object] = {}
    entry_base: dict[str, list[dict[str, object]]] = {}
    for item in definition.items:
        if isinstance(item, Repeat):
            entry_base[item.name] = [
                {q.name: _readable(q, entry.get(q.name)) for q in item.questions}
                for entry in entries.get(item.name, ())
            ]
        else:
            base[item.name] = _readable(item, raw.get(item.name))
    state = FormState()
    previous: dict[str, object] | None = None
    for _ in range(_SETTLE_ROUNDS):
        calculations = _calculate(definition, state.context or base, today)
        state = _walk(definition, base, entry_base, calculations, today)
        state.calculations = calculations
        if state.context == previous:
            break
        previous = state.context
    return state


def _calculate(
    definition: FormDefinition, context: Mapping[str, object], today: date
) -> dict[str, object]:
    results: dict[str, object] = {}
    scope = dict(context)
    for calculation in definition.calculations:
        try:
            value = calculation.calculate.evaluate(scope, today=today)
        except ExpressionError:
            value = None
        results[calculation.name] = value
        scope[calculation.name] = value
    return results


def _walk(
    definition: FormDefinition,
    base: Mapping[str, object],
    entry_base: Mapping[str, list[dict[str, object]]],
    calculations: Mapping[str, object],
    today: date,
) -> FormState:
    state = FormState()
    context: dict[str, object] = {**base, **calculations}
    for item in definition.items:
        if isinstance(item, Question):
            if _relevant(item.relevant, context, today):
                state.visible.append(Place(item.name))
            else:
                context[item.name] = None
            continue
        shown = _relevant(item.relevant, context, today)
        kept: list[dict[str, object]] = []
        if shown:
            state.visible_repeats.add(item.name)
            for index, values in enumerate(entry_base.get(item.name, [])):
                kept.append(_walk_entry(item, index, values, context, state, today))
        context[item.name] = list(range(1, len(kept) + 1))
        for question in item.questions:
            context[question.name] = [entry[question.name] for entry in kept]
    state.context = context
    for key, entry_context in state.entry_contexts.items():
        inner = _inner_names(definition, key[0])
        merged = dict(context)
        merged.update({k: v for k, v in entry_context.items() if k in inner})
        state.entry_contexts[key] = merged
    return state


def _inner_names(definition: FormDefinition, repeat: str) -> set[str]:
    for item in definition.items:
        if isinstance(item, Repeat) and item.name == repeat:
            return {q.name for q in item.questions}
    return set()


def _walk_entry(
    repeat: Repeat,
    index: int,
    values: dict[str, object],
    outer: Mapping[str, object],
    state: FormState,
    today: date,
) -> dict[str, object]:
    entry = dict(values)
    scope = {**outer, **entry}
    for question in repeat.questions:
        if _relevant(question.relevant, scope, today):
            state.visible.append(Place(question.name, repeat.name, index))
        else:
            entry[question.name] = None
            scope[question.name] = None
    state.entry_contexts[(repeat.name, index)] = scope
    return entry
