"""Checks with a time limit: a hung device costs one waiting thread, never the caller's time.

Used by the health probes (operations/health.py); a check that hangs is not started again
under the same key until the earlier one ends, so a wedged driver asked every minute does
not pile up threads.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

_T = TypeVar("_T")


class ProbeFailed(Exception):
    """A check that did not answer in time, or whose earlier check is still hanging."""


_in_flight: dict[str, float] = {}
_in_flight_lock = threading.Lock()


def run_bounded(key: str, work: Callable[[], _T], timeout_s: float) -> _T:
    """Run ``work`` on a daemon thread and wait up to ``timeout_s`` for it.

    Returns its value or raises its own exception; raises ProbeFailed when time runs out,
    or at once while an earlier check under the same ``key`` is still running.
    """
    with _in_flight_lock:
        started = _in_flight.get(key)
        if started is not None:
            raise ProbeFailed(
                f"an earlier check has not finished after {time.monotonic() - started:.0f} s "
                "(the device or its service may be hung)"
            )
        _in_flight[key] = time.monotonic()
    outcome: list[Any] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as exc:  # carried to the caller, whatever it is
            outcome.append((False, exc))
        finally:
            with _in_flight_lock:
                _in_flight.pop(key, None)
            done.set()

    threading.Thread(target=run, name=f"health {key}", daemon=True).start()
    if not done.wait(timeout_s):
        raise ProbeFailed(f"no answer within {timeout_s:g} s")
    worked, value = outcome[0]
    if not worked:
        raise value
    return value  # type: ignore[no-any-return]


def all_at_once(parts: Sequence[Callable[[], _T]]) -> list[_T]:
    """Call each on its own thread and wait for all (each is bounded by its own time limit)."""
    results: list[Any] = [None] * len(parts)

    def run(index: int) -> None:
        try:
            results[index] = (True, parts[index]())
        except BaseException as exc:  # a probe bug: raised in the caller below
            results[index] = (False, exc)

    threads = [
        threading.Thread(target=run, args=(i,), name=f"health part {i}", daemon=True)
        for i in range(len(parts))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for worked, value in results:
        if not worked:
            raise value
    return [value for _, value in results]


def plain_words(exc: BaseException) -> str:
    """An exception in plain words: ProbeFailed's own, else its type and message."""
    if isinstance(exc, ProbeFailed):
        return str(exc)
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
