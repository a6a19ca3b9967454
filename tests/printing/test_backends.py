"""Backends deliver exactly the bytes they are given: through real CUPS, to a TCP port, to files.

The payloads are fixed bytes (a small PDF made here with ReportLab, and ESC/POS holding every
byte value), so these tests do not depend on the renderers.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from core.printing import PrinterFault
from core.printout import Line, Printout
from printing.backends import CupsQueue, DocumentFormat, EscposLink, FileSink
from printing.printers import PrinterSpecError, RenderingPrinter, build_printer
from tests.ports import unused_port
from tests.printing.cupsd import ESCPOS, CupsServer, PrinterPort, tiny_pdf


def ticket(number: str = "H-017") -> Printout:
    """A printout, for printers whose renderer is replaced by fixed bytes."""
    return Printout("ticket", "en", f"ticket {number}", (Line(number),))


# --- CUPS -----------------------------------------------------------------------------------


def test_a_pdf_through_a_cups_file_queue_lands_byte_identical(cups_server: CupsServer) -> None:
    """The file a CUPS file queue writes holds exactly the PDF sent, under the job's name."""
    name, output = cups_server.add_file_queue()
    queue = CupsQueue(name, cups_server.address)
    first, second = tiny_pdf("H-017"), tiny_pdf("H-018 a longer ticket")

    result = queue.send(first, "ticket H-017", DocumentFormat.PDF)

    assert result.printed, result
    assert output.read_bytes() == first
    assert cups_server.job(int(result.job))["job-name"] == "ticket H-017"

    assert queue.send(second, "ticket H-018", DocumentFormat.PDF).printed
    assert output.read_bytes() == second


def test_escpos_through_a_cups_socket_queue_reaches_the_printer_byte_identical(
    cups_server: CupsServer, printer_port: PrinterPort
) -> None:
    """Raw ESC/POS through a socket:// queue arrives at the printer's port untouched."""
    name = cups_server.add_socket_queue(printer_port.port)
    queue = CupsQueue(name, cups_server.address)

    result = queue.send(ESCPOS, "ticket H-017", DocumentFormat.ESCPOS)

    assert result.printed, result
    assert printer_port.next_job() == ESCPOS
    assert printer_port.nothing_more()


def test_a_ready_cups_queue_says_so(cups_server: CupsServer) -> None:
    """state() reads the queue's printer-state: an idle, enabled queue is ready."""
    name, _ = cups_server.add_file_queue()

    state = CupsQueue(name, cups_server.address).state()

    assert state.ready and state.fault is None


def test_a_queue_cups_does_not_have_is_an_error_naming_it(cups_server: CupsServer) -> None:
    """A misconfigured queue name is reported as such, not as a printer problem."""
    queue = CupsQueue("no_such_queue", cups_server.address)

    result = queue.send(tiny_pdf(), "ticket H-017", DocumentFormat.PDF)

    assert not result.printed
    assert result.fault is PrinterFault.ERROR
    assert "no_such_queue" in result.detail
    assert queue.state().fault is PrinterFault.ERROR


# --- ESC/POS straight to the printer ----------------------------------------------------------


def test_escpos_over_the_network_arrives_byte_identical(printer_port: PrinterPort) -> None:
    """EscposLink sends the bytes to the printer's raw port exactly as given."""
    link = EscposLink.network("127.0.0.1", printer_port.port, timeout_s=5)

    result = link.send(ESCPOS, "ticket H-017", DocumentFormat.ESCPOS)

    assert result.printed, result
    assert printer_port.next_job() == ESCPOS


def test_a_thermal_printer_reporting_no_paper_is_paper_out() -> None:
    """state() asks the paper sensor (DLE EOT 4): roll ended is paper_out, paper present ready."""
    empty, loaded, silent = PrinterPort(b"\x72"), PrinterPort(b"\x12"), PrinterPort()
    try:
        assert EscposLink.network("127.0.0.1", empty.port).state().fault is PrinterFault.PAPER_OUT
        assert EscposLink.network("127.0.0.1", loaded.port).state().ready
        quiet = EscposLink.network("127.0.0.1", silent.port, timeout_s=0.3).state()
        assert quiet.ready
        assert "not reported" in quiet.detail
        assert empty.next_job() == b"\x10\x04\x04"
    finally:
        for port in (empty, loaded, silent):
            port.close()


def test_an_escpos_printer_refuses_a_pdf() -> None:
    """A PDF is never sent to a thermal printer as if it were ESC/POS."""
    link = EscposLink.network("127.0.0.1", unused_port())

    result = link.send(tiny_pdf(), "ticket H-017", DocumentFormat.PDF)

    assert result.fault is PrinterFault.ERROR
    assert "pdf" in result.detail


def test_a_serial_printer_reports_a_missing_library_or_device_clearly() -> None:
    """Without pyserial the fault names it; with it, a missing device is offline, named."""
    link = EscposLink.serial("/dev/ttyKIOSK-missing")

    result = link.send(ESCPOS, "ticket H-017", DocumentFormat.ESCPOS)

    assert not result.printed
    if importlib.util.find_spec("serial") is None:
        assert result.fault is PrinterFault.ERROR
        assert "pyserial" in result.detail
    else:
        assert result.fault is PrinterFault.OFFLINE
        assert "/dev/ttyKIOSK-missing" in result.detail
    assert link.state().fault == result.fault


def test_a_usb_printer_reports_a_missing_library_or_device_clearly() -> None:
    """Without pyusb the fault names it; with it, an absent printer is offline."""
    link = EscposLink.usb(0x04B8, 0x0E15)

    result = link.send(ESCPOS, "ticket H-017", DocumentFormat.ESCPOS)

    assert not result.printed
    if importlib.util.find_spec("usb") is None:
        assert result.fault is PrinterFault.ERROR
        assert "pyusb" in result.detail
    else:
        assert result.fault in (PrinterFault.OFFLINE, PrinterFault.ERROR)


# --- Files ----------------------------------------------------------------------------------


def test_a_file_sink_keeps_each_job_whole_under_its_own_number(tmp_path: Path) -> None:
    """Jobs become <job-name>-<n> files with exactly their bytes; none is ever replaced."""
    folder = tmp_path / "printouts"
    sink = FileSink(folder)
    first, second = tiny_pdf("one"), tiny_pdf("two")

    assert sink.state().ready
    assert sink.send(first, "ticket H-017", DocumentFormat.PDF).job == "ticket-H-017-1.pdf"
    assert sink.send(second, "ticket H-017", DocumentFormat.PDF).job == "ticket-H-017-2.pdf"
    assert sink.send(ESCPOS, "../../etc/passwd", DocumentFormat.ESCPOS).job == "etc-passwd-1.bin"

    assert (folder / "ticket-H-017-1.pdf").read_bytes() == first
    assert (folder / "ticket-H-017-2.pdf").read_bytes() == second
    assert (folder / "etc-passwd-1.bin").read_bytes() == ESCPOS
    assert sorted(p.name for p in folder.iterdir()) == [
        "etc-passwd-1.bin",
        "ticket-H-017-1.pdf",
        "ticket-H-017-2.pdf",
    ]
    # A second sink on the same folder (a restart) carries on after what is there.
    assert FileSink(folder).send(first, "ticket H-017", DocumentFormat.PDF).job == (
        "ticket-H-017-3.pdf"
    )


def test_a_file_sink_that_fails_mid_write_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """If the disk fails before the job is safely written, no partial printout appears."""
    folder = tmp_path / "printouts"
    sink = FileSink(folder)

    def failing_fsync(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    result = sink.send(tiny_pdf(), "ticket H-017", DocumentFormat.PDF)

    assert result.fault is PrinterFault.ERROR
    assert "No space left on device" in result.detail
    assert list(folder.iterdir()) == []


def test_a_file_sink_on_a_folder_it_cannot_make_is_not_ready(tmp_path: Path) -> None:
    """A folder that cannot exist (its parent is a file) is offline, and jobs fail cleanly."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    sink = FileSink(blocker / "printouts")

    assert sink.state().fault is PrinterFault.OFFLINE
    assert sink.send(tiny_pdf(), "ticket H-017", DocumentFormat.PDF).fault is PrinterFault.ERROR


# --- Printers from config -------------------------------------------------------------------


def test_build_printer_pairs_each_kind_with_its_backend_and_format(tmp_path: Path) -> None:
    """Each kind gets its backend and document format, under the configured name."""
    cases: list[tuple[dict[str, object], type, str]] = [
        ({"kind": "cups", "queue": "kiosk_roll", "paper": "roll80"}, CupsQueue, "pdf"),
        ({"kind": "cups", "queue": "thermal", "format": "escpos"}, CupsQueue, "escpos"),
        ({"kind": "escpos-network", "host": "10.0.0.5", "port": 9100}, EscposLink, "escpos"),
        ({"kind": "escpos-serial", "device": "/dev/ttyUSB0"}, EscposLink, "escpos"),
        ({"kind": "escpos-usb", "vendor_id": "0x04b8", "product_id": 3605}, EscposLink, "escpos"),
        ({"kind": "file", "folder": str(tmp_path), "format": "escpos"}, FileSink, "escpos"),
        ({"kind": "file", "folder": str(tmp_path)}, FileSink, "pdf"),
    ]
    for spec, backend, document_format in cases:
        printer = build_printer({"name": "desk-roll", **spec})
        assert isinstance(printer, RenderingPrinter)
        assert printer.name == "desk-roll"
        assert isinstance(printer.backend, backend)
        assert printer.document_format == document_format


def test_a_built_printer_renders_then_sends_under_the_job_name(tmp_path: Path) -> None:
    """print() renders the printout and sends it named by its job name; state() has the name."""
    rendered: list[Printout] = []

    def render(printout: Printout) -> bytes:
        rendered.append(printout)
        return ESCPOS

    printer = build_printer(
        {"name": "demo", "kind": "file", "folder": str(tmp_path), "format": "escpos"}, render
    )

    result = printer.print(ticket("H-017"))

    assert result.printed
    assert rendered == [ticket("H-017")]
    assert (tmp_path / "ticket-H-017-1.bin").read_bytes() == ESCPOS
    assert printer.state().name == "demo"


def test_a_renderer_that_fails_is_a_fault_not_an_exception(tmp_path: Path) -> None:
    """A layout bug comes back as an error result naming the printout kind."""

    def broken(printout: Printout) -> bytes:
        raise ValueError("no font for this script")

    printer = build_printer({"name": "demo", "kind": "file", "folder": str(tmp_path)}, broken)

    result = printer.print(ticket())

    assert result.fault is PrinterFault.ERROR
    assert "ticket" in result.detail
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("spec", "key", "words"),
    [
        ({"kind": "cups", "queue": "q"}, "name", "needs a name"),
        ({"name": "p", "kind": "laser"}, "kind", "must be one of cups"),
        ({"name": "p", "kind": "cups"}, "queue", "is needed for cups printers"),
        ({"name": "p", "kind": "cups", "queue": "q", "papr": "a4"}, "papr", "did you mean 'paper'"),
        ({"name": "p", "kind": "cups", "queue": "q", "paper": "a5"}, "paper", "roll80, a4"),
        ({"name": "p", "kind": "cups", "queue": 7}, "queue", "must be text"),
        ({"name": "p", "kind": "cups", "queue": "q", "width_dots": 576}, "width_dots", "escpos"),
        ({"name": "p", "kind": "escpos-network", "host": "h", "port": 70000}, "port", "65535"),
        ({"name": "p", "kind": "escpos-network", "host": "h", "port": "9100"}, "port", "whole"),
        ({"name": "p", "kind": "escpos-network", "host": ""}, "host", "is needed"),
        (
            {"name": "p", "kind": "escpos-network", "host": "h", "width_dots": 570},
            "width_dots",
            "8",
        ),
        ({"name": "p", "kind": "escpos-network", "host": "h", "paper": "a4"}, "paper", "not a set"),
        (
            {"name": "p", "kind": "escpos-usb", "vendor_id": "epson", "product_id": 1},
            "vendor_id",
            "hex",
        ),
        ({"name": "p", "kind": "file", "folder": "/tmp", "format": "png"}, "format", "pdf, escpos"),
        ({"name": "p", "kind": "cups", "queue": "q", "job_deadline_s": 0}, "job_deadline_s", "1"),
    ],
)
def test_build_printer_names_the_setting_that_is_wrong(
    spec: dict[str, object], key: str, words: str
) -> None:
    """Every refusal names the printer's key and says what is wrong in plain English."""
    with pytest.raises(PrinterSpecError) as refused:
        build_printer(spec)

    assert refused.value.key == key
    assert words in refused.value.problem
    assert f"{key}: " in str(refused.value)
