"""The group's own settings: name, kind, language, time zone and country."""
