"""The resource handout: a crisis-line page first (when chosen), then the chosen readings in
full, referral contacts by region, the handouts the group keeps and the books it lends.

``handout_data`` reads everything from a session into plain records; ``render_handout`` draws
them and needs no database, so it can run in a worker thread or a headless command alike.
No member's name is printed: loans are not part of the handout.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
)
from sqlalchemy.orm import Session

from groupkeeper.collation import keyer
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.contact import ContactLines, contact_block
from groupkeeper.export.keep import RoomFor
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


NBSP = "\u00a0"
# A number and the word after it are read as one ("7:00 PM", "9 h", "24 hours").
_NUMBER_AND_WORD = re.compile(r"(?<=\d) +(?=\S)")


def _hours(c: Resource) -> str:
    """The hours as Paragraph markup, never broken inside a time."""
    return markup(_NUMBER_AND_WORD.sub(NBSP, c.hours))


def _number(text: str) -> str:
    """A phone number in bold, never broken over two lines."""
    return f"<b>{markup(text.replace(' ', NBSP), FONT_BOLD)}</b>"


def _reach(c: Resource) -> str:
    parts = []
    # "Call" stays on the line of the number it calls.
    if c.phone:
        template = _("Call {number}").replace(" {number}", NBSP + "{number}")
        parts.append(filled(template, number=_number(c.phone)))
    if c.text_line:
        template = _("Text {number}").replace(" {number}", NBSP + "{number}")
        parts.append(filled(template, number=_number(c.text_line)))
    return " · ".join(parts)


def crisis_page(lines: Sequence[Resource], st: Styles) -> list[object]:
    """The crisis-line page of the handout and of the meeting packet: each line's name large,
    how to reach it larger (the numbers the largest, boldest words after the page's heading,
    in large print too), then its hours, website and the notes it prints with.

    Each line is kept whole on a page, and the page's heading with the first of them."""
    # Found at a glance, but in large print no more than 28 pt: at 38 pt the heading filled
    # a half-letter page and pushed the first line onto the next.
    big_size = min(st.title.fontSize * 1.2, 28.0)
    big = st.title.clone("cbig", fontSize=big_size, leading=big_size * 1.2, spaceAfter=8)
    reach_size = st.body.fontSize * 1.4
    line_name = st.heading.clone("cline", spaceBefore=7, spaceAfter=1)
    line_reach = st.body.clone("creach", fontSize=reach_size, leading=reach_size * 1.25)
    note = st.small.clone("cnote", spaceAfter=4)
    opening: list[object] = [
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
    blocks: list[list[object]] = []
    for c in lines:
        block: list[object] = [Paragraph(markup(c.title, FONT_BOLD), line_name)]
        if reach := _reach(c):
            block.append(Paragraph(reach, line_reach))
        facts = [x for x in (_hours(c), markup(c.website), markup(c.region)) if x]
        if facts:
            block.append(Paragraph(" · ".join(facts), st.body))
        # The item's own notes, as the group wrote them for whoever reads the page; nothing
        # else of the library's (tags, loans, file names) is printed here.
        if c.body:
            block.append(Paragraph(markup(c.body), note))
        blocks.append(block)
    first, *rest = blocks or [[]]
    return [KeepTogether([*opening, *first]), *(KeepTogether(b) for b in rest)]


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
    # Kept with their first lines by _RoomFor, not with the whole of their first paragraph.
    reading_head = st.heading.clone("hreading", keepWithNext=0)
    note = st.small.clone("hnote", spaceAfter=4)
    fine = st.small.fontSize

    def listing(head: list[object], entries: Iterator[Paragraph]) -> Iterator[object]:
        """Each entry whole on a page, and the headings above the first kept with it."""
        first = next(entries, None)
        yield KeepTogether([*head, first] if first is not None else head)
        for entry in entries:
            yield KeepTogether([entry])

    def contact(c: Resource) -> Paragraph:
        head = f"<b>{markup(c.title, FONT_BOLD)}</b>"
        if reach := _reach(c):
            head += f" · {reach}"
        facts = " · ".join(x for x in (_hours(c), markup(c.website)) if x)
        text = head + (f"<br/><font size='{fine}'>{facts}</font>" if facts else "")
        if c.body:
            text += f"<br/><font size='{fine}' color='#5b6572'>{markup(c.body)}</font>"
        return Paragraph(text, body)

    def contacts(items: list[Resource]) -> Iterator[object]:
        by = keyer([c.region for c in items] + [c.title for c in items])
        ordered = sorted(items, key=lambda c: (by(c.region), by(c.title)))
        head: list[object] = [Heading(_("Where to get help"), st.heading)]
        for region, group in groupby(ordered, key=lambda c: c.region):
            head.append(Paragraph(markup(region or _("Other places"), FONT_BOLD), item_head))
            yield from listing(head, (contact(c) for c in group))
            head = []

    def document(d: Resource) -> Paragraph:
        text = f"<b>{markup(d.title, FONT_BOLD)}</b>"
        if d.body:
            text += f" · {markup(d.body)}"
        return Paragraph(text, body)

    def book(b: Resource) -> Paragraph:
        title = f"<b>{markup(b.title, FONT_BOLD)}</b>"
        if b.author:
            title = filled(_("{title} by {author}"), title=title, author=markup(b.author))
        return Paragraph(title, body)

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
            heading = Heading(reading.title, reading_head)
            text = paragraphs(reading.body, body)
            yield RoomFor([heading], text[:3])
            yield heading
            yield from text
        if found := data.of(Kind.CONTACT):
            yield from contacts(found)
        if docs := data.of(Kind.DOCUMENT):
            head = [
                Heading(_("Handouts the group keeps"), st.heading),
                Paragraph(markup(_("Ask at a meeting for a printed copy.")), note),
            ]
            yield from listing(head, (document(d) for d in docs))
        if books := data.of(Kind.BOOK):
            head = [
                Heading(_("Books you can borrow"), st.heading),
                Paragraph(markup(_("Ask at a meeting; loans are for three weeks.")), note),
            ]
            yield from listing(head, (book(b) for b in books))
        if data.contact:
            yield KeepTogether(contact_block(data.contact, st, width))
        yield Spacer(1, 4 * mm)

    return write_pdf(
        out, group_name=data.group_name, title=_("resources"), subject=_("Resource handout"),
        story=story, paper=paper, large=large, printed=printed, limit=limit,
    )  # fmt: skip
