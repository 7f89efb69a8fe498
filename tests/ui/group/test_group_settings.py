"""Settings > The group…: "You can change any of this later", kept. A change is one undo
step, and the window's title and dates follow it (and its undo)."""

from __future__ import annotations

from groupkeeper.group.contact import ContactPlace, GroupContact
from groupkeeper.group.models import GroupKind
from groupkeeper.ui.group.dialogs import GroupDialog
from groupkeeper.ui.shell.window import MainWindow
from tests.ui.conftest import click_ok


def _dialog(window: MainWindow) -> GroupDialog:
    window.registry["group_settings"].trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, GroupDialog) and dialog.isVisible()
    return dialog


def test_rename_and_change_the_language_then_undo(demo_window: MainWindow) -> None:
    w = demo_window
    dialog = _dialog(w)
    assert dialog.fields.name.text() == "Elm Falls Hope Group"  # starts from what is there
    dialog.fields.name.setText("Elm Falls Thursday Group")
    dialog.fields.kind.setCurrentIndex(dialog.fields.kind.findData(GroupKind.PEER_SUPPORT))
    dialog.fields.language.setCurrentIndex(dialog.fields.language.findData("fr"))
    click_ok(dialog)
    assert not dialog.isVisible()
    group = w.ctx.data.group()
    assert group is not None
    assert (group.name, group.kind, group.language) == (
        "Elm Falls Thursday Group", GroupKind.PEER_SUPPORT, "fr",
    )  # fmt: skip
    assert w.windowTitle().startswith("Elm Falls Thursday Group — ")
    assert w.schedule.group_title.text() == "Elm Falls Thursday Group"
    assert w.schedule.upcoming_model.language == "fr"  # times as the group writes them
    w.history.undo()
    assert w.windowTitle().startswith("Elm Falls Hope Group — ")
    assert w.schedule.upcoming_model.language == "en"
    w.show_section("home")
    assert w.home_page.group_name.text() == "Elm Falls Hope Group"


def test_a_bad_value_stays_in_the_form_and_saves_nothing(demo_window: MainWindow) -> None:
    w = demo_window
    dialog = _dialog(w)
    dialog.fields.name.setText("   ")
    click_ok(dialog)
    assert dialog.isVisible() and "Give the group a name." in dialog.errors.text()
    dialog.fields.name.setText("Elm Falls")
    dialog.fields.timezone.setCurrentText("Mars/Base")
    click_ok(dialog)
    assert dialog.isVisible() and "not a time zone" in dialog.errors.text()
    group = w.ctx.data.group()
    assert group is not None and group.name == "Elm Falls Hope Group"
    dialog.reject()


def test_the_contact_tab_saves_in_one_undo_step_and_prints_nowhere_by_default(
    demo_window: MainWindow,
) -> None:
    w = demo_window
    dialog = _dialog(w)
    contact = dialog.contact
    assert [box.isChecked() for box in contact.places.values()] == [False] * len(ContactPlace)
    assert [box.text() for box in contact.places.values()] == [p.label for p in ContactPlace]
    dialog.tabs.setCurrentIndex(1)
    contact.phone.setText(" 555-010-0100 ")
    contact.website.setText("elmfallshope.org")
    contact.places[ContactPlace.SCHEDULE].setChecked(True)
    contact.service_number.setText("000123456")
    click_ok(dialog)
    assert not dialog.isVisible()
    group = w.ctx.data.group()
    assert group is not None
    assert group.contact == GroupContact(
        "555-010-0100", "", "https://elmfallshope.org", frozenset({ContactPlace.SCHEDULE})
    )
    assert (group.name, group.service_number, group.district) == (
        "Elm Falls Hope Group", "000123456", "",
    )  # fmt: skip
    assert w.ctx.data.undo_label() == "Change the group's settings"
    w.history.undo()
    assert w.ctx.data.undo_label() is None  # one step took all of it back
    group = w.ctx.data.group()
    assert group is not None and (group.contact, group.service_number) == (GroupContact(), "")
    # Opened again, it shows what is saved.
    dialog = _dialog(w)
    assert dialog.contact.phone.text() == "" and dialog.fields.name.text() == group.name
    dialog.reject()


def test_a_bad_contact_shows_its_tab_and_saves_nothing(demo_window: MainWindow) -> None:
    w = demo_window
    dialog = _dialog(w)
    dialog.contact.email.setText("ana@example.org, eli@example.org")
    dialog.contact.places[ContactPlace.RESOURCES].setChecked(True)
    click_ok(dialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert "does not look like one address" in dialog.errors.text()
    dialog.tabs.setCurrentIndex(1)
    dialog.fields.name.setText("  ")  # a problem on the first tab shows that tab first
    click_ok(dialog)
    assert dialog.tabs.currentIndex() == 0
    assert dialog.errors.text().startswith("Give the group a name.")
    group = w.ctx.data.group()
    assert group is not None and group.contact == GroupContact()
    dialog.reject()


def test_the_dialog_fits_a_small_screen(demo_window: MainWindow) -> None:
    """1024×768, and 1366×768 at 150% (910×512 in the dialog's own pixels), with room left
    for the title bar and a panel."""
    dialog = _dialog(demo_window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
        assert hint.width() <= 880 and hint.height() <= 460, (tab, hint)
    dialog.reject()
