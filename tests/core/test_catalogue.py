"""The service catalogue: the shipped demo loads in every language, broken files say where."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.catalogue import CatalogueError, load_catalogue
from core.config import DEMO_CATALOGUE
from core.languages import LANGUAGE_CODES, localised

DEMO_CODES = (
    "housing",
    "council-tax-benefits",
    "parking",
    "registrars",
    "waste-environment",
    "libraries",
    "general-enquiries",
)
Raw = dict[str, Any]


@pytest.fixture(scope="module")
def demo_raw() -> Raw:
    """The shipped demo catalogue as parsed JSON."""
    raw: Raw = json.loads(DEMO_CATALOGUE.read_text(encoding="utf-8"))
    return raw


def test_the_shipped_demo_catalogue_has_seven_services_in_order() -> None:
    """The demo site offers the seven Idea Store services, in the order the home screen shows."""
    catalogue = load_catalogue(DEMO_CATALOGUE)
    assert tuple(s.code for s in catalogue.services) == DEMO_CODES
    assert catalogue.version


def test_every_service_speaks_every_kiosk_language() -> None:
    """Name, summary, standard and examples are written in all six languages, not fallbacks."""
    catalogue = load_catalogue(DEMO_CATALOGUE)
    assert set(LANGUAGE_CODES) == {"en", "bn", "so", "ur", "zh_CN", "pl"}
    for service in catalogue.services:
        for text in (service.name, service.summary, service.standard, *service.examples):
            assert set(text) == set(LANGUAGE_CODES), service.code
            assert all(value.strip() for value in text.values()), service.code
        assert service.examples, service.code
        # Languages in other scripts can never share the English text: a copy means untranslated.
        for code in ("bn", "ur", "zh_CN"):
            assert service.name[code] != service.name["en"], (service.code, code)
            assert service.summary[code] != service.summary["en"], (service.code, code)


def test_the_ten_minute_first_conversation_standard_is_published() -> None:
    """The seeds' promise: no more than 10 minutes to talk to someone without an appointment."""
    catalogue = load_catalogue(DEMO_CATALOGUE)
    first = next(s for s in catalogue.standards if s.id == "first-conversation")
    assert first.minutes == 10
    assert "10 minutes" in first.text["en"]
    assert set(first.text) == set(LANGUAGE_CODES)


def test_service_lookup_by_code() -> None:
    """service() finds by code and refuses unknown codes."""
    catalogue = load_catalogue(DEMO_CATALOGUE)
    assert catalogue.service("parking").title("en") == "Parking"
    with pytest.raises(KeyError):
        catalogue.service("no-such-service")


def test_localised_text_falls_back_to_english() -> None:
    """A language missing from a text (or an unknown code) shows the English."""
    text = {"en": "Housing", "bn": "আবাসন"}
    assert localised(text, "bn") == "আবাসন"
    assert localised(text, "pl") == "Housing"
    assert localised(text, "xx") == "Housing"
    assert localised({"en": "Housing", "pl": ""}, "pl") == "Housing"


def test_service_title_falls_back_to_english(tmp_path: Path, demo_raw: Raw) -> None:
    """A service with only English text shows English in every language."""
    raw = copy.deepcopy(demo_raw)
    raw["services"][0]["name"] = {"en": "Housing"}
    service = load_catalogue(_write(tmp_path, raw)).services[0]
    assert [service.title(code) for code in LANGUAGE_CODES] == ["Housing"] * 6


def _write(folder: Path, raw: object) -> Path:
    path = folder / "catalogue.json"
    path.write_text(json.dumps(raw, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _drop_services(raw: Raw) -> None:
    del raw["services"]


def _empty_services(raw: Raw) -> None:
    raw["services"] = []


def _duplicate_code(raw: Raw) -> None:
    raw["services"][3]["code"] = "housing"


def _no_english(raw: Raw) -> None:
    del raw["services"][2]["summary"]["en"]


def _unknown_language(raw: Raw) -> None:
    raw["services"][1]["name"]["fr"] = "Taxe"


def _empty_text(raw: Raw) -> None:
    raw["services"][0]["name"]["bn"] = "   "


def _negative_days(raw: Raw) -> None:
    raw["services"][4]["reply_within_working_days"] = -1


def _days_as_text(raw: Raw) -> None:
    raw["services"][4]["reply_within_working_days"] = "ten"


def _missing_code(raw: Raw) -> None:
    del raw["services"][5]["code"]


def _standard_without_english(raw: Raw) -> None:
    del raw["standards"][0]["text"]["en"]


def _example_not_text(raw: Raw) -> None:
    raw["services"][0]["examples"][0]["en"] = 7


BROKEN: list[tuple[Callable[[Raw], None], str, str]] = [
    (_drop_services, "(top).services", "is missing"),
    (_empty_services, "services", "non-empty list"),
    (_duplicate_code, "services", "'housing' appears more than once"),
    (_no_english, "services[2].summary.en", "English text is required"),
    (_unknown_language, "services[1].name.fr", "unknown language"),
    (_empty_text, "services[0].name.bn", "non-empty text"),
    (_negative_days, "services[4].reply_within_working_days", "0 or more"),
    (_days_as_text, "services[4].reply_within_working_days", "whole number"),
    (_missing_code, "services[5].code", "is missing"),
    (_standard_without_english, "standards[0].text.en", "English text is required"),
    (_example_not_text, "services[0].examples[0].en", "non-empty text"),
]


@pytest.mark.parametrize(
    ("breakage", "where", "problem"), BROKEN, ids=[b[0].__name__.strip("_") for b in BROKEN]
)
def test_a_broken_definition_names_file_path_and_problem(
    tmp_path: Path,
    demo_raw: Raw,
    breakage: Callable[[Raw], None],
    where: str,
    problem: str,
) -> None:
    """Each mistake in a catalogue file is reported where it is, so it can be fixed."""
    raw = copy.deepcopy(demo_raw)
    breakage(raw)
    path = _write(tmp_path, raw)
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.where == where
    assert problem in caught.value.problem
    assert str(caught.value).startswith(f"{path}: {where}: ")


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    """A syntax error gives the line it is on."""
    path = tmp_path / "catalogue.json"
    path.write_text('{\n  "catalogue_version": "1",\n  "services": [,]\n}\n', encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(path)
    assert caught.value.where == "line 3"
    assert "not valid JSON" in caught.value.problem
    assert str(path) in str(caught.value)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    """A catalogue path that does not exist says so."""
    with pytest.raises(CatalogueError, match="does not exist"):
        load_catalogue(tmp_path / "gone.json")


def test_a_catalogue_that_is_not_an_object_is_refused(tmp_path: Path) -> None:
    """A JSON list at the top is refused, naming the top level."""
    with pytest.raises(CatalogueError) as caught:
        load_catalogue(_write(tmp_path, [1, 2, 3]))
    assert caught.value.where == "(top)"
