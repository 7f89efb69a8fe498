"""The group's settings as form fields, shared by the welcome and Settings > Group…."""

from __future__ import annotations

import zoneinfo

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from groupkeeper import i18n
from groupkeeper.group.models import LANGUAGES, GroupKind
from groupkeeper.group.service import COUNTRIES, GroupInfo, country_for_zone, local_zone_name
from groupkeeper.i18n import _
from groupkeeper.ui.kit import screen
from groupkeeper.ui.kit.forms import hint_label, language_combo


def tr(text: str) -> str:
    return QCoreApplication.translate("Group", text)


class GroupFields:
    """Name, kind, language, time zone and country; choosing a zone suggests its country."""

    def __init__(self, info: GroupInfo | None = None) -> None:
        zone = info.timezone if info else local_zone_name()
        self.name = QLineEdit(info.name if info else "")
        self.name.setPlaceholderText(tr("e.g. Elm Falls Hope Group"))
        self.name.setAccessibleName(tr("Group name"))
        self.kind = QComboBox()
        for kind in GroupKind:
            self.kind.addItem(kind.label, kind)
        self.kind.setAccessibleName(tr("Kind of group"))
        # A new group starts in the person's language where the welcome offers it.
        own = i18n.person().split("_")[0]
        fresh = own if any(code == own for code, _name in LANGUAGES) else "en"
        self.language = language_combo(info.language if info else fresh)
        self.language.setAccessibleName(tr("Language"))
        # Where the chosen language's paper is not yet whole: what falls back to English.
        self.language_note = hint_label()
        self.language.currentIndexChanged.connect(lambda _i: self._note_language())
        self._note_language()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        self.timezone.setCurrentText(zone)
        self.timezone.setAccessibleName(tr("Time zone"))
        self.timezone.setToolTip(
            tr("Meeting times are kept in this zone, such as America/Toronto.")
        )
        self.country = QComboBox()
        for code, name in COUNTRIES:
            self.country.addItem(_(name), code)
        self.country.setAccessibleName(tr("Country"))
        self.country.setToolTip(tr("Chooses the crisis lines the library starts with."))
        country = info.country if info else country_for_zone(zone)
        self.country.setCurrentIndex(max(self.country.findData(country), 0))
        if info is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(info.kind), 0))
        self.timezone.currentTextChanged.connect(
            lambda zone: self.country.setCurrentIndex(
                max(self.country.findData(country_for_zone(zone)), 0)
            )
        )

    def _note_language(self) -> None:
        note = i18n.fallback_note(self.language.currentData() or "en")
        self.language_note.setText(note or "")
        # Shown with its form; a widget with no parent yet would open as a window of its own.
        if note is None or self.language_note.parent() is not None:
            appears = note is not None and self.language_note.isHidden()
            self.language_note.setHidden(note is None)
            window = self.language_note.window()
            if appears and window.isVisible():  # grow to show it, where the screen has room
                grown = window.height() + self.language_note.sizeHint().height()
                screen.fit(window, QSize(window.width(), grown))

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(tr("Group &name:"), self.name)
        form.addRow(tr("&Kind of group:"), self.kind)
        # The note sits under the language it is about, in the same row.
        language = QWidget()
        column = QVBoxLayout(language)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.language)
        column.addWidget(self.language_note)
        form.addRow(tr("&Language:"), language)
        label = form.labelForField(language)
        if isinstance(label, QLabel):
            label.setBuddy(self.language)  # Alt+L still goes to the list
        form.addRow(tr("&Time zone:"), self.timezone)
        form.addRow(tr("C&ountry:"), self.country)

    def info(self, uid: str = "") -> GroupInfo:
        return GroupInfo(
            self.name.text().strip(),
            self.kind.currentData(),
            self.language.currentData(),
            self.timezone.currentText().strip(),
            self.country.currentData(),
            uid,
        )
