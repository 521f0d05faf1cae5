"""Keeping work: the SQLite build cache, its keys, and the JSON form of mentions and events."""
