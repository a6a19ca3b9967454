"""main.py catalogue as form authors and council IT run it: check, list and the two imports."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from core.form_catalogue import parse_form
from tests.authoring import xlsform_samples
from tests.cli_support import run_main
from tests.conftest import ROOT
from tests.sync.georeport_server import JURISDICTION, GeoReportServer

CATALOGUE = ROOT / "assets" / "catalogue"


def test_check_walks_every_form_and_finds_no_problem() -> None:
    done = run_main("catalogue", "check")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 problems" in done.stdout


def test_check_names_the_file_the_path_and_the_problem(tmp_path: Path) -> None:
    copy = tmp_path / "catalogue"
    shutil.copytree(CATALOGUE, copy)
    broken = copy / "forms" / "report-missed-bin.json"
    form = json.loads(broken.read_text(encoding="utf-8"))
    form["items"][1]["type"] = "barcode"
    broken.write_text(json.dumps(form), encoding="utf-8")
    config = tmp_path / "terminal.toml"
    config.write_text(f'[catalogue]\npath = "{copy / "demo-idea-store.json"}"\n', encoding="utf-8")
    done = run_main("--config", str(config), "catalogue", "check")
    assert done.returncode == 1
    assert "report-missed-bin.json: items[1].type" in done.stdout


def test_list_shows_versions_and_translations_awaiting_review() -> None:
    done = run_main("catalogue", "list")
    assert done.returncode == 0
    line = next(x for x in done.stdout.splitlines() if x.startswith("report-missed-bin"))
    assert "v2026-11-23.1" in line and "awaiting review: bn, so, ur, zh_CN, pl" in line
    assert "life event moving-in" in done.stdout


def test_an_xlsform_becomes_a_form_the_kiosk_loads(tmp_path: Path) -> None:
    workbook = xlsform_samples.types_form(tmp_path)
    out = tmp_path / "imported.json"
    done = run_main(
        "catalogue",
        "import-xlsform",
        str(workbook),
        "--out",
        str(out),
        "--service",
        "waste-environment",
        "--prefix",
        "ZX",
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "TO WRITE" in out.read_text(encoding="utf-8")
    parse_form(json.loads(out.read_text(encoding="utf-8")), CATALOGUE, str(out))


def test_an_open311_service_becomes_a_form_skeleton_and_a_route(tmp_path: Path) -> None:
    server = GeoReportServer()
    out = tmp_path / "open311.json"
    try:
        done = run_main(
            "catalogue",
            "import-open311",
            server.url,
            "--jurisdiction",
            JURISDICTION,
            "--code",
            "DMV66",
            "--out",
            str(out),
            "--service",
            "general-enquiries",
            "--prefix",
            "ZY",
        )
    finally:
        server.close()
    assert done.returncode == 0, done.stdout + done.stderr
    assert "open311.services" in done.stdout
    parse_form(json.loads(out.read_text(encoding="utf-8")), CATALOGUE, str(out))


def test_a_broken_xlsform_is_refused_with_its_rows(tmp_path: Path) -> None:
    not_a_workbook = tmp_path / "form.xlsx"
    not_a_workbook.write_text("this is not a spreadsheet", encoding="utf-8")
    done = run_main("catalogue", "import-xlsform", str(not_a_workbook))
    assert done.returncode == 1
    assert "Could not import" in done.stderr
