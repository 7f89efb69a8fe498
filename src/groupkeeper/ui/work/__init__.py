"""The window's work."""
