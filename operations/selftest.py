"""``main.py selftest``: check everything a kiosk needs, one plain line per check.

What is checked, in the order an operator would look: the display, a font for each language,
speech and a voice for each language, the journal (integrity; pending migrations applied),
a test page on every printer, a page through the scanner, the staff card reader, the clock,
and the case service. Each line says OK, FAILED or SKIPPED with the reason; the exit code is
1 if anything failed. An update runs the new release's self-test against the terminal's data
folder before switching to it (operations/update.py), so this is also the update's gate.

Lines are printed as each check finishes, so a check that hangs shows where.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from core.config import TerminalConfig
from core.printing import Printer
from core.scanning import PageScanner
from operations import selftest_devices, selftest_qt, selftest_site
from operations.selftest_report import SKIPPABLE, Check, failed, skipped, summary
from operations.update_release import ReleaseProblem, describe_release
from store.journal import SqliteJournal

ROOT = Path(__file__).resolve().parent.parent


def run_selftest(
    config: TerminalConfig,
    data_dir: Path,
    *,
    compose_scanner: Callable[[TerminalConfig], PageScanner | None],
    demo_printer: Callable[[Path], dict[str, object]],
    skip: Iterable[str] = (),
    say: Callable[[str], None] = print,
) -> int:
    """Run every check, print the report, and return the exit code (0 all well, 1 a failure).

    A printer setting that cannot be used raises ConfigError before anything is checked, as
    at the kiosk's start (main.py reports it as a configuration problem).
    """
    leave_out = set(skip)
    printers = selftest_devices.build_printers(config, demo_printer, data_dir)
    checks: list[Check] = []
    say(f"civic-kiosk selftest: terminal {config.terminal_id} ({config.role}) at {config.site}")
    for check in _checks(config, data_dir, printers, compose_scanner, leave_out):
        checks.append(check)
        say(check.line())
    say(summary(checks))
    return 1 if any(c.failed for c in checks) else 0


def _checks(
    config: TerminalConfig,
    data_dir: Path,
    printers: list[Printer],
    compose_scanner: Callable[[TerminalConfig], PageScanner | None],
    leave_out: set[str],
) -> Iterator[Check]:
    def wanted(name: str) -> bool:
        return name not in leave_out

    if wanted("display"):
        yield from selftest_qt.check_display()
    if wanted("fonts"):
        yield from selftest_qt.check_fonts(config)
    if wanted("speech"):
        yield from selftest_qt.check_speech(config)
    journal_check, journal = selftest_site.open_journal(config, data_dir)
    yield journal_check
    with contextlib.ExitStack() as stack:
        if journal is None:  # a damaged journal is left alone; faults go to a scratch one
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory()))
            journal = SqliteJournal(scratch, config.terminal_id, config.site)
        stack.callback(journal.close)
        if wanted("printers"):
            yield from selftest_devices.check_printers(config, printers, journal)
    if wanted("scanner"):
        yield selftest_devices.check_scanner(config, compose_scanner)
    if wanted("card-reader"):
        yield selftest_devices.check_card_reader(config)
    yield from _clock_and_case_service(config, wanted("clock"), wanted("case-service"))
    for name in sorted(leave_out & set(SKIPPABLE)):
        yield skipped(name, "left out on the command line (--skip)")


def _clock_and_case_service(
    config: TerminalConfig, clock: bool, case_service: bool
) -> Iterator[Check]:
    """The clock is judged against the release's build date and the case service's clock."""
    answer = None
    if config.case_service_url and (clock or case_service):
        answer = selftest_site.probe_case_service(config.case_service_url)
    if clock:
        now = datetime.now(UTC)
        try:
            release = describe_release(ROOT)
        except ReleaseProblem as problem:
            yield failed("clock", f"this release's build date is unknown: {problem}")
        else:
            yield selftest_site.check_clock(release, answer, now)
    if case_service:
        yield selftest_site.check_case_service(config, answer)
