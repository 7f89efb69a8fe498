"""The resource handout, read back from the PDF: crisis page first, the chosen items, fonts."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.resources import handout_data, render_handout
from groupkeeper.export.styles import Paper
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind
from groupkeeper.library.service import ResourceInput
from groupkeeper.library.starter import add_starter
from groupkeeper.store import GroupStore, open_store
from tests.export.test_flyer import fonts


def _pages(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(path).pages]


def test_the_demo_handout_starts_with_the_crisis_page(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = handout_data(s)
    out = render_handout(data, tmp_path / "resources.pdf", Paper.A4)
    pages = _pages(out)
    # The frame (footer) is drawn as the file is saved, so it reads last on each page.
    assert pages[0].startswith("If you or someone you know is in crisis")
    assert pages[0].endswith(f"page 1 of {len(pages)}")
    assert len(pages) >= 4 and pages[1].startswith("Elm Falls Hope Group Resources")
    assert "9-8-8 Suicide Crisis Helpline Call 988 · Text 988" in pages[0]
    assert "Emergency services Call 911" in pages[0]
    assert "Food Bank" not in pages[0]  # only crisis lines on the crisis page
    rest = " ".join(pages[1:])
    assert "Elm Falls Hope Group Resources" in rest
    for expected in ("Welcome to newcomers", "Cross-talk. Many groups ask",
                     "Where to get help", "Elm Falls Food Bank · Call 555-0154",
                     "Handouts the group keeps", "Bienvenue à notre réunion",
                     "Books you can borrow", "Steady Ground: A Workbook for the First Year by M. Okafor"):  # fmt: skip
        assert expected in rest, expected
    assert "9-8-8 Suicide Crisis Helpline" not in rest  # printed once, on its own page
    # No member's name: the loans (Carmen L. has a book out) never print.
    assert "Carmen" not in " ".join(pages)
    used, embedded = fonts(out)
    assert used == embedded and used
    assert abs(PdfReader(out).pages[0].mediabox.width - 595.3) < 1
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Elm Falls Hope Group: resources"


def test_chosen_items_or_a_tag_and_no_crisis_page(store: GroupStore, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        add_starter(s, "US")
        extra = library.create_resource(
            s, ResourceInput(Kind.READING, "Третя традиція", "Ми вітаємо всіх.", ("ukrainian",))
        )
    with store.session() as s:
        by_tag = handout_data(s, tag="Ukrainian", crisis_page=False)
        chosen = handout_data(s, ids=[extra], crisis_page=True)
    out = render_handout(by_tag, tmp_path / "tag.pdf")
    [page] = _pages(out)
    assert "Третя традиція" in page and "Ми вітаємо всіх." in page and "tag 'Ukrainian'" in page
    assert "988" not in page
    pages = _pages(render_handout(chosen, tmp_path / "chosen.pdf"))
    assert len(pages) == 2 and "988 Suicide & Crisis Lifeline" in pages[0]
    assert "Третя традиція" in pages[1] and "Welcome to newcomers" not in pages[1]


def test_nothing_to_print_or_an_unknown_tag_is_a_plain_error(store: GroupStore) -> None:
    with store.session() as s, pytest.raises(GroupKeeperError, match="nothing to print"):
        handout_data(s)
    with store.session() as s, s.begin():
        add_starter(s, "CA")
    with (
        store.session() as s,
        pytest.raises(GroupKeeperError, match="No item in the library has the tag 'handouts'"),
    ):
        handout_data(s, tag="handouts")
