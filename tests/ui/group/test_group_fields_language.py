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


def test_a_new_group_starts_in_the_person_s_language(qtbot: object) -> None:
    from groupkeeper import i18n

    i18n.use("fr_CA")
    try:
        assert GroupFields().language.currentData() == "fr"
        i18n.use("ja")  # a language the welcome does not offer: English
        assert GroupFields().language.currentData() == "en"
    finally:
        i18n.use("en")


def test_the_welcome_names_days_in_the_window_s_language(qtbot: object) -> None:
    from groupkeeper import i18n
    from groupkeeper.ui.shell.welcome import WelcomeDialog

    i18n.use("fr")
    try:
        welcome = WelcomeDialog(ask_open_path=lambda *_a: None)
        assert [welcome.day.itemText(i) for i in (0, 1)] == ["lundi", "mardi"]
    finally:
        i18n.use("en")
