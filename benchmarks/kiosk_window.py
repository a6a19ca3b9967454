"""Start-up child: the real kiosk composition (as ``main.py kiosk --windowed``) at 1920×1080.

Usage: ``python -m benchmarks.kiosk_window DATA_DIR`` with the repository root as cwd. DATA_DIR
is either empty (a first-ever start) or holds the journal from an earlier start (everyday).
"""

from __future__ import annotations

from benchmarks.marks import info, mark

mark("python")

import sys  # noqa: E402 (the mark above must come first)
from pathlib import Path  # noqa: E402

from core.config import load_config  # noqa: E402
from main import compose_kiosk  # noqa: E402


def main(data_dir: Path) -> int:
    """Compose the kiosk as main.py does, show it windowed and exit after its first paint."""
    mark("imports")
    services, journal = compose_kiosk(load_config(None), data_dir)
    mark("compose")
    from PySide6.QtWidgets import QApplication  # Qt after compose, as in main.cmd_kiosk

    from benchmarks.paint_probe import FirstPaintProbe
    from kiosk.app import build_kiosk

    mark("qt-imports")
    app = QApplication(sys.argv[:1])
    app.setApplicationName("civic-kiosk")
    app.setQuitOnLastWindowClosed(True)
    mark("qapp")
    window = build_kiosk(services, app)
    window.resize(1920, 1080)
    mark("build")
    info("speech", f"{services.speech_engine}:{'ready' if window.speech.available else 'none'}")
    if window.current is not window.home:
        print(f"error: the kiosk opened on {window.current.screen_name}, not home", flush=True)
        return 2
    probe = FirstPaintProbe(window, app)
    window.show()
    mark("show")
    try:
        return app.exec()
    finally:
        del probe
        journal.close()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
