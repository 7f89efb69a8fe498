"""The pairing commands: 'pairings suggest' prints proposals with reasons and saves nothing;
'export pairings' writes the confidential list."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from groupkeeper.pairing import service as ps
from groupkeeper.pairing.models import Status
from groupkeeper.store import open_store
from tests.test_cli import run


def test_pairings_suggest_prints_the_set_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], demo_file: Path
) -> None:
    code, out, err = run(capsys, "pairings", "suggest", "--data", str(demo_file))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Proposed sponsors for everyone waiting (total score ")
    assert "Nothing is saved" in lines[0]
    proposals = [line for line in lines if " -> " in line]
    assert len(proposals) == 5
    assert any(line.strip().startswith("1. Rosa V. -> Ana R.") for line in lines)
    assert any("shares Spanish" in line for line in lines)
    with open_store(demo_file) as st, st.session() as s:
        assert len(ps.list_pairings(s, Status.REQUESTED)) == 5


def test_export_pairings_writes_a_confidential_pdf(
    capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path
) -> None:
    out_pdf = tmp_path / "pairs.pdf"
    code, out, _ = run(
        capsys, "export", "pairings", "--data", str(demo_file), "--out", str(out_pdf)
    )
    assert code == 0 and "without private notes" in out and "Keep it somewhere private" in out
    text = " ".join((p.extract_text() or "") for p in PdfReader(out_pdf).pages)
    assert "CONFIDENTIAL" in text and "Working step 4" not in text
    code, out, _ = run(
        capsys, "export", "pairings", "--data", str(demo_file), "--out", str(out_pdf), "--notes"
    )
    text = " ".join((p.extract_text() or "") for p in PdfReader(out_pdf).pages)
    assert code == 0 and "Working step 4" in text


def test_pairings_suggest_with_nobody_waiting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group

    path = tmp_path / "empty.groupkeeper"
    with open_store(path, create=True) as st, st.session() as s, s.begin():
        save_group(s, GroupInfo("Circle", GroupKind.PEER_SUPPORT, "en", "UTC"))
    code, out, _ = run(capsys, "pairings", "suggest", "--data", str(path))
    assert (code, out.strip()) == (0, "Nobody is waiting for a mentor.")
