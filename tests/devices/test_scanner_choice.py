"""The demo's default scanner (``auto``): a SANE scanner if one is found, else the simulated one."""

from __future__ import annotations

import dataclasses

import pytest

import main
from core.config import load_config
from core.scanning import ScanSettings, ScanSource
from devices.scanner_choice import FirstAvailableScanner, first_sane_scanner
from devices.simulated_scanner import SimulatedScanner
from tests.devices.sane_support import (  # noqa: F401 - fixtures are found by name
    TEST_DEVICE,
    sane_private_config,
)


def test_auto_is_the_embedded_default_and_looks_only_when_first_used() -> None:
    config = load_config(None)
    assert config.scanner == "auto"
    looked: list[int] = []

    def find() -> None:
        looked.append(1)

    chooser = FirstAvailableScanner(find, SimulatedScanner())
    assert looked == []  # nothing probed at start-up
    assert chooser.name == "Simulated scanner (sample pages)"
    assert chooser.availability() is None and looked == [1]
    chooser.sources()
    assert looked == [1]  # the choice is made once
    assert isinstance(main.compose_scanner(config), FirstAvailableScanner)


@pytest.mark.usefixtures("sane_private_config")
def test_a_sane_scanner_found_is_used() -> None:
    found = first_sane_scanner()
    assert found is not None
    chooser = FirstAvailableScanner(lambda: found, SimulatedScanner())
    assert chooser.name.startswith(f"SANE {TEST_DEVICE}")
    (page,) = chooser.scan(ScanSettings(ScanSource.FLATBED, dpi=50), 1)
    assert page.dpi == 50


def test_looking_for_sane_failing_falls_back_to_the_simulated_scanner() -> None:
    def broken() -> None:
        raise OSError("libsane1 is not installed")

    chooser = FirstAvailableScanner(broken, SimulatedScanner())
    assert chooser.name == "Simulated scanner (sample pages)"
    config = dataclasses.replace(load_config(None), scanner="none")
    assert main.compose_scanner(config) is None
