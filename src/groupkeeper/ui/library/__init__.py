"""The window's library."""
