"""Online and hybrid meetings on paper: the flyer and the packet say how to join (the link
whole, however long, its notes, the dial-in and its notes) and say nothing of it for a meeting
in person; the flyer's QR codes of the links, only when asked, read back as the links."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest

from groupkeeper.export.online import link_lines
from groupkeeper.export.paper import Paper
from groupkeeper.export.registry import Document, Request, prepare, render, warnings
from groupkeeper.export.styles import FONT, register_fonts
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Attendance, Location, Online
from groupkeeper.schedule.recurrence import Repeat, RepeatKind
from groupkeeper.store import GroupStore
from tests.conftest import TODAY, series_input
from tests.export.pdfcheck import outside_margin, runs, smallest
from tests.export.test_flyer import group_store, pdf_text
from tests.export.test_flyer_qr import encoded, filled_rects

FIRST, LAST = date(2026, 3, 1), date(2026, 4, 30)

# A Zoom link with its passcode: 104 characters, no space to break at.
ZOOM = (
    "https://us02web.zoom.us/j/81234567890?pwd=dGhpcyBpcyBub3QgYSByZWFsIHBhc3N3b3JkLCBqdXN0IGxvbmc"
    "&uname=Elm"
)
ZOOM_NOTES = "Meeting ID 812 3456 7890, passcode 4821"
ZOOM_PHONE = "+1 646 558 8656"
ZOOM_PHONE_NOTES = "Meeting ID 812 3456 7890#, then passcode 4821#"
MEET = "https://meet.google.com/abc-defg-hij"
MEET_PHONE = "+1 555 010 2020"
MEET_PHONE_NOTES = "PIN 123 456#"
STALE = "https://example.org/an-old-link-left-in-the-series"  # kept, but the meeting is in person
TOWN = "Elm Falls, Ontario"  # an online meeting's place: its town, for the lists' time zone


def online_group(folder: Path, language: str = "en", country: str = "CA") -> GroupStore:
    """A group with one meeting in person (an old link still in it), one online and one
    hybrid; the caller closes it."""
    st = group_store(folder, language=language, country=country)
    with st.session() as s, s.begin():
        service.create_series(s, series_input(online=Online(Attendance.IN_PERSON, STALE)))
        service.create_series(
            s,
            series_input(
                name="Thursday Online Step Study",
                repeat=Repeat(RepeatKind.WEEKLY, weekdays=(3,)),
                start_time=time(20, 0),
                location=Location(address=TOWN),
                formats=("C", "ST"),
                online=Online(Attendance.ONLINE, ZOOM, ZOOM_NOTES, ZOOM_PHONE, ZOOM_PHONE_NOTES),
            ),
        )
        service.create_series(
            s,
            series_input(
                name="Saturday Morning Hybrid",
                repeat=Repeat(RepeatKind.WEEKLY, weekdays=(5,)),
                start_time=time(10, 0),
                location=Location("Riverside Community Centre", "88 Mill Rd", "Room 2"),
                formats=("O", "D"),
                online=Online(Attendance.HYBRID, MEET, "", MEET_PHONE, MEET_PHONE_NOTES),
            ),
        )
    return st


def flyer(
    st: GroupStore, out: Path, qr: bool = False, paper: Paper = Paper.LETTER, large: bool = False
) -> Path:
    req = Request(Document.FLYER, paper, large, first=FIRST, last=LAST, qr_links=qr)
    with st.session() as s:
        prepared = prepare(s, req, TODAY)
    assert warnings(prepared) == ()
    return render(prepared, req, out, printed=TODAY)


def packet(
    st: GroupStore, out: Path, meeting: str, paper: Paper = Paper.LETTER, large: bool = False
) -> Path:
    with st.session() as s:
        occ = next(o for o in service.occurrences(s, FIRST, LAST) if o.series_name == meeting)
        req = Request(Document.PACKET, paper, large, meeting=occ)
        prepared = prepare(s, req, TODAY)
    return render(prepared, req, out, printed=TODAY)


def squeezed(text: str) -> str:
    """The text with every space and line break taken out: a link broken over lines reads
    back whole, and one cut or hyphenated does not."""
    return "".join(text.split())


def codes_drawn(path: Path) -> list[set[tuple[int, int]]]:
    """Every QR code drawn, as its dark modules (row, column) from its top-left dark module:
    the filled rectangles one module high, by height (each code's own module size), in
    clusters more than a quiet zone apart across and down (see test_flyer_qr.qr_codes)."""
    by_height: dict[tuple[int, float], list[tuple[float, float, float, float]]] = {}
    for page, x, y, w, h in filled_rects(path):
        by_height.setdefault((page, round(h, 2)), []).append((x, y, w, h))
    codes = []
    for rects in by_height.values():
        if len(rects) < 21:  # the smallest code has 21 rows, each with a dark run
            continue
        size = min(w for _x, _y, w, _h in rects)
        clusters: list[list[tuple[float, float, float, float]]] = []
        for rect in sorted(rects, key=lambda r: (-r[1], r[0])):  # from the top down
            near = next(
                (
                    c
                    for c in clusters
                    if min(y for _x, y, _w, _h in c) - rect[1] <= 4 * size
                    and min(x for x, *_ in c) - 4 * size
                    <= rect[0]
                    <= max(x + w for x, _y, w, _h in c) + 4 * size
                ),
                None,
            )
            if near is None:
                clusters.append([rect])
            else:
                near.append(rect)
        for cluster in clusters:
            if len({round(y, 1) for _x, y, _w, _h in cluster}) < 21:
                continue  # table rules and bands, not a code
            left, top = min(x for x, *_ in cluster), max(y for _x, y, *_ in cluster)
            dark: set[tuple[int, int]] = set()
            for x, y, w, _h in cluster:
                row, col = round((top - y) / size), round((x - left) / size)
                dark.update((row, col + i) for i in range(round(w / size)))
            codes.append(dark)
    return codes


@pytest.fixture(scope="module")
def group(tmp_path_factory: pytest.TempPathFactory) -> Iterator[GroupStore]:
    st = online_group(tmp_path_factory.mktemp("online"))
    yield st
    st.close()


# ---------------------------------------------------------------------- breaking a link


def _brim(link: str, width: float) -> int:
    """How many lines ``link`` takes filled to the brim, broken anywhere."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, used = 1, 0.0
    for ch in link:
        w = stringWidth(ch, FONT, 9.5)
        if used + w > width:
            lines, used = lines + 1, 0.0
        used += w
    return lines


@pytest.mark.parametrize("width", [80.0, 120.0, 170.0, 240.0, 400.0, 480.0])
@pytest.mark.parametrize("link", [ZOOM, MEET, STALE, "https://example.org/" + "x" * 1980])
def test_a_link_keeps_every_character_on_as_few_lines_as_it_takes(link: str, width: float) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    lines = link_lines(link, FONT, 9.5, width)
    assert "".join(lines) == link
    assert all(stringWidth(line, FONT, 9.5) <= width for line in lines)
    assert len(lines) == _brim(link, width)
    assert len(lines) == 1 or len(lines[-1]) >= 6  # never a few characters alone


@pytest.mark.parametrize(
    ("link", "width", "lines"),
    [
        (ZOOM, 480.0, [ZOOM[:37], ZOOM[37:]]),  # the address, then its parameters
        (ZOOM, 240.0, [ZOOM[:37], ZOOM[37:76], ZOOM[76:]]),
        (ZOOM, 170.0, ["https://us02web.zoom.us/j/", ZOOM[26:53], ZOOM[53:81], ZOOM[81:]]),
        (MEET, 170.0, ["https://meet.google.com/", "abc-defg-hij"]),
        (MEET, 120.0, ["https://meet.google", ".com/abc-defg-hij"]),
    ],
)
def test_a_link_breaks_after_a_slash_or_before_a_mark_where_it_can(
    link: str, width: float, lines: list[str]
) -> None:
    register_fonts()
    assert link_lines(link, FONT, 9.5, width) == lines


def test_a_link_that_fits_is_one_line() -> None:
    register_fonts()
    assert link_lines(MEET, FONT, 9.5, 400) == [MEET]
    assert link_lines("", FONT, 9.5, 400) == [""]


# ---------------------------------------------------------------------- the flyer


def test_the_flyer_says_how_to_join_each_online_meeting_and_not_the_one_in_person(
    group: GroupStore, tmp_path: Path
) -> None:
    out = flyer(group, tmp_path / "flyer.pdf")
    text = pdf_text(out)
    assert "Online" in text and "In person and online" in text
    assert ZOOM in squeezed(text) and MEET in squeezed(text)  # whole, however broken
    for words in (ZOOM_NOTES, ZOOM_PHONE_NOTES, MEET_PHONE_NOTES):
        assert words in text
    assert f"Dial in: {ZOOM_PHONE}" in text and f"Dial in: {MEET_PHONE}" in text
    # The hybrid meeting's place prints; the online one's town does not, nor "to be announced".
    assert "Riverside Community Centre, Room 2, 88 Mill Rd" in text
    assert TOWN not in text and "Place to be announced" not in text
    # The meeting in person: its place, and nothing of the link left in it.
    assert "St. Brigid's Hall" in text
    assert squeezed(STALE) not in squeezed(text) and "example.org" not in text
    assert text.count("Dial in") == 2
    assert codes_drawn(out) == []  # no QR codes unless asked
    assert outside_margin(out) == []


def test_the_long_link_prints_on_lines_of_its_own_column(group: GroupStore, tmp_path: Path) -> None:
    out = flyer(group, tmp_path / "flyer.pdf")
    pieces = [r for r in runs(out) if r.text.strip() and squeezed(r.text) in ZOOM]
    pieces = [r for r in pieces if len(squeezed(r.text)) > 8]  # not a stray word
    assert len(pieces) >= 2  # broken over lines
    assert "".join(squeezed(r.text) for r in sorted(pieces, key=lambda r: -r.y)) == ZOOM
    assert len({round(r.x) for r in pieces}) == 1  # each line starts at the column's edge


def test_qr_codes_of_the_links_print_only_when_asked_and_read_as_the_links(
    group: GroupStore, tmp_path: Path
) -> None:
    out = flyer(group, tmp_path / "flyer-qr.pdf", qr=True)
    text = pdf_text(out)
    assert text.count("Scan to join") == 2
    codes = codes_drawn(out)
    assert len(codes) == 2
    zoom, meet = encoded(ZOOM), encoded(MEET)
    assert sum(code in zoom for code in codes) == 1
    assert sum(code in meet for code in codes) == 1
    assert ZOOM in squeezed(text) and MEET in squeezed(text)  # the text prints as well
    assert outside_margin(out) == []


def test_a_link_too_long_for_a_readable_code_prints_as_text_and_says_so(tmp_path: Path) -> None:
    long = "https://example.org/join?token=" + "a1b2c3d4e5" * 60
    st = group_store(tmp_path)
    with st.session() as s, s.begin():
        service.create_series(s, series_input(online=Online(Attendance.ONLINE, long)))
    req = Request(Document.FLYER, first=FIRST, last=LAST, qr_links=True)
    with st.session() as s:
        prepared = prepare(s, req, TODAY)
    out = render(prepared, req, tmp_path / "long.pdf", printed=TODAY)
    st.close()
    said = warnings(prepared)
    assert len(said) == 1 and "Tuesday Night Discussion" in said[0] and "too long" in said[0]
    assert codes_drawn(out) == [] and "Scan to join" not in pdf_text(out)
    assert long in squeezed(pdf_text(out))
    assert outside_margin(out) == []


# ---------------------------------------------------------------------- the packet


def test_the_packet_of_an_online_meeting_says_how_to_join_where_the_place_would_be(
    group: GroupStore, tmp_path: Path
) -> None:
    out = packet(group, tmp_path / "online.pdf", "Thursday Online Step Study")
    text = pdf_text(out)
    assert ZOOM in squeezed(text)
    assert ZOOM_NOTES in text and f"Dial in: {ZOOM_PHONE}" in text and ZOOM_PHONE_NOTES in text
    assert TOWN not in text
    # Under the date and time, before who serves.
    head = text[: text.index("Who serves")]
    assert "Online" in head and ZOOM[:20] in head and ZOOM_PHONE_NOTES in head
    assert codes_drawn(out) == []


def test_the_packet_of_a_hybrid_meeting_gives_the_place_and_the_link(
    group: GroupStore, tmp_path: Path
) -> None:
    out = packet(group, tmp_path / "hybrid.pdf", "Saturday Morning Hybrid")
    head = pdf_text(out)
    head = head[: head.index("Who serves")]
    assert "In person and online" in head
    assert "Riverside Community Centre, Room 2, 88 Mill Rd" in head
    assert MEET in head and f"Dial in: {MEET_PHONE}" in head and MEET_PHONE_NOTES in head


def test_the_packet_of_a_meeting_in_person_has_no_link(group: GroupStore, tmp_path: Path) -> None:
    out = packet(group, tmp_path / "in-person.pdf", "Tuesday Night Discussion")
    text = pdf_text(out)
    head = text[: text.index("Who serves")]  # the next four weeks name the online meeting
    assert "St. Brigid's Hall" in head and "Online" not in head
    assert "example.org" not in text and "Dial in" not in text


# ---------------------------------------------------------------------- every page


def _cases() -> list[tuple[Document, Paper, bool]]:
    return [
        (doc, paper, large)
        for doc in (Document.FLYER, Document.PACKET)
        for paper in Paper
        for large in (False, True)
    ]


@pytest.mark.parametrize(
    ("doc", "paper", "large"),
    _cases(),
    ids=lambda v: v.spec.command if isinstance(v, Document) else str(v),
)
def test_every_page_with_links_stays_inside_the_paper(
    doc: Document, paper: Paper, large: bool, group: GroupStore, tmp_path: Path
) -> None:
    if doc is Document.FLYER:
        out = flyer(group, tmp_path / "doc.pdf", qr=True, paper=paper, large=large)
        # Each link's code (a booklet of one sheet may print a page twice).
        codes = codes_drawn(out)
        assert 2 <= len(codes) <= 4
        zoom, meet = encoded(ZOOM), encoded(MEET)
        assert any(c in zoom for c in codes) and any(c in meet for c in codes)
        assert all(c in zoom or c in meet for c in codes)
    else:
        out = packet(group, tmp_path / "doc.pdf", "Thursday Online Step Study", paper, large)
    text = pdf_text(out)
    assert ZOOM in squeezed(text)
    assert outside_margin(out, 6.0, halves=paper.is_booklet) == []
    if large:
        assert smallest(out) >= 16


@pytest.mark.parametrize("doc", [Document.FLYER, Document.PACKET], ids=lambda d: d.spec.command)
def test_a_french_group_prints_its_links_inside_the_paper(doc: Document, tmp_path: Path) -> None:
    st = online_group(tmp_path, "fr", "CA")
    try:
        for paper in (Paper.LETTER, Paper.BOOKLET):
            out = (
                flyer(st, tmp_path / "fr.pdf", qr=True, paper=paper)
                if doc is Document.FLYER
                else packet(st, tmp_path / "fr.pdf", "Saturday Morning Hybrid", paper)
            )
            assert outside_margin(out, 6.0, halves=paper.is_booklet) == []
            assert (ZOOM if doc is Document.FLYER else MEET) in squeezed(pdf_text(out))
    finally:
        st.close()


# ---------------------------------------------------------------------- the command line


@pytest.mark.parametrize("qr", [False, True])
def test_export_schedule_prints_the_codes_with_qr_links(
    qr: bool, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from tests.test_cli import run

    online_group(tmp_path).close()
    out = tmp_path / "flyer.pdf"
    args = ["--data", str(tmp_path / "en.groupkeeper"), "--out", str(out)]
    args += ["--from", FIRST.isoformat(), "--to", LAST.isoformat()]
    code, said, err = run(capsys, "export", "schedule", *args, *(["--qr-links"] if qr else []))
    assert (code, err) == (0, "") and "Saved the schedule flyer" in said
    assert len(codes_drawn(out)) == (2 if qr else 0)
    assert ZOOM in squeezed(pdf_text(out))
