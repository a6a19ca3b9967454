"""Conditions, constraints and calculations for guided service forms, evaluated safely.

An ``Expression`` is compiled once from ODK-XPath-flavoured text (see
``core.form_expression_parser``) and evaluated against a resident's answers. Values follow ODK:
an unanswered question is empty; empty reads as '' in text, makes arithmetic empty, and makes
every comparison false except ``= ''`` (``!=`` is always the opposite of ``=``). No ``NaN`` or
infinity ever comes out: where XPath would produce one, the result is empty or an
``ExpressionError``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from core.form_expression_parser import (
    Binary,
    Call,
    Current,
    ExpressionError,
    ExpressionSyntaxError,
    Literal,
    Negate,
    Node,
    Reference,
    parse,
    references_in,
)

__all__ = ["Expression", "ExpressionError", "ExpressionSyntaxError", "compile_expression"]

MAX_PATTERN_LENGTH = 200
_EPOCH = date(1970, 1, 1)
_LARGEST_EXACT = 2**53
_NUMERIC_TEXT = re.compile(r"\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)\s*")
_ISO_DATE = re.compile(r"\s*(\d{4}-\d{2}-\d{2})(?:T[0-9:.+\-Z]*)?\s*")

Number = int | float


def _is_empty(value: object) -> bool:
    return value is None or value == "" or (isinstance(value, list | tuple) and not value)


def _finite(value: Number) -> Number:
    """Keep numbers representable: big ints become floats, and infinity is refused."""
    if isinstance(value, int) and abs(value) > _LARGEST_EXACT:
        try:
            value = float(value)
        except OverflowError:
            raise ExpressionError("a number is too large to work with") from None
    if isinstance(value, float) and not math.isfinite(value):
        raise ExpressionError("a number is too large to work with")
    return value


def to_text(value: object) -> str:
    """XPath string(): the text a value reads as."""
    if _is_empty(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float | Decimal):
        number = _finite(float(value) if isinstance(value, Decimal) else value)
        if isinstance(number, float) and number.is_integer() and abs(number) < 1e15:
            return str(int(number))
        return str(number)
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        # A multi-select answer, stored by ODK as its choices separated by spaces.
        return " ".join(to_text(item) for item in value)
    raise ExpressionError(f"an answer of type {type(value).__name__} cannot be used")


def to_number(value: object) -> Number | None:
    """XPath number(): None for empty; ExpressionError for text that is not a number."""
    if _is_empty(value):
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return _finite(value)
    if isinstance(value, Decimal):
        return _finite(float(value))
    if isinstance(value, datetime):
        return (value.date() - _EPOCH).days
    if isinstance(value, date):
        return (value - _EPOCH).days
    text = to_text(value)
    if _NUMERIC_TEXT.fullmatch(text) is None:
        raise ExpressionError(f"{text[:40]!r} is not a number")
    text = text.strip()
    return _finite(float(text) if "." in text else int(text))


def to_date(value: object) -> date | None:
    """ODK date(): an ISO date, a date, or a number of days since 1 January 1970."""
    if _is_empty(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return _EPOCH + timedelta(days=int(_finite(value)))
        except (OverflowError, ValueError):
            raise ExpressionError(f"{to_text(value)} days is outside the calendar") from None
    text = to_text(value)
    match = _ISO_DATE.fullmatch(text)
    if match is not None:
        try:
            return date.fromisoformat(match.group(1))
        except ValueError:
            pass
    raise ExpressionError(f"{text[:40]!r} is not a date (expected YYYY-MM-DD)")


def truthy(value: object) -> bool:
    """XPath boolean(): non-zero numbers, non-empty text and non-empty lists are true."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return value != 0 and not (isinstance(value, float) and math.isnan(value))
    return not _is_empty(value)


def _choices(value: object) -> list[str]:
    if isinstance(value, list | tuple):
        return [to_text(item) for item in value]
    return to_text(value).split()


def _items(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else [value]


def _compare(operator: str, left: object, right: object) -> bool:
    if _is_empty(left) or _is_empty(right):
        if operator in ("=", "!="):
            return (_is_empty(left) and _is_empty(right)) == (operator == "=")
        return False
    if operator in ("=", "!="):
        return _equal(left, right) == (operator == "=")
    if isinstance(left, date) or isinstance(right, date) or _both_dates(left, right):
        return _ordered(operator, to_date(left), to_date(right))
    return _ordered(operator, to_number(left), to_number(right))


def _both_dates(left: object, right: object) -> bool:
    return all(
        isinstance(v, str) and _NUMERIC_TEXT.fullmatch(v) is None and _ISO_DATE.fullmatch(v)
        for v in (left, right)
    )


def _equal(left: object, right: object) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        return truthy(left) == truthy(right)
    try:
        if isinstance(left, date) or isinstance(right, date):
            return to_date(left) == to_date(right)
        if isinstance(left, int | float | Decimal) or isinstance(right, int | float | Decimal):
            return to_number(left) == to_number(right)
    except ExpressionError:
        return False  # As in XPath: text that is not a number or date equals no number or date.
    return to_text(left) == to_text(right)


def _ordered(operator: str, left: Number | date | None, right: Number | date | None) -> bool:
    if left is None or right is None:
        return False
    if isinstance(left, date) != isinstance(right, date):
        raise ExpressionError("a date can only be compared with another date")
    if operator == "<":
        return left < right  # type: ignore[operator]
    if operator == "<=":
        return left <= right  # type: ignore[operator]
    if operator == ">":
        return left > right  # type: ignore[operator]
    return left >= right  # type: ignore[operator]


def _arithmetic(operator: str, left: object, right: object) -> Number | None:
    a, b = to_number(left), to_number(right)
    if a is None or b is None:
        return None
    try:
        if operator == "+":
            return _finite(a + b)
        if operator == "-":
            return _finite(a - b)
        if operator == "*":
            return _finite(a * b)
        if b == 0:
            raise ExpressionError(f"cannot {'divide' if operator == 'div' else 'take mod'} by zero")
        if operator == "div":
            if isinstance(a, int) and isinstance(b, int) and a % b == 0:
                return a // b
            return _finite(a / b)
        # XPath mod keeps the sign of the left operand, like C's fmod.
        if isinstance(a, int) and isinstance(b, int):
            remainder = abs(a) % abs(b)
            return remainder if a >= 0 else -remainder
        return _finite(math.fmod(a, b))
    except OverflowError:
        raise ExpressionError("a number is too large to work with") from None


def _check_pattern(pattern: str) -> None:
    """Refuse regex patterns that could take exponential time.

    Python's ``re`` backtracks, and a resident's answer is matched on the UI path with no
    timeout, so a pattern like ``(a+)+`` could freeze a kiosk. The check is deliberately simple:
    a group that contains a quantifier may not itself be repeated. It does not catch every
    slow pattern (overlapping alternations such as ``(a|a)*`` get through), so the length
    cap and reviewed form definitions remain the main defence.
    """
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ExpressionError(
            f"the pattern is {len(pattern)} characters long; at most {MAX_PATTERN_LENGTH} allowed"
        )
    quantified: list[bool] = [False]  # One entry per open group: does it hold a quantifier?
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            close = pattern.find("]", i + 2)
            i = len(pattern) if close == -1 else close + 1
            continue
        if ch == "(":
            quantified.append(False)
        elif ch == ")" and len(quantified) > 1:
            inner = quantified.pop()
            repeated = pattern[i + 1 : i + 2] in ("+", "*", "{")
            if inner and repeated:
                raise ExpressionError(
                    "the pattern repeats a group that already repeats, which can hang the kiosk"
                )
            quantified[-1] = quantified[-1] or inner
        elif ch in "+*{":
            quantified[-1] = True
        i += 1


@lru_cache(maxsize=128)
def _compiled_pattern(pattern: str) -> re.Pattern[str]:
    _check_pattern(pattern)
    try:
        return re.compile(pattern)
    except (re.error, OverflowError, RecursionError, ValueError) as error:
        raise ExpressionError(f"the pattern {pattern[:40]!r} is not valid: {error}") from None


def _age(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    if born > today:
        raise ExpressionError("the date of birth is after today")
    # Someone born on 29 February turns a year older on 1 March in other years.
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _rounded(value: object, digits: object) -> Number | None:
    number, places = to_number(value), to_number(digits)
    if number is None:
        return None
    if places is None or places != int(places) or not -15 <= places <= 15:
        raise ExpressionError("round() takes a whole number of places from -15 to 15")
    if places >= 0 and (isinstance(number, int) or abs(number) >= 2**52):
        return number  # Already whole; scaling it up could overflow.
    # Half away from zero, as ODK does, rather than Python's round-half-to-even.
    scale = 10 ** int(places)
    result = math.floor(abs(number) * scale + 0.5) / scale
    result = math.copysign(result, number)
    return _finite(int(result) if int(places) <= 0 else result)


def _numbers(values: Sequence[object]) -> list[Number]:
    flat = [item for value in values for item in _items(value)]
    return [n for n in (to_number(item) for item in flat) if n is not None]


def _total(numbers: list[Number]) -> Number:
    if all(isinstance(n, int) for n in numbers):
        return _finite(sum(numbers))
    return _finite(math.fsum(numbers))


_SIMPLE: dict[str, Callable[[list[object], date], object]] = {
    "true": lambda args, today: True,
    "false": lambda args, today: False,
    "not": lambda args, today: not truthy(args[0]),
    "selected": lambda args, today: to_text(args[1]).strip() in _choices(args[0]),
    "count-selected": lambda args, today: len(_choices(args[0])),
    "string-length": lambda args, today: len(to_text(args[0])),
    "concat": lambda args, today: "".join(to_text(a) for a in args),
    "contains": lambda args, today: to_text(args[1]) in to_text(args[0]),
    "starts-with": lambda args, today: to_text(args[0]).startswith(to_text(args[1])),
    "regex": lambda args, today: (
        _compiled_pattern(to_text(args[1])).fullmatch(to_text(args[0])) is not None
    ),
    "today": lambda args, today: today,
    "date": lambda args, today: to_date(args[0]),
    "age": lambda args, today: _age(to_date(args[0]), today),
    "int": lambda args, today: None if (n := to_number(args[0])) is None else int(n),
    "number": lambda args, today: to_number(args[0]),
    "round": lambda args, today: _rounded(args[0], args[1] if len(args) > 1 else 0),
    "min": lambda args, today: min(_numbers(args), default=None),
    "max": lambda args, today: max(_numbers(args), default=None),
    "sum": lambda args, today: _total(_numbers(args)),
    "count": lambda args, today: len([i for i in _items(args[0]) if not _is_empty(i)]),
}


@dataclass(frozen=True)
class Expression:
    """A compiled form expression.

    Attributes:
        text: the expression as written.
        references: the ``${names}`` it reads, so a form can be checked when it loads.
    """

    text: str
    tree: Node = field(repr=False)
    references: frozenset[str] = field(default_factory=frozenset)

    def evaluate(
        self, answers: Mapping[str, object], *, current: object = None, today: date
    ) -> object:
        """Work the expression out against the answers; raise ExpressionError if it cannot be."""
        return _Evaluation(answers, current, today).value(self.tree)

    def truthy(self, answers: Mapping[str, object], *, current: object = None, today: date) -> bool:
        """Evaluate, then apply XPath's boolean rules (for relevance and constraints)."""
        return truthy(self.evaluate(answers, current=current, today=today))


@dataclass(frozen=True)
class _Evaluation:
    answers: Mapping[str, object]
    current: object
    today: date

    def value(self, node: Node) -> object:
        if isinstance(node, Literal):
            return node.value
        if isinstance(node, Reference):
            return self.answers.get(node.name)
        if isinstance(node, Current):
            return self.current
        if isinstance(node, Negate):
            return _arithmetic("-", 0, self.value(node.operand))
        if isinstance(node, Binary):
            return self._binary(node)
        return self._call(node)

    def _binary(self, node: Binary) -> object:
        if node.operator == "or":
            return truthy(self.value(node.left)) or truthy(self.value(node.right))
        if node.operator == "and":
            return truthy(self.value(node.left)) and truthy(self.value(node.right))
        left, right = self.value(node.left), self.value(node.right)
        if node.operator in ("=", "!=", "<", "<=", ">", ">="):
            return _compare(node.operator, left, right)
        return _arithmetic(node.operator, left, right)

    def _call(self, node: Call) -> object:
        if node.name == "if":
            chosen = (
                node.arguments[1] if truthy(self.value(node.arguments[0])) else node.arguments[2]
            )
            return self.value(chosen)
        if node.name == "coalesce":
            first = self.value(node.arguments[0])
            return first if not _is_empty(first) else self.value(node.arguments[1])
        arguments = [self.value(argument) for argument in node.arguments]
        return _SIMPLE[node.name](arguments, self.today)


def compile_expression(text: str) -> Expression:
    """Parse expression text once; raise ExpressionSyntaxError saying what was expected where."""
    tree = parse(text)
    _check_literal_patterns(tree)
    return Expression(text, tree, references_in(tree))


def _check_literal_patterns(tree: Node) -> None:
    """Catch a bad regex written into the form when the form loads, not when a resident types."""
    pending: list[Node] = [tree]
    while pending:
        node = pending.pop()
        if isinstance(node, Negate):
            pending.append(node.operand)
        elif isinstance(node, Binary):
            pending.extend((node.left, node.right))
        elif isinstance(node, Call):
            pending.extend(node.arguments)
            pattern = node.arguments[1] if node.name == "regex" else None
            if isinstance(pattern, Literal):
                try:
                    _compiled_pattern(to_text(pattern.value))
                except ExpressionError as error:
                    raise ExpressionSyntaxError(
                        f"in regex() at character {node.offset + 1}: {error}", node.offset + 1
                    ) from None
