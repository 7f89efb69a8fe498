"""The window's interchange."""
