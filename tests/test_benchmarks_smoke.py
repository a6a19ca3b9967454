"""``python -m benchmarks`` still runs end to end, so the benchmark code cannot rot.

It asserts the shape of the report, never a timing: benchmarks report, they do not gate.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytest.importorskip("PySide6", reason="the start-up benchmark shows Qt windows")
pytestmark = pytest.mark.qt

RATIO = re.compile(r"\d+\.\d+×")


def test_benchmarks_run_and_report_both_figures_with_ratios(tmp_path: Path) -> None:
    figures = tmp_path / "bench.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    args = ["--runs", "1", "--events", "50", "--json", str(figures)]
    args += ["--tickets", "20", "--calls", "5", "--partition-events", "20", "--form-rounds", "1"]
    args += ["--central-events", "100", "--central-mb", "0.5", "--scan-rounds", "1"]
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    rows = {
        name: next((line for line in done.stdout.splitlines() if line.startswith(name)), "")
        for name in ("start to first paint", "durable appends/s")
    }
    for name, row in rows.items():
        assert row, f"no '{name}' row in:\n{done.stdout}"
        assert RATIO.search(row), f"no ratio in: {row}"
        assert re.search(r"\b(PASS|FAIL)\b", row), f"no verdict in: {row}"
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["startup"]["ratio"] > 0
    assert data["appends"]["ratio"] > 0
    assert [f["figure"].split(" (")[0] for f in data["forms"]] == [
        "tap to next page",
        "validate and seal",
    ]
    assert all(f["ratio_p95"] > 0 for f in data["forms"])
    assert data["central"], "no central-sync figures"
    scans = {f["figure"]: f for f in data["scanning"]}
    assert set(scans) == {
        "A4 300 dpi colour: scan to sealed PDF",
        "A4 300 dpi colour: bytes per page (letter)",
        "A4 200 dpi gray: scan to sealed PDF",
        "A4 200 dpi gray: bytes per page (letter)",
    }
    assert all(f["ratio"] > 0 for f in scans.values())
    assert len(data["startup"]["kiosk_s"]) == 1
    assert data["appends"]["events"] == 50
    printing = {row["figure"]: row for row in data["printing"]}
    assert "ticket PDF render (bn)" in printing
    assert "tap to job spooled (file printer, en)" in printing
    assert all(row["ratio"] > 0 for row in printing.values())
    assert "ticket ESC/POS render (bn)" in done.stdout
    queue_rows = ("tap to durable ticket", "call next to board", "peers converge after")
    for name in queue_rows:
        row = next((line for line in done.stdout.splitlines() if line.startswith(name)), "")
        assert RATIO.search(row), f"no ratio for '{name}' in:\n{done.stdout}"
    assert "accuracy, so no ratio" in done.stdout
    timings = {row["figure"]: row for row in data["queue"]["timings"]}
    assert timings["tap to durable ticket"]["samples"] == 20
    assert timings["call next to board (other process)"]["samples"] == 5
    assert all(row["ratio_p95"] > 0 for row in timings.values())
    day = data["queue"]["simulated_day"]
    assert 0 <= day["walk_ins_within_10"] <= 1 and day["estimate_mae_minutes"] >= 0
