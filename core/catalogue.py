"""The service catalogue: which council services a site offers, in every kiosk language."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.languages import LANGUAGE_CODES, localised

Localised = dict[str, str]


class CatalogueError(ValueError):
    """A broken catalogue file, naming the file, the path inside it, and the problem."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        super().__init__(f"{source}: {where}: {problem}")
        self.source = source
        self.where = where
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ServiceStandard:
    """A published promise, such as "no wait over 10 minutes for a first conversation"."""

    id: str
    text: Localised
    minutes: int | None = None
    hours: int | None = None
    working_days: int | None = None


@dataclass(frozen=True, slots=True)
class Service:
    """One council service a resident can come for.

    Attributes:
        code: stable id, also the Open311 service code.
        icon: file name (no extension) in ``assets/icons``.
        name, summary, standard: localised text.
        examples: things people come for, phrased as ask/apply/report/tell/book.
        reply_within_working_days: the service standard as a number.
        ticket_letter: the letter its queue tickets start with (H for H-017).
        ask_appointment: ask "Do you have an appointment?" before giving a ticket.
    """

    code: str
    icon: str
    name: Localised
    summary: Localised
    examples: tuple[Localised, ...]
    reply_within_working_days: int
    standard: Localised
    ticket_letter: str = "X"
    ask_appointment: bool = False

    def title(self, language: str) -> str:
        """The service's name in a language."""
        return localised(self.name, language)


@dataclass(frozen=True, slots=True)
class Catalogue:
    """All services and standards for one council, with the version it was published as."""

    version: str
    council: Localised
    services: tuple[Service, ...]
    standards: tuple[ServiceStandard, ...]

    def service(self, code: str) -> Service:
        """The service with this code."""
        for service in self.services:
            if service.code == code:
                return service
        raise KeyError(code)


MAX_FILE_BYTES = 2_000_000


def read_json_file(path: Path) -> Any:
    """A catalogue, form or gazetteer file as JSON; CatalogueError says what is wrong, where."""
    source = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CatalogueError(source, "(file)", "is larger than 2 MB, which no such file is")
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(source, "(file)", "the file does not exist") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(source, "(file)", f"cannot be read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(source, f"line {exc.lineno}", f"not valid JSON: {exc.msg}") from None
    except RecursionError:  # "[[[[..." a thousand deep: no catalogue nests like that
        raise CatalogueError(source, "(file)", "is nested too deeply to be read") from None


def load_catalogue(path: Path) -> Catalogue:
    """Read and check a catalogue file; any problem raises CatalogueError naming where."""
    return _Reader(str(path)).catalogue(read_json_file(path))


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> CatalogueError:
        return CatalogueError(self.source, where, problem)

    def obj(self, where: str, value: object) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "must be an object")
        return value

    def field(self, where: str, value: dict[str, Any], key: str) -> Any:
        if key not in value:
            raise self.fail(f"{where}.{key}", "is missing")
        return value[key]

    def text(self, where: str, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "must be non-empty text")
        return value

    def number(self, where: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise self.fail(where, "must be a whole number, 0 or more")
        return value

    def localised(self, where: str, value: object) -> Localised:
        table = self.obj(where, value)
        if "en" not in table:
            raise self.fail(f"{where}.en", "English text is required as the fallback")
        for code, text in table.items():
            if code not in LANGUAGE_CODES:
                raise self.fail(
                    f"{where}.{code}", f"unknown language; use {', '.join(LANGUAGE_CODES)}"
                )
            self.text(f"{where}.{code}", text)
        return dict(table)

    def catalogue(self, raw: object) -> Catalogue:
        top = self.obj("(top)", raw)
        services_raw = self.field("(top)", top, "services")
        if not isinstance(services_raw, list) or not services_raw:
            raise self.fail("services", "must be a non-empty list")
        services = tuple(self.service(f"services[{i}]", s) for i, s in enumerate(services_raw))
        codes = [s.code for s in services]
        for code in codes:
            if codes.count(code) > 1:
                raise self.fail("services", f"service code {code!r} appears more than once")
        letters = [s.ticket_letter for s in services]
        for letter in letters:
            if letters.count(letter) > 1:
                raise self.fail("services", f"ticket letter {letter!r} is used by two services")
        standards_raw = top.get("standards", [])
        if not isinstance(standards_raw, list):
            raise self.fail("standards", "must be a list")
        return Catalogue(
            version=self.text("catalogue_version", self.field("(top)", top, "catalogue_version")),
            council=self.localised("council", self.field("(top)", top, "council")),
            services=services,
            standards=tuple(
                self.standard(f"standards[{i}]", s) for i, s in enumerate(standards_raw)
            ),
        )

    def service(self, where: str, raw: object) -> Service:
        s = self.obj(where, raw)
        code = self.text(f"{where}.code", self.field(where, s, "code"))
        examples = self.field(where, s, "examples")
        if not isinstance(examples, list):
            raise self.fail(f"{where}.examples", "must be a list")
        return Service(
            code=code,
            icon=self.text(f"{where}.icon", self.field(where, s, "icon")),
            name=self.localised(f"{where}.name", self.field(where, s, "name")),
            summary=self.localised(f"{where}.summary", self.field(where, s, "summary")),
            examples=tuple(
                self.localised(f"{where}.examples[{i}]", e) for i, e in enumerate(examples)
            ),
            reply_within_working_days=self.number(
                f"{where}.reply_within_working_days",
                self.field(where, s, "reply_within_working_days"),
            ),
            standard=self.localised(f"{where}.standard", self.field(where, s, "standard")),
            ticket_letter=self.letter(
                f"{where}.ticket_letter", self.field(where, s, "ticket_letter")
            ),
            ask_appointment=s.get("ask_appointment", False) is True,
        )

    def letter(self, where: str, value: object) -> str:
        if not isinstance(value, str) or len(value) != 1 or not ("A" <= value <= "Z"):
            raise self.fail(where, "must be one capital letter A to Z")
        return value

    def standard(self, where: str, raw: object) -> ServiceStandard:
        s = self.obj(where, raw)

        def optional(key: str) -> int | None:
            return None if key not in s else self.number(f"{where}.{key}", s[key])

        return ServiceStandard(
            id=self.text(f"{where}.id", self.field(where, s, "id")),
            text=self.localised(f"{where}.text", self.field(where, s, "text")),
            minutes=optional("minutes"),
            hours=optional("hours"),
            working_days=optional("working_days"),
        )
