"""Start-up baseline child: a bare PySide6 hello-world shown at 1920×1080."""

from __future__ import annotations

from benchmarks.marks import mark

mark("python")

import sys  # noqa: E402 (the mark above must come first)

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

from benchmarks.paint_probe import FirstPaintProbe  # noqa: E402


def main() -> int:
    """Show "Hello" and exit after its first paint."""
    mark("qt-imports")
    app = QApplication(sys.argv[:1])
    mark("qapp")
    window = QLabel("Hello")
    window.resize(1920, 1080)
    mark("build")
    probe = FirstPaintProbe(window, app)
    window.show()
    mark("show")
    status = app.exec()
    del probe
    return status


if __name__ == "__main__":
    sys.exit(main())
