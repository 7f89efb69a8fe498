"""The Library menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from groupkeeper.ui.shell.actions import ActionSpec

if TYPE_CHECKING:
    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.library.page import LibraryPage


def register(ctx: AppContext) -> None:
    tr, add = ctx.tr, ctx.actions.add

    def page() -> LibraryPage:
        return cast("LibraryPage", ctx.show("library"))

    def new_item(kind: str) -> None:
        from groupkeeper.library.models import Kind

        page().new_item(Kind[kind])

    add(ActionSpec(
        "new_reading", tr("New &reading…"), lambda: new_item("READING"), menus=("library:1",)
    ))  # fmt: skip
    add(ActionSpec(
        "new_contact", tr("New referral &contact…"), lambda: new_item("CONTACT"),
        menus=("library:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "new_book", tr("New &book for the lending shelf…"), lambda: new_item("BOOK"),
        menus=("library:1",),
    ))  # fmt: skip
    add(ActionSpec(
        "attach", tr("&Attach files to the library…"), lambda: page().files.choose(), None,
        tr("Keep PDFs, images and documents inside the group file (up to 25 MB each)"),
        ("library:1",),
    ))  # fmt: skip
