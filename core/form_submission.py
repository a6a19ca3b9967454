"""Finalising a form: the answers sealed to the council's key and journalled, nothing plain.

Only answers to questions the resident was shown go in; scanned pages are sealed one by
one into blobs. The unsealed part of ``submission.finalised`` says only which form and
version, the case reference, the service and the language: nothing a resident typed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from core.case_reference import new_reference
from core.catalogue import Localised
from core.events import EventDraft, EventType, Scope
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_inputs import AddressInput, ScannedDocument
from core.ports import Journal, Sealer


class FormIncomplete(ValueError):
    """Finalise was asked for while a shown question still has a problem."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(f"{len(problems)} answers still need attention")
        self.problems = problems


class AlreadySent(ValueError):
    """Finalise was asked for again after the form was sent (a late second tap)."""


@dataclass(frozen=True, slots=True)
class FinalisedForm:
    """What the confirmation page and the printed receipt say."""

    reference: str
    form_id: str
    version: str
    title: Localised
    what_happens_next: Localised
    standard: Localised
    reply_within_working_days: int
    submitted_at: datetime
    event_id: str
    pages_scanned: int


def _json_value(value: object, pages: list[bytes]) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, AddressInput):
        return {"postcode": value.postcode, "address": value.address}
    if isinstance(value, tuple | list):
        return [_json_value(v, pages) for v in value]
    if isinstance(value, ScannedDocument):
        first = len(pages)
        pages.extend(value.pages)
        return {
            "kind": value.kind,
            "content_type": value.content_type,
            "blobs": list(range(first, len(pages))),
        }
    return value


def submission_content(session: FormSession) -> tuple[dict[str, object], list[bytes]]:
    """The answers to shown questions, repeats as lists, and the calculations, as JSON.

    Scanned pages come back separately; the JSON refers to them by position in the
    event's blob list.
    """
    pages: list[bytes] = []
    answers: dict[str, object] = {}
    repeats: dict[str, list[dict[str, object]]] = {}
    for step in session.steps():
        if step.kind is StepKind.ENTRIES and step.repeat is not None:
            repeats.setdefault(step.repeat, [])
        if step.kind is not StepKind.QUESTION or step.place is None:
            continue
        place = step.place
        value = session.value_at(place)
        if value is None:
            continue
        if place.repeat is None or place.entry is None:
            answers[place.question] = _json_value(value, pages)
            continue
        entries = repeats.setdefault(place.repeat, [])
        while len(entries) <= place.entry:
            entries.append({})
        entries[place.entry][place.question] = _json_value(value, pages)
    for name, entries in repeats.items():
        count = len(session.entries[name])
        entries.extend({} for _ in range(count - len(entries)))
        answers[name] = entries
    calculations = {k: _json_value(v, pages) for k, v in session.calculations.items()}
    definition = session.definition
    content: dict[str, object] = {
        "form": definition.id,
        "version": definition.version,
        "language": session.language,
        "answers": answers,
        "calculations": calculations,
    }
    return content, pages


class FormSubmissions:
    """Seals and records finished forms, giving each a case reference made here."""

    def __init__(
        self,
        journal: Journal,
        sealer: Sealer,
        now: Callable[[], datetime],
        random_bytes: Callable[[int], bytes] = os.urandom,
    ) -> None:
        self._journal = journal
        self._sealer = sealer
        self._now = now
        self._random_bytes = random_bytes

    def finalise(self, session: FormSession, *, assisted: bool = False) -> FinalisedForm:
        """Seal and journal the submission; raises FormIncomplete if anything needs fixing.

        Triage answers are finalised too when the outcome is to see someone, so the officer
        has them (sealed, under the reference shown to the resident) without asking again.

        StorageUnavailable (a full disk) propagates with the draft untouched, so the
        resident can try again or ask for help and nothing is lost. The session is only
        read here (this may run off the screen's thread): the caller moves it on with
        ``session.finished()``.
        """
        if session.step.kind is StepKind.DONE:
            raise AlreadySent(session.definition.id)
        problems = [p for _, p in session.incomplete()]
        if problems:
            raise FormIncomplete(problems)
        definition = session.definition
        content, pages = submission_content(session)
        reference = new_reference(definition.reference_prefix, self._random_bytes)
        content["reference"] = reference
        plaintext = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
        payload: dict[str, object] = {
            "form": definition.id,
            "version": definition.version,
            "reference": reference,
            "service": definition.service,
            "kind": definition.kind.value,
            "language": session.language,
            "assisted": assisted,
            "answers": self._sealer.seal(plaintext),
        }
        blobs = [self._sealer.seal_bytes(page) for page in pages]
        event = self._journal.append(
            EventDraft(EventType.SUBMISSION_FINALISED, payload, Scope.CENTRAL), blobs
        )
        return FinalisedForm(
            reference=reference,
            form_id=definition.id,
            version=definition.version,
            title=definition.title,
            what_happens_next=definition.what_happens_next,
            standard=definition.standard,
            reply_within_working_days=definition.reply_within_working_days,
            submitted_at=self._now(),
            event_id=event.id,
            pages_scanned=len(pages),
        )
