"""Loading the guided forms and life events from ``assets/catalogue``, refusing broken ones.

Every file is checked against the JSON Schema that ships beside it, then against what a
schema cannot say (names, references, expressions, links between forms). A problem names
the file, the path inside it and what is wrong, in plain English.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import fastjsonschema

from core.catalogue import CatalogueError, Localised, read_json_file
from core.form_definition import FormDefinition, QuestionType, build_form

FORM_SCHEMA = "form.schema.json"
LIFE_EVENTS_SCHEMA = "life-events.schema.json"
FORMS_FOLDER = "forms"
LIFE_EVENTS_FILE = "life-events.json"


@dataclass(frozen=True, slots=True)
class LifeEvent:
    """Several forms offered together, such as moving into the borough."""

    id: str
    icon: str
    title: Localised
    summary: Localised
    forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FormCatalogue:
    """Every published form and life event of one council."""

    forms: tuple[FormDefinition, ...]
    life_events: tuple[LifeEvent, ...] = ()

    def form(self, form_id: str) -> FormDefinition:
        """The form with this id."""
        for form in self.forms:
            if form.id == form_id:
                return form
        raise KeyError(form_id)

    def for_service(self, service: str) -> tuple[FormDefinition, ...]:
        """The forms of one catalogue service, in file order."""
        return tuple(f for f in self.forms if f.service == service)

    def life_event(self, event_id: str) -> LifeEvent:
        """The life event with this id."""
        for event in self.life_events:
            if event.id == event_id:
                return event
        raise KeyError(event_id)


@cache
def _validator(schema_path: Path) -> Any:
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    handlers = {"https": lambda uri: _sibling(schema_path, uri)}
    return fastjsonschema.compile(schema, handlers=handlers)


def _sibling(schema_path: Path, uri: str) -> Any:
    return json.loads((schema_path.parent / uri.rsplit("/", 1)[-1]).read_text(encoding="utf-8"))


def check_against_schema(raw: object, schema_path: Path, source: str) -> None:
    """Raise CatalogueError with the JSON path and problem if ``raw`` breaks the schema."""
    try:
        _validator(schema_path)(raw)
    except fastjsonschema.JsonSchemaValueException as exc:
        where = (exc.name or "data").removeprefix("data").lstrip(".") or "(top)"
        problem = (exc.message or "is not valid").removeprefix(exc.name or "").strip()
        if "definition" in problem:  # "must NOT match a disallowed definition" says nothing
            where, problem = _explain(raw, where, problem)
        raise CatalogueError(source, where, problem) from None


# Keys a question may carry only with certain types (the schema's if/then rules).
_KEYS_FOR_TYPES = {
    "choices": ("single_choice", "multiple_choice"),
    "max_choices": ("multiple_choice",),
    "declaration": ("declaration",),
    "documents": ("document",),
    "max_pages": ("document",),
    "pattern": ("text", "long_text"),
    "min_length": ("text", "long_text"),
    "max_length": ("text", "long_text"),
    "min": ("number",),
    "max": ("number",),
    "whole_number": ("number",),
    "earliest": ("date",),
    "latest": ("date",),
}
_TYPES_NEEDING = {
    "single_choice": "choices",
    "multiple_choice": "choices",
    "declaration": "declaration",
    "document": "documents",
}


def _explain(raw: object, where: str, problem: str) -> tuple[str, str]:
    """Name the key behind a generic schema refusal of a question or an outcome."""
    node: object = raw
    for part in re.findall(r"[^.\[\]]+", where):
        if isinstance(node, dict):
            node = node.get(part)
        elif isinstance(node, list) and part.isdecimal() and int(part) < len(node):
            node = node[int(part)]
    if not isinstance(node, dict):
        return where, problem
    if "when" in node and "message" in node:
        return where, "an outcome needs a form, an appointment or partners to send people to"
    kind = node.get("type")
    if kind == "repeat":
        return where, problem
    if not isinstance(kind, str) or kind not in {t.value for t in QuestionType}:
        return f"{where}.type", f"{kind!r} is not a question type"  # e.g. {"en": ""}
    for key, types in _KEYS_FOR_TYPES.items():
        if key in node and kind not in types:
            return f"{where}.{key}", f"is only for {' or '.join(types)} questions, not {kind}"
    needed = _TYPES_NEEDING.get(str(kind))
    if needed and needed not in node:
        return f"{where}.{needed}", f"is needed by a {kind} question"
    if "constraint" in node or "pattern" in node:
        return f"{where}.messages", "a constraint or pattern needs its message in messages"
    return where, problem


def parse_form(raw: object, catalogue_dir: Path, source: str) -> FormDefinition:
    """A form from already-read JSON (e.g. an import), checked exactly as a file would be."""
    check_against_schema(raw, catalogue_dir / FORM_SCHEMA, source)
    assert isinstance(raw, dict)
    return build_form(raw, source)


def load_form(path: Path, catalogue_dir: Path) -> FormDefinition:
    """Read and check one form file."""
    form = parse_form(read_json_file(path), catalogue_dir, str(path))
    if path.stem != form.id:
        raise CatalogueError(str(path), "id", f"is {form.id!r}, but the file is named {path.name}")
    return form


def load_form_catalogue(catalogue_dir: Path, service_codes: Iterable[str] = ()) -> FormCatalogue:
    """Every form in ``catalogue_dir/forms`` and the life events, checked together.

    Raises the first problem found; ``form_catalogue_problems`` lists them all.
    """
    catalogue, problems = _read_all(catalogue_dir, service_codes)
    if problems:
        raise problems[0]
    return catalogue


def form_catalogue_problems(
    catalogue_dir: Path, service_codes: Iterable[str] = ()
) -> list[CatalogueError]:
    """Every problem in the forms and life events, one per file at most, for authors."""
    return _read_all(catalogue_dir, service_codes)[1]


def _read_all(
    catalogue_dir: Path, service_codes: Iterable[str]
) -> tuple[FormCatalogue, list[CatalogueError]]:
    problems: list[CatalogueError] = []
    forms: list[FormDefinition] = []
    for path in sorted((catalogue_dir / FORMS_FOLDER).glob("*.json")):
        try:
            forms.append(load_form(path, catalogue_dir))
        except CatalogueError as exc:
            problems.append(exc)
    events: tuple[LifeEvent, ...] = ()
    try:
        events = _life_events(catalogue_dir)
    except CatalogueError as exc:
        problems.append(exc)
    problems += _links(forms, events, set(service_codes))
    return FormCatalogue(tuple(forms), events), problems


def _life_events(catalogue_dir: Path) -> tuple[LifeEvent, ...]:
    path = catalogue_dir / LIFE_EVENTS_FILE
    if not path.exists():
        return ()
    raw = read_json_file(path)
    check_against_schema(raw, catalogue_dir / LIFE_EVENTS_SCHEMA, str(path))
    return tuple(
        LifeEvent(e["id"], e["icon"], e["title"], e["summary"], tuple(e["forms"]))
        for e in raw["life_events"]
    )


def _links(
    forms: list[FormDefinition], events: tuple[LifeEvent, ...], service_codes: set[str]
) -> list[CatalogueError]:
    """Forms and life events that point at forms or services that do not exist."""
    problems: list[CatalogueError] = []
    ids = {f.id for f in forms}
    prefixes: dict[str, str] = {}
    shared: dict[str, tuple[QuestionType, str]] = {}
    for form in forms:
        if form.reference_prefix in prefixes:
            problems.append(
                CatalogueError(
                    form.source,
                    "reference_prefix",
                    f"{form.reference_prefix} is already used by {prefixes[form.reference_prefix]}",
                )
            )
        prefixes[form.reference_prefix] = form.id
        if service_codes and form.service not in service_codes:
            problems.append(
                CatalogueError(form.source, "service", f"no catalogue service {form.service!r}")
            )
        for i, outcome in enumerate(form.outcomes):
            if outcome.form is not None and outcome.form not in ids:
                problems.append(
                    CatalogueError(form.source, f"outcomes[{i}].form", f"no form {outcome.form!r}")
                )
            service = outcome.appointment_service
            if service is not None and service_codes and service not in service_codes:
                problems.append(
                    CatalogueError(
                        form.source,
                        f"outcomes[{i}].appointment.service",
                        f"no catalogue service {service!r}",
                    )
                )
        for question in form.questions():
            if question.shared_as is None:
                continue
            seen = shared.setdefault(question.shared_as, (question.type, form.id))
            if seen[0] is not question.type:
                problems.append(
                    CatalogueError(
                        form.source,
                        question.name,
                        f"shares {question.shared_as!r} as {question.type}, "
                        f"but {seen[1]} shares it as {seen[0]}",
                    )
                )
    for event in events:
        for form_id in event.forms:
            if form_id not in ids:
                problems.append(CatalogueError(LIFE_EVENTS_FILE, event.id, f"no form {form_id!r}"))
    return problems
