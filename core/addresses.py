"""Finding the addresses at a UK postcode, for the "postcode, then pick your address" question.

A council loads its own gazetteer extract (for example from its Local Land and Property
Gazetteer) as JSON: ``{"E1 1BU": ["Idea Store Whitechapel, 321 Whitechapel Road", ...]}``.
The kiosk looks addresses up locally, so the question works with no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from core.catalogue import CatalogueError, read_json_file
from core.form_inputs import Unreadable, normal_postcode

MAX_ADDRESSES_AT_ONE_POSTCODE = 500


class AddressBook:
    """Addresses by postcode, looked up by any spelling of the postcode."""

    def __init__(self, by_postcode: Mapping[str, tuple[str, ...]]) -> None:
        self._by_postcode = dict(by_postcode)

    def find(self, postcode: str) -> tuple[str, ...]:
        """The addresses at this postcode (none if it is not in the book or not a postcode)."""
        try:
            return self._by_postcode.get(normal_postcode(postcode), ())
        except Unreadable:
            return ()

    def __len__(self) -> int:
        return len(self._by_postcode)


def load_address_book(path: Path) -> AddressBook:
    """Read a gazetteer extract; a broken one names the file, the postcode and the problem."""
    source = str(path)
    raw = read_json_file(path)
    if not isinstance(raw, dict):
        raise CatalogueError(source, "(top)", "must map postcodes to lists of addresses")
    book: dict[str, tuple[str, ...]] = {}
    for postcode, addresses in raw.items():
        try:
            normal = normal_postcode(str(postcode))
        except Unreadable:
            raise CatalogueError(source, str(postcode), "is not a UK postcode") from None
        if (
            not isinstance(addresses, list)
            or not 0 < len(addresses) <= MAX_ADDRESSES_AT_ONE_POSTCODE
            or not all(isinstance(a, str) and a.strip() for a in addresses)
        ):
            raise CatalogueError(source, normal, "must list 1 to 500 addresses as text")
        book[normal] = tuple(addresses)
    return AddressBook(book)
