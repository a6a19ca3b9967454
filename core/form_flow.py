"""Walking a resident through a guided form, page by page, with no screen needed.

GOV.UK's pattern: a start page, one question per page, back always available, an error
summary when a page cannot be finished (answers kept), check your answers with change
links, then finalise. ODK's strengths underneath: skip logic, constraints, calculations
and repeats. The draft lives only in this object; dropping it is wiping it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.form_definition import FormDefinition, Outcome, Question, Repeat, say
from core.form_expressions import ExpressionError
from core.form_messages import ENTRY_WORDS
from core.form_state import FormState, Place, settle
from core.form_validation import Checked, Problem, check, is_empty
from core.text import InputTooLong, clean_text

REASON_LIMIT = 500


class StepKind(StrEnum):
    START = "start"
    QUESTION = "question"
    ENTRIES = "entries"
    CHECK = "check"
    OUTCOME = "outcome"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class Step:
    """One page of the journey."""

    kind: StepKind
    place: Place | None = None
    repeat: str | None = None

    @property
    def key(self) -> str:
        """A stable name for the page, also used in journey analytics (never an answer)."""
        if self.place is not None:
            return self.place.key
        if self.repeat is not None:
            return f"{self.repeat}.entries"
        return self.kind.value


START = Step(StepKind.START)
CHECK = Step(StepKind.CHECK)
OUTCOME = Step(StepKind.OUTCOME)
DONE = Step(StepKind.DONE)


@dataclass(frozen=True, slots=True)
class CheckOverride:
    """Staff let an answer past its soft check, saying why; it holds for that answer only."""

    staff_id: str
    reason: str
    raw: object  # the answer it was given for: a changed answer is checked again


class OverrideRefused(ValueError):
    """An override that cannot be made, with what to do instead."""


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """One line of the error summary; ``key`` names the field it links to."""

    key: str
    message: str
    rule: str


class FormSession:
    """One resident's draft of one form."""

    def __init__(
        self,
        definition: FormDefinition,
        *,
        today: date,
        language: str = "en",
        prefill: Mapping[str, object] | None = None,
    ) -> None:
        self.definition = definition
        self.today = today
        self.language = language
        self.raw: dict[str, object] = {}
        self.entries: dict[str, list[dict[str, object]]] = {
            item.name: [{} for _ in range(item.minimum)]
            for item in definition.items
            if isinstance(item, Repeat)
        }
        self.step = START
        self.overrides: dict[str, CheckOverride] = {}
        self.returning_to_check = False
        self.add_another: str | None = None
        for question in definition.questions():
            key = question.shared_as
            if key and prefill and key in prefill and definition.repeat_of(question.name) is None:
                self.raw[question.name] = prefill[key]
        self.state: FormState = self._settle()

    # Reading -----------------------------------------------------------------------------

    def _settle(self) -> FormState:
        return settle(self.definition, self.raw, self.entries, self.today)

    def question(self, place: Place) -> Question:
        return self.definition.question(place.question)

    def repeat(self, name: str) -> Repeat:
        for item in self.definition.items:
            if isinstance(item, Repeat) and item.name == name:
                return item
        raise KeyError(name)

    def raw_at(self, place: Place) -> object:
        """What the resident entered here, kept as entered even when it was not accepted."""
        if place.repeat is None or place.entry is None:
            return self.raw.get(place.question)
        return self.entries[place.repeat][place.entry].get(place.question)

    def problem_at(self, place: Place) -> Problem | None:
        return self._checked(place).problem

    def value_at(self, place: Place) -> object:
        """The accepted answer here, or None."""
        return self._checked(place).value

    def _checked(self, place: Place) -> Checked:
        return check(
            self.question(place),
            self.raw_at(place),
            self.state.context_for(place),
            self.today,
            overridden=self._overridden(place),
        )

    def _overridden(self, place: Place) -> bool:
        given = self.overrides.get(place.key)
        return given is not None and given.raw == self.raw_at(place)

    def soft_problem(self) -> tuple[Place, Problem] | None:
        """The current page's problem, if it is one staff may override."""
        place = self.step.place
        if self.step.kind is not StepKind.QUESTION or place is None:
            return None
        problem = self.problem_at(place)
        return (place, problem) if problem is not None and problem.soft else None

    def override(self, staff_id: str, reason: str) -> Place:
        """Staff let the current answer past its soft check; ``reason`` is kept with it."""
        found = self.soft_problem()
        if found is None:
            raise OverrideRefused("There is no check on this page that staff can override.")
        try:
            kept = clean_text(reason, REASON_LIMIT)
        except InputTooLong:
            raise OverrideRefused(
                f"Keep the reason to {REASON_LIMIT} characters or fewer."
            ) from None
        if not kept:
            raise OverrideRefused("Give a reason for overriding the check.")
        place = found[0]
        self.overrides[place.key] = CheckOverride(staff_id, kept, self.raw_at(place))
        return place

    def steps(self) -> list[Step]:
        """The pages this resident will see, given their answers so far."""
        steps = [START]
        for item in self.definition.items:
            if isinstance(item, Question):
                place = Place(item.name)
                if self.state.is_visible(place):
                    steps.append(Step(StepKind.QUESTION, place))
            elif item.name in self.state.visible_repeats:
                steps += [
                    Step(StepKind.QUESTION, p) for p in self.state.visible if p.repeat == item.name
                ]
                steps.append(Step(StepKind.ENTRIES, repeat=item.name))
        steps.append(OUTCOME if self.definition.is_triage else CHECK)
        return steps

    def errors(self) -> list[FieldProblem]:
        """What stops the current page being finished."""
        if self.step.kind is StepKind.QUESTION and self.step.place is not None:
            return self._problems(self.step.place)
        if self.step.kind is StepKind.ENTRIES and self.step.repeat is not None:
            return self._entries_problems(self.step.repeat, leaving=True)
        return []

    def _problems(self, place: Place) -> list[FieldProblem]:
        problem = self.problem_at(place)
        if problem is None:
            return []
        text = problem.message(self.question(place), self.language)
        return [FieldProblem(place.key, text, problem.rule)]

    def _entries_problems(self, name: str, *, leaving: bool) -> list[FieldProblem]:
        repeat = self.repeat(name)
        count = len(self.entries[name])
        key = f"{name}.entries"
        if count < repeat.minimum and not (leaving and self.add_another == "yes"):
            text = _localised_entry("too_few", self.language, repeat)
            return [FieldProblem(key, text, "too_few_entries")]
        if leaving and count < repeat.maximum and self.add_another is None:
            return [FieldProblem(key, say(ENTRY_WORDS["choose"], self.language), "required")]
        return []

    def incomplete(self) -> list[tuple[Step, FieldProblem]]:
        """Every page that still has a problem, in order (check your answers uses this)."""
        found: list[tuple[Step, FieldProblem]] = []
        for step in self.steps():
            if step.kind is StepKind.QUESTION and step.place is not None:
                found += [(step, p) for p in self._problems(step.place)]
            elif step.kind is StepKind.ENTRIES and step.repeat is not None:
                found += [(step, p) for p in self._entries_problems(step.repeat, leaving=False)]
        return found

    @property
    def calculations(self) -> dict[str, object]:
        return dict(self.state.calculations)

    def outcome(self) -> Outcome | None:
        """Triage: the first outcome whose condition holds for these answers."""
        for outcome in self.definition.outcomes:
            try:
                if outcome.when.truthy(self.state.context, today=self.today):
                    return outcome
            except ExpressionError:
                continue
        return None

    def shared_answers(self) -> dict[str, object]:
        """Accepted answers with a life-event key, as entered, to prefill the next form."""
        shared: dict[str, object] = {}
        for question in self.definition.questions():
            place = Place(question.name)
            visible = self.state.is_visible(place)
            if question.shared_as and visible and self.value_at(place) is not None:
                shared[question.shared_as] = self.raw_at(place)
        return shared

    # Acting ------------------------------------------------------------------------------

    def answer(self, raw: object) -> None:
        """Keep what the resident entered on the current question page (checked on Continue)."""
        place = self.step.place
        if self.step.kind is not StepKind.QUESTION or place is None:
            raise RuntimeError(f"no question on the {self.step.key} page")
        if place.repeat is None or place.entry is None:
            self.raw[place.question] = raw
        else:
            self.entries[place.repeat][place.entry][place.question] = raw
        self.state = self._settle()

    def choose_add_another(self, choice: str) -> None:
        """On an entries page: 'yes' to add another entry, 'no' to go on."""
        if choice not in ("yes", "no"):
            raise ValueError(choice)
        self.add_another = choice

    def remove_entry(self, name: str, index: int) -> None:
        """Remove one entry of a repeat (from its entries page)."""
        del self.entries[name][index]
        self.state = self._settle()

    def next(self) -> list[FieldProblem]:
        """Continue: finish this page and go on, or return what stops it (answers kept)."""
        if self.step.kind in (StepKind.CHECK, StepKind.OUTCOME, StepKind.DONE):
            return [p for _, p in self.incomplete()][:1] if self.step is CHECK else []
        problems = self.errors()
        if problems:
            return problems
        repeat = self.step.repeat
        if self.step.kind is StepKind.ENTRIES and repeat and self._leave_entries(repeat):
            return []
        self._move_on()
        return []

    def _leave_entries(self, name: str) -> bool:
        """Add another entry if asked: True when that moved to the new entry's first page."""
        choice, self.add_another = self.add_another, None
        if choice != "yes" or len(self.entries[name]) >= self.repeat(name).maximum:
            return False
        self.entries[name].append({})
        self.state = self._settle()
        entry = len(self.entries[name]) - 1
        for step in self.steps():
            if step.place is not None and step.place.repeat == name and step.place.entry == entry:
                self.step = step
                return True
        return False

    def _move_on(self) -> None:
        steps = self.steps()
        index = self._index(steps)
        following = steps[index + 1 :]
        if self.returning_to_check:
            unfinished = {s.key for s, _ in self.incomplete()}
            for step in following:
                if step.key in unfinished:
                    self.step = step
                    return
            self.returning_to_check = False
            self.step = steps[-1]
            return
        self.step = following[0] if following else steps[-1]

    def _index(self, steps: list[Step]) -> int:
        keys = [s.key for s in steps]
        if self.step.key in keys:
            return keys.index(self.step.key)
        return len(steps) - 2  # The page just left no longer exists (an entry removed).

    def back(self) -> bool:
        """Back one page; False at the start page (the screen then leaves the form)."""
        if self.step.kind in (StepKind.START, StepKind.DONE):
            return False
        self.add_another = None
        if self.returning_to_check:
            self.returning_to_check = False
            self.step = CHECK
            return True
        if self._dropped_new_entry():
            return True
        steps = self.steps()
        keys = [s.key for s in steps]
        index = keys.index(self.step.key) if self.step.key in keys else len(steps) - 1
        self.step = steps[max(0, index - 1)]
        return True

    def _dropped_new_entry(self) -> bool:
        """Back from the first page of an entry just added and left empty: the entry goes,
        and the resident is on the entries page again (as if they had not said yes)."""
        place = self.step.place
        if place is None or place.repeat is None or place.entry is None:
            return False
        entries = self.entries[place.repeat]
        first = next((p for p in self.state.visible if p.repeat == place.repeat), None)
        is_first_page = first is not None and first.question == place.question
        last_and_empty = place.entry == len(entries) - 1 and not any(
            not is_empty(v) for v in entries[place.entry].values()
        )
        if not (is_first_page and last_and_empty and place.entry > 0):
            return False
        del entries[place.entry]
        self.state = self._settle()
        self.step = Step(StepKind.ENTRIES, repeat=place.repeat)
        return True

    def change(self, key: str) -> None:
        """A change link on check your answers: show that page, then come back."""
        for step in self.steps():
            if step.key == key:
                self.step = step
                self.returning_to_check = step.kind in (StepKind.QUESTION, StepKind.ENTRIES)
                return
        raise KeyError(key)

    def finished(self) -> None:
        """The submission is stored: the confirmation page follows."""
        self.step = DONE


def _localised_entry(word: str, language: str, repeat: Repeat) -> str:
    text = say(ENTRY_WORDS[word], language)
    return text.replace("{min}", str(repeat.minimum)).replace(
        "{item}", say(repeat.item_label, language).lower()
    )


def is_answered(session: FormSession, place: Place) -> bool:
    """Whether anything has been entered at a place (accepted or not)."""
    return not is_empty(session.raw_at(place))
