"""Importing an intergroup's meeting list (its export is in File > Export)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


def register(ctx: AppContext) -> None:
    def import_list() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).import_meeting_list()

    ctx.actions.add(ActionSpec(
        "import_meeting_list", ctx.tr("&Import meetings from a meeting list (.json)…"),
        import_list, None,
        ctx.tr("Add the group's meetings from an intergroup's Meeting Guide list"),
        ("meetings:4", "import:1"),
    ))  # fmt: skip
