"""Finalising a form: the answers sealed to the council's key and journalled, nothing plain.

Only answers to questions the resident was shown go in; scanned pages are bound and sealed
into one PDF blob per document. The unsealed part of ``submission.finalised`` says only
which form and version, the case reference, the service and the language: nothing a resident typed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from core.case_reference import new_reference
from core.catalogue import Localised
from core.events import EventDraft, EventType, Scope
from core.form_flow import FieldProblem, FormSession, StepKind
from core.form_inputs import AddressInput, ScannedDocument
from core.ports import Journal, Sealer
from core.scanning import CapturedPage


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


def _json_value(value: object, documents: list[ScannedDocument]) -> object:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, AddressInput):
        return {"postcode": value.postcode, "address": value.address}
    if isinstance(value, tuple | list):
        return [_json_value(v, documents) for v in value]
    if isinstance(value, ScannedDocument):
        documents.append(value)
        return {
            "kind": value.kind,
            "content_type": value.content_type,
            "pages": len(value.pages),
            "blobs": [len(documents) - 1],
        }
    return value


def submission_content(
    session: FormSession,
) -> tuple[dict[str, object], list[ScannedDocument]]:
    """The answers to shown questions, repeats as lists, and the calculations, as JSON.

    Scanned documents come back separately; the JSON refers to each by its position in
    the event's blob list (one blob, a PDF, per document).
    """
    documents: list[ScannedDocument] = []
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
            answers[place.question] = _json_value(value, documents)
            continue
        entries = repeats.setdefault(place.repeat, [])
        while len(entries) <= place.entry:
            entries.append({})
        entries[place.entry][place.question] = _json_value(value, documents)
    for name, entries in repeats.items():
        count = len(session.entries[name])
        entries.extend({} for _ in range(count - len(entries)))
        answers[name] = entries
    calculations = {k: _json_value(v, documents) for k, v in session.calculations.items()}
    definition = session.definition
    content: dict[str, object] = {
        "form": definition.id,
        "version": definition.version,
        "language": session.language,
        "answers": answers,
        "calculations": calculations,
    }
    # Checks staff overrode in an assisted session, with their reasons: sealed with the
    # answers, so the officer sees why an answer outside the rules was let through.
    overridden = [
        {"question": key, "staff_id": given.staff_id, "reason": given.reason}
        for key, given in session.overrides.items()
        if any(s.place is not None and s.place.key == key for s in session.steps())
    ]
    if overridden:
        content["checks_overridden"] = overridden
    return content, documents


class FormSubmissions:
    """Seals and records finished forms, giving each a case reference made here."""

    def __init__(
        self,
        journal: Journal,
        sealer: Sealer,
        now: Callable[[], datetime],
        random_bytes: Callable[[int], bytes] = os.urandom,
        bind: Callable[[Sequence[CapturedPage]], bytes] | None = None,
    ) -> None:
        """``bind`` makes one PDF of a document's pages (``devices.scan_pipeline``)."""
        self._bind = bind
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
        content, documents = submission_content(session)
        bind = self._bind
        if documents and bind is None:
            raise RuntimeError("this terminal cannot bind scanned documents (no scan pipeline)")
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
        blobs = [self._sealer.seal_bytes(bind(d.pages)) for d in documents if bind is not None]
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
            pages_scanned=sum(len(d.pages) for d in documents),
        )
