"""The Library page: one search box over everything, kind and tag filters, the list, a detail
pane that follows the kind of item, and the lending shelf.

Attaching, opening and saving copies of files is in :mod:`groupkeeper.ui.library.files`.
"""

from __future__ import annotations

import html
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from groupkeeper.collation import sort
from groupkeeper.errors import GroupKeeperError
from groupkeeper.library import service as library
from groupkeeper.library.models import Kind, TextStatus
from groupkeeper.library.service import Resource, ResourceInput
from groupkeeper.roster import service as roster
from groupkeeper.text import format_date
from groupkeeper.ui.kit import colours
from groupkeeper.ui.kit.colours import Ink, ink
from groupkeeper.ui.kit.fonts import heading
from groupkeeper.ui.kit.page import Page
from groupkeeper.ui.kit.tables import RecordRole, setup_table
from groupkeeper.ui.library.files import DocumentFiles, FileDropTable
from groupkeeper.ui.library.models import LibraryModel, LoanModel

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


class LibraryPage(Page):
    """Readings, documents, referral contacts and the lending shelf."""

    SECTION = "library"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.current: Resource | None = None
        self.model = LibraryModel(self)
        self.loans = LoanModel(self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search titles, text, tags, contacts and inside attached PDFs…")
        )
        self.search.setAccessibleName(self.tr("Search the library"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of item"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind.addItem(kind.plural if kind is not Kind.BOOK else self.tr("Books"), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.tag = QComboBox()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setMinimumWidth(140)
        self.tag.currentIndexChanged.connect(lambda _i: self.reload())
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.toggled.connect(lambda _on: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        top.addWidget(self.tag)
        top.addWidget(self.archived)

        self.view = FileDropTable()
        self.files = DocumentFiles(self, self)
        setup_table(
            self.view, self.model, self.tr("Library items"), (250, 115, 140), many=True, wrap=False
        )
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.show_current())
        self.view.doubleClicked.connect(lambda _i: self.edit_item())
        self.view.files_dropped.connect(self.files.attach)
        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(
            self.tr(
                "<b>The library is empty.</b><br>Start with GroupKeeper's starter set: a "
                "welcome for newcomers, group guidelines, “When peer support is not "
                "enough” and crisis lines, all yours to edit, or add your own."
            )
        )
        empty_text.setWordWrap(True)
        self.starter_button = QPushButton(self.tr("Add the starter set"))
        self.starter_button.clicked.connect(self.add_starter)
        empty_layout.addWidget(empty_text)
        empty_layout.addWidget(self.starter_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.empty.setVisible(False)
        hint = QLabel(
            self.tr("Drag files here from your desktop to attach them (up to 25 MB each).")
        )
        ink(hint, Ink.HINT)
        items_tab = QWidget()
        il = QVBoxLayout(items_tab)
        il.setContentsMargins(0, 6, 0, 0)
        il.addWidget(self.empty)
        il.addWidget(self.view, 1)
        il.addWidget(hint)

        self.loan_view = setup_table(
            QTableView(), self.loans, self.tr("Books out on loan"), (230, 120, 125, 125)
        )
        self.loan_view.doubleClicked.connect(lambda _i: self.return_selected())
        self.shelf_summary = QLabel()
        self.return_button = QPushButton(self.tr("Book returned"))
        self.return_button.setToolTip(self.tr("Record that the chosen book is back on the shelf"))
        self.return_button.clicked.connect(self.return_selected)
        shelf_tab = QWidget()
        sl = QVBoxLayout(shelf_tab)
        sl.setContentsMargins(0, 6, 0, 0)
        sl.addWidget(self.shelf_summary)
        sl.addWidget(self.loan_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.return_button)
        row.addStretch(1)
        sl.addLayout(row)
        self.tabs = QTabWidget()
        self.tabs.addTab(items_tab, self.tr("Items"))
        self.tabs.addTab(shelf_tab, self.tr("Lending shelf"))

        # The detail pane.
        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("Item details"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_items)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open a copy with this computer's usual program"))
        self.open_button.clicked.connect(self.files.open_current)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.files.save_copy)
        self.lend_button = QPushButton(self.tr("Lend to ▾"))
        self.lend_menu = QMenu(self)
        self.lend_menu.aboutToShow.connect(self._fill_lend_menu)
        self.lend_button.setMenu(self.lend_menu)
        self.back_button = QPushButton(self.tr("Returned ▾"))
        self.back_menu = QMenu(self)
        self.back_menu.aboutToShow.connect(self._fill_back_menu)
        self.back_button.setMenu(self.back_menu)
        actions = QHBoxLayout()
        for b in (
            self.open_button,
            self.save_button,
            self.lend_button,
            self.back_button,
            self.edit_button,
            self.archive_button,
            self.delete_button,
        ):
            actions.addWidget(b)
        actions.addStretch(1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(6, 0, 0, 0)
        rl.addWidget(self.detail, 1)
        rl.addLayout(actions)

        split = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.tabs)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([780, 400])

        buttons = QHBoxLayout()
        new_menu = QMenu(self)
        for kind, text in (
            (Kind.READING, self.tr("Reading…")),
            (Kind.CONTACT, self.tr("Referral contact…")),
            (Kind.BOOK, self.tr("Book for the lending shelf…")),
        ):
            new_menu.addAction(text, partial(self.new_item, kind))
        self.new_button = QPushButton(self.tr("New ▾"))
        self.new_button.setMenu(new_menu)
        self.new_menu = new_menu
        attach = QPushButton(self.tr("Attach files…"))
        attach.clicked.connect(self.files.choose)
        handout = ctx.actions.button(self.tr("Print handout…"), "export_resources")
        for b in (self.new_button, attach, handout):
            b.setMinimumHeight(34)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count = QLabel()
        ink(self.count, Ink.HINT)
        buttons.addWidget(self.count)

        title = QLabel(self.tr("Library"))
        heading(title)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.show_current()

    # ------------------------------------------------------------------ reading

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.ctx.gateway is not None:
            self.refresh()  # its rich text, coloured for the new theme

    def refresh(self) -> None:
        """Read tags, items and loans again (after any change to the file)."""
        tags = self.read(library.list_tags)
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All tags"), None)
        for t in tags:
            self.tag.addItem(t, t)
        at = self.tag.findData(current) if current else 0
        self.tag.setCurrentIndex(max(at, 0))
        self.tag.blockSignals(False)
        self.reload()
        self.loans.set_rows(self.read(library.open_loans), self.ctx.today)
        late = self.loans.alert_count()
        out = self.loans.rowCount()
        if not out:
            summary = self.tr("No books are out.")
        elif late:
            summary = self.tr("{out} out, <b style='{alert}'>{late} overdue</b>.")
        else:
            summary = self.tr("{out} out, none overdue.")
        alert = colours.current().css(Ink.ALERT)
        self.shelf_summary.setText(summary.format(out=out, late=late, alert=alert))
        self.tabs.setTabText(
            1,
            self.tr("Lending shelf ({n} overdue)").format(n=late)
            if late
            else self.tr("Lending shelf"),
        )
        self.return_button.setEnabled(out > 0)

    def reload(self) -> None:
        """Run the search and the filters again; the chosen item stays chosen if still listed."""
        keep = self.current.id if self.current else None
        words = self.search.text()
        kind, tag = self.kind.currentData(), self.tag.currentData()
        show_archived = self.archived.isChecked()
        total = self.read(library.count_items)
        self.empty.setVisible(total == 0)
        self.view.setVisible(total > 0)
        if words.strip():
            shown = library.SEARCH_LIMIT
            items = self.read(
                lambda s: library.search(
                    s, words, kind=kind, tag=tag, archived=show_archived, limit=shown + 1
                )
            )
            self.model.set_items(items[:shown])
            if len(items) > shown:
                text = self.tr("The best {n} matches: type more to narrow them").format(n=shown)
            elif not items:
                text = self.tr(
                    "Nothing matches “{words}”. Try fewer or other words, or clear the filters."
                ).format(words=words.strip())
            else:
                text = self.tr("{n} of {total} items").format(n=len(items), total=total)
        else:

            def fetch(offset: int, n: int) -> list[library.Item]:
                return self.read(
                    lambda s: library.search(
                        s, kind=kind, tag=tag, archived=show_archived, limit=n, offset=offset
                    )
                )

            listed = self.read(
                lambda s: library.count(s, kind=kind, tag=tag, archived=show_archived)
            )
            self.model.set_items(fetch(0, self.model.BATCH), listed, fetch)
            if listed != total:
                text = self.tr("{n} of {total} items").format(n=listed, total=total)
            else:
                text = self.tr("{n} items").format(n=total)
        self.count.setText(text)
        row = self.model.row_of(keep, fetch=True) if keep is not None else -1
        if row < 0 and words.strip() and items:
            row = 0  # while searching, the best match is shown
        if row >= 0:
            self.select_row(row)
        else:
            self.view.clearSelection()
            self.current = None
            self.show_current()

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.show_current()

    def select_id(self, item_id: int) -> None:
        row = self.model.row_of(item_id, fetch=True)
        if row < 0:  # filtered out: clear the search and filters so it shows
            self.search.clear()
            self.kind.setCurrentIndex(0)
            self.tag.setCurrentIndex(0)
            row = self.model.row_of(item_id, fetch=True)
        if row >= 0:
            self.select_row(row)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [r.id for r in (self.model.row_record(x) for x in rows) if r is not None]

    def show_current(self) -> None:
        index = self.view.currentIndex()
        item = self.model.data(index, RecordRole) if index.isValid() else None
        self.current = None
        if item is not None:
            try:
                self.current = self.read(lambda s: library.get_resource(s, item.id))
            except GroupKeeperError:
                self.current = None
        cur = self.current
        self.detail.setHtml(self._html(cur) if cur else self._nothing_chosen())
        for b in (self.edit_button, self.archive_button, self.delete_button):
            b.setEnabled(cur is not None)
        self.archive_button.setText(
            self.tr("Restore from archive") if cur and cur.archived else self.tr("Archive")
        )
        is_doc = cur is not None and cur.kind is Kind.DOCUMENT
        is_book = cur is not None and cur.kind is Kind.BOOK
        self.open_button.setVisible(is_doc)
        self.save_button.setVisible(is_doc)
        self.lend_button.setVisible(is_book)
        self.back_button.setVisible(is_book)
        if cur is not None and is_book:
            self.lend_button.setEnabled(cur.available > 0)
            self.back_button.setEnabled(cur.on_loan > 0)

    def _nothing_chosen(self) -> str:
        return (
            f"<p style='{colours.current().css(Ink.HINT)}'>"
            + html.escape(
                self.tr(
                    "Choose an item to see it here. Type in the search box to find anything, "
                    "including words inside attached PDFs."
                )
            )
            + "</p>"
        )

    def _html(self, r: Resource) -> str:
        e = html.escape
        today = self.ctx.today
        inks = colours.current()
        hint = inks.css(Ink.HINT)
        out = [f"<h2 style='margin:0'>{e(r.title)}</h2>"]
        kind = self.tr("Crisis line") if r.crisis else self.tr(r.kind.label)
        sub = kind + (self.tr(" · archived") if r.archived else "")
        if r.tags:
            sub += " · " + e(", ".join(r.tags))
        out.append(f"<p style='{hint}'>{e(sub)}</p>")
        rows: list[tuple[str, str]] = []
        if r.kind is Kind.CONTACT:
            rows = [
                (self.tr("Phone"), r.phone),
                (self.tr("Text line"), r.text_line),
                (self.tr("Hours"), r.hours),
                (self.tr("Region"), r.region),
                (self.tr("Website"), r.website),
            ]
        elif r.kind is Kind.BOOK:
            shelf = self.tr("{have} of {n} on the shelf").format(have=r.available, n=r.copies)
            rows = [(self.tr("Author"), r.author), (self.tr("Copies"), shelf)]
        elif r.kind is Kind.DOCUMENT:
            rows = [(self.tr("File"), r.file_name), (self.tr("Size"), library.size_text(r.size))]
        rows = [(k, v) for k, v in rows if v]
        if rows:
            out.append("<table cellspacing='0' cellpadding='3'>")
            for k, v in rows:
                out.append(f"<tr><td style='{hint}'>{e(k)}</td><td><b>{e(v)}</b></td></tr>")
            out.append("</table>")
        if r.kind is Kind.DOCUMENT and r.text_status is not None:
            fine = r.text_status in (TextStatus.READ, TextStatus.NONE)
            style = hint if fine else inks.css(Ink.WARNING)
            out.append(f"<p style='{style}'>{e(self.tr(r.text_status.label))}</p>")
        if r.body:
            paras = [p.strip() for p in r.body.split("\n\n") if p.strip()]
            out += [f"<p>{e(p).replace(chr(10), '<br>')}</p>" for p in paras]
        if r.kind is Kind.BOOK and r.loans:
            out.append(f"<h3>{e(self.tr('Loans'))}</h3><ul>")
            for loan in r.loans[:20]:
                late = loan.overdue(today)
                style = f" style='{inks.css(Ink.ALERT)};font-weight:600'" if late else ""
                when = f"{self.tr('out')} {format_date(loan.out_on)}, {loan.describe(today)}"
                out.append(f"<li{style}>{e(loan.borrower)}: {e(when)}</li>")
            out.append("</ul>")
        return "\n".join(out)

    # ------------------------------------------------------------------ items

    def new_item(self, kind: Kind) -> None:
        from groupkeeper.ui.library.dialogs import ResourceDialog

        dialog = ResourceDialog(kind, self.read(library.list_tags), parent=self.ctx.parent_widget)
        self.ctx.dialog = dialog

        def save() -> None:
            data: ResourceInput = dialog.data()
            label = self.tr("Add {title} to the library").format(title=data.title.strip())
            new = self.write(label, lambda s: library.create_resource(s, data))
            if new is not None:
                self.select_id(new)

        dialog.accepted.connect(save)
        dialog.open()

    def edit_item(self) -> None:
        cur = self.current
        if cur is None:
            return
        from groupkeeper.ui.library.dialogs import ResourceDialog

        dialog = ResourceDialog(
            cur.kind, self.read(library.list_tags), cur.as_input(), self.ctx.parent_widget
        )
        self.ctx.dialog = dialog

        def save() -> None:
            data: ResourceInput = dialog.data()
            label = self.tr("Edit {title}").format(title=data.title.strip())
            self.write(label, lambda s: library.update_resource(s, cur.id, data))

        dialog.accepted.connect(save)
        dialog.open()

    def toggle_archived(self) -> None:
        cur = self.current
        if cur is None:
            return
        text = self.tr("Bring back {title}") if cur.archived else self.tr("Archive {title}")
        self.write(
            text.format(title=cur.title),
            lambda s: library.set_archived(s, cur.id, not cur.archived),
        )
        if not cur.archived and not self.archived.isChecked():
            note = self.tr("Archived {title}. Tick 'Show archived' to see it again.")
            self.ctx.tell(note.format(title=cur.title))

    def delete_items(self) -> None:
        ids = self.selected_ids() or ([self.current.id] if self.current else [])
        if not ids:
            return
        names = [self.model.row_record(self.model.row_of(i)) for i in ids]
        titles = [n.title for n in names if n is not None]
        what = titles[0] if len(titles) == 1 else self.tr("%n item(s)", "", len(titles))
        text = self.tr(
            "Delete {what} from the library? Attached files and loan records go with it. "
            "You can undo this with Ctrl+Z; to keep it out of sight instead, choose Archive."
        ).format(what=what)
        if not self.ctx.prompts.confirm(
            self.tr("Delete from the library"), text, self.tr("Delete")
        ):
            return
        self.current = None

        def delete(s: Session) -> None:
            for i in ids:
                library.delete_resource(s, i)

        self.write(self.tr("Delete {what} from the library").format(what=what), delete)

    def add_starter(self) -> None:
        group = self.ctx.data.group() if self.ctx.gateway else None
        country = group.country if group else ""
        from groupkeeper.library.starter import add_starter

        self.write(self.tr("Add the starter library"), lambda s: add_starter(s, country))

    # ------------------------------------------------------------------ lending

    def _fill_lend_menu(self) -> None:
        self.lend_menu.clear()
        members = self.read(lambda s: roster.list_members(s, active_only=True))
        for m in sort(members, lambda m: m.name):
            self.lend_menu.addAction(m.name, partial(self.lend, m.name, m.id))
        if members:
            self.lend_menu.addSeparator()
        self.lend_menu.addAction(self.tr("Someone else…"), self.lend_to_someone_else)

    def lend_to_someone_else(self) -> None:
        name = self.ctx.prompts.ask_text(self.tr("Lend a book"), self.tr("Who is borrowing it?"))
        if name:
            self.lend(name, None)

    def lend(self, borrower: str, member_id: int | None) -> None:
        cur = self.current
        if cur is None:
            return
        today = self.ctx.today

        def go(s: Session) -> int:
            return library.lend(s, cur.id, borrower, member_id=member_id, out_on=today)

        new = self.write(self.tr("Lend {book} to {who}").format(book=cur.title, who=borrower), go)
        # The write refreshed the page, so the book's pane already lists the new loan.
        loan = next((x for x in self.current.loans if x.id == new), None) if self.current else None
        if loan is not None:
            self.ctx.tell(
                self.tr("Lent {book} to {who}, due back {due}.").format(
                    book=cur.title, who=loan.borrower, due=format_date(loan.due_on)
                )
            )

    def _fill_back_menu(self) -> None:
        self.back_menu.clear()
        cur = self.current
        if cur is None:
            return
        for loan in cur.loans:
            if loan.returned_on is None:
                text = self.tr("{who} (out since {day})").format(
                    who=loan.borrower, day=format_date(loan.out_on)
                )
                self.back_menu.addAction(text, partial(self.record_return, loan.id))

    def record_return(self, loan_id: int) -> None:
        today = self.ctx.today
        cur = self.current
        label = (
            self.tr("Return {book}").format(book=cur.title)
            if cur is not None and any(x.id == loan_id for x in cur.loans)
            else self.tr("Return a book")
        )
        self.write(label, lambda s: library.return_loan(s, loan_id, today))

    def return_selected(self) -> None:
        index = self.loan_view.currentIndex()
        loan = self.loans.data(index, RecordRole) if index.isValid() else None
        if loan is not None:
            self.record_return(loan.id)
