"""The Roster menu: members and filling the roster."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.roster.pages import MembersPage


def register(ctx: AppContext) -> None:
    tr, add = ctx.tr, ctx.actions.add

    def members() -> MembersPage:
        return cast("MembersPage", ctx.show("members"))

    def selected() -> bool:
        page = cast("MembersPage | None", ctx.built("members"))
        return page is not None and page.selected_id() is not None

    def fill() -> None:
        from groupkeeper.ui.roster.flows import RosterFlows

        ctx.flow(RosterFlows).fill_roster()

    add(ActionSpec(
        "add_member", tr("&Add member…"), lambda: members().add_member(), "Ctrl+Shift+M",
        tr("Add someone to the group's members"), ("roster:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "edit_member", tr("&Edit member…"), lambda: members().edit_member(), None,
        tr("Change the selected member"), ("roster:1",), selected,
    ))  # fmt: skip
    add(ActionSpec(
        "delete_member", tr("&Delete member…"), lambda: members().delete_member(), None,
        tr("Delete the selected member (asks first)"), ("roster:1",), selected,
    ))  # fmt: skip
    add(ActionSpec(
        "fill", tr("&Fill roster…"), fill, "Ctrl+Shift+F",
        tr("Choose who serves, fairly, for a range of dates"), ("roster:2",),
    ))  # fmt: skip
    add(ActionSpec(
        "import_members", tr("&Import members from CSV…"), lambda: members().import_csv(),
        None, tr("Add members from a spreadsheet saved as CSV"), ("roster:2", "import:1"),
    ))  # fmt: skip
