"""Undo: a roster fill of 3 years x 6 roles x 200 members, undone and redone; and what the
history costs while recording.

(1) Undo and redo of the fill through the store's history (``store.undo``/``store.redo``:
check every row it touched, play them back, commit), against the fill itself as the baseline
in the same run (reading the group, filling, checking, writing the same rows). Target: each
at most 0.3 s.
(2) The cost of recording: the same fill inside ``store.change`` (triggers copy each row)
against a plain transaction. (3) The history's memory: 100 such fills pushed, against its
bound of 50 MB (the oldest drop first).
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import median_ms, timed
from bench_roster import START, bench_store


def main() -> None:
    from groupkeeper.roster import service as roster
    from groupkeeper.store.undo import MAX_BYTES, History

    last = START + timedelta(days=3 * 365)
    with bench_store() as (_path, store):

        def plain_fill() -> None:
            with store.session() as s:  # rolled back: every run fills the same empty roster
                roster.fill_roster(s, START, last, replace=True)

        def recorded_fill() -> None:
            with store.change("Fill roster") as s:
                roster.fill_roster(s, START, last, replace=True)
            store.undo()  # back to empty for the next run

        base = timed(plain_fill, 5)
        with store.change("Fill roster, 3 years") as s:
            result = roster.fill_roster(s, START, last, replace=True)
        step = store.history.next_undo
        assert step is not None
        rows = len(step.changes)
        undo_times: list[float] = []
        redo_times: list[float] = []
        for _ in range(7):
            undo_times += timed(store.undo, 1)
            redo_times += timed(store.redo, 1)
        store.undo()
        recorded = timed(recorded_fill, 5)

        print(f"fill: {result.filled} turns filled, {len(result.open)} open; {rows} rows recorded")
        print(f"baseline, the fill in a plain transaction: {median_ms(base):.0f} ms")
        for what, times in (("undo", undo_times), ("redo", redo_times)):
            ms = median_ms(times)
            print(f"{what} of the fill: {ms:.0f} ms, worst {max(times) * 1000:.0f} ms "
                  f"(target <= 300 ms; {ms / median_ms(base):.2f}x the fill)")  # fmt: skip
        fill_and_undo = median_ms(recorded)
        print(f"recorded fill + its undo: {fill_and_undo:.0f} ms "
              f"({fill_and_undo / median_ms(base):.2f}x the plain fill)")  # fmt: skip

        history = History()
        for _ in range(100):
            history.push(step)
        kept, held, bound = len(history), history.bytes / 1e6, MAX_BYTES / 1e6
        print(f"one fill step: {step.size / 1e6:.2f} MB counted; 100 of them pushed: "
              f"{kept} kept, {held:.1f} MB (bound {bound:.0f} MB)")  # fmt: skip


if __name__ == "__main__":
    main()
