"""The window's roster."""
