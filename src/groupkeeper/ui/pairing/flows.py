"""What a person does on the Pairings page, each through its form: a request, a pairing,
"never suggest", suggestions for everyone waiting, check-ins, an end, the profiles of people
willing to help and the group's conventions. Each is one undoable step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError
from groupkeeper.pairing import service as pairing
from groupkeeper.pairing.matching import Candidate, Excluded, Plan, Proposal
from groupkeeper.pairing.models import Status
from groupkeeper.pairing.service import MentorRow, Pairing
from groupkeeper.roster import service as roster
from groupkeeper.ui.kit.tables import RecordRole
from groupkeeper.ui.work.ops import Op, Progress

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableView

    from groupkeeper.ui.context import AppContext
    from groupkeeper.ui.kit.forms import SavingDialog
    from groupkeeper.ui.pairing.models import CandidateModel, MentorModel

T = TypeVar("T")
WAITING, ACTIVE, ENDED, MENTORS = range(4)
"""The Pairings page's tabs."""


class PairingsView(Protocol):
    """What the flows need of the Pairings page (the page makes its flows, so they know it
    only by this shape)."""

    SECTION: str
    ctx: AppContext
    sponsor: str
    roles: pairing.RoleWords
    blocked: set[int]
    mentors: MentorModel
    candidates: CandidateModel
    candidate_view: QTableView

    def read(self, fn: Callable[[Session], T]) -> T: ...

    def refresh(self) -> None: ...

    def current_record(self) -> Any: ...

    def select(self, tab: int, record_id: int) -> None: ...

    def chosen_candidate(self) -> Candidate | Excluded | None: ...


class PairingFlows(QObject):
    """The Pairings page's actions."""

    def __init__(self, page: PairingsView, parent: QObject) -> None:
        super().__init__(parent)
        self.page = page

    def try_write(self, label: str, fn: Callable[[Session], T]) -> str | None:
        """Run ``fn`` as one undoable step; the problem in words (nothing saved) or None."""
        ctl = self.page.ctx.gateway
        assert ctl is not None
        return ctl.try_write(label, fn, self.page.SECTION)

    def _chosen(self, status: Status) -> Pairing | None:
        """The chosen request or pairing, if it is in ``status``."""
        p = self.page.current_record()
        return p if isinstance(p, Pairing) and p.status is status else None

    def _run(
        self,
        dialog: SavingDialog,
        label: str,
        save: Callable[[Session], object],
        then: Callable[[], None] | None = None,
    ) -> None:
        """Open ``dialog``; its OK runs ``save`` in one transaction (a problem keeps it open
        with the message), then ``then``."""
        self.page.ctx.dialog = dialog
        dialog.save = lambda: self.try_write(label, save)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.open()

    def _members(self) -> list[tuple[int, str]]:
        members = self.page.read(lambda s: roster.list_members(s, active_only=True))
        return [(m.id, m.name) for m in members]

    def _languages(self) -> list[str]:
        group = self.page.ctx.data.group() if self.page.ctx.gateway else None
        first = pairing.language_name(group.language) if group else ""
        known = [lang for m in self.page.mentors.records() for lang in m.profile.languages]
        return list(dict.fromkeys(x for x in [first, *sorted(known)] if x))

    def _gender_of(self, member_id: int) -> str:
        return self.page.read(lambda s: pairing.get_profile(s, member_id)).gender

    def new_request(self) -> None:
        from groupkeeper.ui.pairing.dialogs import RequestDialog

        members = self._members()
        if not members:
            self.page.ctx.prompts.notify(
                self.tr("No members yet"), self.tr("Add the group's members first (Members).")
            )
            return
        today = self.page.ctx.today
        dialog = RequestDialog(
            self.page.ctx.parent_widget,
            self.page.sponsor,
            members,
            self.page.read(pairing.list_focus),
            self._languages(),
            today,
            gender=self._gender_of,
        )
        made: list[int] = []

        def save(s: Session) -> None:
            made.append(pairing.create_request(s, dialog.data(), today).id)

        self._run(
            dialog,
            self.tr("New request"),
            save,
            lambda: self.page.select(WAITING, made[-1]) if made else None,
        )

    def edit_request(self) -> None:
        p = self._chosen(Status.REQUESTED)
        if p is None:
            return
        from groupkeeper.ui.pairing.dialogs import RequestDialog

        today = self.page.ctx.today
        dialog = RequestDialog(
            self.page.ctx.parent_widget,
            self.page.sponsor,
            self._members(),
            self.page.read(pairing.list_focus),
            self._languages(),
            today,
            p,
            gender=self._gender_of,
        )

        self._run(
            dialog,
            self.tr("Edit the request of {who}").format(who=p.seeker),
            lambda s: pairing.update_request(s, p.id, dialog.data(), today),
        )

    def withdraw_request(self) -> None:
        p = self._chosen(Status.REQUESTED)
        if p is None:
            return
        from groupkeeper.ui.pairing.dialogs import EndDialog

        today = self.page.ctx.today
        dialog = EndDialog(self.page.ctx.parent_widget, p.seeker, today, withdraw=True)

        def save(s: Session) -> None:
            day, reason, _never = dialog.choice()
            pairing.withdraw_request(s, p.id, day, reason)

        self._run(dialog, self.tr("Withdraw the request of {who}").format(who=p.seeker), save)

    def pair_with_selected(self) -> None:
        p = self.page.current_record()
        index = self.page.candidate_view.currentIndex()
        chosen = self.page.candidates.data(index, RecordRole) if index.isValid() else None
        if not isinstance(p, Pairing) or not isinstance(chosen, Candidate):
            return
        self.pair(p.id, p.seeker, chosen)

    def pair(self, pairing_id: int, seeker: str, chosen: Candidate) -> None:
        from groupkeeper.ui.pairing.dialogs import PairDialog

        today = self.page.ctx.today
        days = self.page.read(pairing.conventions).checkin_days
        dialog = PairDialog(
            self.page.ctx.parent_widget, seeker, chosen.mentor.name, chosen.describe(), today, days
        )

        def save(s: Session) -> None:
            start, every = dialog.choice()
            pairing.confirm(s, pairing_id, chosen.mentor.id, start, today, every)

        label = self.tr("Pair {who} with {mentor}").format(who=seeker, mentor=chosen.mentor.name)
        self._run(dialog, label, save, lambda: self.page.select(ACTIVE, pairing_id))

    def toggle_block(self) -> None:
        """Mark (or clear) "do not pair these two again" for the request and the chosen person."""
        p = self._chosen(Status.REQUESTED)
        chosen = self.page.chosen_candidate()
        if p is None or chosen is None:
            return
        other = chosen.mentor
        on = other.id not in self.page.blocked
        if on and not self.page.ctx.prompts.confirm(
            self.tr("Never suggest this pair"),
            self.tr(
                "Never suggest {mentor} for {seeker} again? Neither the candidates nor "
                "“Suggest for everyone waiting” will offer these two to each other. You can "
                "allow it again here."
            ).format(mentor=other.name, seeker=p.seeker),
            self.tr("Never suggest"),
        ):
            return
        text = (
            self.tr("Never suggest {mentor} for {seeker}")
            if on
            else self.tr("Allow {mentor} for {seeker} again")
        )
        problem = self.try_write(
            text.format(mentor=other.name, seeker=p.seeker),
            lambda s: pairing.set_blocked(s, p.seeker_id, other.id, on),
        )
        if problem:
            self.page.ctx.prompts.notify(self.tr("Not saved"), problem)

    def suggest_all(self) -> None:
        """Work out the best set for everyone waiting off the window's thread (a quarter of a
        second with a large group), then show it to confirm or decline, one by one."""
        ctx = self.page.ctx
        ctl = ctx.gateway
        if ctl is None:
            return
        store, today = ctl.store, ctx.today

        def work(_progress: Progress) -> Plan:
            with store.session() as s:
                return pairing.suggest_all(s, today)

        def show(plan: Plan) -> None:
            if ctx.gateway is ctl:  # not if the file was closed meanwhile
                self._proposals(plan)

        Op(
            work,
            show,
            self.tr("Could not suggest pairings"),
            label=self.tr("Finding the best pairings…"),
            progress=True,
            key="pairing-suggest",
        ).run(ctx)

    def _proposals(self, plan: Plan) -> None:
        from groupkeeper.ui.pairing.dialogs import ProposalsDialog

        today = self.page.ctx.today

        def confirm(p: Proposal) -> str | None:
            label = self.tr("Pair {who} with {mentor}").format(
                who=p.request.name, mentor=p.candidate.mentor.name
            )
            return self.try_write(
                label,
                lambda s: pairing.confirm(s, p.request.id, p.candidate.mentor.id, today, today),
            )

        dialog = ProposalsDialog(self.page.ctx.parent_widget, self.page.roles, plan, confirm)
        self.page.ctx.dialog = dialog
        dialog.open()

    def log_checkin(self) -> None:
        p = self._chosen(Status.ACTIVE)
        if p is None:
            return
        from groupkeeper.ui.pairing.dialogs import CheckinDialog

        today = self.page.ctx.today
        dialog = CheckinDialog(self.page.ctx.parent_widget, f"{p.seeker} with {p.mentor}", today)

        def save(s: Session) -> None:
            day, note = dialog.choice()
            pairing.log_checkin(s, p.id, day, note, today)

        label = self.tr("Check-in of {who} with {mentor}").format(who=p.seeker, mentor=p.mentor)
        self._run(dialog, label, save)

    def end_pairing(self) -> None:
        p = self._chosen(Status.ACTIVE)
        if p is None:
            return
        from groupkeeper.ui.pairing.dialogs import EndDialog

        today = self.page.ctx.today
        dialog = EndDialog(
            self.page.ctx.parent_widget, f"{p.seeker} with {p.mentor}", today, withdraw=False
        )

        def save(s: Session) -> None:
            day, reason, never = dialog.choice()
            pairing.end_pairing(s, p.id, day, reason, today, never_again=never)

        label = self.tr("End the pairing of {who} with {mentor}").format(
            who=p.seeker, mentor=p.mentor
        )
        self._run(dialog, label, save, lambda: self.page.select(ENDED, p.id))

    def _profile_dialog(self, member_id: int | None, name: str = "") -> None:
        from groupkeeper.ui.pairing.dialogs import ProfileDialog

        today = self.page.ctx.today
        members = None
        if member_id is None:
            have = {m.member_id for m in self.page.mentors.records() if m.profile.willing}
            members = [(i, n) for i, n in self._members() if i not in have]
            if not members:
                self.page.ctx.prompts.notify(
                    self.tr("Nobody to add"),
                    self.tr("Every active member already has a profile. Add members first."),
                )
                return
        profile = (
            self.page.read(lambda s: pairing.get_profile(s, member_id))
            if member_id is not None
            else pairing.Profile(willing=True)
        )

        def load(mid: int) -> pairing.Profile:
            return self.page.read(lambda s: pairing.get_profile(s, mid))

        focus = self.page.read(pairing.list_focus)
        dialog = ProfileDialog(
            self.page.ctx.parent_widget,
            self.page.roles,
            focus,
            today,
            profile,
            name,
            members,
            load,
        )

        def save(s: Session) -> None:
            who = member_id if member_id is not None else dialog.member_id()
            if who is None:
                raise GroupKeeperError(self.tr("Choose the member."))
            pairing.save_profile(s, who, dialog.profile(), today)

        self._run(
            dialog,
            self.tr("Profile of {who}").format(who=name)
            if name
            else self.tr("Add someone willing"),
            save,
            lambda: self.page.select(MENTORS, member_id or dialog.member_id() or 0),
        )

    def add_profile(self) -> None:
        self._profile_dialog(None)

    def edit_profile(self) -> None:
        m = self.page.current_record()
        if isinstance(m, MentorRow):
            self._profile_dialog(m.member_id, m.name)

    def edit_conventions(self) -> None:
        from groupkeeper.ui.pairing.dialogs import ConventionsDialog

        dialog = ConventionsDialog(
            self.page.ctx.parent_widget, self.page.sponsor, self.page.read(pairing.conventions)
        )
        self._run(
            dialog,
            self.tr("Pairing conventions"),
            lambda s: pairing.set_conventions(s, dialog.rules()),
        )
