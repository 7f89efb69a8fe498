"""What a page, flow or dialog gets instead of the window.

The window builds one :class:`AppContext` and hands it to every section page and feature flow.
Through it they read and change the open file (each change one labelled undo step), hear that
something changed, ask the person things (``prompts``), run work off the window's thread
(``pool``), show another section, and say things in the status line. None of them knows the
window, so no feature imports the shell and the shell imports features only to build them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError
from groupkeeper.group.service import GroupInfo, get_group
from groupkeeper.store.database import GroupStore
from groupkeeper.store.undo import Step, UndoError

if TYPE_CHECKING:
    from groupkeeper.privatetemp import PrivateTemp
    from groupkeeper.ui.shell.actions import Actions
    from groupkeeper.ui.shell.prompts import Prompts
    from groupkeeper.ui.work.workers import Pool

T = TypeVar("T")
F = TypeVar("F")


class Gateway(QObject):
    """The one way the window reads and changes the open file, over the store's one undo
    history. Every change runs in one transaction that the store records as one labelled
    step (``store.change``), and ``changed`` tells the views to reload. No ORM object
    outlives its session."""

    changed = Signal()
    history_changed = Signal()
    """The next undo or redo changed: the Edit menu's words follow."""
    replayed = Signal(str, str)
    """An undo or redo was done: what (in words, "Undid: Delete …") and its section."""

    def __init__(self, store: GroupStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def read(self, fn: Callable[[Session], T]) -> T:
        with self.store.session() as s:
            return fn(s)

    def write(self, label: str, fn: Callable[[Session], T], section: str = "schedule") -> T:
        """Run ``fn`` in one transaction, recorded as one undoable step named ``label``.
        The caller tells the views (``changed``) when it is ready for them to reload."""
        with self.store.change(label, section) as s:
            result = fn(s)
        self.history_changed.emit()
        return result

    def try_write(
        self, label: str, fn: Callable[[Session], object], section: str = "schedule"
    ) -> str | None:
        """Run ``fn`` as one undoable step and tell the views; on a problem a person can fix,
        nothing is saved and the problem is returned in words, for the form to show."""
        try:
            self.write(label, fn, section)
        except GroupKeeperError as exc:
            return exc.message
        self.changed.emit()
        return None

    def group(self) -> GroupInfo | None:
        return self.read(get_group)

    # ------------------------------------------------------------- the history

    def undo_label(self) -> str | None:
        step = self.store.history.next_undo
        return step.label if step else None

    def redo_label(self) -> str | None:
        step = self.store.history.next_redo
        return step.label if step else None

    def undo(self) -> str | None:
        """Undo the newest step; the problem in words if it could not be (nothing changed)."""
        return self._replay(self.store.undo, self.tr("Undid: {what}"))

    def redo(self) -> str | None:
        return self._replay(self.store.redo, self.tr("Redid: {what}"))

    def _replay(self, play: Callable[[], Step], said: str) -> str | None:
        try:
            step = play()
        except UndoError as exc:
            return exc.message
        self.changed.emit()
        self.history_changed.emit()
        self.replayed.emit(said.format(what=step.label), step.section)
        return None


class AppContext(QObject):
    """The window's services for its pages and flows (see the module docstring)."""

    file_changed = Signal()
    """A different file, or none, is now open (``gateway`` was replaced)."""
    changed = Signal()
    """The open file's records changed: views reload."""
    state_changed = Signal()
    """A selection or the history changed: the actions' enabled state follows."""
    locked_changed = Signal(bool)
    """The window locked (True) or was unlocked: private things are put away."""

    def __init__(
        self,
        parent: QWidget,
        prompts: Prompts,
        actions: Actions,
        pool: Pool,
        temp: PrivateTemp,
        today: date,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.prompts = prompts
        self.actions = actions
        self.pool = pool
        self.temp = temp
        self.today = today
        self.gateway: Gateway | None = None
        self.dialog: QDialog | QMessageBox | None = None
        """The dialog now open: for focus and for tests, which answer it."""
        self.language = "en"
        """The group's language, for dates shown in words."""
        self.title = ""
        """The group's name (the file's name if it has none yet)."""
        self.locked = False
        self.last_export: Path | None = None
        self._flows: dict[object, object] = {}
        self._show: Callable[[str], QWidget] | None = None
        self._built: Callable[[str], QWidget | None] | None = None
        self._status: Callable[[str, int], None] | None = None
        self.notice: Callable[[str], None] | None = None
        """The shell's one-line notice across the top of the window."""

    def bind(
        self,
        show: Callable[[str], QWidget],
        built: Callable[[str], QWidget | None],
        status: Callable[[str, int], None],
    ) -> None:
        """The shell's part: how to show a section, find one already built, and say a line."""
        self._show, self._built, self._status = show, built, status

    # ------------------------------------------------------------- the open file

    def open_gateway(self, gateway: Gateway | None) -> None:
        if self.gateway is not None:
            self.gateway.changed.disconnect(self.changed)
            self.gateway.history_changed.disconnect(self.state_changed)
        self.gateway = gateway
        if gateway is not None:
            gateway.changed.connect(self.changed)
            gateway.history_changed.connect(self.state_changed)
            group = gateway.group()
            self.language = group.language if group else "en"
            self.title = group.name if group else gateway.store.path.stem
        self.file_changed.emit()

    def reread_group(self) -> bool:
        """Read the group's name and language again; True when either changed."""
        group = self.data.group()
        title = group.name if group else self.data.store.path.stem
        language = group.language if group else "en"
        if (title, language) == (self.title, self.language):
            return False
        self.title, self.language = title, language
        return True

    @property
    def has_file(self) -> bool:
        return self.gateway is not None and not self.locked

    @property
    def data(self) -> Gateway:
        """The open file's gateway; callers check ``has_file`` (actions are off without one)."""
        assert self.gateway is not None, "no file is open"
        return self.gateway

    def read(self, fn: Callable[[Session], T]) -> T:
        return self.data.read(fn)

    def try_write(
        self, label: str, fn: Callable[[Session], object], section: str = "schedule"
    ) -> str | None:
        return self.data.try_write(label, fn, section)

    def save(self, label: str, fn: Callable[[Session], T], section: str = "schedule") -> T | None:
        """Run ``fn`` as one undoable step named ``label`` and tell the views; a problem is
        shown in words and nothing is saved (None)."""
        try:
            result = self.data.write(label, fn, section)
        except GroupKeeperError as exc:
            self.prompts.notify(self.tr("Not saved"), exc.message)
            return None
        self.data.changed.emit()
        return result

    # ------------------------------------------------------------- the window's parts

    def show(self, section: str) -> QWidget:
        """Bring ``section`` to the front and return its page (built the first time)."""
        assert self._show is not None
        return self._show(section)

    def built(self, section: str) -> QWidget | None:
        """The section's page if it has been built, without building it."""
        assert self._built is not None
        return self._built(section)

    def status(self, text: str, ms: int = 0) -> None:
        if self._status is not None:
            self._status(text, ms)

    def tell(self, text: str) -> None:
        """News a person should not miss but need not answer ("Saved a backup to …", "Added
        Tuesday meeting."): across the top of the window, where they are looking, as well
        as in the status line."""
        self.status(text, 10000)
        if self.notice is not None:
            self.notice(text)

    def sync_actions(self, *_args: object) -> None:
        self.state_changed.emit()

    def flow(self, make: Callable[[AppContext], F]) -> F:
        """The one instance of a feature's flows (``make`` is its class), made on first use."""
        found = self._flows.get(make)
        if found is None:
            found = self._flows[make] = make(self)
        return found  # type: ignore[return-value]

    def saved(self, path: object, offer: bool = True) -> None:
        """A file was saved for the person: say where, and offer to open it or its folder."""
        self.last_export = Path(str(path))
        self.status(self.tr("Saved {path}").format(path=path), 8000)
        if offer:
            self.dialog = self.prompts.offer_open(self.last_export)

    def open_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` window-modal and remember it as the dialog now open."""
        self.dialog = dialog
        dialog.open()
