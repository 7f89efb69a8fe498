"""File > Export and the print actions: each document, the roster CSV, the calendar and the
intergroup's meeting list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext


def register(ctx: AppContext) -> None:
    tr, add = ctx.tr, ctx.actions.add

    def export(document: str | None) -> None:
        """The Export dialog on ``document`` (a Document's name): the registry of documents
        is read when something is printed, not at start-up."""
        from groupkeeper.export.registry import Document
        from groupkeeper.ui.export.flows import ExportFlow

        ctx.flow(ExportFlow).export(Document[document] if document else None)

    def roster_csv() -> None:
        from groupkeeper.ui.roster.flows import RosterFlows

        ctx.flow(RosterFlows).export_csv()

    def calendar() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).export_calendar()

    def meeting_list() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).export_meeting_list()

    add(ActionSpec(
        "print", tr("&Print or export…"), lambda: export(None), "Ctrl+P",
        tr("Every document in one place, with a preview of its first page"),
    ))  # fmt: skip
    add(ActionSpec(
        "packet", tr("Meeting &packet…"), lambda: export("PACKET"), "Ctrl+Shift+W",
        tr("Who serves, the topic, the format with its readings, and the weeks ahead"),
        ("export:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "sign_in", tr("&Sign-in sheet…"), lambda: export("SIGN_IN"), None, "",
        ("export:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "phone_list", tr("P&hone list (private)…"), lambda: export("PHONE_LIST"), None,
        tr("Only the members who agreed to be on it"), ("export:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "flyer", tr("&Schedule flyer…"), lambda: export("FLYER"), None,
        tr("Print the meetings and changed dates for the notice board"), ("export:2",),
    ))  # fmt: skip
    add(ActionSpec(
        "export_roster", tr("&Roster calendar…"), lambda: export("ROSTER"), None,
        tr("Print the roster as a month calendar for the notice board"), ("export:2",),
    ))  # fmt: skip
    add(ActionSpec(
        "export_roster_csv", tr("Roster as &CSV (spreadsheet)…"), roster_csv, None, "",
        ("export:2",),
    ))  # fmt: skip
    add(ActionSpec(
        "export_resources", tr("Resource &handout…"), lambda: export("HANDOUT"), None,
        tr("Print readings, where to get help and the crisis lines to hand out"),
        ("export:2", "library:2"),
    ))  # fmt: skip
    add(ActionSpec(
        "export_ics", tr("&Calendar (.ics)…"), calendar, None,
        tr("The meetings, or one member's service dates, for phone and computer calendars"),
        ("export:3", "meetings:4"),
    ))  # fmt: skip
    add(ActionSpec(
        "export_meeting_list", tr("Meeting &list for the intergroup (.json)…"), meeting_list,
        None, tr("The meetings in the Meeting Guide format that intergroup websites read"),
        ("export:3", "meetings:4"),
    ))  # fmt: skip

    def members_sheet() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).export_members()

    def contacts() -> None:
        from groupkeeper.ui.interchange.flows import InterchangeFlows

        ctx.flow(InterchangeFlows).export_contacts()

    add(ActionSpec(
        "export_members", tr("&Members (.csv)…"), members_sheet, None,
        tr("Every member, for a spreadsheet; the member import reads it back"),
        ("export:3",),
    ))  # fmt: skip
    add(ActionSpec(
        "export_contacts", tr("Phone list con&tacts (.vcf)…"), contacts, None,
        tr("The members who agreed to the phone list, for a phone's contacts"),
        ("export:3",),
    ))  # fmt: skip
    add(ActionSpec(
        "export_pairings", tr("&Pairing list (confidential)…"),
        lambda: export("PAIRINGS"), None,
        tr("Print the confidential list of pairings; never part of other exports"),
        ("export:4", "pairings:2"),
    ))  # fmt: skip
