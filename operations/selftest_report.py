"""The self-test's report: one line per check, OK, FAILED or SKIPPED, with the reason.

An operator reads it on a kiosk's console or in an update's output, so each line says what
was checked and, when it failed, what a person can do about it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

# Checks an operator may leave out (``selftest --skip``); the journal is always checked.
SKIPPABLE = (
    "display",
    "fonts",
    "speech",
    "printers",
    "scanner",
    "card-reader",
    "clock",
    "case-service",
)


class Outcome(StrEnum):
    """How one check went."""

    OK = "OK"
    FAILED = "FAILED"
    SKIPPED = "SKIPPED"


@dataclass(frozen=True, slots=True)
class Check:
    """One line of the report.

    Attributes:
        name: what was checked (``printer desk-roll``, ``font bn``, ``clock``).
        outcome: OK, FAILED or SKIPPED.
        detail: what was found; for FAILED, the reason in plain words.
    """

    name: str
    outcome: Outcome
    detail: str

    @property
    def failed(self) -> bool:
        """True when this check failed."""
        return self.outcome is Outcome.FAILED

    def line(self) -> str:
        """The report line: the outcome in a column, then the check and what was found."""
        return f"{self.outcome.value:<8}{self.name}: {self.detail}"

    @classmethod
    def from_json(cls, text: str) -> Check:
        """A check as a child process printed it (see ui/selftest_checks.py)."""
        raw = json.loads(text)
        return cls(str(raw["check"]), Outcome(raw["outcome"]), str(raw["detail"]))


def ok(name: str, detail: str) -> Check:
    """A check that passed."""
    return Check(name, Outcome.OK, detail)


def failed(name: str, detail: str) -> Check:
    """A check that failed, with the reason."""
    return Check(name, Outcome.FAILED, detail)


def skipped(name: str, detail: str) -> Check:
    """A check that was not made, with why."""
    return Check(name, Outcome.SKIPPED, detail)


def summary(checks: Iterable[Check]) -> str:
    """The last line: how many passed, failed and were skipped, naming the failures."""
    done = list(checks)
    bad = [c.name for c in done if c.failed]
    counts = {o: sum(1 for c in done if c.outcome is o) for o in Outcome}
    text = (
        f"selftest: {counts[Outcome.OK]} OK, {counts[Outcome.FAILED]} FAILED, "
        f"{counts[Outcome.SKIPPED]} SKIPPED"
    )
    if bad:
        text += f" (failed: {', '.join(bad)})"
    return text
