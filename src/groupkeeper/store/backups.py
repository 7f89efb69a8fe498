"""Backups a volunteer never has to think about, and restores that can themselves be undone.

Every group file has its own folder of snapshots under the user data folder
(``backups/<file name>-<8 hex digits of its full path>/``, owner-only). Each snapshot is a whole
group file taken with SQLite's online backup API (never a raw copy of a live file), named by
when it was taken, and encrypted with the file's passphrase when the file is.

Automatic snapshots are taken when a file is opened and the newest is over a day old, and when
a changed file is closed. They are pruned like restic's ``forget``: the newest snapshot of each
of the last 7 days, 4 ISO weeks and 12 months that have one. Snapshots with a tag (taken before
a restore or an upgrade, or by hand) are never pruned.

Every copy of a protected group is protected. A folder is marked with its group's id, so the
snapshots taken while the file lived elsewhere (a stick mounted under another name, a moved
file) are found too; a change of passphrase re-keys them all, and each open of a protected
file encrypts any plain snapshot of its group an interrupted "Protect" left behind and removes
half-written copies (:func:`secure_copies`). A hand-over copy is finished, encrypted, inside
the private data folder before it is copied to where it goes.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import groupkeeper.store.cipher as cipher
from groupkeeper import FILE_SUFFIX, paths
from groupkeeper.files import make_private, new_private_file
from groupkeeper.i18n import N_, _, ngettext
from groupkeeper.store.errors import StoreError
from groupkeeper.store.lock import FileLock, real_path
from groupkeeper.store.sqlitefile import (
    Progress,
    backup_copy,
    inspect_file,
    is_encrypted,
    raw_connect,
    sidecars,
)

KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
AUTOMATIC_EVERY = timedelta(days=1)
STAMP = "%Y-%m-%d_%H%M%S"
_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2}_\d{6})(?:_([a-z0-9_-]+))?" + re.escape(FILE_SUFFIX) + "$")

# What a backup holds, in the restore list: (table, label). Later features add theirs. The
# labels are :func:`summary`'s keys; :func:`describe` puts them in words.
SUMMARY_TABLES: list[tuple[str, str]] = [
    ("meeting_series", "meetings"),
    ("member", "members"),
    ("resource", "resources"),
]

TAG_LABELS = {
    "": N_("automatic"),
    "manual": N_("made with Back up now"),
    "before-restore": N_("saved just before a restore"),
}


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    tag: str  # "" for automatic snapshots

    @property
    def automatic(self) -> bool:
        return not self.tag

    @property
    def label(self) -> str:
        if self.tag.startswith("before-upgrade"):
            return _("saved before this version of GroupKeeper upgraded the file")
        return _(TAG_LABELS[self.tag]) if self.tag in TAG_LABELS else self.tag


def backup_dir(group_file: Path) -> Path:
    """The folder of snapshots for ``group_file`` (created, owner-only)."""
    resolved = Path(group_file).expanduser().resolve()
    digest = hashlib.sha256(str(resolved).encode()).hexdigest()[:8]
    root = paths.data_dir() / "backups"
    folder = root / f"{resolved.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    make_private(root)
    return make_private(folder)


def list_backups(group_file: Path) -> list[Backup]:
    """The snapshots of ``group_file``, newest first."""
    found = []
    for entry in backup_dir(group_file).iterdir():
        match = _NAME.match(entry.name)
        if match:
            taken = datetime.strptime(match[1], STAMP)
            found.append(Backup(entry, taken, match[2] or ""))
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def _bucketed(
    ordered: list[datetime], bucket: Callable[[datetime], Hashable], count: int
) -> set[datetime]:
    kept: set[datetime] = set()
    seen: set[Hashable] = set()
    for moment in ordered:
        key = bucket(moment)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(moment)
    return kept


def to_keep(
    times: Iterable[datetime],
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[datetime]:
    """Which snapshot times survive pruning: the newest of each of the last ``daily`` days,
    ``weekly`` ISO weeks and ``monthly`` months that have a snapshot."""
    ordered = sorted(set(times), reverse=True)
    return (
        _bucketed(ordered, lambda t: t.date(), daily)
        | _bucketed(ordered, lambda t: t.isocalendar()[:2], weekly)
        | _bucketed(ordered, lambda t: (t.year, t.month), monthly)
    )


def prune(group_file: Path) -> list[Backup]:
    """Delete the automatic snapshots the rotation no longer keeps; return those deleted."""
    automatic = [b for b in list_backups(group_file) if b.automatic]
    keep = to_keep(b.taken for b in automatic)
    gone = [b for b in automatic if b.taken not in keep]
    for backup in gone:
        backup.path.unlink(missing_ok=True)
    return gone


def _target(group_file: Path, when: datetime, tag: str) -> Path:
    folder = backup_dir(group_file)
    while True:
        suffix = f"_{tag}" if tag else ""
        target = folder / f"{when.strftime(STAMP)}{suffix}{FILE_SUFFIX}"
        if not target.exists():
            return target
        when += timedelta(seconds=1)


def take(
    group_file: Path,
    passphrase: str | None = None,
    *,
    tag: str = "",
    now: datetime | None = None,
    progress: Progress | None = None,
    source: Path | None = None,
) -> Path:
    """Snapshot ``group_file`` into its backup folder now; return the snapshot's path.
    ``source``: another copy of the same group to keep there instead (the shared folder's,
    before it is published over)."""
    target = _target(group_file, now or datetime.now(), tag)
    backup_copy(source or group_file, target, passphrase, progress)
    if _marker(target.parent) is None and (uid := group_uid(target, passphrase)):
        _mark(target.parent, uid)
    return target


def take_automatic(
    group_file: Path,
    passphrase: str | None = None,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
) -> Path:
    """An automatic snapshot, then pruning to the 7 daily / 4 weekly / 12 monthly set."""
    target = take(group_file, passphrase, now=now, progress=progress)
    prune(group_file)
    return target


def due(group_file: Path, now: datetime | None = None) -> bool:
    """True when the newest snapshot of ``group_file`` is a day old or more (or there is none)."""
    newest = next(iter(list_backups(group_file)), None)
    return newest is None or (now or datetime.now()) - newest.taken >= AUTOMATIC_EVERY


def summary(backup: Path, passphrase: str | None = None) -> dict[str, int]:
    """How many of each record a snapshot holds, e.g. {"meetings": 3}; raises StoreError."""
    info = inspect_file(backup, passphrase)
    conn = raw_connect(backup, "ro", passphrase if info.encrypted else None)
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        return {
            label: int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
            for table, label in SUMMARY_TABLES
            if table in tables
        }
    finally:
        conn.close()


def describe(counts: dict[str, int]) -> str:
    """``{"meetings": 3, "members": 1}`` as "3 meetings, 1 member"."""
    return ", ".join(_counted(label, count) for label, count in counts.items()) or _("nothing yet")


def _counted(label: str, n: int) -> str:
    if label == "meetings":
        return ngettext("{n} meeting", "{n} meetings", n).format(n=n)
    if label == "members":
        return ngettext("{n} member", "{n} members", n).format(n=n)
    if label == "resources":
        return ngettext("{n} resource", "{n} resources", n).format(n=n)
    # A label a later feature added without words here: as it was always said.
    word = label[:-1] if n == 1 and label.endswith("s") else label
    return f"{n} {word}"


def newest_good(group_file: Path, passphrase: str | None = None) -> Backup | None:
    """The newest snapshot that opens and passes its check, for a damaged file."""
    for backup in list_backups(group_file):
        try:
            inspect_file(backup.path, passphrase)
        except StoreError:
            continue
        return backup
    return None


def _replace(target: Path, replacement: Path) -> None:
    """Put ``replacement`` in ``target``'s place, dropping the old file's WAL so it can never be
    replayed onto the new one."""
    for extra in sidecars(target):
        extra.unlink(missing_ok=True)
    os.replace(replacement, target)


def restore(
    group_file: Path,
    backup: Path,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Path | None:
    """Replace ``group_file`` with the snapshot ``backup``; return the copy kept of the file as
    it was (None if it could not be read, e.g. damaged: then its bytes are kept beside the
    snapshots as ``<time>_damaged``). The file must not be open anywhere."""
    group_file = real_path(group_file)
    snapshot = inspect_file(backup, passphrase)  # a bad one is refused before anything changes
    lock = FileLock(group_file).acquire()
    try:
        kept: Path | None = None
        if group_file.exists():
            try:
                inspect_file(group_file, passphrase)
                kept = take(group_file, passphrase, tag="before-restore")
            except StoreError:
                damaged = _target(group_file, datetime.now(), "damaged")
                with group_file.open("rb") as src, damaged.open("wb") as dst:
                    dst.write(src.read())
                make_private(damaged)
        staged = group_file.with_name(group_file.name + ".restoring")
        staged.unlink(missing_ok=True)
        protected = passphrase is not None and group_file.exists() and is_encrypted(group_file)
        try:
            backup_copy(backup, staged, passphrase if snapshot.encrypted else None, progress)
            if protected and not snapshot.encrypted:
                # A plain snapshot (taken before the file was protected) comes back protected:
                # only the person, not a restore, takes a passphrase off.
                rekey_file(staged, None, passphrase, cipher.salt_of(group_file))
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
        _replace(group_file, staged)
        return kept
    finally:
        lock.release()


def copy_out(
    group_file: Path,
    out: Path,
    passphrase: str | None = None,
    *,
    new_passphrase: str | None = None,
    change_passphrase: bool = False,
    progress: Progress | None = None,
    finish: Callable[[Path], None] | None = None,
) -> Path:
    """Write one self-contained copy of ``group_file`` to ``out`` (Back up now, Hand over,
    publishing to a shared folder).

    With ``change_passphrase`` the copy gets ``new_passphrase`` (None: no passphrase) instead
    of the file's own. ``finish`` is run on the finished copy while it is still in the private
    folder (publishing stamps it there).
    """
    group_file = real_path(group_file)
    out = Path(out).expanduser().absolute()
    if out.exists() and out.samefile(group_file):
        raise StoreError(
            out, _("Choose a different place for the copy than the group file itself.")
        )
    # Made whole (and, for a hand-over with its own passphrase, encrypted) in the private data
    # folder; only then copied out, so a stick pulled halfway never holds plain records.
    staged = _staging() / f"{os.getpid()}-{uuid.uuid4().hex[:8]}{FILE_SUFFIX}"
    partial = out.with_name(out.name + ".part")
    try:
        backup_copy(group_file, staged, passphrase, progress)
        if change_passphrase and new_passphrase != passphrase:
            rekey_file(staged, passphrase, new_passphrase)
        if finish is not None:
            finish(staged)
        partial.unlink(missing_ok=True)
        shutil.copyfile(staged, partial)
        with partial.open("rb+") as fh:
            os.fsync(fh.fileno())
        _replace(out, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        staged.unlink(missing_ok=True)
    return out


def rekey_file(path: Path, old: str | None, new: str | None, salt: bytes | None = None) -> None:
    """Give the closed file ``path`` the passphrase ``new`` (None: plain), from ``old``.

    ``salt`` is the new salt (shared by a file and its backups). Written beside the file and
    renamed into place, so a power cut leaves the old file intact.
    """
    staged = path.with_name(path.name + ".rekey")
    staged.unlink(missing_ok=True)
    old_key = cipher.key_for(path, old) if old is not None else None
    src = cipher.connect(path.absolute().as_uri() + "?mode=ro", old_key)
    try:
        new_private_file(staged)
        cipher.export(src, staged, cipher.pragma_key(new, salt) if new is not None else None)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    _replace(path, staged)


def rekey_backups(
    group_file: Path, old: str | None, new: str | None, salt: bytes | None = None, uid: str = ""
) -> int:
    """Give every snapshot of the group (``uid``; else those in ``group_file``'s own folder)
    that ``old`` opens the passphrase ``new``. With a new passphrase, plain snapshots of the
    group are encrypted too, whatever ``old`` is: none is left readable."""
    done = 0
    found = copies_of(uid) if uid else [b.path for b in list_backups(group_file)]
    for path in found:
        encrypted = is_encrypted(path)
        if encrypted and old is None:
            continue  # under a passphrase we were not given: it stays protected
        if not encrypted and new is None:
            continue  # already plain
        try:
            rekey_file(path, old if encrypted else None, new, salt)
        except cipher.database_errors():
            continue  # taken under an older passphrase: it still opens with that one
        done += 1
    return done


# ---------------------------------------------------------------- every copy of a group

MARK = ".group"  # in a snapshot folder: the id of the group whose snapshots it holds
LEFTOVERS = (".part", ".rekey", ".restoring", ".copying")  # half-made copies


def group_uid(path: Path, passphrase: str | None = None) -> str:
    """The group id stored in a group file or snapshot ("" when it cannot be read)."""
    unreadable: tuple[type[BaseException], ...] = (
        StoreError, OSError, sqlite3.Error, *cipher.database_errors()
    )  # fmt: skip
    try:
        conn = raw_connect(path, "ro", passphrase if is_encrypted(path) else None)
    except unreadable:
        return ""
    try:
        row = conn.execute("SELECT uid FROM group_info LIMIT 1").fetchone()
    except unreadable:
        return ""
    finally:
        conn.close()
    uid = str(row[0]) if row and row[0] else ""
    return uid if re.fullmatch(r"[0-9a-f]{32}", uid) else ""


def _marker(folder: Path) -> str | None:
    try:
        return (folder / MARK).read_text(encoding="ascii").strip() or None
    except (OSError, UnicodeDecodeError):
        return None


def _mark(folder: Path, uid: str) -> None:
    try:
        fd = os.open(folder / MARK, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(uid)
    except OSError:
        pass  # an unmarked folder is found again next time by reading its snapshots


def _folders() -> list[Path]:
    root = paths.data_dir() / "backups"
    try:
        return [f for f in root.iterdir() if f.is_dir() and not f.is_symlink()]
    except OSError:
        return []


def copies_of(uid: str) -> list[Path]:
    """Every snapshot of the group ``uid`` in any snapshot folder, whatever path its file had
    when each was taken. An unmarked folder (made before folders were marked) is claimed from
    its plain snapshots' group id."""
    found: list[Path] = []
    for folder in _folders():
        mark = _marker(folder)
        if mark is not None and mark != uid:
            continue
        snapshots = sorted(e for e in folder.iterdir() if _NAME.match(e.name) and e.is_file())
        if mark is None:
            owner = next((u for e in snapshots if not is_encrypted(e) and (u := group_uid(e))), "")
            if not owner:
                continue
            _mark(folder, owner)
            if owner != uid:
                continue
        found += snapshots
    return found


def _staging() -> Path:
    folder = paths.data_dir() / "staging"
    folder.mkdir(exist_ok=True)
    return make_private(folder)


def _remove_leftovers(folder: Path) -> int:
    gone = 0
    for entry in folder.iterdir():
        if entry.name.endswith(LEFTOVERS) and not entry.is_dir():
            entry.unlink(missing_ok=True)
            gone += 1
    return gone


def secure_copies(group_file: Path, passphrase: str | None) -> int:
    """Finish what an interruption left, at each open of ``group_file`` (which this process
    holds the lock of): remove half-made copies beside it, in its snapshot folder and in the
    staging folder, and, for a protected file, in every folder holding its group's snapshots,
    whose plain ones are encrypted.
    Returns how many plain snapshots were encrypted."""
    group_file = real_path(group_file)
    for extra in (".rekey", ".restoring"):
        group_file.with_name(group_file.name + extra).unlink(missing_ok=True)
    staging = _staging()
    day_ago = datetime.now().timestamp() - 86400
    for entry in staging.iterdir():
        pid = entry.name.split("-", 1)[0]
        # A copy a running hand-over is making stays; one left by a crash goes (on Windows,
        # where a process cannot be asked after cheaply, once it is a day old).
        if not (pid.isdigit() and _alive(int(pid))) or entry.stat().st_mtime < day_ago:
            entry.unlink(missing_ok=True)
    _remove_leftovers(backup_dir(group_file))
    if passphrase is None or not is_encrypted(group_file):
        return 0  # a plain file: its own folder is all an open needs to tidy
    uid = group_uid(group_file, passphrase)
    if not uid:
        return 0
    salt = cipher.salt_of(group_file)
    done = 0
    copies = copies_of(uid)
    for folder in {path.parent for path in copies}:
        _remove_leftovers(folder)  # half-made copies taken while it lived elsewhere
    for path in copies:
        if not is_encrypted(path):
            rekey_file(path, None, passphrase, salt)
            done += 1
    return done


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # left for a later start; the folder is private either way
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True
