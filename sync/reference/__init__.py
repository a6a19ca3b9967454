"""The reference case service: the council's side of the case-service contract, on SQLite.

Tests run the sync engine against it over real HTTP on loopback, and a council can pilot
with it. Start it with :func:`start_reference_service`; the contract is the OpenAPI document
``sync/openapi/case-service-v1.json``.
"""

from pathlib import Path

from sync.reference.case_store import CaseStore, TerminalEntry
from sync.reference.server import (
    RunningService,
    load_terminals_file,
    read_key_file,
    start_reference_service,
)

# The demo council's private key: for the offline demo and tests only, never for real data.
DEMO_PRIVATE_KEY_FILE = Path(__file__).resolve().parent / "demo-council-private-key.txt"

__all__ = [
    "DEMO_PRIVATE_KEY_FILE",
    "CaseStore",
    "RunningService",
    "TerminalEntry",
    "load_terminals_file",
    "read_key_file",
    "start_reference_service",
]
