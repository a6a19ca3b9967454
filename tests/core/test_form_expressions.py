"""Form expressions: ODK-style conditions, constraints and calculations, evaluated safely."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core import form_expression_parser, form_expressions
from core.form_expressions import (
    Expression,
    ExpressionError,
    ExpressionSyntaxError,
    compile_expression,
)

TODAY = date(2025, 6, 15)


def run(text: str, current: object = None, today: date = TODAY, **answers: object) -> object:
    """Compile and evaluate in one step."""
    return compile_expression(text).evaluate(answers, current=current, today=today)


# --- literals and operators ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("42", 42),
        ("3.25", 3.25),
        (".5", 0.5),
        ("'it''s'", "it's"),
        ('"say \\"hi\\""', 'say "hi"'),
        ("'\\d{5}'", "\\d{5}"),
        ("true()", True),
        ("false()", False),
        ("1 + 2", 3),
        ("5 - 7", -2),
        ("4 * 2.5", 10.0),
        ("7 div 2", 3.5),
        ("8 div 2", 4),
        ("7 mod 3", 1),
        ("-7 mod 3", -1),
        ("7.5 mod 2", 1.5),
        ("-3", -3),
        ("- -3", 3),
        ("1 = 1", True),
        ("1 != 1", False),
        ("1 < 2", True),
        ("2 <= 2", True),
        ("3 > 2", True),
        ("2 >= 3", False),
        ("1 = 1 and 2 = 3", False),
        ("1 = 1 or 2 = 3", True),
    ],
)
def test_each_literal_and_operator_gives_the_xpath_result(text: str, expected: object) -> None:
    """Every operator works as ODK's XPath does."""
    result = run(text)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 + 2 * 3", 7),
        ("(1 + 2) * 3", 9),
        ("10 - 4 - 3", 3),
        ("12 div 2 div 3", 2),
        ("-2 * 3", -6),
        ("1 + 1 = 2", True),
        ("1 < 2 = true()", True),
        ("false() and false() or true()", True),
        ("true() or true() and false()", True),
        ("2 + 3 mod 2", 3),
    ],
)
def test_operators_follow_xpath_precedence(text: str, expected: object) -> None:
    """or binds loosest, then and, equality, ordering, + and -, then * div mod, then unary -."""
    assert run(text) == expected


def test_and_or_short_circuit_so_a_guard_protects_a_division() -> None:
    """A relevance rule can guard a division by zero with and/or."""
    assert run("${n} != 0 and 10 div ${n} > 1", n=0) is False
    assert run("${n} = 0 or 10 div ${n} > 1", n=0) is True


# --- references and empties ---------------------------------------------------------------


def test_references_read_answers_and_dot_reads_the_current_value() -> None:
    """${name} reads another answer; '.' reads the question being checked."""
    assert run("${household_size} * 2", household_size=3) == 6
    assert run(". >= 18", current="21") is True
    assert run(". >= 18", current=17) is False


def test_references_lists_the_names_read() -> None:
    """The engine can reject a form whose expression reads an unknown question."""
    expression = compile_expression("if(${a} > 1, concat(${b}, .), -${c}) or ${a} = 2")
    assert expression.references == frozenset({"a", "b", "c"})
    assert compile_expression(". > 1").references == frozenset()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("${missing} = ''", True),
        ("${missing} != ''", False),
        ("${missing} = 0", False),
        ("${missing} != 0", True),
        ("${missing} > 0", False),
        ("${missing} < 0", False),
        ("${missing} <= 0", False),
        ("${missing} + 1", None),
        ("-${missing}", None),
        ("concat('[', ${missing}, ']')", "[]"),
        ("string-length(${missing})", 0),
        ("number(${missing})", None),
        ("int(${missing})", None),
        ("date(${missing})", None),
        ("age(${missing})", None),
        ("count(${missing})", 0),
        ("count-selected(${missing})", 0),
        ("sum(${missing})", 0),
        ("min(${missing})", None),
    ],
)
def test_an_unanswered_question_behaves_as_in_odk(text: str, expected: object) -> None:
    """Empty reads as '' in text, empties arithmetic, and fails every comparison but = ''."""
    assert run(text, missing=None) == expected
    assert run(text, missing="") == expected


def test_numbers_written_as_text_are_converted_where_xpath_would() -> None:
    """Answers typed into text boxes still count and compare as numbers."""
    assert run("${a} + ${b}", a="2", b=" 3.5 ") == 5.5
    assert run("${a} > ${b}", a="10", b="9") is True
    assert run("${a} = 2", a="2.0") is True
    assert run("${a} = 2", a="two") is False
    assert run("${a} = 'two'", a="two") is True
    with pytest.raises(ExpressionError, match="'two' is not a number"):
        run("${a} + 1", a="two")
    with pytest.raises(ExpressionError, match="not a number"):
        run("${a} > 1", a="lots")


def test_booleans_compare_by_truth() -> None:
    """true() equals any non-empty value, as XPath compares booleans."""
    assert run("${a} = true()", a="yes") is True
    assert run("${a} = false()", a=0) is True


# --- division and huge numbers ------------------------------------------------------------


@pytest.mark.parametrize("text", ["1 div 0", "1 mod 0", "1.5 div 0.0", "${a} div ${b}"])
def test_division_by_zero_is_a_clear_expression_error(text: str) -> None:
    """Staff see 'divide by zero', never a Python ZeroDivisionError."""
    with pytest.raises(ExpressionError, match="by zero"):
        run(text, a=3, b="0")


def test_numbers_too_large_are_an_expression_error_not_infinity() -> None:
    """No NaN or infinity ever comes out."""
    huge = "9" * 400
    with pytest.raises(ExpressionError, match="too large"):
        run(f"{huge} * {huge}")
    with pytest.raises(ExpressionError, match="too large"):
        run("${a} * 10", a=1e308)


# --- functions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("not(${a})", {"a": ""}, True),
        ("not(${a})", {"a": "x"}, False),
        ("selected(${m}, 'bins')", {"m": "bins fly_tipping"}, True),
        ("selected(${m}, 'bin')", {"m": "bins fly_tipping"}, False),
        ("selected(${m}, 'noise')", {"m": ["bins", "noise"]}, True),
        ("count-selected(${m})", {"m": "a b  c"}, 3),
        ("count-selected(${m})", {"m": ["a", "b"]}, 2),
        ("string-length(${a})", {"a": "Idea Store"}, 10),
        ("concat(${a}, '-', 7, '-', true())", {"a": "x"}, "x-7-true"),
        ("contains(${a}, 'Store')", {"a": "Idea Store"}, True),
        ("starts-with(${a}, 'Store')", {"a": "Idea Store"}, False),
        ("if(${a} > 1, 'many', 'one')", {"a": 2}, "many"),
        ("if(${a} > 1, 'many', 1 div 0)", {"a": 2}, "many"),
        ("coalesce(${a}, 'none')", {"a": ""}, "none"),
        ("coalesce(${a}, 'none')", {"a": "x"}, "x"),
        ("int(${a})", {"a": "-3.9"}, -3),
        ("number(${a})", {"a": "4.5"}, 4.5),
        ("round(${a})", {"a": 2.5}, 3),
        ("round(${a})", {"a": -2.5}, -3),
        ("round(${a}, 2)", {"a": "3.14159"}, 3.14),
        ("round(${a}, -2)", {"a": 1250}, 1300),
        ("round(${a}, 15)", {"a": 1e300}, 1e300),
        ("min(3, ${a}, 1.5)", {"a": "2"}, 1.5),
        ("max(3, ${a}, 1.5)", {"a": "7"}, 7),
        ("max(${r})", {"r": [1, 9, None, 4]}, 9),
        ("sum(${r})", {"r": [1, "2", None, 3]}, 6),
        ("sum(${r})", {"r": [0.5, 0.25]}, 0.75),
        ("count(${g})", {"g": [{"name": "a"}, {"name": "b"}, {"name": "c"}]}, 3),
        ("count(${g})", {"g": []}, 0),
        ("today()", {}, TODAY),
        ("date('2024-02-29')", {}, date(2024, 2, 29)),
        ("date(0)", {}, date(1970, 1, 1)),
        ("date(${d})", {"d": "2020-05-01T09:30:00"}, date(2020, 5, 1)),
    ],
)
def test_each_function(text: str, answers: dict[str, object], expected: object) -> None:
    """Every whitelisted function gives ODK's result."""
    assert compile_expression(text).evaluate(answers, today=TODAY) == expected


def test_regex_matches_the_whole_answer() -> None:
    """regex() is a full match, as in ODK constraints."""
    postcode = compile_expression(r"regex(., '[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}')")
    assert postcode.truthy({}, current="E14 5AB", today=TODAY)
    assert not postcode.truthy({}, current="E14 5AB and more", today=TODAY)


@pytest.mark.parametrize("pattern", ["(a+)+", "(a*)*b", "(\\w+\\s?)+$", "((ab)+)*", "(a{2,})+"])
def test_regex_refuses_nested_quantifiers_when_the_form_loads(pattern: str) -> None:
    """Patterns that can backtrack for ever are refused before a resident types anything."""
    with pytest.raises(ExpressionSyntaxError, match="repeats a group"):
        compile_expression(f"regex(., '{pattern}')")


def test_regex_refuses_long_and_broken_patterns() -> None:
    """Over 200 characters, or not a valid pattern: a clear error at load time."""
    with pytest.raises(ExpressionSyntaxError, match="at most 200"):
        compile_expression(f"regex(., '{'a' * 201}')")
    with pytest.raises(ExpressionSyntaxError, match="not valid"):
        compile_expression("regex(., '(unclosed')")


def test_a_pattern_taken_from_an_answer_is_checked_when_evaluated() -> None:
    """A pattern that only exists at run time gets the same checks."""
    expression = compile_expression("regex(., ${p})")
    assert expression.evaluate({"p": "[0-9]+"}, current="123", today=TODAY) is True
    with pytest.raises(ExpressionError, match="repeats a group"):
        expression.evaluate({"p": "(a+)+$"}, current="aaaa", today=TODAY)
    with pytest.raises(ExpressionError, match="not valid"):
        expression.evaluate({"p": "[z-a]"}, current="a", today=TODAY)


# --- dates and ages -----------------------------------------------------------------------


def test_dates_compare_as_dates() -> None:
    """A date answer compares with ISO text and with today()."""
    assert run("${d} < '2025-01-01'", d=date(2024, 12, 31)) is True
    assert run("${d} < today()", d="2025-06-14") is True
    assert run("${d} = date('2024-02-29')", d="2024-02-29") is True
    assert run("${a} > ${b}", a="2025-01-10", b="2024-12-31") is True
    assert run("today() - date('2025-06-01')") == 14
    with pytest.raises(ExpressionError, match="not a date"):
        run("date('31/12/2024')")
    with pytest.raises(ExpressionError, match="not a date"):
        run("date('2023-02-29')")


@pytest.mark.parametrize(
    ("born", "today", "expected"),
    [
        ("2007-06-15", date(2025, 6, 15), 18),  # birthday today
        ("2007-06-16", date(2025, 6, 15), 17),  # birthday tomorrow
        ("2007-06-14", date(2025, 6, 15), 18),
        ("2008-02-29", date(2025, 2, 28), 16),  # a leapling is not a year older on 28 Feb
        ("2008-02-29", date(2025, 3, 1), 17),  # ... but is on 1 March
        ("2008-02-29", date(2024, 2, 29), 16),  # and on 29 Feb in a leap year
        ("2008-02-29", date(2024, 2, 28), 15),
        ("2025-06-15", date(2025, 6, 15), 0),
    ],
)
def test_age_is_whole_years_on_the_injected_today(born: str, today: date, expected: int) -> None:
    """Eligibility by age is right around birthdays and 29 February."""
    assert run("age(${dob})", today=today, dob=born) == expected


def test_age_of_a_future_birth_date_is_an_error() -> None:
    """A date of birth after today is a mistake to report, not a negative age."""
    with pytest.raises(ExpressionError, match="after today"):
        run("age(${dob})", dob="2030-01-01")


# --- truthy -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0", False),
        ("0.5", True),
        ("''", False),
        ("'false'", True),
        ("${r}", True),
        ("${e}", False),
    ],
)
def test_truthy_follows_xpath_boolean_rules(text: str, expected: bool) -> None:
    """Numbers are true unless zero, text unless empty, lists unless empty."""
    assert compile_expression(text).truthy({"r": [1], "e": []}, today=TODAY) is expected


# --- syntax errors and limits -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message", "position"),
    [
        ("(${a} + 1 = 2 and ${b}", "expected ')' at character 23", 23),
        ("1 +", "expected a value", 4),
        ("1 2", "expected an operator or the end of the expression at character 3", 3),
        ("${a} = 'open", "has no closing '", 8),
        ("${1a} = 1", "expected a field reference like ${name} at character 1", 1),
        ("household = 1", "answers to questions are written ${household}", 1),
        ("1 + system('ls')", "unknown function 'system' at character 5", 5),
        ("concat()", "concat() takes at least 1 argument(s) but was given 0", 1),
        ("if(1, 2)", "if() takes 3 argument(s) but was given 2", 1),
        ("round(1, 2, 3)", "round() takes 1 to 2 argument(s)", 1),
        ("1 # 2", "unexpected character '#' at character 3", 3),
        ("1 + ٣", "unexpected character '٣' at character 5", 5),
        ("1 = regex(., '(a+)+')", "in regex() at character 5", 5),
        ("../x", "unexpected character '/' at character 3", 3),
        ("", "expected a value, ${field}, '.', '(' or a function at character 1", 1),
    ],
)
def test_syntax_errors_say_what_was_expected_and_where(
    text: str, message: str, position: int
) -> None:
    """Council staff writing a form see the mistake in plain English, with its character."""
    with pytest.raises(ExpressionSyntaxError) as caught:
        compile_expression(text)
    assert message in str(caught.value)
    assert caught.value.position == position


def test_deep_nesting_is_a_clear_error_not_a_recursion_error() -> None:
    """Nesting past 50 is refused by the parser, whatever the shape."""
    compile_expression("(" * 50 + "1" + ")" * 50)
    for text in ("(" * 51 + "1" + ")" * 51, "not(" * 60 + "1" + ")" * 60, "-" * 60 + "1"):
        with pytest.raises(ExpressionSyntaxError, match="nested more than 50 deep"):
            compile_expression(text)


def test_long_text_and_too_many_tokens_are_refused() -> None:
    """A 10 kB expression or one of over 500 parts is refused before it is parsed."""
    with pytest.raises(ExpressionSyntaxError, match="at most 2000"):
        compile_expression("1 + " * 2500 + "1")
    with pytest.raises(ExpressionSyntaxError, match="more than 500 parts"):
        compile_expression("+".join(["1"] * 300))


def test_the_longest_flat_expression_allowed_still_evaluates() -> None:
    """A 250-term sum, just inside the limits, evaluates without hitting Python's stack."""
    assert run("+".join(["1"] * 250)) == 250


def test_deep_nesting_around_a_long_chain_still_evaluates() -> None:
    """The worst shape the limits allow evaluates without reaching Python's recursion limit."""
    text = "not(" * 50 + "+".join(["1"] * 150) + ")" * 50
    assert run(text) is True


def test_the_modules_never_evaluate_text_as_python() -> None:
    """No eval, exec, compile or ast anywhere in the expression modules."""
    forbidden = re.compile(r"\b(eval|exec|compile|__import__)\s*\(|\bimport ast\b|\bfrom ast\b")
    for module in (form_expressions, form_expression_parser):
        assert module.__file__ is not None
        source = Path(module.__file__).read_text(encoding="utf-8")
        # re.compile is the regex engine, not Python's compiler.
        assert not forbidden.search(source.replace("re.compile(", "re_compile(")), module


# --- properties ---------------------------------------------------------------------------

NAMES = ("a", "b", "dob", "items")
ALPHABET = st.sampled_from([*"${}()'\".,+-*=!<>$ 0123456789abdivmortn_-\\", "div", "mod"])


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=80) | st.lists(ALPHABET, max_size=60).map("".join))
def test_any_text_either_compiles_or_is_a_syntax_error(text: str) -> None:
    """Whatever staff type, compile_expression raises nothing but ExpressionSyntaxError."""
    with contextlib.suppress(ExpressionSyntaxError):
        compile_expression(text)


def _expressions() -> st.SearchStrategy[str]:
    leaves = st.one_of(
        st.integers(min_value=0, max_value=10**6).map(str),
        st.decimals(min_value=0, max_value=10**6, places=2).map(str),
        st.sampled_from(["'x'", "''", "'2024-02-29'", "'a b'", "'12'", ".", "true()", "today()"]),
        st.sampled_from(NAMES).map(lambda n: "${" + n + "}"),
    )
    binary = ["or", "and", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "div", "mod"]
    one = ["not", "count-selected", "string-length", "date", "age", "int", "number", "round"]
    one += ["sum", "count"]
    two = ["selected", "contains", "starts-with", "coalesce", "round"]
    many = ["concat", "min", "max"]

    def grow(inner: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.one_of(
            st.tuples(inner, st.sampled_from(binary), inner).map(lambda t: " ".join(t)),
            inner.map(lambda e: f"-({e})"),
            inner.map(lambda e: f"({e})"),
            st.tuples(st.sampled_from(one), inner).map(lambda t: f"{t[0]}({t[1]})"),
            st.tuples(st.sampled_from(two), inner, inner).map(lambda t: f"{t[0]}({t[1]}, {t[2]})"),
            st.tuples(st.sampled_from(many), st.lists(inner, min_size=1, max_size=4)).map(
                lambda t: f"{t[0]}({', '.join(t[1])})"
            ),
            st.tuples(inner, inner, inner).map(lambda t: f"if({t[0]}, {t[1]}, {t[2]})"),
            inner.map(lambda e: f"regex({e}, '[a-z]+')"),
        )

    return st.recursive(leaves, grow, max_leaves=12)


_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["", "2024-02-29", "1990-13-01", "12", "-3.5", "a b c", "1e5"]),
    st.dates(),
)
ANSWERS = st.dictionaries(
    st.sampled_from(NAMES), _scalars | st.lists(_scalars, max_size=4), max_size=len(NAMES)
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(_expressions(), ANSWERS, _scalars, st.dates())
def test_well_formed_expressions_only_ever_raise_expression_error(
    text: str, answers: dict[str, object], current: object, today: date
) -> None:
    """Whatever residents answer, evaluation fails only with ExpressionError."""
    expression = compile_expression(text)
    with contextlib.suppress(ExpressionError):
        expression.evaluate(answers, current=current, today=today)


@given(_expressions())
def test_references_are_exactly_the_names_written_in_dollar_braces(text: str) -> None:
    """references matches the ${names} in the text, so load-time checks miss none."""
    expression: Expression = compile_expression(text)
    assert expression.references == frozenset(re.findall(r"\$\{(\w+)\}", text))
