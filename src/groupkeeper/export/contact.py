"""The group's contact as it prints on the papers the group chose for it (group/contact.py):
a heading, then "Phone 555-0100 · Email hope@example.org · Website …" on one line where it
fits, or one to a line on a narrow page."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from groupkeeper.export.script import markup
from groupkeeper.export.styles import FONT, FONT_BOLD, Heading, Styles
from groupkeeper.i18n import _

ContactLines = tuple[tuple[str, str], ...]  # (label, value): group.contact.printed_contact's
_BETWEEN = " · "


def contact_block(lines: ContactLines, st: Styles, width: float) -> list[object]:
    """Nothing when there is nothing to print; otherwise a heading and its line(s), for the
    caller to keep together with what follows."""
    if not lines:
        return []
    size = st.body.fontSize
    wide = sum(
        stringWidth(f"{label} ", FONT, size) + stringWidth(value, FONT_BOLD, size)
        for label, value in lines
    )
    fits = wide + stringWidth(_BETWEEN, FONT, size) * (len(lines) - 1) <= width
    # A no-break space keeps each label with its value.
    text = (_BETWEEN if fits else "<br/>").join(
        f"{markup(label)}\u00a0<b>{markup(value, FONT_BOLD)}</b>" for label, value in lines
    )
    return [Heading(_("Contact the group"), st.heading), Paragraph(text, st.body)]
