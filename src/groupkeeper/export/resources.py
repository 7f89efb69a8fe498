"""The resource handout: a crisis-line page first (when chosen), then the chosen readings in
full, referral contacts by region, the handouts the group keeps and the books it lends.

``handout_data`` reads everything from a session into plain records; ``render_handout`` draws
them and needs no database, so it can run in a worker thread or a headless command alike.
No member's name is printed: loans are not part of the handout.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.script import filled, markup
from groupkeeper.export.styles import (
    FONT_BOLD,
    Heading,
    PageLimit,
    Paper,
    Styles,
    make_styles,
    paragraphs,
    write_pdf,
)
from groupkeeper.group.contact import ContactPlace, printed_contact
from groupkeeper.group.service import require_group
from groupkeeper.i18n import _
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import Resource


@dataclass(frozen=True)
class HandoutData:
    group_name: str
    crisis: tuple[Resource, ...]  # the crisis page; empty when not chosen
    items: tuple[Resource, ...]  # everything else chosen, in library order
    chosen_by: str  # "", or "tag 'newcomers'", for the subtitle
    contact: ContactLines = ()  # only when the group chose to print it on the handout

    def of(self, kind: Kind) -> list[Resource]:
        return [i for i in self.items if i.kind is kind]


def handout_data(
    s: Session,
    *,
    ids: Sequence[int] | None = None,
    tag: str | None = None,
    crisis_page: bool = True,
) -> HandoutData:
    """The items to print: those ``ids``, or those tagged ``tag``, or the whole library (not
    archived); crisis lines go on their own first page when ``crisis_page``."""
    group = require_group(s)
    if ids is not None:
        chosen = library.get_resources(s, ids)
    else:
        if tag and tag.casefold() not in {t.casefold() for t in library.list_tags(s)}:
            raise GroupKeeperError(
                _(
                    "No item in the library has the tag '{tag}'. Check its spelling; the tags "
                    "in use are: {tags}."
                ).format(tag=tag, tags=", ".join(library.list_tags(s)) or _("none yet"))
            )
        chosen = library.get_resources(s, [i.id for i in library.search(s, tag=tag)])
    crisis = tuple(library.crisis_lines(s)) if crisis_page else ()
    on_page = {c.id for c in crisis}
    items = tuple(i for i in chosen if i.id not in on_page)
    if not items and not crisis:
        raise GroupKeeperError(
            _(
                "There is nothing to print: choose some items, or add readings and contacts "
                "to the library first."
            )
        )
    chosen_by = _("tag '{tag}'").format(tag=tag) if tag and ids is None else ""
    return HandoutData(
        group.name, crisis, items, chosen_by,
        printed_contact(group.contact, ContactPlace.RESOURCES),
    )  # fmt: skip


def _reach(c: Resource) -> str:
    parts = []
    if c.phone:
        parts.append(filled(_("Call {number}"), number=f"<b>{markup(c.phone, FONT_BOLD)}</b>"))
    if c.text_line:
        number = f"<b>{markup(c.text_line, FONT_BOLD)}</b>"
        parts.append(filled(_("Text {number}"), number=number))
    return " · ".join(parts)


def crisis_page(lines: Sequence[Resource], st: Styles) -> list[object]:
    """The crisis-line page of the handout and of the meeting packet: each line's name large,
    how to reach it larger, then its hours, website and notes."""
    big_size = st.title.fontSize * 1.2
    big = st.title.clone("cbig", fontSize=big_size, leading=big_size * 1.25, spaceAfter=8)
    reach_size = max(12.5, st.body.fontSize)
    line_name = st.heading.clone("cline", spaceBefore=7, spaceAfter=1)
    line_reach = st.body.clone("creach", fontSize=reach_size, leading=reach_size * 1.28)
    note = st.small.clone("cnote", spaceAfter=4)
    flow: list[object] = [
        Heading(_("If you or someone you know is in crisis"), big),
        Paragraph(
            markup(
                _(
                    "You do not have to wait until it gets worse. These lines answer; calling "
                    "is free and you do not have to give your name."
                )
            ),
            st.subtitle,
        ),
    ]
    for c in lines:
        block: list[object] = [Paragraph(markup(c.title, FONT_BOLD), line_name)]
        if reach := _reach(c):
            block.append(Paragraph(reach, line_reach))
        facts = [x for x in (c.hours, c.website, c.region) if x]
        if facts:
            block.append(Paragraph(" · ".join(markup(x) for x in facts), st.body))
        if c.body:
            block.append(Paragraph(markup(c.body), note))
        flow.append(KeepTogether(block))
    return flow


def render_handout(
    data: HandoutData,
    out: Path,
    paper: Paper = Paper.LETTER,
    printed: date | None = None,
    large: bool = False,
    *,
    limit: PageLimit | None = None,
) -> Path:
    """Draw the handout; written whole or not at all."""
    st = make_styles(large)
    body = st.body.clone("hbody", spaceAfter=6)
    item_size = st.heading.fontSize * 0.88
    item_head = st.heading.clone("hitem", fontName=FONT_BOLD, fontSize=item_size, spaceBefore=8)
    note = st.small.clone("hnote", spaceAfter=4)
    fine = st.small.fontSize

    def contacts(items: list[Resource]) -> Iterator[object]:
        yield CondPageBreak(40 * mm)
        yield Heading(_("Where to get help"), st.heading)
        by = keyer([c.region for c in items] + [c.title for c in items])
        ordered = sorted(items, key=lambda c: (by(c.region), by(c.title)))
        for region, group in groupby(ordered, key=lambda c: c.region):
            yield Paragraph(markup(region or _("Other places"), FONT_BOLD), item_head)
            for c in group:
                head = f"<b>{markup(c.title, FONT_BOLD)}</b>"
                if reach := _reach(c):
                    head += f" · {reach}"
                facts = " · ".join(markup(x) for x in (c.hours, c.website) if x)
                text = head + (f"<br/><font size='{fine}'>{facts}</font>" if facts else "")
                if c.body:
                    text += f"<br/><font size='{fine}' color='#5b6572'>{markup(c.body)}</font>"
                yield Paragraph(text, body)

    def story(width: float) -> Iterator[object]:
        # Made as the pages fill (a library can run to a thousand pages; a preview wants one).
        if data.crisis:
            yield from crisis_page(data.crisis, st)
            if data.items:
                yield PageBreak()
        if not data.items:
            if data.contact:
                yield KeepTogether(contact_block(data.contact, st, width))
            return
        subtitle = " · ".join(x for x in (_("Resources"), data.chosen_by) if x)
        yield Paragraph(markup(data.group_name, FONT_BOLD), st.title)
        yield Paragraph(markup(subtitle), st.subtitle)
        for reading in data.of(Kind.READING):
            yield CondPageBreak(30 * mm)
            yield Heading(reading.title, st.heading)
            yield from paragraphs(reading.body, body)
        if found := data.of(Kind.CONTACT):
            yield from contacts(found)
        if docs := data.of(Kind.DOCUMENT):
            yield CondPageBreak(30 * mm)
            yield Heading(_("Handouts the group keeps"), st.heading)
            yield Paragraph(markup(_("Ask at a meeting for a printed copy.")), note)
            for d in docs:
                text = f"<b>{markup(d.title, FONT_BOLD)}</b>"
                if d.body:
                    text += f" · {markup(d.body)}"
                yield Paragraph(text, body)
        if books := data.of(Kind.BOOK):
            yield CondPageBreak(30 * mm)
            yield Heading(_("Books you can borrow"), st.heading)
            yield Paragraph(markup(_("Ask at a meeting; loans are for three weeks.")), note)
            for b in books:
                title = f"<b>{markup(b.title, FONT_BOLD)}</b>"
                if b.author:
                    title = filled(_("{title} by {author}"), title=title, author=markup(b.author))
                yield Paragraph(title, body)
        if data.contact:
            yield KeepTogether(contact_block(data.contact, st, width))
        yield Spacer(1, 4 * mm)

    return write_pdf(
        out, group_name=data.group_name, title=_("resources"), subject=_("Resource handout"),
        story=story, paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip
