"""CUPS faults come back as the right PrinterFault, quickly, and the job never prints later.

Each fault is produced for real on a private cupsd: a stopped queue, a scheduler that is
gone, a printer that hangs, one that is switched off, one out of paper and one that jams
(the last two played by the ``kiosktest`` backend, which reports them as a real backend
does), and a file queue whose output cannot be opened. Deadlines are short; the bound
asserted on each is generous, so these tests check that waiting is bounded, not how fast.
"""

from __future__ import annotations

import time

import pytest

from core.printing import PrinterFault, PrintResult
from printing.backends import CupsQueue, DocumentFormat
from tests.ports import unused_port
from tests.printing.cupsd import ESCPOS, CupsServer, PrinterPort, tiny_pdf

pytestmark = pytest.mark.timeout(60)

DEADLINE_S = 1.0
BOUND_S = 8.0  # the deadline plus IPP round trips, with room for a slow CI machine


def send_timed(queue: CupsQueue, data: bytes, document_format: DocumentFormat) -> PrintResult:
    """Send, asserting that the answer came within the bound."""
    started = time.monotonic()
    result = queue.send(data, "ticket H-017", document_format)
    assert time.monotonic() - started < BOUND_S, result
    return result


def test_a_stopped_queue_is_offline_and_the_job_is_never_queued(cups_server: CupsServer) -> None:
    """A disabled queue (cupsdisable) is offline; nothing is left waiting to print later."""
    name, output = cups_server.add_file_queue()
    cups_server.disable(name)
    queue = CupsQueue(name, cups_server.address, job_deadline_s=DEADLINE_S)

    result = send_timed(queue, tiny_pdf(), DocumentFormat.PDF)

    assert not result.printed
    assert result.fault is PrinterFault.OFFLINE
    assert "stopped" in result.detail
    assert cups_server.unfinished_jobs(name) == []
    assert not output.exists()
    assert queue.state().fault is PrinterFault.OFFLINE


def test_a_queue_rejecting_jobs_is_offline(cups_server: CupsServer) -> None:
    """A queue set to reject jobs (cupsreject) is offline, and nothing prints."""
    name, output = cups_server.add_file_queue()
    cups_server.reject(name)

    result = send_timed(CupsQueue(name, cups_server.address), tiny_pdf(), DocumentFormat.PDF)

    assert result.fault is PrinterFault.OFFLINE
    assert "not accepting" in result.detail
    assert not output.exists()


def test_a_cups_server_that_has_stopped_is_server_down(own_cups_server: CupsServer) -> None:
    """Once the scheduler is gone, printing and asking both say server_down."""
    name, _ = own_cups_server.add_file_queue()
    queue = CupsQueue(name, own_cups_server.address, job_deadline_s=DEADLINE_S)
    assert queue.state().ready
    own_cups_server.stop()
    assert not own_cups_server.running

    result = send_timed(queue, tiny_pdf(), DocumentFormat.PDF)

    assert result.fault is PrinterFault.SERVER_DOWN
    assert own_cups_server.address in result.detail
    assert queue.state().fault is PrinterFault.SERVER_DOWN


def test_a_cups_address_with_nothing_listening_is_server_down() -> None:
    """A server address where no scheduler listens is server_down, at once."""
    queue = CupsQueue("kiosk_roll", f"127.0.0.1:{unused_port()}")

    assert send_timed(queue, tiny_pdf(), DocumentFormat.PDF).fault is PrinterFault.SERVER_DOWN


def test_a_printer_that_hangs_mid_job_is_job_stuck_and_the_job_is_cancelled(
    cups_server: CupsServer,
) -> None:
    """A printer that takes the connection but no more data leaves the job stuck."""
    hung = PrinterPort(hold=True)
    try:
        name = cups_server.add_socket_queue(hung.port)
        queue = CupsQueue(name, cups_server.address, job_deadline_s=DEADLINE_S)

        result = send_timed(queue, ESCPOS * 20_000, DocumentFormat.ESCPOS)

        assert result.fault is PrinterFault.JOB_STUCK
        assert "within 1 s" in result.detail
        assert cups_server.unfinished_jobs(name) == []
    finally:
        hung.close()


def test_a_printer_that_is_switched_off_is_job_stuck_in_its_own_words(
    cups_server: CupsServer,
) -> None:
    """socket:// to a port nobody answers: CUPS keeps retrying, so the job is stuck."""
    name = cups_server.add_socket_queue(unused_port())
    # Twice the usual deadline: the backend's words must have arrived when it passes.
    queue = CupsQueue(name, cups_server.address, job_deadline_s=2 * DEADLINE_S)

    result = send_timed(queue, ESCPOS, DocumentFormat.ESCPOS)

    assert result.fault is PrinterFault.JOB_STUCK
    assert "unavailable" in result.detail  # the socket backend's message
    assert cups_server.unfinished_jobs(name) == []


def test_a_printer_out_of_paper_is_paper_out_before_the_deadline(cups_server: CupsServer) -> None:
    """media-empty-error reported while the job waits is paper_out, without waiting it out."""
    name = cups_server.add_queue(cups_server.unique("paper_out"), "kiosktest://paper-out")
    queue = CupsQueue(name, cups_server.address, job_deadline_s=30)

    result = send_timed(queue, ESCPOS, DocumentFormat.ESCPOS)

    assert result.fault is PrinterFault.PAPER_OUT
    assert result.detail == "Out of paper"
    assert cups_server.unfinished_jobs(name) == []
    assert queue.state().fault is PrinterFault.PAPER_OUT


def test_a_paper_out_report_left_from_before_does_not_end_the_wait_early(
    cups_server: CupsServer,
) -> None:
    """A reason already showing may be stale, so it counts only once the deadline passes."""
    name = cups_server.add_queue(cups_server.unique("paper_out"), "kiosktest://paper-out")
    queue = CupsQueue(name, cups_server.address, job_deadline_s=DEADLINE_S)
    assert send_timed(queue, ESCPOS, DocumentFormat.ESCPOS).fault is PrinterFault.PAPER_OUT

    started = time.monotonic()
    again = send_timed(queue, ESCPOS, DocumentFormat.ESCPOS)

    assert again.fault is PrinterFault.PAPER_OUT
    assert time.monotonic() - started >= DEADLINE_S


def test_a_paper_jam_mid_job_is_an_error_and_the_job_is_gone(cups_server: CupsServer) -> None:
    """A backend that fails with media-jam-error, on an abort-job queue, is an error."""
    name = cups_server.add_queue(
        cups_server.unique("jam"), "kiosktest://jam", "printer-error-policy=abort-job"
    )
    queue = CupsQueue(name, cups_server.address, job_deadline_s=DEADLINE_S)

    result = send_timed(queue, ESCPOS, DocumentFormat.ESCPOS)

    assert result.fault is PrinterFault.ERROR
    assert "jam" in result.detail.lower()
    assert cups_server.unfinished_jobs(name) == []
    assert queue.state().fault is PrinterFault.ERROR


def test_a_file_queue_whose_output_cannot_be_opened_is_an_error(cups_server: CupsServer) -> None:
    """CUPS stops a job it cannot write out; that is an error, and the job is cancelled."""
    name = cups_server.add_queue(
        cups_server.unique("bad_file"), f"file://{cups_server.root}/no-such-folder/out"
    )
    queue = CupsQueue(name, cups_server.address, job_deadline_s=DEADLINE_S)

    result = send_timed(queue, tiny_pdf(), DocumentFormat.PDF)

    assert result.fault is PrinterFault.ERROR
    assert "stopped the job" in result.detail
    assert "job-printing" not in result.detail
    assert cups_server.unfinished_jobs(name) == []
