"""Guided-form figures: tap to next page rendered, and validate-and-seal a submission.

Tap to next page: the longest catalogue form is walked on the real ``FormJourney``
(offscreen), timing Continue until the next page has been painted. The baseline, in the
same run and process, is a bare ``QStackedWidget`` switching between two prebuilt pages
of a heading, a hint and a text box, then painting.

Validate and seal: ``FormSubmissions.finalise`` on that form's answers (every shown
question checked again, the JSON sealed to the council key, ``submission.finalised``
appended to a real SQLite journal). The baseline seals the same JSON with a bare libsodium
sealed box and INSERTs one row with raw sqlite3 (WAL, synchronous=FULL).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path

from benchmarks.appends import RAW_INSERT, RAW_SCHEMA
from benchmarks.queue import Timing
from core.catalogue import load_catalogue
from core.config import DEMO_CATALOGUE, load_config
from core.form_catalogue import load_form_catalogue
from core.form_definition import FormDefinition
from core.form_flow import StepKind
from core.form_submission import FormSubmissions, submission_content
from core.form_walk import walk
from devices.scan_pipeline import ScanPipeline
from store.connection import PRAGMAS
from store.journal import SqliteJournal
from sync.sealing import CouncilSealer

TODAY = date(2026, 11, 23)
ROW = "{:<46}{:<30}{:<26}{}"


def longest_form() -> FormDefinition:
    """The catalogue form whose ordinary path has the most pages."""
    codes = [s.code for s in load_catalogue(DEMO_CATALOGUE).services]
    forms = load_form_catalogue(DEMO_CATALOGUE.parent, codes).forms
    return max(forms, key=lambda f: len(walk(f, TODAY, add_entries=1).pages))


def measure_page_turns(rounds: int = 8) -> Timing:
    """Continue to the next page painted, against a bare QStackedWidget page switch."""
    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QLineEdit,
        QStackedWidget,
        QVBoxLayout,
        QWidget,
    )

    import main
    from kiosk.form_pages import FormJourney
    from ui.theme import Look, apply_theme

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    apply_theme(app, Look(), "en")
    definition = longest_form()
    path = walk(definition, TODAY, add_entries=1)
    timing = Timing(f"tap to next page ({definition.id})")
    config = load_config(None)
    with tempfile.TemporaryDirectory() as folder:
        journal = SqliteJournal(Path(folder), "bench-kiosk", config.site)
        sealer = CouncilSealer(config.council_public_key)
        services = main.compose_forms(config, journal, sealer, load_catalogue(DEMO_CATALOGUE))
        writer = ThreadPoolExecutor(max_workers=1)
        window = QWidget()
        window.resize(1920, 1080)
        layout = QVBoxLayout(window)
        window.show()
        for _ in range(rounds):
            # As the kiosk does: analytics written off the UI thread.
            session, log = services.begin(definition.id, "en", post=writer.submit)
            journey = FormJourney(services, session, log, window)
            layout.addWidget(journey)
            journey.show()
            app.processEvents()
            for _page in range(len(path.pages) * 2):
                step = session.step
                if step.kind in (StepKind.CHECK, StepKind.OUTCOME):
                    break
                if step.kind is StepKind.ENTRIES:
                    session.choose_add_another("no")
                elif step.kind is StepKind.QUESTION and journey.answer is not None:
                    journey.answer.set_raw(path.choices.get(step.key))
                start = time.perf_counter()
                journey.go_on()
                window.repaint()
                timing.ours_ms.append((time.perf_counter() - start) * 1000)
            journey.setParent(None)
            journey.deleteLater()
            app.processEvents()
        writer.shutdown(wait=True)
        journal.close()

        bare = QStackedWidget(window)
        for index in range(2):
            page = QWidget()
            box = QVBoxLayout(page)
            box.addWidget(QLabel(f"What is the answer to question {index}?"))
            box.addWidget(QLabel("A hint under the question."))
            box.addWidget(QLineEdit())
            bare.addWidget(page)
        layout.addWidget(bare)
        bare.show()
        app.processEvents()
        for turn in range(len(timing.ours_ms)):
            start = time.perf_counter()
            bare.setCurrentIndex((turn + 1) % 2)
            window.repaint()
            timing.bare_ms.append((time.perf_counter() - start) * 1000)
        window.close()
    return timing


def measure_validate_and_seal(runs: int = 50) -> Timing:
    """finalise() against sealing the same JSON and one raw INSERT."""
    from nacl.public import PublicKey, SealedBox

    config = load_config(None)
    sealer = CouncilSealer(config.council_public_key)
    definition = longest_form()
    timing = Timing(f"validate and seal ({definition.id})")
    with tempfile.TemporaryDirectory() as folder:
        journal = SqliteJournal(Path(folder), "bench-kiosk", config.site)
        submissions = FormSubmissions(
            journal, sealer, lambda: datetime(2026, 11, 23, 10), bind=ScanPipeline().bind
        )
        for _ in range(runs):
            session = walk(definition, TODAY, add_entries=1).session
            assert session is not None
            start = time.perf_counter()
            submissions.finalise(session)
            timing.ours_ms.append((time.perf_counter() - start) * 1000)
        journal.close()
        session = walk(definition, TODAY, add_entries=1).session
        assert session is not None
        plaintext = json.dumps(submission_content(session)[0], sort_keys=True).encode()
        import base64

        box = SealedBox(PublicKey(base64.b64decode(config.council_public_key)))
        conn = sqlite3.connect(Path(folder) / "raw.db", isolation_level=None)
        for pragma in PRAGMAS:
            conn.execute(pragma)
        for statement in RAW_SCHEMA:
            conn.execute(statement)
        for seq in range(1, runs + 1):
            start = time.perf_counter()
            sealed = base64.b64encode(box.encrypt(plaintext)).decode()
            conn.execute(
                RAW_INSERT,
                (
                    str(uuid.uuid4()),
                    "raw",
                    seq,
                    f"{seq:015d}-000000",
                    "site",
                    "submission.finalised",
                    "central",
                    json.dumps({"answers": sealed}),
                    datetime.now().isoformat(),
                ),
            )
            timing.bare_ms.append((time.perf_counter() - start) * 1000)
        conn.close()
    return timing


def forms_table(timings: list[Timing]) -> str:
    """The form rows for people to read."""
    baselines = ("bare QStackedWidget switch", "bare seal + raw INSERT")
    lines = ["", "guided forms (same run; ratio is p95 over the baseline's p95)"]
    lines.append(ROW.format("figure", "baseline p95", "civic-kiosk", "ratio"))
    for t, bare in zip(timings, baselines, strict=True):
        lines.append(
            ROW.format(
                f"{t.name} (n={len(t.ours_ms)})",
                f"{t.p(0.95, bare=True):.1f} ms {bare}",
                f"p50 {t.p(0.5):.1f} p95 {t.p(0.95):.1f} ms",
                f"{t.ratio(0.95):.2f}×",
            )
        )
    return "\n".join(lines)


def forms_figures(timings: list[Timing]) -> list[dict[str, float | str]]:
    """The same figures for build/bench.json."""
    return [
        {
            "figure": t.name,
            "p50_ms": t.p(0.5),
            "p95_ms": t.p(0.95),
            "bare_p95_ms": t.p(0.95, bare=True),
            "ratio_p95": t.ratio(0.95),
        }
        for t in timings
    ]


def measure_forms() -> list[Timing]:
    """Both figures."""
    return [measure_page_turns(), measure_validate_and_seal()]


if __name__ == "__main__":
    print(forms_table(measure_forms()))
