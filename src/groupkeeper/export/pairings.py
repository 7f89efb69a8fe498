"""The confidential pairing list: active pairings with their check-ins, who is waiting, who
ended in the last year and who is willing to sponsor or mentor.

"CONFIDENTIAL" is printed at the top and bottom of every page. Private notes (a request's note,
check-in notes, the reason a pairing ended) print only when the person exporting asks; gender
never prints. No other export includes any of this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    BAND,
    FONT,
    FONT_BOLD,
    RULE,
    Heading,
    PageLimit,
    Paper,
    make_styles,
    write_pdf,
)
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import require_group
from groupkeeper.i18n import N_, _, pgettext
from groupkeeper.pairing import service
from groupkeeper.pairing.models import Status
from groupkeeper.pairing.service import MentorRow, Pairing
from groupkeeper.text import format_date

NOTICE = N_(
    "CONFIDENTIAL · for the people who keep the group's pairings · do not leave lying around"
)
CHECKIN_NOTES = 3  # the latest check-in notes printed per pairing, when notes are chosen


@dataclass(frozen=True)
class PairingList:
    group_name: str
    sponsor: str  # "sponsor" or "mentor": which words print, not a word printed
    today: date
    active: tuple[Pairing, ...]
    waiting: tuple[Pairing, ...]
    ended: tuple[Pairing, ...]  # in the last year
    mentors: tuple[MentorRow, ...]
    notes: dict[int, tuple[str, ...]]  # pairing id -> private notes, only when chosen

    @property
    def with_notes(self) -> bool:
        return bool(self.notes)


def pairing_data(s: Session, today: date, *, notes: bool = False) -> PairingList:
    group = require_group(s)
    everything = service.list_pairings(s)
    year_ago = today - timedelta(days=365)
    private: dict[int, tuple[str, ...]] = {}
    if notes:
        logged = service.checkin_notes(s, CHECKIN_NOTES)
        for p in everything:
            lines = [_("Request: {note}").format(note=p.note)] if p.note else []
            if p.status is Status.ACTIVE:
                lines += [
                    _("{day}: {note}").format(day=format_date(c.day), note=c.note)
                    for c in logged.get(p.id, [])
                ]
            if p.end_reason:
                lines.append(_("Ended: {reason}").format(reason=p.end_reason))
            private[p.id] = tuple(lines)
    return PairingList(
        group.name,
        # service.role_words' rule; an identifier, so each printed phrase is whole.
        "sponsor" if group.kind is GroupKind.TWELVE_STEP else "mentor",
        today,
        tuple(p for p in everything if p.status is Status.ACTIVE),
        tuple(sorted((p for p in everything if p.status is Status.REQUESTED),
                     key=lambda p: (p.asked_on, p.id))),
        tuple(p for p in everything
              if p.status is Status.ENDED and p.ended and p.ended >= year_ago),
        tuple(service.list_mentors(s)),
        private,
    )  # fmt: skip


def _day(d: date | None) -> str:
    return format_date(d) if d else "–"


def render_pairings(
    data: PairingList,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw the pairing list; written whole or not at all."""
    st = make_styles(large)
    note = st.small.clone("pnote", leftIndent=4 * mm)
    overdue = st.cell_bold.clone("poverdue", textColor="#9b1c1c")
    twelve_step = data.sponsor == "sponsor"
    sponsor = pgettext("noun", "Sponsor") if twelve_step else pgettext("noun", "Mentor")
    seeker = _("Sponsee") if twelve_step else _("Mentee")

    def table(head: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        # A notes row is one cell spanning the table; the rest of it is padding.
        cells = [[Paragraph(markup(h, FONT_BOLD), st.cell_bold) for h in head]]
        cells += [row + [""] * (len(head) - len(row)) for row in rows]
        t = Table(cells, colWidths=widths, repeatRows=1)
        style = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("BACKGROUND", (0, 0), (-1, 0), BAND),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for i, row in enumerate(rows, 1):
            if len(row) == 1:  # a notes row spans the table
                style.append(("SPAN", (0, i), (-1, i)))
        t.setStyle(TableStyle(style))
        return t

    def cell(text: str) -> Paragraph:
        return Paragraph(markup(text), st.cell)

    def notes_row(p: Pairing) -> list[list[object]]:
        lines = data.notes.get(p.id, ())
        if not lines:
            return []
        return [[Paragraph("<br/>".join(markup(x) for x in lines), note)]]

    def story(width: float) -> list[object]:
        subtitle = [
            _("Sponsor pairings") if twelve_step else _("Mentor pairings"),
            format_date(data.today),
        ]
        if data.with_notes:
            subtitle.append(_("with private notes"))
        flow: list[object] = [
            Paragraph(markup(data.group_name, FONT_BOLD), st.title),
            Paragraph(markup(" · ".join(subtitle)), st.subtitle),
        ]
        flow.append(Heading(_("Active pairings ({n})").format(n=len(data.active)), st.heading))
        if data.active:
            rows: list[list[object]] = []
            for p in data.active:
                due: object = cell(_day(p.next_due))
                if p.overdue(data.today):
                    late = _("{day} (overdue)").format(day=_day(p.next_due))
                    due = Paragraph(markup(late, FONT_BOLD), overdue)
                rows.append([cell(p.seeker), cell(p.mentor), cell(_day(p.started)),
                             cell(_day(p.last_checkin)), due])  # fmt: skip
                rows += notes_row(p)
            w = width / 5
            flow.append(
                table(
                    [seeker, sponsor, _("Since"), _("Last check-in"), _("Next due")],
                    rows,
                    [w] * 5,
                )
            )
        else:
            flow.append(Paragraph(markup(_("No active pairings.")), st.body))
        flow += [
            CondPageBreak(30 * mm),
            Heading(_("Waiting ({n})").format(n=len(data.waiting)), st.heading),
        ]
        if data.waiting:
            rows = []
            for p in data.waiting:
                rows.append([cell(p.seeker), cell(_day(p.asked_on)), cell(p.wants() or "–")])
                rows += notes_row(p)
            flow.append(
                table(
                    [_("Who"), _("Asked on"), _("Would like")],
                    rows,
                    [width * 0.25, width * 0.2, width * 0.55],
                )
            )
        else:
            flow.append(Paragraph(markup(_("Nobody is waiting.")), st.body))
        if data.ended:
            flow += [CondPageBreak(30 * mm), Heading(_("Ended in the last year"), st.heading)]
            rows = []
            for p in data.ended:
                rows.append([cell(p.seeker), cell(p.mentor or _("(request withdrawn)")),
                             cell(_day(p.started)), cell(_day(p.ended))])  # fmt: skip
                rows += notes_row(p)
            heads = [seeker, sponsor, _("Started"), _("Ended")]
            flow.append(table(heads, rows, [width / 4] * 4))
        willing = (
            _("Willing to sponsor ({n})") if twelve_step else _("Willing to mentor ({n})")
        ).format(n=len(data.mentors))
        flow += [CondPageBreak(30 * mm), Heading(willing, st.heading)]
        if data.mentors:
            rows = [
                [cell(m.name),
                 cell(_("{taking} of {capacity}").format(taking=m.taking,
                                                         capacity=m.profile.capacity)),
                 cell(", ".join(m.profile.languages) or "–"),
                 cell(", ".join(m.profile.focus) or "–")]
                for m in data.mentors
            ]  # fmt: skip
            widths = [width * 0.22, width * 0.16, width * 0.27, width * 0.35]
            heads = [_("Name"), _("Helping now"), _("Languages"), _("Focus")]
            flow.append(table(heads, rows, widths))
        else:
            nobody = (
                _("Nobody has said they are willing to sponsor yet.")
                if twelve_step
                else _("Nobody has said they are willing to mentor yet.")
            )
            flow.append(Paragraph(markup(nobody), st.body))
        return flow

    return write_pdf(
        out, group_name=data.group_name, title=_("pairings"),
        subject=_("Confidential pairing list"), story=story, paper=paper, large=large,
        printed=printed, notice=_(NOTICE), limit=limit,
    )  # fmt: skip
