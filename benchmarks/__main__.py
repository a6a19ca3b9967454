"""``python -m benchmarks``: measure, print the table, write build/bench.json. Always exits 0."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from benchmarks.appends import measure_appends
from benchmarks.central import central_figures, central_table, measure_central
from benchmarks.dashboard import dashboard_figures, dashboard_table, measure_dashboard
from benchmarks.forms import (
    forms_figures,
    forms_table,
    measure_page_turns,
    measure_validate_and_seal,
)
from benchmarks.printing_render import measure_printing, printing_table
from benchmarks.queue import measure_queue, queue_figures, queue_table
from benchmarks.report import figures, table, write_json
from benchmarks.scanning import measure_scanning, scanning_figures, scanning_table
from benchmarks.staff_cards import measure_staff_cards, staff_card_figures, staff_card_table
from benchmarks.startup import ROOT, StartupFailed, measure_startup


def parser() -> argparse.ArgumentParser:
    """The command line."""
    p = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="civic-kiosk figures and their ratio to bare baselines, in the same run.",
    )
    p.add_argument("--runs", type=int, default=7, help="start-up runs of each (default 7)")
    p.add_argument("--warmup", type=int, default=1, help="discarded start-ups of each first")
    p.add_argument("--events", type=int, default=2000, help="appends per round (default 2000)")
    p.add_argument("--rounds", type=int, default=3, help="append rounds (default 3)")
    p.add_argument("--tickets", type=int, default=200, help="tickets taken (default 200)")
    p.add_argument("--calls", type=int, default=30, help="calls shown on the board (default 30)")
    p.add_argument(
        "--partition-events",
        type=int,
        default=200,
        help="events recorded on each side of a partition (default 200)",
    )
    p.add_argument(
        "--form-rounds", type=int, default=8, help="walks of the longest form (default 8)"
    )
    p.add_argument(
        "--central-events", type=int, default=10_000, help="backlog drained (default 10000)"
    )
    p.add_argument(
        "--central-mb", type=float, default=500.0, help="MB of sealed blobs sent (default 500)"
    )
    p.add_argument(
        "--scan-rounds", type=int, default=5, help="A4 pages scanned of each kind (default 5)"
    )
    p.add_argument(
        "--only",
        choices=("all", "queue", "forms", "central", "scanning", "staff", "dashboard"),
        default="all",
        help="run every benchmark (default), or only the queue, form, central-sync, "
        "scanning, staff card or dashboard figures",
    )
    p.add_argument(
        "--json",
        type=Path,
        default=ROOT / "build" / "bench.json",
        help="where to write the figures (default build/bench.json)",
    )
    return p


def main(argv: list[str] | None = None) -> int:
    """Run both benchmarks; goals that fail are reported, not raised."""
    args = parser().parse_args(argv)
    counts = (
        args.runs,
        args.events,
        args.rounds,
        args.tickets,
        args.calls,
        args.partition_events,
        args.form_rounds,
        args.scan_rounds,
    )
    if min(counts) < 1 or args.warmup < 0:
        print(
            "--runs, --events, --rounds, --tickets, --calls, --partition-events, "
            "--form-rounds and --scan-rounds must be at least 1",
            file=sys.stderr,
        )
        return 2
    if args.only == "central":
        central = _central(args)
        write_json(args.json, {"central": central_figures(central)})
        print(central_table(central))
        return 0
    if args.only == "forms":
        forms = [measure_page_turns(args.form_rounds), measure_validate_and_seal()]
        write_json(args.json, {"forms": forms_figures(forms)})
        print(forms_table(forms))
        return 0
    if args.only == "scanning":
        scans = measure_scanning(args.scan_rounds)
        write_json(args.json, {"scanning": scanning_figures(scans)})
        print(scanning_table(scans))
        return 0
    if args.only == "staff":
        cards = measure_staff_cards()
        write_json(args.json, {"staff_cards": staff_card_figures(cards)})
        print(staff_card_table(cards))
        return 0
    if args.only == "dashboard":
        board = measure_dashboard()
        write_json(args.json, {"dashboard": dashboard_figures(board)})
        print(dashboard_table(board))
        return 0
    if args.only == "queue":
        queue = measure_queue(args.tickets, args.calls, args.partition_events)
        write_json(args.json, {"queue": queue_figures(queue)})
        print(queue_table(queue))
        return 0
    try:
        up = measure_startup(args.runs, args.warmup)
    except StartupFailed as exc:
        print(f"start-up benchmark failed: {exc}", file=sys.stderr)
        return 1
    ap = measure_appends(args.events, args.rounds)
    prints = measure_printing()
    queue = measure_queue(args.tickets, args.calls, args.partition_events)
    forms = [measure_page_turns(args.form_rounds), measure_validate_and_seal()]
    central = _central(args)
    scans = measure_scanning(args.scan_rounds)
    cards = measure_staff_cards()
    board = measure_dashboard()
    data = figures(up, ap)
    data["printing"] = [
        {"figure": f.name, "median_ms": f.median_ms, "bare_ms": f.bare_ms, "ratio": f.ratio}
        for f in prints
    ]
    data["queue"] = queue_figures(queue)
    data["forms"] = forms_figures(forms)
    data["central"] = central_figures(central)
    data["scanning"] = scanning_figures(scans)
    data["staff_cards"] = staff_card_figures(cards)
    data["dashboard"] = dashboard_figures(board)
    write_json(args.json, data)
    print(table(up, ap, args.json))
    print(printing_table(prints))
    print(queue_table(queue))
    print(forms_table(forms))
    print(central_table(central))
    print(scanning_table(scans))
    print(staff_card_table(cards))
    print(dashboard_table(board))
    return 0


def _central(args: argparse.Namespace) -> Any:
    """The central-sync figures, scaled down together when the backlog is small (smoke runs)."""
    events = args.central_events
    backlogs = (events // 10, events // 2, events) if events >= 30 else (10, 20, 30)
    blobs = 10 if args.central_mb >= 10 else 2
    return measure_central(
        events=events,
        blob_mb=args.central_mb,
        blobs=blobs,
        backlogs=backlogs,
        rounds=3 if events >= 1000 else 1,
    )


if __name__ == "__main__":
    sys.exit(main())
