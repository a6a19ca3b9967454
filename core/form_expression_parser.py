"""Tokenizer and Pratt parser for form expressions: text in, a small syntax tree out.

The syntax follows ODK XPath, so XLSForm ``relevant``, ``constraint`` and ``calculate``
columns carry over as written. Nothing here ever hands text to ``eval`` or Python's parser:
form definitions come from outside the kiosk and are treated as untrusted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_TEXT_LENGTH = 2000
MAX_TOKENS = 500
MAX_DEPTH = 50

# Function name -> (fewest, most) arguments; None means any number.
FUNCTION_ARITY: dict[str, tuple[int, int | None]] = {
    "true": (0, 0),
    "false": (0, 0),
    "not": (1, 1),
    "selected": (2, 2),
    "count-selected": (1, 1),
    "string-length": (1, 1),
    "concat": (1, None),
    "contains": (2, 2),
    "starts-with": (2, 2),
    "regex": (2, 2),
    "if": (3, 3),
    "coalesce": (2, 2),
    "today": (0, 0),
    "date": (1, 1),
    "age": (1, 1),
    "int": (1, 1),
    "number": (1, 1),
    "round": (1, 2),
    "min": (1, None),
    "max": (1, None),
    "sum": (1, 1),
    "count": (1, 1),
}

# Binding power of each infix operator, loosest first, as in XPath 1.0.
_INFIX_POWER = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
}
_UNARY_POWER = 7

_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+")
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z_][A-Za-z0-9_]*)*")
_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SYMBOLS = ("!=", "<=", ">=", "=", "<", ">", "+", "-", "*", "(", ")", ",")


class ExpressionError(Exception):
    """An expression could not be worked out; the message says why, in plain English."""


class ExpressionSyntaxError(ExpressionError):
    """An expression's text is not well formed.

    Attributes:
        position: the 1-based character number where the problem was found.
    """

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of expression text: its kind, its value and where it starts (0-based)."""

    kind: str  # "number", "string", "reference", "current", "name", "symbol" or "end"
    text: str
    offset: int
    value: object = None


@dataclass(frozen=True, slots=True)
class Literal:
    """A number or string written in the expression."""

    value: object


@dataclass(frozen=True, slots=True)
class Reference:
    """``${name}``: the answer to another question."""

    name: str


@dataclass(frozen=True, slots=True)
class Current:
    """``.``: the value of the question being checked."""


@dataclass(frozen=True, slots=True)
class Negate:
    """Unary minus."""

    operand: Node


@dataclass(frozen=True, slots=True)
class Binary:
    """An infix operator and its two operands."""

    operator: str
    left: Node
    right: Node


@dataclass(frozen=True, slots=True)
class Call:
    """A call to one of the whitelisted functions."""

    name: str
    arguments: tuple[Node, ...]
    offset: int = 0  # Where the function's name starts, for messages about its arguments.


Node = Literal | Reference | Current | Negate | Binary | Call


def _at(offset: int) -> str:
    return f"at character {offset + 1}"


def _read_string(text: str, start: int) -> tuple[str, int]:
    """Read a quoted string starting at ``start``; return its value and the offset after it.

    ``\\'`` and ``\\"`` give a quote and a doubled quote gives one quote. Any other backslash
    pair is kept as written, so regex patterns such as ``'^\\d{5}$'`` mean what they say.
    """
    quote = text[start]
    parts: list[str] = []
    i = start + 1
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            following = text[i + 1]
            parts.append(following if following in "'\"" else ch + following)
            i += 2
        elif ch == quote:
            if text.startswith(quote, i + 1):
                parts.append(quote)
                i += 2
            else:
                return "".join(parts), i + 1
        else:
            parts.append(ch)
            i += 1
    raise ExpressionSyntaxError(f"the text started {_at(start)} has no closing {quote}", start + 1)


def tokenize(text: str) -> list[Token]:
    """Split expression text into tokens, ending with an ``end`` token."""
    if len(text) > MAX_TEXT_LENGTH:
        raise ExpressionSyntaxError(
            f"the expression is {len(text)} characters long; at most {MAX_TEXT_LENGTH} are allowed",
            MAX_TEXT_LENGTH + 1,
        )
    tokens: list[Token] = []
    i = 0
    while i < len(text):
        if len(tokens) >= MAX_TOKENS:
            raise ExpressionSyntaxError(
                f"the expression has more than {MAX_TOKENS} parts; split it up ({_at(i)})", i + 1
            )
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "'\"":
            value, end = _read_string(text, i)
            tokens.append(Token("string", text[i:end], i, value))
            i = end
        elif number := _NUMBER.match(text, i):
            written = number.group()
            value_n: int | float = float(written) if "." in written else int(written)
            tokens.append(Token("number", written, i, value_n))
            i = number.end()
        elif ch == ".":
            tokens.append(Token("current", ".", i))
            i += 1
        elif ch == "$":
            reference = _REFERENCE.match(text, i)
            if reference is None:
                raise ExpressionSyntaxError(
                    f"expected a field reference like ${{name}} {_at(i)}", i + 1
                )
            tokens.append(Token("reference", reference.group(), i, reference.group(1)))
            i = reference.end()
        elif name := _NAME.match(text, i):
            tokens.append(Token("name", name.group(), i))
            i = name.end()
        else:
            symbol = next((s for s in _SYMBOLS if text.startswith(s, i)), None)
            if symbol is None:
                raise ExpressionSyntaxError(f"unexpected character {ch!r} {_at(i)}", i + 1)
            tokens.append(Token("symbol", symbol, i))
            i += len(symbol)
    tokens.append(Token("end", "", len(text)))
    return tokens


class _Parser:
    """Recursive descent with binding powers (Pratt); nesting is counted, never left to luck."""

    def __init__(self, tokens: list[Token]) -> None:
        self._tokens = tokens
        self._index = 0
        self._depth = 0

    def parse(self) -> Node:
        node = self._expression(0)
        token = self._peek()
        if token.kind != "end":
            raise self._expected("an operator or the end of the expression", token)
        return node

    def _peek(self) -> Token:
        return self._tokens[self._index]

    def _advance(self) -> Token:
        token = self._tokens[self._index]
        if token.kind != "end":
            self._index += 1
        return token

    @staticmethod
    def _expected(what: str, token: Token) -> ExpressionSyntaxError:
        found = "the end of the expression" if token.kind == "end" else repr(token.text)
        return ExpressionSyntaxError(
            f"expected {what} {_at(token.offset)}, found {found}", token.offset + 1
        )

    def _deeper(self, token: Token) -> None:
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ExpressionSyntaxError(
                f"the expression is nested more than {MAX_DEPTH} deep {_at(token.offset)}",
                token.offset + 1,
            )

    def _expect_symbol(self, symbol: str) -> None:
        token = self._peek()
        if token.kind != "symbol" or token.text != symbol:
            raise self._expected(repr(symbol), token)
        self._advance()

    def _expression(self, min_power: int) -> Node:
        left = self._prefix()
        while True:
            token = self._peek()
            is_operator = token.kind in ("symbol", "name") and token.text in _INFIX_POWER
            if not is_operator or _INFIX_POWER[token.text] <= min_power:
                return left
            self._advance()
            # Left-associative: the right operand only takes tighter operators.
            right = self._expression(_INFIX_POWER[token.text])
            left = Binary(token.text, left, right)

    def _prefix(self) -> Node:
        token = self._advance()
        if token.kind in ("number", "string"):
            return Literal(token.value)
        if token.kind == "reference":
            assert isinstance(token.value, str)
            return Reference(token.value)
        if token.kind == "current":
            return Current()
        if token.kind == "symbol" and token.text == "-":
            self._deeper(token)
            operand = self._expression(_UNARY_POWER - 1)
            self._depth -= 1
            return Negate(operand)
        if token.kind == "symbol" and token.text == "(":
            self._deeper(token)
            inner = self._expression(0)
            self._expect_symbol(")")
            self._depth -= 1
            return inner
        if token.kind == "name":
            return self._call(token)
        raise self._expected("a value, ${field}, '.', '(' or a function", token)

    def _call(self, name: Token) -> Node:
        after = self._peek()
        if after.kind != "symbol" or after.text != "(":
            raise ExpressionSyntaxError(
                f"unexpected word {name.text!r} {_at(name.offset)}; "
                f"answers to questions are written ${{{name.text}}}",
                name.offset + 1,
            )
        if name.text not in FUNCTION_ARITY:
            raise ExpressionSyntaxError(
                f"unknown function {name.text!r} {_at(name.offset)}", name.offset + 1
            )
        self._advance()
        self._deeper(name)
        arguments: list[Node] = []
        if not (self._peek().kind == "symbol" and self._peek().text == ")"):
            arguments.append(self._expression(0))
            while self._peek().kind == "symbol" and self._peek().text == ",":
                self._advance()
                arguments.append(self._expression(0))
        self._expect_symbol(")")
        self._depth -= 1
        fewest, most = FUNCTION_ARITY[name.text]
        if len(arguments) < fewest or (most is not None and len(arguments) > most):
            wanted = str(fewest) if fewest == most else f"at least {fewest}"
            if most is not None and fewest != most:
                wanted = f"{fewest} to {most}"
            raise ExpressionSyntaxError(
                f"{name.text}() takes {wanted} argument(s) but was given {len(arguments)} "
                f"{_at(name.offset)}",
                name.offset + 1,
            )
        return Call(name.text, tuple(arguments), name.offset)


def parse(text: str) -> Node:
    """Parse expression text into a syntax tree, or raise ExpressionSyntaxError."""
    return _Parser(tokenize(text)).parse()


def references_in(node: Node) -> frozenset[str]:
    """The ``${names}`` a syntax tree reads."""
    found: set[str] = set()
    pending: list[Node] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, Reference):
            found.add(current.name)
        elif isinstance(current, Negate):
            pending.append(current.operand)
        elif isinstance(current, Binary):
            pending.extend((current.left, current.right))
        elif isinstance(current, Call):
            pending.extend(current.arguments)
    return frozenset(found)
