from __future__ import annotations

import io
from pathlib import Path

import pytest

from groupkeeper.library.demo import handout_pdf


@pytest.fixture
def pdf_bytes() -> bytes:
    return handout_pdf("Bienvenue à la réunion", ("Ce que vous entendez ici reste ici.",
                                                 "Hospitality and the coffee rota."))  # fmt: skip


def protected_pdf(password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(handout_pdf("Private minutes", ("Treasurer's report",))))
    writer = PdfWriter()
    for page in reader.pages:
        writer.add_page(page)
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def text_files(folder: Path, *names: str) -> list[Path]:
    """Small text files called ``names`` in ``folder``, each with words search can find."""
    made = []
    for name in names:
        path = folder / name
        path.write_text(f"The words of {name}, kept for search.\n", encoding="utf-8")
        made.append(path)
    return made
