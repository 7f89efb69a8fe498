"""Dialogs of the Library page: one editor for readings, contacts, books and a document's
details (the fields follow the kind), and the choice of what goes on the resource handout."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.library.models import Kind
from groupkeeper.library.service import MAX_COPIES, ResourceInput, check_resource
from groupkeeper.lists import parse_tags
from groupkeeper.ui.kit.forms import (
    FormDialog,
    button_box,
    error_label,
    hint_label,
    show_problems,
    text_box,
)
from groupkeeper.ui.kit.tables import QT_TRANSLATE_NOOP

HINTS = {
    Kind.READING: QT_TRANSLATE_NOOP(
        "ResourceDialog", "Paragraphs are separated by a blank line and print as you type them."
    ),
    Kind.CONTACT: QT_TRANSLATE_NOOP(
        "ResourceDialog", "Tick 'Crisis line' to put it on the printed crisis page."
    ),
    Kind.BOOK: QT_TRANSLATE_NOOP(
        "ResourceDialog", "A book the group owns and lends; loans are recorded on the Library page."
    ),
    Kind.DOCUMENT: QT_TRANSLATE_NOOP(
        "ResourceDialog", "The attached file stays as it is; here you change how it is listed."
    ),
}


class ResourceDialog(FormDialog):
    """Add or edit one library item. The fields shown follow its kind."""

    def __init__(
        self,
        kind: Kind,
        tags_in_use: list[str],
        initial: ResourceInput | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        noun = self.tr(kind.label).lower()
        self.setWindowTitle(
            self.tr("Edit {noun}").format(noun=noun)
            if initial
            else self.tr("New {noun}").format(noun=noun)
        )
        self.setMinimumWidth(560)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setAccessibleName(
            self.tr("Organisation") if kind is Kind.CONTACT else self.tr("Title")
        )
        form.addRow(
            self.tr("&Organisation:") if kind is Kind.CONTACT else self.tr("&Title:"), self.title
        )
        self.author = QLineEdit()
        self.copies = QSpinBox()
        self.copies.setRange(0, MAX_COPIES)
        self.copies.setValue(1)
        self.copies.setAccessibleName(self.tr("Copies the group owns"))
        self.phone = QLineEdit()
        self.text_line = QLineEdit()
        self.hours = QLineEdit()
        self.region = QLineEdit()
        self.website = QLineEdit()
        self.crisis = QCheckBox(self.tr("&Crisis line: print it on the crisis page"))
        for widget, name in (
            (self.author, "Author"),
            (self.phone, "Phone"),
            (self.text_line, "Text line"),
            (self.hours, "Hours"),
            (self.region, "Region"),
            (self.website, "Website"),
        ):
            widget.setAccessibleName(self.tr(name))
        self.website.setPlaceholderText(self.tr("written down for people to type; never opened"))
        if kind is Kind.BOOK:
            form.addRow(self.tr("&Author:"), self.author)
            form.addRow(self.tr("Co&pies:"), self.copies)
        if kind is Kind.CONTACT:
            self.phone.setPlaceholderText(self.tr("e.g. 988 or 1-800-555-0100"))
            self.hours.setPlaceholderText(self.tr("e.g. 24 hours, or Mon-Fri 9-5"))
            form.addRow(self.tr("&Phone:"), self.phone)
            form.addRow(self.tr("Te&xt line:"), self.text_line)
            form.addRow(self.tr("&Hours:"), self.hours)
            form.addRow(self.tr("&Region:"), self.region)
            form.addRow(self.tr("&Website:"), self.website)
            form.addRow("", self.crisis)
        self.body = text_box()
        self.body.setAccessibleName(self.tr("Text") if kind is Kind.READING else self.tr("Notes"))
        self.body.setMinimumHeight(220 if kind is Kind.READING else 80)
        form.addRow(self.tr("Te&xt:") if kind is Kind.READING else self.tr("&Notes:"), self.body)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("separated by commas, e.g. newcomers, family"))
        completer = QCompleter(tags_in_use, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        self.tags.setCompleter(completer)
        form.addRow(self.tr("T&ags:"), self.tags)
        hint = hint_label(self.tr(HINTS[kind]))
        self.errors = error_label()
        buttons = button_box(self, text=self.tr("&Save"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        if initial is not None:
            self._load(initial)
        self.title.setFocus()

    def _load(self, d: ResourceInput) -> None:
        self.title.setText(d.title)
        self.body.setPlainText(d.body)
        self.tags.setText(", ".join(d.tags))
        self.author.setText(d.author)
        self.copies.setValue(d.copies)
        self.phone.setText(d.phone)
        self.text_line.setText(d.text_line)
        self.hours.setText(d.hours)
        self.region.setText(d.region)
        self.website.setText(d.website)
        self.crisis.setChecked(d.crisis)

    def data(self) -> ResourceInput:
        return ResourceInput(
            self.kind,
            self.title.text(),
            self.body.toPlainText(),
            parse_tags(self.tags.text()),
            phone=self.phone.text(),
            text_line=self.text_line.text(),
            hours=self.hours.text(),
            region=self.region.text(),
            website=self.website.text(),
            crisis=self.crisis.isChecked(),
            author=self.author.text(),
            copies=self.copies.value(),
        )

    def accept(self) -> None:
        if not show_problems(self.errors, check_resource(self.data())):
            super().accept()
