"""How a test records a figure for ``build/evidence.md``, and how large a run should be.

A suite's test measures what it measures at the scale :func:`at_scale` gives it (small under
``make test``, full under ``make evidence``), asserts its targets as any test does, and calls
:func:`record` with each figure. Recording is a no-op unless ``EVIDENCE_DIR`` names a folder,
so the tests run the same way in both places; ``make evidence`` sets it.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

SCALE_ENV = "EVIDENCE_SCALE"
DIR_ENV = "EVIDENCE_DIR"
FIGURES_FILE = "figures.jsonl"

Value = int | float | str


@dataclass(frozen=True)
class Figure:
    """One line of the evidence table.

    ``met`` is None for a figure that has no target (a count of cases run, say).
    ``how`` says in a sentence how it was measured, so anyone can rerun and judge it.
    """

    suite: str
    name: str
    value: Value
    unit: str = ""
    target: str = ""
    met: bool | None = None
    how: str = ""
    scale: str = ""


def scale() -> str:
    """``"full"`` under ``make evidence``, else ``"ci"``."""
    return "full" if os.environ.get(SCALE_ENV, "").strip().lower() == "full" else "ci"


def at_scale(ci: int, full: int) -> int:
    """How many (kills, sessions, events, cases...) this run should do."""
    return full if scale() == "full" else ci


def record(
    suite: str,
    name: str,
    value: Value,
    *,
    unit: str = "",
    target: str = "",
    met: bool | None = None,
    how: str = "",
) -> Figure:
    """Record one figure (appended to ``$EVIDENCE_DIR/figures.jsonl`` when set) and return it.

    Appending one JSON line per figure keeps figures from several test processes (and from a
    test that later fails) without any of them rewriting another's.
    """
    figure = Figure(suite, name, value, unit, target, met, how, scale())
    folder = os.environ.get(DIR_ENV)
    if folder:
        path = Path(folder) / FIGURES_FILE
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as out:
            out.write(json.dumps(asdict(figure), ensure_ascii=False) + "\n")
    return figure


def read_figures(folder: Path) -> list[Figure]:
    """Every figure recorded in ``folder``; a torn last line (a killed run) is skipped."""
    path = folder / FIGURES_FILE
    if not path.exists():
        return []
    found: list[Figure] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            found.append(Figure(**json.loads(line)))
        except (ValueError, TypeError):
            continue
    return found
