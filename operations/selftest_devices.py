"""The self-test's device checks: a test page on each printer, a scanned page, the card reader.

These act for real (a page comes out of each printer; a page is scanned through the whole
pipeline, nothing kept), because a printer that answers a status query can still jam on the
first ticket. A printer that fails is recorded as ``printer.fault``, as in service, so
``main.py status`` and the dashboard see it too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from core.config import TerminalConfig
from core.ports import Journal
from core.printing import Printer
from core.scanning import PageScanner
from operations.selftest_report import Check, failed, ok, skipped

# What each printer fault means to the person standing at the kiosk.
FAULT_WORDS = {
    "paper_out": "out of paper: load a new roll",
    "offline": "the printer does not answer: check it is switched on and its cable is in",
    "job_stuck": "the test page did not come out in time: check for a jam",
    "server_down": "the print server (CUPS) is not running or cannot be reached",
    "error": "the printer reported an error",
}


def build_printers(
    config: TerminalConfig, demo_printer: Callable[[Path], dict[str, object]], data_dir: Path
) -> list[Printer]:
    """Every configured printer (the demo file printer if none); a bad setting raises, named."""
    from printing.printers import build_printer

    specs = config.printers or (demo_printer(data_dir),)
    return [build_printer(dict(spec)) for spec in specs]


def check_printers(
    config: TerminalConfig, printers: list[Printer], journal: Journal
) -> Iterator[Check]:
    """Print a test page on each printer; a failure is recorded and reported with its fault."""
    from core.printing import PrintDesk
    from printing.layouts import PrinterTestPage

    for printer in printers:
        name = f"printer {printer.name}"
        page = PrinterTestPage(
            printer.name, config.site_name, datetime.now(), config.languages
        ).printout()
        outcome = PrintDesk(printer, journal).print(page, keep_this="-")
        if outcome.printed:
            yield ok(name, "test page printed")
        else:
            state = printer.state()
            fault = str(state.fault or "error")
            words = FAULT_WORDS.get(fault, FAULT_WORDS["error"])
            yield failed(name, f"{fault}: {words} [{state.detail or 'no detail given'}]")


def check_scanner(
    config: TerminalConfig, compose_scanner: Callable[[TerminalConfig], PageScanner | None]
) -> Check:
    """Scan one page with the configured scanner through the whole pipeline (nothing kept)."""
    from core.scan_capture import COLOUR_DPI, Captured, capture
    from core.scanning import ScanSettings
    from devices.scan_pipeline import ScanPipeline

    if config.scanner == "none":
        return skipped("scanner", "none configured (kiosk.scanner = none)")
    app: Any = None
    if config.scanner.startswith("camera"):  # a camera answers on the Qt thread
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([])
    scanner = compose_scanner(config)
    assert scanner is not None
    settings = ScanSettings(dpi=COLOUR_DPI, colour=True)
    done: list[Captured] = []

    def scan() -> None:
        done.append(capture(scanner, ScanPipeline(), settings, 1))

    if app is None:
        scan()
    else:  # keep the camera's event loop turning while the scan runs
        worker = threading.Thread(target=scan, name="selftest-scan")
        worker.start()
        while worker.is_alive():
            app.processEvents()
            worker.join(0.05)
    (captured,) = done
    name = f"scanner {scanner.name}"
    if not captured.pages:
        reason = captured.failure.args[0] if captured.failure else "no page came back"
        return failed(name, str(reason))
    page = captured.pages[0]
    problems = ", ".join(p.value for p in page.problems) or "none"
    return ok(
        name,
        f"page scanned, {page.width} x {page.height} px at {page.dpi} dpi, "
        f"{len(page.jpeg) // 1000} KB; quality problems: {problems}",
    )


def check_card_reader(config: TerminalConfig) -> Check:
    """pcscd answers and the staff card reader is there, when staff sign in with cards.

    The same bounded probe as ``main.py status`` and the heartbeat (operations/health.py).
    """
    from operations.health import probe_card_reader

    found = probe_card_reader(config.card_reader)
    if found.present is None:
        return skipped("card reader", "staff do not sign in with cards here (staff.card_reader)")
    if not found.present:
        return failed("card reader", f"{found.detail}: staff cannot sign in with their cards")
    return ok("card reader", f"pcscd answers; reader {found.reader!r} is connected")
