"""``make evidence``: the reliability, security and performance figures, and how each was measured.

The suites are ordinary tests under ``tests/``. ``make test`` runs them at a scale that fits CI;
``python -m evidence`` runs the same tests at full scale, has each record its figures through
:mod:`evidence.figures`, runs the benchmarks, and writes ``build/evidence.md``.
"""
