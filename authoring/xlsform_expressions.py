"""ODK XPath from XLSForm columns to the kiosk's expression language.

Most XLSForm expressions already are kiosk expressions. This renames ``${references}`` (and
choice values the importer had to change), refuses what the kiosk cannot evaluate (paths such
as ``/data/x`` or ``../x``, and functions like ``jr:choice-name`` or ``pulldata``) with the
reason, and finally compiles the result with ``core.form_expressions``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from core.form_expression_parser import FUNCTION_ARITY
from core.form_expressions import ExpressionError, compile_expression

_REFERENCE = re.compile(r"\$\{([^}]*)\}")
_FUNCTION = re.compile(r"(?<![\w:.-])([A-Za-z_][\w.:-]*)\s*\(")
_OPERATOR_WORDS = frozenset({"and", "or", "div", "mod"})
_SUPPORTED = ", ".join(sorted(FUNCTION_ARITY))


@dataclass(frozen=True)
class Conversion:
    """A converted expression, or the reasons it could not be converted."""

    text: str | None
    problems: list[str] = field(default_factory=list)


def split_strings(text: str) -> list[tuple[bool, str]]:
    """Split expression text into (is a quoted string, piece), quotes kept on strings.

    Follows the kiosk parser: a backslash escapes the next character, and a doubled quote
    stands for one quote. An unclosed quote runs to the end (compiling reports it).
    """
    pieces: list[tuple[bool, str]] = []
    start = i = 0
    while i < len(text):
        if text[i] in "'\"":
            quote = text[i]
            if start < i:
                pieces.append((False, text[start:i]))
            j = i + 1
            while j < len(text):
                if text[j] == "\\":
                    j += 2
                    continue
                if text[j] == quote:
                    if text.startswith(quote, j + 1):
                        j += 2
                        continue
                    break
                j += 1
            end = min(j + 1, len(text))
            pieces.append((True, text[i:end]))
            start = i = end
        else:
            i += 1
    if start < len(text):
        pieces.append((False, text[start:]))
    return pieces


class ExpressionConverter:
    """Converts expressions for one form.

    Args:
        names: XLSForm name -> kiosk name, for every answer or calculation the form keeps.
        dropped: XLSForm name -> what it was ("a group", "a note"), for names the form
            refers to but the kiosk form does not have.
        choice_values: XLSForm name of a choice question -> {old value: new value} for the
            choice values the importer had to change.
    """

    def __init__(
        self,
        names: Mapping[str, str],
        dropped: Mapping[str, str],
        choice_values: Mapping[str, Mapping[str, str]],
    ) -> None:
        self._names = names
        self._dropped = dropped
        self._choice_values = choice_values

    def convert(self, text: str) -> Conversion:
        """Convert one expression; problems say what in it the kiosk cannot do."""
        problems: list[str] = []
        pieces = split_strings(text.strip())
        code = " ".join(piece for quoted, piece in pieces if not quoted)
        referenced = [m.group(1).strip() for m in _REFERENCE.finditer(code)]
        for name in dict.fromkeys(referenced):
            if name in self._dropped:
                problems.append(
                    f"it refers to ${{{name}}}, which is {self._dropped[name]}; "
                    "the kiosk form has no such answer"
                )
            elif name not in self._names:
                problems.append(f"it refers to ${{{name}}}, which is not in the form")
        bare = _REFERENCE.sub(" 0 ", code)
        problems += _unsupported_syntax(bare)
        renames: dict[str, str] = {}
        for name in referenced:
            renames.update(self._choice_values.get(name, {}))
        out: list[str] = []
        for quoted, piece in pieces:
            if quoted:
                out.append(_renamed_literal(piece, renames))
            else:
                out.append(_REFERENCE.sub(lambda m: self._reference(m.group(1)), piece))
        converted = "".join(out)
        if problems:
            return Conversion(None, problems)
        try:
            compile_expression(converted)
        except ExpressionError as error:
            return Conversion(None, [f"the kiosk cannot read it: {error}"])
        return Conversion(converted)

    def _reference(self, name: str) -> str:
        return "${" + self._names.get(name.strip(), name.strip()) + "}"


def _unsupported_syntax(code: str) -> list[str]:
    """XPath the kiosk's expression language does not have, named plainly."""
    problems: list[str] = []
    for name in dict.fromkeys(m.group(1) for m in _FUNCTION.finditer(code)):
        if name.lower() in _OPERATOR_WORDS or name in FUNCTION_ARITY:
            continue
        problems.append(
            f"it uses the function {name}(), which the kiosk does not support "
            f"(it supports {_SUPPORTED})"
        )
    if ".." in code:
        problems.append(
            "it uses a relative path ('..'); write answers as ${name} (a path like "
            "'../name' is not supported)"
        )
    elif "/" in code:
        problems.append(
            "it uses an XPath path (such as /data/name); write answers as ${name} and "
            "division as 'div'"
        )
    if "[" in code or "]" in code:
        problems.append("it uses an XPath filter ('[…]'), which the kiosk does not support")
    if "|" in code:
        problems.append("it uses '|' (joining node sets), which the kiosk does not support")
    return problems


def _renamed_literal(piece: str, renames: Mapping[str, str]) -> str:
    """A quoted choice value, renamed when the importer changed that value."""
    if len(piece) >= 2 and piece[0] == piece[-1] and piece[1:-1] in renames:
        return piece[0] + renames[piece[1:-1]] + piece[0]
    return piece


def all_of(conditions: list[str]) -> str | None:
    """The conditions AND-ed together (None when there are none)."""
    kept = list(dict.fromkeys(c for c in conditions if c))
    if not kept:
        return None
    if len(kept) == 1:
        return kept[0]
    return " and ".join(f"({c})" for c in kept)
