"""Print a document we drew as a PDF: set the printer up for its paper (a booklet on both
sides, flipped on the short edge), then draw each page with PDFium, the library the preview
already uses, onto the printer.

Drawing runs in an op's worker: Qt lets a thread paint on a ``QPrinter`` (as on a
``QImage``), and a packet of ten pages at 300 dpi takes a few seconds.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from groupkeeper.errors import GroupKeeperError
from groupkeeper.ui.work.ops import Progress

MAX_DPI = 300
"""Pages are drawn at the printer's resolution up to this: finer than any laser text needs,
and a letter page is then 25 MB of pixels, not 100."""


def _pages(path: Path) -> list[tuple[float, float]]:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:  # PDFium will not open a PDF with no pages
        return []
    try:
        return [pdf[i].get_size() for i in range(len(pdf))]
    finally:
        pdf.close()


def new_printer() -> QPrinter:
    """The printer a print starts from: the system's default, at its full resolution."""
    return QPrinter(QPrinter.PrinterMode.HighResolution)


def set_up(printer: QPrinter, path: Path, title: str, booklet: bool) -> int:
    """Give ``printer`` the document's paper, orientation and name, and for a booklet both
    sides flipped on the short edge. Returns the number of pages."""
    sizes = _pages(path)
    if not sizes:
        raise GroupKeeperError("There is nothing to print: the document has no pages.")
    width, height = sizes[0]
    size = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point)
    orientation = (
        QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    )
    printer.setPageLayout(
        QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    )
    printer.setFullPage(True)  # our PDF has its own margins
    printer.setDocName(title)
    printer.setFromTo(1, len(sizes))
    if booklet:
        printer.setDuplex(QPrinter.DuplexMode.DuplexShortSide)
    return len(sizes)


def wanted_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (from 0) the print dialog asked for: a range, or all of them."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        return list(range(first - 1, last))
    return list(range(count))


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw the pages of ``path`` the printer was set to print. Returns how many were sent;
    a cancel stops between pages and abandons the job."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    pages = wanted_pages(printer, len(pdf))
    painter = QPainter(printer)  # starts the job
    try:
        if not painter.isActive():
            raise GroupKeeperError(
                "The printer could not be started. Check it is switched on and connected, "
                "or choose another printer."
            )
        dpi = min(printer.resolution(), MAX_DPI)
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        for n, index in enumerate(pages):
            if progress is not None:
                progress.report(n, len(pages))
                if progress.cancelled:
                    printer.abort()
                    return n
            if n:
                printer.newPage()
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72)
            image = QImage(
                bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                QImage.Format.Format_BGR888,
            )  # fmt: skip
            fitted = QSizeF(image.size()).scaled(
                QSizeF(area.size()), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(
                (area.width() - fitted.width()) / 2, (area.height() - fitted.height()) / 2,
                fitted.width(), fitted.height(),
            )  # fmt: skip
            painter.drawImage(target, image)
        return len(pages)
    finally:
        if painter.isActive():
            painter.end()
        pdf.close()
