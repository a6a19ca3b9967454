"""A CUPS queue through pycups: submit a job, then follow it until it completes or a fault shows.

CUPS accepts a job long before it prints, so "accepted" is not "printed": ``send`` polls the
job's own state (and the printer's state reasons) until the job completes, CUPS gives up on
it, the printer reports a fault, or a deadline passes. A job that did not print is cancelled,
so a ticket never comes out later for someone else to pick up.

pycups keeps the server to talk to in libcups' per-thread defaults, and some of its calls
(``createJob`` looks the queue up again) use those defaults rather than the connection they
are given; so each call sets the server for the calling thread and puts the old one back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from types import ModuleType
from typing import Any

from core.printing import PrinterFault, PrinterState, PrintResult
from printing.backends.backend import DocumentFormat

log = logging.getLogger(__name__)

# IPP values (RFC 8011), spelled out so this module imports without pycups.
_PRINTER_STOPPED = 5
_JOB_STOPPED, _JOB_CANCELED, _JOB_ABORTED, _JOB_COMPLETED = 6, 7, 8, 9
_IPP_NOT_FOUND = 0x0406
_IPP_INTERNAL_ERROR = 0x0500
_IPP_SERVICE_UNAVAILABLE = 0x0502
_IPP_NOT_ACCEPTING = 0x0506
_IPP_DEACTIVATED = 0x050A

_MIME_TYPES = {
    DocumentFormat.PDF: "application/pdf",
    # Raw: CUPS runs no filter and hands the bytes to the backend untouched.
    DocumentFormat.ESCPOS: "application/vnd.cups-raw",
}
_PRINTER_ATTRIBUTES = [
    "printer-state",
    "printer-state-reasons",
    "printer-state-message",
    "printer-is-accepting-jobs",
]
_JOB_ATTRIBUTES = ["job-state", "job-state-reasons", "job-printer-state-message"]
_PAPER_REASONS = frozenset({"media-empty", "media-needed"})
_OFFLINE_REASONS = frozenset({"offline", "shutdown"})
_JOB_ENDINGS = {_JOB_STOPPED: "stopped", _JOB_CANCELED: "cancelled", _JOB_ABORTED: "aborted"}


class CupsQueue:
    """One CUPS queue, on the local scheduler or the one named by ``server``.

    Attributes:
        queue: the CUPS queue name.
        server: ``host:port`` or a domain socket path; None means the system default.
        job_deadline_s: how long a job may take to complete before it counts as stuck.
        poll_s: how often the job's state is asked for while waiting.
        purge_jobs: remove each job from CUPS once it has ended, its document included.
            CUPS otherwise keeps a printed job's document in its spool (PreserveJobFiles,
            a day by default): a visitor's badge, with their name, would outlive the visit.
        label: for staff and logs.
    """

    def __init__(
        self,
        queue: str,
        server: str | None = None,
        *,
        job_deadline_s: float = 20.0,
        poll_s: float = 0.05,
        purge_jobs: bool = False,
    ) -> None:
        self.queue = queue
        self.server = server
        self.job_deadline_s = job_deadline_s
        self.poll_s = poll_s
        self.purge_jobs = purge_jobs
        self.label = f"CUPS queue {queue}" + (f" on {server}" if server else "")

    def send(self, data: bytes, job_name: str, document_format: DocumentFormat) -> PrintResult:
        """Submit one job and wait, within the deadline, for CUPS to say it completed."""
        try:
            cups = _pycups()
        except ImportError:
            return PrintResult(False, fault=PrinterFault.ERROR, detail="pycups is not installed")
        with self._default_server(cups):
            job_id = 0
            try:
                conn = cups.Connection()
                before = self._printer_attributes(conn)
                refusal = _printer_fault(before, _reasons(before), include_reasons=False)
                if refusal is not None:
                    log.info("%s refused a job: %s", self.label, refusal[1])
                    return PrintResult(False, fault=refusal[0], detail=refusal[1])
                job_id = int(conn.createJob(self.queue, job_name, {}))
                conn.startDocument(self.queue, job_id, job_name, _MIME_TYPES[document_format], 1)
                conn.writeRequestData(data, len(data))
                status = int(conn.finishDocument(self.queue))
                if status != 0:
                    result = PrintResult(
                        False, str(job_id), PrinterFault.ERROR, cups.ippErrorString(status)
                    )
                else:
                    result = self._follow(conn, job_id, stale=_reasons(before))
            except (cups.IPPError, cups.HTTPError, RuntimeError) as exc:
                result = self._problem(cups, exc, job_id)
            if job_id and (self.purge_jobs or not result.printed):
                self._cancel(cups, job_id)
            log.info(
                "%s job %s: %s %s", self.label, job_id, result.fault or "completed", result.detail
            )
            return result

    def state(self) -> PrinterState:
        """The queue's state and state reasons, as a fault if there is one."""
        try:
            cups = _pycups()
        except ImportError:
            return PrinterState(self.label, False, PrinterFault.ERROR, "pycups is not installed")
        with self._default_server(cups):
            try:
                attributes = self._printer_attributes(cups.Connection())
            except (cups.IPPError, cups.HTTPError, RuntimeError) as exc:
                problem = self._problem(cups, exc, 0)
                return PrinterState(self.label, False, problem.fault, problem.detail)
        fault = _printer_fault(attributes, _reasons(attributes))
        if fault is None:
            return PrinterState(self.label, True, detail=_words(attributes))
        return PrinterState(self.label, False, fault[0], fault[1])

    def _printer_attributes(self, conn: Any) -> dict[str, Any]:
        attributes: dict[str, Any] = conn.getPrinterAttributes(
            self.queue, requested_attributes=_PRINTER_ATTRIBUTES
        )
        return attributes

    def _follow(self, conn: Any, job_id: int, stale: set[str]) -> PrintResult:
        """Poll the job until it ends, the printer reports a fault, or the deadline passes.

        A paper or offline reason already showing before the job was sent may be stale (CUPS
        keeps a backend's last report until the backend runs again), so only a reason that
        appears while the job waits ends the wait early; at the deadline all of them count.
        """
        deadline = time.monotonic() + self.job_deadline_s
        while True:
            job = self._job_attributes(conn, job_id)
            ended = _ending(job, job_id)
            if ended is not None:
                return ended
            printer = self._printer_attributes(conn)
            reasons = _reasons(printer)
            late = time.monotonic() >= deadline
            judged = reasons if late else reasons - stale
            if _printer_fault(printer, judged) is not None:
                # A backend's report and the job's end race: the job's own account wins.
                job = self._job_attributes(conn, job_id)
                ended = _ending(job, job_id)
                if ended is not None:
                    return ended
                fault = _printer_fault(printer, judged, also=_words(job))
                if fault is not None:
                    return PrintResult(False, str(job_id), fault[0], fault[1])
            if late:
                words = _words(job) or _words(printer)
                detail = f"job not completed within {self.job_deadline_s:g} s"
                if words:
                    detail += f": {words}"
                return PrintResult(False, str(job_id), PrinterFault.JOB_STUCK, detail)
            time.sleep(max(0.0, min(self.poll_s, deadline - time.monotonic())))

    def _job_attributes(self, conn: Any, job_id: int) -> dict[str, Any]:
        attributes: dict[str, Any] = conn.getJobAttributes(
            job_id, requested_attributes=_JOB_ATTRIBUTES
        )
        return attributes

    def _problem(self, cups: ModuleType, exc: Exception, job_id: int) -> PrintResult:
        """Turn a pycups exception into a fault staff can act on."""
        job = str(job_id) if job_id else ""
        where = self.server or "the local CUPS server"
        if isinstance(exc, cups.IPPError):
            status, text = (*exc.args, 0, "")[:2]
            if status == _IPP_NOT_FOUND and not job_id:
                return PrintResult(False, "", PrinterFault.ERROR, f"CUPS has no queue {self.queue}")
            if status in (_IPP_NOT_ACCEPTING, _IPP_DEACTIVATED):
                return PrintResult(False, job, PrinterFault.OFFLINE, str(text))
            if status == _IPP_SERVICE_UNAVAILABLE or (
                status >= _IPP_INTERNAL_ERROR and not _reachable(cups)
            ):
                return PrintResult(False, job, PrinterFault.SERVER_DOWN, f"{where}: {text}")
            return PrintResult(False, job, PrinterFault.ERROR, f"CUPS said: {text}")
        if isinstance(exc, cups.HTTPError):
            if not _reachable(cups):
                return PrintResult(False, job, PrinterFault.SERVER_DOWN, f"{where}: not answering")
            status = exc.args[0] if exc.args else "?"
            return PrintResult(False, job, PrinterFault.ERROR, f"CUPS refused (HTTP {status})")
        return PrintResult(False, job, PrinterFault.SERVER_DOWN, f"{where}: {exc}")

    def _cancel(self, cups: ModuleType, job_id: int) -> None:
        """Cancel a job that did not print; with ``purge_jobs``, also forget any job, printed
        or not, and its document (CUPS purges a completed job too)."""
        with suppress(cups.IPPError, cups.HTTPError, RuntimeError):
            cups.Connection().cancelJob(job_id, purge_job=self.purge_jobs)

    @contextmanager
    def _default_server(self, cups: ModuleType) -> Iterator[None]:
        """Point this thread's libcups defaults at our server for the duration."""
        if self.server is None:
            yield
            return
        server, port = cups.getServer(), cups.getPort()
        cups.setServer(self.server)
        try:
            yield
        finally:
            cups.setServer(server)
            cups.setPort(port)


def _pycups() -> ModuleType:
    # Imported when first used, so printing imports (and says so) where libcups is missing.
    import cups

    module: ModuleType = cups
    return module


def _reachable(cups: ModuleType) -> bool:
    try:
        cups.Connection()
    except RuntimeError:
        return False
    return True


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def _reasons(attributes: dict[str, Any]) -> set[str]:
    """The printer's state reasons that matter, without severity suffixes or warnings."""
    reasons: set[str] = set()
    for reason in _as_list(attributes.get("printer-state-reasons")):
        if reason == "none" or reason.endswith("-warning"):
            continue
        for suffix in ("-error", "-report"):
            if reason.endswith(suffix):
                reasons.add(reason.removesuffix(suffix) + ("!" if suffix == "-error" else ""))
                break
        else:
            reasons.add(reason)
    return reasons


_UNINFORMATIVE = frozenset({"none", "job-printing", "job-queued", "processing-to-stop-point"})


def _words(attributes: dict[str, Any], also: str = "") -> str:
    """A printer's or job's own message; else ``also``; else its state reasons."""
    message = attributes.get("printer-state-message") or attributes.get("job-printer-state-message")
    if message:
        return str(message)
    if also:
        return also
    reasons = _as_list(attributes.get("printer-state-reasons", attributes.get("job-state-reasons")))
    return ", ".join(r for r in reasons if r not in _UNINFORMATIVE)


def _ending(job: dict[str, Any], job_id: int) -> PrintResult | None:
    """What a job that has ended means: printed, or an error in CUPS' words."""
    job_state = job.get("job-state")
    if job_state == _JOB_COMPLETED:
        return PrintResult(True, str(job_id))
    if job_state not in _JOB_ENDINGS:
        return None
    words = _words(job) or "no reason given; see the CUPS error log"
    detail = f"CUPS {_JOB_ENDINGS[job_state]} the job: {words}"
    return PrintResult(False, str(job_id), PrinterFault.ERROR, detail)


def _printer_fault(
    attributes: dict[str, Any],
    reasons: set[str],
    *,
    include_reasons: bool = True,
    also: str = "",
) -> tuple[PrinterFault, str] | None:
    """The fault a printer's attributes show, if any, and the words for it.

    Args:
        attributes: from Get-Printer-Attributes.
        reasons: the state reasons to judge (see ``_reasons``; an error keeps a ``!``).
        include_reasons: False to judge only whether the queue takes and runs jobs.
        also: words to use when the printer has no message of its own.
    """
    bare = {r.removesuffix("!") for r in reasons}
    words = _words(attributes, also)
    if include_reasons and bare & _PAPER_REASONS:
        return PrinterFault.PAPER_OUT, words or "out of paper"
    if attributes.get("printer-state") == _PRINTER_STOPPED:
        return PrinterFault.OFFLINE, "queue stopped" + (f": {words}" if words else "")
    if attributes.get("printer-is-accepting-jobs") is False:
        return PrinterFault.OFFLINE, "queue not accepting jobs" + (f": {words}" if words else "")
    if not include_reasons:
        return None
    if bare & _OFFLINE_REASONS:
        return PrinterFault.OFFLINE, words or "printer offline"
    if any(r.endswith("!") for r in reasons):
        return PrinterFault.ERROR, words
    return None
