"""Domain types and rules for civic-kiosk. Standard library only: no Qt, no storage, no network."""
