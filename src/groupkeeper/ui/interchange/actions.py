"""Importing an intergroup's meeting list (its export is in File > Export), and telling the
intergroup what its list should change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


def register(ctx: AppContext) -> None:
    def import_list() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).import_meeting_list()

    def send_changes() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).send_changes()

    ctx.actions.add(ActionSpec(
        "send_changes", ctx.tr("Send our &changes to the intergroup…"), send_changes, None,
        ctx.tr("Compare our meetings with the intergroup's meeting list, and write what to "
               "change"),
        ("file:2",),
    ))  # fmt: skip
    ctx.actions.add(ActionSpec(
        "import_meeting_list", ctx.tr("&Import meetings from a meeting list (.json)…"),
        import_list, None,
        ctx.tr("Add the group's meetings from an intergroup's Meeting Guide list"),
        ("meetings:4", "import:1"),
    ))  # fmt: skip
