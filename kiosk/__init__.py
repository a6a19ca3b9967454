"""Resident-facing screens and the kiosk shell (fullscreen, lockdown, idle wipe)."""
