"""Two one-purpose sheets: the sign-in sheet (blank lines, and the members' first names if
the group wants them printed) and the phone list (only members who said yes, with "please
keep private" at the top and bottom of every page).

Neither prints a last name, a note or anything a member did not agree to share.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.styles import (
    BAND,
    FONT,
    RULE,
    PageLimit,
    Paper,
    make_styles,
    table,
    write_pdf,
)
from groupkeeper.group.service import require_group
from groupkeeper.roster import service as roster
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time

MAX_BLANK = 200
PRIVATE = "PLEASE KEEP PRIVATE · for the group's members only · do not post or share"


@dataclass(frozen=True)
class SignInData:
    group_name: str
    heading: str  # "Tuesday Night Discussion · Tue 3 Mar 2026, 7:00 PM", or ""
    names: tuple[str, ...]
    blank: int


def sign_in_data(
    s: Session, occ: Occurrence | None, *, names: bool = False, blank: int = 20
) -> SignInData:
    """A sign-in sheet for the meeting ``occ`` (or undated), with ``blank`` empty lines and,
    if ``names``, the active members' first names (an initial added where two share one)."""
    if not 0 <= blank <= MAX_BLANK:
        raise GroupKeeperError(f"Choose between 0 and {MAX_BLANK} blank lines.")
    group = require_group(s)
    first: list[str] = []
    if names:
        members = roster.list_members(s, active_only=True)
        counts = Counter(m.data.first_name.strip().casefold() for m in members)
        for m in members:
            one = m.data.first_name.strip()
            first.append(m.name if counts[one.casefold()] > 1 else one)
        first.sort(key=str.casefold)
    if not first and not blank:
        raise GroupKeeperError("The sheet would be empty: print some blank lines or the names.")
    heading = ""
    if occ is not None:
        when = f"{format_date(occ.day)}, {format_time(occ.start, group.language)}"
        heading = f"{occ.series_name} · {when}"
    return SignInData(group.name, heading, tuple(first), blank)


def render_sign_in(
    data: SignInData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    st = make_styles(large)
    line = st.body.fontSize * 2.4  # room to write by hand

    def story(width: float) -> list[object]:
        flow: list[object] = [
            Paragraph(escape(data.group_name), st.title),
            Paragraph(escape("Sign-in" + (f" · {data.heading}" if data.heading else "")),
                      st.subtitle),
            Paragraph("Signing in is up to you. First names only, please.", st.small),
        ]  # fmt: skip
        rows: list[list[object]] = [
            [Paragraph("Name", st.cell_bold), Paragraph("Here", st.cell_bold)]
        ]
        rows += [[Paragraph(escape(n), st.cell), ""] for n in data.names]
        rows += [["", ""] for _ in range(data.blank)]
        sheet = Table(rows, colWidths=[width * 0.8, width * 0.2], repeatRows=1,
                      rowHeights=[None] + [line] * (len(rows) - 1))  # fmt: skip
        sheet.setStyle(
            TableStyle([
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BACKGROUND", (0, 0), (-1, 0), BAND),
                ("LINEBELOW", (0, 0), (-1, -1), 0.6, RULE),
                ("LINEBEFORE", (1, 0), (1, -1), 0.6, RULE),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
            ])
        )  # fmt: skip
        flow += [Paragraph("", st.small), sheet]
        return flow

    return write_pdf(
        out, group_name=data.group_name, title="sign-in sheet", subject="Sign-in sheet",
        story=story, paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip


@dataclass(frozen=True)
class PhoneEntry:
    name: str
    pronouns: str
    phone: str


@dataclass(frozen=True)
class PhoneList:
    group_name: str
    entries: tuple[PhoneEntry, ...]


def phone_list_data(s: Session) -> PhoneList:
    """Active members who said yes to the phone list and gave a number, by name."""
    group = require_group(s)
    entries = tuple(
        PhoneEntry(m.name, m.data.pronouns, m.data.phone.strip())
        for m in roster.list_members(s, active_only=True)
        if m.data.phone_list_ok and m.data.phone.strip()
    )
    if not entries:
        raise GroupKeeperError(
            "Nobody is on the phone list yet. In Members, tick “OK to be on the phone list” "
            "for each member who agrees, and give their number."
        )
    return PhoneList(group.name, tuple(sorted(entries, key=lambda e: e.name.casefold())))


def render_phone_list(
    data: PhoneList,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    st = make_styles(large)

    def story(width: float) -> list[object]:
        flow: list[object] = [
            Paragraph(escape(data.group_name), st.title),
            Paragraph(f"Phone list · {len(data.entries)} members who agreed to be on it",
                      st.subtitle),
            Paragraph(
                "Call when you need to talk, between meetings. Please keep this list private: "
                "these members trusted the group with their numbers.", st.small,
            ),
        ]  # fmt: skip
        rows: list[list[object]] = [
            [Paragraph(h, st.cell_bold) for h in ("Name", "Phone", "Pronouns")]
        ]
        for e in data.entries:
            rows.append([Paragraph(escape(e.name), st.cell_bold),
                         Paragraph(escape(e.phone), st.cell),
                         Paragraph(escape(e.pronouns), st.small)])  # fmt: skip
        widths = [width * 0.42, width * 0.36, width * 0.22]
        flow += [Paragraph("", st.small), table(rows, widths), Paragraph("", st.small)]
        return flow

    return write_pdf(
        out, group_name=data.group_name, title="phone list", subject="Phone list (private)",
        story=story, paper=paper, large=large, printed=printed, notice=PRIVATE, limit=limit,
    )  # fmt: skip
