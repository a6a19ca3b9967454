"""Sealing: only the council can open what a kiosk seals, and the kiosk keeps no plaintext."""

from __future__ import annotations

import base64
import dataclasses
import json
from pathlib import Path

import pytest

import main
from core.config import TerminalConfig
from core.events import EventDraft, Scope
from core.feedback import FeedbackBox
from store.journal import SqliteJournal
from sync.sealing import (
    ALGORITHM,
    CouncilOpener,
    CouncilSealer,
    SealingError,
    generate_council_keypair,
)
from tests.conftest import DEMO_PRIVATE_KEY_FILE, ROOT, demo_private_key

SECRET = "Zanzibar-Qx7 passport 123456789 ৰাংলা ٹیسٹ"
SECRET_FILE = "Zanzibar-Qx7 scanned tenancy agreement, flat 9, দীপঙ্কর".encode()


def test_round_trip_with_the_demo_council_key(sealer: CouncilSealer, opener: CouncilOpener) -> None:
    """An envelope sealed with the public key opens with the demo private key."""
    envelope = sealer.seal(SECRET.encode("utf-8"))
    assert envelope["alg"] == ALGORITHM
    assert envelope["kid"] == sealer.key_id == opener.key_id
    assert opener.open(envelope).decode("utf-8") == SECRET
    assert opener.open_bytes(sealer.seal_bytes(SECRET_FILE)) == SECRET_FILE


def test_sealing_empty_and_large_data_round_trips(
    sealer: CouncilSealer, opener: CouncilOpener
) -> None:
    """Nothing and a 2 MB scan both come back exactly."""
    big = bytes(range(256)) * 8192
    assert opener.open_bytes(sealer.seal_bytes(b"")) == b""
    assert opener.open_bytes(sealer.seal_bytes(big)) == big


@pytest.mark.parametrize("position", [0, 31, 32, 47, -1])
def test_flipping_one_byte_of_the_ciphertext_is_detected(
    sealer: CouncilSealer, opener: CouncilOpener, position: int
) -> None:
    """Any altered byte (ephemeral key, tag or body) makes opening fail."""
    envelope = sealer.seal(SECRET.encode("utf-8"))
    ciphertext = bytearray(base64.b64decode(envelope["ct"]))
    ciphertext[position] ^= 0x01
    tampered = {**envelope, "ct": base64.b64encode(bytes(ciphertext)).decode("ascii")}
    with pytest.raises(SealingError, match="altered"):
        opener.open(tampered)


def test_an_envelope_for_another_council_key_is_refused(opener: CouncilOpener) -> None:
    """An envelope whose key id is not ours is refused before any decryption."""
    other_public, _ = generate_council_keypair()
    envelope = CouncilSealer(other_public).seal(b"for someone else")
    assert envelope["kid"] != opener.key_id
    with pytest.raises(SealingError, match="different council key"):
        opener.open(envelope)
    with pytest.raises(SealingError):
        opener.open_bytes(base64.b64decode(envelope["ct"]))


@pytest.mark.parametrize(
    "envelope",
    [
        {"alg": "rot13", "ct": ""},
        {"alg": ALGORITHM},
        {"alg": ALGORITHM, "ct": "not base64!"},
        {"alg": ALGORITHM, "ct": ""},
    ],
)
def test_a_malformed_envelope_is_refused(opener: CouncilOpener, envelope: dict[str, str]) -> None:
    """Unknown algorithms, missing or unreadable ciphertext give SealingError, not a crash."""
    with pytest.raises(SealingError):
        opener.open({**envelope, "kid": envelope.get("kid", opener.key_id)})


@pytest.mark.parametrize(
    "bad_key", ["", "not base64!", "AAAA", base64.b64encode(b"x" * 31).decode(), "é" * 44]
)
def test_a_bad_public_key_names_the_setting(bad_key: str) -> None:
    """A wrong sealing key in config is reported against sealing.council_public_key."""
    with pytest.raises(SealingError, match=r"sealing\.council_public_key"):
        CouncilSealer(bad_key)


def test_a_bad_public_key_stops_the_kiosk_starting(
    demo_config: TerminalConfig, data_dir: Path
) -> None:
    """The composition root refuses to build a kiosk that could not seal."""
    broken = dataclasses.replace(demo_config, council_public_key="AAAA")
    with pytest.raises(SealingError, match="council_public_key"):
        main.compose_kiosk(broken, data_dir)


def test_the_same_plaintext_seals_differently_each_time(sealer: CouncilSealer) -> None:
    """A fresh ephemeral key per seal: equal comments cannot be spotted as equal."""
    sealed = {sealer.seal(b"Very satisfied")["ct"] for _ in range(20)}
    assert len(sealed) == 20


def _forms(plaintext: str) -> list[bytes]:
    escaped = json.dumps(plaintext, ensure_ascii=True)[1:-1]
    return [
        plaintext.encode("utf-8"),
        plaintext.encode("utf-16-le"),
        escaped.encode("ascii"),
        escaped.lower().encode("ascii"),
    ]


def test_the_data_folder_never_contains_a_sealed_submissions_plaintext(
    journal: SqliteJournal, sealer: CouncilSealer, opener: CouncilOpener, data_dir: Path
) -> None:
    """After feedback and a sealed file are saved, no byte on disk gives the resident away."""
    receipt = FeedbackBox(journal, sealer).give(2, SECRET, "housing", "bn")
    file_event = journal.append(
        EventDraft("document.captured", {"kind": "tenancy"}, Scope.CENTRAL),
        blobs=[sealer.seal_bytes(SECRET_FILE)],
    )
    (digest,) = file_event.payload["blobs"]
    assert opener.open_bytes(journal.blobs.get(digest)) == SECRET_FILE
    assert receipt.had_comment
    journal.close()

    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {"journal.db"} <= {p.name for p in files}
    assert any(p.name == digest for p in files)
    needles = [
        *_forms(SECRET),
        *_forms("Zanzibar-Qx7"),
        *_forms("ৰাংলা ٹیسٹ"),
        *_forms(SECRET_FILE.decode("utf-8")),
        *_forms("দীপঙ্কর"),
    ]
    for path in files:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"{path.name} holds plaintext {needle[:20]!r}"


def test_the_private_key_never_reaches_the_data_folder(
    journal: SqliteJournal, sealer: CouncilSealer, data_dir: Path
) -> None:
    """Neither the key file, its base64 text nor its raw bytes are in the kiosk's folder."""
    FeedbackBox(journal, sealer).give(5, "Thank you")
    journal.close()
    key_text = demo_private_key()
    key_raw = base64.b64decode(key_text)
    for path in (p for p in data_dir.rglob("*") if p.is_file()):
        assert path.name != DEMO_PRIVATE_KEY_FILE.name
        content = path.read_bytes()
        assert key_text.encode("ascii") not in content
        assert key_raw not in content


def test_kiosk_code_never_refers_to_the_private_key() -> None:
    """main.py, core, store, kiosk and ui name neither the key file, its text nor an opener."""
    sources = [ROOT / "main.py"]
    for package in ("core", "store", "kiosk", "ui"):
        sources += sorted(p for p in (ROOT / package).rglob("*") if p.is_file())
    sources = [p for p in sources if "__pycache__" not in p.parts]
    assert len(sources) > 20
    key_text = demo_private_key()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert "demo-council-private-key" not in text, path
        assert key_text not in text, path
        assert "CouncilOpener" not in text, path
