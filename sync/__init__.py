"""Sealing, and (in later issues) site replication and sync with the central case service."""
