"""The library's files: attach them (from the menu, the Attach button, or dragged from the
desktop onto the list), open a private copy in the computer's usual program, save a copy back
out. Reading a file and its text runs off the UI thread, with progress and a Cancel button;
saving runs off it too, with progress."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QProgressDialog, QTableView

from groupkeeper.errors import GroupKeeperError
from groupkeeper.library import attaching
from groupkeeper.library import service as library
from groupkeeper.library.attaching import PER_FILE, Attached, AttachResult
from groupkeeper.library.models import Kind, TextStatus
from groupkeeper.ui.work.workers import run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from groupkeeper.library.service import Resource
    from groupkeeper.ui.context import AppContext


class LibraryView(Protocol):
    """What the file actions need of the Library page (which makes them, so they know it only
    by this shape)."""

    SECTION: str
    ctx: AppContext
    current: Resource | None
    search: QLineEdit

    def select_id(self, item_id: int) -> None: ...


class FileDropTable(QTableView):
    """A table that takes files dragged onto it from the desktop or a file manager."""

    files_dropped = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)

    @staticmethod
    def _files(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)


class DocumentFiles(QObject):
    """The Library page's file actions."""

    def __init__(self, page: LibraryView, parent: QObject) -> None:
        super().__init__(parent)
        self.page = page
        self.progress: QProgressDialog | None = None
        self._running: set[threading.Event] = set()  # one for each attach under way

    def choose(self) -> None:
        files = self.page.ctx.prompts.ask_attach_paths()
        if files:
            self.attach(files)

    def attach(self, files: list[Path]) -> None:
        """Attach files off the UI thread, with progress and Cancel; files that cannot be
        attached (too big, a folder, a device or a pipe) are refused at once."""
        ctl = self.page.ctx.gateway
        if ctl is None:
            return
        ok: list[Path] = []
        refused: list[str] = []
        for path in files:
            if why := attaching.refusal(path):  # core wording (issue 23)
                refused.append(why)
            else:
                ok.append(path)
        if refused:
            self.page.ctx.prompts.notify(self.tr("Not attached"), "\n\n".join(refused))
        if not ok:
            return
        store = ctl.store
        cancel = threading.Event()  # set on the UI thread, read by the worker
        self._running.add(cancel)
        progress = QProgressDialog(
            self.tr("Attaching…"), self.tr("Cancel"), 0, PER_FILE, self.page.ctx.parent_widget
        )
        progress.setWindowTitle(self.tr("Attaching files"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.progress = progress  # kept: a modal dialog must outlive this call

        def on_cancel() -> None:
            # Closing the dialog when the work is over also says "canceled": not a Cancel.
            if cancel in self._running:
                cancel.set()
                self.page.ctx.status(self.tr("Stopping…"))

        progress.canceled.connect(on_cancel)

        label = (
            self.tr("Attach {name}").format(name=ok[0].name)
            if len(ok) == 1
            else self.tr("Attach {n} files").format(n=len(ok))
        )

        def work(report: library.Progress) -> AttachResult:
            return attaching.attach_files(
                store, ok, label=label, section=self.page.SECTION, progress=report, stop=cancel
            )

        def on_progress(value: int, total: int) -> None:
            if cancel.is_set():  # a hidden, cancelled dialog must not show itself again
                return
            progress.setMaximum(total)
            progress.setValue(min(value, total))
            n = min(value // PER_FILE, len(ok) - 1)
            progress.setLabelText(
                self.tr("Attaching {name} ({n} of {total})…").format(
                    name=ok[n].name, n=n + 1, total=len(ok)
                )
            )

        def over() -> bool:
            """Close the dialog; False when the file was closed meanwhile (quitting)."""
            self._running.discard(cancel)
            progress.close()
            return self.page.ctx.gateway is ctl

        def finished(result: object) -> None:
            if not over():
                return
            assert isinstance(result, AttachResult)
            done = result.attached
            ctl.changed.emit()
            ctl.history_changed.emit()
            self.page.search.clear()
            if done:
                self.page.select_id(done[-1].id)
            if result.stopped:
                message = (
                    self.tr(
                        "Attached {done} of %n files; stopped when you pressed Cancel.", "", len(ok)
                    ).format(done=len(done))
                    if done
                    else self.tr("Nothing attached; stopped when you pressed Cancel.")
                )
            elif len(done) == 1:
                message = self.tr("Attached {name}.").format(name=done[0].name)
            else:
                message = self.tr("Attached {n} files.").format(n=len(done))
            self.page.ctx.tell(message)
            self._tell_unsearchable(done)

        def failed(message: str) -> None:
            if not over():
                return
            ctl.changed.emit()  # files attached before the failure stay attached
            ctl.history_changed.emit()
            self.page.ctx.prompts.notify(self.tr("Could not attach the file"), message)

        run_task(self.page.ctx.pool, work, finished, failed, on_progress)

    def stop(self) -> None:
        """Cancel any attach under way (the window is closing); it ends at its next check,
        between chunks and pages, with the files attached so far kept."""
        for cancel in self._running:
            cancel.set()

    def _tell_unsearchable(self, done: tuple[Attached, ...]) -> None:
        """Say which files search cannot find, or can find only in part."""
        unread = [
            f"{a.name}: {self.tr(a.status.label)}"
            for a in done
            if a.status in (TextStatus.UNREADABLE, TextStatus.PROTECTED)
        ]
        partly = [f"{a.name}: {a.note}" for a in done if a.note]  # note: core wording
        if not unread and not partly:
            return
        if unread and partly:
            title = self.tr("Attached, but not all searchable")
        elif unread:
            title = self.tr("Attached, but not searchable")
        else:
            title = self.tr("Attached, partly searchable")
        self.page.ctx.prompts.inform(title, "\n\n".join(unread + partly))

    def open_current(self) -> None:
        """Open a private copy in the computer's usual program: documents and pictures only.
        Anything that could run (a program, a script, a web page, a shortcut) is only offered
        to be saved, with what it really is."""
        cur = self.page.current
        ctl = self.page.ctx.gateway
        if cur is None or cur.kind is not Kind.DOCUMENT or ctl is None:
            return
        store = ctl.store
        try:
            openable, kind = ctl.read(lambda s: library.open_check(s, cur.id))
        except GroupKeeperError as exc:
            self.page.ctx.prompts.notify(self.tr("Could not open the file"), exc.message)
            return
        if not openable:
            self._offer_save(cur.file_name, kind)
            return
        folder = self.page.ctx.temp.folder()

        def work() -> Path:
            with store.session() as s:
                return library.save_private_copy(s, cur.id, folder)

        def show(copy: object) -> None:
            self.page.ctx.prompts.launch(Path(str(copy)))

        run_task(
            self.page.ctx.pool,
            work,
            show,
            lambda m: self.page.ctx.prompts.notify(self.tr("Could not open the file"), m),
        )

    def _offer_save(self, name: str, kind: str) -> None:
        text = self.tr(
            "{name} is {kind}. GroupKeeper opens only documents and pictures, because a file "
            "like this can run a program on this computer. Save a copy only if you know who "
            "made it and why, and check it with your antivirus before opening it."
        ).format(name=name, kind=kind)  # kind: core wording (translated with issue 23)
        if self.page.ctx.prompts.confirm(
            self.tr("Not opened"), text, self.tr("Save a Copy…"), warning=True
        ):
            self.save_copy()

    def save_copy(self) -> None:
        cur = self.page.current
        ctl = self.page.ctx.gateway
        if cur is None or cur.kind is not Kind.DOCUMENT or ctl is None:
            return
        from groupkeeper import paths

        out = self.page.ctx.prompts.ask_save_path(
            self.tr("Save a copy of {name}").format(name=cur.file_name),
            paths.documents_dir() / cur.file_name,
            self.tr("All files (*)"),
        )
        if out is None:
            return
        store = ctl.store

        def work() -> Path:
            with store.session() as s:
                return library.save_file(s, cur.id, out)

        def done(path: object) -> None:
            self.page.ctx.status(self.tr("Saved {path}").format(path=path), 8000)

        run_task(
            self.page.ctx.pool,
            work,
            done,
            lambda m: self.page.ctx.prompts.notify(self.tr("Could not save the copy"), m),
        )
