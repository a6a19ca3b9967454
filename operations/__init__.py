"""Running civic-kiosk on a real kiosk for weeks: install, supervision, health, updates, selftest.

Like main.py, this package composes the services; the screens never import it.
"""
