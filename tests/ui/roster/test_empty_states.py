"""Empty lists say what to do: no members yet, nobody or nothing matching a search."""

from __future__ import annotations

from typing import Any

from groupkeeper.store import GroupStore
from groupkeeper.ui.shell.window import MainWindow


def test_a_new_group_s_members_page_says_how_to_add_them(
    make_window: Any, store: GroupStore
) -> None:
    window: MainWindow = make_window(store)
    window.show_section("members")
    page = window.members_page
    assert page.empty.isVisibleTo(page)
    assert page.empty.text().startswith("No members yet.")
    assert "Import from CSV…" in page.empty.text()


def test_a_search_with_no_match_says_so(demo_window: MainWindow) -> None:
    demo_window.show_section("members")
    page = demo_window.members_page
    assert not page.empty.isVisibleTo(page)
    page.search.setText("zzqx")
    assert page.empty.isVisibleTo(page) and page.empty.text() == "Nobody matches “zzqx”."
    page.search.setText("")
    assert not page.empty.isVisibleTo(page)


def test_a_library_search_with_no_match_says_what_to_try(demo_window: MainWindow) -> None:
    demo_window.show_section("library")
    page = demo_window.library_page
    page.search.setText("zzqx")
    page.reload()
    assert page.count.text() == (
        "Nothing matches “zzqx”. Try fewer or other words, or clear the filters."
    )


def test_a_roster_with_no_meetings_says_where_to_add_them(
    make_window: Any, store: GroupStore
) -> None:
    window: MainWindow = make_window(store)
    window.show_section("roster")
    page = window.roster_page
    assert page.status.text().startswith("The group has no meetings yet: add them in Schedule")
