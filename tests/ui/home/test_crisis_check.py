"""Home's task for the starter crisis lines: shown until someone says the numbers are right,
one undoable step; the note is the secretary's and never reaches paper."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from groupkeeper.ui.shell.window import MainWindow


def test_home_asks_for_the_starter_crisis_lines_to_be_checked_until_they_are(
    demo_window: MainWindow,
) -> None:
    demo_window.registry["home"].trigger()
    QApplication.processEvents()
    home = demo_window.home_page
    assert home.crisis_task.isVisibleTo(home)
    said = home.crisis_label.text()
    assert "9-8-8 Suicide Crisis Helpline" in said and "right for your area" in said
    home.crisis_done.click()
    QApplication.processEvents()
    assert not home.crisis_task.isVisibleTo(home)
    assert demo_window.registry["undo"].text() == "&Undo Crisis lines checked"
    demo_window.registry["undo"].trigger()
    QApplication.processEvents()
    home.refresh()
    QApplication.processEvents()
    assert home.crisis_task.isVisibleTo(home)  # taken back: the task is due again


def test_a_group_with_one_waiting_says_person_in_the_singular(demo_window: MainWindow) -> None:
    from groupkeeper.ui.i18n import install

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install(app, "en")
    text = QApplication.translate("HomePage", "%n people are waiting for a {s}.", "", 1)
    assert text.format(s="sponsor") == "1 person is waiting for a sponsor."
