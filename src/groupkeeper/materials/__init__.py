"""Meeting materials: the group's meeting formats (the script the facilitator reads from) and
each meeting's own topic, announcements and note to the facilitator."""
