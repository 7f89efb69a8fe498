"""The roster's headless commands: import members, fill, export as PDF and CSV."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.roster import service as roster
from groupkeeper.store import open_store
from tests.test_cli import run


def test_import_members_adds_all_or_nothing(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    good = tmp_path / "members.csv"
    good.write_text(
        "first_name,last_initial,roles\nNadia,P,Reader\nOmar,T,Greeter|Reader\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, "import", "members", "--data", str(demo_file), str(good))
    assert (code, out.strip()) == (0, "Imported 2 members from members.csv.")
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name,roles\nPia,Reader\nQuin,Juggler\n", encoding="utf-8")
    code, _, err = run(capsys, "import", "members", "--data", str(demo_file), str(bad))
    assert code == 1
    assert "Nothing was imported from bad.csv" in err and "Line 3: unknown role 'Juggler'" in err
    with open_store(demo_file) as st, st.session() as s:
        names = [m.name for m in roster.list_members(s)]
    assert "Nadia P." in names and "Omar T." in names and "Pia" not in names
    assert len(names) == 27


def test_roster_fill_prints_a_summary_and_export_writes_pdf_and_csv(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "roster", "fill", "--data", str(demo_file), "--from", "2026-03-01",
                       "--to", "2026-05-31", "--replace")  # fmt: skip
    assert code == 0
    assert out.startswith("Roster Sun 1 Mar 2026 to Sun 31 May 2026: ")
    assert ", 0 open." in out.splitlines()[0] or "Open:" in out
    pdf, sheet = tmp_path / "roster.pdf", tmp_path / "roster.csv"
    code, out, _ = run(capsys, "export", "roster", "--data", str(demo_file), "--out", str(pdf),
                       "--from", "2026-03-01", "--to", "2026-05-31", "--paper", "a4")  # fmt: skip
    assert code == 0 and "Saved the roster" in out
    reader = PdfReader(pdf)
    assert len(reader.pages) == 3  # one month a page
    first = reader.pages[0].extract_text()
    assert "Service roster · March 2026" in first and "Facilitator:" in first
    fonts = {str(f["/BaseFont"]) for p in reader.pages for f in p["/Resources"]["/Font"].values()}  # type: ignore[index]
    assert all("DejaVuSans" in f for f in fonts)  # the bundled fonts, embedded
    assert (
        reader.metadata is not None
        and reader.metadata.title == "Elm Falls Hope Group: service roster"
    )
    code, _, _ = run(capsys, "export", "roster", "--data", str(demo_file), "--out", str(sheet),
                     "--from", "2026-03-01", "--to", "2026-03-31")  # fmt: skip
    rows = list(csv.reader(sheet.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0] == ["date", "time", "meeting", "role", "member"]
    assert {r[2] for r in rows[1:]} == {"Tuesday Night Discussion", "Women's Big Book Study"}
    assert all(r[0].startswith("2026-03") for r in rows[1:])


def test_roster_commands_refuse_bad_dates_plainly(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, _, err = run(
        capsys,
        "roster",
        "fill",
        "--data",
        str(demo_file),
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-01",
    )
    assert code == 1 and "before its start" in err
    code, _, err = run(
        capsys,
        "roster",
        "fill",
        "--data",
        str(demo_file),
        "--from",
        "31/12/2026",
        "--to",
        "2027-01-01",
    )
    assert code == 2 and "is not a date" in err
