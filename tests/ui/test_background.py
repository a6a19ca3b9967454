"""BackgroundOp: slow work off the UI thread, results and failures back on it."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool
from pytestqt.qtbot import QtBot

from ui import background
from ui.background import BackgroundOp


def test_the_operation_runs_off_the_ui_thread_and_the_result_arrives_on_it(qtbot: QtBot) -> None:
    """The op sees a worker thread; the success callback sees the UI thread and the result."""
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}
    parent = QObject()

    def op() -> int:
        seen["op_thread"] = threading.get_ident()
        return 42

    def done(result: object) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.get_ident()

    BackgroundOp(parent, op).success(done).run()
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["op_thread"] != ui_thread
    assert seen["callback_thread"] == ui_thread


def test_a_failure_is_delivered_as_the_exception(qtbot: QtBot) -> None:
    """An exception in the op reaches the failure callback, on the UI thread, unchanged."""
    failures: list[Exception] = []
    parent = QObject()

    def op() -> None:
        raise OSError(28, "No space left on device")

    BackgroundOp(parent, op).success(lambda _r: None).failure(failures.append).run()
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], OSError)
    assert failures[0].errno == 28


def test_a_closed_screen_gets_no_callback_and_nothing_crashes(qtbot: QtBot) -> None:
    """If the screen is gone before the op finishes, the result is dropped quietly."""
    release = threading.Event()
    called: list[object] = []
    parent = QObject()
    BackgroundOp(parent, lambda: release.wait(10)).success(called.append).run()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.sendPostedEvents()  # deliver any queued callback, so this can fail
    assert called == []
    assert not [op for op in background._running if op._on_success == called.append]


def _alive(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return False
    return True
