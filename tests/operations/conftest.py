"""Fixtures shared by the operations tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.central_support import Council, council_fixture


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Council]:
    """The reference case service on loopback over a copy of the demo content."""
    yield from council_fixture(tmp_path)
