"""The demo group's meeting formats and notes: the starter format with a break for its
ninety-minute Tuesday meeting, a business-meeting format for the group conscience, and a
topic, announcements and a (private) note to the facilitator for the next few Tuesdays."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from groupkeeper.materials import service
from groupkeeper.materials.service import MeetingNote, Section
from groupkeeper.roster import service as roster

TOPICS = (
    ("Gratitude in hard weeks",
     "Potluck and anniversary night is coming up: sign-up sheet by the coffee.\n"
     "The group conscience meets on the first Sunday after coffee.",
     "Sam has the key to the literature cupboard this week. Remind people the hall closes "
     "at 9:30 sharp."),
    ("Asking for help", "Newcomer packets are restocked; take one for a friend.", ""),
    ("Letting go of resentment", "", ""),
)  # fmt: skip


def add_demo_materials(s: Session, today: date, tuesday_id: int, business_id: int) -> None:
    roles = {name: rid for rid, name in roster.role_names(s).items()}
    usual = service.usual_format(s)
    assert usual is not None
    sections = []
    for sec in usual.sections:
        if sec.heading == "Topic and sharing":
            sections.append(replace(sec, minutes=30))
            sections.append(
                Section("Break", "We take a ten-minute break. Coffee is at the back.",
                        role_id=roles.get("Timekeeper"), minutes=10)
            )  # fmt: skip
            sections.append(
                Section("Sharing continues", "Welcome back. Sharing is open again.",
                        role_id=roles.get("Facilitator"), minutes=29)
            )  # fmt: skip
        else:
            sections.append(sec)
    service.save_format(s, "Tuesday discussion (90 minutes)", sections, usual.id)
    business = [
        Section("Opening", "Open the group conscience with a moment of quiet.",
                role_id=roles.get("Facilitator"), minutes=2),
        Section("Minutes and treasurer's report",
                "Read last month's minutes; the treasurer reports the balance and the rent.",
                role_id=roles.get("Co-facilitator"), minutes=10),
        Section("Old business", "", role_id=roles.get("Facilitator"), minutes=15),
        Section("New business", "Every member has a voice; we decide by simple majority.",
                role_id=roles.get("Facilitator"), minutes=25),
        Section("Closing", "Thank everyone for their service.", role_id=roles.get("Facilitator"),
                minutes=3),
    ]  # fmt: skip
    business_id_ = service.save_format(s, "Group conscience (business)", business)
    from groupkeeper.schedule import service as schedule

    record = schedule.get_series(s, business_id)
    schedule.update_series(s, business_id, replace(record.data, format_id=business_id_))
    tuesdays = [o for o in service.upcoming(s, today) if o.series_id == tuesday_id]
    for o, (topic, announcements, note) in zip(tuesdays, TOPICS, strict=False):
        service.save_note(s, tuesday_id, o.original_date, MeetingNote(topic, announcements, note))
