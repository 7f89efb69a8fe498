"""Reading an attached file's text is bounded: a zip bomb, an endless PDF or a pathological
document costs a bounded amount of memory and time, says when only part of it was read, and
can be cancelled (issue 20, "a hostile file can't harm the laptop")."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest

from groupkeeper.library.models import TextStatus
from groupkeeper.library.text import MAX_TEXT, extract

MB = 1024 * 1024
MEMORY_CAP = 100 * MB  # peak Python allocation while reading one file


T = TypeVar("T")


def deflate_bomb(piece: bytes, copies: int, *, head: bytes = b"", tail: bytes = b"") -> bytes:
    """A .docx-shaped zip whose word/document.xml is head + piece * copies + tail, built in
    moments and little memory: the deflated piece is written once and repeated (a full flush
    makes each copy independent of the ones before it)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(piece) + packer.flush(zlib.Z_FULL_FLUSH)
    last = packer.compress(tail) + packer.flush()
    body = first + block * copies + last
    crc = zlib.crc32(head)
    for _ in range(copies):
        crc = zlib.crc32(piece, crc)
    crc = zlib.crc32(tail, crc)
    size = len(head) + len(piece) * copies + len(tail)
    assert size < 2**32, "no zip64 here"
    name = b"word/document.xml"
    date = (0 << 9) | (1 << 5) | 1  # 1 January 1980
    local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, date, crc, len(body), size,
                        len(name), 0)  # fmt: skip
    central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, date, crc,
                          len(body), size, len(name), 0, 0, 0, 0, 0, 0)  # fmt: skip
    directory_at = len(local) + len(name) + len(body)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central) + len(name),
                      directory_at, 0)  # fmt: skip
    return local + name + body + central + name + end


def docx(xml: str, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", xml)
    return out.getvalue()


def paragraphs(texts: list[str]) -> str:
    body = "".join(f'<w:p w:rsidR="00A1"><w:r><w:t>{t}</w:t></w:r></w:p>' for t in texts)
    return f'<?xml version="1.0"?><w:document><w:body>{body}</w:body></w:document>'


def many_pages(count: int) -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(144, 72))
    for n in range(1, count + 1):
        pdf.drawString(10, 30, f"Page {n} hope")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.fixture(scope="module")
def zero_bomb() -> bytes:
    """About 1 MB that inflates to 1 GB of zeros."""
    return deflate_bomb(bytes(MB), 1024)


@pytest.fixture(scope="module")
def long_pdf() -> bytes:
    return many_pages(2000)


def measured(fn: Callable[[], T]) -> tuple[T, float, int]:
    """fn's result, its seconds and its peak Python allocation in bytes."""
    tracemalloc.start()
    try:
        start = time.monotonic()
        result = fn()
        elapsed = time.monotonic() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return result, elapsed, peak


def test_the_bomb_builder_makes_a_real_zip(zero_bomb: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(zero_bomb)) as archive:
        info = archive.getinfo("word/document.xml")
        assert info.file_size == 1024 * MB and info.compress_size < 2 * MB
        with archive.open(info) as stream:
            assert stream.read(1000) == bytes(1000)


def test_a_zip_bomb_is_read_in_bounded_memory_and_promptly(zero_bomb: bytes) -> None:
    """A 1 MB .docx inflating to 1 GB took all of it into memory (5 GB for a 3 MB one)."""
    result, elapsed, peak = measured(lambda: extract(zero_bomb, "minutes.docx"))
    assert peak < MEMORY_CAP, f"{peak / MB:.0f} MB"
    assert elapsed < 5
    assert result == ("", TextStatus.NONE)  # zeros are no text


def test_a_zip_bomb_says_only_part_was_read(zero_bomb: bytes) -> None:
    from groupkeeper.library.text import read_words

    found = read_words(zero_bomb, "minutes.docx")
    assert found.stopped_early and "first part" in found.note
    assert found.text == "" and found.status is TextStatus.NONE


def test_a_bomb_of_real_paragraphs_keeps_the_first_part_with_a_note() -> None:
    from groupkeeper.library.text import read_words

    unit = b"<w:p><w:r><w:t>hope &amp; courage</w:t></w:r></w:p>"
    bomb = deflate_bomb(unit * (MB // len(unit)), 256, head=b"<w:document><w:body>",
                        tail=b"</w:body></w:document>")  # fmt: skip
    found, elapsed, peak = measured(lambda: read_words(bomb, "rota.docx"))
    assert peak < MEMORY_CAP, f"{peak / MB:.0f} MB"
    assert elapsed < 5
    assert found.status is TextStatus.READ and found.stopped_early
    assert found.text.startswith("hope & courage\nhope & courage\n")
    assert 0 < len(found.text) <= MAX_TEXT
    assert "first part" in found.note


def test_tag_stripping_is_linear_even_when_a_tag_never_closes() -> None:
    """`<[^>]+>` tried from every '<' of a run of them: 100,000 took seconds, 20 MB days."""
    data = docx("<w:p>hope</w:p>" + "<" * 100_000)
    start = time.monotonic()
    text, status = extract(data, "odd.docx")
    assert time.monotonic() - start < 1
    assert status is TextStatus.READ and text == "hope\n" + "<" * 100_000


def test_a_member_packed_other_than_by_deflate_is_not_inflated() -> None:
    """zipfile inflates bzip2 and lzma members without a bound per read: one read of a few KB
    could be gigabytes. Word and LibreOffice write deflate (or stored) only."""
    data = docx(paragraphs(["Coffee rota"]), zipfile.ZIP_BZIP2)
    assert extract(data, "rota.docx") == ("", TextStatus.UNREADABLE)


def test_a_stored_member_still_reads() -> None:
    data = docx(paragraphs(["Coffee rota"]), zipfile.ZIP_STORED)
    assert extract(data, "rota.docx") == ("Coffee rota", TextStatus.READ)


def test_a_pdf_of_many_pages_stops_at_the_page_cap_and_says_so(
    long_pdf: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupkeeper.library import text as module

    monkeypatch.setattr(module, "MAX_SECONDS", 120.0)  # the page cap, not the clock, here
    found = module.read_words(long_pdf, "binder.pdf")
    assert found.status is TextStatus.READ
    assert found.pages == 2000 and found.pages_read == module.MAX_PAGES == 500
    assert found.stopped_early and "page 500 of 2000" in found.note
    lines = found.text.splitlines()
    assert lines[0] == "Page 1 hope" and lines[-1] == "Page 500 hope"


def test_a_slow_pdf_stops_when_its_time_is_up(monkeypatch: pytest.MonkeyPatch) -> None:
    from groupkeeper.library import text as module

    monkeypatch.setattr(module, "MAX_SECONDS", 0.0)
    found = module.read_words(many_pages(10), "slow.pdf")
    assert found.pages_read == 1 and found.pages == 10
    assert found.text == "Page 1 hope"
    assert "page 1 of 10" in found.note and "too long" in found.note


def test_prepare_bytes_carries_the_note(monkeypatch: pytest.MonkeyPatch) -> None:
    from groupkeeper.library import service as library
    from groupkeeper.library import text as module

    monkeypatch.setattr(module, "MAX_SECONDS", 120.0)
    monkeypatch.setattr(module, "MAX_PAGES", 3)
    prepared = library.prepare_bytes("binder.pdf", many_pages(10))
    assert prepared.status is TextStatus.READ
    assert prepared.text.splitlines()[-1] == "Page 3 hope"
    assert "page 3 of 10" in prepared.note
    assert library.prepare_bytes("notes.txt", b"Bring a friend").note == ""


def reshaped(pdf: bytes, change: Callable[[Any, Any], None]) -> bytes:
    """The PDF with change(page tree root, first page) applied to it."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    change(writer.root_object["/Pages"].get_object(), writer.pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pages_inherit_from_the_page_tree_as_pypdf_has_them(pdf_bytes: bytes) -> None:
    """Pages are found one at a time (pypdf's reader.pages reads all 5,000 of a long PDF
    first, two seconds), with the fonts they inherit from the tree, as pypdf has them."""
    from pypdf import PdfReader
    from pypdf.generic import NameObject

    from groupkeeper.library.text import read_words

    def lift_resources(tree: Any, page: Any) -> None:
        tree[NameObject("/Resources")] = page.pop("/Resources")

    data = reshaped(pdf_bytes, lift_resources)
    reader = PdfReader(io.BytesIO(data))
    first = reader.get_object(reader.pages[0].indirect_reference)  # type: ignore[arg-type]
    assert "/Resources" not in first  # type: ignore[operator]
    theirs = reader.pages[0].extract_text()
    assert "Hospitality" in theirs
    found = read_words(data, "welcome.pdf")
    assert (found.status, found.pages, found.note) == (TextStatus.READ, 1, "")
    assert found.text == read_words(pdf_bytes, "welcome.pdf").text
    assert "Hospitality" in found.text


def test_a_page_tree_that_lists_itself_ends(pdf_bytes: bytes) -> None:
    def loop(tree: Any, page: Any) -> None:
        tree["/Kids"].append(tree.indirect_reference)

    start = time.monotonic()
    text, status = extract(reshaped(pdf_bytes, loop), "loop.pdf")
    assert time.monotonic() - start < 5
    assert status is TextStatus.READ and "Hospitality" in text  # each node is visited once


def calls_until_true(n: int) -> Callable[[], bool]:
    calls: Iterator[int] = iter(range(n, -1, -1))
    return lambda: next(calls, 0) == 0


def test_cancelling_stops_a_pdf_between_pages(long_pdf: bytes) -> None:
    from groupkeeper.library.text import Cancelled

    start = time.monotonic()
    with pytest.raises(Cancelled):
        extract(long_pdf, "binder.pdf", cancelled=calls_until_true(3))
    assert time.monotonic() - start < 5


def test_cancelling_stops_a_document_between_chunks(zero_bomb: bytes) -> None:
    from groupkeeper.library.text import Cancelled, read_words

    with pytest.raises(Cancelled):
        read_words(zero_bomb, "minutes.docx", cancelled=calls_until_true(2))


def test_not_cancelling_changes_nothing(pdf_bytes: bytes) -> None:
    text, status = extract(pdf_bytes, "welcome.pdf", cancelled=lambda: False)
    assert status is TextStatus.READ and "Hospitality" in text


def test_a_normal_docx_reads_fully_across_many_chunks() -> None:
    """Streaming must not lose or split a word, an entity or a paragraph at a chunk edge."""
    from groupkeeper.library.text import read_words

    texts = [f"Paragraph {n} &amp; caf&#233; &lt;{n}&gt;" for n in range(60_000)]  # ~4 MB XML
    found = read_words(docx(paragraphs(texts)), "minutes.docx")
    assert found.status is TextStatus.READ and not found.stopped_early and found.note == ""
    assert found.text == "\n".join(f"Paragraph {n} & café <{n}>" for n in range(60_000))


def test_a_normal_odt_and_pdf_read_fully(pdf_bytes: bytes) -> None:
    from groupkeeper.library.text import read_words

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("content.xml", "<office:text><text:h>Welcome</text:h>"
                                        "<text:p>Hospitality &amp; coffee</text:p></office:text>")  # fmt: skip
    found = read_words(out.getvalue(), "format.odt")
    assert (found.text, found.status, found.note) == ("Welcome\nHospitality & coffee",
                                                      TextStatus.READ, "")  # fmt: skip
    pdf = read_words(pdf_bytes, "welcome.pdf")
    assert pdf.status is TextStatus.READ and not pdf.stopped_early
    assert pdf.pages == pdf.pages_read and "Hospitality" in pdf.text


def test_a_huge_plain_text_file_is_read_in_bounded_memory() -> None:
    """25 MB of line breaks made a list of 25 million lines (200 MB) before."""
    data = b"\n" * (25 * MB)
    result, elapsed, peak = measured(lambda: extract(data, "blank.txt"))
    assert elapsed < 5
    assert peak < MEMORY_CAP, f"{peak / MB:.0f} MB"
    assert result == ("", TextStatus.READ)


def test_a_long_plain_text_file_keeps_its_first_part_with_a_note() -> None:
    from groupkeeper.library.text import read_words

    line = "Bring a friend to the meeting; café at seven.\n"
    found = read_words((line * 400_000).encode(), "notes.txt")  # ~19 MB
    assert found.status is TextStatus.READ and found.stopped_early
    assert len(found.text) == MAX_TEXT and found.text.startswith(line)
    small = read_words(line.encode() * 3, "notes.txt")
    assert (small.text, small.note) == ("\n".join([line.strip()] * 3), "")
