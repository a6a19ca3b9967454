"""XLSForm language columns (``label::English (en)``) to the kiosk's localised text objects."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from authoring.xlsform_problems import Findings
from core.languages import LANGUAGE_CODES, language

DEFAULT = "default"  # pyxform's key for a column with no ::language suffix.
MAX_TEXT = 4000

_CODE_IN_BRACKETS = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*)\s*\)\s*$")
_CODES = {
    "en": "en",
    "eng": "en",
    "bn": "bn",
    "ben": "bn",
    "so": "so",
    "som": "so",
    "ur": "ur",
    "urd": "ur",
    "pl": "pl",
    "pol": "pl",
    "zh": "zh_CN",
    "zh_cn": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "cmn": "zh_CN",
    "cmn_hans": "zh_CN",
}
_NAMES = {
    "english": "en",
    "bengali": "bn",
    "bangla": "bn",
    "বাংলা": "bn",
    "somali": "so",
    "soomaali": "so",
    "urdu": "ur",
    "اردو": "ur",
    "polish": "pl",
    "polski": "pl",
    "chinese": "zh_CN",
    "simplified chinese": "zh_CN",
    "chinese simplified": "zh_CN",
    "chinese, simplified": "zh_CN",
    "mandarin": "zh_CN",
    "简体中文": "zh_CN",
    "中文": "zh_CN",
}


def language_code(key: str) -> str | None:
    """The kiosk's code for an XLSForm language name, or None when the kiosk lacks it.

    ``English (en)``, ``English``, ``en``, ``Chinese (zh-CN)`` and ``Chinese (zh_Hans)`` all
    work; a code in brackets wins over the name. Traditional Chinese (zh_TW, zh_Hant) is a
    different written language and is not taken as Simplified.
    """
    text = key.strip()
    bracket = _CODE_IN_BRACKETS.search(text)
    if bracket is not None:
        code = bracket.group(1).replace("-", "_").lower()
        if code in _CODES:
            return _CODES[code]
        region = code.split("_")[0]
        if region in _CODES and region != "zh" and not code.startswith("zh"):
            return _CODES[region]  # en_GB, pl_PL, bn_BD, ur_PK, so_SO
        return None
    lowered = " ".join(text.replace("(", " ").replace(")", " ").split()).lower()
    if lowered in _NAMES:
        return _NAMES[lowered]
    code = lowered.replace("-", "_")
    if code in _CODES:
        return _CODES[code]
    if code.split("_")[0] in _CODES and not code.startswith("zh"):
        return _CODES[code.split("_")[0]]
    return None


def language_keys(node: object, keys: tuple[str, ...]) -> Iterator[str]:
    """Every language key used under ``keys`` anywhere in pyxform's JSON."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in keys and isinstance(value, dict):
                yield from (k for k in value if isinstance(value[k], str))
            else:
                yield from language_keys(value, keys)
    elif isinstance(node, list):
        for value in node:
            yield from language_keys(value, keys)


def english_of(value: object) -> str:
    """The English (or unsuffixed) text of a pyxform text, for messages; '' if none."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        for key, text in value.items():
            if isinstance(text, str) and (key == DEFAULT or language_code(key) == "en"):
                return text
        return next((t for t in value.values() if isinstance(t, str)), "")
    return ""


class Languages:
    """Turns pyxform's text (a string, or language -> string) into ``{"en": …, "bn": …}``.

    Attributes:
        present: the kiosk languages the form has text in, English first.
    """

    def __init__(self, keys: Iterable[str], findings: Findings) -> None:
        self._findings = findings
        found: set[str] = set()
        unknown: list[str] = []
        for key in dict.fromkeys(keys):
            code = "en" if key == DEFAULT else language_code(key)
            if code is None:
                unknown.append(key)
            else:
                found.add(code)
        found.add("en")
        self.present: tuple[str, ...] = tuple(c for c in LANGUAGE_CODES if c in found)
        for key in unknown:
            findings.warn(
                "survey",
                None,
                None,
                f"The language {key!r} is not one the kiosk offers (English, Bengali, Somali, "
                "Urdu, Simplified Chinese, Polish); its text was left out.",
            )

    def placeholder(self, text: str) -> dict[str, str]:
        """The same obviously-unfinished text under every language the form has."""
        return {code: text for code in self.present}

    def text(
        self,
        value: object,
        *,
        sheet: str,
        row: int | None,
        column: str,
        needed: bool,
        warn_missing: bool = True,
    ) -> dict[str, str] | None:
        """The localised text, or None when there is none in English.

        With ``needed`` a missing English text is an error; otherwise the text is left out
        with a warning. Languages the form has but this text lacks get a warning.
        """
        if value is None or value == "":
            if needed:
                self._findings.error(sheet, row, column, "There is no English text.")
            return None
        values: dict[str, Any] = value if isinstance(value, dict) else {DEFAULT: value}
        found: dict[str, str] = {}
        for key, text in values.items():
            if not isinstance(text, str) or not text.strip():
                continue
            if key == DEFAULT:
                continue  # An unsuffixed column: English unless an English column is given.
            code = language_code(key)
            if code is None:
                continue  # A language the kiosk lacks, reported once for the whole form.
            if code in found and found[code] != text:
                self._findings.warn(
                    sheet, row, column, f"Two {language(code).english_name} texts; kept the first."
                )
                continue
            found[code] = text
        default = values.get(DEFAULT)
        if isinstance(default, str) and default.strip():
            if "en" not in found:
                found["en"] = default
            elif found["en"] != default:
                self._findings.warn(
                    sheet,
                    row,
                    column,
                    "The column without a language was left out because an English column "
                    "is given too.",
                )
        if "en" not in found:
            report = self._findings.error if needed else self._findings.warn
            left_out = "" if needed else "; it was left out"
            report(sheet, row, column, f"There is no English text{left_out}.")
            return None
        for code, text in found.items():
            if len(text) > MAX_TEXT:
                self._findings.error(
                    sheet, row, column, f"The text is longer than {MAX_TEXT} characters."
                )
                found[code] = text[:MAX_TEXT]
        if any("${" in t for t in found.values()):
            self._findings.error(
                sheet,
                row,
                column,
                "The text shows another answer (${…}); the kiosk cannot put answers inside "
                "text. Reword it without the answer.",
            )
        missing = [language(c).english_name for c in self.present if c not in found]
        if missing and warn_missing:
            self._findings.warn(
                sheet,
                row,
                column,
                f"No {', '.join(missing)} text; the kiosk will show English until it is "
                "translated.",
            )
        return {code: found[code] for code in LANGUAGE_CODES if code in found}
