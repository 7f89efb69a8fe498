"""The packet on paper, read back page by page as a person turns them: a heading stands with
its first lines, a short reading with its heading, the last page is never the confidentiality
note alone, and a clock time is never broken over two lines; for the demo group and a busy one."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from groupkeeper.export.booklet import booklet_order
from groupkeeper.export.packet import PacketData
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Prepared, Request, prepare, render
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, get_group, save_group
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.materials import service as materials
from groupkeeper.materials.service import Section
from groupkeeper.roster import service as roster
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import open_store
from tests.conftest import TODAY, series_input
from tests.export.pdfcheck import Run, runs

PRINTS = [
    (Paper.LETTER, False),
    (Paper.A4, False),
    (Paper.BOOKLET, False),
    (Paper.LETTER, True),
    (Paper.BOOKLET, True),
]
PRINT_IDS = ["letter", "a4", "booklet", "letter-large", "booklet-large"]
LONG_NAME = ("Elm Falls and Maple County Tuesday, Thursday and Saturday Evening Hope and Recovery "
             "Fellowship Group (Lower Hall A) West")  # fmt: skip


def _lines(side: list[Run]) -> list[str]:
    return [" ".join(r.text.split()) for r in side]


def _pages(path: Path, booklet: bool) -> list[list[Run]]:
    """Each printed page's lines in reading order, in page order (a booklet's halves put back
    in order, its blank pages left out), without the footer."""
    found = runs(path)
    by_side: dict[tuple[int, int], list[Run]] = defaultdict(list)
    for run in found:
        half = int(run.x >= run.page_width / 2) if booklet else 0
        by_side[(run.page, half)].append(run)
    order = booklet_order(2 * (max(r.page for r in found) + 1)) if booklet else None
    pages: dict[int, list[Run]] = {}
    for (sheet, half), side in by_side.items():
        numbered = [r for r in side if re.search(r"page \d+", r.text)]
        assert numbered, (sheet, half, _lines(side))
        foot = max(r.y for r in numbered) + 1
        body = [r for r in side if r.y > foot]
        page = order[sheet][half] if order else sheet
        pages[page] = sorted(body, key=lambda r: (-round(r.y), r.x))
    return [pages[n] for n in sorted(pages) if pages[n]]


def _demo_meetings(demo_file: Path) -> list[Occurrence]:
    """The demo group's next meetings, one of each series first."""
    with open_store(demo_file) as st, st.session() as s:
        coming = materials.upcoming(s, TODAY, 5)
    firsts = {o.series_id: o for o in reversed(coming)}
    return list(firsts.values()) + [o for o in coming if o not in firsts.values()][:3]


def _draw(
    path: Path, occ: Occurrence, out: Path, paper: Paper = Paper.LETTER, large: bool = False
) -> tuple[Path, PacketData]:
    req = Request(Document.PACKET, paper, large, meeting=occ)
    with open_store(path) as st, st.session() as s:
        prepared = prepare(s, req, TODAY)
    return render(prepared, req, out, printed=TODAY), prepared.data


def _headings(data: PacketData) -> dict[str, int]:
    """The headings a packet prints, as they read on the page, and how many of the lines
    under each must stand on its page with it: two, or all a part has when it has fewer."""
    heads = dict.fromkeys(
        ["Who serves", "Topic and announcements", "The next four weeks", "Confidentiality",
         f"The meeting: {data.format_name}"], 2,
    )  # fmt: skip
    for part in data.script:
        left = f"{part.clock} · {part.heading}" if part.clock else part.heading
        left = f"{left} ({part.minutes} min)" if part.minutes else left
        has_text = bool(part.text.strip() or part.reading_title)
        heads[left] = 2 if has_text else int(bool(part.reader))
        if part.reading_title and not part.reading_missing:
            heads[part.reading_title] = 2
    return {" ".join(h.split()): n for h, n in heads.items()}


def _check_blocks(out: Path, data: PacketData, booklet: bool) -> None:
    pages = _pages(out, booklet)
    heads = _headings(data)
    seen = set()
    for n, page in enumerate(pages):
        lines = _lines(page)
        for i in range(len(lines)):
            for k in (1, 2, 3):  # a long heading wraps
                head = " ".join(lines[i : i + k])
                if head in heads:
                    seen.add(head)
                    under = lines[i + k : i + k + heads[head]]
                    assert len(under) == heads[head], f"“{head}” ends page {n + 1}: {under}"
    assert seen == set(heads), set(heads) - seen
    # A short reading stands whole with its part's heading.
    for part in data.script:
        paragraphs = [p for p in part.reading_text.split("\n\n") if p.strip()]
        if 0 < len(paragraphs) <= 2:
            end = " ".join(paragraphs[-1].split()[-4:])
            assert any(
                part.heading in " ".join(_lines(p)) and end in " ".join(_lines(p)) for p in pages
            ), f"the reading of “{part.heading}” is split from its heading"
    # The last page is more than the confidentiality note.
    assert _lines(pages[-1])[0] != "Confidentiality", _lines(pages[-1])


def _check_times(out: Path) -> None:
    for line in (" ".join(r.text.split()) for r in runs(out)):
        assert not re.search(r"\d:\d\d$", line), f"a time is cut at the end of “{line}”"
        assert not re.match(r"(AM|PM)\b", line), f"a time is cut at the start of “{line}”"
        assert not re.search(r"\d h$", line) and not re.match(r"h \d\d", line), line


@pytest.mark.parametrize(("paper", "large"), PRINTS, ids=PRINT_IDS)
def test_the_demo_packets_keep_their_blocks_whole(
    demo_file: Path, tmp_path: Path, paper: Paper, large: bool
) -> None:
    for i, occ in enumerate(_demo_meetings(demo_file)):
        out, data = _draw(demo_file, occ, tmp_path / f"{i}.pdf", paper, large)
        _check_blocks(out, data, paper.is_booklet)
        _check_times(out)


def test_the_confidentiality_note_never_stands_alone_on_the_last_page(
    demo_file: Path, tmp_path: Path
) -> None:
    """Crisis lines are added one by one until the crisis page runs over: at each count the
    note stands with other words, on the crisis page or, when that is full, on the page
    before it."""
    occ = _demo_meetings(demo_file)[0]
    placed = set()
    for n in range(10):
        with open_store(demo_file) as st, st.session() as s, s.begin():
            library.create_resource(
                s,
                ResourceInput(
                    Kind.CONTACT, f"Warmline {n}", "Someone to talk to." * (n % 3),
                    phone=f"555-01{n}9", hours="24 hours", crisis=True,
                ),
            )  # fmt: skip
        out, _data = _draw(demo_file, occ, tmp_path / f"{n}.pdf")
        pages = [" ".join(_lines(p)) for p in _pages(out, False)]
        note = next(i for i, p in enumerate(pages) if "Confidentiality" in p)
        crisis = next(i for i, p in enumerate(pages) if "If you or someone you know" in p)
        assert not pages[note].startswith("Confidentiality") or note == crisis, (n, pages[note])
        placed.add("before" if note < crisis else "after")
    assert placed == {"before", "after"}


@pytest.mark.parametrize(
    ("paper", "large", "language"),
    [*((paper, large, "en") for paper, large in PRINTS),
     (Paper.LETTER, False, "fr"), (Paper.BOOKLET, False, "fr"), (Paper.LETTER, True, "fr")],
    ids=[*(f"{i}-en" for i in PRINT_IDS), "letter-fr", "booklet-fr", "letter-large-fr"],
)  # fmt: skip
def test_a_time_is_never_broken_over_two_lines(
    demo_file: Path, tmp_path: Path, paper: Paper, large: bool, language: str
) -> None:
    with open_store(demo_file) as st, st.session() as s, s.begin():
        group = get_group(s)
        assert group is not None
        save_group(s, replace(group, language=language, country="CA"))  # fr_CA: "19 h 00"
    occ = _demo_meetings(demo_file)[0]
    out, data = _draw(demo_file, occ, tmp_path / "times.pdf", paper, large)
    if language == "fr":
        assert " h " in data.times
    _check_times(out)


def test_the_demo_packet_is_small(demo_file: Path, tmp_path: Path) -> None:
    """Small enough to e-mail over a rural line. (Its speed is bench_packet.py's: a timed
    test fails on a busy machine, not on slow code.)"""
    occ = _demo_meetings(demo_file)[0]
    req = Request(Document.PACKET, meeting=occ)
    with open_store(demo_file) as st, st.session() as s:
        prepared: Prepared = prepare(s, req, TODAY)
    for paper in (Paper.LETTER, Paper.BOOKLET):
        req = Request(Document.PACKET, paper, meeting=occ)
        out = render(prepared, req, tmp_path / f"{paper.value}.pdf", printed=TODAY)
        assert out.stat().st_size <= 150_000


# ---------------------------------------------------------------- a busy group


@pytest.fixture
def busy_file(tmp_path: Path) -> Iterator[Path]:
    """60 members, 12 weekly meetings, a 120-character name and a six-page reading."""
    path = tmp_path / "busy.groupkeeper"
    assert len(LONG_NAME) == 120
    st = open_store(path, create=True)
    reading = "\n\n".join(
        f"Paragraph {n}. " + "We keep coming back because it works when we work it. " * 9
        for n in range(1, 61)
    )
    with st.session() as s, s.begin():
        save_group(s, GroupInfo(LONG_NAME, GroupKind.TWELVE_STEP, "en", "America/Toronto"))
        roles = [r.id for r in roster.list_roles(s)]
        for i in range(12):
            series = service.create_series(
                s,
                series_input(
                    name=f"Meeting {i + 1} Step and Tradition Study",
                    repeat=Repeat(RepeatKind.WEEKLY, weekdays=(i % 7,)),
                    start_time=time(10 + i, 30) if i < 7 else time(19, 30),
                ),
            )
            roster.set_series_needs(s, series.id, [(r, 1) for r in roles[: 4 + i % 4]])
        for i in range(60):
            roster.create_member(
                s, roster.MemberInput(f"Member{i:02d}", "Q", roles=tuple((r, None) for r in roles))
            )
        rid = library.create_resource(s, ResourceInput(Kind.READING, "The long reading", reading))
        usual = materials.usual_format(s)
        assert usual is not None
        sections = [*usual.sections, Section("A long reading", reading_id=rid,
                                             reading_title="The long reading", minutes=20)]  # fmt: skip
        materials.save_format(s, usual.name, sections, usual.id)
        roster.fill_roster(s, TODAY, TODAY + timedelta(days=40))
    st.close()
    yield path


@pytest.mark.parametrize(("paper", "large"), PRINTS, ids=PRINT_IDS)
def test_a_busy_group_s_packet_keeps_its_blocks_whole(
    busy_file: Path, tmp_path: Path, paper: Paper, large: bool
) -> None:
    with open_store(busy_file) as st, st.session() as s:
        occ = materials.find_meeting(s, date(2026, 3, 3), TODAY, at=time(19, 30))
    out, data = _draw(busy_file, occ, tmp_path / "busy.pdf", paper, large)
    assert len(data.ahead) >= 40
    _check_blocks(out, data, paper.is_booklet)
    _check_times(out)
    text = " ".join(" ".join(_lines(p)) for p in _pages(out, paper.is_booklet))
    assert "Paragraph 1." in text and "Paragraph 60." in text


def test_with_no_room_on_either_page_the_note_goes_over_with_the_last_crisis_line(
    tmp_path: Path,
) -> None:
    """The one placement the demo's pages never call for, laid out with blocks of set heights:
    the page before is full and the crisis lines fill their page but for the note."""
    from reportlab.platypus import KeepTogether, Paragraph, Spacer

    from groupkeeper.export.packet import _CrisisPage
    from groupkeeper.export.styles import make_styles, write_pdf

    st = make_styles()
    held: list[float] = []

    class Probe(Spacer):  # type: ignore[misc]  # reportlab has no type hints
        def wrap(self, w: float, h: float) -> object:
            held.append(self._doctemplateAttr("frame")._aH)  # what an empty page holds
            return super().wrap(w, h)

    def draw(story: list[object], name: str) -> list[str]:
        out = write_pdf(
            tmp_path / name, group_name="G", title="t", subject="s", story=lambda w: story,
            paper=Paper.LETTER, printed=TODAY,
        )  # fmt: skip
        return [" ".join(_lines(p)) for p in _pages(out, False)]

    draw([Probe(1, 1)], "probe.pdf")
    page = held[0]
    note = [KeepTogether([Paragraph("Note heading", st.heading), Paragraph("note", st.body)])]
    lines = [Paragraph("Crisis lines", st.heading), Spacer(1, page - 60),
             Paragraph("Last crisis line", st.heading)]  # fmt: skip
    pages = draw([Spacer(1, page - 10), _CrisisPage(lines, note)], "full.pdf")
    assert [("Crisis lines" in p, "Last crisis line" in p, "Note heading" in p) for p in pages] == [
        (True, False, False),
        (False, True, True),
    ]  # the first page (all space) holds no text
