"""Printed materials, drawn with reportlab. No Qt here: headless commands print too."""
