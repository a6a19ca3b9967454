"""Shared fixtures. Qt fixtures live in tests/kiosk/conftest.py so Qt-free tests never import Qt."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from core.config import TerminalConfig, load_config

ROOT = Path(__file__).resolve().parent.parent
DEMO_PRIVATE_KEY_FILE = ROOT / "sync" / "reference" / "demo-council-private-key.txt"


def demo_private_key() -> str:
    """The demo council's private key, which only the reference case service (and tests) hold."""
    lines = DEMO_PRIVATE_KEY_FILE.read_text(encoding="utf-8").splitlines()
    key = next(line for line in lines if line and not line.startswith("#"))
    assert len(base64.b64decode(key)) == 32
    return key


@pytest.fixture
def demo_config() -> TerminalConfig:
    """The embedded demo-site configuration."""
    return load_config(None)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, real data folder for one terminal (a real SQLite file goes here)."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
