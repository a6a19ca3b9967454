"""The terminal's journal on SQLite (sqlite-utils), its projections, and the sealed blob store."""
