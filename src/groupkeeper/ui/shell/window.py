"""The main window: the group's meetings on the left, Upcoming and Month views on the right."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QThreadPool, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper import APP_NAME, FILE_SUFFIX, paths, recent
from groupkeeper.errors import GroupKeeperError
from groupkeeper.export.documents import Document, Request
from groupkeeper.group.service import save_group
from groupkeeper.privatetemp import PrivateTemp
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Occurrence, Status
from groupkeeper.store import (
    DamagedFileError,
    GroupStore,
    PassphraseNeededError,
    StoreError,
    WrongPassphraseError,
    open_store,
)
from groupkeeper.ui.kit.tables import MonthModel, SeriesListModel, UpcomingModel, setup_table
from groupkeeper.ui.schedule.controller import ScheduleController
from groupkeeper.ui.work.workers import Pool, run_task

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from groupkeeper.roster.service import MemberRecord
    from groupkeeper.ui.home.page import HomePage
    from groupkeeper.ui.library.page import LibraryPage
    from groupkeeper.ui.pairing.page import PairingsPage
    from groupkeeper.ui.roster.pages import MembersPage, RosterPage
    from groupkeeper.ui.safety.dialogs import LockPage
    from groupkeeper.ui.schedule.dialogs import SeriesDialog
    from groupkeeper.ui.shell.welcome import WelcomeDialog

# Dialogs are imported when first opened: start-up only pays for the main window.

FILE_FILTER = "GroupKeeper group files (*.groupkeeper);;All files (*)"


def _file_stem(name: str) -> str:
    """A name fit to start a file name: no folder separators or characters Windows refuses."""
    return "".join(" " if c in '\\/:*?"<>|' else c for c in name).strip() or "Group"


def create_group_file(path: Path, welcome: WelcomeDialog, today: date | None = None) -> GroupStore:
    """Create a new group file from the answers in the welcome dialog."""
    store = open_store(path, create=True)
    try:
        with store.session() as s, s.begin():
            info = save_group(s, welcome.group_info())
            service.create_series(s, welcome.first_series(today))
            if welcome.starter.isChecked():
                from groupkeeper.library.starter import add_starter

                add_starter(s, info.country)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    return store


class MainWindow(QMainWindow):
    def __init__(
        self,
        store: GroupStore | None = None,
        pool: Pool | None = None,
        today: date | None = None,
        remember: bool = True,
    ) -> None:
        super().__init__()
        self.pool: Pool = pool or QThreadPool.globalInstance()
        self.controller: ScheduleController | None = None
        self.dialog: QDialog | None = None  # the dialog now open, for tests and focus
        self.last_export: Path | None = None
        self._last_document = Document.PACKET
        self.temp = PrivateTemp()  # copies opened in other programs, the export preview
        self._month_stale = True
        self.today = today or date.today()
        self.resize(1180, 760)

        self.series_model = SeriesListModel(self)
        self.upcoming_model = UpcomingModel(self)
        self.month_model = MonthModel(self)

        self._build_actions()
        from groupkeeper.ui.safety.controller import FileSafety

        self.safety = FileSafety(self)
        self._build_menus()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_empty_page())
        self.stack.addWidget(self._build_sections())
        self._lock_page: LockPage | None = None  # built the first time the window locks
        self.setCentralWidget(self.stack)
        self.statusBar()
        self.set_store(store, remember=remember)

    # ------------------------------------------------------------------ building

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.act_new_file = self._action(
            tr("&New group file…"), self.new_file, QKeySequence.StandardKey.New
        )
        self.act_open = self._action(tr("&Open…"), self.open_dialog, QKeySequence.StandardKey.Open)
        self.act_print = self._action(
            tr("&Print or export…"), lambda: self.export(None), "Ctrl+P",
            tr("Every document in one place, with a preview of its first page"),
        )  # fmt: skip
        self.act_packet = self._action(
            tr("Meeting &packet…"), lambda: self.export(Document.PACKET), "Ctrl+Shift+W",
            tr("Who serves, the topic, the format with its readings, and the weeks ahead"),
        )  # fmt: skip
        self.act_sign_in = self._action(
            tr("&Sign-in sheet…"), lambda: self.export(Document.SIGN_IN)
        )
        self.act_phone_list = self._action(
            tr("P&hone list (private)…"), lambda: self.export(Document.PHONE_LIST), None,
            tr("Only the members who agreed to be on it"),
        )  # fmt: skip
        self.act_flyer = self._action(
            tr("&Schedule flyer…"), lambda: self.export(Document.FLYER), None,
            tr("Print the meetings and changed dates for the notice board"),
        )  # fmt: skip
        self.act_quit = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self._action(
            tr("&Undo"), self.undo, QKeySequence.StandardKey.Undo,
            tr("Undo the last change, wherever in the window it was made"),
        )  # fmt: skip
        self.redo_action = self._action(
            tr("&Redo"), self.redo, QKeySequence.StandardKey.Redo, tr("Do again what was undone")
        )
        self.act_add = self._action(
            tr("&New meeting…"), self.add_series, "Ctrl+Shift+N", tr("Add a meeting series")
        )
        self.act_edit = self._action(
            tr("&Edit meeting…"), self.edit_series, "Ctrl+E", tr("Change the selected meeting")
        )
        self.act_delete = self._action(
            tr("&Delete meeting…"),
            self.delete_series,
            "Ctrl+Delete",
            tr("Delete the selected meeting series"),
        )
        self.act_cancel = self._action(
            tr("&Cancel this date…"),
            self.cancel_selected,
            "Ctrl+K",
            tr("Cancel one date, with a note"),
        )
        self.act_move = self._action(
            tr("&Move this date…"),
            self.move_selected,
            "Ctrl+Shift+K",
            tr("Move one date to another day or time"),
        )
        self.act_meeting_note = self._action(
            tr("&Topic and notes…"), lambda: self.edit_meeting_note(self.selected_occurrence()),
            "Ctrl+Shift+T", tr("This meeting's topic, announcements and note to the facilitator"),
        )  # fmt: skip
        self.act_meeting_packet = self._action(
            tr("Print this meeting's &packet…"),
            lambda: self.export(Document.PACKET, self.selected_occurrence()),
        )
        self.act_formats = self._action(
            tr("Meeting &formats…"), self.edit_formats, None,
            tr("The script of each meeting: its parts, readings, who reads and timings"),
        )  # fmt: skip
        self.act_restore = self._action(
            tr("&Restore this date"),
            self.restore_selected,
            "Ctrl+R",
            tr("Undo the cancellation or move of one date"),
        )
        self.act_upcoming = self._action(
            tr("&Upcoming"), lambda: self.show_view("upcoming"), "Ctrl+1"
        )
        self.act_month = self._action(tr("&Month"), lambda: self.show_view("month"), "Ctrl+2")
        self.act_home = self._action(
            tr("&Home"), lambda: self.show_section("home"), "Ctrl+Shift+H",
            tr("The next meeting and who serves at it"),
        )  # fmt: skip
        self.act_schedule = self._action(
            tr("&Schedule"), lambda: self.show_section("schedule"), "Ctrl+Shift+S"
        )
        self.act_members = self._action(
            tr("M&embers"), lambda: self.show_section("members"), "Ctrl+Shift+E"
        )
        self.act_roster = self._action(
            tr("&Roster"), lambda: self.show_section("roster"), "Ctrl+Shift+R"
        )
        self.act_add_member = self._action(
            tr("&Add member…"), lambda: self.members_page.add_member(), "Ctrl+Shift+M",
            tr("Add someone to the group's members"),
        )  # fmt: skip
        self.act_edit_member = self._action(
            tr("&Edit member…"), lambda: self.members_page.edit_member(), None,
            tr("Change the selected member"),
        )  # fmt: skip
        self.act_delete_member = self._action(
            tr("&Delete member…"), lambda: self.members_page.delete_member(), None,
            tr("Delete the selected member (asks first)"),
        )  # fmt: skip
        self.act_import_members = self._action(
            tr("&Import members from CSV…"), lambda: self.members_page.import_csv(), None,
            tr("Add members from a spreadsheet saved as CSV"),
        )  # fmt: skip
        self.act_fill = self._action(
            tr("&Fill roster…"), self.fill_roster, "Ctrl+Shift+F",
            tr("Choose who serves, fairly, for a range of dates"),
        )  # fmt: skip
        self.act_export_roster = self._action(
            tr("&Roster calendar…"), lambda: self.export(Document.ROSTER), None,
            tr("Print the roster as a month calendar for the notice board"),
        )  # fmt: skip
        self.act_export_roster_csv = self._action(
            tr("Roster as &CSV (spreadsheet)…"), lambda: self.export_roster("csv")
        )
        self.act_export_ics = self._action(
            tr("&Calendar (.ics)…"), self.export_calendar, None,
            tr("The meetings, or one member's service dates, for phone and computer calendars"),
        )  # fmt: skip
        self.act_export_meeting_list = self._action(
            tr("Meeting &list for the intergroup (.json)…"), self.export_meeting_list, None,
            tr("The meetings in the Meeting Guide format that intergroup websites read"),
        )  # fmt: skip
        self.act_import_meeting_list = self._action(
            tr("&Import meetings from a meeting list (.json)…"), self.import_meeting_list, None,
            tr("Add the group's meetings from an intergroup's Meeting Guide list"),
        )  # fmt: skip
        self.act_library = self._action(
            tr("&Library"), lambda: self.show_section("library"), "Ctrl+Shift+L"
        )
        self.act_new_reading = self._action(
            tr("New &reading…"), lambda: self._new_library_item("READING")
        )
        self.act_new_contact = self._action(
            tr("New referral &contact…"), lambda: self._new_library_item("CONTACT")
        )
        self.act_new_book = self._action(
            tr("New &book for the lending shelf…"), lambda: self._new_library_item("BOOK")
        )
        self.act_attach = self._action(
            tr("&Attach files to the library…"), lambda: self._in_library().files.choose(), None,
            tr("Keep PDFs, images and documents inside the group file (up to 25 MB each)"),
        )  # fmt: skip
        self.act_export_resources = self._action(
            tr("Resource &handout…"), lambda: self.export(Document.HANDOUT), None,
            tr("Print readings, where to get help and the crisis lines to hand out"),
        )  # fmt: skip
        self.act_pairings = self._action(
            tr("&Pairings"), lambda: self.show_section("pairings"), "Ctrl+Shift+P",
            tr("Who is waiting for a sponsor or mentor, and active pairings"),
        )  # fmt: skip
        self.act_new_request = self._action(
            tr("New &request for a sponsor or mentor…"),
            lambda: self._in_pairings().flows.new_request(),
        )
        self.act_suggest = self._action(
            tr("&Suggest for everyone waiting…"), lambda: self._in_pairings().flows.suggest_all()
        )
        self.act_conventions = self._action(
            tr("Pairing &conventions…"), lambda: self._in_pairings().flows.edit_conventions(), None,
            tr("How the group pairs people: same gender, minimum experience, language"),
        )  # fmt: skip
        self.act_export_pairings = self._action(
            tr("&Pairing list (confidential)…"), lambda: self.export(Document.PAIRINGS), None,
            tr("Print the confidential list of pairings; never part of other exports"),
        )  # fmt: skip

    def _button(self, text: str, action: QAction) -> QPushButton:
        """A big button that runs ``action``, greys out with it and names its shortcut."""
        button = QPushButton(text)
        button.setMinimumHeight(34)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{action.toolTip()} ({keys})" if keys else action.toolTip())
        button.setEnabled(action.isEnabled())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return button

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new_file)
        file_menu.addAction(self.act_open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        safety = self.safety
        for action in (safety.act_backup, safety.act_restore, safety.act_handover):
            file_menu.addAction(action)
        file_menu.addAction(safety.act_check)
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("&Import"))
        import_menu.addAction(self.act_import_members)
        import_menu.addAction(self.act_import_meeting_list)
        file_menu.addAction(self.act_print)
        export = file_menu.addMenu(self.tr("&Export"))
        export.addAction(self.act_packet)
        export.addAction(self.act_sign_in)
        export.addAction(self.act_phone_list)
        export.addSeparator()
        export.addAction(self.act_flyer)
        export.addAction(self.act_export_roster)
        export.addAction(self.act_export_roster_csv)
        export.addAction(self.act_export_resources)
        export.addSeparator()
        export.addAction(self.act_export_ics)
        export.addAction(self.act_export_meeting_list)
        export.addSeparator()
        export.addAction(self.act_export_pairings)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        edit = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit
        meetings = bar.addMenu(self.tr("&Meetings"))
        for action in (self.act_add, self.act_edit, self.act_delete):
            meetings.addAction(action)
        meetings.addSeparator()
        for action in (self.act_cancel, self.act_move, self.act_restore):
            meetings.addAction(action)
        meetings.addSeparator()
        for action in (self.act_meeting_note, self.act_meeting_packet, self.act_formats):
            meetings.addAction(action)
        meetings.addSeparator()
        for action in (self.act_export_ics, self.act_export_meeting_list,
                       self.act_import_meeting_list):  # fmt: skip
            meetings.addAction(action)
        people = bar.addMenu(self.tr("&Roster"))
        for action in (self.act_add_member, self.act_edit_member, self.act_delete_member):
            people.addAction(action)
        people.addSeparator()
        people.addAction(self.act_fill)
        people.addAction(self.act_import_members)
        shelf = bar.addMenu(self.tr("&Library"))
        for action in (self.act_new_reading, self.act_new_contact, self.act_new_book,
                       self.act_attach):  # fmt: skip
            shelf.addAction(action)
        shelf.addSeparator()
        shelf.addAction(self.act_export_resources)
        pairs = bar.addMenu(self.tr("&Pairings"))
        for action in (self.act_new_request, self.act_suggest, self.act_conventions):
            pairs.addAction(action)
        pairs.addSeparator()
        pairs.addAction(self.act_export_pairings)
        view = bar.addMenu(self.tr("&View"))
        for action in (self.act_home, self.act_schedule, self.act_members, self.act_roster,
                       self.act_library, self.act_pairings):  # fmt: skip
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.act_upcoming)
        view.addAction(self.act_month)
        settings = bar.addMenu(self.tr("&Settings"))
        for action in (safety.act_protect, safety.act_change, safety.act_unprotect):
            settings.addAction(action)
        settings.addSeparator()
        settings.addAction(safety.act_lock_minutes)
        settings.addAction(safety.act_lock_now)
        settings.addSeparator()
        settings.addAction(self.act_conventions)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("No group file is open"))
        title.setStyleSheet("font-size: 20px; font-weight: 600;")
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

    SECTIONS = ("home", "schedule", "members", "roster", "library", "pairings")

    def _build_sections(self) -> QWidget:
        """Home, Schedule, Members, Roster and Library as tabs. All but Schedule are built the
        first time they are shown, so start-up only pays for what is on screen."""
        self.sections = QTabWidget()
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.setDocumentMode(True)
        self._pages: dict[str, QWidget] = {}
        self._stale: set[str] = set(self.SECTIONS)
        for key, label in (
            ("home", self.tr("Home")), ("schedule", self.tr("Schedule")),
            ("members", self.tr("Members")), ("roster", self.tr("Roster")),
            ("library", self.tr("Library")), ("pairings", self.tr("Pairings")),
        ):  # fmt: skip
            holder = self._build_schedule_page() if key == "schedule" else QWidget()
            if key != "schedule":
                QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.sections.addTab(holder, label)
        self.sections.currentChanged.connect(self._section_changed)
        from groupkeeper.ui.kit.notice import Notice

        self.undo_notice = Notice(self)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.undo_notice)
        layout.addWidget(self.sections, 1)
        return holder

    def _page(self, key: str) -> QWidget:
        if key not in self._pages:
            if key == "home":
                from groupkeeper.ui.home.page import HomePage

                page: QWidget = HomePage(self)
            elif key == "library":
                from groupkeeper.ui.library.page import LibraryPage

                page = LibraryPage(self)
            elif key == "pairings":
                from groupkeeper.ui.pairing.page import PairingsPage

                page = PairingsPage(self)
            else:
                from groupkeeper.ui.roster import pages as roster_pages

                make = {"members": roster_pages.MembersPage, "roster": roster_pages.RosterPage}
                page = make[key](self)
            holder = self.sections.widget(self.SECTIONS.index(key))
            layout = holder.layout() if holder is not None else None
            assert layout is not None
            layout.addWidget(page)
            self._pages[key] = page
        return self._pages[key]

    @property
    def home_page(self) -> HomePage:
        page = self._page("home")
        return page  # type: ignore[return-value]

    @property
    def members_page(self) -> MembersPage:
        page = self._page("members")
        return page  # type: ignore[return-value]

    @property
    def roster_page(self) -> RosterPage:
        page = self._page("roster")
        return page  # type: ignore[return-value]

    @property
    def library_page(self) -> LibraryPage:
        page = self._page("library")
        return page  # type: ignore[return-value]

    @property
    def pairings_page(self) -> PairingsPage:
        page = self._page("pairings")
        return page  # type: ignore[return-value]

    def _in_pairings(self) -> PairingsPage:
        self.show_section("pairings")
        return self.pairings_page

    def _new_library_item(self, kind: str) -> None:
        from groupkeeper.library.models import Kind

        self._in_library().new_item(Kind[kind])

    def _in_library(self) -> LibraryPage:
        self.show_section("library")
        return self.library_page

    def section(self) -> str:
        return self.SECTIONS[self.sections.currentIndex()]

    def show_section(self, key: str) -> None:
        self.sections.setCurrentIndex(self.SECTIONS.index(key))
        self._section_changed(self.sections.currentIndex())

    def _section_changed(self, index: int) -> None:
        key = self.SECTIONS[index]
        if key != "schedule" and self.controller is not None and key in self._stale:
            page = self._page(key)
            page.refresh()  # type: ignore[attr-defined]
            self._stale.discard(key)
        self._sync_actions()

    def _build_schedule_page(self) -> QWidget:
        # Left: the series.
        self.series_view = QListView()
        self.series_view.setModel(self.series_model)
        self.series_view.setAccessibleName(self.tr("Meeting series"))
        self.series_view.setSpacing(3)
        self.series_view.setAlternatingRowColors(True)
        self.series_view.doubleClicked.connect(lambda _i: self.edit_series())
        self.series_view.selectionModel().selectionChanged.connect(self._sync_actions)
        left = QWidget()
        ll = QVBoxLayout(left)
        heading = QLabel(self.tr("Meetings"))
        heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        ll.addWidget(heading)
        ll.addWidget(self.series_view, 1)
        buttons = QHBoxLayout()
        for text, action in (
            (self.tr("Add…"), self.act_add),
            (self.tr("Edit…"), self.act_edit),
            (self.tr("Delete…"), self.act_delete),
        ):
            buttons.addWidget(self._button(text, action))
        ll.addLayout(buttons)

        # Right: Upcoming.
        self.upcoming_view = setup_table(
            QTableView(), self.upcoming_model, self.tr("Upcoming meetings"),
            (140, 150, 190, 80, 150), wrap=False,
        )  # fmt: skip
        self.upcoming_view.selectionModel().selectionChanged.connect(self._sync_actions)
        self.upcoming_view.doubleClicked.connect(lambda _i: self.cancel_selected())
        self.upcoming_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.upcoming_view.customContextMenuRequested.connect(self._upcoming_menu)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(8)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setAccessibleName(self.tr("How many weeks to show"))
        self.weeks.valueChanged.connect(lambda _v: self.refresh_upcoming())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Showing the next")))
        bar.addWidget(self.weeks)
        bar.addStretch(1)
        for text, action in (
            (self.tr("Cancel date…"), self.act_cancel), (self.tr("Move date…"), self.act_move),
            (self.tr("Restore date"), self.act_restore),
        ):  # fmt: skip
            bar.addWidget(self._button(text, action))
        upcoming = QWidget()
        ul = QVBoxLayout(upcoming)
        ul.addLayout(bar)
        ul.addWidget(self.upcoming_view)

        # Right: Month.
        self.month_view = QTableView()
        self.month_view.setModel(self.month_model)
        self.month_view.setAccessibleName(self.tr("Month calendar"))
        self.month_view.verticalHeader().setVisible(False)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.setWordWrap(True)
        self.month_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.month_view.customContextMenuRequested.connect(self._month_menu)
        self.month_title = QLabel()
        self.month_title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.month_title.setAccessibleName(self.tr("Month shown"))
        prev_b = QPushButton(self.tr("◀ Previous"))
        prev_b.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev_b.setToolTip(self.tr("Previous month (Ctrl+Page Up)"))
        prev_b.clicked.connect(lambda: self.step_month(-1))
        today_b = QPushButton(self.tr("This month"))
        today_b.clicked.connect(lambda: self.show_month(self.today))
        next_b = QPushButton(self.tr("Next ▶"))
        next_b.setShortcut(QKeySequence("Ctrl+PgDown"))
        next_b.setToolTip(self.tr("Next month (Ctrl+Page Down)"))
        next_b.clicked.connect(lambda: self.step_month(1))
        mbar = QHBoxLayout()
        mbar.addWidget(prev_b)
        mbar.addWidget(today_b)
        mbar.addWidget(next_b)
        mbar.addSpacing(16)
        mbar.addWidget(self.month_title)
        mbar.addStretch(1)
        month = QWidget()
        ml = QVBoxLayout(month)
        ml.addLayout(mbar)
        ml.addWidget(self.month_view)

        self.tabs = QTabWidget()
        self.tabs.addTab(upcoming, self.tr("&Upcoming"))
        self.tabs.addTab(month, self.tr("Mont&h"))
        self.tabs.setAccessibleName(self.tr("Schedule views"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.group_title = QLabel()
        self.group_title.setStyleSheet("font-size: 22px; font-weight: 700; padding: 4px 2px;")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.group_title)
        rl.addWidget(self.tabs)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 880])
        return splitter

    # ------------------------------------------------------------------ file handling

    def set_store(self, store: GroupStore | None, *, remember: bool = True) -> None:
        """Show ``store`` (or the empty page); the previous file is closed.

        ``remember=False`` leaves the Open Recent list alone (the screenshot command).
        """
        if self.controller is not None:
            self._clear_temp()
            self.safety.close_store(self.controller.store)
            self.controller.deleteLater()
            self.controller = None
        self.edit_menu.clear()
        self.safety.locked = False
        self.menuBar().setEnabled(True)
        if store is None:
            self.stack.setCurrentIndex(0)
            self.setWindowTitle(APP_NAME)
            self.setWindowFilePath("")
            self._sync_actions()
            return
        self.controller = ScheduleController(store, self)
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.controller.changed.connect(self.refresh)
        self.controller.history_changed.connect(self._sync_actions)
        self.controller.replayed.connect(self._replayed)
        group = self.controller.group()
        language = group.language if group else "en"
        for model in (self.series_model, self.upcoming_model, self.month_model):
            model.language = language
        self.group_title.setText(group.name if group else store.path.stem)
        self.set_store_title()
        self.stack.setCurrentIndex(1)
        if remember:
            recent.remember(store.path)
        self.month_model.month = self.today.replace(day=1)
        self.refresh()
        self.safety.opened(store)

    def open_file(self, path: Path, passphrase: str | None = None) -> bool:
        """Open ``path`` in this window, asking for its passphrase while the answer is wrong."""
        path = Path(path).expanduser().absolute()
        current = self.controller.store if self.controller is not None else None
        if current is not None and current.path == path:
            self.statusBar().showMessage(self.tr("{name} is already open").format(name=path.name))
            return True
        wrong = False
        while True:
            try:
                store = open_store(path, passphrase=passphrase)
                break
            except (PassphraseNeededError, WrongPassphraseError) as exc:
                wrong = isinstance(exc, WrongPassphraseError)
                passphrase = self.ask_passphrase(path, wrong)
                if passphrase is None:
                    return False
            except DamagedFileError as exc:
                self.safety.offer_backup_for_damaged(path, exc.message, passphrase)
                return False
            except StoreError as exc:
                if not path.exists():
                    recent.forget(path)
                self.notify(self.tr("Could not open the file"), exc.message)
                return False
        self.set_store(store)
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=path.name), 5000)
        return True

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
        self.menuBar().setEnabled(not locked)
        if locked:
            self._clear_temp()  # decrypted copies must not outlive the lock
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
        if self.controller is None:
            return
        path = self.controller.store.path
        name = self.group_title.text() or path.stem
        self.setWindowFilePath(str(path))
        self.setWindowTitle(f"{name} — {path.name} — {APP_NAME}")

    def open_dialog(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.open_file(path)

    def new_file(self) -> None:
        path = self.ask_save_path(
            self.tr("Start a new group file"),
            paths.data_dir() / f"my-group{FILE_SUFFIX}",
            FILE_FILTER,
        )
        if path is None:
            return
        if path.suffix != FILE_SUFFIX:
            path = path.with_suffix(FILE_SUFFIX)
        if path.exists():
            self.notify(
                self.tr("File already exists"),
                self.tr("{path} already exists. To use it, choose File > Open.").format(path=path),
            )
            return
        from groupkeeper.ui.shell.welcome import WelcomeDialog

        welcome = WelcomeDialog(self)
        self.dialog = welcome

        def create() -> None:
            try:
                store = create_group_file(path, welcome, self.today)
            except GroupKeeperError as exc:
                self.notify(self.tr("Could not create the file"), exc.message)
                return
            self.set_store(store)

        welcome.accepted.connect(create)
        welcome.open()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = recent.recent_files()
        if not items:
            empty = self.recent_menu.addAction(self.tr("(no recent files)"))
            empty.setEnabled(False)
        for number, path in enumerate(items, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name} — {path.parent}")
            action.triggered.connect(lambda _c=False, p=path: self.open_file(p))

    # ---------------------------------------------------------- asking (tests replace these)

    def ask_open_path(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a group file"), str(paths.data_dir()), FILE_FILTER
        )
        return Path(name) if name else None

    def ask_save_path(self, title: str, default: Path, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(default), filters)
        return Path(name) if name else None

    def ask_import_path(self, title: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self, title, str(paths.documents_dir()), filters)
        return Path(name) if name else None

    def ask_choice(self, title: str, text: str, options: list[str]) -> int | None:
        """Which of ``options`` the person chose (by position), or None for Cancel."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self
        )
        buttons = [box.addButton(o, QMessageBox.ButtonRole.AcceptRole) for o in options]
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), None)

    def ask_attach_paths(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files to the library"), str(paths.documents_dir()),
            self.tr("Documents and images (*.pdf *.png *.jpg *.jpeg *.docx *.odt *.txt);;"
                    "All files (*)"),
        )  # fmt: skip
        return [Path(n) for n in names]

    def ask_text(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def launch(self, path: Path) -> None:
        """Open ``path`` with this computer's usual program for it."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def temp_folder(self) -> Path:
        """A private folder for copies opened in other programs; emptied when the file closes
        or locks."""
        return self.temp.folder()

    def _clear_temp(self) -> None:
        self.temp.clear()

    def notify(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    def ask_passphrase(self, path: Path, wrong: bool) -> str | None:
        from groupkeeper.ui.safety.dialogs import PassphraseDialog

        dialog = PassphraseDialog(self, path.name, wrong)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        text: str = dialog.passphrase()
        return text

    def confirm(self, title: str, text: str, yes: str, *, warning: bool = False) -> bool:
        from groupkeeper.ui.kit.forms import ask_to_confirm

        return ask_to_confirm(self, title, text, yes, warning=warning)

    # ------------------------------------------------------------------ views

    def refresh(self) -> None:
        if self.controller is None:
            return
        selected = self.selected_series_id()
        self.series_model.set_series(self.controller.series())
        if selected is not None and (row := self.series_model.row_of(selected)) >= 0:
            self.series_view.setCurrentIndex(self.series_model.index(row))
        self.refresh_upcoming()  # also brings the actions up to date
        self._month_stale = True
        if self.tabs.currentIndex() == 1:
            self.show_month(self.month_model.month)
        self._stale = {k for k in self.SECTIONS if k != "schedule"}
        self._section_changed(self.sections.currentIndex())

    def refresh_upcoming(self) -> None:
        if self.controller is None:
            return
        last = self.today + timedelta(weeks=self.weeks.value()) - timedelta(days=1)
        # The series were just read into the side list: expand those rather than read them again.
        series = self.series_model.records()
        self.upcoming_model.set_occurrences(self.controller.occurrences(self.today, last, series))
        self._sync_actions()

    def show_month(self, month: date) -> None:
        if self.controller is None:
            return
        first, last = self.month_model.grid_range(month)
        self.month_model.today = self.today
        series = self.series_model.records()
        self.month_model.set_month(month, self.controller.occurrences(first, last, series))
        self._month_stale = False
        self.month_title.setText(self.month_model.title())

    def step_month(self, step: int) -> None:
        m = self.month_model.month
        index = m.year * 12 + m.month - 1 + step
        self.show_month(date(index // 12, index % 12 + 1, 1))

    def _tab_changed(self, index: int) -> None:
        if index == 1 and self._month_stale:
            self.show_month(self.month_model.month)
        self._sync_actions()

    def show_view(self, which: str) -> None:
        """Show a section (home, members, roster) or a schedule view (upcoming, month)."""
        if which in ("upcoming", "month"):
            self.tabs.setCurrentIndex(1 if which == "month" else 0)
            which = "schedule"
        self.show_section(which)

    def _sync_actions(self, *_args: object) -> None:
        has_file = self.controller is not None and not self.safety.locked
        ctl = self.controller
        undo = ctl.undo_label() if ctl is not None else None
        redo = ctl.redo_label() if ctl is not None else None
        self.undo_action.setEnabled(has_file and undo is not None)
        self.redo_action.setEnabled(has_file and redo is not None)
        # "&&": a label's own ampersand is not a shortcut letter.
        for action, what, named, plain in (
            (self.undo_action, undo, self.tr("&Undo {what}"), self.tr("&Undo")),
            (self.redo_action, redo, self.tr("&Redo {what}"), self.tr("&Redo")),
        ):
            action.setText(named.format(what=what.replace("&", "&&")) if what else plain)
        self.safety.sync()
        series = self.selected_series_id() is not None
        occ = self.selected_occurrence()
        for action in (
            self.act_add, self.act_flyer, self.act_print, self.act_packet, self.act_sign_in,
            self.act_phone_list, self.act_upcoming, self.act_month, self.act_home,
            self.act_schedule, self.act_members, self.act_roster, self.act_add_member,
            self.act_import_members, self.act_fill, self.act_export_roster,
            self.act_export_roster_csv, self.act_library, self.act_new_reading,
            self.act_new_contact, self.act_new_book, self.act_attach, self.act_export_resources,
            self.act_pairings, self.act_new_request, self.act_suggest, self.act_conventions,
            self.act_export_pairings, self.act_export_ics, self.act_export_meeting_list,
            self.act_import_meeting_list,
        ):  # fmt: skip
            action.setEnabled(has_file)
        member = "members" in self._pages and self.members_page.selected_id() is not None
        self.act_edit_member.setEnabled(has_file and member)
        self.act_delete_member.setEnabled(has_file and member)
        self.act_edit.setEnabled(has_file and series)
        self.act_delete.setEnabled(has_file and series)
        self.act_cancel.setEnabled(
            has_file and occ is not None and occ.status is not Status.CANCELLED
        )
        self.act_move.setEnabled(has_file and occ is not None)
        live = occ is not None and occ.status is not Status.CANCELLED
        self.act_meeting_note.setEnabled(has_file and live)
        self.act_meeting_packet.setEnabled(has_file and live)
        self.act_formats.setEnabled(has_file)
        self.act_restore.setEnabled(
            has_file and occ is not None and occ.status is not Status.SCHEDULED
        )

    # ------------------------------------------------------------------ undo

    def undo(self) -> None:
        """Edit > Undo: the last change, wherever in the window it was made."""
        ctl = self.controller
        if ctl is not None and not self.safety.locked and (problem := ctl.undo()) is not None:
            self.notify(self.tr("Not undone"), problem)

    def redo(self) -> None:
        ctl = self.controller
        if ctl is not None and not self.safety.locked and (problem := ctl.redo()) is not None:
            self.notify(self.tr("Not redone"), problem)

    def _replayed(self, said: str, section: str) -> None:
        """Never silent: show the section the change was in, and name it."""
        if section in self.SECTIONS and section != self.section():
            self.show_section(section)
        self.statusBar().showMessage(said, 10000)
        self.undo_notice.show_text(said)

    # ------------------------------------------------------------------ series

    def selected_series_id(self) -> int | None:
        rec = self.series_model.record(self.series_view.currentIndex().row())
        return rec.id if rec and self.series_view.selectionModel().hasSelection() else None

    def _series_dialog(self, series_id: int | None) -> SeriesDialog | None:
        ctl = self.controller
        if ctl is None:
            return None
        initial = None
        if series_id is not None:
            sid = series_id
            initial = ctl.read(lambda s: service.get_series(s, sid).data)
        from groupkeeper.materials.service import list_formats
        from groupkeeper.ui.schedule.dialogs import SeriesDialog

        scripts = [(f.id, f.name) for f in ctl.read(list_formats)]
        dialog = SeriesDialog(
            ctl.format_labels(),
            lambda data: ctl.check(data, series_id),
            ctl.add_custom_format,
            initial,
            self,
            self.today,
            scripts,
        )
        self.dialog = dialog
        return dialog

    def add_series(self) -> None:
        dialog = self._series_dialog(None)
        if dialog is None:
            return

        def save() -> None:
            ctl, value = self.controller, dialog.value
            assert ctl is not None and value is not None
            self._guard(lambda: ctl.create_series(value))
            self.statusBar().showMessage(
                self.tr("Added {name}. Ctrl+Z undoes.").format(name=value.name), 6000
            )

        dialog.accepted.connect(save)
        dialog.open()

    def edit_series(self) -> None:
        sid = self.selected_series_id()
        if sid is None:
            return
        dialog = self._series_dialog(sid)
        if dialog is None:
            return

        def save() -> None:
            ctl, value = self.controller, dialog.value
            assert ctl is not None and value is not None
            self._guard(lambda: ctl.edit_series(sid, value))

        dialog.accepted.connect(save)
        dialog.open()

    def delete_series(self) -> None:
        sid = self.selected_series_id()
        if sid is None or self.controller is None:
            return
        rec = self.series_model.record(self.series_model.row_of(sid))
        assert rec is not None
        text = self.tr(
            "Delete “{name}” ({when}) and all its cancelled and moved dates?\n\n"
            "You can undo this with Ctrl+Z."
        ).format(name=rec.name, when=rec.when)
        if self.confirm(self.tr("Delete meeting?"), text, self.tr("Delete")):
            ctl = self.controller
            self._guard(lambda: ctl.delete_series(sid))
            self.statusBar().showMessage(
                self.tr("Deleted {name}. Ctrl+Z undoes.").format(name=rec.name), 6000
            )

    # ------------------------------------------------------------------ dates

    def selected_occurrence(self) -> Occurrence | None:
        if self.tabs.currentIndex() != 0 or not self.upcoming_view.selectionModel().hasSelection():
            return None
        return self.upcoming_model.occurrence(self.upcoming_view.currentIndex().row())

    def select_occurrence(self, row: int) -> None:
        self.upcoming_view.selectRow(row)

    def change_date(self, occ: Occurrence | None, move: bool = False) -> None:
        if occ is None or self.controller is None:
            return
        from groupkeeper.ui.kit.forms import pydate, pytime
        from groupkeeper.ui.schedule.dialogs import ChangeDateDialog

        dialog = ChangeDateDialog(occ, self, move=move)
        self.dialog = dialog

        def save() -> None:
            ctl = self.controller
            assert ctl is not None
            if dialog.is_move:
                new_date, new_time = pydate(dialog.new_date.date()), pytime(dialog.new_time.time())
                self._guard(lambda: ctl.move_date(occ, new_date, new_time, dialog.note.text()))
            else:
                self._guard(lambda: ctl.cancel_date(occ, dialog.note.text()))

        dialog.accepted.connect(save)
        dialog.open()

    def cancel_selected(self) -> None:
        self.change_date(self.selected_occurrence())

    def move_selected(self) -> None:
        self.change_date(self.selected_occurrence(), move=True)

    def restore_selected(self) -> None:
        occ = self.selected_occurrence()
        if occ is not None and occ.status is not Status.SCHEDULED and self.controller is not None:
            ctl = self.controller
            self._guard(lambda: ctl.restore_date(occ))

    def _occurrence_menu(self, occurrences: list[Occurrence], at: QPoint, view: QWidget) -> None:
        if not occurrences or self.controller is None:
            return
        menu = QMenu(self)
        ctl = self.controller
        for occ in occurrences:
            if len(occurrences) > 1:
                menu.addSection(occ.series_name)
            if occ.status is not Status.CANCELLED:
                menu.addAction(self.tr("Cancel this date…"), partial(self.change_date, occ))
            menu.addAction(self.tr("Move this date…"), partial(self.change_date, occ, True))
            if occ.status is not Status.SCHEDULED:
                menu.addAction(
                    self.tr("Restore this date"),
                    partial(self._guard, partial(ctl.restore_date, occ)),
                )
            if occ.status is not Status.CANCELLED:
                menu.addAction(self.tr("Topic and notes…"), partial(self.edit_meeting_note, occ))
                menu.addAction(
                    self.tr("Print the packet…"), partial(self.export, Document.PACKET, occ)
                )
        menu.popup(view.mapToGlobal(at))

    def _upcoming_menu(self, at: QPoint) -> None:
        occ = self.upcoming_model.occurrence(self.upcoming_view.indexAt(at).row())
        self._occurrence_menu([occ] if occ else [], at, self.upcoming_view.viewport())

    def _month_menu(self, at: QPoint) -> None:
        index: QModelIndex = self.month_view.indexAt(at)
        if index.isValid():
            day = self.month_model.day_at(index.row(), index.column())
            self._occurrence_menu(self.month_model.meetings_on(day), at, self.month_view.viewport())

    def _guard(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except GroupKeeperError as exc:
            self.notify(self.tr("Not saved"), exc.message)

    # ------------------------------------------------------------------ roster

    def fill_roster(self) -> None:
        if self.controller is None:
            return
        from groupkeeper.ui.roster.dialogs import FillDialog

        dialog = FillDialog(self, self.today)
        self.dialog = dialog

        def run() -> None:
            first, last, replace = dialog.choice()
            if replace and not self.confirm(
                self.tr("Choose everyone again?"),
                self.tr("Everyone on the roster from {first} to {last} who is not locked will "
                        "be chosen again.").format(first=first, last=last),
                self.tr("Choose again"),
            ):  # fmt: skip
                return
            result = self.roster_page.fill(first, last, replace)
            if result is not None:
                self.show_section("roster")
                self.inform(self.tr("Roster filled"), "\n".join(result.summary_lines()[:25]))

        dialog.accepted.connect(run)
        dialog.open()

    def offer_replacements(self, member: MemberRecord) -> None:
        """After a member changes: if their future turns now break a rule (a blackout just
        added, made inactive), say so and offer to find others for those turns."""
        from groupkeeper.roster import service as roster
        from groupkeeper.text import format_date

        ctl = self.controller
        if ctl is None:
            return
        hits = ctl.read(lambda s: roster.broken_turns(s, member.id, self.today))
        if not hits:
            return
        names = ctl.read(roster.role_names)
        lines = [
            f"{format_date(slot.original)}: {names.get(slot.role, '?')} — {'; '.join(why)}"
            for slot, why in hits[:12]
        ]
        text = self.tr("{name} is on the roster for turns they can no longer take:").format(
            name=member.name
        ) + "\n\n" + "\n".join(lines) + "\n\n" + self.tr(
            "Find someone else for these turns? (Turns locked by hand stay as they are.)"
        )  # fmt: skip
        if self.confirm(self.tr("Roster conflict"), text, self.tr("Find replacements")):
            first = min(s.original for s, _ in hits)
            last = max(s.original for s, _ in hits)
            self.roster_page.fill(first, last, replace=False)

    def export_roster(self, fmt: str) -> None:
        """The roster as CSV for a spreadsheet (the PDF calendar is in the Export dialog)."""
        if fmt == "pdf":
            self.export(Document.ROSTER)
            return
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.ui.schedule.dialogs import FlyerDialog

        dialog = FlyerDialog(
            self, self.today, self.tr("Roster as CSV"),
            self.tr("The roster for these dates, one row per turn, to open in a spreadsheet."),
            paper=False, ok_text=self.tr("&Save CSV…"),
        )  # fmt: skip
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._export_roster_csv(*dialog.span()))
        dialog.open()

    def _export_roster_csv(self, first: date, last: date) -> None:
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.export.roster import roster_data, write_csv

        group = ctl.group()
        name = f"{group.name if group else 'Group'} roster {first:%Y-%m-%d}.csv"
        out = self.ask_save_path(
            self.tr("Save the roster"), paths.documents_dir() / name, "CSV (*.csv)"
        )
        if out is None:
            return
        try:
            data = ctl.read(lambda s: roster_data(s, first, last))
        except GroupKeeperError as exc:
            self.notify(self.tr("Could not save the roster"), exc.message)
            return
        self.in_background(
            self.tr("Saving the roster…"), lambda: write_csv(data, out),
            lambda p: self.exported(p, offer=False), self.tr("Could not save the roster"),
        )  # fmt: skip

    # ------------------------------------------------------------------ meeting materials

    def edit_meeting_note(self, occ: Occurrence | None) -> None:
        """One meeting's topic, announcements and private note to the facilitator."""
        ctl = self.controller
        if ctl is None or occ is None:
            return
        from groupkeeper.materials import service as materials
        from groupkeeper.text import format_date
        from groupkeeper.ui.export.dialog import meeting_label
        from groupkeeper.ui.materials.dialogs import MeetingNoteDialog

        note = ctl.read(lambda s: materials.get_note(s, occ.series_id, occ.original_date))
        dialog = MeetingNoteDialog(self, meeting_label(occ, self.series_model.language), note)

        def save() -> str | None:
            chosen = dialog.note()
            label = self.tr("Topic and notes for {name} on {day}").format(
                name=occ.series_name, day=format_date(occ.original_date)
            )
            return ctl.try_write(
                label, lambda s: materials.save_note(s, occ.series_id, occ.original_date, chosen)
            )

        dialog.save = save
        self.dialog = dialog
        dialog.open()

    def edit_formats(self) -> None:
        """Meetings > Meeting formats: the scripts the packets print."""
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.library import service as library
        from groupkeeper.library.models import Kind
        from groupkeeper.materials import service as materials
        from groupkeeper.materials.service import Section
        from groupkeeper.roster import service as roster
        from groupkeeper.ui.materials.dialogs import FormatsDialog

        formats = ctl.read(materials.list_formats)
        readings = [
            (r.id, r.title) for r in ctl.read(lambda s: library.search(s, kind=Kind.READING))
        ]
        roles = [(r.id, r.name) for r in ctl.read(roster.list_roles)]

        def save(format_id: int | None, name: str, sections: list[Section]) -> int | str:
            saved: list[int] = []
            problem = ctl.try_write(
                self.tr("Save format {name}").format(name=name.strip()),
                lambda s: saved.append(materials.save_format(s, name, sections, format_id)),
            )
            return problem or saved[0]

        def name_of(fid: int) -> str:  # read now: the format may be new since the dialog opened
            return next((f.name for f in ctl.read(materials.list_formats) if f.id == fid), "?")

        def make_usual(fid: int) -> str | None:
            label = self.tr("Make {name} the usual format").format(name=name_of(fid))
            return ctl.try_write(label, lambda s: materials.make_usual(s, fid))

        def delete_format(fid: int) -> str | None:
            label = self.tr("Delete format {name}").format(name=name_of(fid))
            return ctl.try_write(label, lambda s: materials.delete_format(s, fid))

        dialog = FormatsDialog(
            self, formats, readings, roles, save_format=save,
            make_usual=make_usual, delete_format=delete_format,
        )  # fmt: skip
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ export

    def export(self, document: Document | None, meeting: Occurrence | None = None) -> None:
        """The Export dialog, on ``document`` (or the last one printed, or the packet)."""
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.library import service as library
        from groupkeeper.materials import service as materials
        from groupkeeper.ui.export.dialog import ExportDialog

        today = self.today
        chosen = self.library_page.selected_ids() if "library" in self._pages else []
        dialog = ExportDialog(
            self, today, ctl.read(lambda s: materials.upcoming(s, today)),
            self.series_model.language, tags=ctl.read(library.list_tags), chosen=chosen,
            crisis_lines=bool(ctl.read(library.crisis_lines)),
            start=document or self._last_document, meeting=meeting,
        )  # fmt: skip
        self.dialog = dialog
        folder = self.temp.folder(f"preview-{id(dialog):x}")
        token = [0]

        def want(req: Request) -> None:
            token[0] += 1
            mine = token[0]
            from groupkeeper.export.documents import prepare, preview

            try:
                data = ctl.read(lambda s: prepare(s, req, today))
            except GroupKeeperError as exc:
                dialog.show_preview_problem(exc.message)
                return

            def done(result: object) -> None:
                if mine == token[0] and dialog.isVisible():
                    dialog.show_preview(result)  # type: ignore[arg-type]

            def failed(message: str) -> None:
                if mine == token[0] and dialog.isVisible():
                    dialog.show_preview_problem(message)

            run_task(self.pool, lambda: preview(data, req, folder), done, failed)

        dialog.preview_wanted.connect(want)
        dialog.accepted.connect(lambda: self._export_to(dialog.request()))
        dialog.finished.connect(lambda _r: shutil.rmtree(folder, ignore_errors=True))
        dialog.open()
        dialog.timer.start(0)

    def _export_to(self, req: Request) -> None:
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.export.documents import prepare, render, warnings

        self._last_document = req.document
        today = self.today
        try:
            data = ctl.read(lambda s: prepare(s, req, today))
        except GroupKeeperError as exc:
            self.notify(
                self.tr("Could not print the {doc}").format(doc=req.document.label.lower()),
                exc.message,
            )
            return
        group = ctl.group()
        when = req.meeting.day if req.meeting else req.first or today
        name = req.document.file_name(group.name if group else "Group", when)
        out = self.ask_save_path(
            self.tr("Save the {doc}").format(doc=req.document.label.lower()),
            paths.documents_dir() / name, "PDF (*.pdf)",
        )  # fmt: skip
        if out is None:
            return
        said = warnings(data)

        def done(path: object) -> None:
            self.exported(path)
            if said:
                self.notify(self.tr("Printed, with something to check"), "\n\n".join(said))

        self.in_background(
            self.tr("Saving the {doc}…").format(doc=req.document.label.lower()),
            lambda: render(data, req, out), done, self.tr("Could not save the PDF"),
        )  # fmt: skip

    # ------------------------------------------------------------------ calendars and lists

    def export_calendar(self) -> None:
        """Save the schedule, or one member's service dates, as an .ics calendar file."""
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.roster.service import list_members
        from groupkeeper.ui.interchange.dialogs import CalendarDialog

        members = ctl.read(lambda s: list_members(s, active_only=True))
        dialog = CalendarDialog(self, [(m.id, m.name) for m in members])
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._save_calendar(dialog.member_id()))
        dialog.open()

    def _save_calendar(self, member_id: int | None) -> None:
        ctl = self.controller
        if ctl is None:
            return
        from datetime import datetime

        from groupkeeper.interchange import ics

        now, today = datetime.now().astimezone(), self.today
        group = ctl.group()
        stem = _file_stem(group.name if group else "Group")
        try:
            if member_id is None:
                data = ctl.read(ics.calendar_data)
                content = ics.calendar_bytes(data, now)
                name = f"{stem} meetings.ics"
            else:
                turns = ctl.read(lambda s: ics.service_data(s, member_id, today))
                if not turns.turns:
                    self.notify(
                        self.tr("No service dates"),
                        self.tr(
                            "{name} has no turns on the roster from today on, so there is "
                            "nothing to put in a calendar. Fill the roster first (Roster > "
                            "Fill roster)."
                        ).format(name=turns.member),
                    )
                    return
                content = ics.service_bytes(turns, now)
                name = f"{_file_stem(turns.member)} service dates.ics"
        except GroupKeeperError as exc:
            self.notify(self.tr("Could not make the calendar"), exc.message)
            return
        out = self.ask_save_path(
            self.tr("Save the calendar"), paths.documents_dir() / name, "iCalendar (*.ics)"
        )
        if out is None:
            return
        self.in_background(
            self.tr("Saving the calendar…"), lambda: ics.write_ics(content, out), self.exported,
            self.tr("Could not save the calendar"),
        )  # fmt: skip

    def export_meeting_list(self) -> None:
        """Save the meetings as a Meeting Guide list for the intergroup's website."""
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.interchange.meeting_guide import feed_data, write_feed

        today = self.today
        try:
            data = ctl.read(lambda s: feed_data(s, today))
        except GroupKeeperError as exc:
            self.notify(self.tr("Could not make the meeting list"), exc.message)
            return
        if not data.entries:
            self.notify(
                self.tr("No weekly meetings to list"),
                self.tr("The meeting list holds meetings on a day of the week, and this group "
                        "has none yet.") + "\n\n" + "\n\n".join(data.warnings),
            )  # fmt: skip
            return
        group = ctl.group()
        name = f"{_file_stem(group.name if group else 'Group')} meeting list.json"
        out = self.ask_save_path(
            self.tr("Save the meeting list"), paths.documents_dir() / name, "JSON (*.json)"
        )
        if out is None:
            return

        def done(path: object) -> None:
            self.exported(path)
            if data.warnings:
                self.notify(
                    self.tr("Saved, with something to check"),
                    "\n\n".join(data.warnings),
                )

        self.in_background(
            self.tr("Saving the meeting list…"), lambda: write_feed(data.entries, out), done,
            self.tr("Could not save the meeting list"),
        )  # fmt: skip

    def import_meeting_list(self) -> None:
        """Read an intergroup's meeting list (in a worker: it may hold thousands) and let the
        person tick their group's meetings."""
        ctl = self.controller
        if ctl is None:
            return
        path = self.ask_import_path(
            self.tr("Import meetings from a meeting list"),
            self.tr("Meeting lists (*.json);;All files (*)"),
        )
        if path is None:
            return
        from groupkeeper.interchange.meeting_guide import read_feed_file

        self.in_background(
            self.tr("Reading {file}…").format(file=path.name), lambda: read_feed_file(path),
            lambda feed: self._choose_meetings(feed, path),
            self.tr("Could not read the meeting list"),
        )  # fmt: skip

    def _choose_meetings(self, feed: object, path: Path) -> None:
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.interchange.meeting_guide import Feed, zone_warning
        from groupkeeper.ui.interchange.dialogs import MeetingListDialog

        assert isinstance(feed, Feed)
        self.statusBar().clearMessage()
        if not feed.meetings:
            self.notify(
                self.tr("No meetings in the list"),
                self.tr("{file} holds no meetings.").format(file=path.name),
            )
            return
        group = ctl.group()
        notes = [str(w) for w in feed.warnings]
        zone = zone_warning(feed, group.timezone) if group else None
        dialog = MeetingListDialog(
            self, feed, path.name, group.name if group else "", ([zone] if zone else []) + notes
        )
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._import_chosen(dialog.chosen(), path))
        dialog.open()

    def _import_chosen(self, chosen: Sequence[object], path: Path) -> None:
        ctl = self.controller
        if ctl is None:
            return
        from groupkeeper.errors import ValidationError
        from groupkeeper.interchange.meeting_guide import FeedMeeting, plan_import

        picked = [m for m in chosen if isinstance(m, FeedMeeting)]
        today = self.today
        try:
            plan = ctl.read(lambda s: plan_import(s, picked, today))
            if not plan.inputs:
                self.inform(
                    self.tr("Already in the schedule"),
                    self.tr("The meetings you ticked are already in the schedule:")
                    + "\n\n" + "\n".join(plan.already),
                )  # fmt: skip
                return
            done = ctl.import_meetings(plan, path.name)
        except ValidationError as exc:
            self.notify(
                self.tr("Nothing was imported"),
                self.tr("These meetings could not be added, so none was:") + "\n\n"
                + "\n".join(exc.problems),
            )  # fmt: skip
            return
        except GroupKeeperError as exc:
            self.notify(self.tr("Nothing was imported"), exc.message)
            return
        n = len(done.series_ids)
        added = self.tr("1 meeting") if n == 1 else self.tr("{n} meetings").format(n=n)
        self.statusBar().showMessage(
            self.tr("Imported {added} from {file}. Ctrl+Z undoes.").format(
                added=added, file=path.name
            ), 8000,
        )  # fmt: skip
        lines = [self.tr("Added {added} to the schedule.").format(added=added)]
        if done.already:
            lines.append(
                self.tr("Already in the schedule, left as they were: ") + "; ".join(done.already)
            )
        if done.new_formats:
            lines.append(
                self.tr(
                    "New group formats (codes GroupKeeper did not know): {codes}. To give one "
                    "a label, use 'Add a group format…' in the meeting editor."
                ).format(codes=", ".join(done.new_formats))
            )
        lines.append(
            self.tr("Check its start date and notes in the meeting editor.")
            if n == 1
            else self.tr("Check each one's start date and notes in the meeting editor.")
        )
        self.inform(self.tr("Meetings imported"), "\n\n".join(lines))

    def in_background(
        self,
        status: str,
        work: Callable[[], object],
        done: Callable[[object], None],
        problem_title: str,
    ) -> None:
        """Run ``work`` off the window's thread, saying so in the status bar; its result goes
        to ``done``, and a problem to a message titled ``problem_title``."""
        self.statusBar().showMessage(status)

        def failed(message: str) -> None:
            self.statusBar().clearMessage()
            self.notify(problem_title, message)

        run_task(self.pool, work, done, failed)

    def exported(self, path: object, offer: bool = True) -> None:
        """An export finished: say where it went and (for a PDF) offer to open it."""
        self.last_export = Path(str(path))
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 8000)
        if offer:
            self.offer_open(self.last_export)

    def offer_open(self, path: Path) -> None:
        # (title, open button) by kind; a meeting list goes to the intergroup as it is.
        title, open_text = {
            ".pdf": (self.tr("PDF saved"), self.tr("Open PDF")),
            ".ics": (self.tr("Calendar saved"), self.tr("Open in calendar")),
        }.get(path.suffix.lower(), (self.tr("File saved"), ""))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            self.tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent),
            QMessageBox.StandardButton.Close,
            self,
        )
        open_pdf = box.addButton(open_text, QMessageBox.ButtonRole.AcceptRole)
        open_pdf.setVisible(bool(open_text))
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(open_pdf if open_text else open_folder)
        self.dialog = box

        def chosen() -> None:
            if box.clickedButton() is open_pdf:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
            elif box.clickedButton() is open_folder:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))

        box.finished.connect(lambda _r: chosen())
        box.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Work under way stops at its next check (an attach: between chunks and pages) before
        # the file closes; bounded, so a stuck task cannot keep the app from quitting.
        if "library" in self._pages:
            self.library_page.files.stop()
        if isinstance(self.pool, QThreadPool):
            self.pool.waitForDone(10_000)
        if self.controller is not None:
            self.set_store(None)
        event.accept()
