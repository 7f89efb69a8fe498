"""Meeting materials: the demo's packet (about six pages) and a year's roster calendar
(twelve landscape pages), in-process, with the demo's next meeting.

Baseline in the same run: a one-page PDF with one paragraph in the same embedded font, so the
ratios show what each document costs beyond reportlab's own floor.
Targets: packet at most 0.5 s and 150 KB (letter and booklet); roster year at most 1 s.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed


def main(repeat: int = 9) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    from pypdf import PdfReader
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from groupkeeper.demo import write_demo
    from groupkeeper.export.packet import packet_data, render_packet
    from groupkeeper.export.paper import Paper
    from groupkeeper.export.roster import render_roster, roster_data
    from groupkeeper.export.styles import FONT, make_styles
    from groupkeeper.materials.service import find_meeting
    from groupkeeper.roster import service as roster
    from groupkeeper.store import open_store

    today = date.today()
    demo = write_demo(tmp / "demo.groupkeeper", today)
    store = open_store(demo)
    first = today.replace(day=1)
    year_end = date(first.year + 1, first.month, 1) - timedelta(days=1)  # twelve months
    with store.session() as s, s.begin():
        roster.fill_roster(s, first, year_end)  # a whole year of turns on the calendar

    def packet(paper: Paper) -> Path:
        out = tmp / f"packet-{paper.value}.pdf"
        with store.session() as s:
            data = packet_data(s, find_meeting(s, None, today))
        return render_packet(data, out, paper)

    def calendar() -> Path:
        with store.session() as s:
            data = roster_data(s, first, year_end)
        return render_roster(data, tmp / "roster.pdf")

    def baseline() -> None:
        doc = SimpleDocTemplate(str(tmp / "base.pdf"), initialFontName=FONT)
        doc.build([Paragraph("Elm Falls Hope Group", make_styles().body)])

    cold = timed(lambda: packet(Paper.LETTER), 1)[0] * 1000  # loads the fonts
    base = median_ms(timed(baseline, repeat))
    letter = median_ms(timed(lambda: packet(Paper.LETTER), repeat))
    booklet = median_ms(timed(lambda: packet(Paper.BOOKLET), repeat))
    year = median_ms(timed(calendar, max(3, repeat // 3)))
    store.close()
    sizes = {p: (tmp / f"packet-{p}.pdf").stat().st_size / 1024 for p in ("letter", "booklet")}
    pages = len(PdfReader(tmp / "packet-letter.pdf").pages)
    months = len(PdfReader(tmp / "roster.pdf").pages)
    print(f"Meeting packet for the demo's next meeting, {pages} letter pages (median of {repeat})")
    print(f"  first       {cold:7.1f} ms (includes loading the fonts)")
    print(f"  letter      {letter:7.1f} ms (target <= 500)  {sizes['letter']:6.1f} KB (<= 150)")
    print(f"  booklet     {booklet:7.1f} ms (target <= 500)  {sizes['booklet']:6.1f} KB (<= 150)")
    print(f"Roster calendar for a filled year, {months} pages")
    print(f"  year        {year:7.1f} ms (target <= 1000)")
    print(f"  baseline    {base:7.1f} ms (one paragraph, same font)")
    print(f"  ratios      packet {letter / base:.1f}, booklet {booklet / base:.1f}, "
          f"roster year {year / base:.1f}")  # fmt: skip
    return {"letter_ms": letter, "booklet_ms": booklet, "year_ms": year, "baseline_ms": base,
            "letter_kb": sizes["letter"], "booklet_kb": sizes["booklet"]}  # fmt: skip


if __name__ == "__main__":
    main()
