"""Attaching files to the library: the whole use-case, for the window and the command line.

Each file is read whole but bounded (an ordinary file of at most ``MAX_ATTACHMENT``, checked
before and while it is read), its text extracted within the limits of ``library/text.py``,
and stored byte for byte as a new document. The files of one call are one undoable step,
though each commits as soon as it is read, so a file that takes long (a 5,000-page PDF)
keeps nothing else waiting, and a Cancel keeps the files attached before it. The one being
read when ``stop`` is set is not attached.

Nothing here knows of a window: the caller gives a ``progress(done, total)`` to hear how far
it is (``PER_FILE`` steps a file, so ``done // PER_FILE`` is the file being read) and a
``stop`` event it may set from another thread.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from groupkeeper.i18n import _, ngettext
from groupkeeper.library import service
from groupkeeper.library.models import TextStatus
from groupkeeper.library.service import Progress
from groupkeeper.library.text import Cancelled

if TYPE_CHECKING:
    import threading

    from groupkeeper.store.database import GroupStore

PER_FILE = 1000
"""Progress steps for each file: ``done // PER_FILE`` is the file being read."""


@dataclass(frozen=True)
class Attached:
    """One file attached: its new item, its name, and how much of its text search finds."""

    id: int
    name: str
    status: TextStatus
    note: str = ""  # when only part of its text is searchable (core wording)


@dataclass(frozen=True)
class AttachResult:
    attached: tuple[Attached, ...]
    stopped: bool = False
    """``stop`` was set before every file was attached."""


def refusal(path: Path) -> str:
    """Why ``path`` cannot be attached, found without opening it, or "" if it can be tried:
    the window says this at once rather than start the work. (Reading checks it again.)"""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError:
        return _("{name} no longer exists.").format(name=path.name)
    if stat.S_ISDIR(info.st_mode):
        return _("{name} is a folder; attach the files inside it.").format(name=path.name)
    if not stat.S_ISREG(info.st_mode):
        return _(
            "{name} is not an ordinary file (it may be a device or a pipe), so it cannot be "
            "attached."
        ).format(name=path.name)
    if info.st_size > service.MAX_ATTACHMENT:
        return service.too_big(path.name, info.st_size)
    return ""


def default_label(paths: Sequence[Path]) -> str:
    """The undo step's name when the caller gives none: "Attach notes.pdf", "Attach 3 files"."""
    if len(paths) == 1:
        return _("Attach {name}").format(name=paths[0].name)
    return ngettext("Attach {n} file", "Attach {n} files", len(paths)).format(n=len(paths))


def attach_files(
    store: GroupStore,
    paths: Sequence[Path],
    *,
    label: str = "",
    section: str = "library",
    tags: Sequence[str] = (),
    title: str = "",
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> AttachResult:
    """Attach ``paths`` in order as one undoable step named ``label`` (see the module
    docstring). ``tags`` go on every file; ``title`` names a single file (by default each
    is named after its file).

    A file that cannot be attached (too big, not an ordinary file, unreadable) raises
    GroupKeeperError with the files before it kept; the store reports a full disk the same
    way. Files that can be refused without reading them (:func:`refusal`) are best refused
    before calling."""
    paths = [Path(p) for p in paths]
    done: list[Attached] = []
    total = PER_FILE * len(paths)

    def cancelled() -> bool:
        return stop is not None and stop.is_set()

    with store.recording(label or default_label(paths), section) as rec:
        for n, path in enumerate(paths):

            def step(d: int, t: int, base: int = n * PER_FILE) -> None:
                if progress is not None:
                    progress(base + int(PER_FILE * d / max(t, 1)), total)

            try:
                if cancelled():
                    raise Cancelled
                prepared = service.prepare(path, progress=step, cancelled=cancelled)
            except Cancelled:
                return AttachResult(tuple(done), stopped=True)
            with rec.session() as s:
                new = service.attach(
                    s, prepared, title=title if len(paths) == 1 else "", tags=tags, progress=step
                )
            done.append(Attached(new, path.name, prepared.status, prepared.note))
    return AttachResult(tuple(done))
