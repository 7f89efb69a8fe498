"""Settings > Group…: the group's name, kind, language, time zone and country on one tab; its
contact (and where it prints) and service numbers on another, so the dialog stays short."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QTabWidget, QWidget

from groupkeeper.group.contact import GroupContact
from groupkeeper.group.service import GroupInfo, validate_group
from groupkeeper.ui.group.contact import ContactFields
from groupkeeper.ui.group.fields import GroupFields
from groupkeeper.ui.kit.forms import SavingDialog


class GroupDialog(SavingDialog):
    def __init__(
        self, parent: QWidget | None, info: GroupInfo, save: Callable[[GroupInfo], str | None]
    ) -> None:
        super().__init__(parent, self.tr("The group"))
        self.fields = GroupFields(info)
        self.contact = ContactFields(info)
        first = QWidget()
        form = QFormLayout(first)
        note = QLabel(
            self.tr(
                "The language and time zone apply to what is printed and to meeting times; "
                "the country chooses the crisis lines a new library starts with."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.fields.add_rows(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(first, self.tr("&Group"))
        self.tabs.addTab(self.contact.page(), self.tr("Cont&act and service numbers"))
        self.layout_.addWidget(self.tabs)
        uid = info.uid

        def checked_save() -> str | None:
            chosen = self.contact.info(self.fields.info(uid))
            problems = validate_group(chosen)
            if not problems:
                return save(chosen)
            # Show the tab the problems are on: the first one's, when it alone has none.
            alone = replace(chosen, contact=GroupContact(), service_number="", district="")
            self.tabs.setCurrentIndex(0 if validate_group(alone) else 1)
            return " ".join(problems)

        self.save = checked_save
        self.finish(self.tr("&Save"))
