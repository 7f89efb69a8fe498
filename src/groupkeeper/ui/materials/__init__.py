"""The window's materials."""
