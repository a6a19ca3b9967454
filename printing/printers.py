"""Printers built from config: a renderer (PDF or ESC/POS) paired with a backend.

A ``[[printers]]`` table names the printer, its kind and the kind's own settings::

    {"name": "desk-roll", "kind": "cups", "queue": "kiosk_roll", "paper": "roll80"}
    {"name": "thermal", "kind": "escpos-network", "host": "10.0.0.5", "port": 9100}
    {"name": "demo", "kind": "file", "folder": "/var/lib/civic-kiosk/printouts"}

``build_printer`` checks every setting and names the one that is wrong. The renderers are
imported when a printout is first rendered.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from core.config import ConfigError
from core.printing import Printer, PrinterFault, PrinterState, PrintResult
from core.printout import Printout
from printing.backends import Backend, CupsQueue, DocumentFormat, EscposLink, FileSink

log = logging.getLogger(__name__)

Render = Callable[[Printout], bytes]

PAPERS = ("roll80", "a4")
FORMATS = ("pdf", "escpos")
# Settings each kind takes, with their defaults (None: required).
KIND_SETTINGS: dict[str, dict[str, object]] = {
    "cups": {
        "queue": None,
        "server": "",
        "format": "pdf",
        "paper": "roll80",
        "width_dots": 576,
        "job_deadline_s": 20,
    },
    "escpos-network": {"host": None, "port": 9100, "width_dots": 576, "timeout_s": 5},
    "escpos-serial": {"device": None, "baudrate": 19200, "width_dots": 576},
    "escpos-usb": {"vendor_id": None, "product_id": None, "width_dots": 576},
    "file": {"folder": None, "format": "pdf", "paper": "roll80", "width_dots": 576},
}


class PrinterSpecError(ConfigError):
    """A ``[[printers]]`` table with a missing, unknown or wrong setting, named by ``key``."""

    def __init__(self, printer: str, key: str, problem: str) -> None:
        super().__init__(f"printer {printer!r}" if printer else "printer", key, problem)


class RenderingPrinter:
    """A ``core.printing.Printer``: renders each printout one way and sends it one way.

    Attributes:
        name: the configured name, recorded with any fault.
        backend: where the rendered bytes go.
        document_format: what the renderer makes.
    """

    def __init__(
        self, name: str, backend: Backend, document_format: DocumentFormat, render: Render
    ) -> None:
        self.name = name
        self.backend = backend
        self.document_format = document_format
        self._render = render

    def print(self, printout: Printout) -> PrintResult:
        """Render, then send under the printout's job name; a fault is returned, not raised."""
        try:
            data = self._render(printout)
        except Exception as exc:  # a layout bug must not cost the resident their number
            log.exception("printer %s could not render a %s", self.name, printout.kind)
            detail = f"could not render the {printout.kind}: {type(exc).__name__}"
            return PrintResult(False, fault=PrinterFault.ERROR, detail=detail)
        return self.backend.send(data, printout.job_name, self.document_format)

    def state(self) -> PrinterState:
        """The backend's answer, under this printer's name."""
        return replace(self.backend.state(), name=self.name)


def pdf_renderer(paper: str) -> Render:
    """Render with ``printing.pdf`` on one paper (roll80 or a4)."""

    def render(printout: Printout) -> bytes:
        from printing.pdf import render_pdf

        return render_pdf(printout, paper)  # type: ignore[arg-type]  # checked by build_printer

    return render


def escpos_renderer(width_dots: int) -> Render:
    """Render with ``printing.escpos_render`` for a printable width in dots."""

    def render(printout: Printout) -> bytes:
        from printing.escpos_render import render_escpos

        return render_escpos(printout, width_dots=width_dots)

    return render


def build_printer(spec: Mapping[str, object], render: Render | None = None) -> Printer:
    """A printer from one ``[[printers]]`` table; ``render`` replaces the kind's renderer."""
    settings = _Settings(spec)
    kind = settings.kind
    backend: Backend
    document_format = DocumentFormat.ESCPOS
    if kind == "cups":
        document_format = DocumentFormat(settings.choice("format", FORMATS))
        backend = CupsQueue(
            settings.text("queue"),
            settings.text("server") or None,
            job_deadline_s=settings.number("job_deadline_s", 1, 600),
            purge_jobs=True,  # no copy of a badge or receipt stays in CUPS's spool
        )
    elif kind == "escpos-network":
        backend = EscposLink.network(
            settings.text("host"),
            settings.whole("port", 1, 65535),
            settings.number("timeout_s", 0.1, 120),
        )
    elif kind == "escpos-serial":
        device = settings.text("device")
        backend = EscposLink.serial(device, settings.whole("baudrate", 1200, 921600))
    elif kind == "escpos-usb":
        vendor = settings.usb_id("vendor_id")
        backend = EscposLink.usb(vendor, settings.usb_id("product_id"))
    else:
        document_format = DocumentFormat(settings.choice("format", FORMATS))
        backend = FileSink(Path(settings.text("folder")).expanduser())
    if document_format is DocumentFormat.PDF:
        settings.not_for("width_dots", 'format = "escpos"')
        default_render = pdf_renderer(settings.choice("paper", PAPERS))
    else:
        settings.not_for("paper", 'format = "pdf"')
        default_render = escpos_renderer(settings.whole("width_dots", 128, 1024, multiple=8))
    return RenderingPrinter(settings.name, backend, document_format, render or default_render)


class _Settings:
    """One printer's settings: each read checks its value and names the key in a refusal."""

    def __init__(self, spec: Mapping[str, object]) -> None:
        name = spec.get("name")
        self.name = name if isinstance(name, str) else ""
        if not self.name:
            raise PrinterSpecError("", "name", "every printer needs a name, such as desk-roll")
        kind = spec.get("kind")
        if kind not in KIND_SETTINGS:
            problem = f"must be one of {', '.join(KIND_SETTINGS)}; got {kind!r}"
            raise PrinterSpecError(self.name, "kind", problem)
        self.kind = str(kind)
        self._spec = spec
        known = KIND_SETTINGS[self.kind]
        for key in spec:
            if key not in known and key not in ("name", "kind"):
                close = difflib.get_close_matches(key, list(known), n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"use {', '.join(known)}"
                problem = f"is not a setting of {self.kind} printers; {hint}"
                raise PrinterSpecError(self.name, key, problem)

    def _fail(self, key: str, problem: str) -> PrinterSpecError:
        return PrinterSpecError(self.name, key, problem)

    def _value(self, key: str) -> object:
        value = self._spec.get(key, KIND_SETTINGS[self.kind][key])
        if value is None:
            raise self._fail(key, f"is needed for {self.kind} printers")
        return value

    def text(self, key: str) -> str:
        value = self._value(key)
        if not isinstance(value, str):
            raise self._fail(key, f"must be text in quotes, got {value!r}")
        if KIND_SETTINGS[self.kind][key] is None and not value.strip():
            raise self._fail(key, f"is needed for {self.kind} printers")
        return value

    def choice(self, key: str, options: tuple[str, ...]) -> str:
        value = self._value(key)
        if not isinstance(value, str) or value not in options:
            raise self._fail(key, f"must be one of {', '.join(options)}; got {value!r}")
        return value

    def whole(self, key: str, low: int, high: int, multiple: int = 1) -> int:
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self._fail(key, f"must be a whole number, got {value!r}")
        if not low <= value <= high or value % multiple:
            of = f" and a multiple of {multiple}" if multiple > 1 else ""
            raise self._fail(key, f"must be between {low} and {high}{of}, got {value}")
        return value

    def number(self, key: str, low: float, high: float) -> float:
        value = self._value(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._fail(key, f"must be a number of seconds, got {value!r}")
        if not low <= value <= high:
            raise self._fail(key, f"must be between {low:g} and {high:g} seconds, got {value}")
        return float(value)

    def usb_id(self, key: str) -> int:
        value = self._value(key)
        if isinstance(value, str):
            try:
                value = int(value, 16)
            except ValueError:
                raise self._fail(key, f"must be a hex id such as 0x04b8, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 0xFFFF:
            raise self._fail(key, f"must be a USB id from 0x0000 to 0xffff, got {value!r}")
        return value

    def not_for(self, key: str, needs: str) -> None:
        if key in self._spec:
            raise self._fail(key, f"applies only to printers with {needs}")
