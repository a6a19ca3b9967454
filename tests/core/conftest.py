"""Fixtures for core's services, wired to the real journal and the real sealing and PIN code."""

from __future__ import annotations

import pytest

from core.config import TerminalConfig
from sync.sealing import CouncilOpener, CouncilSealer
from tests.conftest import demo_private_key


@pytest.fixture
def sealer(demo_config: TerminalConfig) -> CouncilSealer:
    """Seals to the demo council's public key, as the kiosk does."""
    return CouncilSealer(demo_config.council_public_key)


@pytest.fixture
def opener() -> CouncilOpener:
    """The case service's side: opens what the kiosk sealed."""
    return CouncilOpener(demo_private_key())
