"""The Schedule section: the group's meetings on the left, Upcoming and Month views on the right,
and the changes to a series or one date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.errors import GroupKeeperError
from groupkeeper.schedule import service
from groupkeeper.schedule.occurrences import Occurrence, Status
from groupkeeper.ui.kit.fonts import TITLE, heading
from groupkeeper.ui.kit.page import Page
from groupkeeper.ui.kit.tables import setup_table
from groupkeeper.ui.schedule.controller import ScheduleController
from groupkeeper.ui.schedule.models import MonthModel, SeriesListModel, UpcomingModel, join_lines
from groupkeeper.ui.schedule.online import MarkAfter

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.schedule.dialogs import SeriesDialog


class SchedulePage(Page):
    SECTION = "schedule"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.controller = ScheduleController(ctx)
        self.series_model = SeriesListModel(self)
        self.upcoming_model = UpcomingModel(self)
        self.month_model = MonthModel(self)
        self.month_model.month = ctx.today.replace(day=1)
        self._month_stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._build())

    def _build(self) -> QWidget:
        ctx, tr = self.ctx, self.tr
        # Left: the series.
        self.series_view = QListView()
        self.series_view.setModel(self.series_model)
        self.series_view.setAccessibleName(tr("Meeting series"))
        self.series_view.setSpacing(3)
        self.series_view.setAlternatingRowColors(True)
        self.series_view.doubleClicked.connect(lambda _i: self.edit_series())
        self.series_view.selectionModel().selectionChanged.connect(ctx.sync_actions)
        left = QWidget()
        ll = QVBoxLayout(left)
        caption = QLabel(tr("Meetings"))
        heading(caption)
        ll.addWidget(caption)
        ll.addWidget(self.series_view, 1)
        buttons = QHBoxLayout()
        for text, key in ((tr("Add…"), "add"), (tr("Edit…"), "edit"), (tr("Delete…"), "delete")):
            buttons.addWidget(ctx.actions.button(text, key))
        ll.addLayout(buttons)

        # Right: Upcoming.
        self.upcoming_view = setup_table(
            QTableView(), self.upcoming_model, tr("Upcoming meetings"),
            (140, 150, 190, 80, 150), wrap=False,
        )  # fmt: skip
        # The online mark after the meeting's name: the place column is off screen at 1024.
        self.upcoming_view.setItemDelegateForColumn(
            UpcomingModel.MEETING, MarkAfter(self.upcoming_view)
        )
        self.upcoming_view.selectionModel().selectionChanged.connect(ctx.sync_actions)
        self.upcoming_view.doubleClicked.connect(lambda _i: self.cancel_selected())
        self.upcoming_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.upcoming_view.customContextMenuRequested.connect(self._upcoming_menu)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 104)
        self.weeks.setValue(8)
        self.weeks.setSuffix(tr(" weeks"))
        self.weeks.setAccessibleName(tr("How many weeks to show"))
        self.weeks.valueChanged.connect(lambda _v: self.refresh_upcoming())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Showing the next")))
        bar.addWidget(self.weeks)
        bar.addStretch(1)
        for text, key in (
            (tr("Cancel date…"), "cancel"), (tr("Move date…"), "move"),
            (tr("Restore date"), "restore"),
        ):  # fmt: skip
            bar.addWidget(ctx.actions.button(text, key))
        upcoming = QWidget()
        ul = QVBoxLayout(upcoming)
        ul.addLayout(bar)
        ul.addWidget(self.upcoming_view)

        # Right: Month.
        self.month_view = QTableView()
        self.month_view.setModel(self.month_model)
        self.month_view.setAccessibleName(tr("Month calendar"))
        self.month_view.verticalHeader().setVisible(False)
        self.month_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.month_view.setWordWrap(True)
        self.month_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.month_view.customContextMenuRequested.connect(self._month_menu)
        self.month_title = QLabel()
        heading(self.month_title)
        self.month_title.setAccessibleName(tr("Month shown"))
        prev_b = QPushButton(tr("◀ Previous"))
        prev_b.setShortcut(QKeySequence("Ctrl+PgUp"))
        prev_b.setToolTip(tr("Previous month (Ctrl+Page Up)"))
        prev_b.clicked.connect(lambda: self.step_month(-1))
        today_b = QPushButton(tr("This month"))
        today_b.clicked.connect(lambda: self.show_month(ctx.today))
        next_b = QPushButton(tr("Next ▶"))
        next_b.setShortcut(QKeySequence("Ctrl+PgDown"))
        next_b.setToolTip(tr("Next month (Ctrl+Page Down)"))
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
        self.tabs.addTab(upcoming, tr("&Upcoming"))
        self.tabs.addTab(month, tr("Mont&h"))
        self.tabs.setAccessibleName(tr("Schedule views"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.group_title = QLabel()
        heading(self.group_title, TITLE, bold=True)
        # Margins, not a style sheet: a widget with one keeps the colours of the palette it
        # was first shown with when the theme changes.
        self.group_title.setContentsMargins(2, 4, 2, 4)
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

    # ------------------------------------------------------------------ views

    def file_opened(self) -> None:
        """A file was opened: its language and name, this month, then everything read."""
        for model in (self.series_model, self.upcoming_model, self.month_model):
            model.language = self.ctx.language
        self.group_title.setText(self.ctx.title)
        self.month_model.month = self.ctx.today.replace(day=1)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.gateway is None:
            return
        selected = self.selected_series_id()
        self.series_model.set_series(self.controller.series())
        if selected is not None and (row := self.series_model.row_of(selected)) >= 0:
            self.series_view.setCurrentIndex(self.series_model.index(row))
        self.refresh_upcoming()  # also brings the actions up to date
        self._month_stale = True
        if self.tabs.currentIndex() == 1:
            self.show_month(self.month_model.month)

    def refresh_upcoming(self) -> None:
        if self.ctx.gateway is None:
            return
        today = self.ctx.today
        last = today + timedelta(weeks=self.weeks.value()) - timedelta(days=1)
        # The series were just read into the side list: expand those rather than read them again.
        series = self.series_model.records()
        self.upcoming_model.set_occurrences(self.controller.occurrences(today, last, series))
        self.ctx.sync_actions()

    def show_month(self, month: date) -> None:
        if self.ctx.gateway is None:
            return
        first, last = self.month_model.grid_range(month)
        self.month_model.today = self.ctx.today
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
        self.ctx.sync_actions()

    def show_view(self, which: str) -> None:
        """Upcoming or Month."""
        self.tabs.setCurrentIndex(1 if which == "month" else 0)

    # ------------------------------------------------------------------ series

    def selected_series_id(self) -> int | None:
        rec = self.series_model.record(self.series_view.currentIndex().row())
        return rec.id if rec and self.series_view.selectionModel().hasSelection() else None

    def _series_dialog(self, series_id: int | None) -> SeriesDialog:
        ctl = self.controller
        initial = None
        if series_id is not None:
            sid = series_id
            initial = ctl.read(lambda s: service.get_series(s, sid).data)
        from groupkeeper.materials.service import list_formats
        from groupkeeper.ui.schedule.dialogs import SeriesDialog

        scripts = [(f.id, f.name) for f in ctl.read(list_formats)]
        dialog = SeriesDialog(
            ctl.format_choices(),
            lambda data: ctl.check(data, series_id),
            ctl.add_custom_format,
            initial,
            self.window(),
            self.ctx.today,
            scripts,
        )
        self.ctx.dialog = dialog
        return dialog

    def add_series(self) -> None:
        dialog = self._series_dialog(None)

        def save() -> None:
            value = dialog.value
            assert value is not None
            if self._guard(lambda: self.controller.create_series(value)):
                self.ctx.tell(self.tr("Added {name}. Ctrl+Z undoes.").format(name=value.name))

        dialog.accepted.connect(save)
        dialog.open()

    def edit_series(self) -> None:
        sid = self.selected_series_id()
        if sid is None:
            return
        dialog = self._series_dialog(sid)

        def save() -> None:
            value = dialog.value
            assert value is not None
            self._guard(lambda: self.controller.edit_series(sid, value))

        dialog.accepted.connect(save)
        dialog.open()

    def delete_series(self) -> None:
        sid = self.selected_series_id()
        if sid is None:
            return
        rec = self.series_model.record(self.series_model.row_of(sid))
        assert rec is not None
        text = self.tr(
            "Delete “{name}” ({when}) and all its cancelled and moved dates?\n\n"
            "You can undo this with Ctrl+Z."
        ).format(name=rec.name, when=rec.when)
        if not self.ctx.prompts.confirm(self.tr("Delete meeting?"), text, self.tr("Delete")):
            return
        if self._guard(lambda: self.controller.delete_series(sid)):
            said = self.tr("Deleted {name}. Ctrl+Z undoes.").format(name=rec.name)
            self.ctx.tell(said)

    # ------------------------------------------------------------------ dates

    def selected_occurrence(self) -> Occurrence | None:
        if self.tabs.currentIndex() != 0 or not self.upcoming_view.selectionModel().hasSelection():
            return None
        return self.upcoming_model.occurrence(self.upcoming_view.currentIndex().row())

    def select_occurrence(self, row: int) -> None:
        self.upcoming_view.selectRow(row)

    def change_date(self, occ: Occurrence | None, move: bool = False) -> None:
        if occ is None:
            return
        from groupkeeper.ui.kit.forms import pydate, pytime
        from groupkeeper.ui.schedule.dialogs import ChangeDateDialog

        dialog = ChangeDateDialog(occ, self.window(), move=move)
        self.ctx.dialog = dialog
        ctl = self.controller

        def save() -> None:
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
        if occ is not None and occ.status is not Status.SCHEDULED:
            self._guard(lambda: self.controller.restore_date(occ))

    def edit_note(self, occ: Occurrence | None) -> None:
        from groupkeeper.ui.materials.flows import MaterialsFlows

        self.ctx.flow(MaterialsFlows).edit_meeting_note(occ)

    def print_packet(self, occ: Occurrence | None) -> None:
        from groupkeeper.export.registry import Document
        from groupkeeper.ui.export.flows import ExportFlow

        self.ctx.flow(ExportFlow).export(Document.PACKET, occ)

    def _occurrence_menu(self, occurrences: list[Occurrence], at: QPoint, view: QWidget) -> None:
        if not occurrences or self.ctx.gateway is None:
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
                menu.addAction(self.tr("Topic and notes…"), partial(self.edit_note, occ))
                menu.addAction(self.tr("Print the packet…"), partial(self.print_packet, occ))
            if join_lines(occ.online):
                menu.addAction(self.tr("Copy how to join"), partial(self.copy_how_to_join, occ))
        menu.popup(view.mapToGlobal(at))

    def copy_how_to_join(self, occ: Occurrence) -> None:
        """The link and dial-in, to paste into an email or a message to the members."""
        QGuiApplication.clipboard().setText("\n".join([occ.series_name, *join_lines(occ.online)]))
        self.ctx.tell(self.tr("How to join {name} is copied.").format(name=occ.series_name))

    def _upcoming_menu(self, at: QPoint) -> None:
        occ = self.upcoming_model.occurrence(self.upcoming_view.indexAt(at).row())
        self._occurrence_menu([occ] if occ else [], at, self.upcoming_view.viewport())

    def _month_menu(self, at: QPoint) -> None:
        index: QModelIndex = self.month_view.indexAt(at)
        if index.isValid():
            day = self.month_model.day_at(index.row(), index.column())
            self._occurrence_menu(self.month_model.meetings_on(day), at, self.month_view.viewport())

    def _guard(self, fn: Callable[[], object]) -> bool:
        """Run a change; a problem is shown in words (and nothing saved). True when saved."""
        try:
            fn()
        except GroupKeeperError as exc:
            self.ctx.prompts.notify(self.tr("Not saved"), exc.message)
            return False
        return True
