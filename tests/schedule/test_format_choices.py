"""The format codes a meeting's editor offers fit the kind of group (schedule/formats.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupkeeper.group.models import GroupKind
from groupkeeper.group.service import get_group, save_group
from groupkeeper.schedule import service
from groupkeeper.schedule.formats import MEETING_GUIDE_FORMATS, TWELVE_STEP_ONLY, offered
from groupkeeper.store import GroupStore
from tests.conftest import series_input


def _choices(store: GroupStore, kind: GroupKind) -> dict[str, str]:
    with store.session() as s, s.begin():
        info = get_group(s)
        assert info is not None
        save_group(s, replace(info, kind=kind))
    with store.session() as s:
        return service.format_choices(s)


def test_a_twelve_step_group_is_offered_every_code(store: GroupStore) -> None:
    assert _choices(store, GroupKind.TWELVE_STEP) == MEETING_GUIDE_FORMATS


@pytest.mark.parametrize("kind", [GroupKind.PEER_SUPPORT, GroupKind.FAMILY, GroupKind.OTHER])
def test_other_groups_are_not_offered_twelve_step_codes(store: GroupStore, kind: GroupKind) -> None:
    choices = _choices(store, kind)
    assert not {"B", "12x12", "11", "ST", "TR", "ABSI"} & set(choices)
    assert {"O", "C", "D", "SP", "BE", "W", "X", "FR"} <= set(choices)


def test_a_meeting_keeps_a_code_it_has_already(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        service.create_series(s, series_input(formats=("O", "B")))
    choices = _choices(store, GroupKind.PEER_SUPPORT)
    assert "B" in choices and "12x12" not in choices


def test_the_group_s_own_codes_are_always_offered(store: GroupStore) -> None:
    with store.session() as s, s.begin():
        service.add_custom_format(s, "GC", "Group conscience")
    assert _choices(store, GroupKind.FAMILY)["GC"] == "Group conscience"


@given(st.sets(st.sampled_from(sorted(MEETING_GUIDE_FORMATS))))
def test_offered_never_drops_a_code_in_use(in_use: set[str]) -> None:
    shown = offered(MEETING_GUIDE_FORMATS, False, in_use)
    assert in_use <= set(shown)
    assert set(shown) == (set(MEETING_GUIDE_FORMATS) - TWELVE_STEP_ONLY) | in_use
