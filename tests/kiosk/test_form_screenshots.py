"""Renders every kind of form page to build/screens/forms-<page>-<language>.png, for review.

Each question type, the error summary, check your answers, the confirmation, a repeat's
entries page, a triage outcome and a life event, in English, Bengali and Urdu (right to
left). Each image is checked for size, for not being blank, and (for Bengali and Urdu)
for showing the language's own script on the page.
"""

from __future__ import annotations

from datetime import date

import pytest

from core.form_flow import StepKind
from core.form_inputs import ScannedDocument
from core.form_walk import walk
from core.scan_capture import capture
from core.scanning import ScanSettings, ScanSource
from devices.scan_pipeline import ScanPipeline
from devices.simulated_scanner import SimulatedScanner
from tests.kiosk.conftest import KioskUnderTest, check_screen
from tests.kiosk.form_driver import FormDriver

TODAY = date(2026, 11, 23)
# (screenshot name, form, page key): each question type and each kind of page.
PAGES = [
    ("start", "report-missed-bin", "start"),
    ("postcode-address", "report-missed-bin", "address"),
    ("multiple-choice", "report-missed-bin", "bins"),
    ("date", "report-missed-bin", "due_date"),
    ("yes-no", "report-missed-bin", "out_by_7am"),
    ("long-text", "report-missed-bin", "crew_notes"),
    ("text", "report-missed-bin", "full_name"),
    ("email", "report-missed-bin", "email"),
    ("phone", "report-missed-bin", "phone"),
    ("check-answers", "report-missed-bin", "check"),
    ("single-choice", "tell-us-you-have-moved", "move_type"),
    ("number", "tell-us-you-have-moved", "adults"),
    ("declaration", "tell-us-you-have-moved", "declaration"),
    ("document", "send-housing-benefit-evidence", "identity_evidence"),
    ("repeat-entries", "book-bulky-waste", "items.entries"),
    ("triage-outcome", "housing-advice", "outcome"),
]


def _choose_language(kiosk: KioskUnderTest, language: str) -> None:
    if language != "en":
        kiosk.window.set_language(language)


def _advance(form: FormDriver, form_id: str, key: str, forced: dict[str, object]) -> None:
    """Open a form and answer page after page, as the walker would, until page ``key``."""
    definition = form.screen.services.catalogue.form(form_id)
    path = walk(definition, TODAY, add_entries=1)
    form.kiosk.tap("homeTile_forms")
    form.kiosk.tap(f"formTile_{form_id}")
    journey = form.journey
    for _ in range(60):
        step = journey.session.step
        if step.key == key:
            return
        if step.kind is StepKind.ENTRIES:
            journey.session.choose_add_another("no")
        elif step.kind is StepKind.QUESTION and journey.answer is not None:
            journey.answer.set_raw(forced.get(step.key, path.choices.get(step.key)))
            journey.answer.edited.emit()
        journey.go_on()
        assert not form.problems(), (step.key, form.problems())
    raise AssertionError(f"{form_id}: never reached {key}")


def _assert_red_bar_on_the_reading_side(
    kiosk: KioskUnderTest, form: FormDriver, language: str
) -> None:
    """GOV.UK marks a field with a problem by a red bar where reading starts."""
    answer = form.journey.answer
    assert answer is not None
    image = answer.grab().toImage()
    middle = image.height() // 2
    left, right = image.pixelColor(2, middle), image.pixelColor(image.width() - 3, middle)
    red_side, other = (right, left) if language == "ur" else (left, right)
    assert red_side.red() > 150 and red_side.green() < 100, red_side.name()
    assert not (other.red() > 150 and other.green() < 100), other.name()


@pytest.mark.parametrize("language", ["en", "bn", "ur"])
def test_every_kind_of_form_page(site_kiosk: KioskUnderTest, language: str) -> None:
    form = FormDriver(site_kiosk)
    _choose_language(site_kiosk, language)
    site_kiosk.tap("homeTile_forms")
    check_screen(site_kiosk, f"forms-list-{language}", language)
    site_kiosk.tap("lifeEvent_moving-in")
    check_screen(site_kiosk, f"forms-life-event-{language}", language)
    site_kiosk.tap("homeButton")
    scanned = capture(
        SimulatedScanner(), ScanPipeline(), ScanSettings(ScanSource.FLATBED, colour=True), 1
    )
    page = scanned.pages[0]
    forced: dict[str, object] = {
        "safe_tonight": "no",
        "evidence_for": ("identity",),
        "identity_evidence": (ScannedDocument("Passport", (page,)),),
    }
    for name, form_id, key in PAGES:
        _advance(form, form_id, key, forced)
        if key == "identity_evidence" and form.journey.answer is not None:
            form.journey.answer.set_raw(forced[key])
        check_screen(site_kiosk, f"forms-{name}-{language}", language)
        if name == "postcode-address":
            form.go_on()  # nothing entered yet: the error summary
            check_screen(site_kiosk, f"forms-error-summary-{language}", language)
            _assert_red_bar_on_the_reading_side(site_kiosk, form, language)
        if name == "check-answers":
            site_kiosk.tap("formContinue")
            site_kiosk.qtbot.waitUntil(lambda: form.journey.finalised is not None, timeout=10000)
            site_kiosk.qtbot.waitUntil(
                lambda: form.journey.print_state != "printing", timeout=20000
            )
            check_screen(site_kiosk, f"forms-confirmation-{language}", language)
        site_kiosk.tap("homeButton")
