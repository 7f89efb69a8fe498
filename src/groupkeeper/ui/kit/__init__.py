"""Building blocks the window's rooms share, with public names: form fields, form dialogs
that never drop typing, and the questions they ask."""
