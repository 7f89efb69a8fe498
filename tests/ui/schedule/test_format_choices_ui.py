"""A peer-support group's meeting editor offers no twelve-step literature codes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import get_group, save_group
from groupkeeper.store import GroupStore
from groupkeeper.ui.schedule.dialogs import SeriesDialog


def _offered(make_window: Any, store: GroupStore, kind: GroupKind) -> list[str]:
    with store.session() as s, s.begin():
        info = get_group(s)
        assert info is not None
        save_group(s, replace(info, kind=kind))
    window = make_window(store)
    window.registry["add"].trigger()
    dialog = window.ctx.dialog
    assert isinstance(dialog, SeriesDialog)
    model = dialog.formats
    texts = [model.item(i).text() for i in range(model.rowCount())]
    dialog.close()
    return texts


def test_a_peer_support_group_is_not_offered_big_book_study(
    make_window: Any, store: GroupStore
) -> None:
    texts = _offered(make_window, store, GroupKind.PEER_SUPPORT)
    assert not [t for t in texts if "Big Book" in t or "11th Step" in t or "12 Steps" in t]
    assert any(t.startswith("O — Open") for t in texts)


def test_a_twelve_step_group_still_is(make_window: Any, store: GroupStore) -> None:
    texts = _offered(make_window, store, GroupKind.TWELVE_STEP)
    assert any("Big Book" in t for t in texts)
