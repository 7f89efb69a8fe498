"""Meeting series, their recurrence, and the dates cancelled or moved."""
