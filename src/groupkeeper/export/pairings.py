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
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Table, TableStyle
from sqlalchemy.orm import Session

from groupkeeper.export.styles import (
    BAND,
    FONT,
    RULE,
    Heading,
    PageLimit,
    Paper,
    make_styles,
    write_pdf,
)
from groupkeeper.group.service import require_group
from groupkeeper.pairing import service
from groupkeeper.pairing.models import Status
from groupkeeper.pairing.service import MentorRow, Pairing
from groupkeeper.text import format_date

NOTICE = "CONFIDENTIAL · for the people who keep the group's pairings · do not leave lying around"
CHECKIN_NOTES = 3  # the latest check-in notes printed per pairing, when notes are chosen


@dataclass(frozen=True)
class PairingList:
    group_name: str
    sponsor: str  # "sponsor" or "mentor"
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
            lines = [f"Request: {p.note}"] if p.note else []
            if p.status is Status.ACTIVE:
                lines += [f"{format_date(c.day)}: {c.note}" for c in logged.get(p.id, [])]
            if p.end_reason:
                lines.append(f"Ended: {p.end_reason}")
            private[p.id] = tuple(lines)
    return PairingList(
        group.name,
        service.words(group.kind)[0],
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
    sponsor = data.sponsor.capitalize()
    seeker = "Sponsee" if data.sponsor == "sponsor" else "Mentee"

    def table(head: list[str], rows: list[list[object]], widths: list[float]) -> Table:
        # A notes row is one cell spanning the table; the rest of it is padding.
        cells = [[Paragraph(h, st.cell_bold) for h in head]]
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
        return Paragraph(escape(text), st.cell)

    def notes_row(p: Pairing) -> list[list[object]]:
        lines = data.notes.get(p.id, ())
        if not lines:
            return []
        return [[Paragraph("<br/>".join(escape(x) for x in lines), note)]]

    def story(width: float) -> list[object]:
        flow: list[object] = [
            Paragraph(escape(data.group_name), st.title),
            Paragraph(
                f"{sponsor} pairings · {format_date(data.today)}"
                + (" · with private notes" if data.with_notes else ""),
                st.subtitle,
            ),
        ]
        flow.append(Heading(f"Active pairings ({len(data.active)})", st.heading))
        if data.active:
            rows: list[list[object]] = []
            for p in data.active:
                due: object = cell(_day(p.next_due))
                if p.overdue(data.today):
                    due = Paragraph(f"{escape(_day(p.next_due))} (overdue)", overdue)
                rows.append([cell(p.seeker), cell(p.mentor), cell(_day(p.started)),
                             cell(_day(p.last_checkin)), due])  # fmt: skip
                rows += notes_row(p)
            w = width / 5
            flow.append(
                table([seeker, sponsor, "Since", "Last check-in", "Next due"], rows, [w] * 5)
            )
        else:
            flow.append(Paragraph("No active pairings.", st.body))
        flow += [CondPageBreak(30 * mm), Heading(f"Waiting ({len(data.waiting)})", st.heading)]
        if data.waiting:
            rows = []
            for p in data.waiting:
                rows.append([cell(p.seeker), cell(_day(p.asked_on)), cell(p.wants() or "–")])
                rows += notes_row(p)
            flow.append(
                table(
                    ["Who", "Asked on", "Would like"],
                    rows,
                    [width * 0.25, width * 0.2, width * 0.55],
                )
            )
        else:
            flow.append(Paragraph("Nobody is waiting.", st.body))
        if data.ended:
            flow += [CondPageBreak(30 * mm), Heading("Ended in the last year", st.heading)]
            rows = []
            for p in data.ended:
                rows.append([cell(p.seeker), cell(p.mentor or "(request withdrawn)"),
                             cell(_day(p.started)), cell(_day(p.ended))])  # fmt: skip
                rows += notes_row(p)
            flow.append(table([seeker, sponsor, "Started", "Ended"], rows, [width / 4] * 4))
        flow += [
            CondPageBreak(30 * mm),
            Heading(f"Willing to {data.sponsor} ({len(data.mentors)})", st.heading),
        ]
        if data.mentors:
            rows = [
                [cell(m.name), cell(f"{m.taking} of {m.profile.capacity}"),
                 cell(", ".join(m.profile.languages) or "–"),
                 cell(", ".join(m.profile.focus) or "–")]
                for m in data.mentors
            ]  # fmt: skip
            widths = [width * 0.22, width * 0.16, width * 0.27, width * 0.35]
            flow.append(table(["Name", "Helping now", "Languages", "Focus"], rows, widths))
        else:
            flow.append(
                Paragraph(f"Nobody has said they are willing to {data.sponsor} yet.", st.body)
            )
        return flow

    return write_pdf(
        out, group_name=data.group_name, title="pairings", subject="Confidential pairing list",
        story=story, paper=paper, large=large, printed=printed, notice=NOTICE, limit=limit,
    )  # fmt: skip
