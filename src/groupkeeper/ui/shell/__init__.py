"""The window's shell."""
