"""The shared laptop (issue 20, finding 9): what a person who sits down at the window sees
without asking. Home counts pairings without naming anyone; private notes on the Pairings
page show only when asked for."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from groupkeeper.pairing import service as ps
from groupkeeper.pairing.models import Status
from groupkeeper.roster import service as roster
from groupkeeper.ui.home_page import HomePage
from groupkeeper.ui.main_window import MainWindow
from tests.conftest import TODAY


def _shown_text(page: HomePage) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def test_home_counts_pairings_and_names_nobody_in_one(demo_window: MainWindow) -> None:
    demo_window.act_home.trigger()
    home = demo_window.home_page
    ctl = demo_window.controller
    assert ctl is not None
    pairings = ctl.read(ps.list_pairings)
    assert any(p.overdue(TODAY) for p in pairings)  # the demo has something to hide
    paired = {p.seeker for p in pairings} | {p.mentor for p in pairings if p.mentor}
    # People who serve at the next meeting or hold a position are named on Home for that
    # reason; nobody else in a pairing may appear anywhere on it.
    on_roster = ctl.read(lambda s: roster.home(s, TODAY))
    serving = {who for _role, who in on_roster.serving} | {t.member_name for t in on_roster.terms}
    shown = _shown_text(home)
    assert [name for name in sorted(paired - serving) if name in shown] == []
    # The pairings part of Home names nobody at all, and says where to look.
    pairing_part = (home.pairs_heading.text(), home.pairs_label.text(), home.overdue_label.text())
    assert [(n, t) for n in paired for t in pairing_part if n in t] == []
    assert home.overdue_label.isVisibleTo(home)
    assert home.overdue_label.text() == "Check-ins overdue: 1. Open Pairings to see which."
    assert home.pairs_label.text() == "5 people are waiting for a sponsor."


def test_home_counts_come_from_the_core_without_names(demo_window: MainWindow) -> None:
    ctl = demo_window.controller
    assert ctl is not None
    counts = ctl.read(lambda s: ps.home_counts(s, TODAY))
    full = ctl.read(lambda s: ps.home(s, TODAY))
    assert (counts.waiting, counts.overdue) == (full.waiting, len(full.overdue)) == (5, 1)
    # Every active pairing is overdue a year on; none before its first check-in was due.
    later = ctl.read(lambda s: ps.home_counts(s, TODAY.replace(year=TODAY.year + 1)))
    assert later.overdue == len(ctl.read(lambda s: ps.list_pairings(s, Status.ACTIVE)))
    assert ctl.read(lambda s: ps.home_counts(s, TODAY.replace(year=2000))).overdue == 0
