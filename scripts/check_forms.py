"""Check form definitions against the schema and the expression language (authoring aid).

Usage: uv run python scripts/check_forms.py FILE...
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import fastjsonschema

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.form_expressions import ExpressionError, compile_expression

SCHEMA = Path(__file__).resolve().parent.parent / "assets" / "catalogue" / "form.schema.json"
REF = re.compile(r"\$\{([a-z][a-z0-9_]*)\}")


def check(path: Path) -> list[str]:
    problems: list[str] = []
    raw = json.loads(path.read_text(encoding="utf-8"))
    validate = fastjsonschema.compile(json.loads(SCHEMA.read_text(encoding="utf-8")))
    try:
        validate(raw)
    except fastjsonschema.JsonSchemaValueException as exc:
        return [f"{exc.name}: {exc.message}"]
    names: list[str] = []

    def walk(items: list[dict], where: str) -> None:
        for i, item in enumerate(items):
            names.append(item["name"])
            if item["type"] == "repeat":
                walk(item["items"], f"{where}[{i}].items")

    walk(raw["items"], "items")
    names += [c["name"] for c in raw.get("calculations", [])]
    for n in set(names):
        if names.count(n) > 1:
            problems.append(f"name {n!r} used more than once")
    text = json.dumps(raw)
    exprs: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("relevant", "constraint", "earliest", "latest", "calculate", "when") or (
                    k == "required" and isinstance(v, str)
                ):
                    exprs.append(v)
                else:
                    collect(v)
        elif isinstance(node, list):
            for v in node:
                collect(v)

    collect(raw)
    for e in exprs:
        try:
            compile_expression(e)
        except ExpressionError as exc:
            problems.append(f"expression {e!r}: {exc}")
        for ref in REF.findall(e):
            if ref not in names:
                problems.append(f"expression {e!r} refers to unknown ${{{ref}}}")
    for obj in re.findall(r"\{[^{}]*\"en\"[^{}]*\}", text):
        t = json.loads(obj)
        missing = {"en", "bn", "so", "ur", "zh_CN", "pl"} - set(t)
        if missing and "value" not in t:
            problems.append(f"text {t['en'][:40]!r} lacks {sorted(missing)}")
    return problems


def main() -> int:
    bad = 0
    for arg in sys.argv[1:]:
        problems = check(Path(arg))
        print(arg, "OK" if not problems else "")
        for p in problems:
            print("   ", p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
