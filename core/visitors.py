"""Business visitors checking themselves in, instead of queuing at reception.

A visitor gives their name, company and who they are here to see (from the site's staff
directory). Their name goes on the printed badge and, sealed to the council's key, into
the journal for the fire roll; the site's terminals hold only the badge number, company
and host. Everyone still signed in at the end of the day is signed out.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.events import EventDraft, EventType, Scope
from core.ids import uuid7
from core.ports import Journal, Sealer
from core.site_queue import SiteQueue
from core.text import InputTooLong, clean_text

NAME_LIMIT = 80


class StaffDirectoryError(ValueError):
    """The staff directory file is broken; names the file and the problem."""


@dataclass(frozen=True, slots=True)
class StaffMember:
    """Someone a visitor can be here to see, and the desk that is alerted."""

    id: str
    name: str
    team: str
    desk: str


class StaffDirectory:
    """The site's staff a visitor can pick as their host."""

    def __init__(self, staff: tuple[StaffMember, ...]) -> None:
        self.staff = staff

    def get(self, staff_id: str) -> StaffMember | None:
        """A member of staff by id."""
        return next((s for s in self.staff if s.id == staff_id), None)

    def search(self, text: str) -> list[StaffMember]:
        """Staff whose name or team contains the text (case-insensitive), by name."""
        wanted = text.casefold().strip()
        found = [
            s for s in self.staff if wanted in s.name.casefold() or wanted in s.team.casefold()
        ]
        return sorted(found, key=lambda s: s.name)


def load_staff(path: Path) -> StaffDirectory:
    """Read a site's staff directory JSON."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return StaffDirectory(
            tuple(
                StaffMember(str(s["id"]), str(s["name"]), str(s["team"]), str(s["desk"]))
                for s in raw["staff"]
            )
        )
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise StaffDirectoryError(f"{path}: cannot be read: {exc}") from None
    except (KeyError, TypeError) as exc:
        raise StaffDirectoryError(f"{path}: a staff entry is malformed: {exc}") from None


class VisitorProblem(ValueError):
    """What the visitor needs to fix, in plain English, with the field it concerns."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True)
class SignedIn:
    """A visitor's badge details, for printing and the confirmation screen."""

    visitor: str
    badge: str
    name: str
    company: str
    host: StaffMember


def badge_number(queue: SiteQueue, block: int) -> str:
    """The next badge number for this terminal today (V-001, V-011… for block 1)."""
    used = [int(v.badge[2:]) for v in queue.visitors.values() if v.badge[2:].isdecimal()]
    mine = [n for n in used if n % 10 == block]
    return f"V-{(max(mine) + 10) if mine else block:03d}"


def _one_line(field: str, text: str, what: str) -> str:
    """Cleaned text on one line, or VisitorProblem if it is longer than a badge can carry."""
    try:
        return " ".join(clean_text(text, NAME_LIMIT).split())
    except InputTooLong:
        raise VisitorProblem(field, f"{what} must be {NAME_LIMIT} characters or fewer") from None


class VisitorBook:
    """Signs business visitors in and out, recording site-scope events."""

    def __init__(self, journal: Journal, sealer: Sealer, staff: StaffDirectory) -> None:
        self._journal = journal
        self._sealer = sealer
        self.staff = staff

    def check(self, name: str, company: str, host_id: str) -> tuple[str, str, StaffMember]:
        """The cleaned name, company and host, or VisitorProblem naming the first problem."""
        clean_name = _one_line("name", name, "Your name")
        clean_company = _one_line("company", company, "The company name")
        if not clean_name:
            raise VisitorProblem("name", "Enter your full name")
        if not clean_company:
            raise VisitorProblem("company", "Enter the company or organisation you are from")
        host = self.staff.get(host_id)
        if host is None:
            raise VisitorProblem("host", "Choose who you are here to see")
        return clean_name, clean_company, host

    def sign_in(
        self, queue: SiteQueue, block: int, name: str, company: str, host_id: str
    ) -> SignedIn:
        """Record a visitor's arrival and alert their host's desk; returns the badge details."""
        clean_name, clean_company, host = self.check(name, company, host_id)
        visitor = uuid7()
        badge = badge_number(queue, block)
        self._journal.append(
            EventDraft(
                EventType.VISITOR_SIGNED_IN,
                {
                    "visitor": visitor,
                    "badge": badge,
                    "company": clean_company,
                    "host": host.id,
                    "host_desk": host.desk,
                    "name": self._sealer.seal(clean_name.encode()),
                },
                Scope.SITE,
            )
        )
        return SignedIn(visitor, badge, clean_name, clean_company, host)

    def sign_out(self, visitor: str, reason: str) -> None:
        """Record a visitor leaving (``desk``, ``kiosk`` or ``end_of_day``)."""
        self._journal.append(
            EventDraft(
                EventType.VISITOR_SIGNED_OUT, {"visitor": visitor, "reason": reason}, Scope.SITE
            )
        )

    def sign_out_everyone(self, queue: SiteQueue) -> int:
        """At the end of the day, sign out every visitor still in; returns how many."""
        still_in = [v.id for v in queue.visitors.values() if v.signed_out_ms is None]
        for visitor in still_in:
            self.sign_out(visitor, "end_of_day")
        return len(still_in)
