"""The group's own settings in the window: name, kind, language, time zone, country, contact
and service numbers."""
