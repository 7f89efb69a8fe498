"""Roster fixtures: a member factory on the test store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from groupkeeper.roster import service as roster
from groupkeeper.roster.service import MemberInput, MemberRecord
from groupkeeper.store import GroupStore


@pytest.fixture
def role_ids(store: GroupStore) -> dict[str, int]:
    with store.session() as s:
        return {r.name: r.id for r in roster.list_roles(s)}


@pytest.fixture
def make_member(store: GroupStore, role_ids: dict[str, int]) -> Callable[..., MemberRecord]:
    def make(
        first: str = "Ana", roles: tuple[str, ...] = ("Facilitator",), **kw: Any
    ) -> MemberRecord:
        data = MemberInput(first, kw.pop("last_initial", "R"),
                           roles=tuple((role_ids[r], None) for r in roles), **kw)  # fmt: skip
        with store.session() as s, s.begin():
            return roster.create_member(s, data)

    return make
