"""The window's safety."""
