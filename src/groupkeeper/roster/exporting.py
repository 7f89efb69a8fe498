"""Members out of GroupKeeper: a spreadsheet that the member import reads back, and the phone
list's members as contacts for a phone.

The CSV has the import's columns (``importing.COLUMNS``), in its words (yes/no, ``Mon; Thu``,
role names joined by ``; ``), so a sheet exported, edited and imported again comes back the
same; per-role monthly limits, blackout dates and who is not paired with whom stay in
GroupKeeper. It is written UTF-8 with a byte-order mark, which Excel needs to read accents.
A cell that a spreadsheet would run as a formula (one starting ``=``, ``+``, ``-`` or ``@``,
as "+1 555..." does) gets a leading apostrophe, which spreadsheets show as text and the
import takes off again.

The vCard file holds only who the phone list holds: active members who agreed to it, with a
phone number; their display name ("Ana R.") and number, never notes, email or full names.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.files import write_whole
from groupkeeper.i18n import _
from groupkeeper.roster import service
from groupkeeper.roster.importing import COLUMNS

FORMULA = ("=", "+", "-", "@")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # as the import reads them


def _cell(value: str) -> str:
    return "'" + value if value.startswith(FORMULA) else value


def members_csv(s: Session) -> str:
    """Every member, active or not, in the import's columns."""
    names = service.role_names(s)
    members = service.list_members(s)
    by = keyer(m.name for m in members)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(COLUMNS)
    for m in sorted(members, key=lambda m: (by(m.name), m.id)):
        d = m.data
        row = {
            "first_name": d.first_name, "last_initial": d.last_initial, "full_name": d.full_name,
            "pronouns": d.pronouns, "phone": d.phone, "email": d.email,
            "phone_list": "yes" if d.phone_list_ok else "no",
            "experienced": "yes" if d.experienced else "no",
            "roles": "; ".join(names[r] for r, _limit in d.roles if r in names),
            "never": "; ".join(WEEKDAYS[w] for w in sorted(d.never_weekdays)),
            "max_per_month": str(d.monthly_limit) if d.monthly_limit else "",
            "qualifications": d.qualifications, "notes": d.notes,
            "active": "yes" if d.active else "no",
        }  # fmt: skip
        writer.writerow([_cell(row[c]) for c in COLUMNS])
    return out.getvalue()


def _escape(value: str) -> str:
    """A vCard text value (RFC 6350 3.4): backslash, comma, semicolon and line breaks."""
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def phone_list_vcards(s: Session) -> str:
    """The phone list's members as vCards 3.0 (what phones and mail programs import)."""
    from groupkeeper.export.sheets import phone_list_data

    cards = []
    for entry in phone_list_data(s).entries:
        if not entry.phone:
            continue
        lines = (
            "BEGIN:VCARD",
            "VERSION:3.0",
            f"FN:{_escape(entry.name)}",
            f"N:{_escape(entry.name)};;;;",
            f"TEL;TYPE=CELL:{_escape(entry.phone)}",
            "END:VCARD",
        )
        cards.append("\r\n".join(lines))
    return "".join(card + "\r\n" for card in cards)


def export_members(s: Session, out: Path) -> Path:
    """Write :func:`members_csv` to ``out``, whole or not at all."""
    text = members_csv(s)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8-sig", newline="")

    return write_whole(out, write, _("CSV file"))


def export_contacts(s: Session, out: Path) -> int:
    """Write :func:`phone_list_vcards` to ``out``; returns how many contacts it holds."""
    text = phone_list_vcards(s)

    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8", newline="")

    write_whole(out, write, _("contacts file"))
    return text.count("BEGIN:VCARD")
