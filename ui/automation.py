"""A test-only control socket: taps and reads widgets by objectName in a running terminal.

Multi-process tests run real kiosk, desk and board processes and drive them the way an
accessibility tool would: by widget name, through the real UI. It is off unless the
``CIVIC_KIOSK_AUTOMATION`` environment variable names a socket path, it listens on a local
(Unix) socket only, and it logs a warning when on. Never set it on a real terminal.

Protocol: one JSON object per line in, one per line out.
    {"op": "tap", "name": "homeTile_ticket"}          -> {"ok": true}
    {"op": "type", "name": "referenceField", "text": "TH-4K7Q2"}
    {"op": "texts"}                                   -> {"ok": true, "texts": [...]}
    {"op": "probe"}                                   -> {"ok": true, "probe": <role's state>}
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

log = logging.getLogger(__name__)
ENV = "CIVIC_KIOSK_AUTOMATION"
Probe = Callable[[], object]


class Automation(QObject):
    """Serves the control socket on the UI thread; every command runs between events."""

    def __init__(self, path: str, probe: Probe | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._probe = probe
        self._server = QLocalServer(self)
        QLocalServer.removeServer(path)
        if not self._server.listen(path):
            raise RuntimeError(f"automation socket {path}: {self._server.errorString()}")
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}
        log.warning("automation socket open at %s (tests only)", path)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            self._buffers[sock] = b""
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._buffers.pop(s, None))

    def _read(self, sock: QLocalSocket) -> None:
        data = self._buffers.get(sock, b"") + bytes(sock.readAll().data())
        while b"\n" in data:
            line, data = data.split(b"\n", 1)
            try:
                reply = self.run(json.loads(line))
            except Exception as exc:  # a broken command must not break the terminal
                reply = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            sock.write(json.dumps(reply, ensure_ascii=False).encode() + b"\n")
            sock.flush()
        self._buffers[sock] = data

    def run(self, command: dict[str, object]) -> dict[str, object]:
        """Carry out one command; returns the reply."""
        op = command.get("op")
        if op == "texts":
            return {"ok": True, "texts": visible_texts()}
        if op == "probe":
            return {"ok": True, "probe": self._probe() if self._probe else None}
        widget = find(str(command.get("name", "")))
        if widget is None:
            return {"ok": False, "error": f"no visible widget named {command.get('name')}"}
        if op == "tap":
            if not isinstance(widget, QAbstractButton) or not widget.isEnabled():
                return {"ok": False, "error": f"{widget.objectName()} cannot be tapped"}
            widget.click()
            return {"ok": True}
        if op == "type":
            text = str(command.get("text", ""))
            if isinstance(widget, QLineEdit):
                widget.setText(text)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(text)
            else:
                return {"ok": False, "error": f"{widget.objectName()} is not a text field"}
            return {"ok": True}
        return {"ok": False, "error": f"unknown op {op!r}"}


def find(name: str) -> QWidget | None:
    """The visible widget with this objectName in any top-level window."""
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        candidates = [top, *top.findChildren(QWidget, name)]
        for widget in candidates:
            if widget.objectName() == name and widget.isVisible():
                return widget
    return None


def visible_texts() -> list[str]:
    """The text of every visible label and button, window by window."""
    texts: list[str] = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QWidget):
            if not widget.isVisible():
                continue
            if isinstance(widget, QLabel | QAbstractButton) and widget.text():
                texts.append(widget.text())
    return texts


def start_automation(parent: QObject, probe: Probe | None = None) -> Automation | None:
    """Open the control socket if the environment asks for one (tests only)."""
    path = os.environ.get(ENV)
    return Automation(path, probe, parent) if path else None
