"""Printing: the Export dialog with its live preview, then the PDF saved off the UI thread.

Both the preview and the saved PDF read what they print (``prepare``) in the op's worker, in a
session of its own, and draw it there: the window only asks and shows."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from groupkeeper import paths
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.registry import Document, Request
from groupkeeper.ui.work.ops import Op, Progress

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from groupkeeper.schedule.occurrences import Occurrence
    from groupkeeper.ui.context import AppContext


class ExportFlow(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx
        self.last_document = Document.PACKET

    def export(self, document: Document | None, meeting: Occurrence | None = None) -> None:
        """The Export dialog, on ``document`` (or the last one printed, or the packet)."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.library import service as library
        from groupkeeper.materials import service as materials
        from groupkeeper.ui.export.dialog import ExportDialog

        today = ctx.today
        library_page = ctx.built("library")
        chosen: list[int] = library_page.selected_ids() if library_page is not None else []  # type: ignore[attr-defined]
        dialog = ExportDialog(
            ctx.parent_widget, today, ctx.read(lambda s: materials.upcoming(s, today)),
            ctx.language, tags=ctx.read(library.list_tags), chosen=chosen,
            crisis_lines=bool(ctx.read(library.crisis_lines)),
            start=document or self.last_document, meeting=meeting,
        )  # fmt: skip
        ctx.dialog = dialog
        folder = ctx.temp.folder(f"preview-{id(dialog):x}")
        key = f"preview-{id(dialog):x}"

        def want(req: Request) -> None:
            from groupkeeper.export.preview import Preview, preview
            from groupkeeper.export.registry import prepare

            if ctx.gateway is None:
                return
            store = ctx.gateway.store

            def work(progress: Progress) -> Preview | None:
                # Read here, in the worker's own session: the handout of a large library takes
                # a third of a second to read, which the window must not wait for.
                with store.session() as s:
                    data = prepare(s, req, today)
                if progress.cancelled:  # options changed again meanwhile: not drawn for nothing
                    return None
                return preview(data, req, folder)

            def shown(result: Preview | None) -> None:
                if result is not None and dialog.isVisible():
                    dialog.show_preview(result)

            def failed(message: str) -> None:
                if dialog.isVisible():
                    dialog.show_preview_problem(message)

            Op(work, shown, self.tr("No preview"), key=key, failure=failed).run(ctx)

        dialog.preview_wanted.connect(want)
        dialog.accepted.connect(
            lambda: (self.print_ if dialog.printing else self.save)(dialog.request())
        )
        dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
        dialog.open()
        dialog.timer.start(0)

    def _ready(self, req: Request) -> tuple[str, str, str] | None:
        """The document's name in words, the title of its problems and its file name; None
        (with the problem shown) when the request is one the person must fix first."""
        ctx = self.ctx
        if ctx.gateway is None:
            return None
        self.last_document = req.document
        what = req.document.label.lower()
        cannot = self.tr("Could not print the {doc}").format(doc=what)
        try:
            req.checked()  # what the person can fix in the request, before asking anything
        except GroupKeeperError as exc:
            ctx.prompts.notify(cannot, exc.message)
            return None
        group = ctx.data.group()
        when = req.meeting.day if req.meeting else req.first or ctx.today
        return what, cannot, req.document.file_name(group.name if group else "Group", when)

    def _draw(
        self,
        req: Request,
        out: Path,
        then: Callable[[tuple[Path, tuple[str, ...]]], None],
        cannot: str,
        label: str,
    ) -> None:
        """Read and draw the document into ``out`` in an op's worker, in a session of its own
        (see ``want`` above); ``then`` gets the PDF and its warnings on the UI thread. Not
        cancellable: the PDF is drawn in one go. Its progress shows once it takes a while."""
        from groupkeeper.export.registry import prepare, render, warnings

        store, today = self.ctx.data.store, self.ctx.today

        def work(_progress: Progress) -> tuple[Path, tuple[str, ...]]:
            with store.session() as s:
                data = prepare(s, req, today)
            return render(data, req, out), warnings(data)

        Op(work, then, cannot, label=label, progress=True).run(self.ctx)

    def save(self, req: Request) -> None:
        """Ask where, then write the PDF off the UI thread and offer to open it."""
        ctx = self.ctx
        ready = self._ready(req)
        if ready is None:
            return
        what, cannot, name = ready
        out = ctx.prompts.ask_save_path(
            self.tr("Save the {doc}").format(doc=what), paths.documents_dir() / name,
            "PDF (*.pdf)",
        )  # fmt: skip
        if out is None:
            return

        def done(result: tuple[Path, tuple[str, ...]]) -> None:
            path, said = result
            ctx.saved(path)
            if said:
                ctx.prompts.notify(self.tr("Printed, with something to check"), "\n\n".join(said))

        self._draw(req, out, done, cannot, self.tr("Saving the {doc}…").format(doc=what))

    def print_(self, req: Request) -> None:
        """Draw the document off the UI thread, ask the system's print dialog, then send the
        pages to the printer off the UI thread too (with Cancel)."""
        ctx = self.ctx
        ready = self._ready(req)
        if ready is None:
            return
        what, cannot, name = ready
        out = ctx.temp.folder("print") / name  # private, and swept when the window closes

        def drawn(result: tuple[Path, tuple[str, ...]]) -> None:
            from groupkeeper.ui.export import printing

            path, said = result
            printer = printing.new_printer()
            try:
                printing.set_up(printer, path, Path(name).stem, req.paper.is_booklet)
            except GroupKeeperError as exc:
                ctx.prompts.notify(cannot, exc.message)
                return
            if not ctx.prompts.ask_print(printer):
                return
            self._send(path, printer, what, said)

        self._draw(req, out, drawn, cannot, self.tr("Preparing the {doc}…").format(doc=what))

    def _send(self, path: Path, printer: QPrinter, what: str, said: tuple[str, ...]) -> None:
        ctx = self.ctx
        from groupkeeper.ui.export import printing

        def sent(pages: int) -> None:
            where = printer.printerName() or printer.outputFileName()
            ctx.tell(
                self.tr("Sent the {doc} to {printer} (pages: {pages}).").format(
                    doc=what, printer=where, pages=pages
                )
            )
            if said:
                ctx.prompts.notify(self.tr("Printed, with something to check"), "\n\n".join(said))

        Op(
            lambda progress: printing.print_pdf(path, printer, progress), sent,
            self.tr("Could not print the {doc}").format(doc=what),
            label=self.tr("Printing the {doc}…").format(doc=what), progress=True,
            cancellable=True, cancelled=lambda: ctx.tell(self.tr("Printing stopped.")),
        ).run(ctx)  # fmt: skip
