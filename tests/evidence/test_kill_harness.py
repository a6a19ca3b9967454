"""The kill test's own driver: it must keep driving until the kill lands, whatever it draws.

A full-scale run once stopped at an IndexError: after the planned journeys, the driver drew
check-ins by name to fill the time before a delayed kill, and the run's few unused bookings
ran out. Fillers are now drawn only from the kinds that can still be made.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import cast

from tests.evidence.kill_bookings import Bookings
from tests.evidence.kill_journeys import KINDS, JourneyMaker
from tests.evidence.kill_kiosk import KioskProcess
from tests.evidence.kill_runs import KillRun
from tests.evidence.kill_secrets import Secrets


def test_once_a_runs_bookings_are_taken_its_fillers_are_other_journeys(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    secrets = Secrets(rng)
    bookings = Bookings(tmp_path / "appointments.json", rng, secrets)
    bookings.top_up()
    maker = JourneyMaker(rng, secrets, bookings)
    while bookings.unused(by_name=True):
        maker.make("checkin by name")
    # The driver only draws here; no kiosk is started or touched.
    run = KillRun(cast(KioskProcess, None), maker, rng)

    drawn = {run.filler() for _ in range(500)}

    assert drawn == set(KINDS) - {"checkin by name"}
