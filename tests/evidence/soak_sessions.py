"""One resident session on the soak's kiosk: a language, a journey, and the end of the visit.

Sessions rotate through every journey, every language the kiosk offers (Bengali and
right-to-left Urdu among them) and every way a visit ends: the journey's own Finish,
"Start again" then walking away, walking away (the idle prompt times out) and "No, I have
finished" on the idle prompt. After each, nothing the resident typed may be left anywhere
in the window.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from tests.evidence.resident_journeys import JOURNEYS, WAIT_MS, Visit, wait_until
from tests.evidence.resident_oracle import Outcome, told
from tests.kiosk.conftest import KioskUnderTest, visible_texts

ENDINGS = ("finish", "start again", "walked away", "no more time")
SHORT_MS = 1  # the idle timeout and grace for a resident who walks away (no sleeping)


LANGUAGE_EVERY = 5  # one visit in five changes language: a restyle of every widget, twice


@dataclass(frozen=True)
class Plan:
    """What session ``index`` does.

    The journeys come round in turn; every fifth visit is in another language, those
    languages in turn (5 and 6 share no factor, so each journey meets each language); and
    each journey ends each way in turn. Every combination has come round after 150 visits.
    """

    journey: str
    language: str
    ending: str

    @staticmethod
    def for_session(index: int, languages: tuple[str, ...], default: str) -> Plan:
        journeys = list(JOURNEYS)
        others = [code for code in languages if code != default]
        changes = index % LANGUAGE_EVERY == LANGUAGE_EVERY - 1
        return Plan(
            journeys[index % len(journeys)],
            others[(index // LANGUAGE_EVERY) % len(others)] if changes and others else default,
            ENDINGS[(index // len(journeys)) % len(ENDINGS)],
        )


def undo_left(root: QWidget) -> list[str]:
    """The names of text fields whose undo history still holds something (an earlier text)."""
    left = [w.objectName() for w in root.findChildren(QLineEdit) if w.isUndoAvailable()]
    left += [
        w.objectName() for w in root.findChildren(QPlainTextEdit) if w.document().isUndoAvailable()
    ]
    return left


def choose_language(kiosk: KioskUnderTest, code: str) -> None:
    """Tap Language and the language's button, as a resident would."""
    if kiosk.window.language == code:
        return
    kiosk.tap("languageButton")
    kiosk.tap(f"language_{code}")
    assert kiosk.window.language == code


def end_visit(kiosk: KioskUnderTest, how: str, finish: str) -> None:
    """End the visit as ``how`` says, and wait until the kiosk is home, wiped."""
    window = kiosk.window
    config = kiosk.services.config
    if how == "finish":
        kiosk.tap(finish)
    else:
        if how == "start again":
            # Home, with this journey wiped; the visit (and its language) goes on until the
            # resident walks away from the home screen.
            kiosk.tap("homeButton")
            assert window.current.screen_name == "home"
        window.idle_prompt.set_grace(60_000 if how == "no more time" else SHORT_MS)
        with kiosk.qtbot.waitSignal(window.wiped, timeout=WAIT_MS):
            window.idle.set_timeout(SHORT_MS)
            if how == "no more time":
                wait_until(window.idle_prompt.isVisible)
                kiosk.tap("idleFinishButton")
        window.idle.set_timeout(config.idle_timeout_s * 1000)
        window.idle_prompt.set_grace(config.idle_grace_s * 1000)
    wait_until(lambda: window.current.screen_name == "home")


def run_session(kiosk: KioskUnderTest, index: int, rng: random.Random) -> set[Outcome]:
    """Session ``index``: its language, its journey, its ending; then check the wipe.

    Returns what the resident was told the kiosk had done (see resident_oracle).
    """
    config = kiosk.services.config
    plan = Plan.for_session(index, config.languages, config.default_language)
    visit = Visit(kiosk, rng)
    choose_language(kiosk, plan.language)
    finish = JOURNEYS[plan.journey](visit)
    shown = told(kiosk.window)
    ending = plan.ending
    if finish == "homeButton" and ending == "finish":
        ending = "start again"  # nothing was done, so there is no Finish button
    end_visit(kiosk, ending, finish)
    window = kiosk.window
    assert window.language == config.default_language
    left = [t for t in visit.typed if any(t in shown for shown in visible_texts(window))]
    assert not left, f"session {index} ({plan}): {left} still on the kiosk after the wipe"
    undo = undo_left(window)
    assert not undo, f"session {index} ({plan}): Undo in {undo} would bring text back"
    return shown
