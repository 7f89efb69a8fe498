"""Every-N-weeks and every-N-months series keep their meetings where they were.

Until this revision a rule such as "every other Monday" counted its weeks from the week of the
series' first date, so a series whose first date was not a meeting day could first meet a whole
interval late (first date Wednesday 6 January: first meeting the 18th, not the 11th). It now
counts from the first meeting on or after the first date. So that no meeting of an existing
file moves, this revision sets each such series' first date to the first meeting it really
had: from there the old and the new counting give the same dates.

Only rules exactly as GroupKeeper writes them are read (a file's stranger text is left for the
app to refuse with its own message); the old counting is dateutil's from the first date.

Revision ID: 0010_series_phase
Revises: 0009_crisis_check
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

import sqlalchemy as sa
from alembic import op
from dateutil.rrule import rrulestr

revision = "0010_series_phase"
down_revision = "0009_crisis_check"
branch_labels = None
depends_on = None

_DAY = "(?:-1|[1-5])?(?:MO|TU|WE|TH|FR|SA|SU)"
OURS = re.compile(
    rf"FREQ=(?:WEEKLY|MONTHLY);INTERVAL=([0-9]{{1,2}});"
    rf"(?:BYDAY={_DAY}(?:,{_DAY}){{0,40}}|BYMONTHDAY=[0-9]{{1,2}})"
)


def old_first_meeting(rule: str, start: date, end: date | None) -> date | None:
    """The first date the rule gave before this revision (None: no meeting at all)."""
    found = rrulestr(rule, dtstart=datetime.combine(start, time())).after(
        datetime.combine(start, time()), inc=True
    )
    if found is None or (end is not None and found.date() > end):
        return None
    return found.date()


def _date(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.text(
            "SELECT id, rrule, start_date, end_date FROM meeting_series WHERE rrule IS NOT NULL"
        )
    ).all()
    for series_id, rule, start, end in rows:
        matched = OURS.fullmatch(str(rule))
        if matched is None or not 2 <= int(matched.group(1)) <= 52:
            continue  # every week or month (nothing changes), or not a rule of ours
        try:
            first = old_first_meeting(str(rule), _date(start), None if end is None else _date(end))
        except ValueError:
            continue  # a date SQLite kept as text that is not one: the app says so on reading
        if first is not None and first != _date(start):
            conn.execute(
                sa.text("UPDATE meeting_series SET start_date = :first WHERE id = :id"),
                {"first": first.isoformat(), "id": series_id},
            )


def downgrade() -> None:
    """Nothing to undo: the first dates it set are meeting dates under either counting."""
