"""Settings > The group…: "You can change any of this later", kept. A change is one undo
step, and the window's title and dates follow it (and its undo)."""

from __future__ import annotations

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
