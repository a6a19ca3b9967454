"""The kill test's books: what residents were told, against what the journal holds.

The journal is read as the case service would read it, read-only from outside the kiosk,
and only by the fields each event keeps in plain view: a ticket's number, the booking
checked in, a form's reference, a document's receipt, a visitor's badge and company, and
a feedback's service and rating (feedback has no number; it is told "Thank you"). Sealed
answers are never opened.

After each restart the new events are matched to the journeys of the run that was killed:
first the acknowledged ones by the number or reference the screen showed, then the ones
cut off between their send and the screen (those may or may not have been recorded; both
are fine) by their plain value. An acknowledged journey with no event is lost; an event
twice, or one that no journey sent, is a duplicate.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from tests.evidence.kill_journeys import Journey, Phase

# For each event a journey records: the field that identifies it, and its plain value.
KEY_OF = {
    "ticket.issued": "number",
    "appointment.checked_in": "appointment",
    "submission.finalised": "reference",
    "document.captured": "receipt",
    "visitor.signed_in": "badge",
    "feedback.given": "",
}
QUEUE_EVENTS = ("ticket.issued", "appointment.checked_in")


@dataclass(frozen=True, slots=True)
class Recorded:
    """One transaction event, by its plain fields."""

    type: str
    key: str
    plain: str
    number: str  # the queue number, for tickets and check-ins
    rowid: int


def plain_value(kind: str, payload: dict[str, object]) -> str:
    """The value a journey knows before sending, as this event type carries it."""
    if kind == "ticket.issued":
        return str(payload.get("service"))
    if kind == "appointment.checked_in":
        return str(payload.get("appointment"))
    if kind == "submission.finalised":
        return str(payload.get("form"))
    if kind == "document.captured":
        return str(payload.get("document"))
    if kind == "visitor.signed_in":
        return str(payload.get("company"))
    return f"{payload.get('service')}/{payload.get('rating')}"


def read_events(journal: Path, after_rowid: int = 0) -> list[Recorded]:
    """Transaction events after a row, from the journal opened read-only."""
    marks = ", ".join("?" for _ in KEY_OF)
    with closing(sqlite3.connect(f"file:{journal}?mode=ro", uri=True)) as conn:
        rows = conn.execute(
            f"SELECT rowid, type, payload FROM events WHERE rowid > ? AND type IN ({marks}) "
            "ORDER BY rowid",
            (after_rowid, *KEY_OF),
        ).fetchall()
    found = []
    for rowid, kind, text in rows:
        payload = json.loads(text)
        if kind == "feedback.given" and payload.get("journey") != "feedback":
            continue  # only the "Give feedback" journey's; none other is driven
        key = str(payload.get(KEY_OF[kind], "")) if KEY_OF[kind] else ""
        number = str(payload.get("number", "")) if kind in QUEUE_EVENTS else ""
        found.append(Recorded(kind, key, plain_value(kind, payload), number, int(rowid)))
    return found


@dataclass
class Ledger:
    """Acknowledged journeys, every transaction event seen, and what failed to match."""

    journal: Path
    last_rowid: int = 0
    keys: Counter[tuple[str, str]] = field(default_factory=Counter)
    numbers: Counter[str] = field(default_factory=Counter)
    acknowledged: list[Journey] = field(default_factory=list)
    sent_not_told: int = 0
    recorded_not_told: int = 0
    lost: dict[int, str] = field(default_factory=dict)  # id(journey) -> what went missing
    duplicated: list[str] = field(default_factory=list)

    def settle(self, journeys: list[Journey]) -> None:
        """Match the events recorded since the last look to the killed run's journeys."""
        new = read_events(self.journal, self.last_rowid)
        if new:
            self.last_rowid = new[-1].rowid
        for event in new:
            if event.key:
                self.keys[(event.type, event.key)] += 1
                if self.keys[(event.type, event.key)] == 2:
                    self.duplicated.append(f"{event.type} {event.key} recorded twice")
            if event.number:
                self.numbers[event.number] += 1
                if self.numbers[event.number] == 2:
                    self.duplicated.append(f"queue number {event.number} issued twice")
        unmatched = list(new)
        for journey in journeys:
            if journey.phase in (Phase.TOLD, Phase.FINISHED):
                self.acknowledged.append(journey)
                kept = _take(unmatched, journey, by_shown=True)
                if kept is None:
                    self.lost[id(journey)] = describe(journey)
                elif journey.kind.startswith("checkin") and kept.number != journey.shown:
                    self.lost[id(journey)] = f"{describe(journey)}: kept as {kept.number}"
        for journey in journeys:
            if journey.phase is Phase.SENDING:
                self.sent_not_told += 1
                if _take(unmatched, journey, by_shown=False) is not None:
                    self.recorded_not_told += 1
        for event in unmatched:
            self.duplicated.append(f"{event.type} {event.key or event.plain} sent by no journey")

    def recount(self) -> tuple[dict[int, str], list[str]]:
        """From the whole journal afresh: acknowledged journeys not in it, and identifiers in
        it more than once (together: each acknowledged one is there exactly once)."""
        everything = read_events(self.journal)
        keys = Counter((e.type, e.key) for e in everything if e.key)
        feedback = Counter(e.plain for e in everything if e.type == "feedback.given")
        missing = {}
        for journey in self.acknowledged:
            if journey.event == "feedback.given":
                feedback[journey.plain] -= 1
                if feedback[journey.plain] < 0:
                    missing[id(journey)] = describe(journey)
                continue
            key = journey.plain if journey.kind.startswith("checkin") else journey.shown
            if not keys[(journey.event, key)]:
                missing[id(journey)] = describe(journey)
        twice = [f"{kind} {key}" for (kind, key), n in keys.items() if n > 1]
        return missing, twice


def describe(journey: Journey) -> str:
    """A journey as a failure message names it."""
    return f"{journey.kind} {journey.shown} ({journey.plain}, run {journey.cycle})"


def _take(unmatched: list[Recorded], journey: Journey, by_shown: bool) -> Recorded | None:
    """Remove and return the event this journey recorded, if it is among ``unmatched``."""
    for event in unmatched:
        if event.type != journey.event:
            continue
        if journey.kind.startswith("checkin") or journey.event == "feedback.given" or not by_shown:
            hit = event.plain == journey.plain
        else:
            hit = event.key == journey.shown
        if hit:
            unmatched.remove(event)
            return event
    return None
