"""The group's language: where its paper is not whole yet, the form says what falls back."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QWidget

from groupkeeper.ui.group.fields import GroupFields


def test_choosing_a_language_without_a_catalogue_says_labels_print_in_english(
    qtbot: object,
) -> None:
    host = QWidget()
    fields = GroupFields()
    fields.add_rows(QFormLayout(host))
    host.show()
    assert fields.language_note.isHidden()  # English: nothing to say
    fields.language.setCurrentIndex(fields.language.findData("uk"))
    assert not fields.language_note.isHidden()
    assert "English" in fields.language_note.text() and "Ukrainian" in fields.language_note.text()
    fields.language.setCurrentIndex(fields.language.findData("cr"))
    assert "Canadian English" in fields.language_note.text()
    fields.language.setCurrentIndex(fields.language.findData("fr"))
    assert fields.language_note.isHidden()
    host.close()
