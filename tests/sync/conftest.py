"""The sync tests use the same real journal, sealer and opener fixtures as core's tests."""

from tests.core.conftest import journal, opener, sealer

__all__ = ["journal", "opener", "sealer"]
