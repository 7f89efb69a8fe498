"""The schedule flyer, read back from the PDF: text, embedded fonts, paper size, file size."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.flyer import flyer_data, render_flyer
from groupkeeper.export.paper import Paper
from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import GroupInfo, save_group
from groupkeeper.schedule import service
from groupkeeper.store import GroupStore, open_store
from tests.conftest import TODAY, series_input


def pdf_text(path: Path) -> str:
    """All pages' text with line breaks and runs of spaces folded (table cells wrap)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def fonts(path: Path) -> tuple[set[str], set[str]]:
    """(every font the pages use, the ones whose TrueType program is embedded)."""
    used, embedded = set(), set()
    for page in PdfReader(path).pages:
        resources: Any = page["/Resources"]
        for ref in resources["/Font"].values():
            font = ref.get_object()
            name = str(font["/BaseFont"]).split("+")[-1]
            used.add(name)
            for desc in font.get("/DescendantFonts", [font]):
                descriptor = desc.get_object().get("/FontDescriptor")
                if descriptor is not None and "/FontFile2" in descriptor.get_object():
                    embedded.add(name)
    return used, embedded


def export(
    store: GroupStore, out: Path, first: date, last: date, paper: Paper = Paper.LETTER
) -> Path:
    with store.session() as s:
        data = flyer_data(s, first, last)
    return render_flyer(data, out, paper, printed=TODAY)


def test_demo_flyer_has_group_meetings_changes_and_legend(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st:
        out = export(st, tmp_path / "flyer.pdf", TODAY, date(2027, 3, 1))
    text = pdf_text(out)
    for words in (
        "Elm Falls Hope Group",
        "Tuesday Night Discussion",
        "Every Tuesday",
        "7:00 PM – 8:30 PM",
        "Women's Big Book Study",
        "Every other Thursday",
        "First Sunday of the month",
        "St. Brigid's Church Hall",
        "Wheelchair access by the ramp",
        "Changes to the usual schedule",
        "Cancelled: Building closed for the holiday",
        "Hall booked for a funeral",
        "What the format codes mean",
        "Open (anyone may attend)",
        "Group conscience (business meeting)",
    ):
        assert words in text, words
    used, embedded = fonts(out)
    assert used == embedded == {"DejaVuSans", "DejaVuSans-Bold"}
    assert out.stat().st_size < 100_000


def test_legend_lists_only_codes_in_use(store: GroupStore, tmp_path: Path) -> None:
    with store.session() as s, s.begin():
        service.create_series(s, series_input(formats=("C", "ST")))
    text = pdf_text(export(store, tmp_path / "f.pdf", date(2026, 1, 1), date(2026, 3, 31)))
    assert "Step study" in text and "Closed" in text
    assert "Speaker" not in text and "Wheelchair access" not in text.replace(
        "Ramp at side door", ""
    )


def test_accented_cyrillic_and_syllabics_print(tmp_path: Path) -> None:
    st = open_store(tmp_path / "multi.groupkeeper", create=True)
    with st.session() as s, s.begin():
        save_group(
            s,
            GroupInfo(
                "Groupe d'entraide Sainte-Thérèse", GroupKind.PEER_SUPPORT, "fr", "America/Montreal"
            ),
        )
        service.create_series(s, series_input(name="Réunion en français — ¿Español?"))
        service.create_series(s, series_input(name="Група підтримки", start_time=time(18, 0)))
        service.create_series(s, series_input(name="ᓀᐦᐃᔭᐍᐏᐣ ᐊᔭᒥᐦᐁᐤ", start_time=time(17, 0)))
    out = export(st, tmp_path / "multi.pdf", date(2026, 1, 1), date(2026, 1, 31), Paper.A4)
    st.close()
    text = pdf_text(out)
    for words in (
        "Groupe d'entraide Sainte-Thérèse",
        "Réunion en français — ¿Español?",
        "Група підтримки",
        "ᓀᐦᐃᔭᐍᐏᐣ ᐊᔭᒥᐦᐁᐤ",
    ):
        assert words in text, words
    assert "19:00 – 20:30" in text  # a French group reads the 24-hour clock
    width, height = (float(v) for v in PdfReader(out).pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == (595, 842)


def test_letter_is_letter_sized(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st:
        out = export(st, tmp_path / "f.pdf", TODAY, date(2026, 6, 1))
    assert [round(float(v)) for v in PdfReader(out).pages[0].mediabox.upper_right] == [612, 792]


def test_range_ending_before_it_starts_is_refused(store: GroupStore) -> None:
    with pytest.raises(GroupKeeperError, match="before its start"), store.session() as s:
        flyer_data(s, date(2026, 5, 1), date(2026, 4, 1))


def test_unwritable_target_leaves_nothing_behind(demo_file: Path, tmp_path: Path) -> None:
    with open_store(demo_file) as st, st.session() as s:
        data = flyer_data(s, TODAY, date(2026, 6, 1))
    with pytest.raises(GroupKeeperError, match="does not exist"):
        render_flyer(data, tmp_path / "missing" / "f.pdf")
    blocker = tmp_path / "taken.pdf"
    blocker.mkdir()  # a folder where the PDF should go: the rename fails
    with pytest.raises(GroupKeeperError, match="Could not save the PDF"):
        render_flyer(data, blocker)
    left = sorted(p.name for p in tmp_path.iterdir() if p.name != "home")
    assert left == ["demo.groupkeeper", "taken.pdf"]  # no half-written .part file
