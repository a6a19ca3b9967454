"""BarcodeWedge: a scanner's burst becomes a code; a person's typing reaches the field intact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui.barcode_wedge import BarcodeWedge

BOOKING = "CK1:APPT:TH-4K7Q2"
Mods = Qt.KeyboardModifier


class RecordingField(QLineEdit):
    """A text field that also notes each key press it is given (key, text, modifiers)."""

    def __init__(self) -> None:
        super().__init__()
        self.presses: list[tuple[int, str, Mods]] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Record the press, then type it as usual."""
        self.presses.append((event.key(), event.text(), event.modifiers()))
        super().keyPressEvent(event)


@pytest.fixture
def field(qtbot: QtBot) -> Iterator[RecordingField]:
    """A focused text field in a shown, active window."""
    window = QWidget()
    window.setObjectName("checkInWindow")
    qtbot.addWidget(window)
    line = RecordingField()
    line.setParent(window)
    line.setObjectName("bookingReferenceField")
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    line.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is line)
    yield line  # the window stays referenced, and so alive, until the test ends


@pytest.fixture
def wedge(qapp: QApplication) -> Iterator[BarcodeWedge]:
    """An enabled wedge watching every key in the application."""
    made = BarcodeWedge()
    made.enabled = True
    qapp.installEventFilter(made)
    yield made
    qapp.removeEventFilter(made)
    made.enabled = False


def key_for(char: str) -> tuple[int, Mods]:
    """The Qt key and modifiers a US keyboard (or a wedge scanner) sends for ``char``."""
    if char.isascii() and char.isalpha():
        return ord(char.upper()), Mods.ShiftModifier if char.isupper() else Mods.NoModifier
    return (ord(char) if char.isascii() else Qt.Key.Key_unknown), Mods.NoModifier


def send(target: QWidget, kind: QEvent.Type, key: int, text: str, mods: Mods, at_ms: int) -> None:
    """Deliver one key event with its timestamp, as the platform would."""
    event = QKeyEvent(kind, key, mods, text)
    event.setTimestamp(at_ms)
    QApplication.sendEvent(target, event)


def type_text(target: QWidget, text: str, gap_ms: int, start: int = 10_000) -> int:
    """Press and release each character ``gap_ms`` apart; returns the time of the last key."""
    at = start
    for char in text:
        at += gap_ms
        key, mods = key_for(char)
        send(target, QEvent.Type.KeyPress, key, char, mods, at)
        send(target, QEvent.Type.KeyRelease, key, char, mods, at + 1)
    return at


def press_enter(target: QWidget, at_ms: int) -> None:
    """Press and release Enter."""
    send(target, QEvent.Type.KeyPress, Qt.Key.Key_Return, "\r", Mods.NoModifier, at_ms)
    send(target, QEvent.Type.KeyRelease, Qt.Key.Key_Return, "\r", Mods.NoModifier, at_ms + 1)


def test_a_scanner_burst_is_scanned_and_the_field_gets_nothing(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Keys 5 ms apart ending in Enter give ``scanned`` with the code; nothing is typed."""
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    with qtbot.waitSignal(wedge.scanned, timeout=1_000) as signal:
        last = type_text(field, BOOKING, gap_ms=5)
        press_enter(field, last + 5)
    assert signal.args == [BOOKING]
    assert field.presses == []
    assert field.text() == ""
    assert entered == []
    assert wedge.holding == 0


def test_human_typing_reaches_the_field_in_order_and_is_never_scanned(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Keys 150 ms apart are given back, in order, with their text and modifiers."""
    scanned: list[str] = []
    wedge.scanned.connect(scanned.append)
    typed = "Th4K7q"
    last = type_text(field, typed, gap_ms=150)
    qtbot.waitUntil(lambda: field.text() == typed, timeout=1_000)
    press_enter(field, last + 150)
    assert field.presses[: len(typed)] == [(*key_for(c)[:1], c, key_for(c)[1]) for c in typed]
    assert field.presses[-1][0] == Qt.Key.Key_Return
    assert scanned == []
    assert wedge.holding == 0


def test_a_quick_pair_then_backspace_is_given_back_before_the_backspace(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Two keys typed together are held, then Backspace shows a person: order is kept."""
    last = type_text(field, "ab", gap_ms=20)
    send(field, QEvent.Type.KeyPress, Qt.Key.Key_Backspace, "\b", Mods.NoModifier, last + 90)
    assert field.text() == "a"
    assert [p[1] for p in field.presses] == ["a", "b", "\b"]


def test_a_short_fast_burst_with_enter_is_typing(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Four quick keys and Enter are too short for a code: the field gets them and the Enter."""
    entered: list[bool] = []
    field.returnPressed.connect(lambda: entered.append(True))
    last = type_text(field, "1234", gap_ms=10)
    press_enter(field, last + 10)
    assert field.text() == "1234"
    assert entered == [True]


def test_a_10_kb_burst_is_refused_in_plain_english(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """A hostile 10 kB burst gives ``refused`` with a reason, and types nothing."""
    scanned: list[str] = []
    wedge.scanned.connect(scanned.append)
    # One event sent 10 240 times: a machine typing with no gap at all. (Making 10 240 events
    # would mean 10 240 setTimestamp calls, and PySide6 6.12 on Python 3.11 loses a reference
    # to None on each call that returns nothing, which aborts the interpreter.)
    z_key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Z, Mods.ShiftModifier, "Z")
    z_key.setTimestamp(20_000)
    with qtbot.waitSignal(wedge.refused, timeout=5_000) as signal:
        for _ in range(10_240):
            QApplication.sendEvent(field, z_key)
        press_enter(field, 20_001)
    assert signal.args == ["That code is too long to be one of ours."]
    assert field.text() == ""
    assert scanned == []
    assert wedge.holding == 0


def test_a_scanned_code_in_bengali_and_chinese_comes_through_whole(
    qtbot: QtBot, wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Non-Latin characters typed by a scanner make up the code unchanged."""
    code = "CK1:অ্যাপ-预约"
    with qtbot.waitSignal(wedge.scanned, timeout=1_000) as signal:
        last = type_text(field, code, gap_ms=3)
        press_enter(field, last + 3)
    assert signal.args == [code]


def test_a_disabled_wedge_passes_every_key_straight_through(
    wedge: BarcodeWedge, field: RecordingField
) -> None:
    """Switched off, even a scanner's burst is plain typing, delivered at once."""
    scanned: list[str] = []
    wedge.scanned.connect(scanned.append)
    wedge.enabled = False
    last = type_text(field, BOOKING, gap_ms=5)
    assert field.text() == BOOKING
    press_enter(field, last + 5)
    assert scanned == []
    assert wedge.holding == 0


def test_switching_off_mid_burst_gives_the_held_keys_back(
    wedge: BarcodeWedge, field: RecordingField
) -> None:
    """A screen that stops waiting for a code never loses what was typed."""
    type_text(field, "CK1", gap_ms=5)
    assert wedge.holding > 0
    assert field.text() == ""
    wedge.enabled = False
    assert field.text() == "CK1"
