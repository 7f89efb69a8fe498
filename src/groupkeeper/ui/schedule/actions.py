"""The Meetings menu and the Schedule section's actions."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from groupkeeper.schedule.occurrences import Status
from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.schedule.page import SchedulePage


def register(ctx: AppContext) -> None:
    tr, add = ctx.tr, ctx.actions.add

    def page() -> SchedulePage:
        return cast("SchedulePage", ctx.built("schedule"))

    def series() -> bool:
        return page().selected_series_id() is not None

    def status() -> Status | None:
        occ = page().selected_occurrence()
        return occ.status if occ is not None else None

    def live() -> bool:
        return status() not in (None, Status.CANCELLED)

    add(ActionSpec(
        "add", tr("&New meeting…"), lambda: page().add_series(), "Ctrl+Shift+N",
        tr("Add a meeting series"), ("meetings:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "edit", tr("&Edit meeting…"), lambda: page().edit_series(), "Ctrl+E",
        tr("Change the selected meeting"), ("meetings:1",), series,
    ))  # fmt: skip
    add(ActionSpec(
        "delete", tr("&Delete meeting…"), lambda: page().delete_series(), "Ctrl+Delete",
        tr("Delete the selected meeting series"), ("meetings:1",), series,
    ))  # fmt: skip
    add(ActionSpec(
        "cancel", tr("&Cancel this date…"), lambda: page().cancel_selected(), "Ctrl+K",
        tr("Cancel one date, with a note"), ("meetings:2",), live,
    ))  # fmt: skip
    add(ActionSpec(
        "move", tr("&Move this date…"), lambda: page().move_selected(), "Ctrl+Shift+K",
        tr("Move one date to another day or time"), ("meetings:2",),
        lambda: status() is not None,
    ))  # fmt: skip
    add(ActionSpec(
        "restore", tr("&Restore this date"), lambda: page().restore_selected(), "Ctrl+R",
        tr("Undo the cancellation or move of one date"), ("meetings:2",),
        lambda: status() not in (None, Status.SCHEDULED),
    ))  # fmt: skip
    add(ActionSpec(
        "meeting_note", tr("&Topic and notes…"),
        lambda: page().edit_note(page().selected_occurrence()), "Ctrl+Shift+T",
        tr("This meeting's topic, announcements and note to the facilitator"),
        ("meetings:3",), live,
    ))  # fmt: skip
    add(ActionSpec(
        "meeting_packet", tr("Print this meeting's &packet…"),
        lambda: page().print_packet(page().selected_occurrence()), None, "",
        ("meetings:3",), live,
    ))  # fmt: skip

    def formats() -> None:
        from groupkeeper.ui.materials.flows import MaterialsFlows

        ctx.flow(MaterialsFlows).edit_formats()

    add(ActionSpec(
        "formats", tr("Meeting &formats…"), formats, None,
        tr("The script of each meeting: its parts, readings, who reads and timings"),
        ("meetings:3",),
    ))  # fmt: skip
