"""What the staff-card tests share: a clock moved by hand, card keys as the roster holds them."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa


class ManualClock:
    """A clock the test moves by hand, for the five-minute guessing window."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def public_key_der(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey) -> bytes:
    """A card's public key as SubjectPublicKeyInfo DER."""
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def spki(key: ec.EllipticCurvePrivateKey) -> str:
    """The public key as the roster holds it: base64 of the DER."""
    return base64.b64encode(public_key_der(key)).decode()


def write_roster(path: Path, staff: list[dict[str, object]]) -> Path:
    """A roster file in the shape of assets/demo/staff.json."""
    path.write_text(json.dumps({"staff": staff}), encoding="utf-8")
    return path


def demo_roster_with_cards(path: Path, keys: dict[str, ec.EllipticCurvePrivateKey]) -> Path:
    """The demo site's staff list (names, teams, desks and roles as shipped) with a card
    issued to each staff id in ``keys``: the roster a site's terminals would be sent."""
    from core.config import DEMO_STAFF

    staff = json.loads(DEMO_STAFF.read_text(encoding="utf-8"))["staff"]
    for person in staff:
        if person["id"] in keys:
            person["card_public_key"] = spki(keys[person["id"]])
    return write_roster(path, staff)
