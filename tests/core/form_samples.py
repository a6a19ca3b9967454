"""Form definitions written for tests: one with every question type, rule and a repeat."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from core.form_catalogue import parse_form
from core.form_definition import FormDefinition
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_inputs import AddressInput, DateInput

CATALOGUE_DIR = Path(__file__).resolve().parents[2] / "assets" / "catalogue"


def en(text: str) -> dict[str, str]:
    return {"en": text}


def question(name: str, kind: str, label: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "type": kind, "label": en(label), **extra}


def choices(*values: str) -> list[dict[str, Any]]:
    return [{"value": v, "label": en(v.replace("_", " ").capitalize())} for v in values]


EVERY_TYPE: dict[str, Any] = {
    "id": "every-type",
    "version": "2026-11-23.1",
    "service": "general-enquiries",
    "kind": "apply",
    "reference_prefix": "ET",
    "title": en("Apply for everything"),
    "summary": en("A test form with one of every question."),
    "minutes": 5,
    "you_will_need": [en("Proof of address")],
    "standard": en("We will reply within 10 working days."),
    "reply_within_working_days": 10,
    "what_happens_next": en("We will write to you."),
    "items": [
        question(
            "full_name",
            "text",
            "What is your full name?",
            max_length=60,
            shared_as="full_name",
            messages={"required": en("Enter your full name")},
        ),
        question("reason", "long_text", "Why are you applying?", required=False),
        question(
            "adults", "number", "How many adults live with you?", min=1, max=20, whole_number=True
        ),
        question(
            "date_of_birth",
            "date",
            "What is your date of birth?",
            latest="today()",
            earliest="date('1900-01-01')",
            messages={"too_late": en("Date of birth must be in the past")},
        ),
        question("has_children", "yes_no", "Do you have children?"),
        question(
            "tenure",
            "single_choice",
            "Do you own or rent?",
            choices=choices("own", "rent_private", "rent_council"),
        ),
        question(
            "landlord",
            "text",
            "What is your landlord's name?",
            relevant="${tenure} = 'rent_private'",
        ),
        question(
            "bins",
            "multiple_choice",
            "Which bins do you need?",
            choices=[
                *choices("general", "recycling", "food"),
                {"value": "none", "label": en("None of these"), "exclusive": True},
            ],
            max_choices=3,
        ),
        question("address", "postcode_address", "What is your address?", shared_as="new_address"),
        question("phone", "phone", "What is your phone number?", required="${email} = ''"),
        question("email", "email", "What is your email address?", required=False),
        {
            "name": "children",
            "type": "repeat",
            "label": en("Children"),
            "item_label": en("Child"),
            "add_another": en("Do you need to add another child?"),
            "relevant": "${has_children} = 'yes'",
            "min": 1,
            "max": 3,
            "items": [
                question("child_name", "text", "What is the child's name?"),
                question(
                    "child_age", "number", "How old is the child?", min=0, max=17, whole_number=True
                ),
                question("child_needs", "yes_no", "Does the child need extra support?"),
                question(
                    "child_support",
                    "long_text",
                    "What support do they need?",
                    relevant="${child_needs} = 'yes'",
                ),
            ],
        },
        question(
            "proof",
            "document",
            "Scan your proof of address",
            documents=[en("A utility bill"), en("A bank statement")],
            max_pages=3,
            required=False,
        ),
        question(
            "start_date",
            "date",
            "When do you want to start?",
            earliest="today()",
            latest="today() + 60",
            constraint=". > ${date_of_birth}",
            messages={"constraint": en("The start date must be after your birth")},
        ),
        question(
            "agree",
            "declaration",
            "Declaration",
            declaration=en("The information I have given is true."),
        ),
    ],
    "calculations": [
        {"name": "child_count", "calculate": "count(${children})", "label": en("Children")},
        {
            "name": "single_person",
            "calculate": "if(${adults} = 1, 'yes', 'no')",
            "label": en("Single person discount"),
        },
    ],
}


def every_type(**changes: Any) -> dict[str, Any]:
    """A deep copy of EVERY_TYPE with top-level fields changed."""
    raw = copy.deepcopy(EVERY_TYPE)
    raw.update(changes)
    return raw


def build(raw: dict[str, Any], source: str = "test-form.json") -> FormDefinition:
    """A definition checked exactly as a file would be (schema, then the engine's checks)."""
    return parse_form(raw, CATALOGUE_DIR, source)


# --- Appended for the engine's tests: a triage form, a resident's answers, a walker -----------

TODAY = date(2026, 11, 23)

TRIAGE: dict[str, Any] = {
    "id": "housing-triage",
    "version": "2026-11-23.1",
    "service": "housing",
    "kind": "triage",
    "reference_prefix": "HT",
    "title": en("Get help with housing"),
    "summary": en("Answer a few questions and we will tell you where to go."),
    "minutes": 2,
    "you_will_need": [en("Any letters from your landlord")],
    "standard": en("We will see you today if you have nowhere to sleep tonight."),
    "reply_within_working_days": 0,
    "what_happens_next": en("We will tell you where to go next."),
    "items": [
        question("homeless_tonight", "yes_no", "Do you have somewhere safe to sleep tonight?"),
        question(
            "eviction_letter",
            "yes_no",
            "Have you had a letter telling you to leave?",
            relevant="${homeless_tonight} = 'yes'",
        ),
    ],
    "outcomes": [
        {
            "when": "${homeless_tonight} = 'no'",
            "message": en("Please speak to us today."),
            "appointment": {"service": "housing", "priority": True},
        },
        {
            "when": "${eviction_letter} = 'yes'",
            "message": en("Apply for help."),
            "form": "every-type",
        },
        {
            "when": "true()",
            "message": en("Citizens Advice can help."),
            "partners": [{"name": en("Citizens Advice"), "how": en("Call 0800 144 8848")}],
        },
    ],
}

# What one resident types into EVERY_TYPE, page by page (no children, email and proof skipped).
RESIDENT_ANSWERS: dict[str, object] = {
    "full_name": "Zebedee Quixotic-Marchbanks",
    "adults": "2",
    "date_of_birth": DateInput("14", "3", "1984"),
    "has_children": "no",
    "tenure": "own",
    "bins": ["recycling", "food"],
    "address": AddressInput("e11bu", "Flat 3, 221 Whitechapel Road"),
    "phone": "07700 900982",
    "start_date": DateInput("1", "12", "2026"),
    "agree": True,
}


def fill_in(session: FormSession, answers: Mapping[str, object]) -> list[FieldProblem]:
    """Press Continue from the current page until check answers (or the outcome).

    Each question page gets ``answers[page key]`` if there is one; an entries page takes the
    next choice from ``answers["<repeat>.entries"]`` (a list of "yes"/"no"), or "no" when
    there is no such list; once the list is used up, Continue is pressed with no choice.
    Returns the problems of the first page that refuses to continue, or [] at the end.
    """
    choices = {k: list(v) for k, v in answers.items() if k.endswith(".entries")}  # type: ignore[call-overload]
    if session.step.kind is StepKind.START:
        session.next()
    for _ in range(500):
        step = session.step
        if step.kind in (StepKind.CHECK, StepKind.OUTCOME, StepKind.DONE):
            return []
        if step.kind is StepKind.QUESTION and step.key in answers:
            session.answer(answers[step.key])
        if step.kind is StepKind.ENTRIES:
            pending = choices.get(step.key, ["no"])
            if pending:
                session.choose_add_another(pending.pop(0))
        problems = session.next()
        if problems:
            return problems
    raise AssertionError("the form never reached its end")
