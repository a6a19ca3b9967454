"""``build/evidence.md`` says what each run measured, and puts every miss at the top."""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence.bench_rows import bench_rows
from evidence.figures import DIR_ENV, SCALE_ENV, at_scale, read_figures, record
from evidence.report import Run, misses, read_run, render

# One of each shape the benchmarks write (cut from a real build/bench.json).
BENCH = {
    "startup": {
        "bare_median_s": 0.17,
        "kiosk_median_s": 0.35,
        "ratio": 2.07,
        "goal_max_ratio": 1.5,
        "passed": False,
    },
    "appends": {
        "raw_median_per_s": 2533.0,
        "journal_median_per_s": 2575.0,
        "ratio": 1.02,
        "goal_min_ratio": 0.8,
        "passed": True,
    },
    "printing": [
        {"figure": "ticket PDF render (en)", "median_ms": 12.2, "bare_ms": 0.66, "ratio": 18.5}
    ],
    "queue": {
        "timings": [
            {
                "figure": "tap to durable ticket",
                "p95_ms": 1.7,
                "bare_p95_ms": 1.0,
                "ratio_p95": 1.77,
            }
        ],
        "simulated_day": {"wait_p90_min": 44.0},
    },
    "central": {
        "throughput": [
            {
                "figure": "drain a backlog",
                "baseline": "raw signed batches",
                "unit": "events/s",
                "ours_per_s": 10510.0,
                "bare_per_s": 25336.0,
                "ratio": 0.41,
            }
        ],
        "drain_memory": [{"backlog": 50, "traced_peak_mb": 0.21}],
    },
    "scanning": [
        {
            "figure": "A4 gray: scan to sealed PDF",
            "ours": 73.0,
            "bare": 39.7,
            "unit": "ms",
            "ratio": 1.84,
        }
    ],
    "staff_cards": {"skipped": "no pcscd on this machine"},
    "dashboard": {
        "events": 36309,
        "figures": [
            {
                "figure": "30 days' figures",
                "median_ms": 760.7,
                "bare_median_ms": 139.9,
                "baseline": "SELECT + json.loads",
                "ratio": 5.44,
                "goal_max_ms": 1000.0,
                "passed": True,
            }
        ],
    },
}


def test_every_benchmark_shape_becomes_one_row_with_its_baseline() -> None:
    rows = {r.figure: r for r in bench_rows(BENCH)}
    assert set(rows) == {
        "startup",
        "appends",
        "ticket PDF render (en)",
        "tap to durable ticket",
        "drain a backlog",
        "A4 gray: scan to sealed PDF",
        "(not measured)",
        "30 days' figures",
    }
    assert (rows["startup"].ours, rows["startup"].bare, rows["startup"].unit) == (0.35, 0.17, "s")
    assert rows["startup"].goal == "≤ 1.5×" and rows["startup"].passed is False
    assert rows["appends"].goal == "≥ 0.8×" and rows["appends"].passed is True
    assert rows["tap to durable ticket"].statistic == "p95"
    assert rows["drain a backlog"].unit == "events/s"
    assert rows["(not measured)"].skipped == "no pcscd on this machine"


def test_figures_are_recorded_only_when_a_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(DIR_ENV, raising=False)
    monkeypatch.delenv(SCALE_ENV, raising=False)
    record("Soak", "sessions", 150)
    assert at_scale(ci=150, full=10_000) == 150
    monkeypatch.setenv(DIR_ENV, str(tmp_path))
    monkeypatch.setenv(SCALE_ENV, "full")
    assert at_scale(ci=150, full=10_000) == 10_000
    record("Soak", "widgets leaked", 0, target="0", met=True, how="allWidgets before and after")
    with (tmp_path / "figures.jsonl").open("a") as torn:
        torn.write('{"suite": "Soak", "na')  # a run killed mid-line
    [figure] = read_figures(tmp_path)
    assert (figure.name, figure.value, figure.met, figure.scale) == (
        "widgets leaked",
        0,
        True,
        "full",
    )


def test_the_report_lists_every_miss_failure_and_silent_suite_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DIR_ENV, str(tmp_path))
    record("Durability", "acknowledged lost", 0, target="0", met=True, how="SIGKILL x 20")
    record("Soak", "RSS growth", 31.5, unit="MB", target="< 20 MB", met=False, how="statm")
    (tmp_path / "junit-1.xml").write_text(
        '<testsuites><testsuite><testcase classname="tests.evidence.test_soak" name="test_soak"'
        ' time="12.5"><failure message="RSS grew 31.5 MB&#10;more">trace</failure></testcase>'
        '<testcase classname="tests.evidence.test_disk_full" name="test_full" time="0.1">'
        '<skipped message="cannot mount"/></testcase></testsuite></testsuites>'
    )
    run = read_run(tmp_path)
    run.bench = bench_rows(BENCH)
    text = render(run)
    top = text.split("## Durability")[0]
    assert "**Soak: RSS growth** was 31.50 MB, target < 20 MB." in top
    assert "**Test failed:** `tests.evidence.test_soak::test_soak`: RSS grew 31.5 MB" in top
    assert "**Test skipped:** `tests.evidence.test_disk_full::test_full`: cannot mount" in top
    for silent in ("Sync under faults", "Privacy", "Kiosk escape", "Bad input"):
        assert f"**{silent}:** no figures were recorded." in top
    assert "**Benchmark start-up: startup** was 0.35 s, goal ≤ 1.5×." in top
    assert "**Benchmark staff cards** was not measured: no pcscd on this machine" in top
    assert "| acknowledged lost | 0 | 0 | yes | SIGKILL x 20 |" in text
    record("Durability", "acknowledged doubled", 0, target="0", met=True, how="SIGKILL x 20")
    assert "| acknowledged doubled | 0 | 0 | yes | as above |" in render(read_run(tmp_path))
    # The soak rerun with --append: its new figure and outcome replace the failed ones.
    record("Soak", "RSS growth", 4.5, unit="MB", target="< 20 MB", met=True, how="statm")
    (tmp_path / "junit-2.xml").write_text(
        '<testsuite><testcase classname="tests.evidence.test_soak" name="test_soak"'
        ' time="600"/></testsuite>'
    )
    rerun = read_run(tmp_path)
    assert [f.value for f in rerun.figures if f.name == "RSS growth"] == [4.5]
    top = render(rerun).split("## Durability")[0]
    assert "RSS growth" not in top and "test_soak" not in top
    assert "| dashboard | 30 days' figures | median 761 ms | 140 ms SELECT + json.loads" in text


def test_a_clean_run_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(DIR_ENV, raising=False)  # under make evidence: not into the real report
    run = Run()
    assert misses(run)  # nothing recorded is itself a miss: every suite is named
    suites = ("Durability", "Sync under faults", "Privacy", "Kiosk escape", "Bad input", "Soak")
    run.figures = [read for s in suites for read in [record(s, "lost", 0, target="0", met=True)]]
    assert misses(run) == []
    assert "None: every figure met its target." in render(run)
