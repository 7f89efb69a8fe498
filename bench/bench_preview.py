"""The Export dialog's preview of a long document: the resource handout of a 10,000-item library
(about a thousand letter pages), and the demo's meeting packet (five pages), in-process.

The preview is what runs a moment after each change in the dialog: the document drawn as far
as its first page (a booklet: its first folded sheet) and that page turned into pixels. Before,
the preview drew the whole document, which is what "whole" measures (the saved PDF costs the
same). Baseline in the same run: a one-page PDF with one paragraph in the same embedded font.
Targets: the handout's preview at most 300 ms, letter or booklet; every preview at most 10 times
the baseline.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed

WORDS = ("meeting", "group", "newcomer", "sponsor", "family", "recovery", "support", "crisis",
         "line", "phone", "hope", "share", "listen", "coffee", "hall", "church", "welcome", "step",
         "tradition", "reading", "réunion", "famille", "soutien", "écoute", "santé", "housing",
         "food", "bank", "youth", "grief", "parent", "shelter")  # fmt: skip


def build(path: Path, items: int) -> None:
    """A group file whose library holds ``items`` readings, contacts and books, a third each."""
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group
    from groupkeeper.library import service as library
    from groupkeeper.library.models import Kind
    from groupkeeper.library.service import ResourceInput
    from groupkeeper.store import open_store

    rng = random.Random(7)

    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    store = open_store(path, create=True)
    store.backup_on_close = False
    kinds = (Kind.READING, Kind.CONTACT, Kind.BOOK)
    with store.session() as s, s.begin():
        save_group(s, GroupInfo("Preview Bench", GroupKind.PEER_SUPPORT, "en", "America/Toronto"))
        for i in range(items):
            kind = kinds[i % 3]
            contact = kind is Kind.CONTACT
            library.create_resource(
                s,
                ResourceInput(
                    kind, f"{text(3).title()} {i}", text(120 if kind is Kind.READING else 15),
                    (rng.choice(WORDS),), phone=f"555-{i:04d}" if contact else "",
                    region=rng.choice(WORDS) if contact else "", author="A. Writer",
                ),
            )  # fmt: skip
    store.close()


def main(repeat: int = 9, items: int = 10_000) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    import pypdfium2
    from pypdf import PdfReader
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from groupkeeper.demo import write_demo
    from groupkeeper.export.paper import Paper
    from groupkeeper.export.preview import preview
    from groupkeeper.export.registry import Document, Prepared, Request, prepare, render
    from groupkeeper.export.styles import FONT, make_styles
    from groupkeeper.materials.service import find_meeting
    from groupkeeper.store import open_store

    build(tmp / "library.groupkeeper", items)
    today = date.today()
    demo = write_demo(tmp / "demo.groupkeeper", today)
    handout = Request(Document.HANDOUT)
    booklet = Request(Document.HANDOUT, Paper.BOOKLET)
    with open_store(tmp / "library.groupkeeper") as store, store.session() as s:
        read = timed(lambda: prepare(s, handout, today), 3)
        data = prepare(s, handout, today)
    with open_store(demo) as store, store.session() as s:
        packet = Request(Document.PACKET, meeting=find_meeting(s, None, today))
        packet_data = prepare(s, packet, today)

    def baseline() -> None:
        doc = SimpleDocTemplate(str(tmp / "base.pdf"), initialFontName=FONT)
        doc.build([Paragraph("Elm Falls Hope Group", make_styles().body)])

    def whole(req: Request, drawn: Prepared, name: str) -> Path:
        """The preview as it was: the whole document drawn, then its first page rasterised."""
        out = render(drawn, req, tmp / name)
        pdf = pypdfium2.PdfDocument(str(out))
        page = pdf[0]
        page.render(scale=360 / page.get_width())
        pdf.close()
        return out

    preview(packet_data, packet, tmp)  # loads the fonts and pypdfium2 once, outside the figures
    base = median_ms(timed(baseline, repeat))
    new = median_ms(timed(lambda: preview(data, handout, tmp), repeat))
    new_booklet = median_ms(timed(lambda: preview(data, booklet, tmp), repeat))
    old = median_ms(timed(lambda: whole(handout, data, "whole.pdf"), 1))
    pages = len(PdfReader(tmp / "whole.pdf").pages)
    packet_new = median_ms(timed(lambda: preview(packet_data, packet, tmp), repeat))
    packet_old = median_ms(timed(lambda: whole(packet, packet_data, "packet.pdf"), repeat))
    packet_pages = len(PdfReader(tmp / "packet.pdf").pages)

    print(f"Preview in the Export dialog (median of {repeat}; the whole handout drawn once)")
    print(f"  baseline              {base:9.1f} ms (one paragraph, same font)")
    print(f"Resource handout, {items:,} library items, {pages:,} letter pages")
    print(f"  reading it (prepare)  {median_ms(read):9.1f} ms (in the window's worker)")
    print(f"  preview, letter       {new:9.1f} ms (target <= 300)  {new / base:6.1f}x baseline")
    print(f"  preview, booklet      {new_booklet:9.1f} ms (target <= 300)  "
          f"{new_booklet / base:6.1f}x baseline")  # fmt: skip
    print(f"  whole document        {old:9.1f} ms (what the preview drew before)  "
          f"{old / base:6.1f}x baseline")  # fmt: skip
    print(f"  whole / preview       {old / new:9.1f}x")
    print(f"Meeting packet, the demo's next meeting, {packet_pages} letter pages")
    print(f"  preview               {packet_new:9.1f} ms  {packet_new / base:6.1f}x baseline")
    print(f"  whole document        {packet_old:9.1f} ms  {packet_old / base:6.1f}x baseline")
    print(f"  whole / preview       {packet_old / packet_new:9.1f}x")
    return {"baseline_ms": base, "preview_ms": new, "booklet_preview_ms": new_booklet,
            "whole_ms": old, "pages": pages, "packet_preview_ms": packet_new,
            "packet_whole_ms": packet_old}  # fmt: skip


if __name__ == "__main__":
    main()
