"""Catalogue and settings versions reaching a real kiosk process, between residents only.

The reference case service runs on loopback over a content folder the test edits as a
council would; ``main.py kiosk`` runs offscreen as its own process, pulls every second, and
is driven by widget name through the automation socket (tests/operations/content_kiosk.py).
What a version changes is read off the kiosk's screen; what it recorded, from its journal
(read-only, as ``main.py status`` reads it) and from ``main.py status`` itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from store.connection import check_integrity
from tests.cli_support import run_main
from tests.operations.content_kiosk import (
    ASK_A_QUESTION_END,
    ASK_A_QUESTION_START,
    HOME,
    UpdatingKiosk,
)
from tests.operations.content_support import (
    COUNCIL,
    HOUSING,
    catalogue_file,
    edit,
    publish_good_catalogue,
    publish_settings,
    write,
)
from tests.sync.central_support import Council

pytestmark = pytest.mark.qt
REFERENCE = re.compile(r"^AQ-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$")
OLD_COUNCIL = "Self-service for London Borough of Tower Hamlets"
RESTART_S = 60.0  # the quiet time (8 s), then a start-up on a loaded two-core machine


@pytest.fixture
def kiosk(tmp_path: Path, council: Council) -> Iterator[UpdatingKiosk]:
    """The kiosk process, started, having pulled what the council publishes now."""
    made = UpdatingKiosk(tmp_path / "kiosk", council)
    made.start()
    try:
        made.until("the first pull from the case service", made.pulled_once)
        yield made
    finally:
        made.kill()
        if made.process is not None:
            made.reap()


def test_a_new_catalogue_waits_for_the_resident_mid_form_then_shows_on_the_home_screen(
    kiosk: UpdatingKiosk, council: Council
) -> None:
    kiosk.walk(ASK_A_QUESTION_START)
    publish_good_catalogue(council.content)
    kiosk.until(
        "the new catalogue checked and staged", lambda: kiosk.events().get("content.staged")
    )
    # The resident stops to think, longer than the quiet time the kiosk waits for, and is
    # asked "Do you need more time?" (after 15 s here); they do.
    kiosk.tap("moreTimeButton")

    kiosk.walk(ASK_A_QUESTION_END)  # the resident's form, as they started it, still works
    reference = kiosk.until(
        "the case reference", lambda: next((t for t in kiosk.texts() if REFERENCE.match(t)), None)
    )
    assert kiosk.events().get("content.applied") is None  # not under the resident
    assert kiosk.alive() and not kiosk.shows(COUNCIL)
    kiosk.tap("formContinue")  # finished: back home, the visit wiped

    kiosk.until("the new council name on the home screen", lambda: kiosk.shows(COUNCIL), RESTART_S)
    assert kiosk.alive()  # the same process, started again in place
    assert kiosk.shows(HOME)
    assert kiosk.events()["content.applied"] == 1
    assert kiosk.events()["submission.finalised"] == 1
    kiosk.tap("homeTile_services")
    kiosk.until("the renamed service", lambda: kiosk.shows(HOUSING))
    case = kiosk.until(
        "the resident's case at the case service",
        lambda: council.service.store.case(reference),
        RESTART_S,
    )
    assert case.reference == reference


def test_bad_versions_are_refused_with_a_reason_and_a_good_one_still_applies(
    kiosk: UpdatingKiosk, council: Council
) -> None:
    before = catalogue_file(council.content).read_text(encoding="utf-8")

    def rename_council_and_a_service_but_not_its_forms(catalogue: dict[str, Any]) -> None:
        catalogue["council"] = {"en": COUNCIL}
        for service in catalogue["services"]:
            if service["code"] == "waste-environment":
                service["code"] = "waste"

    edit(catalogue_file(council.content), rename_council_and_a_service_but_not_its_forms)
    kiosk.until("the broken catalogue refused", lambda: kiosk.events().get("content.refused"))
    publish_settings(council.content, {"kiosk": {"fullscreen": True}})
    kiosk.until("the settings refused", lambda: kiosk.events().get("content.refused") == 2)

    status = run_main("--config", str(kiosk.config), "--data", str(kiosk.data), "status")
    said = dict(
        line.split(None, 1)
        for line in status.stdout.splitlines()
        if line.startswith(("catalogue_", "settings_", "content_"))
    )
    assert "kiosk.fullscreen: cannot be set remotely" in said["settings_refused"]
    assert said["catalogue_version"] == "the one installed with it"
    assert "no catalogue service 'waste-environment'" in said["catalogue_refused"]
    assert kiosk.shows(OLD_COUNCIL) and not kiosk.shows(COUNCIL)  # the old one, still in use
    assert kiosk.events().get("content.applied") is None

    write(catalogue_file(council.content), before)  # the council mends what it broke
    publish_settings(council.content, {"kiosk": {"languages": ["en", "so"]}})
    kiosk.until(
        "the new settings applied", lambda: kiosk.events().get("content.applied"), RESTART_S
    )
    kiosk.until("the kiosk back", lambda: kiosk.shows(HOME), RESTART_S)
    kiosk.tap("languageButton")
    kiosk.until("Somali offered", lambda: kiosk.shows("Soomaali"))
    assert kiosk.shows("English") and not kiosk.shows("বাংলা")  # Bengali: not offered here


def test_a_kiosk_killed_with_a_version_waiting_comes_back_on_it(
    kiosk: UpdatingKiosk, council: Council
) -> None:
    kiosk.tap("homeTile_feedback")  # a resident keeps the kiosk busy, so it cannot restart
    publish_good_catalogue(council.content)
    kiosk.until("the new catalogue staged", lambda: kiosk.events().get("content.staged"))
    kiosk.kill()  # a power cut
    kiosk.reap()

    kiosk.start()
    kiosk.until("the new council name", lambda: kiosk.shows(COUNCIL))
    assert kiosk.events()["content.applied"] == 1
    assert check_integrity(kiosk.data / "journal.db") == "ok"


def test_a_kiosk_killed_while_restarting_onto_a_version_comes_back_on_it(
    kiosk: UpdatingKiosk, council: Council
) -> None:
    publish_good_catalogue(council.content)
    kiosk.until("the new catalogue staged", lambda: kiosk.events().get("content.staged"))
    # The kiosk is free: it restarts once quiet. Kill it the moment its screen goes away,
    # somewhere between closing the journal, re-executing and starting up on the version.
    kiosk.until("the kiosk to start restarting", lambda: not kiosk.ctl_ok({"op": "texts"}), 60)
    kiosk.kill()
    kiosk.reap()

    kiosk.start()
    kiosk.until("the new council name", lambda: kiosk.shows(COUNCIL), RESTART_S)
    applied = kiosk.events()["content.applied"]
    assert 1 <= applied <= 2, applied  # twice only if killed between recording and marking it
    assert check_integrity(kiosk.data / "journal.db") == "ok"
