"""One Export dialog for every printed document: pick the document, its options, the paper
and large print, and see its first page before saving.

The dialog only gathers a :class:`~groupkeeper.export.documents.Request`; the window reads
the data, draws the preview in a worker (``preview_wanted`` is emitted a moment after the
last change) and saves the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.export.documents import Document, Preview, Request
from groupkeeper.export.paper import Paper
from groupkeeper.export.parts import Part
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time
from groupkeeper.ui.kit.forms import (
    button_box,
    date_edit,
    error_label,
    hint_label,
    pydate,
    show_problems,
)

PREVIEW_WIDTH = 340


def meeting_label(o: Occurrence, language: str) -> str:
    return f"{format_date(o.day)}, {format_time(o.start, language)} · {o.series_name}"


class ExportDialog(QDialog):
    preview_wanted = Signal(object)  # a Request

    def __init__(
        self,
        parent: QWidget | None,
        today: date,
        meetings: Sequence[Occurrence],
        language: str,
        *,
        tags: Sequence[str] = (),
        chosen: Sequence[int] = (),
        crisis_lines: bool = True,
        pairings: bool = True,
        start: Document = Document.PACKET,
        meeting: Occurrence | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print or export"))
        self.chosen = list(chosen)
        self.docs = QListWidget()
        self.docs.setAccessibleName(self.tr("Document"))
        self.docs.setSpacing(3)
        self.docs.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for doc in Document:
            if doc is Document.PAIRINGS and not pairings:
                continue
            item = QListWidgetItem(self.tr(doc.label))
            item.setData(Qt.ItemDataRole.UserRole, doc)
            self.docs.addItem(item)
        self.docs.setFixedWidth(self.docs.sizeHintForColumn(0) + 2 * self.docs.frameWidth() + 12)
        self.about = hint_label()
        self.stack = QStackedWidget()
        self.pages: dict[Document, QWidget] = {}

        # The packet: which meeting, which parts, the private note.
        self.packet_meeting = self._meeting_combo(meetings, language, blank=False)
        self.parts = {}
        packet = QWidget()
        form = QFormLayout(packet)
        form.addRow(self.tr("&Meeting:"), self.packet_meeting)
        for part in Part:
            box = QCheckBox(self.tr(part.label))
            box.setChecked(True)
            self.parts[part.value] = box
            form.addRow(box)
        self.facilitator_note = QCheckBox(self.tr("Add the private &note to the facilitator"))
        form.addRow(self.facilitator_note)
        if meeting is not None:
            for i in range(self.packet_meeting.count()):
                o = self.packet_meeting.itemData(i)
                if o and (o.series_id, o.original_date) == (
                    meeting.series_id,
                    meeting.original_date,
                ):
                    self.packet_meeting.setCurrentIndex(i)
        self._page(Document.PACKET, packet)

        # The sign-in sheet.
        self.sign_meeting = self._meeting_combo(meetings, language, blank=True)
        self.names = QCheckBox(self.tr("Print the members' first &names"))
        self.blank = QSpinBox()
        self.blank.setRange(0, 200)
        self.blank.setValue(20)
        self.blank.setAccessibleName(self.tr("Blank lines"))
        sign = QWidget()
        form = QFormLayout(sign)
        form.addRow(self.tr("&Meeting:"), self.sign_meeting)
        form.addRow(self.names)
        form.addRow(self.tr("&Blank lines:"), self.blank)
        self._page(Document.SIGN_IN, sign)

        self._page(Document.PHONE_LIST, QWidget())

        # Date ranges for the flyer and the roster.
        self.flyer_first = date_edit(today, self.tr("From"))
        self.flyer_last = date_edit(today + timedelta(days=91), self.tr("To"))
        self._page(Document.FLYER, self._range(self.flyer_first, self.flyer_last))
        self.roster_first = date_edit(today, self.tr("From"))
        self.roster_last = date_edit(today + timedelta(days=91), self.tr("To"))
        self._page(Document.ROSTER, self._range(self.roster_first, self.roster_last))

        # The handout: everything, a tag, or the items chosen in the library.
        self.everything = QRadioButton(self.tr("The whole library"))
        self.by_tag = QRadioButton(self.tr("Items with the tag:"))
        self.selected = QRadioButton(
            self.tr("The {n} items chosen in the list").format(n=len(self.chosen))
        )
        self.selected.setEnabled(bool(self.chosen))
        group = QButtonGroup(self)
        for b in (self.everything, self.by_tag, self.selected):
            group.addButton(b)
        (self.selected if len(self.chosen) > 1 else self.everything).setChecked(True)
        self.tag = QComboBox()
        self.tag.addItems(list(tags))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.by_tag.setEnabled(bool(tags))
        self.tag.setEnabled(False)
        self.by_tag.toggled.connect(self.tag.setEnabled)
        self.crisis = QCheckBox(self.tr("Start with the &crisis-line page"))
        self.crisis.setChecked(crisis_lines)
        self.crisis.setEnabled(crisis_lines)
        handout = QWidget()
        form = QFormLayout(handout)
        form.addRow(self.everything)
        form.addRow(self.by_tag, self.tag)
        form.addRow(self.selected)
        form.addRow(self.crisis)
        self._page(Document.HANDOUT, handout)

        self.notes = QCheckBox(self.tr("Include private &notes (requests, check-ins, endings)"))
        pairs = QWidget()
        QFormLayout(pairs).addRow(self.notes)
        self._page(Document.PAIRINGS, pairs)

        # Paper and large print, for every document that takes them.
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.large = QCheckBox(self.tr("&Large print (16 pt and up)"))
        common = QFormLayout()
        common.addRow(self.tr("&Paper:"), self.paper)
        common.addRow(self.large)
        self.errors = error_label()

        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_WIDTH + 8, int(PREVIEW_WIDTH * 1.32) + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setStyleSheet("background: #e9edf1;")
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview_note = hint_label()

        options = QVBoxLayout()
        options.addWidget(self.about)
        options.addLayout(common)
        options.addWidget(self.stack)
        options.addWidget(self.errors)
        options.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.preview_note)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.docs)
        row.addLayout(options, 1)
        row.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(button_box(self, text=self.tr("&Save PDF…")))
        self.resize(1000, 580)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._want_preview)
        for widget in self.findChildren(QCheckBox) + self.findChildren(QRadioButton):
            widget.toggled.connect(self.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.changed)
        self.blank.valueChanged.connect(self.changed)
        for edit in (self.flyer_first, self.flyer_last, self.roster_first, self.roster_last):
            edit.dateChanged.connect(self.changed)
        self.docs.currentRowChanged.connect(self._switch)
        self.select(start)

    # ------------------------------------------------------------------ building

    def _page(self, doc: Document, widget: QWidget) -> None:
        self.pages[doc] = widget
        self.stack.addWidget(widget)

    def _meeting_combo(
        self, meetings: Sequence[Occurrence], language: str, blank: bool
    ) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Meeting"))
        if blank:
            combo.addItem(self.tr("No date: a sheet for any meeting"), None)
        for o in meetings:
            combo.addItem(meeting_label(o, language), o)
        return combo

    def _range(self, first: QWidget, last: QWidget) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("&From:"), first)
        form.addRow(self.tr("&To:"), last)
        return page

    # ------------------------------------------------------------------ state

    def document(self) -> Document:
        item = self.docs.currentItem()
        doc: Document = item.data(Qt.ItemDataRole.UserRole) if item else Document.PACKET
        return doc

    def select(self, doc: Document) -> None:
        for i in range(self.docs.count()):
            if self.docs.item(i).data(Qt.ItemDataRole.UserRole) is doc:
                self.docs.setCurrentRow(i)
                self._switch()
                return

    def _switch(self, *_args: object) -> None:
        doc = self.document()
        self.stack.setCurrentWidget(self.pages[doc])
        self.about.setText(self.tr(doc.about))
        current = self.paper.currentData()
        self.paper.blockSignals(True)
        self.paper.clear()
        for size in Paper:
            if size.is_booklet and not doc.booklet:
                continue
            self.paper.addItem(self.tr(size.label), size)
        index = self.paper.findData(current)
        self.paper.setCurrentIndex(max(index, 0))
        self.paper.blockSignals(False)
        self.large.setEnabled(doc.large_print)
        if not doc.large_print:
            self.large.setChecked(False)
        self.changed()

    def problems(self) -> list[str]:
        doc = self.document()
        if doc is Document.PACKET and self.packet_meeting.currentData() is None:
            return [self.tr("There is no meeting in the next eight weeks to print a packet for.")]
        if doc in (Document.FLYER, Document.ROSTER):
            first, last = self._span(doc)
            if last < first:
                return [self.tr("The 'To' date is before the 'From' date.")]
        return []

    def _span(self, doc: Document) -> tuple[date, date]:
        if doc is Document.FLYER:
            return pydate(self.flyer_first.date()), pydate(self.flyer_last.date())
        return pydate(self.roster_first.date()), pydate(self.roster_last.date())

    def request(self) -> Request:
        doc = self.document()
        req = Request(doc, self.paper.currentData() or Paper.LETTER, self.large.isChecked())
        if doc is Document.PACKET:
            left_out = frozenset(k for k, box in self.parts.items() if not box.isChecked())
            return Request(
                doc, req.paper, req.large, meeting=self.packet_meeting.currentData(),
                parts=left_out, facilitator_note=self.facilitator_note.isChecked(),
            )  # fmt: skip
        if doc is Document.SIGN_IN:
            return Request(doc, req.paper, req.large, meeting=self.sign_meeting.currentData(),
                           names=self.names.isChecked(), blank=self.blank.value())  # fmt: skip
        if doc in (Document.FLYER, Document.ROSTER):
            first, last = self._span(doc)
            return Request(doc, req.paper, req.large, first=first, last=last)
        if doc is Document.HANDOUT:
            return Request(
                doc, req.paper, req.large,
                ids=self.chosen if self.selected.isChecked() else None,
                tag=self.tag.currentText() if self.by_tag.isChecked() else None,
                crisis=self.crisis.isChecked(),
            )  # fmt: skip
        if doc is Document.PAIRINGS:
            return Request(doc, req.paper, req.large, notes=self.notes.isChecked())
        return req

    # ------------------------------------------------------------------ preview

    def changed(self, *_args: object) -> None:
        show_problems(self.errors, self.problems())
        self.timer.start()

    def _want_preview(self) -> None:
        if self.problems():
            self.show_preview_problem(self.tr("Nothing to preview yet."))
            return
        self.preview_note.setText(self.tr("Drawing the preview…"))
        self.preview_wanted.emit(self.request())

    def show_preview(self, result: Preview) -> None:
        image = QImage(
            result.pixels, result.width, result.height, result.stride,
            QImage.Format.Format_BGR888,
        ).copy()  # fmt: skip
        pixmap = QPixmap.fromImage(image).scaled(
            self.preview.width() - 8, self.preview.height() - 8,
            Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation,
        )  # fmt: skip
        self.preview.setPixmap(pixmap)
        booklet = self.paper.currentData() is Paper.BOOKLET
        self.preview_note.setText(
            (self.tr("First sheet of {n} (each sheet folds to four pages)")
             if booklet else self.tr("Page 1 of {n}")).format(n=result.pages)
        )  # fmt: skip

    def show_preview_problem(self, message: str) -> None:
        self.preview.clear()
        self.preview.setText(message)
        self.preview.setWordWrap(True)
        self.preview_note.setText("")

    def accept(self) -> None:
        if not show_problems(self.errors, self.problems()):
            super().accept()
