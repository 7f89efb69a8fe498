"""The Pairings menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.pairing.flows import PairingFlows
    from groupkeeper.ui.pairing.page import PairingsPage


def register(ctx: AppContext) -> None:
    tr, add = ctx.tr, ctx.actions.add

    def flows() -> PairingFlows:
        return cast("PairingsPage", ctx.show("pairings")).flows

    add(ActionSpec(
        "new_request", tr("New &request for a sponsor or mentor…"),
        lambda: flows().new_request(), menus=("pairings:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "suggest", tr("&Suggest for everyone waiting…"), lambda: flows().suggest_all(),
        menus=("pairings:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "conventions", tr("Pairing &conventions…"), lambda: flows().edit_conventions(), None,
        tr("How the group pairs people: same gender, minimum experience, language"),
        ("pairings:1", "settings:3"),
    ))  # fmt: skip
