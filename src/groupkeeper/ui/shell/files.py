"""Opening and starting group files from the window: File > Open, Open Recent, New, and the
passphrase asked while it is wrong."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from groupkeeper import FILE_SUFFIX, i18n, paths, recent
from groupkeeper.errors import GroupKeeperError
from groupkeeper.group.service import save_group
from groupkeeper.schedule import service
from groupkeeper.store import (
    DamagedFileError,
    GroupStore,
    PassphraseNeededError,
    StoreError,
    WrongPassphraseError,
    open_store,
)
from groupkeeper.ui.kit.fonts import BIG, heading
from groupkeeper.ui.shell.prompts import FILE_FILTER

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.shell.welcome import WelcomeDialog


def create_group_file(path: Path, welcome: WelcomeDialog, today: date | None = None) -> GroupStore:
    """Create a new group file from the answers in the welcome dialog."""
    info = welcome.group_info()
    # The roles and meeting format a new file starts with are named in the group's language.
    with i18n.speaking(i18n.group_locale(info.language, info.country)):
        store = open_store(path, create=True)
    try:
        with store.session() as s, s.begin():
            info = save_group(s, info)
            service.create_series(s, welcome.first_series(today))
            if welcome.starter.isChecked():
                from groupkeeper.library.starter import add_starter

                add_starter(s, info.country)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


class FileFlows(QObject):
    def __init__(
        self,
        ctx: AppContext,
        set_store: Callable[[GroupStore], None],
        offer_backup: Callable[[Path, str, str | None], None],
    ) -> None:
        super().__init__(ctx)
        self.ctx, self.set_store, self.offer_backup = ctx, set_store, offer_backup

    def open_file(self, path: Path, passphrase: str | None = None) -> bool:
        """Open ``path`` in this window, asking for its passphrase while the answer is wrong."""
        path = Path(path).expanduser().absolute()
        current = self.ctx.gateway.store if self.ctx.gateway is not None else None
        if current is not None and current.path == path:
            self.ctx.status(self.tr("{name} is already open").format(name=path.name), 0)
            return True
        wrong = False
        while True:
            try:
                store = open_store(path, passphrase=passphrase)
                break
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                wrong = isinstance(exc, WrongPassphraseError)
                passphrase = self.ctx.prompts.ask_passphrase(path, wrong)
                if passphrase is None:
                    return False
            except DamagedFileError as exc:
                self.offer_backup(path, exc.message, passphrase)
                return False
            except StoreError as exc:
                if not path.exists():
                    recent.forget(path)
                self.ctx.prompts.notify(self.tr("Could not open the file"), exc.message)
                return False
        self.set_store(store)
        self.ctx.status(self.tr("Opened {name}").format(name=path.name), 5000)
        return True

    def open_dialog(self) -> None:
        path = self.ctx.prompts.ask_open_path()
        if path is not None:
            self.open_file(path)

    def new_file(self) -> None:
        path = self.ctx.prompts.ask_save_path(
            self.tr("Start a new group file"), paths.data_dir() / f"my-group{FILE_SUFFIX}",
            FILE_FILTER,
        )  # fmt: skip
        if path is None:
            return
        if path.suffix != FILE_SUFFIX:
            path = path.with_suffix(FILE_SUFFIX)
        if path.exists():
            self.ctx.prompts.notify(
                self.tr("File already exists"),
                self.tr("{path} already exists. To use it, choose File > Open.").format(path=path),
            )
            return
        from groupkeeper.ui.shell.welcome import WelcomeDialog

        welcome = WelcomeDialog(
            self.ctx.parent_widget, ask_open_path=self.ctx.prompts.ask_open_path
        )
        self.ctx.dialog = welcome

        def create() -> None:
            try:
                store = create_group_file(path, welcome, self.ctx.today)
            except GroupKeeperError as exc:
                self.ctx.prompts.notify(self.tr("Could not create the file"), exc.message)
                return
            self.set_store(store)

        def finished(result: int) -> None:
            if result == WelcomeDialog.OPEN_EXISTING and welcome.chosen is not None:
                self.open_file(welcome.chosen)  # the file they already have: nothing made

        welcome.accepted.connect(create)
        welcome.finished.connect(finished)
        welcome.open()

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        items = recent.recent_files()
        if not items:
            empty = menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
        for number, path in enumerate(items, start=1):
            action = menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))

    def empty_page(self) -> QWidget:
        """What the window shows with no file open: start a new group, or open one."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("No group file is open"))
        heading(title, BIG)
        hint = QLabel(
            self.tr("Start a new group, or open a group file (for example from a USB stick).")
        )
        new = QPushButton(self.tr("Start a new group…"))
        new.clicked.connect(self.new_file)
        opener = QPushButton(self.tr("Open a group file…"))
        opener.clicked.connect(self.open_dialog)
        for w in (title, hint, new, opener):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        for b in (new, opener):
            b.setMinimumSize(260, 44)
        layout.addStretch(2)
        return page
