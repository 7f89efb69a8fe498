"""Print…: the system print dialog, then each page drawn with PDFium onto the printer.

The printer here is Qt's own PDF printer, so what was sent can be read back."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

import pypdf
import pypdfium2
import pytest
from PySide6.QtPrintSupport import QPrinter

from groupkeeper.export.paper import Paper
from groupkeeper.ui.export import printing
from groupkeeper.ui.export.dialog import ExportDialog
from groupkeeper.ui.shell.window import MainWindow
from groupkeeper.ui.work.ops import Progress
from tests.ui.conftest import Notes

LETTER = (612, 792)


class Printed:
    def __init__(self, out: Path, answer: bool = True, pages: tuple[int, int] | None = None):
        self.out, self.answer, self.pages = out, answer, pages
        self.asked: list[QPrinter] = []
        self.duplex: list[QPrinter.DuplexMode] = []

    def __call__(self, printer: QPrinter) -> bool:
        self.asked.append(printer)
        self.duplex.append(printer.duplex())  # as the system's dialog is given it
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.out))
        if self.pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*self.pages)
        return self.answer


def _print_from_dialog(
    w: MainWindow, monkeypatch: pytest.MonkeyPatch, printed: Printed, paper: Paper | None = None
) -> ExportDialog:
    w.registry["packet"].trigger()
    dialog = w.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    if paper is not None:
        dialog.paper.setCurrentIndex(dialog.paper.findData(paper))
    monkeypatch.setattr(w.prompts, "ask_print", printed)
    monkeypatch.setattr(w.prompts, "ask_save_path", lambda *_a: pytest.fail("Save PDF asked"))
    dialog.print_button.click()
    return dialog


def _dark_share(path: Path, page: int = 0) -> float:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = pdf[page].render(scale=0.5, grayscale=True)
        pixels = bytes(bitmap.buffer)
    finally:
        pdf.close()
    return sum(1 for p in pixels if p < 128) / len(pixels)


def test_print_sends_every_page_of_the_packet_to_the_printer(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    printed = Printed(tmp_path / "printed.pdf")
    dialog = _print_from_dialog(demo_window, monkeypatch, printed)
    assert not dialog.isVisible() and len(printed.asked) == 1
    printer = printed.asked[0]
    assert printed.duplex == [QPrinter.DuplexMode.DuplexNone]  # one-sided: not a booklet
    assert "packet" in printer.docName().lower()
    pages = pypdf.PdfReader(printed.out).pages
    assert len(pages) >= 2
    assert [round(float(x)) for x in pages[0].mediabox[2:]] == list(LETTER)
    assert 0.005 < _dark_share(printed.out) < 0.5  # words on it, not a blank or black page
    assert demo_window.notice.label.text().startswith(
        f"Sent the meeting packet to {printed.out} (pages: {len(pages)})"
    )
    assert notes == []


def test_a_booklet_asks_for_both_sides_flipped_on_the_short_edge(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Recording(QPrinter):
        """Keeps the duplex asked for: Qt's PDF printer (the only one on a computer with no
        print system) prints one side and forgets it."""

        wanted: ClassVar[list[QPrinter.DuplexMode]] = []

        def setDuplex(self, duplex: QPrinter.DuplexMode) -> None:
            self.wanted.append(duplex)
            super().setDuplex(duplex)

    monkeypatch.setattr(
        printing, "new_printer", lambda: Recording(QPrinter.PrinterMode.HighResolution)
    )
    printed = Printed(tmp_path / "booklet.pdf")
    _print_from_dialog(demo_window, monkeypatch, printed, Paper.BOOKLET)
    assert Recording.wanted == [QPrinter.DuplexMode.DuplexShortSide]
    page = pypdf.PdfReader(printed.out).pages[0]
    assert sorted(round(float(x)) for x in page.mediabox[2:]) == sorted(LETTER)
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape sheets


def test_a_page_range_prints_only_those_pages(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    printed = Printed(tmp_path / "two.pdf", pages=(2, 2))
    _print_from_dialog(demo_window, monkeypatch, printed)
    assert len(pypdf.PdfReader(printed.out).pages) == 1
    assert "(pages: 1)" in demo_window.notice.label.text()


def test_closing_the_print_dialog_prints_nothing(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notes: Notes
) -> None:
    printed = Printed(tmp_path / "never.pdf", answer=False)
    _print_from_dialog(demo_window, monkeypatch, printed)
    assert printed.asked and not printed.out.exists() and notes == []


def test_enter_in_the_export_dialog_still_saves_a_pdf(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    demo_window.registry["packet"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    monkeypatch.setattr(demo_window.prompts, "ask_print", lambda _p: pytest.fail("printed"))
    asked: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda t, *_a: asked.append(t))
    assert not dialog.print_button.autoDefault()
    dialog.accept()
    assert asked == ["Save the meeting packet"]


def _pdf(tmp_path: Path, pages: int) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "doc.pdf"
    canvas = Canvas(str(path), pagesize=LETTER)
    for n in range(pages):
        canvas.setFont("Helvetica", 48)
        canvas.drawString(72, 600, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()
    return path


def test_cancel_stops_between_pages_and_abandons_the_job(tmp_path: Path) -> None:
    source = _pdf(tmp_path, 3)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert printing.set_up(printer, source, "Three pages", booklet=False) == 3
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    stop = threading.Event()
    seen: list[int] = []

    def report(done: int, _total: int) -> None:
        seen.append(done)
        if done == 1:
            stop.set()  # Cancel pressed while the second page is drawn

    assert printing.print_pdf(source, printer, Progress(report, stop)) == 1
    assert seen == [0, 1]


def test_a_document_with_no_pages_says_so(tmp_path: Path) -> None:
    from groupkeeper.errors import GroupKeeperError

    empty = tmp_path / "empty.pdf"
    pypdf.PdfWriter().write(empty)
    with pytest.raises(GroupKeeperError, match="no pages"):
        printing.set_up(QPrinter(), empty, "Nothing", booklet=False)


def test_pages_come_out_at_their_size_and_in_order(tmp_path: Path, qapp: Any) -> None:
    source = _pdf(tmp_path, 2)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printing.set_up(printer, source, "Two", booklet=False)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert printing.print_pdf(source, printer) == 2
    out = pypdfium2.PdfDocument(str(tmp_path / "out.pdf"))
    try:
        assert [tuple(round(v) for v in out[i].get_size()) for i in range(len(out))] == [LETTER] * 2
    finally:
        out.close()
    assert _dark_share(tmp_path / "out.pdf", 1) > 0.001
