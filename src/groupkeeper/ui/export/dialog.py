"""One Export dialog for every printed document: pick the document, its options, the paper
and large print, and see its first page before saving.

The documents, their words and their options come from the registry
(:mod:`groupkeeper.export.registry`): each option becomes its widgets here, and the widgets
become one :class:`~groupkeeper.export.registry.Request`. The dialog only gathers that request;
the window reads the data, draws the preview in a worker (``preview_wanted`` is emitted a
moment after the last change) and saves the PDF.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, assert_never

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
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

from groupkeeper import i18n
from groupkeeper.export.paper import Paper
from groupkeeper.export.parts import Part
from groupkeeper.export.preview import Preview
from groupkeeper.export.registry import (
    SPAN_DAYS,
    Count,
    DateSpan,
    Document,
    Flag,
    LeaveOut,
    LibraryChoice,
    MeetingChoice,
    Option,
    Request,
)
from groupkeeper.i18n import _
from groupkeeper.schedule.occurrences import Occurrence
from groupkeeper.text import format_date, format_time
from groupkeeper.ui.kit import colours, screen
from groupkeeper.ui.kit.forms import (
    button_box,
    date_edit,
    error_label,
    hint_label,
    narrow_combo,
    pydate,
    show_problems,
)
from groupkeeper.ui.kit.screen import Dialog

PREVIEW_WIDTH = 340


def meeting_label(o: Occurrence, language: str) -> str:
    return f"{format_date(o.day)}, {format_time(o.start, language)} · {o.series_name}"


def _fine() -> list[str]:
    return []


@dataclass(frozen=True)
class _Field:
    """One option of one document, as widgets: the Request fields they set, and what is wrong."""

    values: Callable[[], dict[str, Any]]
    problems: Callable[[], list[str]] = _fine


class ExportDialog(Dialog):
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
            if doc.spec.confidential and not pairings:
                continue
            item = QListWidgetItem(doc.label)
            item.setData(Qt.ItemDataRole.UserRole, doc)
            self.docs.addItem(item)
        self.docs.setFixedWidth(self.docs.sizeHintForColumn(0) + 2 * self.docs.frameWidth() + 12)
        self.about = hint_label()
        self.stack = QStackedWidget()
        self.pages: dict[Document, QWidget] = {}

        # Each document's options, as the registry lists them.
        self._today, self._coming, self._language = today, meetings, language
        self._tags, self._crisis_lines, self._meeting = tags, crisis_lines, meeting
        self.meetings: dict[Document, QComboBox] = {}
        self.spans: dict[Document, tuple[QDateEdit, QDateEdit]] = {}
        self.boxes: dict[tuple[Document, str], QCheckBox] = {}
        self.counts: dict[tuple[Document, str], QSpinBox] = {}
        self.parts: dict[str, QCheckBox] = {}
        self.fields: dict[Document, list[_Field]] = {}
        for doc in Document:
            page = QWidget()
            form = QFormLayout(page)
            self.fields[doc] = [self._field(doc, option, form) for option in doc.spec.options]
            self._page(doc, page)
        # The widgets by the names the window's tests reach them by.
        self.packet_meeting = self.meetings[Document.PACKET]
        self.sign_meeting = self.meetings[Document.SIGN_IN]
        self.facilitator_note = self.boxes[Document.PACKET, "facilitator_note"]
        self.names = self.boxes[Document.SIGN_IN, "names"]
        self.blank = self.counts[Document.SIGN_IN, "blank"]
        self.flyer_first, self.flyer_last = self.spans[Document.FLYER]
        self.roster_first, self.roster_last = self.spans[Document.ROSTER]
        self.notes = self.boxes[Document.PAIRINGS, "notes"]

        # Paper and large print, for every document that takes them.
        self.paper = narrow_combo()
        self.paper.setAccessibleName(self.tr("Paper"))
        self.large = QCheckBox(self.tr("&Large print (16 pt and up)"))
        common = QFormLayout()
        common.addRow(self.tr("&Paper:"), self.paper)
        common.addRow(self.large)
        self.errors = error_label()
        # Where paper in the group's language is not yet whole: its labels fall back to English.
        self.language_note = hint_label()
        note = i18n.fallback_note(language)
        self.language_note.setText(note or "")
        self.language_note.setHidden(note is None)  # shown with the dialog when there is one

        self.preview = QLabel()

        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        colours.fill(self.preview, colours.Fill.SURROUND)
        self.preview.setAccessibleName(self.tr("Preview of the first page"))
        self.preview_note = hint_label()

        options = QVBoxLayout()
        options.addWidget(self.about)
        options.addLayout(common)
        options.addWidget(self.stack)
        options.addWidget(self.errors)
        options.addWidget(self.language_note)
        options.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.preview_note)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.docs)
        row.addLayout(options, 1)
        row.addLayout(right)
        self._size_preview(parent, options, row.spacing())
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        buttons = button_box(self, text=self.tr("&Save PDF…"))
        self.print_button = buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setAutoDefault(False)  # Enter still saves, as before
        self.print_button.setToolTip(self.tr("Choose a printer and print it now"))
        self.print_button.clicked.connect(self._print)
        self.printing = False
        """The person chose Print… rather than Save PDF… (read once the dialog is accepted)."""
        layout.addWidget(buttons)
        self.resize(1000, 580)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._want_preview)
        for widget in self.findChildren(QCheckBox) + self.findChildren(QRadioButton):
            widget.toggled.connect(self.changed)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self.changed)
        for spin in self.findChildren(QSpinBox):
            spin.valueChanged.connect(self.changed)
        for edit in self.findChildren(QDateEdit):
            edit.dateChanged.connect(self.changed)
        self.docs.currentRowChanged.connect(self._switch)
        self.select(start)

    # ------------------------------------------------------------------ building

    def _size_preview(self, parent: QWidget | None, options: QVBoxLayout, gap: int) -> None:
        """The preview as big as the screen leaves beside the list and the options (on a
        small laptop, a third of its usual size), so nothing needs scrolling sideways."""
        space = screen.room(parent)
        beside = self.docs.width() + options.minimumSize().width() + 2 * gap + 40
        width = max(120, min(PREVIEW_WIDTH, space.width() - beside))
        width = max(120, min(width, int((space.height() - 140) / 1.32)))
        self.preview.setFixedSize(width + 8, int(width * 1.32) + 8)
        self.preview_note.setMaximumWidth(width + 8)  # wraps under the preview, never wider

    def _page(self, doc: Document, widget: QWidget) -> None:
        self.pages[doc] = widget
        self.stack.addWidget(widget)

    def _field(self, doc: Document, option: Option, form: QFormLayout) -> _Field:
        """The widgets for ``option`` of ``doc``, added to ``form``."""
        match option:
            case MeetingChoice():
                return self._meeting_field(doc, option, form)
            case LeaveOut():
                return self._parts_field(form)
            case Flag():
                box = QCheckBox(_(option.label))
                form.addRow(box)
                self.boxes[doc, option.field] = box
                return _Field(lambda: {option.field: box.isChecked()})
            case Count():
                spin = QSpinBox()
                spin.setRange(0, option.most)
                spin.setValue(option.default)
                spin.setAccessibleName(_(option.name))
                form.addRow(_(option.label), spin)
                self.counts[doc, option.field] = spin
                return _Field(lambda: {option.field: spin.value()})
            case DateSpan():
                return self._span_field(doc, form)
            case LibraryChoice():
                return self._library_field(form)
            case _:
                assert_never(option)

    def _meeting_field(self, doc: Document, option: MeetingChoice, form: QFormLayout) -> _Field:
        combo = self._meeting_combo(self._coming, self._language, blank=not option.required)
        form.addRow(self.tr("&Meeting:"), combo)
        self.meetings[doc] = combo
        chosen = self._meeting
        if option.required and chosen is not None:  # the meeting the person printed from
            for i in range(combo.count()):
                o = combo.itemData(i)
                if o and (o.series_id, o.original_date) == (chosen.series_id, chosen.original_date):
                    combo.setCurrentIndex(i)

        def problems() -> list[str]:
            if option.required and combo.currentData() is None:
                return [_(option.none_coming)]
            return []

        return _Field(lambda: {"meeting": combo.currentData()}, problems)

    def _meeting_combo(
        self, meetings: Sequence[Occurrence], language: str, blank: bool
    ) -> QComboBox:
        combo = narrow_combo()
        combo.setAccessibleName(self.tr("Meeting"))
        if blank:
            combo.addItem(self.tr("No date: a sheet for any meeting"), None)
        for o in meetings:
            combo.addItem(meeting_label(o, language), o)
        return combo

    def _parts_field(self, form: QFormLayout) -> _Field:
        for part in Part:
            box = QCheckBox(part.label)
            box.setChecked(True)
            self.parts[part.value] = box
            form.addRow(box)
        return _Field(
            lambda: {"parts": frozenset(k for k, box in self.parts.items() if not box.isChecked())}
        )

    def _span_field(self, doc: Document, form: QFormLayout) -> _Field:
        first = date_edit(self._today, self.tr("From"))
        last = date_edit(self._today + timedelta(days=SPAN_DAYS), self.tr("To"))
        form.addRow(self.tr("&From:"), first)
        form.addRow(self.tr("&To:"), last)
        self.spans[doc] = (first, last)

        def problems() -> list[str]:
            if pydate(last.date()) < pydate(first.date()):
                return [self.tr("The 'To' date is before the 'From' date.")]
            return []

        return _Field(
            lambda: {"first": pydate(first.date()), "last": pydate(last.date())}, problems
        )

    def _library_field(self, form: QFormLayout) -> _Field:
        """The handout's items: everything, a tag, or the items chosen in the library."""
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
        self.tag.addItems(list(self._tags))
        self.tag.setAccessibleName(self.tr("Tag"))
        self.by_tag.setEnabled(bool(self._tags))
        self.tag.setEnabled(False)
        self.by_tag.toggled.connect(self.tag.setEnabled)
        self.crisis = QCheckBox(self.tr("Start with the &crisis-line page"))
        self.crisis.setChecked(self._crisis_lines)
        self.crisis.setEnabled(self._crisis_lines)
        form.addRow(self.everything)
        form.addRow(self.by_tag, self.tag)
        form.addRow(self.selected)
        form.addRow(self.crisis)
        return _Field(
            lambda: {
                "ids": self.chosen if self.selected.isChecked() else None,
                "tag": self.tag.currentText() if self.by_tag.isChecked() else None,
                "crisis": self.crisis.isChecked(),
            }
        )

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
        self.about.setText(doc.about)
        current = self.paper.currentData()
        self.paper.blockSignals(True)
        self.paper.clear()
        for size in Paper:
            if size.is_booklet and not doc.booklet:
                continue
            self.paper.addItem(size.label, size)
        index = self.paper.findData(current)
        self.paper.setCurrentIndex(max(index, 0))
        self.paper.blockSignals(False)
        self.large.setEnabled(doc.large_print)
        if not doc.large_print:
            self.large.setChecked(False)
        self.changed()

    def problems(self) -> list[str]:
        return [p for f in self.fields[self.document()] for p in f.problems()]

    def request(self) -> Request:
        doc = self.document()
        chosen: dict[str, Any] = {}
        for f in self.fields[doc]:
            chosen |= f.values()
        paper = self.paper.currentData() or Paper.LETTER
        return Request(doc, paper, self.large.isChecked(), **chosen)

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
        if result.sheet:
            note = self.tr("First sheet of {n} (each sheet folds to four pages)")
        elif result.known:
            note = self.tr("Page 1 of {n}")
        else:  # only the first page was drawn: the rest is counted when it is saved
            note = self.tr("Page 1 of at least {n}")
        self.preview_note.setText(note.format(n=result.pages))

    def show_preview_problem(self, message: str) -> None:
        self.preview.clear()
        self.preview.setText(message)
        self.preview.setWordWrap(True)
        self.preview_note.setText("")

    def _print(self) -> None:
        self.printing = True
        self.accept()
        self.printing = self.result() == QDialog.DialogCode.Accepted

    def accept(self) -> None:
        if not show_problems(self.errors, self.problems()):
            super().accept()
