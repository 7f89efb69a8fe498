"""Settings > Group…."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.group.service import GroupInfo
    from groupkeeper.ui.context import AppContext


def register(ctx: AppContext) -> None:
    def edit() -> None:
        from groupkeeper.group.service import save_group
        from groupkeeper.ui.group.dialogs import GroupDialog

        info = ctx.data.group()
        if info is None:
            return

        def save(chosen: GroupInfo) -> str | None:
            label = ctx.tr("Change the group's settings")
            return ctx.try_write(label, lambda s: save_group(s, chosen), "home")

        ctx.open_dialog(GroupDialog(ctx.parent_widget, info, save))

    ctx.actions.add(ActionSpec(
        "group_settings", ctx.tr("The &group…"), edit, None,
        ctx.tr("The group's name, kind, language, time zone, country, contact and service number"),
        ("settings:0",),
    ))  # fmt: skip
