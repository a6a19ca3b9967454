"""Today's appointments for the kill test: a fresh one for every check-in it tries.

An appointment can be checked in once, so each check-in journey takes one nobody has used,
even when a kill cut the journey short before Check in. The file is topped up between
kills, while no kiosk runs; a restarted kiosk reads it again. Appointments found by surname
and date of birth carry the salted scrypt hash the council would send (about 50 ms each to
make), so only as many are made as the run will use.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from core.appointments import REFERENCE_ALPHABET, person_key
from tests.evidence.kill_secrets import Secrets

SALT = "kill-test/salt"
SERVICES = ("housing", "council-tax-benefits", "registrars")
TIMEZONE = "Europe/London"  # the demo site's
KEEP_SPARE = 3


@dataclass(frozen=True, slots=True)
class Booking:
    """One appointment today: its reference, and the surname and birth date it was made for."""

    reference: str
    service: str
    surname: str
    born: date


class Bookings:
    """The appointments file, and which bookings are still unused."""

    def __init__(self, path: Path, rng: random.Random, secrets: Secrets) -> None:
        self.path = path
        self._rng = rng
        self._secrets = secrets
        self._rows: list[dict[str, object]] = []
        self._unused: dict[bool, list[Booking]] = {False: [], True: []}
        self._references: set[str] = set()

    def top_up(self) -> None:
        """Make sure a few unused bookings of each kind exist, and write the file."""
        for by_name in (False, True):
            while len(self._unused[by_name]) < KEEP_SPARE:
                self._add(by_name)
        now = datetime.now(ZoneInfo(TIMEZONE)).strftime("%H:%M")
        for row in self._rows:
            row["time"] = now  # the kiosk's window is four hours either side
        body = {"salt": SALT, "appointments": self._rows}
        self.path.write_text(json.dumps(body, indent=1), encoding="utf-8")

    def take(self, by_name: bool) -> Booking:
        """An appointment no journey has used (call ``top_up`` before the kiosk starts)."""
        return self._unused[by_name].pop(0)

    def unused(self, by_name: bool) -> int:
        """How many bookings of this kind no journey has taken yet."""
        return len(self._unused[by_name])

    def _add(self, by_name: bool) -> None:
        rng = self._rng
        reference = "KT-" + "".join(rng.choice(REFERENCE_ALPHABET) for _ in range(5))
        if reference in self._references:
            return
        self._references.add(reference)
        surname = self._secrets.surname()
        born = date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
        # Found only by reference: a hash that no surname and birth date give.
        person = person_key(surname, born, SALT) if by_name else rng.randbytes(32).hex()
        booking = Booking(reference, rng.choice(SERVICES), surname, born)
        self._rows.append(
            {
                "reference": booking.reference,
                "service": booking.service,
                "time": "00:00",
                "minutes": 20,
                "person": person,
                "priority": False,
            }
        )
        self._unused[by_name].append(booking)
