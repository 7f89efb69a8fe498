"""The group's own settings: name, kind, language, time zone, country, its public contact
and its service numbers."""
