"""The documents a resident can send for their case, as the council lists them.

``assets/catalogue/documents.json`` says, for each kind of document, its name and a hint in
every kiosk language, whether it is scanned in colour (a passport photo) or gray (letters,
which stay legible and are a third of the size), and how many pages it may have.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.catalogue import CatalogueError, Localised, read_json_file
from core.languages import LANGUAGE_CODES, localised

MOST_PAGES = 50  # no document type may allow more: a kiosk is not a bulk-scanning station


@dataclass(frozen=True, slots=True)
class DocumentType:
    """One kind of document, e.g. a tenancy agreement: gray, at most 20 pages."""

    id: str
    name: Localised
    hint: Localised
    colour: bool
    max_pages: int

    def title(self, language: str) -> str:
        return localised(self.name, language)


def load_document_types(path: Path) -> tuple[DocumentType, ...]:
    """Read and check the list; a problem raises CatalogueError naming where it is."""
    raw = read_json_file(path)
    source = str(path)
    if not isinstance(raw, dict) or not isinstance(raw.get("documents"), list):
        raise CatalogueError(source, "documents", "must be a list of document types")
    types = tuple(
        _document_type(source, f"documents[{i}]", d) for i, d in enumerate(raw["documents"])
    )
    if not types:
        raise CatalogueError(source, "documents", "must list at least one document type")
    seen: set[str] = set()
    for index, kind in enumerate(types):
        if kind.id in seen:
            raise CatalogueError(source, f"documents[{index}].id", f"{kind.id!r} is listed twice")
        seen.add(kind.id)
    return types


def _document_type(source: str, where: str, raw: Any) -> DocumentType:
    if not isinstance(raw, dict):
        raise CatalogueError(source, where, "must be an object")
    ident = raw.get("id")
    if not isinstance(ident, str) or not ident or not ident.replace("-", "").isalnum():
        raise CatalogueError(source, f"{where}.id", "must be letters, digits and dashes")
    colour = raw.get("colour")
    if not isinstance(colour, bool):
        raise CatalogueError(source, f"{where}.colour", "must be true or false")
    pages = raw.get("max_pages")
    if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= MOST_PAGES:
        raise CatalogueError(
            source, f"{where}.max_pages", f"must be a whole number 1 to {MOST_PAGES}"
        )
    return DocumentType(
        id=ident,
        name=_text(source, f"{where}.name", raw.get("name")),
        hint=_text(source, f"{where}.hint", raw.get("hint")),
        colour=colour,
        max_pages=pages,
    )


def _text(source: str, where: str, raw: object) -> Localised:
    if not isinstance(raw, dict) or not isinstance(raw.get("en"), str) or not raw["en"].strip():
        raise CatalogueError(source, f"{where}.en", "English text is required")
    for code, text in raw.items():
        if code not in LANGUAGE_CODES:
            raise CatalogueError(source, f"{where}.{code}", "unknown language")
        if not isinstance(text, str) or not text.strip():
            raise CatalogueError(source, f"{where}.{code}", "must be non-empty text")
    return dict(raw)
