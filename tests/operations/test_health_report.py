"""The health report's shape: what a terminal sends is exactly what the case service reads.

A report gathered for real from a real data folder goes through JSON and back unchanged; the
OpenAPI document describes it with the very schema the parser enforces; anything off that
schema is refused, naming the part that is wrong; and the problems IT is shown follow from
what the report says. The version comes from the files the terminal runs from.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from core.config import load_config
from core.events import EventDraft, Scope
from core.terminal_health import (
    HEALTH_SCHEMA,
    HealthFormatError,
    PrinterHealth,
    TerminalHealth,
    parse_health,
)
from core.version import app_version, source_commit
from operations.health import HealthGatherer
from store.journal import SqliteJournal
from tests.conftest import ROOT

OPENAPI = ROOT / "sync" / "openapi" / "case-service-v1.json"


@pytest.fixture
def report(tmp_path: Path) -> TerminalHealth:
    """A report gathered from a terminal folder with a real journal and a file printer."""
    data = tmp_path / "data"
    journal = SqliteJournal(data, "kiosk-7", "idea-store-bow")
    journal.append(EventDraft("ticket.issued", {"number": "A001"}, Scope.SITE))
    journal.close()
    config = dataclasses.replace(
        load_config(None),
        terminal_id="kiosk-7",
        site="idea-store-bow",
        scanner="simulated",
        card_reader="none",
    )
    printer = {"name": "roll", "kind": "file", "folder": str(tmp_path / "printouts")}
    gatherer = HealthGatherer(config, data, [printer], started=0.0)
    try:
        return gatherer.gather()
    finally:
        gatherer.close()


def test_a_gathered_report_comes_back_from_json_unchanged(report: TerminalHealth) -> None:
    sent = json.dumps(report.to_json()).encode()
    assert parse_health(sent) == report
    assert report.terminal == "kiosk-7" and report.journal.integrity == "ok"


def test_the_openapi_document_describes_the_report_with_the_schema_the_service_enforces() -> None:
    document = json.loads(OPENAPI.read_text(encoding="utf-8"))
    assert document["components"]["schemas"]["TerminalHealth"] == HEALTH_SCHEMA


def _broken(report: TerminalHealth, change: Any) -> dict[str, Any]:
    value = copy.deepcopy(report.to_json())
    change(value)
    return value


BREAKAGES = {
    "an unknown part": (lambda v: v.update(battery="low"), "must not contain {'battery'}"),
    "a part missing": (lambda v: v.pop("disk"), "must contain"),
    "a count as text": (lambda v: v["disk"].update(free_bytes="lots"), "disk.free_bytes"),
    "a flag for a count": (lambda v: v["sync"].update(backlog=False), "sync.backlog"),
    "a negative backlog": (lambda v: v["sync"].update(backlog=-1), "sync.backlog"),
    "a fault not agreed": (lambda v: v["printers"][0].update(fault="on fire"), "fault"),
    "paper as a flag": (lambda v: v["printers"][0].update(paper=True), "paper"),
    "a text far too long": (lambda v: v["scanner"].update(detail="x" * 501), "scanner.detail"),
    "a terminal id with a slash": (lambda v: v.update(terminal="a/b"), "terminal"),
    "a time not in UTC": (lambda v: v.update(gathered_at="2026-11-23 10:00"), "gathered_at"),
    "a later format": (lambda v: v.update(format=2), "format"),
    "seventeen printers": (lambda v: v.update(printers=v["printers"] * 17), "printers"),
}


@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_a_report_off_the_schema_is_refused_naming_what_is_wrong(
    report: TerminalHealth, breakage: str
) -> None:
    change, named = BREAKAGES[breakage]
    with pytest.raises(HealthFormatError) as refused:
        TerminalHealth.from_json(_broken(report, change))
    assert named in str(refused.value)
    assert str(refused.value).startswith("the health report is not in the agreed shape")


def test_a_report_that_is_not_json_is_refused_plainly() -> None:
    for body in (b"\xff\xfe", b'{"format": Infinity}', b"[" * 100_000):
        with pytest.raises(HealthFormatError, match="not JSON"):
            parse_health(body)


def test_problems_name_what_it_should_look_at(report: TerminalHealth) -> None:
    assert report.problems() == []
    out_of_paper = PrinterHealth("roll", "cups", False, "out", "paper_out", "media-empty")
    troubled = dataclasses.replace(
        report,
        printers=(out_of_paper,),
        disk=dataclasses.replace(report.disk, free_bytes=200 * 1024**2),
        journal=dataclasses.replace(report.journal, integrity="database disk image is malformed"),
        sync=dataclasses.replace(
            report.sync, configured=True, last_error="refused by the case service"
        ),
    )
    problems = troubled.problems()
    assert "printer roll: paper out (media-empty)" in problems
    assert any(p.startswith("disk: only 200 MB free") for p in problems)
    assert "journal: database disk image is malformed" in problems
    assert "sending to the case service: refused by the case service" in problems
    fresh = dataclasses.replace(
        report, journal=dataclasses.replace(report.journal, integrity="no journal yet")
    )
    assert fresh.problems() == []  # a terminal that has recorded nothing is not broken


def test_the_version_is_the_one_in_pyproject_of_the_files_it_runs_from(tmp_path: Path) -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        text.replace('version = "', 'version = "9.8.7-', 1), encoding="utf-8"
    )
    assert app_version(tmp_path).startswith("9.8.7-")
    assert app_version(tmp_path / "elsewhere") == "unknown"
    assert app_version() != "unknown"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_the_commit_is_the_checkouts_head_however_git_keeps_its_refs(tmp_path: Path) -> None:
    def git(*args: str) -> str:
        done = subprocess.run(
            ["git", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True
        )
        return done.stdout.strip()

    assert source_commit(tmp_path) is None  # not a checkout
    git("init", "-q", "-b", "main")
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    git("add", "a.txt")
    git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "a")
    head = git("rev-parse", "HEAD")
    assert source_commit(tmp_path) == head  # a loose ref
    git("pack-refs", "--all")
    assert not (tmp_path / ".git" / "refs" / "heads" / "main").exists()
    assert source_commit(tmp_path) == head  # a packed ref
    git("checkout", "-q", "--detach")
    assert source_commit(tmp_path) == head  # a detached head
