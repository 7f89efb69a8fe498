"""The library's headless commands: search, attach a file, export the resource handout."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.library import service as library
from groupkeeper.library.demo import handout_pdf
from groupkeeper.store import open_store
from tests.test_cli import run


def test_library_search_prints_ranked_results(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, out, _ = run(capsys, "library", "search", "--data", str(demo_file), "reunion")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "1. Bienvenue à notre réunion (document)  [français, handout, newcomers]"
    assert lines[1].strip().startswith("Bienvenue.pdf · ")
    assert "2. Centre de santé communautaire francophone (referral contact)  [referral]" in lines
    code, out, _ = run(capsys, "library", "search", "--data", str(demo_file), '"(NEAR *')
    assert (code, out.strip()) == (0, "Nothing in the library matches '\"(NEAR *'.")


def test_library_add_attaches_a_file_that_search_then_finds(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    pdf = tmp_path / "Picnic_flyer.pdf"
    pdf.write_bytes(handout_pdf("Summer picnic", ("Lakeside park, bring a blanket.",)))
    code, out, _ = run(
        capsys,
        "library",
        "add",
        "--data",
        str(demo_file),
        str(pdf),
        "--tag",
        "events",
        "--tag",
        "summer",
    )
    assert (code, out.strip()) == (
        0,
        "Attached Picnic_flyer.pdf as 'Picnic flyer'. Its text is searchable.",
    )
    code, out, _ = run(capsys, "library", "search", "--data", str(demo_file), "lakeside")
    assert out.splitlines()[0] == "1. Picnic flyer (document)  [events, summer]"
    with open_store(demo_file) as st, st.session() as s:
        [item] = library.search(s, "lakeside")
        sha = library.get_resource(s, item.id).sha256
    assert sha == hashlib.sha256(pdf.read_bytes()).hexdigest()


def test_library_add_refuses_a_file_over_25_mb_and_leaves_the_file_alone(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"\0" * (26 * 1024 * 1024))
    before = demo_file.read_bytes()
    code, _, err = run(capsys, "library", "add", "--data", str(demo_file), str(big))
    assert code == 1 and "scan.pdf is 26.0 MB; GroupKeeper keeps files of up to 25 MB" in err
    assert demo_file.read_bytes() == before


def test_export_resources_writes_the_handout(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "handout.pdf"
    code, said, _ = run(
        capsys,
        "export",
        "resources",
        "--data",
        str(demo_file),
        "--out",
        str(out),
        "--tag",
        "newcomers",
    )
    assert (code, said.strip()) == (
        0,
        f"Saved the resource handout (4 items, 8 crisis lines first) to {out}",
    )
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "If you or someone you know is in crisis" in text and "Welcome to newcomers" in text
    code, said, _ = run(
        capsys,
        "export",
        "resources",
        "--data",
        str(demo_file),
        "--out",
        str(out),
        "--tag",
        "newcomers",
        "--no-crisis-page",
    )
    assert code == 0 and "4 items) to" in said
    assert "in crisis" not in PdfReader(out).pages[0].extract_text()
