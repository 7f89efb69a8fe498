"""Pairings: "Suggest for everyone waiting" with 300 requests and 150 mentors, and the ranked
candidates for one request among 500 members.

Both are measured for the engine alone (``pairing.matching``) and for the whole use-case
through the service (read the file, build the records, match), against a baseline in the same
run: reading every member and profile row with sqlite3. Targets: suggest at most 1 s; one
request's candidates at most 20 ms. The group's conventions are the loosest (no shared
language required, same gender only preferred) so nearly every pair is allowed: the hardest
case for the optimisation.
"""

from __future__ import annotations

import os
import random
import sqlite3
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed

TODAY = date(2027, 1, 5)
LANGS = ("English", "Spanish", "French", "Cree", "Ukrainian")
FOCUS = ("Newcomers", "Step work", "Family and caregivers", "Young people", "Grief and loss")
GENDERS = ("Woman", "Man", "Non-binary", "")


def build(path: Path, mentors: int, requests: int, others: int = 0) -> None:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import GroupInfo, save_group
    from groupkeeper.pairing import service as ps
    from groupkeeper.pairing.conventions import Conventions, SameGender
    from groupkeeper.roster import service as roster
    from groupkeeper.store import open_store

    rng = random.Random(6)
    store = open_store(path, create=True)
    store.backup_on_close = False
    with store.session() as s, s.begin():
        save_group(s, GroupInfo("Pairing Bench", GroupKind.TWELVE_STEP, "en", "America/Toronto"))
        ps.set_conventions(s, Conventions(SameGender.PREFER, 12, False, 14))
        for i in range(mentors + requests + others):
            mid = roster.create_member(s, roster.MemberInput(f"Member{i:03d}", "X")).id
            gender = rng.choice(GENDERS)
            if i < mentors:
                profile = ps.Profile(
                    True, rng.randint(1, 3), TODAY - timedelta(days=rng.randint(200, 6000)),
                    tuple(rng.sample(FOCUS, rng.randint(0, 2))),
                    ("English", *rng.sample(LANGS[1:], rng.randint(0, 1))), gender,
                )  # fmt: skip
                ps.save_profile(s, mid, profile, TODAY)
            elif i < mentors + requests:
                ps.set_gender(s, mid, gender, TODAY)
                ps.create_request(
                    s,
                    ps.RequestInput(
                        mid, TODAY - timedelta(days=rng.randint(0, 90)), rng.choice(LANGS),
                        tuple(rng.sample(FOCUS, rng.randint(0, 2))),
                    ),
                    TODAY,
                )  # fmt: skip
    store.close()


def baseline_for(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("SELECT * FROM member").fetchall()
    conn.execute("SELECT * FROM pairing_profile").fetchall()
    conn.close()


def main() -> None:
    from groupkeeper.pairing import matching
    from groupkeeper.pairing import service as ps
    from groupkeeper.pairing.models import Status
    from groupkeeper.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["GROUPKEEPER_HOME"] = tmp
        # (1) Everyone waiting: 300 requests, 150 mentors.
        path = Path(tmp) / "suggest.groupkeeper"
        build(path, mentors=150, requests=300)
        store = open_store(path)
        store.backup_on_close = False
        with store.session() as s:
            waiting = ps.list_pairings(s, Status.REQUESTED)
            reqs = ps._engine_requests(s, waiting)
            ments = ps._engine_mentors(s)
            rules = ps.conventions(s)
        base = timed(lambda: baseline_for(path), 7)
        engine = timed(lambda: matching.suggest(reqs, ments, rules, TODAY), 5)

        def use_case() -> matching.Plan:
            with store.session() as s:
                return ps.suggest_all(s, TODAY)

        full = timed(use_case, 5)
        plan = use_case()
        room = sum(m.room for m in ments)
        allowed = sum(
            1 for r in reqs for m in ments if not matching.rules_broken(r, m, rules, TODAY)
        )
        print(f"requests: {len(reqs)}, mentors: {len(ments)} (room for {room}), "
              f"allowed pairs: {allowed} of {len(reqs) * len(ments)}")  # fmt: skip
        print(f"proposed: {len(plan.proposals)}, total score {plan.total}, "
              f"left waiting: {len(plan.unmatched)}")  # fmt: skip
        print(f"baseline (sqlite3 read of members and profiles): {median_ms(base):.1f} ms")
        print(f"suggest for everyone waiting, engine: {median_ms(engine):.0f} ms")
        ratio = median_ms(full) / median_ms(base)
        print(f"suggest for everyone waiting, use-case: {median_ms(full):.0f} ms "
              f"(target <= 1000 ms; {ratio:.0f}x baseline)")  # fmt: skip
        store.close()

        # (2) One request's candidates among 500 members, every one of them willing.
        path = Path(tmp) / "rank.groupkeeper"
        build(path, mentors=499, requests=1)
        store = open_store(path)
        store.backup_on_close = False
        with store.session() as s:
            [one] = ps.list_pairings(s, Status.REQUESTED)
            [req] = ps._engine_requests(s, [one])
            ments = ps._engine_mentors(s)
            rules = ps.conventions(s)
        base = timed(lambda: baseline_for(path), 15)
        engine = timed(lambda: matching.rank(req, ments, rules, TODAY), 30)

        def ranked() -> matching.Ranking:
            with store.session() as s:
                return ps.candidates(s, one.id, TODAY)

        full = timed(ranked, 30)
        ranking = ranked()
        print(f"members: 500, candidates: {len(ranking.candidates)}, "
              f"excluded: {len(ranking.excluded)}")  # fmt: skip
        print(f"baseline (sqlite3 read of members and profiles): {median_ms(base):.1f} ms")
        print(f"ranked candidates, engine: {median_ms(engine):.1f} ms")
        ratio = median_ms(full) / median_ms(base)
        print(f"ranked candidates, use-case: {median_ms(full):.1f} ms "
              f"(target <= 20 ms; {ratio:.1f}x baseline)")  # fmt: skip
        store.close()


if __name__ == "__main__":
    main()
