"""A pytest plugin that makes PySide6 unimportable, proving the Qt-free packages need no Qt."""

import sys

for name in ("PySide6", "shiboken6"):
    sys.modules[name] = None  # type: ignore[assignment]
