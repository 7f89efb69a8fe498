"""Settings > Group…: the group's name, kind, language, time zone and country."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from groupkeeper.group.service import GroupInfo, validate_group
from groupkeeper.ui.group.fields import GroupFields
from groupkeeper.ui.kit.forms import SavingDialog


class GroupDialog(SavingDialog):
    def __init__(
        self, parent: QWidget | None, info: GroupInfo, save: Callable[[GroupInfo], str | None]
    ) -> None:
        super().__init__(parent, self.tr("The group"))
        self.fields = GroupFields(info)
        note = QLabel(
            self.tr(
                "The language and time zone apply to what is printed and to meeting times; "
                "the country chooses the crisis lines a new library starts with."
            )
        )
        note.setWordWrap(True)
        self.layout_.addWidget(note)
        self.fields.add_rows(self.form)
        uid = info.uid

        def checked_save() -> str | None:
            chosen = self.fields.info(uid)
            problems = validate_group(chosen)
            return " ".join(problems) if problems else save(chosen)

        self.save = checked_save
        self.finish(self.tr("&Save"))
