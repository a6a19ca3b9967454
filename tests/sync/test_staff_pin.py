"""Staff exit PINs are kept only as argon2id hashes, and only the right PIN verifies."""

from __future__ import annotations

import pytest

from core.config import load_config
from sync.staff_pin import Argon2PinVerifier, hash_pin


@pytest.fixture(scope="module")
def hashed_1234() -> str:
    """hash_pin("1234"), made once: argon2 is deliberately slow."""
    return hash_pin("1234")


@pytest.mark.parametrize(
    "pin", ["", "123", "12a4", "12 34", " 1234", "1234\n", "-1234", "12.34", "1" * 13]
)
def test_hash_pin_refuses_what_is_not_4_to_12_digits(pin: str) -> None:
    """Letters, spaces, signs and the wrong length are refused with the rule."""
    with pytest.raises(ValueError, match="4 to 12 digits"):
        hash_pin(pin)


@pytest.mark.parametrize("pin", ["١٢٣٤", "১২৩৪", "²³⁴⁵"])
def test_hash_pin_refuses_digits_the_pin_pad_cannot_type(pin: str) -> None:
    """Only 0-9 can be typed on the kiosk's PIN pad."""
    with pytest.raises(ValueError):
        hash_pin(pin)


def test_a_hash_is_salted_argon2id(hashed_1234: str) -> None:
    """The stored form is an argon2id hash; the same PIN hashes differently each time."""
    assert hashed_1234.startswith("$argon2id$v=19$")
    assert hashed_1234 != hash_pin("1234")


def test_the_right_pin_verifies_and_wrong_ones_do_not(hashed_1234: str) -> None:
    """Only the exact PIN opens; near misses and the empty string do not."""
    verifier = Argon2PinVerifier(hashed_1234)
    assert verifier.verify("1234")
    for wrong in ("4321", "12345", "123", "", " 1234", "1234 "):
        assert not verifier.verify(wrong), wrong


def test_the_shipped_demo_hash_is_for_2468() -> None:
    """The embedded demo configuration's hash verifies the published demo PIN only."""
    verifier = Argon2PinVerifier(load_config(None).staff_exit_pin_hash)
    assert verifier.verify("2468")
    assert not verifier.verify("0000")


@pytest.mark.parametrize(
    "bad_hash",
    [
        "",
        "2468",
        "$argon2id$garbage",
        "$argon2id$v=19$m=65536,t=3,p=4$AAAA",
        "$2b$12$KIXQJ7pZ8p9pZ8p9pZ8p9uJ7pZ8p9pZ8p9pZ8p9pZ8p9pZ8p9pZ8p",
        "$argon2id$v=19$m=1,t=1,p=1$YWJjZGVmZ2g$YWJjZGVmZ2hpamtsbW5vcA",
    ],
)
def test_a_malformed_hash_verifies_nothing(bad_hash: str) -> None:
    """A broken hash in config never lets anyone out, and never crashes the PIN screen."""
    verifier = Argon2PinVerifier(bad_hash)
    for pin in ("2468", "", bad_hash):
        assert verifier.verify(pin) is False
