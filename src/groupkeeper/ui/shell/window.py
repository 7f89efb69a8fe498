"""The main window: the shell that holds the sections, the menus and the open file.

The shell builds the context (:mod:`groupkeeper.ui.context`) and the action registry, lets each
feature register its actions, builds the menus from them, shows the section pages (each built
the first time it is shown) and opens, locks and closes files. Everything a section does lives
in its own package under ``ui/``.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper import APP_NAME, preferences, recent
from groupkeeper.privatetemp import PrivateTemp
from groupkeeper.store import (
    GroupStore,
)
from groupkeeper.ui.context import AppContext, Gateway
from groupkeeper.ui.kit import screen
from groupkeeper.ui.schedule.page import SchedulePage
from groupkeeper.ui.shell.actions import Actions, ActionSpec
from groupkeeper.ui.shell.files import FileFlows
from groupkeeper.ui.shell.prompts import Prompts

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from groupkeeper.ui.home.page import HomePage
    from groupkeeper.ui.library.page import LibraryPage
    from groupkeeper.ui.pairing.page import PairingsPage
    from groupkeeper.ui.roster.pages import MembersPage, RosterPage
    from groupkeeper.ui.safety.dialogs import LockPage
    from groupkeeper.ui.work.workers import Pool

# Pages and dialogs are imported when first shown: start-up only pays for what is on screen.

SECTIONS = ("home", "schedule", "members", "roster", "library", "pairings")


def _make_page(key: str, ctx: AppContext) -> QWidget:
    if key == "home":
        from groupkeeper.ui.home.page import HomePage

        return HomePage(ctx)
    if key == "library":
        from groupkeeper.ui.library.page import LibraryPage

        return LibraryPage(ctx)
    if key == "pairings":
        from groupkeeper.ui.pairing.page import PairingsPage

        return PairingsPage(ctx)
    from groupkeeper.ui.roster import pages

    return pages.MembersPage(ctx) if key == "members" else pages.RosterPage(ctx)


class MainWindow(QMainWindow):
    SECTIONS = SECTIONS

    def __init__(
        self,
        store: GroupStore | None = None,
        pool: Pool | None = None,
        today: date | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.today = today or date.today()
        self.remember = remember
        self.temp = PrivateTemp()  # copies opened in other programs, the export preview
        self.prompts = Prompts(self)
        self.registry = Actions(self)
        self.ctx = AppContext(
            self, self.prompts, self.registry, pool or QThreadPool.globalInstance(), self.temp,
            self.today,
        )  # fmt: skip
        self.ctx.bind(self.show_section, self._built, self._say)
        self.files = FileFlows(
            self.ctx, self.set_store, lambda *a: self.safety.offer_backup_for_damaged(*a)
        )
        screen.place_window(self, preferences.window_geometry())
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set(SECTIONS)
        self._register_actions()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.files.empty_page())
        self.stack.addWidget(self._build_sections())
        self._build_menus()
        self._lock_page: LockPage | None = None  # built the first time the window locks
        self.setCentralWidget(self.stack)
        self.statusBar()
        self.ctx.state_changed.connect(self._sync_actions)
        self.ctx.changed.connect(self.refresh)
        self.set_store(store, remember=remember)

    # ------------------------------------------------------------------ building

    def _register_actions(self) -> None:
        from groupkeeper.ui import i18n
        from groupkeeper.ui.export import actions as export_actions
        from groupkeeper.ui.group import actions as group_actions
        from groupkeeper.ui.interchange import actions as interchange_actions
        from groupkeeper.ui.library import actions as library_actions
        from groupkeeper.ui.pairing import actions as pairing_actions
        from groupkeeper.ui.roster import actions as roster_actions
        from groupkeeper.ui.safety.controller import FileSafety
        from groupkeeper.ui.schedule import actions as schedule_actions

        tr, add = self.tr, self.registry.add
        add(ActionSpec("new_file", tr("&New group file…"), self.files.new_file,
                       QKeySequence.StandardKey.New, needs_file=False))  # fmt: skip
        add(ActionSpec("open", tr("&Open…"), self.files.open_dialog, QKeySequence.StandardKey.Open,
                       needs_file=False))  # fmt: skip
        add(ActionSpec("quit", tr("&Quit"), self.close, QKeySequence.StandardKey.Quit,
                       needs_file=False))  # fmt: skip
        for key, text, keys, tip in (
            ("home", tr("&Home"), "Ctrl+Shift+H", tr("The next meeting and who serves at it")),
            ("schedule", tr("&Schedule"), "Ctrl+Shift+S", ""),
            ("members", tr("M&embers"), "Ctrl+Shift+E", ""),
            ("roster", tr("&Roster"), "Ctrl+Shift+R", ""),
            ("library", tr("&Library"), "Ctrl+Shift+L", ""),
            ("pairings", tr("&Pairings"), "Ctrl+Shift+P",
             tr("Who is waiting for a sponsor or mentor, and active pairings")),
        ):  # fmt: skip
            add(ActionSpec(key, text, partial(self.show_section, key), keys, tip, ("view:1",)))
        for key, text, keys in (("upcoming", tr("&Upcoming"), "Ctrl+1"),
                                ("month", tr("&Month"), "Ctrl+2")):  # fmt: skip
            add(ActionSpec(key, text, partial(self.show_view, key), keys, "", ("view:2",)))
        self.safety = FileSafety(self.ctx, self)
        self.safety.locked_changed.connect(self.ctx.locked_changed)
        for register in (schedule_actions.register, export_actions.register,
                         roster_actions.register, interchange_actions.register,
                         library_actions.register, pairing_actions.register,
                         group_actions.register, i18n.register):  # fmt: skip
            register(self.ctx)

    def _build_menus(self) -> None:
        bar, act = self.menuBar(), self.registry
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(act["new_file"])
        file_menu.addAction(act["open"])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent(self.recent_menu))
        file_menu.addSeparator()
        act.fill_menu(file_menu, "file")
        file_menu.addSeparator()
        act.fill_menu(file_menu.addMenu(self.tr("&Import")), "import")
        file_menu.addAction(act["print"])
        act.fill_menu(file_menu.addMenu(self.tr("&Export")), "export")
        file_menu.addSeparator()
        file_menu.addAction(act["quit"])
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        act.fill_menu(self.edit_menu, "edit")
        for name, title in (
            ("meetings", self.tr("&Meetings")), ("roster", self.tr("&Roster")),
            ("library", self.tr("&Library")), ("pairings", self.tr("&Pairings")),
            ("view", self.tr("&View")),
        ):  # fmt: skip
            act.fill_menu(bar.addMenu(title), name)
        act.fill_menu(bar.addMenu(self.tr("&Settings")), "settings")

    def _build_sections(self) -> QWidget:
        """The sections as tabs. All but Schedule are built the first time they are shown, so
        start-up only pays for what is on screen."""
        from groupkeeper.ui.kit.notice import Notice
        from groupkeeper.ui.work.undo import UndoActions

        self.sections = QTabWidget()
        self._holders: dict[str, QWidget] = {}
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setDocumentMode(True)
        self.schedule = SchedulePage(self.ctx)
        self._pages["schedule"] = self.schedule
        for key, label in (
            ("home", self.tr("Home")), ("schedule", self.tr("Schedule")),
            ("members", self.tr("Members")), ("roster", self.tr("Roster")),
            ("library", self.tr("Library")), ("pairings", self.tr("Pairings")),
        ):  # fmt: skip
            holder = self.schedule if key == "schedule" else QWidget()
            if key != "schedule":
                QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            self.sections.addTab(screen.scrolling(holder), label)  # small screens scroll
        self.sections.currentChanged.connect(self._section_changed)
        self.notice = Notice(self)
        self.ctx.notice = self.notice.show_text
        self.history = UndoActions(self.ctx, self.notice, SECTIONS, self.section)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.sections, 1)
        return holder

    # ------------------------------------------------------------------ sections

    def _page(self, key: str) -> QWidget:
        if key not in self._pages:
            page = _make_page(key, self.ctx)
            layout = self._holders[key].layout()
            assert layout is not None
            layout.addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    def _built(self, key: str) -> QWidget | None:
        return self._pages.get(key)

    @property
    def home_page(self) -> HomePage:
        return cast("HomePage", self._page("home"))

    @property
    def members_page(self) -> MembersPage:
        return cast("MembersPage", self._page("members"))

    @property
    def roster_page(self) -> RosterPage:
        return cast("RosterPage", self._page("roster"))

    @property
    def library_page(self) -> LibraryPage:
        return cast("LibraryPage", self._page("library"))

    @property
    def pairings_page(self) -> PairingsPage:
        return cast("PairingsPage", self._page("pairings"))

    def section(self) -> str:
        return SECTIONS[self.sections.currentIndex()]

    def show_section(self, key: str) -> QWidget:
        self.sections.setCurrentIndex(SECTIONS.index(key))
        self._section_changed(self.sections.currentIndex())
        return self._page(key)

    def show_view(self, which: str) -> None:
        """Show a section (home, members, roster…) or a schedule view (upcoming, month)."""
        if which in ("upcoming", "month"):
            self.schedule.show_view(which)
            which = "schedule"
        self.show_section(which)

    def _section_changed(self, index: int) -> None:
        key = SECTIONS[index]
        if key != "schedule" and self.ctx.gateway is not None and key in self._stale:
            page = self._page(key)
            page.refresh()  # type: ignore[attr-defined]
            self._stale.discard(key)
        self._sync_actions()

    def refresh(self) -> None:
        """The file changed: the schedule now, the other pages when next shown."""
        if self.ctx.gateway is None:
            return
        if self.ctx.reread_group():  # renamed, or another language: everywhere, undo too
            self.set_store_title()
            self.schedule.file_opened()
        else:
            self.schedule.refresh()
        self._stale = {k for k in SECTIONS if k != "schedule"}
        self._section_changed(self.sections.currentIndex())

    def _sync_actions(self, *_args: object) -> None:
        self.registry.sync(self.ctx.has_file)
        self.history.sync()
        self.safety.sync()

    def _say(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    # ------------------------------------------------------------------ file handling

    @property
    def controller(self) -> Gateway | None:
        """The open file's gateway (None with no file open)."""
        return self.ctx.gateway

    def set_store(self, store: GroupStore | None, *, remember: bool = True) -> None:
        """Show ``store`` (or the empty page); the previous file is closed.

        ``remember=False`` leaves the Open Recent list alone (the screenshot command).
        """
        old = self.ctx.gateway
        if old is not None:
            self.temp.clear()
            self.safety.close_store(old.store)
            self.ctx.open_gateway(None)
            old.deleteLater()
        self.safety.locked = self.ctx.locked = False
        self.menuBar().setEnabled(True)
        if store is None:
            self.stack.setCurrentIndex(0)
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")
            self._sync_actions()
            return
        self.ctx.open_gateway(Gateway(store, self))
        self.set_store_title()
        self.stack.setCurrentIndex(1)
        if remember:
            recent.remember(store.path)
        self._stale = set(SECTIONS)
        self.schedule.file_opened()
        self._section_changed(self.sections.currentIndex())
        self.safety.opened(store)

    def open_file(self, path: Path, passphrase: str | None = None) -> bool:
        """Open ``path`` in this window, asking for its passphrase while the answer is wrong.

        A file whose closing backup is still being written opens as soon as it is (True)."""
        if self.safety.is_busy(path := Path(path)):
            self._say(self.tr("{name} opens once its backup is written…").format(name=path.name), 0)
            self.safety.when_free(path, partial(self._open_later, path, passphrase))
            return True
        return self.files.open_file(path, passphrase)

    def _open_later(self, path: Path, passphrase: str | None) -> None:
        self.files.open_file(path, passphrase)

    @property
    def lock_page(self) -> LockPage:
        if self._lock_page is None:
            from groupkeeper.ui.safety.dialogs import LockPage

            self._lock_page = LockPage()
            self._lock_page.unlock_requested.connect(self._unlock)
            self.stack.addWidget(self._lock_page)
        return self._lock_page

    def show_locked(self, locked: bool, file_name: str) -> None:
        """Hide everything behind the lock page, or bring the group back."""
        self.ctx.locked = locked
        self.menuBar().setEnabled(not locked)
        if locked:
            self.temp.clear()  # decrypted copies must not outlive the lock
            self.lock_page.reset(file_name)
            self.stack.setCurrentWidget(self.lock_page)
            self.setWindowTitle(f"{APP_NAME} — locked")
            self.setWindowFilePath("")
        else:
            self.set_store_title()
            self.stack.setCurrentIndex(1)
        self._sync_actions()

    def _unlock(self, passphrase: str) -> None:
        if not self.safety.try_unlock(passphrase):
            self.lock_page.error.setVisible(True)
            self.lock_page.field.selectAll()

    def set_store_title(self) -> None:
        if self.ctx.gateway is None:
            return
        path = self.ctx.gateway.store.path
        self.setWindowFilePath(str(path))
        self.setWindowTitle(f"{self.ctx.title or path.stem} — {path.name} — {APP_NAME}")

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work under way stops at its next check (an attach: between chunks and pages) before
        # the file closes; bounded, so a stuck task cannot keep the app from quitting.
        from groupkeeper.ui.work.ops import cancel_all

        cancel_all()
        if self.remember:  # not the screenshot command's window
            preferences.set_window_geometry(bytes(self.saveGeometry().data()))
        if "library" in self._pages:
            self.library_page.files.stop()
        if isinstance(self.ctx.pool, QThreadPool):
            self.ctx.pool.waitForDone(10_000)
        if self.ctx.gateway is not None:
            self.set_store(None)
        # A changed file's closing backup runs in the pool: the window stays live and the app
        # quits only once it is written (the file stays locked until then).
        self.safety.wait_until_idle()
        if isinstance(self.ctx.pool, QThreadPool):
            self.ctx.pool.waitForDone(10_000)
        event.accept()
