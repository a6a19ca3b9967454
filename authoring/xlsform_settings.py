"""The settings sheet and the importer's options to the form's top-level fields.

XLSForm has no summary, standard or case reference; those get placeholders that start
"TO WRITE:" (or a stated default) and a warning each, so nothing unfinished goes unnoticed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from authoring.xlsform_languages import Languages
from authoring.xlsform_problems import Findings
from authoring.xlsform_wording import (
    TO_WRITE_NEED,
    TO_WRITE_NEXT,
    TO_WRITE_STANDARD,
    TO_WRITE_SUMMARY,
    TO_WRITE_TITLE,
)
from core.languages import language

FORM_ID = re.compile(r"^[a-z][a-z0-9-]{1,47}$")
SERVICE = re.compile(r"^[a-z][a-z0-9-]{1,47}$")
PREFIX = re.compile(r"^[A-Z]{2}$")
VERSION = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}\.[0-9]{1,3}$")
KINDS = ("report", "apply", "book", "tell", "ask", "triage")
DEFAULT_KIND = "report"
DEFAULT_REPLY_DAYS = 10  # The Customer Promise: reply within 10 working days.
PLACEHOLDER_SERVICE = "to-write"
PLACEHOLDER_PREFIX = "XX"
# Settings the importer reads, or that only matter to pyxform.
_USED_SETTINGS = frozenset(
    {"form_id", "id_string", "form_title", "title", "set_form_id", "set_form_title", "version"}
)
_PYXFORM_ONLY = frozenset(
    {"default_language", "clean_text_values", "allow_choice_duplicates", "name", "namespaces"}
)


@dataclass(frozen=True)
class Options:
    """What the person importing said on the command line (None: work it out, or placeholder)."""

    form_id: str | None = None
    service: str | None = None
    reference_prefix: str | None = None
    kind: str | None = None


def check_options(options: Options, findings: Findings) -> None:
    """Errors for options that could never make a valid form."""
    checks = (
        (
            "--id",
            options.form_id,
            FORM_ID,
            "lower-case letters, digits and '-', starting with a letter",
        ),
        (
            "--service",
            options.service,
            SERVICE,
            "a catalogue service code such as 'waste-environment'",
        ),
        ("--prefix", options.reference_prefix, PREFIX, "two capital letters, e.g. 'MB'"),
    )
    for option, value, pattern, wanted in checks:
        if value is not None and pattern.fullmatch(value) is None:
            findings.error("options", None, option, f"{value!r} is not valid: use {wanted}.")
    if options.kind is not None and options.kind not in KINDS:
        findings.error(
            "options", None, "--kind", f"{options.kind!r} is not one of {', '.join(KINDS)}."
        )


def form_id_slug(text: str) -> str:
    """A form id that fits ^[a-z][a-z0-9-]{1,47}$ ('' when nothing usable is left)."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.strip().lower()).strip("-")
    if slug and not slug[0].isalpha():
        slug = "form-" + slug
    slug = slug[:48].rstrip("-")
    return slug if len(slug) >= 2 else ""


def top_level(
    form: dict[str, Any],
    settings_columns: tuple[str, ...],
    options: Options,
    languages: Languages,
    question_count: int,
    today: date,
    findings: Findings,
) -> dict[str, Any]:
    """The fields before ``items``, in the order FORMS.md describes them."""
    columns = {"_".join(c.split("::")[0].split()).lower() for c in settings_columns}
    for column in sorted(columns - _USED_SETTINGS - _PYXFORM_ONLY):
        findings.warn("settings", 2, column, f"The setting '{column}' is not used by the kiosk.")
    top: dict[str, Any] = {
        "id": _form_id(form, columns, options, findings),
        "version": _version(form.get("version"), today, findings),
    }
    top["service"] = _given_or_placeholder(
        options.service, "service", PLACEHOLDER_SERVICE, "the catalogue service code", findings
    )
    top["kind"] = _given_or_placeholder(
        options.kind, "kind", DEFAULT_KIND, f"one of {', '.join(KINDS)}", findings
    )
    top["reference_prefix"] = _given_or_placeholder(
        options.reference_prefix,
        "reference_prefix",
        PLACEHOLDER_PREFIX,
        "a two-letter prefix no other form uses",
        findings,
    )
    top["title"] = _title(form, columns, languages, findings)
    minutes = max(1, min(60, round(question_count / 2)))
    top["summary"] = _to_write("summary", TO_WRITE_SUMMARY, languages, findings)
    top["minutes"] = minutes
    findings.warn(
        "settings",
        None,
        "minutes",
        f"minutes is an estimate ({minutes}, about 30 seconds a question); time the form "
        "with a resident and correct it.",
    )
    top["you_will_need"] = [_to_write("you_will_need", TO_WRITE_NEED, languages, findings)]
    top["standard"] = _to_write("standard", TO_WRITE_STANDARD, languages, findings)
    top["reply_within_working_days"] = DEFAULT_REPLY_DAYS
    findings.warn(
        "settings",
        None,
        "reply_within_working_days",
        f"reply_within_working_days is {DEFAULT_REPLY_DAYS}, the Customer Promise; change it "
        "if this service promises something else.",
    )
    top["what_happens_next"] = _to_write("what_happens_next", TO_WRITE_NEXT, languages, findings)
    review = [code for code in languages.present if code != "en"]
    if review:
        top["awaiting_review"] = review
    return top


def _form_id(form: dict[str, Any], columns: set[str], options: Options, findings: Findings) -> str:
    if options.form_id is not None:
        return options.form_id
    written = str(form.get("id_string") or "")
    given = bool(columns & {"form_id", "id_string", "set_form_id"})
    slug = form_id_slug(written)
    if not slug:
        findings.error(
            "settings",
            2 if given else None,
            "form_id",
            f"{written!r} cannot be made into a form id; give one with --id or in form_id.",
        )
        return "form-id"
    if not given:
        findings.warn(
            "settings",
            None,
            "form_id",
            f"There is no form_id; the id '{slug}' was made from the file name.",
        )
    elif slug != written:
        findings.warn(
            "settings", 2, "form_id", f"The form_id {written!r} became '{slug}' to fit the kiosk."
        )
    return slug


def _version(written: object, today: date, findings: Findings) -> str:
    text = str(written or "").strip()
    if VERSION.fullmatch(text):
        return text
    version = f"{today.isoformat()}.1"
    was = f"The version {text!r} is not" if text else "There is no version, which should be"
    findings.warn(
        "settings",
        2 if text else None,
        "version",
        f"{was} in the kiosk's form (date published and a counter, e.g. 2026-11-23.1); "
        f"it is now {version}.",
    )
    return version


def _given_or_placeholder(
    given: str | None, field: str, placeholder: str, wanted: str, findings: Findings
) -> str:
    if given is not None:
        return given
    findings.warn(
        "settings",
        None,
        field,
        f"XLSForm has no {field}; it is '{placeholder}' for now. Set it to {wanted}.",
    )
    return placeholder


def _to_write(field: str, text: str, languages: Languages, findings: Findings) -> dict[str, str]:
    findings.warn(
        "settings", None, field, f"XLSForm has no {field}; write it where it says 'TO WRITE'."
    )
    return languages.placeholder(text)


def _title(
    form: dict[str, Any], columns: set[str], languages: Languages, findings: Findings
) -> dict[str, str]:
    if not columns & {"form_title", "title", "set_form_title"}:
        findings.warn("settings", None, "form_title", "There is no form_title; write the title.")
        return languages.placeholder(TO_WRITE_TITLE)
    title = languages.text(
        form.get("title"),
        sheet="settings",
        row=2,
        column="form_title",
        needed=False,
        warn_missing=False,
    )
    if title is None:
        return languages.placeholder(TO_WRITE_TITLE)
    missing = [code for code in languages.present if code not in title]
    for code in missing:
        title[code] = f"TO TRANSLATE: {title['en']}"
    if missing:
        findings.warn(
            "settings",
            2,
            "form_title",
            f"The title has no {', '.join(language(c).english_name for c in missing)} text "
            "(XLSForm usually has one title); translate it where it says 'TO TRANSLATE', or "
            "add form_title::Language columns.",
        )
    return {code: title[code] for code in languages.present if code in title}
