"""The window's pairing."""
