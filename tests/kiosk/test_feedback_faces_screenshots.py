"""The feedback faces on the journeys' last pages, rendered to build/screens/ for review.

feedback-faces-{en,ur,bn}.png show the ticket confirmation with the faces; the others show
the thanks after a tap, the comment box open, each journey's last page, the larger-text and
high-contrast looks, and a 1280-wide screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from core.config import TerminalConfig
from tests.conftest import ROOT
from tests.kiosk.conftest import KioskUnderTest
from tests.kiosk.conftest import check_screen as check_and_save
from tests.kiosk.test_feedback_after_journeys import (
    JOURNEYS,
    Walk,
    make_faces_kiosk,
    tap_face,
    to_form_done,
    to_ticket_done,
)
from tests.site_terminal import Wall
from ui.feedback_faces import FACE_INSET, FaceButton

pytestmark = pytest.mark.qt


@pytest.fixture
def faces_kiosk(
    qtbot: QtBot,
    demo_config: TerminalConfig,
    data_dir: Path,
    wall: Wall,
) -> Iterator[KioskUnderTest]:
    """The site kiosk with the feedback faces on each journey's last page."""
    yield from make_faces_kiosk(qtbot, demo_config, data_dir, wall)


def check_screen(kiosk: KioskUnderTest, name: str, language: str) -> None:
    """Let the page settle first: a word rewrapped for its face's final width changes the
    face's height, which takes a turn or two of the event loop to lay out."""
    for _ in range(3):
        QApplication.processEvents()
    check_and_save(kiosk, name, language)


def choose_language(kiosk: KioskUnderTest, language: str) -> None:
    if language != "en":
        kiosk.tap("languageButton")
        kiosk.tap(f"language_{language}")


def on_screen(kiosk: KioskUnderTest, widget: QWidget) -> bool:
    """True when the whole widget is inside the visible part of its page (no scrolling)."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    assert parent is not None
    viewport = parent.viewport()
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(top_left) and viewport.rect().contains(
        top_left + QPoint(widget.width() - 1, widget.height() - 1)
    )


def x_of(widget: QWidget) -> int:
    return widget.mapToGlobal(QPoint(0, 0)).x()


@pytest.mark.parametrize("language", ["en", "ur", "bn"])
def test_the_faces_on_the_ticket_page(faces_kiosk: KioskUnderTest, language: str) -> None:
    """Five big faces with their words, above Done, all on the 1080p screen; mirrored in Urdu."""
    kiosk = faces_kiosk
    choose_language(kiosk, language)
    to_ticket_done(kiosk)
    check_screen(kiosk, f"feedback-faces-{language}", language)  # saved first, to look at
    faces = [kiosk.find(f"ticketFeedbackFace_{r}") for r in range(1, 6)]
    for face in faces:
        assert face.width() >= 96 and face.height() >= 96
        assert isinstance(face, QAbstractButton) and face.accessibleName()
        assert on_screen(kiosk, face), face.objectName()
    assert on_screen(kiosk, kiosk.find("ticketDoneButton"))
    worst, best = faces[0], faces[-1]
    if language == "ur":
        assert x_of(worst) > x_of(best)  # read from the right
    else:
        assert x_of(worst) < x_of(best)

    tap_face(kiosk, "ticketFeedback", 4)
    check_screen(kiosk, f"feedback-faces-thanks-{language}", language)
    assert on_screen(kiosk, kiosk.find("ticketFeedbackAddComment"))
    kiosk.tap("ticketFeedbackAddComment")
    kiosk.qtbot.waitUntil(lambda: on_screen(kiosk, kiosk.find("ticketFeedbackSendComment")))
    check_screen(kiosk, f"feedback-faces-comment-{language}", language)


@pytest.mark.parametrize(("journey", "walk", "name", "finish"), [j[:3] + j[4:] for j in JOURNEYS])
def test_each_last_page_fits_with_its_faces(
    faces_kiosk: KioskUnderTest, journey: str, walk: Walk, name: str, finish: str
) -> None:
    """Every journey's last page shows its faces and its finish button without scrolling."""
    kiosk = faces_kiosk
    walk(kiosk)
    check_screen(kiosk, f"feedback-faces-{journey}-en", "en")
    for rating in range(1, 6):
        assert on_screen(kiosk, kiosk.find(f"{name}Face_{rating}")), rating
    finish_button = kiosk.find(finish)
    assert finish_button.isVisible()
    if journey != "form":  # the form's Finish sits under its page, always in view
        assert on_screen(kiosk, finish_button)


@pytest.mark.parametrize("look", ["large", "contrast"])
def test_the_faces_in_each_look(faces_kiosk: KioskUnderTest, look: str) -> None:
    """Larger text and high contrast, on a ticket; and a form's faces, made after the look
    was chosen, drawn in its ink too."""
    kiosk = faces_kiosk
    button = "textSizeButton" if look == "large" else "contrastButton"
    kiosk.find(button).setChecked(True)  # type: ignore[attr-defined]
    to_ticket_done(kiosk)
    check_screen(kiosk, f"feedback-faces-{look}-en", "en")
    to_form_done_after_home(kiosk, button)  # its faces are made now, after the look was chosen
    check_screen(kiosk, f"feedback-faces-form-{look}-en", "en")
    if look == "contrast":
        face = kiosk.find("formFeedbackFace_1")
        assert isinstance(face, QAbstractButton)
        image = face.icon().pixmap(48, 48).toImage()
        inks = {image.pixelColor(x, y).name() for x in range(48) for y in range(48)}
        assert "#ffff00" in inks and "#1d2a3a" not in inks  # yellow on black, as the tiles


def to_form_done_after_home(kiosk: KioskUnderTest, button: str) -> None:
    """Done, then the next resident chooses the same look and fills a form."""
    kiosk.tap("ticketDoneButton")
    kiosk.find(button).setChecked(True)  # type: ignore[attr-defined]
    to_form_done(kiosk)


@pytest.mark.parametrize("language", ["en", "bn"])
def test_the_faces_on_a_1280_wide_kiosk(faces_kiosk: KioskUnderTest, language: str) -> None:
    """On a 1280-wide screen the question goes above the faces and every word fits.

    (1024 tall: the home screen and the language picker need that much today.)
    """
    kiosk = faces_kiosk
    kiosk.window.resize(1280, 1024)
    kiosk.qtbot.waitUntil(lambda: kiosk.window.size().toTuple() == (1280, 1024))
    choose_language(kiosk, language)
    to_ticket_done(kiosk)
    for _ in range(3):
        QApplication.processEvents()
    question = kiosk.find("ticketFeedbackQuestion")
    faces = [kiosk.find(f"ticketFeedbackFace_{r}") for r in range(1, 6)]
    assert question.mapToGlobal(QPoint(0, 0)).y() < faces[0].mapToGlobal(QPoint(0, 0)).y()
    for face in faces:
        assert isinstance(face, FaceButton)
        assert face.width() >= 96 and face.height() >= 96
        assert face.height() >= face.sizeHint().height(), face.word  # no line cut off
        for line in face.text().split("\n"):
            if " " in line:  # a single word longer than the face has nowhere to wrap
                assert face.fontMetrics().horizontalAdvance(line) <= face.width() - FACE_INSET
    path = ROOT / "build" / "screens" / f"feedback-faces-1280-{language}.png"
    assert kiosk.window.grab().save(str(path))
