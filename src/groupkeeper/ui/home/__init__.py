"""The window's home."""
