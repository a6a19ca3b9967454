"""The sync tests use the same real sealer and opener fixtures as core's tests (the real
journal fixture is shared by every test, from tests/conftest.py)."""

from tests.core.conftest import opener, sealer

__all__ = ["opener", "sealer"]
