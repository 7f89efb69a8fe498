"""Dialogs for meeting materials: one meeting's topic, announcements and private note to
the facilitator, and the editor of the group's meeting formats (the script the packet
prints, section by section)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from groupkeeper.materials.service import MeetingFormat, MeetingNote, Section
from groupkeeper.ui.kit.forms import (
    SavingDialog,
    ask_to_confirm,
    hint_label,
    show_problems,
    text_box,
)


def _text(value: str = "", height: int = 90) -> QPlainTextEdit:
    return text_box(value, height)


class MeetingNoteDialog(SavingDialog):
    """The topic, announcements and private note to the facilitator of one meeting."""

    def __init__(self, parent: QWidget | None, meeting: str, note: MeetingNote) -> None:
        super().__init__(parent, self.tr("Topic and notes"))
        self.layout_.addWidget(hint_label(meeting))
        self.topic = QLineEdit(note.topic)
        self.topic.setPlaceholderText(self.tr("Such as “Gratitude” or “Step 3”"))
        self.topic.setAccessibleName(self.tr("Topic"))
        self.announcements = _text(note.announcements)
        self.announcements.setAccessibleName(self.tr("Announcements"))
        self.private = _text(note.facilitator_note, 70)
        self.private.setAccessibleName(self.tr("Note to the facilitator"))
        self.form.addRow(self.tr("&Topic:"), self.topic)
        self.form.addRow(self.tr("&Announcements:"), self.announcements)
        self.form.addRow(self.tr("&Note to the facilitator:"), self.private)
        self.form.addRow(
            hint_label(
                self.tr(
                    "The topic and announcements print in the meeting packet. The note to the "
                    "facilitator is private: it prints only when you tick it in the Export dialog."
                )
            )
        )
        self.finish()

    def note(self) -> MeetingNote:
        return MeetingNote(
            self.topic.text(), self.announcements.toPlainText(), self.private.toPlainText()
        )


class SectionDialog(SavingDialog):
    """One part of a meeting: heading, words, a reading, who reads it, how long."""

    def __init__(
        self,
        parent: QWidget | None,
        section: Section,
        readings: Sequence[tuple[int, str]],
        roles: Sequence[tuple[int, str]],
    ) -> None:
        super().__init__(parent, self.tr("Part of the meeting"))
        self.heading = QLineEdit(section.heading)
        self.heading.setAccessibleName(self.tr("Heading"))
        self.heading.setPlaceholderText(self.tr("Such as “Opening” or “Sharing”"))
        self.text = _text(section.text, 110)
        self.text.setAccessibleName(self.tr("What is said"))
        self.reading = QComboBox()
        self.reading.setAccessibleName(self.tr("Reading"))
        self.reading.addItem(self.tr("No reading"), None)
        self.titles = dict(readings)
        for rid, title in readings:
            self.reading.addItem(title, rid)
        if section.reading_id is not None:
            index = self.reading.findData(section.reading_id)
            if index < 0:  # deleted from the library: say so, keep it until changed
                self.titles[section.reading_id] = section.reading_title
                self.reading.addItem(
                    self.tr("{title} (not in the library any more)").format(
                        title=section.reading_title
                    ),
                    section.reading_id,
                )
                index = self.reading.count() - 1
            self.reading.setCurrentIndex(index)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Read by"))
        self.role.addItem(self.tr("Nobody in particular"), None)
        for role_id, name in roles:
            self.role.addItem(name, role_id)
        self.role.setCurrentIndex(max(self.role.findData(section.role_id), 0))
        self.minutes = QSpinBox()
        self.minutes.setRange(-1, 600)
        self.minutes.setSpecialValueText(self.tr("no set time"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(-1 if section.minutes is None else section.minutes)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.form.addRow(self.tr("&Heading:"), self.heading)
        self.form.addRow(self.tr("&What is said:"), self.text)
        self.form.addRow(self.tr("&Reading:"), self.reading)
        self.form.addRow(self.tr("Read &by (roster role):"), self.role)
        self.form.addRow(self.tr("&Minutes:"), self.minutes)
        self.form.addRow(
            hint_label(self.tr("A reading prints in full, from the library. The roster fills in "
                               "who has the role at each meeting."))
        )  # fmt: skip
        self.save = lambda: (
            None
            if self.heading.text().strip()
            else self.tr("Give this part a heading, such as “Readings” or “Sharing”.")
        )
        self.finish()

    def section(self) -> Section:
        reading = self.reading.currentData()
        minutes = self.minutes.value()
        return Section(
            self.heading.text().strip(), self.text.toPlainText().strip(),
            reading, self.titles.get(reading, "") if reading is not None else "",
            self.role.currentData(), None if minutes < 0 else minutes,
        )  # fmt: skip


SaveFormat = Callable[[int | None, str, list[Section]], int | str]
ChangeFormat = Callable[[int], str | None]


class FormatsDialog(SavingDialog):
    """The group's meeting formats: choose one on the left, change its parts on the right.

    Each callback writes to the group file: ``save_format(id or None, name, sections)`` saves
    one and returns its id, or a problem in words; ``make_usual(id)`` puts one first and
    ``delete_format(id)`` deletes one, each returning a problem in words or None. Changes
    not yet saved are never dropped without asking: not on choosing another format, starting
    a new one or closing."""

    def __init__(
        self,
        parent: QWidget | None,
        formats: Sequence[MeetingFormat],
        readings: Sequence[tuple[int, str]],
        roles: Sequence[tuple[int, str]],
        *,
        save_format: SaveFormat,
        make_usual: ChangeFormat,
        delete_format: ChangeFormat,
    ) -> None:
        super().__init__(parent, self.tr("Meeting formats"))
        self.setMinimumSize(820, 520)
        self.readings, self.roles = list(readings), list(roles)
        self.role_names = dict(roles)
        self.save_format = save_format
        self.make_usual_in_file = make_usual
        self.delete_in_file = delete_format
        self.formats = list(formats)
        self.current: int | None = None  # index into self.formats; None for a new one
        self.sections: list[Section] = []
        self.which = QComboBox()
        self.which.setAccessibleName(self.tr("Format"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Format name"))
        self.parts = QListWidget()
        self.parts.setAccessibleName(self.tr("Parts of the meeting"))
        self.parts.itemDoubleClicked.connect(lambda _i: self.edit_part())
        buttons = QVBoxLayout()
        for text, slot in (
            (self.tr("&Add part…"), self.add_part),
            (self.tr("&Change…"), self.edit_part),
            (self.tr("Move &up"), lambda: self.move_part(-1)),
            (self.tr("Move do&wn"), lambda: self.move_part(1)),
            (self.tr("&Remove"), self.remove_part),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.parts, 1)
        row.addLayout(buttons)
        new = QPushButton(self.tr("&New format"))
        new.clicked.connect(self.new_format)
        self.usual_button = QPushButton(self.tr("Ma&ke it usual"))
        self.usual_button.setToolTip(self.tr("Meetings without a format of their own follow it"))
        self.usual_button.clicked.connect(self.make_usual)
        self.delete_button = QPushButton(self.tr("&Delete format…"))
        self.delete_button.clicked.connect(self.delete_format)
        top = QHBoxLayout()
        top.addWidget(self.which, 1)
        top.addWidget(new)
        top.addWidget(self.usual_button)
        top.addWidget(self.delete_button)
        self.total = hint_label()
        self.form.addRow(self.tr("Format:"), top)
        self.form.addRow(self.tr("Na&me:"), self.name)
        self.form.addRow(row)
        self.form.addRow(self.total)
        self.form.addRow(
            hint_label(self.tr("The first format is the group's usual one; in the meeting "
                               "editor, each meeting series can follow another."))
        )  # fmt: skip
        self._fill_which()
        self.which.currentIndexChanged.connect(self._switch)
        self._show()
        self.save = self._save
        self.finish(self.tr("&Save format"))

    def _fill_which(self, index: int = 0) -> None:
        self.which.blockSignals(True)
        self.which.clear()
        for f in self.formats:
            self.which.addItem(f.name, f.id)
        self.which.setCurrentIndex(index)
        self.which.blockSignals(False)

    def _switch(self, index: int) -> None:
        """Another format chosen: first save or drop what is unsaved, or stay where we were."""
        if not self._leave():
            self._fill_which(-1 if self.current is None else self.current)
            return
        self._fill_which(index)  # saving a new format added it to the list
        self._show()

    def _changed(self) -> bool:
        if self.current is None:
            return bool(self.sections)
        saved = self.formats[self.current]
        return self.name.text().strip() != saved.name or tuple(self.sections) != saved.sections

    def _leave(self) -> bool:
        """True when the format on screen may be left: unchanged, saved now, or dropped."""
        if not self._changed():
            return True
        answer = self.ask_unsaved(self.name.text().strip() or self.tr("New format"))
        if answer == "save":
            return not show_problems(self.errors, [p] if (p := self._save()) else [])
        return answer == "discard"

    def reject(self) -> None:
        if self._leave():  # its own question, per format: not FormDialog's for the whole
            QDialog.reject(self)

    def _show(self, *_args: object) -> None:
        index = self.which.currentIndex()
        self.current = index if index >= 0 else None
        chosen = self.formats[index] if index >= 0 else None
        self.name.setText(chosen.name if chosen else "")
        self.sections = list(chosen.sections) if chosen else []
        self._fill_parts()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        """Make usual: a saved format that is not first. Delete: a saved one, not the only one."""
        saved = self.current is not None
        self.usual_button.setEnabled(saved and self.current != 0)
        self.delete_button.setEnabled(saved and len(self.formats) > 1)

    def _fill_parts(self, select: int = 0) -> None:
        self.parts.clear()
        for sec in self.sections:
            bits = [sec.heading]
            if sec.minutes is not None:
                bits.append(self.tr("{n} min").format(n=sec.minutes))
            if sec.role_id in self.role_names:
                bits.append(self.role_names[sec.role_id])
            if sec.reading_id is not None:
                bits.append(self.tr("reads “{t}”").format(t=sec.reading_title))
            item = QListWidgetItem(" · ".join(bits))
            self.parts.addItem(item)
        if self.sections:
            self.parts.setCurrentRow(min(max(select, 0), len(self.sections) - 1))
        minutes = sum(s.minutes or 0 for s in self.sections)
        self.total.setText(
            self.tr("{n} parts, {m} minutes in all.").format(n=len(self.sections), m=minutes)
        )

    def new_format(self) -> None:
        if not self._leave():
            return
        self.which.blockSignals(True)
        self.which.setCurrentIndex(-1)
        self.which.blockSignals(False)
        self.current = None
        self.name.setText(self.tr("New format"))
        self.name.selectAll()
        self.name.setFocus()
        self.sections = []
        self._fill_parts()
        self._sync_buttons()

    def confirm(self, title: str, text: str, yes: str) -> bool:
        return ask_to_confirm(self, title, text, yes)

    def make_usual(self) -> None:
        if not self.current:  # None (not saved yet) or 0 (already usual)
            return
        chosen = self.formats[self.current]
        if show_problems(self.errors, [p] if (p := self.make_usual_in_file(chosen.id)) else []):
            return
        self.formats.remove(chosen)
        self.formats.insert(0, chosen)
        self._fill_which(0)
        self.current = 0  # the parts on screen, saved or not, stay as they are
        self._sync_buttons()

    def delete_format(self) -> None:
        if self.current is None:
            return
        chosen = self.formats[self.current]
        rest = [f for f in self.formats if f is not chosen]
        if not rest:
            return
        usual = rest[0].name
        text = self.tr(
            "Delete the format “{name}”?\n\nMeetings that follow it will follow the usual "
            "format, “{usual}”, instead. This cannot be undone."
        ).format(name=chosen.name, usual=usual)
        if not self.confirm(self.tr("Delete format?"), text, self.tr("Delete")):
            return
        if show_problems(self.errors, [p] if (p := self.delete_in_file(chosen.id)) else []):
            return
        self.formats = rest
        self._fill_which(0)
        self._show()

    def _section_dialog(self, section: Section, done: Callable[[Section], None]) -> None:
        dialog = SectionDialog(self, section, self.readings, self.roles)
        self.child = dialog
        dialog.accepted.connect(lambda: done(dialog.section()))
        dialog.open()

    def add_part(self) -> None:
        at = self.parts.currentRow() + 1 if self.sections else 0

        def done(section: Section) -> None:
            self.sections.insert(at, section)
            self._fill_parts(at)

        self._section_dialog(Section(""), done)

    def edit_part(self) -> None:
        row = self.parts.currentRow()
        if row < 0:
            return

        def done(section: Section) -> None:
            self.sections[row] = section
            self._fill_parts(row)

        self._section_dialog(self.sections[row], done)

    def move_part(self, step: int) -> None:
        row = self.parts.currentRow()
        to = row + step
        if row < 0 or not 0 <= to < len(self.sections):
            return
        self.sections[row], self.sections[to] = self.sections[to], self.sections[row]
        self._fill_parts(to)

    def remove_part(self) -> None:
        row = self.parts.currentRow()
        if row >= 0:
            del self.sections[row]
            self._fill_parts(row)

    def _save(self) -> str | None:
        format_id = self.formats[self.current].id if self.current is not None else None
        saved = self.save_format(format_id, self.name.text(), list(self.sections))
        if isinstance(saved, str):
            return saved
        now = MeetingFormat(saved, self.name.text().strip(), tuple(self.sections))
        if self.current is None:
            self.formats.append(now)
            self.current = len(self.formats) - 1
            self._fill_which(self.current)
            self._sync_buttons()
        else:
            self.formats[self.current] = now
        return None

    def part_texts(self) -> list[str]:
        return [self.parts.item(i).text() for i in range(self.parts.count())]
