"""Schedule flyer export: one year from the demo file, in-process.

Baseline in the same run: a one-page PDF with one paragraph in the same embedded font, so the
ratio shows what the flyer costs beyond reportlab's own floor. Target: at most 0.3 s, 100 KB.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed


def main(repeat: int = 15) -> dict[str, float]:
    tmp = Path(tempfile.mkdtemp(prefix="gk-bench-"))
    import os

    os.environ["GROUPKEEPER_HOME"] = str(tmp / "home")
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from groupkeeper.demo import write_demo
    from groupkeeper.export.flyer import flyer_data, render_flyer
    from groupkeeper.export.styles import FONT, make_styles
    from groupkeeper.store import open_store

    demo = write_demo(tmp / "demo.groupkeeper")
    first = date.today()
    last = first + timedelta(days=364)
    out = tmp / "flyer.pdf"
    store = open_store(demo)

    def flyer() -> None:
        with store.session() as s:
            data = flyer_data(s, first, last)
        render_flyer(data, out)

    def baseline() -> None:
        doc = SimpleDocTemplate(str(tmp / "base.pdf"), initialFontName=FONT)
        doc.build([Paragraph("Elm Falls Hope Group", make_styles().body)])

    cold = timed(flyer, 1)[0] * 1000  # the first export of a session also loads the fonts
    base = timed(baseline, repeat)
    runs = timed(flyer, repeat)
    store.close()
    size_kb = out.stat().st_size / 1024
    result = {
        "flyer_ms": median_ms(runs),
        "cold_ms": cold,
        "baseline_ms": median_ms(base),
        "size_kb": size_kb,
    }
    print(f"Flyer export, one year of the demo file (median of {repeat})")
    print(f"  first    {cold:7.1f} ms (target <= 300; includes loading the fonts)")
    print(f"  flyer    {result['flyer_ms']:7.1f} ms (target <= 300)")
    print(f"  baseline {result['baseline_ms']:7.1f} ms (one paragraph, same font)")
    print(f"  ratio    {result['flyer_ms'] / result['baseline_ms']:7.2f}")
    print(f"  PDF size {size_kb:7.1f} KB (target <= 100)")
    return result


if __name__ == "__main__":
    main()
