"""The council's list of documents a resident can send: checked, and named when broken."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.catalogue import CatalogueError
from core.document_types import load_document_types
from core.languages import LANGUAGE_CODES
from tests.conftest import ROOT

SHIPPED = ROOT / "assets" / "catalogue" / "documents.json"


def test_the_shipped_list_is_whole_in_every_language() -> None:
    types = load_document_types(SHIPPED)
    assert [t.id for t in types][:4] == [
        "passport",
        "tenancy-agreement",
        "payslips",
        "benefit-letter",
    ]
    passport = types[0]
    assert passport.colour and passport.max_pages == 2
    assert not any(t.colour for t in types[1:])  # letters are gray: a third of the size
    for kind in types:
        assert set(kind.name) == set(LANGUAGE_CODES), kind.id
        assert set(kind.hint) == set(LANGUAGE_CODES), kind.id


def _write(tmp_path: Path, documents: object) -> Path:
    path = tmp_path / "documents.json"
    path.write_text(json.dumps({"documents": documents}), encoding="utf-8")
    return path


GOOD = {
    "id": "payslips",
    "colour": False,
    "max_pages": 5,
    "name": {"en": "Payslips"},
    "hint": {"en": "All of them"},
}


@pytest.mark.parametrize(
    ("change", "where", "problem"),
    [
        ({"max_pages": 0}, "documents[0].max_pages", "1 to 50"),
        ({"max_pages": 400}, "documents[0].max_pages", "1 to 50"),
        ({"colour": "yes"}, "documents[0].colour", "true or false"),
        ({"id": "pay slips!"}, "documents[0].id", "letters, digits and dashes"),
        ({"name": {"bn": "পে-স্লিপ"}}, "documents[0].name.en", "English text is required"),
        ({"hint": {"en": "x", "xx": "y"}}, "documents[0].hint.xx", "unknown language"),
    ],
)
def test_a_broken_entry_is_named(
    tmp_path: Path, change: dict[str, object], where: str, problem: str
) -> None:
    with pytest.raises(CatalogueError) as caught:
        load_document_types(_write(tmp_path, [{**GOOD, **change}]))
    assert caught.value.where == where
    assert problem in caught.value.problem


def test_a_duplicate_or_an_empty_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match="listed twice"):
        load_document_types(_write(tmp_path, [GOOD, GOOD]))
    with pytest.raises(CatalogueError, match="at least one"):
        load_document_types(_write(tmp_path, []))
