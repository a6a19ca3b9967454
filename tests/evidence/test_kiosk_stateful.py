"""Hypothesis plays residents at the real kiosk: any taps, any text, in any order.

A rule-based state machine acts on the in-process kiosk (offscreen, real SQLite journal)
as residents can: tap any button on screen, go back, start again, type any text at all
(odd Unicode, control and bidi characters, huge pastes) into any field on the on-screen
keyboard or with keys, pick a language (Bengali, right-to-left Urdu...), take a ticket,
send a guided form with generated answers, give feedback with a generated comment, walk
away until the idle wipe, or ask for more time.

After every action, once the kiosk has settled: it is on a real screen; no exception was
raised in Qt code and Qt logged no warning; every outcome the kiosk told a resident about
(ticket, form reference, feedback...) is in the journal exactly once and nothing is there
that no one was told of; and after a visit ends nothing typed in it is left anywhere in the
window, not even in a field's undo history.
"""

from __future__ import annotations

import gc
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, seed, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from core.languages import LANGUAGE_CODES
from evidence.figures import at_scale, record
from kiosk.home import HomeScreen
from tests.evidence.resident_actions import (
    Marked,
    give_feedback,
    send_question,
    settle,
    start_journey,
    tappable,
    typeable,
)
from tests.evidence.resident_journeys import Visit, take_ticket, wait_until
from tests.evidence.resident_oracle import Outcome, differences, recorded, told
from tests.evidence.resident_typing import field_text
from tests.evidence.soak_kiosk import data_folder, evidence_seed, open_kiosk
from tests.evidence.soak_sessions import end_visit, undo_left
from tests.kiosk.conftest import visible_texts
from tests.site_terminal import Wall

pytestmark = pytest.mark.qt

SUITE = "Bad input"
EXAMPLES = at_scale(ci=8, full=40)
STEPS = at_scale(ci=25, full=40)
LANGUAGES = LANGUAGE_CODES  # the demo kiosk offers them all: Bengali, Urdu (right to left)...
WARNINGS = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)

# Text residents might type or paste: anything, the awkward on purpose, and far too much.
AWKWARD = st.sampled_from(
    [
        "",
        " ",
        "\u200b\u200b",
        "\u202eevil\u202c",
        "\x00\x07\x1b[2J",
        "line\nbreak\ttab",
        "😀👍🏽👨‍👩‍👧",
        "Z̷̢̛a̵͓͝l̶̰̈g̸̱̊o̵̪͠",
        "\ufeffbom",
        "দীপঙ্কর হাসান",
        "ٹیسٹ خدمت",
        "'; DROP TABLE events;--",
        "%s%n{0}%1",
        "<b>bold</b> &amp; <img src=x>",
        "TH-9QX4R",
        "40012345",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=40),
    AWKWARD,
    st.text(min_size=100, max_size=1500),
    st.builds(lambda c, n: c * n, st.characters(), st.integers(5_000, 100_000)),
)
TYPING = st.sampled_from(["keyboard", "keys", "paste"])
CONTACTS = st.one_of(st.emails(), st.from_regex(r"0[1-9]\d{3} ?\d{6}", fullmatch=True), TEXTS)


@dataclass
class Bench:
    """What every example needs (the test's Qt bot, config, a folder) and what it counts."""

    qtbot: QtBot
    config: TerminalConfig
    folder: Path
    warnings_seen: Callable[[], list[str]]
    examples: int = 0
    steps: int = 0
    outcomes: int = 0


class ResidentsAtTheKiosk(RuleBasedStateMachine):
    """Each example is a fresh kiosk with an empty journal, so any failure replays."""

    bench: Bench

    def __init__(self) -> None:
        super().__init__()
        bench = self.bench
        bench.examples += 1
        data = Path(tempfile.mkdtemp(dir=bench.folder))
        self._open = open_kiosk(bench.qtbot, bench.config, data, Wall())
        self.kiosk = next(self._open)
        self.window = self.kiosk.window
        self.wipes = 0
        self.window.wiped.connect(self._wiped)
        # Every screen built (it happens just after the first paint), as before a resident.
        home = self.window.home
        assert isinstance(home, HomeScreen)
        wait_until(lambda: all(j in self.window.screens for j in home.tiles))
        settle()
        self.told: set[Outcome] = set()
        self.marked = Marked()
        self.checked_wipes = 0

    def _wiped(self) -> None:
        self.wipes += 1

    def teardown(self) -> None:
        self.bench.outcomes += len(self.told)
        next(self._open, None)  # close the window and the journal

    def act(self, action: Callable[[], object]) -> None:
        """Do one thing as a resident, let the kiosk settle, and fail on any Qt error."""
        self.bench.steps += 1
        with self.kiosk.qtbot.captureExceptions() as caught:
            action()
            settle()
        assert not caught, f"exception in Qt code: {caught[0][1]!r}"
        warned = self.bench.warnings_seen()
        assert warned == [], warned

    def held_in(self, name: str) -> str:
        box = self.kiosk.find(name)
        assert isinstance(box, QLineEdit | QPlainTextEdit)
        return field_text(box)

    # -- anything on screen ----------------------------------------------------------------

    @rule(data=st.data())
    def tap_something(self, data: st.DataObject) -> None:
        names = tappable(self.window)
        if names:
            name = data.draw(st.sampled_from(names), label="tap")
            self.act(lambda: self.kiosk.tap(name))

    @rule(data=st.data(), text=TEXTS, how=TYPING)
    def type_something(self, data: st.DataObject, text: str, how: str) -> None:
        names = typeable(self.window)
        if names:
            name = data.draw(st.sampled_from(names), label="field")
            self.act(lambda: self.marked.type(self.kiosk, name, text, how))

    @precondition(lambda self: self.window.back_button.isVisible())
    @rule()
    def go_back(self) -> None:
        self.act(lambda: self.kiosk.tap("backButton"))

    @precondition(lambda self: self.window.language_button.isVisible())
    @rule(code=st.sampled_from(LANGUAGES))
    def pick_language(self, code: str) -> None:
        def pick() -> None:
            self.kiosk.tap("languageButton")
            self.kiosk.tap(f"language_{code}")

        self.act(pick)
        assert self.window.language == code

    # -- whole things a resident came to do ---------------------------------------------------

    @precondition(lambda self: self.window.current.screen_name == "home")
    @rule(rng=st.randoms(use_true_random=False))
    def take_a_ticket(self, rng: random.Random) -> None:
        visit = Visit(self.kiosk, rng)

        def take() -> None:
            if start_journey(self.kiosk, "ticket", "ticket/service"):
                self.kiosk.tap("homeButton")  # the journey walks from home
                take_ticket(visit)

        self.act(take)
        self.marked.kept += visit.typed

    @precondition(lambda self: self.window.current.screen_name == "home")
    @rule(
        choice=st.integers(0, 20),
        question=TEXTS,
        reply_by=st.sampled_from(["email", "phone"]),
        name=TEXTS,
        contact=CONTACTS,
        how=TYPING,
    )
    def send_a_question(
        self, choice: int, question: str, reply_by: str, name: str, contact: str, how: str
    ) -> None:
        answers = {"question": question, "full_name": name, reply_by: contact}
        self.act(lambda: send_question(self.kiosk, self.marked, choice, reply_by, answers, how))

    @precondition(lambda self: self.window.current.screen_name == "home")
    @rule(service=st.integers(0, 20), rating=st.integers(1, 5), comment=TEXTS, how=TYPING)
    def give_feedback(self, service: int, rating: int, comment: str, how: str) -> None:
        self.act(lambda: give_feedback(self.kiosk, self.marked, service, rating, comment, how))

    # -- walking away -------------------------------------------------------------------------

    @precondition(lambda self: self.window.visit_active)
    @rule()
    def walk_away(self) -> None:
        self.act(lambda: end_visit(self.kiosk, "walked away", ""))

    @precondition(lambda self: self.window.visit_active)
    @rule()
    def ask_for_more_time(self) -> None:
        window, config = self.window, self.kiosk.services.config
        page = window.current.current_page
        fields = {n: self.held_in(n) for n in typeable(window)}

        def more_time() -> None:
            window.idle.set_timeout(1)
            wait_until(window.idle_prompt.isVisible)
            self.kiosk.tap("moreTimeButton")
            window.idle.set_timeout(config.idle_timeout_s * 1000)

        self.act(more_time)
        assert window.current.current_page == page
        assert {n: self.held_in(n) for n in fields} == fields

    # -- what must always hold ------------------------------------------------------------------

    @invariant()
    def on_a_real_screen(self) -> None:
        window = self.window
        screen = window.current
        assert window.isVisible() and screen in window.screens.values()
        assert screen.current_page.startswith(screen.screen_name), screen.current_page
        assert not window.idle_prompt.isVisible()
        at_home = screen.screen_name == "home"
        assert window.back_button.isVisible() == window.home_button.isVisible() != at_home

    @invariant()
    def the_journal_holds_what_residents_were_told(self) -> None:
        self.told |= told(self.window)
        assert differences(self.told, recorded(self.kiosk.journal, 0)) == []

    @invariant()
    def a_finished_visit_leaves_nothing(self) -> None:
        if self.wipes == self.checked_wipes:
            return
        self.checked_wipes = self.wipes
        texts = visible_texts(self.window)
        left = [t for t in self.marked.kept if any(t in shown for shown in texts)]
        self.marked.kept = []
        assert left == [], f"typed text {left} is still in the window after the visit"
        assert undo_left(self.window) == [], "Undo would bring a resident's text back"
        assert self.window.language == self.kiosk.services.config.default_language
        assert self.window.current.screen_name == "home"


@pytest.mark.timeout(3600)
def test_no_run_of_resident_actions_breaks_the_kiosk(
    qtbot: QtBot, demo_config: TerminalConfig, tmp_path: Path, qtlog: object
) -> None:
    records = getattr(qtlog, "records")  # noqa: B009  (pytest-qt's capture has no public type)
    seen = len(records)

    def warnings_seen() -> list[str]:
        nonlocal seen
        new, seen = records[seen:], len(records)
        return [r.message for r in new if r.type in WARNINGS and not r.ignored]

    assert set(demo_config.languages) == set(LANGUAGES) and {"bn", "ur"} <= set(LANGUAGES)
    run_seed = evidence_seed()
    print(f"\nstateful seed {run_seed} (EVIDENCE_SEED={run_seed} replays it)")
    failed = 0
    with data_folder(tmp_path) as folder:
        bench = Bench(qtbot, demo_config, folder, warnings_seen)
        ResidentsAtTheKiosk.bench = bench
        try:
            run_state_machine_as_test(
                seed(run_seed)(ResidentsAtTheKiosk),
                settings=settings(
                    max_examples=EXAMPLES,
                    stateful_step_count=STEPS,
                    deadline=None,
                    database=None,
                    print_blob=True,
                    suppress_health_check=list(HealthCheck),
                ),
            )
        except BaseException:
            failed = 1
            raise
        finally:
            _record(bench, failed, run_seed)
            gc.collect()  # the last example's window, for pytest-qt's closing (see open_kiosk)


def _record(bench: Bench, failed: int, run_seed: int) -> None:
    how = (
        f"Hypothesis rule-based state machine, a fresh real kiosk per example (seed {run_seed}): "
        "taps, generated text typed anywhere, languages, tickets, forms, feedback, idle wipes"
    )
    record(SUITE, "stateful examples", bench.examples, unit="examples", how=how)
    record(SUITE, "stateful steps", bench.steps, unit="actions", how=f"{how}; actions taken")
    record(
        SUITE,
        "stateful failures found",
        failed,
        unit="failures",
        target="0",
        met=failed == 0,
        how=f"{how}; checked after every action: a real screen, no Qt exception or warning, "
        "the journal agrees with what residents were told, nothing typed left after a visit",
    )
    print(f"{bench.examples} examples, {bench.steps} actions, {bench.outcomes} outcomes told")
