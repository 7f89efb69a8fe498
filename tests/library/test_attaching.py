"""Attaching files as one use-case (``library/attaching.py``), below the window: each file
read bounded, stored byte for byte with its text, the lot one undo step, a stop kept between
chunks with the files before it attached, and refusals found without reading."""

from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from groupkeeper.errors import GroupKeeperError
from groupkeeper.library import service as library
from groupkeeper.library.attaching import (
    PER_FILE,
    attach_files,
    default_label,
    refusal,
)
from groupkeeper.library.models import TextStatus, resource
from groupkeeper.store import GroupStore
from tests.library.conftest import protected_pdf, text_files


def _count(store: GroupStore) -> int:
    with store.session() as s:
        return int(s.scalar(select(func.count()).select_from(resource)) or 0)


def test_files_attach_with_their_text_as_one_undo_step(
    store: GroupStore, tmp_path: Path, pdf_bytes: bytes
) -> None:
    [notes] = text_files(tmp_path, "notes.txt")
    locked = tmp_path / "minutes.pdf"
    locked.write_bytes(protected_pdf())
    handout = tmp_path / "welcome.pdf"
    handout.write_bytes(pdf_bytes)
    result = attach_files(store, [notes, locked, handout], label="Attach 3 files")
    assert not result.stopped
    assert [(a.name, a.status) for a in result.attached] == [
        ("notes.txt", TextStatus.READ),
        ("minutes.pdf", TextStatus.PROTECTED),
        ("welcome.pdf", TextStatus.READ),
    ]
    with store.session() as s:
        assert [i.title for i in library.search(s, "entendez")] == ["welcome"]
        item = library.get_resource(s, result.attached[2].id)
        assert item.sha256 == hashlib.sha256(pdf_bytes).hexdigest()
        assert b"".join(library.file_chunks(s, item.id)) == pdf_bytes
    step = store.history.next_undo
    assert step is not None and (step.label, step.section) == ("Attach 3 files", "library")
    store.undo()
    assert _count(store) == 0 and store.history.next_undo is None


def test_tags_and_a_title_for_one_file_and_a_label_in_words(
    store: GroupStore, tmp_path: Path
) -> None:
    [path] = text_files(tmp_path, "agenda.txt")
    [done] = attach_files(store, [path], tags=["business"], title="Business meeting").attached
    with store.session() as s:
        item = library.get_resource(s, done.id)
    assert (item.title, item.tags) == ("Business meeting", ("business",))
    step = store.history.next_undo
    assert step is not None and step.label == "Attach agenda.txt"
    assert default_label([path, path]) == "Attach 2 files"


def test_progress_counts_each_file_in_its_own_thousand(store: GroupStore, tmp_path: Path) -> None:
    paths = text_files(tmp_path, "a.txt", "b.txt", "c.txt")
    heard: list[tuple[int, int]] = []
    attach_files(store, paths, progress=lambda d, t: heard.append((d, t)))
    assert heard and {t for _, t in heard} == {3 * PER_FILE}
    done = [d for d, _ in heard]
    assert done == sorted(done) and done[-1] == 3 * PER_FILE
    assert {d // PER_FILE for d in done if d < 3 * PER_FILE} == {0, 1, 2}


def test_a_stop_keeps_the_files_before_it_and_not_the_one_being_read(
    store: GroupStore, tmp_path: Path
) -> None:
    paths = text_files(tmp_path, "first.txt", "second.txt", "third.txt")
    stop = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= PER_FILE:  # the second file has begun
            stop.set()

    result = attach_files(store, paths, progress=progress, stop=stop)
    assert result.stopped and [a.name for a in result.attached] == ["first.txt"]
    assert _count(store) == 1
    step = store.history.next_undo
    assert step is not None
    store.undo()
    assert _count(store) == 0


def test_a_stop_before_the_first_file_attaches_nothing_and_records_no_step(
    store: GroupStore, tmp_path: Path
) -> None:
    stop = threading.Event()
    stop.set()
    result = attach_files(store, text_files(tmp_path, "a.txt"), stop=stop)
    assert result.stopped and result.attached == ()
    assert _count(store) == 0 and store.history.next_undo is None


def test_a_file_that_cannot_be_read_stops_there_keeping_those_before(
    store: GroupStore, tmp_path: Path
) -> None:
    first, gone = text_files(tmp_path, "first.txt", "gone.txt")
    gone.unlink()
    with pytest.raises(GroupKeeperError, match=r"^gone\.txt is not a file that can be attached"):
        attach_files(store, [first, gone], label="Attach 2 files")
    assert _count(store) == 1
    step = store.history.next_undo
    assert step is not None and step.label == "Attach 2 files"


def test_refusals_are_found_without_reading(tmp_path: Path) -> None:
    [ok] = text_files(tmp_path, "ok.txt")
    assert refusal(ok) == ""
    assert refusal(tmp_path / "missing.pdf") == "missing.pdf no longer exists."
    folder = tmp_path / "handouts"
    folder.mkdir()
    assert refusal(folder) == "handouts is a folder; attach the files inside it."
    pipe = tmp_path / "agenda.pdf"
    os.mkfifo(pipe)  # opening it would wait for a writer forever; refusal never opens it
    assert refusal(pipe).startswith("agenda.pdf is not an ordinary file")
    big = tmp_path / "scan.pdf"
    with big.open("wb") as f:
        f.truncate(library.MAX_ATTACHMENT + 1)
    assert refusal(big) == library.too_big("scan.pdf", library.MAX_ATTACHMENT + 1)
