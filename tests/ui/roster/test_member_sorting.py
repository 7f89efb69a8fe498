"""The Members table sorts in its own model (the filter keeps its order): by any column,
either way, keeping the selection, and as fast with thousands of members as with ten."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from groupkeeper.roster import service as roster
from groupkeeper.ui.kit.tables import RecordRole
from groupkeeper.ui.roster.models import MemberFilter, MemberTableModel
from groupkeeper.ui.shell.window import MainWindow


def _names(page: Any) -> list[str]:
    proxy = page.proxy
    return [proxy.index(r, 0).data(RecordRole).name for r in range(proxy.rowCount())]


def test_members_sort_by_any_column_and_keep_the_selection(demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    names = _names(page)
    assert names == sorted(names, key=lambda n: n.casefold())
    page.view.selectRow(2)
    chosen = page.selected_id()
    header = page.view.horizontalHeader()
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert _names(page) == sorted(names, key=str.casefold, reverse=True)
    assert page.selected_id() == chosen  # the same person, wherever they moved
    status = MemberTableModel.STATUS
    page.view.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    texts = [page.proxy.index(r, status).data() for r in range(page.proxy.rowCount())]
    assert texts == sorted(texts, key=str.casefold)
    assert header.sortIndicatorSection() == status
    page.search.setText(names[0][:3])  # the filter keeps the model's order
    shown = _names(page)
    assert shown and all(names[0][:3].casefold() in n.casefold() for n in shown)


def test_a_refresh_keeps_the_chosen_order(demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    page.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    demo_window.ctx.save(
        "Add member Aaron A.",
        lambda s: roster.create_member(s, roster.MemberInput("Aaron", "A")),
        "members",
    )
    assert _names(page)[-1].startswith("Aaron")


def test_the_member_models_pass_the_model_tester(
    qtmodeltester: Any, demo_window: MainWindow
) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    assert isinstance(page.proxy, MemberFilter)
    qtmodeltester.check(page.model, force_py=True)
    page.view.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    page.refresh()
    qtmodeltester.check(page.proxy, force_py=True)


def test_members_sort_as_their_readers_do_not_by_code_point(demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    added = ("Zoë", "Łukasz", "Ærin", "Đức")

    def add(s: Any) -> None:
        for first in added:
            roster.create_member(s, roster.MemberInput(first, "Q"))

    demo_window.ctx.save("Add members", add, "members")
    page.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [n.split()[0] for n in _names(page)]
    assert [n for n in names if n in added] == ["Ærin", "Đức", "Łukasz", "Zoë"]
    # Among the demo's members too: Ærin with the A's, Łukasz with the L's, not after Z.
    assert names.index("Łukasz") < len(names) - 1 and names[-1] != "Ærin"
