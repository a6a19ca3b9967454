"""Qt-only parts shared by kiosk and staff screens: theme, touch widgets, background work, idle,
lockdown, speech and translations."""
