"""The window's schedule."""
