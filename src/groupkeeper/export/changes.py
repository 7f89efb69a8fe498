"""The change request for the intergroup as a printed page: the group, its service number,
and each added, changed or removed meeting with what the list has and what it should have."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Paragraph, Spacer

from groupkeeper.export.script import markup
from groupkeeper.export.styles import (
    FONT_BOLD,
    PageLimit,
    Paper,
    make_styles,
    table,
    write_pdf,
)
from groupkeeper.i18n import _, speaking
from groupkeeper.interchange.changes import ADDED, ChangeRequest, heading


def render_changes(
    request: ChangeRequest,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    with speaking(request.locale):  # the group's words, as every paper of the group's
        return _render(request, out, paper, printed, large, limit)


def _render(
    request: ChangeRequest,
    out: Path,
    paper: Paper,
    printed: date | None,
    large: bool,
    limit: PageLimit | None,
) -> Path:
    st = make_styles(large)

    def story(width: float) -> list[object]:
        flow: list[object] = [
            Paragraph(markup(request.group, FONT_BOLD), st.title),
            Paragraph(markup(_("Changes to our meeting list entries")), st.subtitle),
        ]
        facts = []
        if request.listed_as.casefold() != request.group.casefold():
            facts.append(_("Listed as: {name}").format(name=request.listed_as))
        if request.service_number:
            facts.append(_("Service number: {number}").format(number=request.service_number))
        if request.district:
            facts.append(_("District or intergroup: {district}").format(district=request.district))
        for fact in facts:
            flow.append(Paragraph(markup(fact), st.body))
        flow.append(Spacer(1, 6))
        if not request.changes:
            flow.append(
                Paragraph(
                    markup(_("Your list has every one of our meetings right. Thank you.")),
                    st.body,
                )
            )
        for change in request.changes:
            flow.append(Paragraph(markup(heading(change), FONT_BOLD), st.heading))
            if not change.fields:
                continue
            if change.kind == ADDED:
                rows = [[Paragraph(markup(f.label, FONT_BOLD), st.cell_bold),
                         Paragraph(markup(f.ours), st.cell)] for f in change.fields]  # fmt: skip
                flow.append(table(rows, [width * 0.28, width * 0.72], header=False))
                continue
            rows = [[
                Paragraph(markup(_("What")), st.cell_bold),
                Paragraph(markup(_("The list has")), st.cell_bold),
                Paragraph(markup(_("It should be")), st.cell_bold),
            ]]  # fmt: skip
            rows += [
                [Paragraph(markup(f.label), st.cell_bold),
                 Paragraph(markup(f.theirs or "—"), st.cell),
                 Paragraph(markup(f.ours or "—"), st.cell)]
                for f in change.fields
            ]  # fmt: skip
            flow.append(table(rows, [width * 0.22, width * 0.39, width * 0.39]))
        return flow

    return write_pdf(
        out, group_name=request.group, title=_("meeting list changes"),
        subject=_("Changes to our meeting list entries"), story=story, paper=paper,
        large=large, printed=printed, limit=limit,
    )  # fmt: skip
