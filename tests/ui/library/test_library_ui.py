"""The Library section, driven with qtbot: search as you type, filters, attach (including drag
and drop), open and save a copy, items of every kind, loans and returns, the handout."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from groupkeeper.library import service as library
from groupkeeper.library.demo import handout_pdf
from groupkeeper.library.models import Kind
from groupkeeper.store import GroupStore
from groupkeeper.ui.export.dialog import ExportDialog
from groupkeeper.ui.library.dialogs import ResourceDialog
from groupkeeper.ui.library.page import LibraryPage
from groupkeeper.ui.shell.window import MainWindow
from tests.conftest import Notes
from tests.library.conftest import protected_pdf
from tests.ui.conftest import click_ok


def _page(window: MainWindow) -> LibraryPage:
    window.registry["library"].trigger()
    assert window.section() == "library"
    return window.library_page


def _titles(page: LibraryPage) -> list[str]:
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def _select(page: LibraryPage, shown: str) -> None:
    page.search.clear()
    row = _titles(page).index(shown)
    page.select_row(row)
    assert page.current is not None and shown.startswith(page.current.title)


def _shown(widget: Any, page: LibraryPage) -> bool:
    return bool(widget.isVisibleTo(page))


def _drop(page: LibraryPage, files: list[Path]) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    viewport = page.view.viewport()
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        QPointF(20, 20), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)
    return drop.isAccepted()


def test_models_pass_the_model_tester(qtmodeltester: Any, demo_window: MainWindow) -> None:
    page = _page(demo_window)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.loans)
    assert page.model.rowCount() == 45 and page.loans.rowCount() == 3


def test_search_as_you_type_finds_words_inside_pdfs_best_match_first(
    qtbot: Any, demo_window: MainWindow
) -> None:
    page = _page(demo_window)
    qtbot.keyClicks(page.search, "reunion")
    assert _titles(page)[0] == "Bienvenue à notre réunion"
    assert (
        page.current is not None and page.current.title == "Bienvenue à notre réunion"
    )  # best match shown
    assert "Its text is searchable." in page.detail.toPlainText()
    assert _shown(page.open_button, page) and not _shown(page.lend_button, page)
    page.search.clear()
    qtbot.keyClicks(page.search, "entendez")  # only inside the attached PDF
    assert _titles(page) == ["Bienvenue à notre réunion"]
    page.search.clear()
    qtbot.keyClicks(page.search, 'crisis "NEAR( *')  # typed syntax is harmless
    assert page.count.text() == (  # no match, said in words (no error, no empty table alone)
        'Nothing matches “crisis "NEAR( *”. Try fewer or other words, or clear the filters.'
    )
    page.search.clear()
    assert page.count.text() == "45 items"


def test_kind_tag_and_archived_filters(qtbot: Any, demo_window: MainWindow) -> None:
    page = _page(demo_window)
    page.kind.setCurrentIndex(page.kind.findData(Kind.BOOK))
    assert len(_titles(page)) == 6 and "Steady Ground: A Workbook for the First Year" in _titles(
        page
    )
    page.kind.setCurrentIndex(0)
    page.tag.setCurrentIndex(page.tag.findData("français"))
    assert _titles(page) == ["Bienvenue à notre réunion"]
    page.tag.setCurrentIndex(0)
    _select(page, "Closing")
    page.archive_button.click()
    assert "Closing" not in _titles(page)
    page.archived.setChecked(True)
    assert "Closing (archived)" in _titles(page)
    _select(page, "Closing (archived)")
    assert page.archive_button.text() == "Restore from archive"
    page.archive_button.click()
    page.archived.setChecked(False)
    assert "Closing" in _titles(page)


def test_dropping_files_attaches_them_and_a_copy_saves_back_identical(
    qtbot: Any,
    demo_window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    notes: Notes,
) -> None:
    page = _page(demo_window)
    pdf = tmp_path / "Picnic_flyer.pdf"
    pdf.write_bytes(handout_pdf("Summer picnic", ("Lakeside park, bring a blanket.",)))
    photo = tmp_path / "hall map.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 400)
    assert _drop(page, [pdf, photo])
    assert page.current is not None and page.current.title == "hall map"
    assert demo_window.statusBar().currentMessage() == "Attached 2 files."
    assert demo_window.notice.text() == "Attached 2 files."  # where the person looks
    qtbot.keyClicks(page.search, "lakeside")
    assert _titles(page) == ["Picnic flyer"]
    out = tmp_path / "copy.pdf"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    page.save_button.click()
    assert hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(pdf.read_bytes()).digest()
    # Open: a private temporary copy, handed to the system's viewer, gone when the file closes.
    opened: list[Path] = []
    monkeypatch.setattr(demo_window.prompts, "launch", opened.append)
    page.open_button.click()
    [copy] = opened
    assert copy.name == "Picnic_flyer.pdf" and copy.read_bytes() == pdf.read_bytes()
    assert notes == []
    demo_window.set_store(None)
    assert not copy.exists()


def test_a_dropped_file_over_25_mb_is_refused_and_text_only_drops_are_ignored(
    demo_window: MainWindow, tmp_path: Path, notes: Notes
) -> None:
    page = _page(demo_window)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"\0" * (26 * 1024 * 1024))
    assert _drop(page, [big])
    assert notes == [("Not attached", notes[0][1])] and "scan.pdf is 26.0 MB" in notes[0][1]
    assert page.model.rowCount() == 45
    mime = QMimeData()
    mime.setText("just words")
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page.view.viewport(), enter)
    assert not enter.isAccepted()


def test_a_protected_pdf_attaches_and_says_its_text_could_not_be_read(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(demo_window)
    locked = tmp_path / "minutes.pdf"
    locked.write_bytes(protected_pdf())
    told: list[str] = []
    monkeypatch.setattr(demo_window.prompts, "inform", lambda _t, text: told.append(text))
    monkeypatch.setattr(demo_window.prompts, "ask_attach_paths", lambda: [locked])
    demo_window.registry["attach"].trigger()
    assert told and "minutes.pdf: It is protected with a password" in told[0]
    assert page.current is not None and page.current.title == "minutes"
    assert "protected with a password" in page.detail.toPlainText()


def test_new_edit_and_delete_an_item(
    qtbot: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(demo_window)
    demo_window.registry["new_contact"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ResourceDialog)
    click_ok(dialog)  # empty: refused in words
    assert (
        dialog.isVisible()
        and "Give the referral contact the organisation's name." in dialog.errors.text()
    )
    qtbot.keyClicks(dialog.title, "Lakeview Warmline")
    qtbot.keyClicks(dialog.phone, "555-0190")
    qtbot.keyClicks(dialog.region, "Lakeview")
    qtbot.keyClicks(dialog.tags, "referral, peer")
    dialog.crisis.setChecked(True)
    click_ok(dialog)
    assert page.current is not None and page.current.title == "Lakeview Warmline"
    assert page.current.crisis and page.current.tags == ("peer", "referral")
    assert "555-0190" in page.detail.toPlainText()
    page.edit_button.click()
    edit = demo_window.ctx.dialog
    assert isinstance(edit, ResourceDialog) and edit.phone.text() == "555-0190"
    edit.hours.setText("Evenings 6-10")
    click_ok(edit)
    assert "Evenings 6-10" in page.detail.toPlainText()
    asked: list[str] = []

    def confirm(_title: str, text: str, _yes: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(demo_window.prompts, "confirm", confirm)
    page.delete_button.click()
    assert asked and asked[0].startswith("Delete Lakeview Warmline from the library?")
    assert "Lakeview Warmline" not in _titles(page) and page.current is None


def test_a_loan_is_two_clicks_and_a_return_one(demo_window: MainWindow) -> None:
    page = _page(demo_window)
    _select(page, "Families in Recovery")  # 2 copies, 1 out
    assert _shown(page.lend_button, page) and page.lend_button.isEnabled()
    page._fill_lend_menu()  # what opening the Lend menu does
    names = [a.text() for a in page.lend_menu.actions() if a.text()]
    assert names[0] == "Ana R." and names[-1] == "Someone else…"
    next(a for a in page.lend_menu.actions() if a.text() == "Ana R.").trigger()
    assert (
        demo_window.statusBar().currentMessage()
        == "Lent Families in Recovery to Ana R., due back Mon 23 Mar 2026."
    )
    assert (
        page.current is not None
        and page.current.available == 0
        and not page.lend_button.isEnabled()
    )
    assert "Ana R.: out Mon 2 Mar 2026, due back Mon 23 Mar 2026" in page.detail.toPlainText()
    assert page.tabs.tabText(1) == "Lending shelf (1 overdue)"
    assert page.loans.rowCount() == 4
    # The overdue loan stands out; returning it clears the overdue count.
    row = next(
        r
        for r in range(page.loans.rowCount())
        if page.loans.index(r, 4).data().startswith("Overdue")
    )
    assert page.loans.index(row, 4).data() == "Overdue by 9 days"
    assert page.loans.index(row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#a3261b"
    page.loan_view.selectRow(row)
    page.return_button.click()
    assert page.tabs.tabText(1) == "Lending shelf" and page.loans.rowCount() == 3
    assert page.shelf_summary.text() == "3 out, none overdue."
    # Returned from the book's own pane.
    _select(page, "Families in Recovery")
    page._fill_back_menu()
    [first, _second] = page.back_menu.actions()
    first.trigger()
    assert page.current is not None and page.current.available == 1


def test_lending_to_someone_not_in_the_members_list(
    demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(demo_window)
    _select(page, "Grief and Growing")
    monkeypatch.setattr(demo_window.prompts, "ask_text", lambda *_a: "Visitor from Riverton")
    page._fill_lend_menu()
    page.lend_menu.actions()[-1].trigger()
    ctl = demo_window.controller
    assert ctl is not None
    assert [x.borrower for x in ctl.read(library.open_loans) if x.book == "Grief and Growing"] == [
        "Visitor from Riverton"
    ]


def test_an_empty_library_offers_the_starter_set(make_window: Any, store: GroupStore) -> None:
    window = make_window(store)
    page = _page(window)
    assert _shown(page.empty, page) and not _shown(page.view, page)
    page.starter_button.click()
    assert not _shown(page.empty, page)
    titles = _titles(page)
    assert "Welcome to newcomers" in titles and "When peer support is not enough" in titles
    # The store's group has no country: no country's numbers, which would be wrong for it.
    assert not {"9-8-8 Suicide Crisis Helpline", "988 Suicide & Crisis Lifeline"} & set(titles)


def test_print_handout_from_the_window(
    demo_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(demo_window)
    _select(page, "Welcome to newcomers")
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(demo_window.prompts, "ask_save_path", lambda *_a: out)
    demo_window.registry["export_resources"].trigger()
    dialog = demo_window.ctx.dialog
    assert isinstance(dialog, ExportDialog)
    assert dialog.crisis.isChecked() and dialog.everything.isChecked()
    dialog.selected.setChecked(True)
    click_ok(dialog)
    assert isinstance(demo_window.ctx.dialog, QMessageBox)  # offers to open the PDF or its folder
    demo_window.ctx.dialog.close()
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages]
    assert "If you or someone you know is in crisis" in pages[0]
    assert "Welcome to newcomers" in pages[-1] and "Our group guidelines" not in pages[-1]


def test_the_welcome_dialog_asks_the_country_and_adds_the_starter_set(
    qtbot: Any, tmp_path: Path
) -> None:
    from groupkeeper.group.service import get_group
    from groupkeeper.store import open_store
    from groupkeeper.ui.shell.files import create_group_file
    from groupkeeper.ui.shell.welcome import WelcomeDialog

    welcome = WelcomeDialog()
    qtbot.addWidget(welcome)
    welcome.timezone.setCurrentText("America/Chicago")
    assert welcome.country.currentData() == "US"
    welcome.timezone.setCurrentText("America/Winnipeg")
    assert welcome.country.currentData() == "CA" and welcome.starter.isChecked()
    welcome.name.setText("Prairie Hope")
    path = tmp_path / "new.groupkeeper"
    create_group_file(path, welcome).close()
    with open_store(path) as st, st.session() as s:
        group = get_group(s)
        crisis = [c.title for c in library.crisis_lines(s)]
    assert group is not None and group.country == "CA"
    assert sorted(crisis) == ["9-8-8 Suicide Crisis Helpline", "Emergency services"]
    welcome.starter.setChecked(False)
    other = tmp_path / "bare.groupkeeper"
    create_group_file(other, welcome).close()
    with open_store(other) as st, st.session() as s:
        assert library.count_items(s) == 0


def test_a_long_list_is_read_a_batch_at_a_time(
    qtmodeltester: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from groupkeeper.ui.library.models import LibraryModel

    monkeypatch.setattr(LibraryModel, "BATCH", 10)
    page = _page(demo_window)
    assert page.model.total == 45 and page.model.rowCount() == 10 and page.model.canFetchMore()
    page.model.fetchMore()
    assert page.model.rowCount() == 20
    ctl = demo_window.controller
    assert ctl is not None
    last = ctl.read(library.search)[-1]
    page.select_id(last.id)  # reads on until it is listed
    assert page.current is not None and page.current.id == last.id
    assert page.model.rowCount() == 45 and not page.model.canFetchMore()
    qtmodeltester.check(page.model)


def test_a_broad_search_lists_the_best_matches_and_says_so(
    qtbot: Any, demo_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(library, "SEARCH_LIMIT", 5)
    page = _page(demo_window)
    qtbot.keyClicks(page.search, "e")
    assert page.model.rowCount() == 5
    assert page.count.text() == "The best 5 matches: type more to narrow them"
