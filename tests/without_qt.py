"""A pytest plugin that makes PySide6 unimportable, proving the Qt-free packages need no Qt.

Use with ``-p tests.without_qt -p no:pytest-qt``. pytest-qt's ini keys are declared here so
``--strict-config`` still accepts pyproject.toml.
"""

import sys

import pytest

for name in ("PySide6", "shiboken6"):
    sys.modules[name] = None  # type: ignore[assignment]


def pytest_addoption(parser: pytest.Parser) -> None:
    """Declare pytest-qt's settings, which are unused while Qt is absent."""
    parser.addini("qt_api", "unused without Qt")
    parser.addini("qt_log_level_fail", "unused without Qt")
    parser.addini("qt_log_ignore", "unused without Qt", type="linelist")
