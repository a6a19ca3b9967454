"""The languages a kiosk offers, with what screens and printouts need to show each one."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Language:
    """One language in the picker.

    Attributes:
        code: Qt locale name, also the key in catalogue text.
        endonym: the language's name in itself, as shown in the picker.
        english_name: for staff screens and logs.
        right_to_left: the layout mirrors.
        font_family: the Noto family that renders it correctly (see PLATFORM-NOTES).
        speech_locale: a locale to ask the speech engine for, or "" when none exists.
    """

    code: str
    endonym: str
    english_name: str
    right_to_left: bool
    font_family: str
    speech_locale: str


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", False, "Noto Sans", "en_GB"),
    Language("bn", "বাংলা", "Bengali", False, "Noto Sans Bengali", "bn_BD"),
    Language("so", "Soomaali", "Somali", False, "Noto Sans", ""),
    Language("ur", "اردو", "Urdu", True, "Noto Naskh Arabic", "ur_PK"),
    Language("zh_CN", "简体中文", "Simplified Chinese", False, "Noto Sans CJK SC", "zh_CN"),
    Language("pl", "Polski", "Polish", False, "Noto Sans", "pl_PL"),
)
LANGUAGE_CODES: tuple[str, ...] = tuple(lang.code for lang in LANGUAGES)


def language(code: str) -> Language:
    """The language with this code; English when the code is unknown."""
    for lang in LANGUAGES:
        if lang.code == code:
            return lang
    return LANGUAGES[0]


def localised(text: dict[str, str], code: str) -> str:
    """Pick the text for a language, falling back to English, as catalogue files are written."""
    return text.get(code) or text.get("en") or ""
