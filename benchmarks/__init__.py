"""Figures measured against bare baselines in the same run: ``python -m benchmarks``.

Modules:
    startup: kiosk start to first paint vs a bare PySide6 window (fresh processes).
    bare_window, kiosk_window: the child programs that ``startup`` runs and times.
    marks, paint_probe: what the children share (phase marks, the first-paint probe).
    appends: durable journal appends per second vs raw sqlite3 inserts.
    report: the table and build/bench.json.

This package imports nothing at load time, so both start-up children pay the same for it.
"""
