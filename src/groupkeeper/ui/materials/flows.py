"""Meeting materials from the window: one meeting's topic and notes, and the meeting formats
(the scripts the packets print)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from groupkeeper.materials.service import Section
    from groupkeeper.schedule.occurrences import Occurrence
    from groupkeeper.ui.context import AppContext


class MaterialsFlows(QObject):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.ctx = ctx

    def edit_meeting_note(self, occ: Occurrence | None) -> None:
        """One meeting's topic, announcements and private note to the facilitator."""
        ctx = self.ctx
        if ctx.gateway is None or occ is None:
            return
        from groupkeeper.materials import service as materials
        from groupkeeper.text import format_date
        from groupkeeper.ui.export.dialog import meeting_label
        from groupkeeper.ui.materials.dialogs import MeetingNoteDialog

        note = ctx.read(lambda s: materials.get_note(s, occ.series_id, occ.original_date))
        dialog = MeetingNoteDialog(ctx.parent_widget, meeting_label(occ, ctx.language), note)

        def save() -> str | None:
            chosen = dialog.note()
            label = self.tr("Topic and notes for {name} on {day}").format(
                name=occ.series_name, day=format_date(occ.original_date)
            )
            return ctx.try_write(
                label, lambda s: materials.save_note(s, occ.series_id, occ.original_date, chosen)
            )

        dialog.save = save
        ctx.open_dialog(dialog)

    def edit_formats(self) -> None:
        """Meetings > Meeting formats: the scripts the packets print."""
        ctx = self.ctx
        if ctx.gateway is None:
            return
        from groupkeeper.library import service as library
        from groupkeeper.library.models import Kind
        from groupkeeper.materials import service as materials
        from groupkeeper.roster import service as roster
        from groupkeeper.ui.materials.dialogs import FormatsDialog

        formats = ctx.read(materials.list_formats)
        readings = [
            (r.id, r.title) for r in ctx.read(lambda s: library.search(s, kind=Kind.READING))
        ]
        roles = [(r.id, r.name) for r in ctx.read(roster.list_roles)]

        def save(format_id: int | None, name: str, sections: list[Section]) -> int | str:
            saved: list[int] = []
            problem = ctx.try_write(
                self.tr("Save format {name}").format(name=name.strip()),
                lambda s: saved.append(materials.save_format(s, name, sections, format_id)),
            )
            return problem or saved[0]

        def name_of(fid: int) -> str:  # read now: the format may be new since the dialog opened
            return next((f.name for f in ctx.read(materials.list_formats) if f.id == fid), "?")

        def make_usual(fid: int) -> str | None:
            label = self.tr("Make {name} the usual format").format(name=name_of(fid))
            return ctx.try_write(label, lambda s: materials.make_usual(s, fid))

        def delete_format(fid: int) -> str | None:
            label = self.tr("Delete format {name}").format(name=name_of(fid))
            return ctx.try_write(label, lambda s: materials.delete_format(s, fid))

        dialog = FormatsDialog(
            ctx.parent_widget, formats, readings, roles, save_format=save,
            make_usual=make_usual, delete_format=delete_format,
        )  # fmt: skip
        ctx.open_dialog(dialog)
