"""The window's export."""
