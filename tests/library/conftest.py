from __future__ import annotations

import io

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
