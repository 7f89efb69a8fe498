"""A group file in a cloud-sync folder or on a network share: a private copy, published whole.

SQLite says its WAL mode does not work over a network file system, and the one-writer lock
(store/lock.py) does not cross computers through OneDrive, Dropbox or Google Drive. So when the
file a person opens is in such a place (:func:`where_shared`), GroupKeeper works on a private
**working copy** in its own data folder and **publishes** a finished snapshot back:

- The working copy is taken from the shared file (copied bytes, checked like any file) and
  a small state file beside it remembers which published generation it was taken from.
- Publishing reads the shared file's ``publication`` row (store/publication.py). When its
  generation is still the one taken, the snapshot (generation + 1, with who, which computer,
  when) is made whole in the private data folder, copied beside the shared file and renamed
  over it: a stick or a share that goes away mid-publish leaves the shared file as it was.
- When someone else published since, nothing is written: :class:`Conflict` says who and
  when, and the person chooses :func:`take_theirs` (their own copy kept as a backup that opens
  like any file) or :func:`keep_mine` (theirs kept as a backup, then ours published). Nothing
  is ever merged.

A working copy with changes not yet published (the share was away, the computer crashed) is
kept and reused at the next open; one with none is refreshed from the shared file.
"""

from __future__ import annotations

import getpass
import hashlib
import os
import re
import shutil
import socket
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import groupkeeper.store.publication as publication
from groupkeeper import FILE_SUFFIX, configfile, paths
from groupkeeper.files import make_private, new_private_file
from groupkeeper.i18n import _
from groupkeeper.store.errors import StoreError
from groupkeeper.store.lock import real_path
from groupkeeper.store.publication import NEVER, Publication
from groupkeeper.store.sqlitefile import raw_connect

SHARED_DIR = "shared"
_STATE = "state.json"
_STATE_MOST = 64 * 1024

# Folders a sync client keeps in step with the cloud, as they appear in a path (lower case).
SYNC_MARKERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"), ("dropbox", "Dropbox"), ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"), ("my drive", "Google Drive"),
    ("icloud drive", "iCloud Drive"), ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"), ("library/cloudstorage", "a cloud storage folder"),
    ("box sync", "Box"), ("/box/", "Box"), ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"), ("pcloud", "pCloud"), ("megasync", "MEGA"),
    ("sync.com", "Sync.com"), ("seadrive", "Seafile"), ("tresorit", "Tresorit"),
    ("synologydrive", "Synology Drive"), ("creative cloud files", "Creative Cloud"),
)  # fmt: skip
# File system types that are another computer's disk (Linux /proc/self/mountinfo names).
NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afpfs", "webdav", "davfs",
    "fuse.davfs", "fuse.sshfs", "sshfs", "9p", "fuse.rclone", "rclone", "fuse.gvfsd-fuse",
    "ncpfs", "afs", "ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "fuse.s3fs",
})  # fmt: skip
# Windows: GetDriveTypeW's DRIVE_REMOTE; the attributes of a file a sync client keeps online.
_DRIVE_REMOTE = 4
_CLOUD_ATTRIBUTES = 0x1000 | 0x40000 | 0x80000 | 0x100000 | 0x400000  # offline, recall, pin


# ---------------------------------------------------------------- where the file is


def where_shared(path: Path) -> str | None:
    """In words, why ``path`` is in a shared place ("a OneDrive folder", "a network drive
    (cifs)"), or None for a folder of this computer's own (a USB stick included)."""
    full = str(real_path(path)).replace("\\", "/")
    low = "/" + full.lower() + "/"
    for marker, name in SYNC_MARKERS:
        if marker in low:
            return _("a {service} folder").format(service=name)
    if sys.platform == "win32":
        return _windows(full)
    kind = _mount_type(Path(full))
    if kind is not None and (kind in NETWORK_FS or (kind.startswith("fuse.") and "drive" in kind)):
        return _("a network drive ({kind})").format(kind=kind)
    return None


def _windows(full: str) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    if full.startswith("//"):
        return _("a network folder")
    root = full[:3].replace("/", "\\")
    windll = ctypes.windll  # type: ignore[attr-defined,unused-ignore]
    if windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE:
        return _("a network drive")
    attributes = windll.kernel32.GetFileAttributesW(full.replace("/", "\\"))
    if attributes != -1 and attributes & _CLOUD_ATTRIBUTES:
        return _("a cloud-synced folder")
    return None


def _mount_type(path: Path, mountinfo: str | None = None) -> str | None:
    """The file system type of the mount that holds ``path`` (Linux; None elsewhere)."""
    if mountinfo is None:
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return None
    lines = mountinfo.splitlines()
    best, kind = "", None
    target = str(path)
    for line in lines:
        fields = line.split()
        if "-" not in fields:
            continue
        point = fields[4].replace("\\040", " ")
        fstype = fields[fields.index("-") + 1]
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fstype
    return kind


# ---------------------------------------------------------------- the working copy


@dataclass(frozen=True)
class Conflict:
    """Someone else published since this copy was taken: nothing was written."""

    theirs: Publication
    taken: int  # the generation our copy was taken from

    def describe(self) -> str:
        from groupkeeper.text import format_date

        at = self.theirs.at.astimezone()
        when = f"{format_date(at.date())} {at:%H:%M}"
        if self.theirs.by or self.theirs.computer:
            return _(
                "{person} published the group file from the computer {computer} on {when}, "
                "after you took your copy."
            ).format(
                person=self.theirs.by or _("Someone"),
                computer=self.theirs.computer or "?",
                when=when,
            )
        return _("The group file in the shared folder was changed on {when}, after you took "
                 "your copy.").format(when=when)  # fmt: skip


@dataclass
class WorkingCopy:
    shared: Path  # the group file in the shared folder
    local: Path  # the private copy GroupKeeper opens
    taken: int  # the published generation the copy was taken from (or last published)
    unpublished: bool  # changes not yet in the shared folder

    @property
    def state_path(self) -> Path:
        return self.local.parent / _STATE

    def save_state(self, *, open_now: bool) -> None:
        configfile.write_json(
            self.state_path,
            {
                "shared": str(self.shared),
                "taken": self.taken,
                "unpublished": self.unpublished,
                "open": open_now,
            },
        )


def _folder(shared: Path) -> Path:
    digest = hashlib.sha256(str(shared).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    folder = paths.data_dir() / SHARED_DIR / digest
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    make_private(folder)
    return folder


def _read_state(folder: Path, shared: Path) -> dict[str, object] | None:
    """The state file, or None when there is none or it is not ours (never trusted further
    than its three values)."""
    found = configfile.read_json(folder / _STATE, _STATE_MOST)
    if not isinstance(found, dict) or found.get("shared") != str(shared):
        return None
    return found


def _stamp(path: Path, passphrase: str | None) -> Publication:
    """The publication row of a closed group file (a copy of the shared one)."""
    conn = raw_connect(path, "ro", passphrase)
    try:
        return publication.read(conn)
    finally:
        conn.close()


@contextmanager
def _copy_of(shared: Path) -> Iterator[Path]:
    """The shared file's bytes, copied into the private data folder (a sync client may swap
    it at any moment; a copy is read whole or not at all)."""
    staged = _folder(shared) / f"theirs-{uuid.uuid4().hex[:8]}{FILE_SUFFIX}"
    try:
        new_private_file(staged)
        shutil.copyfile(shared, staged)
        yield staged
    finally:
        staged.unlink(missing_ok=True)


def _not_there(shared: Path, exc: OSError) -> StoreError:
    return StoreError(
        shared,
        _(
            "The shared folder could not be reached ({reason}). Your changes are kept on this "
            "computer and go to the shared folder the next time it is there."
        ).format(reason=exc.strerror or exc),
    )


def working_copy(shared: Path, passphrase: str | None = None) -> WorkingCopy:
    """The private copy to open for the shared file ``shared``: the one kept from last time
    if it holds changes not yet published (or was open when the computer stopped), else a
    fresh copy of the shared file."""
    shared = real_path(shared)
    folder = _folder(shared)
    local = folder / shared.name
    state = _read_state(folder, shared)
    if state is not None and local.is_file():
        taken = state.get("taken")
        keep = bool(state.get("unpublished")) or bool(state.get("open"))
        if isinstance(taken, int) and not isinstance(taken, bool) and taken >= 0 and keep:
            return WorkingCopy(shared, local, taken, True)
    try:
        with _copy_of(shared) as theirs:
            stamp = _stamp(theirs, passphrase)
            for leftover in (local.with_name(local.name + s) for s in ("-wal", "-shm")):
                leftover.unlink(missing_ok=True)
            os.replace(theirs, local)  # private already: made by new_private_file
    except OSError as exc:
        raise _not_there(shared, exc) from exc
    copy = WorkingCopy(shared, local, stamp.generation, False)
    copy.save_state(open_now=False)
    return copy


def _me() -> tuple[str, str]:
    try:
        who = getpass.getuser()
    except (OSError, KeyError, ImportError):
        who = ""
    return re.sub(r"[\x00-\x1f\x7f]", "", who)[:100], socket.gethostname()[:100]


def publish(
    copy: WorkingCopy, passphrase: str | None = None, *, force: bool = False
) -> Publication | Conflict:
    """Publish the (closed or checkpointed) working copy over the shared file, unless
    someone else published since it was taken (then nothing is written; ``force`` publishes
    anyway: :func:`keep_mine`)."""
    import groupkeeper.store.backups as backups

    shared = copy.shared
    try:
        if shared.exists():
            with _copy_of(shared) as theirs:
                current = _stamp(theirs, passphrase)
        elif copy.taken > 0:  # it was there: the folder is away, not someone else's file
            raise FileNotFoundError(2, _("the shared file is not there"), str(shared))
        else:
            current = NEVER
        if current.generation != copy.taken and not force:
            return Conflict(current, copy.taken)
        who, computer = _me()
        mine = Publication(
            max(current.generation, copy.taken) + 1, copy.taken, who, computer,
            datetime.now(UTC).replace(microsecond=0),
        )  # fmt: skip

        def stamp(staged: Path) -> None:
            conn = raw_connect(staged, "rw", passphrase)
            try:
                with conn:
                    publication.write(conn, mine)
            finally:
                conn.close()

        # Made whole in the private folder, copied beside the shared file and renamed over it:
        # whole, or (a share gone) not at all.
        backups.copy_out(copy.local, shared, passphrase, finish=stamp)
    except OSError as exc:
        copy.unpublished = True
        copy.save_state(open_now=False)
        raise _not_there(shared, exc) from exc
    copy.taken, copy.unpublished = mine.generation, False
    copy.save_state(open_now=False)
    return mine


def take_theirs(copy: WorkingCopy, passphrase: str | None = None) -> Path:
    """Replace the (closed) working copy with the shared file; our own copy is kept first as a
    backup that opens like any file. Returns the backup."""
    import groupkeeper.store.backups as backups

    kept = backups.take(copy.local, passphrase, tag="mine-before-taking-theirs")
    state = copy.local.parent / _STATE
    state.unlink(missing_ok=True)
    fresh = working_copy(copy.shared, passphrase)
    copy.local, copy.taken, copy.unpublished = fresh.local, fresh.taken, False
    return kept


def keep_mine(copy: WorkingCopy, passphrase: str | None = None) -> tuple[Path, Publication]:
    """Keep the shared file as it is now as a backup, then publish ours over it."""
    import groupkeeper.store.backups as backups

    try:
        with _copy_of(copy.shared) as theirs:
            kept = backups.take(copy.local, passphrase, tag="theirs-before-mine", source=theirs)
    except OSError as exc:
        raise _not_there(copy.shared, exc) from exc
    done = publish(copy, passphrase, force=True)
    assert isinstance(done, Publication)
    return kept, done
