"""The confidential pairing list, read back from the PDF: CONFIDENTIAL on every page, private
notes only when chosen, fonts embedded; and no other export carries any of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from groupkeeper.export.flyer import flyer_data, render_flyer
from groupkeeper.export.pairings import pairing_data, render_pairings
from groupkeeper.export.resources import handout_data, render_handout
from groupkeeper.export.roster import render_roster, roster_data
from groupkeeper.export.styles import Paper
from groupkeeper.pairing import service as ps
from groupkeeper.pairing.demo import ACTIVE, WAITING
from groupkeeper.pairing.service import Profile, RequestInput
from groupkeeper.roster import service as roster
from groupkeeper.store import open_store
from tests.conftest import TODAY
from tests.export.test_flyer import fonts

PRIVATE = (
    [note for *_rest, note in ACTIVE if note]
    + [w[-1] for w in WAITING if w[-1]]
    + ["Moved to Winnipeg."]
)


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_the_demo_pairing_list_without_notes(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = pairing_data(s, TODAY)
    out = render_pairings(data, tmp_path / "pairs.pdf", Paper.LETTER)
    pages = _pages(out)
    text = " ".join(pages)
    assert all(p.count("CONFIDENTIAL") == 2 for p in pages)  # top and bottom of every page
    assert "Elm Falls Hope Group Sponsor pairings" in text
    assert "Active pairings (5)" in text and "Waiting (5)" in text
    assert "Frank O. Ben T." in text and "(overdue)" in text
    assert "Rosa V." in text and "Spanish, Step work" in text
    assert "Willing to sponsor (9)" in text and "Ximena Q. 0 of 1" in text
    for note in PRIVATE:
        assert note not in text
    assert "Woman" not in text.replace("asks for: Woman", "")  # gender never prints, only a wish
    used, embedded = fonts(out)
    assert used == embedded
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Elm Falls Hope Group: pairings"


def test_private_notes_print_only_when_chosen(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = pairing_data(s, TODAY, notes=True)
    text = " ".join(_pages(render_pairings(data, tmp_path / "notes.pdf", Paper.A4)))
    for note in PRIVATE:
        assert note in text
    assert "with private notes" in text


def test_a_long_list_says_confidential_on_every_page(store: object, tmp_path: Path) -> None:
    from groupkeeper.store import GroupStore

    assert isinstance(store, GroupStore)
    with store.session() as s, s.begin():
        ids = [
            roster.create_member(s, roster.MemberInput(f"Person{i}", "Q")).id for i in range(120)
        ]
        for mid in ids[:40]:
            ps.save_profile(
                s, mid, Profile(True, 2, date(2015, 1, 1), languages=("English",)), TODAY
            )
        for i, mid in enumerate(ids[40:]):
            req = ps.create_request(s, RequestInput(mid, TODAY, note="secret " * 30), TODAY)
            if i < 60:
                ps.confirm(s, req.id, ids[i % 40], TODAY, TODAY)
        data = pairing_data(s, TODAY)
    pages = _pages(render_pairings(data, tmp_path / "long.pdf"))
    assert len(pages) >= 3
    assert all("CONFIDENTIAL" in p for p in pages)
    assert "secret" not in " ".join(pages)


def test_no_other_export_includes_pairings(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        outs = [
            render_flyer(flyer_data(s, TODAY, date(2026, 6, 1)), tmp_path / "flyer.pdf"),
            render_roster(roster_data(s, TODAY, date(2026, 6, 1)), tmp_path / "roster.pdf"),
            render_handout(handout_data(s), tmp_path / "handout.pdf"),
        ]
    for out in outs:
        text = " ".join(_pages(out))
        assert "CONFIDENTIAL" not in text and "pairing" not in text.casefold()
        for note in PRIVATE:
            assert note not in text
