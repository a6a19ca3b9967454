"""SANE in a worker process of its own: a wedged or crashed libsane never takes the kiosk with it.

libsane runs inside the process that calls it. Debian builds its threaded page readers
(sanei_thread) with pthreads cancelled asynchronously, and a cancel that lands while the
reader thread holds a malloc lock leaves ``sane_cancel`` (or the end of a page's read)
waiting for that thread for ever. In the kiosk's own process that would wedge the scanner,
and everything waiting for it, until a restart; a crashing backend would end the kiosk.

So ``IsolatedSaneScanner`` runs ``SaneScanner`` in one long-lived worker process, started
on first use with multiprocessing's "spawn" (forking a process that runs Qt and threads is
unsafe), and only ever waits for it with a time limit:

- a worker that does not answer in time, or dies, is killed; the request fails with
  ScanFailed(BROKEN) and the next request starts a fresh worker (a fresh libsane, which also
  reads dll.conf again: libsane reads it only once per process);
- the worker tells a scan's outcome *before* it cancels and closes the device, so the usual
  hang (in that cancel) costs the resident nothing: the scan ends normally, and the worker is
  killed quietly if it has still not finished when the next request comes.

Pages cross as plain bytes through a socket pair between the two processes (kernel memory,
never a file). The worker inherits the kiosk's environment when it starts, SANE_CONFIG_DIR
included.

The conversation, one request at a time (the kiosk sends, the worker answers):

- ("list",) ("name",) ("sources",) ("availability",) are answered with ("ok", value) or
  ("failed", problem, detail);
- ("scan", settings, max_pages) is answered with, for each page, ("page", width, height,
  colour, dpi) followed by the pixels as one bytes message; then the outcome, ("done",) or
  ("failed", problem, detail), as soon as it is known; then ("ready",) once the device has
  been cancelled and closed and the worker can take another request.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import multiprocessing
import os
import signal
import threading
import time
import weakref
from collections.abc import Callable, Generator, Mapping
from multiprocessing.connection import Connection, wait
from typing import TYPE_CHECKING, Any, Final, TypeVar

from core.scanning import RawPage, ScanFailed, ScanProblem, ScanSettings, ScanSource

if TYPE_CHECKING:
    from devices.sane_scanner import SaneScanner

log = logging.getLogger(__name__)

STOPPED_ANSWERING: Final = "the scanner driver stopped answering"
_STOP_GRACE_S: Final = 2.0  # how long a worker asked to end (SIGTERM) has before SIGKILL
_WHOLE_MESSAGE_S: Final = 5.0  # the least time a message that has begun has to arrive whole
_PROBLEMS: Final = frozenset(problem.value for problem in ScanProblem)

_Message = tuple[Any, ...]
_T = TypeVar("_T")


class _NoAnswer(Exception):
    """The worker did not answer in time, went away, or said something it should not."""


class _Worker:
    """One worker process, and the kiosk's end of the socket pair to it."""

    def __init__(
        self, device: str | None, options: dict[str, object], driver: type[SaneScanner] | None
    ) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, worker_end = context.Pipe()
        self.process = context.Process(
            target=serve,
            args=(worker_end, device, options, driver),
            name="sane-worker",
            daemon=True,
        )
        try:
            self.process.start()
        except BaseException:
            self._connection.close()
            raise
        finally:
            worker_end.close()  # the worker's end lives in the worker: its death gives EOF here
        # While set, the worker may still be finishing a scan (cancelling, closing the device);
        # it has until then (time.monotonic) to say it is ready.
        self.finish_by: float | None = None
        self._kill_lock = threading.Lock()
        _running.add(self)

    def send(self, request: _Message) -> None:
        try:
            self._connection.send(request)
        except OSError as error:
            raise _NoAnswer(f"it went away ({type(error).__name__})") from error

    def receive(self, within_s: float) -> _Message | RawPage:
        """The worker's next message (a page comes whole), or _NoAnswer after ``within_s``."""
        deadline = time.monotonic() + within_s
        message = self._next(deadline, self._connection.recv)
        if not isinstance(message, tuple) or not message or not isinstance(message[0], str):
            raise _NoAnswer(f"it sent {type(message).__name__}")
        if message[0] != "page":
            return message
        try:
            _tag, width, height, colour, dpi = message
            pixels = self._next(deadline, self._connection.recv_bytes)
            page = RawPage(int(width), int(height), bool(colour), int(dpi), pixels)
        except (TypeError, ValueError) as error:
            raise _NoAnswer(f"it sent a page it could not describe ({error})") from error
        return page

    def settle(self) -> None:
        """Make sure the worker can take a request: still running, and done with its last scan.

        A worker still finishing a scan is waited for until ``finish_by``; a scan's pages
        and outcome not yet taken (the screen stopped reading after its page) are dropped.
        Raises _NoAnswer for a worker that is no good.
        """
        if self.finish_by is not None:
            try:
                while self.receive(max(0.0, self.finish_by - time.monotonic())) != ("ready",):
                    pass
            except _NoAnswer as trouble:
                raise _NoAnswer(f"it did not finish its last scan: {trouble}") from None
            self.finish_by = None
        if self.process.exitcode is not None:
            raise _NoAnswer(f"it had ended (exit code {self.process.exitcode})")

    def kill(self) -> None:
        """Kill the worker at once (SIGKILL ends even a stopped process); safe from any thread."""
        with self._kill_lock:
            if self.process.exitcode is None:
                self.process.kill()

    def stop(self) -> None:
        """End the worker: SIGTERM (woken with SIGCONT, should it be stopped), then SIGKILL."""
        _running.discard(self)
        process = self.process
        if process.exitcode is None:
            process.terminate()
            with contextlib.suppress(ProcessLookupError):
                if process.exitcode is None and process.pid is not None:
                    os.kill(process.pid, signal.SIGCONT)
            process.join(_STOP_GRACE_S)
            if process.exitcode is None:
                self.kill()
                process.join(_STOP_GRACE_S)
            if process.exitcode is None:  # stuck in the kernel (USB I/O); nothing more to do
                log.error("the scanner driver (pid %s) could not be ended", process.pid)
        self._connection.close()

    def _next(self, deadline: float, read: Callable[[], _T]) -> _T:
        """Read one message once it begins; a worker stopped half-way through is killed."""
        try:
            if not self._connection.poll(max(0.0, deadline - time.monotonic())):
                raise _NoAnswer("no answer in time")
            guard = threading.Timer(max(deadline - time.monotonic(), _WHOLE_MESSAGE_S), self.kill)
            guard.daemon = True
            guard.start()
            try:
                return read()
            finally:
                guard.cancel()
        except (EOFError, OSError) as error:
            raise _NoAnswer(f"it went away ({type(error).__name__})") from error


_running: set[_Worker] = set()


@atexit.register
def _stop_running_workers() -> None:
    """Stop every worker at exit (before multiprocessing's own exit, which would wait on them)."""
    for worker in list(_running):
        worker.stop()


class IsolatedSaneScanner:
    """Implements core's PageScanner with a SaneScanner in a worker process (see module doc).

    ``device`` and ``options`` mean what they mean to SaneScanner. The time limits:
    ``answer_within_s`` for listing, naming, sources and availability (the first request also
    starts the worker and SANE, and some backends take seconds to look for scanners);
    ``page_within_s`` for each page of a scan; ``finish_within_s`` for the worker to cancel
    and close the device after a scan. ``driver`` is the SaneScanner class the worker runs,
    importable by name; tests give one that hangs the way libsane does.
    """

    def __init__(
        self,
        device: str | None = None,
        *,
        options: Mapping[str, object] = {},
        answer_within_s: float = 30.0,
        page_within_s: float = 60.0,
        finish_within_s: float = 10.0,
        driver: type[SaneScanner] | None = None,
    ) -> None:
        self._device = device
        self._options = dict(options)
        self._answer_within_s = answer_within_s
        self._page_within_s = page_within_s
        self._finish_within_s = finish_within_s
        self._driver = driver
        # Re-entrant: a scan abandoned mid-feed may be finalised by the garbage collector on a
        # thread that is already asking the worker something.
        self._lock = threading.RLock()
        self._worker: _Worker | None = None
        self._scanning: object | None = None  # the scan reading from the worker, if any
        self._known_name: str | None = None

    @classmethod
    def list_devices(cls) -> list[tuple[str, str]]:
        """The scanners SANE can see, as (device, "vendor model"), asked of a worker of its own."""
        lister = cls()
        try:
            return lister.devices()
        finally:
            lister.close()

    def devices(self) -> list[tuple[str, str]]:
        """The scanners SANE can see, asked through this scanner's worker; empty if none answer."""
        with self._lock:
            if self._scanning is not None:
                return []
            try:
                listed = self._ask(("list",))
            except ScanFailed as failure:
                log.warning("SANE's scanners could not be listed: %s", failure.detail)
                return []
        return [(str(device), str(description)) for device, description in listed]

    @property
    def name(self) -> str:
        with self._lock:
            if self._scanning is None:
                try:
                    self._known_name = str(self._ask(("name",)))
                except ScanFailed as failure:
                    log.warning("the scanner's name could not be asked: %s", failure.detail)
        if self._known_name is not None:
            return self._known_name
        return f"SANE {self._device}" if self._device else "SANE (not answering)"

    def availability(self) -> str | None:
        """None when the scanner opens; otherwise why not, in plain English for staff."""
        scanner = f"Scanner {self._device}" if self._device else "The scanner"
        with self._lock:
            if self._scanning is not None:
                return f"{scanner} is busy (scanning)"
            try:
                answer = self._ask(("availability",))
            except ScanFailed as failure:
                return f"{scanner} is not working ({failure.detail})"
        return None if answer is None else str(answer)

    def sources(self) -> tuple[ScanSource, ...]:
        """From the device's 'source' option, flatbed first; raises ScanFailed if it won't open."""
        with self._lock:
            self._refuse_while_scanning()
            answer = self._ask(("sources",))
        return tuple(ScanSource(source) for source in answer)

    def scan(self, settings: ScanSettings, max_pages: int) -> Generator[RawPage, None, None]:
        """As SaneScanner.scan, read from the worker; see the module doc for what can go wrong.

        Closing the generator early kills the worker while a feeder is still pulling paper;
        after a flatbed's or camera's page, the worker is left to finish on its own.
        """
        if max_pages < 1:
            raise ValueError(f"max_pages must be at least 1, not {max_pages}")
        feeder = settings.source is ScanSource.FEEDER
        this_scan = object()
        with self._lock:
            self._refuse_while_scanning()
            worker = self._ready_worker()
            try:
                worker.send(("scan", settings, max_pages))
            except _NoAnswer as trouble:
                self._discard(worker, trouble)
                raise ScanFailed(ScanProblem.BROKEN, STOPPED_ANSWERING) from None
            self._scanning = this_scan
        pages = 0
        told = False  # whether the outcome came (or the worker has been dealt with)
        try:
            while True:
                try:
                    reply = worker.receive(self._page_within_s)
                    if isinstance(reply, RawPage):
                        pages += 1
                        yield reply
                        continue
                    told = True
                    worker.finish_by = time.monotonic() + self._finish_within_s
                    _answer(reply, "done")
                    return
                except _NoAnswer as trouble:
                    told = True
                    with self._lock:
                        self._discard(worker, trouble)
                    if pages and not feeder:
                        return  # the one page came whole; only the end of the scan was lost
                    raise ScanFailed(ScanProblem.BROKEN, STOPPED_ANSWERING) from None
        finally:
            with self._lock:
                if not told:  # the screen stopped reading early
                    if feeder:  # the feeder must not go on pulling paper
                        stopped = _NoAnswer("a feeder scan was stopped early")
                        self._discard(worker, stopped, logging.INFO)
                    else:  # its one page has come; the worker finishes on its own
                        worker.finish_by = time.monotonic() + self._finish_within_s
                if self._scanning is this_scan:
                    self._scanning = None

    @property
    def worker_pid(self) -> int | None:
        """The worker process's id while one runs (for staff diagnostics, and tests)."""
        worker = self._worker
        return worker.process.pid if worker is not None else None

    def close(self) -> None:
        """Stop the worker (a scan still reading fails); the next request starts a new one."""
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.stop()

    def _refuse_while_scanning(self) -> None:
        if self._scanning is not None:
            raise ScanFailed(ScanProblem.BUSY, f"{self._device or 'SANE'}: a scan is running")

    def _ask(self, request: _Message) -> Any:
        """Send one request and return the worker's answer. The caller holds the lock."""
        worker = self._ready_worker()
        try:
            worker.send(request)
            reply = worker.receive(self._answer_within_s)
            if isinstance(reply, RawPage):
                raise _NoAnswer("it sent a page unasked")
            return _answer(reply, "ok")
        except _NoAnswer as trouble:
            self._discard(worker, trouble)
            raise ScanFailed(ScanProblem.BROKEN, STOPPED_ANSWERING) from None

    def _ready_worker(self) -> _Worker:
        """The worker, ready for a request; a fresh one if there is none or it is no good."""
        worker = self._worker
        if worker is not None:
            try:
                worker.settle()
            except _NoAnswer as trouble:
                self._discard(worker, trouble)
                worker = None
        if worker is None:
            try:
                worker = _Worker(self._device, self._options, self._driver)
            except OSError as error:
                detail = f"the scanner driver could not start ({error})"
                raise ScanFailed(ScanProblem.BROKEN, detail) from error
            weakref.finalize(self, worker.stop).atexit = False  # _running covers the exit
            self._worker = worker
        return worker

    def _discard(self, worker: _Worker, trouble: _NoAnswer, level: int = logging.WARNING) -> None:
        """End a worker that is no good; the next request starts another. Holds the lock."""
        log.log(level, "the scanner driver is restarted: %s", trouble)
        if self._worker is worker:
            self._worker = None
        worker.stop()


def _answer(reply: _Message, success: str) -> Any:
    """The value of a reply tagged ``success``; ScanFailed for a failure; _NoAnswer for nonsense."""
    match reply:
        case (tag, value) if tag == success == "ok":
            return value
        case (tag,) if tag == success == "done":
            return None
        case ("failed", str(problem), str(detail)) if problem in _PROBLEMS:
            raise ScanFailed(ScanProblem(problem), detail)
    raise _NoAnswer(f"it answered {str(reply)[:80]}")


# The worker process's side: everything below runs in the worker.


def serve(
    connection: Connection,
    device: str | None,
    options: dict[str, object],
    driver: type[SaneScanner] | None,
) -> None:
    """The worker's main: run the SANE driver and answer the kiosk until it goes away."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is for the kiosk
    _end_with_the_kiosk()
    scanner: SaneScanner | None = None
    trouble = ""
    try:
        scanner = _build(device, options, driver)
    except Exception as error:  # e.g. python-sane missing: each request is told why
        trouble = f"the SANE driver could not start ({type(error).__name__}: {error})"
    with contextlib.suppress(EOFError, OSError):  # the kiosk went away: so does the worker
        while True:
            request = connection.recv()
            if scanner is None:
                connection.send(("failed", ScanProblem.BROKEN.value, trouble))
            elif request[0] == "scan":
                _serve_scan(connection, scanner, request[1], request[2])
            else:
                connection.send(_serve_question(scanner, request[0]))


def _build(
    device: str | None, options: dict[str, object], driver: type[SaneScanner] | None
) -> SaneScanner:
    if driver is None:
        from devices.sane_scanner import SaneScanner

        driver = SaneScanner
    return driver(device, options=options)


def _end_with_the_kiosk() -> None:
    """Exit as soon as the kiosk's process ends, even while stuck inside libsane."""
    kiosk = multiprocessing.parent_process()
    if kiosk is None:
        return
    sentinel = kiosk.sentinel

    def watch() -> None:
        wait([sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="sane-worker-watch", daemon=True).start()


def _serve_question(scanner: SaneScanner, question: str) -> _Message:
    try:
        if question == "list":
            answer: object = type(scanner).list_devices()
        elif question == "name":
            answer = scanner.name
        elif question == "sources":
            answer = tuple(source.value for source in scanner.sources())
        elif question == "availability":
            answer = scanner.availability()
        else:
            return _failure(ScanFailed(ScanProblem.BROKEN, f"unknown request {question!r}"))
    except ScanFailed as failure:
        return _failure(failure)
    except Exception as error:  # a driver fault is reported, and the worker carries on
        return _failure(ScanFailed(ScanProblem.BROKEN, f"{type(error).__name__}: {error}"))
    return ("ok", answer)


def _serve_scan(
    connection: Connection, scanner: SaneScanner, settings: ScanSettings, max_pages: int
) -> None:
    told: list[_Message] = []

    def tell(failure: ScanFailed | None) -> None:
        told.append(("done",) if failure is None else _failure(failure))
        connection.send(told[-1])

    scanner.on_scan_ended = tell
    try:
        for page in scanner.scan(settings, max_pages):
            connection.send(("page", page.width, page.height, page.colour, page.dpi))
            connection.send_bytes(page.pixels)
        outcome: _Message = ("done",)
    except ScanFailed as failure:
        outcome = _failure(failure)
    except (EOFError, OSError):
        raise  # the kiosk went away
    except Exception as error:  # a driver fault ends this scan; the worker carries on
        outcome = _failure(ScanFailed(ScanProblem.BROKEN, f"{type(error).__name__}: {error}"))
    finally:
        scanner.on_scan_ended = None
    if not told:  # ended before the device was open, or by a fault
        connection.send(outcome)
    connection.send(("ready",))


def _failure(failure: ScanFailed) -> _Message:
    return ("failed", failure.problem.value, failure.detail)
