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

from reportlab.platypus import Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper.collation import sort
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    BAND,
    FONT,
    FONT_BOLD,
    RULE,
    PageLimit,
    Paper,
    make_styles,
    table,
    write_pdf,
)
from groupkeeper.group.service import require_group
from groupkeeper.i18n import N_, _, ngettext
from groupkeeper.roster import service as roster
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time

MAX_BLANK = 200
PRIVATE = N_("PLEASE KEEP PRIVATE · for the group's members only · do not post or share")


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
    if ``names``, the first names of the active members who agreed to be on the phone list
    (an initial added where two of them share one). Visitors handle the sheet: a member who
    said no is not on it, nor counted when telling two names apart."""
    if not 0 <= blank <= MAX_BLANK:
        raise GroupKeeperError(_("Choose between 0 and {most} blank lines.").format(most=MAX_BLANK))
    group = require_group(s)
    first: list[str] = []
    if names:
        agreed = [m for m in roster.list_members(s, active_only=True) if m.data.phone_list_ok]
        counts = Counter(m.data.first_name.strip().casefold() for m in agreed)
        for m in agreed:
            one = m.data.first_name.strip()
            first.append(m.name if counts[one.casefold()] > 1 else one)
        first.sort(key=str.casefold)
    if not first and not blank:
        if names:
            raise GroupKeeperError(
                _(
                    "The sheet would be empty: no member has agreed to be on the phone list, "
                    "so there are no names to print. Print some blank lines."
                )
            )
        raise GroupKeeperError(_("The sheet would be empty: print some blank lines or the names."))
    heading = ""
    if occ is not None:
        when = _("{day}, {time}").format(
            day=format_date(occ.day), time=format_time(occ.start, group.language)
        )
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
        subtitle = " · ".join(x for x in (_("Sign-in"), data.heading) if x)
        flow: list[object] = [
            Paragraph(markup(data.group_name, FONT_BOLD), st.title),
            Paragraph(markup(subtitle), st.subtitle),
            Paragraph(markup(_("Signing in is up to you. First names only, please.")), st.small),
        ]
        rows: list[list[object]] = [
            [Paragraph(markup(_("Name"), FONT_BOLD), st.cell_bold),
             Paragraph(markup(_("Here"), FONT_BOLD), st.cell_bold)]
        ]  # fmt: skip
        rows += [[Paragraph(markup(n), st.cell), ""] for n in data.names]
        rows += [["", ""] for _unused in range(data.blank)]
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
        out, group_name=data.group_name, title=_("sign-in sheet"), subject=_("Sign-in sheet"),
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
            _(
                "Nobody is on the phone list yet. In Members, tick “OK to be on the phone "
                "list” for each member who agrees, and give their number."
            )
        )
    return PhoneList(group.name, tuple(sort(entries, lambda e: e.name)))


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
        n = len(data.entries)
        subtitle = ngettext(
            "Phone list · {n} member who agreed to be on it",
            "Phone list · {n} members who agreed to be on it",
            n,
        ).format(n=n)
        flow: list[object] = [
            Paragraph(markup(data.group_name, FONT_BOLD), st.title),
            Paragraph(markup(subtitle), st.subtitle),
            Paragraph(
                markup(
                    _(
                        "Call when you need to talk, between meetings. Please keep this list "
                        "private: these members trusted the group with their numbers."
                    )
                ),
                st.small,
            ),
        ]
        rows: list[list[object]] = [
            [Paragraph(markup(h, FONT_BOLD), st.cell_bold)
             for h in (_("Name"), _("Phone"), _("Pronouns"))]
        ]  # fmt: skip
        for e in data.entries:
            rows.append([Paragraph(markup(e.name, FONT_BOLD), st.cell_bold),
                         Paragraph(markup(e.phone), st.cell),
                         Paragraph(markup(e.pronouns), st.small)])  # fmt: skip
        widths = [width * 0.42, width * 0.36, width * 0.22]
        flow += [Paragraph("", st.small), table(rows, widths), Paragraph("", st.small)]
        return flow

    return write_pdf(
        out, group_name=data.group_name, title=_("phone list"), subject=_("Phone list (private)"),
        story=story, paper=paper, large=large, printed=printed, notice=_(PRIVATE), limit=limit,
    )  # fmt: skip
