"""Every catalogue form, walked with no screen: the ordinary path and every branch.

Each option of each choice question, yes and no, skipping each optional question and
adding another entry to each repeat is walked to check your answers (or, for triage, to
the outcome), sealed, and opened again with the council's private key.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.catalogue import load_catalogue
from core.config import DEMO_CATALOGUE
from core.form_catalogue import FormCatalogue, form_catalogue_problems, load_form_catalogue
from core.form_definition import FormDefinition, QuestionType
from core.form_flow import StepKind
from core.form_submission import FormSubmissions, submission_content
from core.form_walk import branches, walk
from core.languages import LANGUAGE_CODES
from devices.scan_pipeline import ScanPipeline
from store.journal import SqliteJournal
from sync.sealing import CouncilOpener, CouncilSealer

CATALOGUE_DIR = DEMO_CATALOGUE.parent
TODAY = date(2026, 11, 23)
CODES = [s.code for s in load_catalogue(DEMO_CATALOGUE).services]
CATALOGUE: FormCatalogue = load_form_catalogue(CATALOGUE_DIR, CODES)
FORM_IDS = [f.id for f in CATALOGUE.forms]
REQUIRED_FORMS = {
    "report-missed-bin",
    "report-fly-tipping",
    "report-street-fault",
    "apply-parking-permit",
    "book-bulky-waste",
    "tell-us-you-have-moved",
    "apply-school-place",
    "send-housing-benefit-evidence",
    "housing-advice",
    "make-complaint",
    "ask-a-question",
}


def test_the_catalogue_has_every_form_the_council_asked_for() -> None:
    assert set(FORM_IDS) >= REQUIRED_FORMS
    assert form_catalogue_problems(CATALOGUE_DIR, CODES) == []
    moving = CATALOGUE.life_event("moving-in")
    assert {"tell-us-you-have-moved", "apply-school-place", "apply-parking-permit"} <= set(
        moving.forms
    )


def _texts(definition: FormDefinition) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []

    def visit(node: object) -> None:
        if isinstance(node, dict):
            if "en" in node and all(isinstance(v, str) for v in node.values()):
                found.append(node)  # type: ignore[arg-type]
                return
            for value in node.values():
                visit(value)
        elif isinstance(node, list | tuple):
            for value in node:
                visit(value)

    raw = json.loads(Path(definition.source).read_text(encoding="utf-8"))
    visit(raw)
    return found


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_text_is_in_every_language_and_flagged_for_review(form_id: str) -> None:
    definition = CATALOGUE.form(form_id)
    texts = _texts(definition)
    assert texts
    for text in texts:
        assert set(text) == set(LANGUAGE_CODES), text["en"]
    assert set(definition.awaiting_review) == set(LANGUAGE_CODES) - {"en"}
    assert definition.you_will_need or definition.is_triage
    assert definition.standard["en"] and definition.what_happens_next["en"]


@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_branch_reaches_the_end_or_is_refused_with_a_message(form_id: str) -> None:
    definition = CATALOGUE.form(form_id)
    walks = branches(definition, TODAY)
    assert walks[0].finished, f"the ordinary path is stuck at {walks[0].stuck_at}"
    for path in walks:
        assert path.stuck_at is None, f"{form_id}: stuck at {path.stuck_at} ({path.choices})"
        for problem in path.refused:
            assert problem.message.strip(), f"{form_id}: a refusal without words"
    last = walks[0].session
    assert last is not None
    expected = StepKind.OUTCOME if definition.is_triage else StepKind.CHECK
    assert last.step.kind is expected


@pytest.mark.parametrize("form_id", [f.id for f in CATALOGUE.forms if f.is_triage])
def test_triage_sends_people_to_different_places(form_id: str) -> None:
    definition = CATALOGUE.form(form_id)
    reached = set()
    for path in branches(definition, TODAY):
        assert path.session is not None
        outcome = path.session.outcome()
        assert outcome is not None, "every answer leads somewhere"
        reached.add(definition.outcomes.index(outcome))
    assert len(reached) >= 3, f"only outcomes {reached} are reachable"


def test_housing_advice_gives_nowhere_safe_tonight_a_priority_appointment() -> None:
    definition = CATALOGUE.form("housing-advice")
    path = walk(definition, TODAY, force=("safe_tonight", "no"))
    assert path.session is not None
    outcome = path.session.outcome()
    assert outcome is not None
    assert outcome.appointment_service == "housing" and outcome.priority


def test_school_place_asks_about_support_only_for_a_child_with_additional_needs() -> None:
    definition = CATALOGUE.form("apply-school-place")
    yes = walk(definition, TODAY, force=("children.1.has_additional_needs", "yes"))
    no = walk(definition, TODAY, force=("children.1.has_additional_needs", "no"))
    assert "children.1.support_needed" in yes.pages
    assert "children.1.support_needed" not in no.pages
    assert yes.finished and no.finished
    assert yes.session is not None
    assert yes.session.calculations["children_with_additional_needs"] == 1


@pytest.mark.parametrize("form_id", [f.id for f in CATALOGUE.forms if not f.is_triage])
def test_each_form_seals_what_was_shown_and_nothing_else(
    form_id: str, tmp_path: Path, sealer: CouncilSealer, opener: CouncilOpener
) -> None:
    definition = CATALOGUE.form(form_id)
    path = walk(definition, TODAY, add_entries=1)
    session = path.session
    assert session is not None and path.finished
    content, pages = submission_content(session)
    shown = {s.place.question for s in session.steps() if s.place is not None}
    answered = set(content["answers"])  # type: ignore[arg-type]
    top_level = {q.name for q in definition.items}
    assert answered <= shown | top_level
    journal = SqliteJournal(tmp_path, "kiosk-test", "site-test")
    try:
        done = FormSubmissions(
            journal, sealer, lambda: session.today, bind=ScanPipeline().bind
        ).finalise(session)
        event = journal.changes(0)[0][-1]
    finally:
        journal.close()
    assert done.reference.startswith(definition.reference_prefix + "-")
    assert event.payload["form"] == form_id and event.payload["version"] == definition.version
    opened = json.loads(opener.open(event.payload["answers"]))
    assert opened["answers"] == json.loads(json.dumps(content["answers"]))
    assert opened["reference"] == done.reference
    documents = [q for q in definition.questions() if q.type is QuestionType.DOCUMENT]
    assert len(event.payload.get("blobs", [])) == len(pages)
    if any(q.name in shown for q in documents):
        assert pages
