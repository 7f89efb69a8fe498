"""export packet, sign-in and phone-list from the command line, and the booklet and large-print
options on the other documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.materials import service as materials
from groupkeeper.store import open_store
from tests.export.pdfcheck import runs
from tests.export.test_flyer import pdf_text
from tests.test_cli import run


def test_export_packet_for_a_date_as_a_booklet_in_large_print(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "packet.pdf"
    code, said, err = run(
        capsys, "export", "packet", "--data", str(demo_file), "--out", str(out),
        "--date", "2026-03-03", "--paper", "booklet", "--large-print",
    )  # fmt: skip
    assert code == 0, err
    assert "Saved the packet for Tuesday Night Discussion on Tue 2026-03-03" in said
    reader = PdfReader(out)
    assert float(reader.pages[0].mediabox.width) == 792 and (2 * len(reader.pages)) % 4 == 0
    assert "Gratitude in hard weeks" in pdf_text(out)
    assert (
        min(
            r.size
            for r in runs(out)
            if "Printed" not in r.text and r.text.strip() != "Elm Falls Hope Group"
        )
        >= 16
    )


def test_export_packet_next_leaves_parts_out_and_warns_of_a_missing_reading(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    from groupkeeper.library import service as library

    with open_store(demo_file) as st, st.session() as s, s.begin():
        usual = materials.usual_format(s)
        assert usual is not None
        rid = next(x.reading_id for x in usual.sections if x.heading == "Closing")
        assert rid is not None
        library.delete_resource(s, rid)
    out = tmp_path / "packet.pdf"
    code, said, err = run(
        capsys, "export", "packet", "--data", str(demo_file), "--out", str(out),
        "--leave-out", "crisis", "--leave-out", "ahead",
    )  # fmt: skip
    assert code == 0 and "Saved the packet" in said
    assert "Warning: The reading “Closing”" in err and "no longer in the library" in err
    text = pdf_text(out)
    assert "Reading not found" in text and "The next four weeks" not in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--date", "2026-02-30"], "'2026-02-30' is not a date"),
        (["--date", "2031-01-01"], "There is no meeting on Wednesday 2031-01-01"),
        (["--paper", "legal"], "invalid choice: 'legal'"),
        (["--leave-out", "everything"], "invalid choice: 'everything'"),
    ],
)
def test_export_packet_explains_bad_input(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    out = tmp_path / "packet.pdf"
    code, _said, err = run(
        capsys, "export", "packet", "--data", str(demo_file), "--out", str(out), *args
    )
    assert code != 0 and words in err and "Traceback" not in err
    assert not out.exists()


def test_export_sign_in_and_phone_list(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    sheet, phones = tmp_path / "sign-in.pdf", tmp_path / "phones.pdf"
    code, said, err = run(
        capsys, "export", "sign-in", "--data", str(demo_file), "--out", str(sheet), "--names",
        "--blank", "10", "--date", "next",
    )  # fmt: skip
    assert code == 0, err
    assert "15 names, 10 blank lines" in said  # those who agreed to the phone list
    assert "Sign-in · " in pdf_text(sheet)
    code, said, err = run(
        capsys, "export", "phone-list", "--data", str(demo_file), "--out", str(phones),
        "--paper", "booklet",
    )  # fmt: skip
    assert code == 0, err
    assert "15 members who agreed" in said and "keep it private" in said
    text = pdf_text(phones)
    assert "Ana R." in text and "Carmen" not in text  # Carmen did not agree


def test_the_flyer_and_handout_print_as_booklets_too(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    for what in ("schedule", "resources"):
        out = tmp_path / f"{what}.pdf"
        code, _said, err = run(
            capsys, "export", what, "--data", str(demo_file), "--out", str(out), "--paper",
            "booklet", "--large-print",
        )  # fmt: skip
        assert code == 0, err
        reader = PdfReader(out)
        assert float(reader.pages[0].mediabox.width) == 792 and (2 * len(reader.pages)) % 4 == 0
