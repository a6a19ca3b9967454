"""Single resident actions for the stateful tests: tap what is there, type into what is there.

Where the soak walks each journey the sensible way, these act on whatever the kiosk shows:
any button a resident could tap, any text field they could type into, with any text at
all. After each action the kiosk is let settle: every background save or print has
delivered its result, so what the screen says can be compared with the journal.
"""

from __future__ import annotations

from collections import Counter
from itertools import count

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QAbstractButton, QLineEdit, QPlainTextEdit, QWidget

from tests.evidence.resident_journeys import wait_until
from tests.evidence.resident_typing import Field, field_text, keyboard_type, keys_type
from tests.kiosk.conftest import KioskUnderTest
from ui.background import operations_running

# Staff sign-in is the Kiosk escape suite's; a resident has no card or PIN.
NOT_FOR_RESIDENTS = ("staff",)
KEY_BY_KEY_LIMIT = 300  # longer answers go in as the keyboard's bulk commits (a paste)
BULK = 1000


def settle() -> None:
    """Wait until no background operation is pending, then run what they queued."""
    wait_until(lambda: operations_running() == 0)
    app = QCoreApplication.instance()
    assert app is not None
    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _unique(names: list[str]) -> list[str]:
    counts = Counter(names)
    return sorted(name for name, n in counts.items() if n == 1 and name)


def tappable(root: QWidget) -> list[str]:
    """Names of the buttons a resident can tap now: on screen, enabled, named once."""
    return _unique(
        [
            b.objectName()
            for b in root.findChildren(QAbstractButton)
            if b.isVisible()
            and b.isEnabled()
            and not b.objectName().lower().startswith(NOT_FOR_RESIDENTS)
        ]
    )


def typeable(root: QWidget) -> list[str]:
    """Names of the text fields a resident can type into now."""
    fields: list[QWidget] = [*root.findChildren(QLineEdit), *root.findChildren(QPlainTextEdit)]
    return _unique(
        [
            f.objectName()
            for f in fields
            if isinstance(f, QLineEdit | QPlainTextEdit)
            and f.isVisible()
            and f.isEnabled()
            and not f.isReadOnly()
        ]
    )


def type_text(kiosk: KioskUnderTest, name: str, text: str, how: str) -> str:
    """Type ``text`` into field ``name``: ``keyboard`` (the on-screen keyboard, key by key),
    ``keys`` (key presses) or ``paste`` (one commit). Returns what the field then holds."""
    field = kiosk.find(name)
    assert isinstance(field, QLineEdit | QPlainTextEdit), name
    typing: Field = field
    if how == "paste" or len(text) > KEY_BY_KEY_LIMIT:
        keyboard_type(typing, text, chunk=BULK)
    elif how == "keys":
        keys_type(typing, text)
    else:
        keyboard_type(typing, text)
    return field_text(typing)


# -- whole things a resident came to do, with answers the caller generates ------------------
# Each types its answers after a marker (see ``Marked``) and returns, once the kiosk says
# what happened, or leaves the resident where the kiosk stopped them (a problem shown).

_markers = count(1)


class Marked:
    """Typed text with a unique marker in front, so a wipe can be checked for it.

    Only markers a field kept (a field may refuse or cut what is typed) are remembered.
    """

    def __init__(self) -> None:
        self.kept: list[str] = []

    def type(self, kiosk: KioskUnderTest, name: str, text: str, how: str) -> None:
        marker = f"Qz{next(_markers)}q"
        if marker in type_text(kiosk, name, marker + text, how):
            self.kept.append(marker)


def start_journey(kiosk: KioskUnderTest, tile: str, first_page: str) -> bool:
    """Tap a home tile; True if the journey starts at ``first_page``.

    Within one visit a journey left half way (or finished) is shown where it was left.
    """
    kiosk.tap(f"homeTile_{tile}")
    return kiosk.window.current.current_page == first_page


def send_question(
    kiosk: KioskUnderTest,
    marked: Marked,
    choice: int,
    reply_by: str,
    answers: dict[str, str],
    how: str,
) -> None:
    """The guided form "Ask the council a question", answered as given."""
    window = kiosk.window
    if not start_journey(kiosk, "forms", "forms"):
        return
    kiosk.tap("formTile_ask-a-question")
    kiosk.tap("formContinue")  # Start now
    for _ in range(12):
        page = window.current.current_page
        question = page.rsplit("/", 1)[-1]
        if question == "check":
            kiosk.tap("formContinue")  # Accept and send
            return
        if question == "reply_by":
            kiosk.tap(f"answer_reply_by_{reply_by}")
        elif question == "service":
            options = [n for n in tappable(window) if n.startswith("answer_service_")]
            kiosk.tap(options[choice % len(options)])
        elif question in answers:
            marked.type(kiosk, f"answer_{question}", answers[question], how)
        kiosk.tap("formContinue")
        if window.current.current_page == page:
            return  # the page says what is wrong; the resident is left there


def give_feedback(
    kiosk: KioskUnderTest, marked: Marked, service: int, rating: int, comment: str, how: str
) -> None:
    """The feedback journey: a service, a rating, the comment given, then Send."""
    window = kiosk.window
    if not start_journey(kiosk, "feedback", "feedback/service"):
        return
    services = [n for n in tappable(window) if n.startswith("service_")]
    kiosk.tap(services[service % len(services)])
    kiosk.tap("continueButton")
    kiosk.tap(f"rating_{rating}")
    kiosk.tap("continueButton")
    marked.type(kiosk, "commentBox", comment, how)
    kiosk.tap("continueButton")
    if window.current.current_page == "feedback/check":
        kiosk.tap("continueButton")  # Send feedback
