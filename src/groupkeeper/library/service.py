"""Library use-cases: items of every kind, attaching and reading back files, search, tags and
the lending shelf. Each takes a Session and returns plain frozen records; callers own the
transaction (``with store.session() as s, s.begin(): ...``).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import stat
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import (
    Connection,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from groupkeeper.errors import GroupKeeperError, ValidationError
from groupkeeper.files import write_whole
from groupkeeper.i18n import N_, _, ngettext, pgettext
from groupkeeper.library import search as fts
from groupkeeper.library.models import (
    Kind,
    TextStatus,
    attachment_chunk,
    document_text,
    loan,
    resource,
    resource_tag,
)
from groupkeeper.library.names import can_open, real_kind, safe_name, title_for
from groupkeeper.library.text import Cancelled, read_words
from groupkeeper.lists import clean_tags
from groupkeeper.store.undo import Step
from groupkeeper.text import format_date

MAX_ATTACHMENT = 25 * 1024 * 1024  # bytes: "25 MB"
CHUNK = 1024 * 1024
LOAN_DAYS = 21
MAX_TAGS = 20
MAX_TEXT = 100_000  # characters: a long reading or pamphlet, about forty pages
MAX_COPIES = 999  # of one book on the lending shelf

Progress = Callable[[int, int], None]

# ---------------------------------------------------------------- records


@dataclass(frozen=True)
class ResourceInput:
    """What a person types for an item; fields that do not belong to its kind are ignored."""

    kind: Kind
    title: str
    body: str = ""
    tags: tuple[str, ...] = ()
    phone: str = ""
    text_line: str = ""
    hours: str = ""
    region: str = ""
    website: str = ""
    crisis: bool = False
    author: str = ""
    copies: int = 1


class Item(NamedTuple):
    """One row of the library list. A plain tuple, because the list holds up to tens of
    thousands; what it shows is worked out only for the rows on screen (``summary``)."""

    id: int
    kind: Kind
    title: str
    tags: tuple[str, ...]
    archived: bool = False
    crisis: bool = False
    phone: str = ""
    text_line: str = ""
    region: str = ""
    author: str = ""
    copies: int = 0
    out: int = 0  # copies on loan
    file_name: str = ""
    size: int = 0
    opening: str = ""  # the start of the text

    @property
    def summary(self) -> str:
        if self.kind is Kind.CONTACT:
            return " · ".join(b for b in (self.phone or self.text_line, self.region) if b)
        if self.kind is Kind.BOOK:
            have = _("{n} of {copies} on the shelf").format(
                n=max(self.copies - self.out, 0), copies=self.copies
            )
            return " · ".join(b for b in (self.author, have) if b)
        if self.kind is Kind.DOCUMENT:
            return f"{safe_name(self.file_name)} · {size_text(self.size)}"
        first = self.opening.strip().split("\n", 1)[0]
        return first[:120] + ("…" if len(first) > 120 else "")


@dataclass(frozen=True)
class Loan:
    id: int
    book_id: int
    book: str
    borrower: str
    out_on: date
    due_on: date
    returned_on: date | None = None
    member_id: int | None = None

    def overdue(self, today: date) -> bool:
        return self.returned_on is None and self.due_on < today

    def describe(self, today: date) -> str:
        if self.returned_on is not None:
            return _("returned {day}").format(day=format_date(self.returned_on))
        days = (today - self.due_on).days
        if days > 0:
            return ngettext(
                "overdue by {n} day (due {day})", "overdue by {n} days (due {day})", days
            ).format(n=days, day=format_date(self.due_on))
        return _("due back {day}").format(day=format_date(self.due_on))


@dataclass(frozen=True)
class Resource:
    """One item in full, for its detail pane and its editor."""

    id: int
    kind: Kind
    title: str
    body: str
    tags: tuple[str, ...]
    archived: bool
    phone: str = ""
    text_line: str = ""
    hours: str = ""
    region: str = ""
    website: str = ""
    crisis: bool = False
    author: str = ""
    copies: int = 0
    file_name: str = ""
    media_type: str = ""
    size: int = 0
    sha256: str = ""
    text_status: TextStatus | None = None
    loans: tuple[Loan, ...] = field(default=())

    @property
    def on_loan(self) -> int:
        return sum(1 for loan_ in self.loans if loan_.returned_on is None)

    @property
    def available(self) -> int:
        return max(self.copies - self.on_loan, 0)

    def as_input(self) -> ResourceInput:
        return ResourceInput(
            self.kind, self.title, self.body, self.tags, self.phone, self.text_line, self.hours,
            self.region, self.website, self.crisis, self.author, self.copies,
        )  # fmt: skip


def size_text(size: int) -> str:
    if size < 1024:
        return ngettext("{n} byte", "{n} bytes", size).format(n=size)
    if size < 1024 * 1024:
        return _("{n} KB").format(n=f"{size / 1024:.0f}")
    return _("{n} MB").format(n=f"{size / 1024 / 1024:.1f}")


# ---------------------------------------------------------------- tags


def list_tags(s: Session, include_archived: bool = False) -> list[str]:
    q = select(resource_tag.c.tag).distinct()
    if not include_archived:
        q = q.join(resource, resource.c.id == resource_tag.c.resource_id).where(
            resource.c.archived.is_(False)
        )
    return sorted(set(s.scalars(q)), key=str.casefold)


# ---------------------------------------------------------------- items


def _untitled(kind: Kind) -> str:
    return {
        Kind.READING: _("Give the reading a title."),
        Kind.DOCUMENT: _("Give the document a title."),
        Kind.CONTACT: _("Give the referral contact the organisation's name."),
        Kind.BOOK: _("Give the book a title."),
    }[kind]


def check_resource(inp: ResourceInput) -> list[str]:
    problems = []
    if not inp.title.strip():
        problems.append(_untitled(inp.kind))
    elif len(inp.title.strip()) > 300:
        problems.append(_("The title is too long (300 characters at most)."))
    if inp.kind is Kind.BOOK and not 0 <= inp.copies <= MAX_COPIES:
        problems.append(
            _("The number of copies must be between 0 and {most}.").format(most=MAX_COPIES)
        )
    if inp.kind is Kind.CONTACT and inp.crisis and not (inp.phone.strip() or inp.text_line.strip()):
        problems.append(_("A crisis line needs a phone number or a text line to print."))
    if len(inp.tags) > MAX_TAGS:
        problems.append(_("An item can have at most {most} tags.").format(most=MAX_TAGS))
    if len(inp.body.strip()) > MAX_TEXT:
        problems.append(
            _("The text is too long ({most} characters at most).").format(most=f"{MAX_TEXT:,}")
        )
    long_fields = (
        (inp.phone, 100, N_("The phone is too long ({most} characters at most).")),
        (inp.text_line, 100, N_("The text line is too long ({most} characters at most).")),
        (inp.hours, 200, N_("The hours is too long ({most} characters at most).")),
        (inp.region, 100, N_("The region is too long ({most} characters at most).")),
        (inp.website, 300, N_("The website is too long ({most} characters at most).")),
        (inp.author, 200, N_("The author is too long ({most} characters at most).")),
    )
    for value, most, message in long_fields:
        if len(value.strip()) > most:
            problems.append(_(message).format(most=most))
    return problems


def _values(inp: ResourceInput) -> dict[str, Any]:
    contact = inp.kind is Kind.CONTACT
    return {
        "kind": inp.kind,
        "title": inp.title.strip(),
        "body": inp.body.strip(),
        "phone": inp.phone.strip() if contact else "",
        "text_line": inp.text_line.strip() if contact else "",
        "hours": inp.hours.strip() if contact else "",
        "region": inp.region.strip() if contact else "",
        "website": inp.website.strip() if contact else "",
        "crisis": inp.crisis if contact else False,
        "author": inp.author.strip() if inp.kind is Kind.BOOK else "",
        "copies": inp.copies if inp.kind is Kind.BOOK else 0,
    }


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def create_resource(s: Session, inp: ResourceInput) -> int:
    if inp.kind is Kind.DOCUMENT:
        raise GroupKeeperError(_("A document is added by attaching its file."))
    if problems := check_resource(inp):
        raise ValidationError(problems)
    return _insert(s.connection(), inp, {})


def _insert(conn: Connection, inp: ResourceInput, extra: dict[str, Any], text_: str = "") -> int:
    now = _now()
    values = {
        "archived": False, "file_name": "", "media_type": "", "size": 0, "sha256": "",
        "text_status": None, "created_at": now, "updated_at": now,
    } | _values(inp) | extra  # fmt: skip
    new_id: int = conn.execute(
        insert(resource).values(**values).returning(resource.c.id)
    ).scalar_one()
    _set_tags(conn, new_id, inp.tags)
    if text_:
        conn.execute(insert(document_text).values(resource_id=new_id, text=text_))
    reindex(conn, [new_id])
    return new_id


def update_resource(s: Session, resource_id: int, inp: ResourceInput) -> None:
    conn = s.connection()
    kind = _kind(conn, resource_id)
    if kind is not inp.kind:
        raise GroupKeeperError(_("An item cannot change its kind."))
    if problems := check_resource(inp):
        raise ValidationError(problems)
    values = _values(inp) | {"updated_at": _now()}
    conn.execute(update(resource).where(resource.c.id == resource_id).values(**values))
    _set_tags(conn, resource_id, inp.tags)
    reindex(conn, [resource_id])


def _kind(conn: Connection, resource_id: int) -> Kind:
    kind = conn.scalar(select(resource.c.kind).where(resource.c.id == resource_id))
    if kind is None:
        raise GroupKeeperError(_gone())
    return Kind(kind)


def _gone() -> str:
    return _("That item is no longer in the library; it may have been deleted.")


def _set_tags(conn: Connection, resource_id: int, tags: Iterable[str]) -> None:
    conn.execute(delete(resource_tag).where(resource_tag.c.resource_id == resource_id))
    rows = [{"resource_id": resource_id, "tag": t} for t in clean_tags(tags)]
    if rows:
        conn.execute(insert(resource_tag), rows)


def set_archived(s: Session, resource_id: int, archived: bool) -> None:
    conn = s.connection()
    _kind(conn, resource_id)
    conn.execute(update(resource).where(resource.c.id == resource_id).values(archived=archived))


def delete_resource(s: Session, resource_id: int) -> None:
    """Delete an item with its file, text, tags and loans."""
    conn = s.connection()
    _kind(conn, resource_id)
    conn.execute(text("DELETE FROM resource_fts WHERE rowid = :id"), {"id": resource_id})
    conn.execute(delete(resource).where(resource.c.id == resource_id))


def get_resource(s: Session, resource_id: int) -> Resource:
    [found] = get_resources(s, [resource_id])
    return found


def get_resources(s: Session, ids: Sequence[int], *, skip_missing: bool = False) -> list[Resource]:
    """These items in this order, with their tags and (books) loans, in three queries. An
    id no longer in the library is an error, or left out with ``skip_missing``."""
    conn = s.connection()
    wanted = set(ids)
    rows = {
        r["id"]: r
        for r in conn.execute(select(resource).where(resource.c.id.in_(wanted))).mappings()
    }
    if len(rows) < len(wanted) and not skip_missing:
        raise GroupKeeperError(_gone())
    tags: dict[int, list[str]] = defaultdict(list)
    query = select(resource_tag).where(resource_tag.c.resource_id.in_(wanted))
    for t in conn.execute(query.order_by(resource_tag.c.tag)):
        tags[t.resource_id].append(t.tag)
    books = {i for i, r in rows.items() if r["kind"] is Kind.BOOK}
    loans: dict[int, list[Loan]] = defaultdict(list)
    for x in _loans(conn, book_ids=books) if books else ():
        loans[x.book_id].append(x)
    out = []
    for i in ids:
        if (row := rows.get(i)) is None:
            continue
        keep = {k: row[k] for k in Resource.__dataclass_fields__ if k in row and k != "id"}
        if keep.get("file_name"):  # set by whoever made the file: a label, never a path
            keep["file_name"] = safe_name(keep["file_name"])
        out.append(Resource(id=i, **keep | {"tags": tuple(tags[i]), "loans": tuple(loans[i])}))
    return out


def count_items(s: Session) -> int:
    return int(s.scalar(select(func.count()).select_from(resource)) or 0)


# ---------------------------------------------------------------- the search index


def _details(row: Any) -> str:
    parts = [row.phone, row.text_line, row.hours, row.region, row.website, row.author]
    parts.append(row.file_name)
    if row.crisis:
        parts.append("crisis line")
    return " ".join(p for p in parts if p)


def reindex(conn: Connection, ids: Sequence[int]) -> None:
    """Bring the search index up to date for these items (after any change to them)."""
    for start in range(0, len(ids), 500):
        batch = list(ids[start : start + 500])
        marks = ",".join(str(int(i)) for i in batch)
        conn.exec_driver_sql(f"DELETE FROM resource_fts WHERE rowid IN ({marks})")
        tags: dict[int, list[str]] = {}
        for rid, tag in conn.execute(
            select(resource_tag.c.resource_id, resource_tag.c.tag).where(
                resource_tag.c.resource_id.in_(batch)
            )
        ):
            tags.setdefault(rid, []).append(tag)
        texts = dict(
            conn.execute(
                select(document_text.c.resource_id, document_text.c.text).where(
                    document_text.c.resource_id.in_(batch)
                )
            ).all()
        )
        rows = conn.execute(
            select(
                resource.c.id, resource.c.title, resource.c.body, resource.c.phone,
                resource.c.text_line, resource.c.hours, resource.c.region, resource.c.website,
                resource.c.author, resource.c.file_name, resource.c.crisis,
            ).where(resource.c.id.in_(batch))
        ).all()  # fmt: skip
        if not rows:
            continue
        conn.execute(
            text(
                "INSERT INTO resource_fts (rowid, title, tags, details, body) "
                "VALUES (:id, :title, :tags, :details, :body)"
            ),
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "tags": " ".join(tags.get(r.id, [])),
                    "details": _details(r),
                    "body": "\n".join(p for p in (r.body, texts.get(r.id, "")) if p),
                }
                for r in rows
            ],
        )


def reindex_step(conn: Connection, step: Step) -> None:
    """After an undo or redo: the search index (a virtual table the undo triggers cannot
    record) follows the items, tags and document text the step put back or took away."""
    ids = step.values("resource", "id")
    ids |= step.values("resource_tag", "resource_id")
    ids |= step.values("document_text", "resource_id")
    if ids:
        reindex(conn, sorted(ids))


def rebuild_index(conn: Connection) -> int:
    """Make the whole search index again from the tables; returns the items indexed."""
    conn.exec_driver_sql("DELETE FROM resource_fts")
    ids = list(conn.scalars(select(resource.c.id)))
    reindex(conn, ids)
    return len(ids)


# ---------------------------------------------------------------- finding things

SEARCH_LIMIT = 200  # best matches listed while searching: type more words to narrow them

# The whole library, unsearched, lists by kind in this order, then by title.
_KIND_ORDER = (
    "CASE r.kind " + " ".join(f"WHEN '{k.name}' THEN {i}" for i, k in enumerate(Kind)) + " END"
)
_ITEM_COLUMNS = (
    "r.id, r.kind, r.title, "
    "(SELECT group_concat(t.tag, char(31)) FROM resource_tag t WHERE t.resource_id = r.id), "
    "r.archived, r.crisis, r.phone, r.text_line, r.region, r.author, r.copies, "
    "(SELECT count(*) FROM loan l WHERE l.resource_id = r.id AND l.returned_on IS NULL), "
    "r.file_name, r.size, substr(r.body, 1, 200)"
)


def search(
    s: Session,
    words: str = "",
    *,
    kind: Kind | None = None,
    tag: str | None = None,
    archived: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[Item]:
    """Items matching ``words`` (best match first), or every item (by kind, then title) when
    nothing is typed. Archived items are left out unless ``archived``. ``limit`` and, for the
    unsearched list, ``offset`` read a page at a time.

    This runs on every keystroke, so it is one hand-written statement on the driver, which
    reads rows several times faster than the ORM would; ``tests/library`` pins its results.
    """
    where: list[str] = []
    params: list[str | int] = []
    if kind is not None:
        where.append("r.kind = ?")
        params.append(kind.name)
    if tag:
        where.append("r.id IN (SELECT resource_id FROM resource_tag WHERE tag = ?)")
        params.append(tag)
    if not archived:
        where.append("r.archived = 0")
    cond = " AND ".join(where) or "1"
    query = fts.fts_query(words)
    conn = s.connection()
    if query is None:
        order = f"{_KIND_ORDER}, lower(r.title)"
        sql = f"SELECT {_ITEM_COLUMNS} FROM resource r WHERE {cond} ORDER BY {order}"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += [limit, offset]
    else:
        # Rank and cut first, then read the listed rows' tags and loans: only for those.
        weights = ", ".join(map(str, fts.WEIGHTS))
        ranked = (
            f"SELECT rowid AS rid, bm25(resource_fts, {weights}) AS score "
            "FROM resource_fts WHERE resource_fts MATCH ?"
        )
        cut = -1 if limit is None else limit
        if limit is not None and kind is None and not tag:
            # Only archived items can drop out after the cut: let FTS5 rank and cut alone,
            # leaving room for them, rather than reading every match's row to filter it.
            hidden = 0 if archived else int(
                conn.exec_driver_sql("SELECT count(*) FROM resource WHERE archived = 1").scalar()
                or 0
            )  # fmt: skip
            ranked += f" ORDER BY score LIMIT {int(limit) + hidden}"
        sql = (
            f"SELECT {_ITEM_COLUMNS} FROM ("
            f"  SELECT r.id AS id, f.score AS score FROM ({ranked}) AS f"
            f"  JOIN resource r ON r.id = f.rid WHERE {cond}"
            f"  ORDER BY f.score, r.id LIMIT ?) AS top "
            f"JOIN resource r ON r.id = top.id ORDER BY top.score, r.id"
        )
        params = [query, *params, cut]
    rows = conn.exec_driver_sql(sql, tuple(params)).all()
    kinds = {k.name: k for k in Kind}
    return [
        Item(
            r[0],
            kinds[r[1]],
            r[2],
            tuple(sorted(r[3].split("\x1f"), key=str.casefold)) if r[3] else (),
            bool(r[4]),
            bool(r[5]),
            r[6],
            r[7],
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14] or "",
        )
        for r in rows
    ]


def count(
    s: Session, *, kind: Kind | None = None, tag: str | None = None, archived: bool = False
) -> int:
    """How many items the unsearched list holds with these filters."""
    q = select(func.count()).select_from(resource)
    if kind is not None:
        q = q.where(resource.c.kind == kind)
    if tag:
        q = q.where(
            resource.c.id.in_(select(resource_tag.c.resource_id).where(resource_tag.c.tag == tag))
        )
    if not archived:
        q = q.where(resource.c.archived.is_(False))
    return int(s.scalar(q) or 0)


def crisis_lines(s: Session) -> list[Resource]:
    ids = s.scalars(
        select(resource.c.id)
        .where(resource.c.crisis.is_(True), resource.c.archived.is_(False))
        .order_by(resource.c.region, resource.c.title)
    ).all()
    return get_resources(s, ids)


# ---------------------------------------------------------------- attached files


@dataclass(frozen=True)
class Prepared:
    """A file read and its text extracted, ready to be written into the group file."""

    name: str
    data: bytes
    sha256: str
    media_type: str
    text: str
    status: TextStatus
    note: str = ""  # when only part of its text was read, e.g. "...up to page 500 of 5000 only..."


def too_big(name: str, size: int) -> str:
    return _(
        "{name} is {size}; GroupKeeper keeps files of up to {most} MB inside the group file "
        "so it stays small enough to copy and back up. Save a smaller copy (for a PDF, a "
        "'reduced size' or 'optimised' copy) and attach that."
    ).format(name=name, size=size_text(size), most=MAX_ATTACHMENT // 1024 // 1024)


def prepare(
    path: Path,
    progress: Progress | None = None,
    *,
    cancelled: Callable[[], bool] | None = None,
) -> Prepared:
    """Read a file to attach (refusing one over the limit, or anything but an ordinary file,
    before reading it) and its text. Raises ``text.Cancelled`` once ``cancelled()`` turns
    true (asked between chunks here, and between pages and chunks of its text)."""
    path = Path(path)
    refused = _("{name} is not a file that can be attached.").format(name=path.name)
    try:
        info = os.stat(path)
    except OSError:
        raise GroupKeeperError(refused) from None
    # A folder, a device (/dev/zero never ends) or a pipe (waits for a writer forever) is
    # never read.
    if not stat.S_ISREG(info.st_mode):
        raise GroupKeeperError(refused)
    size = info.st_size
    if size > MAX_ATTACHMENT:
        raise GroupKeeperError(too_big(path.name, size))
    # Opened without waiting and checked again: a pipe put in its place since would block
    # the open itself. (O_NONBLOCK changes nothing for an ordinary file.)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise GroupKeeperError(
            _("{name} could not be read ({reason}).").format(name=path.name, reason=exc.strerror)
        ) from None
    buf = bytearray()
    with os.fdopen(fd, "rb") as fh:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise GroupKeeperError(refused)
        while chunk := fh.read(CHUNK):
            if cancelled is not None and cancelled():
                raise Cancelled
            buf += chunk
            if len(buf) > MAX_ATTACHMENT:  # it grew while we read it
                raise GroupKeeperError(too_big(path.name, len(buf)))
            if progress:
                progress(len(buf), 2 * max(size, 1))
    data = bytes(buf)
    return prepare_bytes(path.name, data, cancelled=cancelled)


def prepare_bytes(
    name: str, data: bytes, *, cancelled: Callable[[], bool] | None = None
) -> Prepared:
    """A file's bytes with their text read (bounded; see library/text.py). Raises
    ``text.Cancelled`` once ``cancelled()`` turns true."""
    if len(data) > MAX_ATTACHMENT:
        raise GroupKeeperError(too_big(name, len(data)))
    found = read_words(data, name, cancelled=cancelled)
    media = mimetypes.guess_type(name)[0] or "application/octet-stream"
    sha256 = hashlib.sha256(data).hexdigest()
    return Prepared(name, data, sha256, media, found.text, found.status, found.note)


def attach(
    s: Session,
    prepared: Prepared,
    *,
    title: str = "",
    tags: Sequence[str] = (),
    notes: str = "",
    progress: Progress | None = None,
) -> int:
    """Store a prepared file byte for byte as a new document; returns its id."""
    conn = s.connection()
    name = safe_name(prepared.name)
    inp = ResourceInput(Kind.DOCUMENT, (title or title_for(name))[:300], notes, clean_tags(tags))
    if problems := check_resource(inp):
        raise ValidationError(problems)
    extra = {
        "file_name": name, "media_type": prepared.media_type,
        "size": len(prepared.data), "sha256": prepared.sha256, "text_status": prepared.status,
    }  # fmt: skip
    new_id = _insert(conn, inp, extra, prepared.text)
    total = len(prepared.data)
    for seq, start in enumerate(range(0, total, CHUNK)):
        conn.execute(
            insert(attachment_chunk).values(
                resource_id=new_id, seq=seq, data=prepared.data[start : start + CHUNK]
            )
        )
        if progress:
            progress(total + min(start + CHUNK, total), 2 * max(total, 1))
    return new_id


def attach_file(s: Session, path: Path, tags: Sequence[str] = (), title: str = "") -> int:
    return attach(s, prepare(path), tags=tags, title=title)


def file_chunks(s: Session, resource_id: int) -> Iterator[bytes]:
    """An attached file's bytes, a chunk at a time."""
    conn = s.connection()
    seqs = list(
        conn.scalars(
            select(attachment_chunk.c.seq)
            .where(attachment_chunk.c.resource_id == resource_id)
            .order_by(attachment_chunk.c.seq)
        )
    )
    for seq in seqs:
        data: bytes = conn.execute(
            select(attachment_chunk.c.data).where(
                attachment_chunk.c.resource_id == resource_id, attachment_chunk.c.seq == seq
            )
        ).scalar_one()
        yield data


def open_check(s: Session, resource_id: int) -> tuple[bool, str]:
    """Whether an attached file may be opened in its usual program, and what it really is
    ("a Windows program"), judged from its name and its first bytes."""
    item = get_resource(s, resource_id)
    head = next(file_chunks(s, resource_id), b"")[:64]
    return can_open(item.file_name, head), real_kind(item.file_name, head)


def save_private_copy(s: Session, resource_id: int, folder: Path) -> Path:
    """Write an attached file into ``folder`` (a private temporary folder) to be opened; its
    name is the safe one, so the copy stays inside ``folder``."""
    item = get_resource(s, resource_id)
    out = folder / safe_name(item.file_name)
    if out.parent != folder:  # safe_name makes this impossible; never write elsewhere
        raise GroupKeeperError(
            _("{title} cannot be opened from here; save a copy instead.").format(title=item.title)
        )
    return save_file(s, resource_id, out)


def save_file(s: Session, resource_id: int, out: Path) -> Path:
    """Write an attached file back out, whole and checked against its SHA-256."""
    item = get_resource(s, resource_id)
    if item.kind is not Kind.DOCUMENT:
        raise GroupKeeperError(_("{title} has no attached file.").format(title=item.title))

    def write(tmp: Path) -> None:
        digest = hashlib.sha256()
        with tmp.open("wb") as fh:
            for chunk in file_chunks(s, resource_id):
                digest.update(chunk)
                fh.write(chunk)
        if digest.hexdigest() != item.sha256:
            raise GroupKeeperError(
                _(
                    "The stored copy of {name} is damaged (it no longer matches the file that "
                    "was attached). Restore the group file from a backup to get it back."
                ).format(name=item.file_name)
            )

    return write_whole(out, write, kind=pgettext("what is saved", "file"))


# ---------------------------------------------------------------- the lending shelf


def _loans(
    conn: Connection, *, book_ids: Collection[int] | None = None, open_only: bool = False
) -> Iterator[Loan]:
    q = select(loan, resource.c.title).join(resource, resource.c.id == loan.c.resource_id)
    if book_ids is not None:
        q = q.where(loan.c.resource_id.in_(book_ids))
    if open_only:
        q = q.where(loan.c.returned_on.is_(None))
    q = q.order_by(loan.c.returned_on.is_not(None), loan.c.due_on, loan.c.id)
    for r in conn.execute(q):
        yield Loan(
            r.id, r.resource_id, r.title, r.borrower, r.out_on, r.due_on, r.returned_on,
            r.member_id,
        )  # fmt: skip


def open_loans(s: Session) -> list[Loan]:
    """Every book out now, soonest due first."""
    return list(_loans(s.connection(), open_only=True))


def overdue(s: Session, today: date) -> list[Loan]:
    return [x for x in open_loans(s) if x.overdue(today)]


def lend(
    s: Session,
    book_id: int,
    borrower: str,
    *,
    member_id: int | None = None,
    out_on: date,
    due_on: date | None = None,
) -> int:
    """Lend a copy of a book; returns the loan's id."""
    book = get_resource(s, book_id)
    problems = []
    if book.kind is not Kind.BOOK:
        problems.append(_("{title} is not a book on the lending shelf.").format(title=book.title))
    elif book.available < 1:
        who = ", ".join(x.borrower for x in book.loans if x.returned_on is None)
        problems.append(
            _("Every copy of {title} is out ({who}). Record a return first, or add a copy.").format(
                title=book.title, who=who or _("none on the shelf")
            )
        )
    name = " ".join(borrower.split())
    if not name:
        problems.append(_("Say who is borrowing the book."))
    elif len(name) > 200:
        problems.append(_("The borrower's name is too long (200 characters at most)."))
    due = due_on or out_on + timedelta(days=LOAN_DAYS)
    if due < out_on:
        problems.append(_("The due date is before the day the book goes out."))
    if problems:
        raise ValidationError(problems)
    values = {"resource_id": book_id, "member_id": member_id, "borrower": name,
              "out_on": out_on, "due_on": due, "returned_on": None}  # fmt: skip
    new_id: int = (
        s.connection().execute(insert(loan).values(**values).returning(loan.c.id)).scalar_one()
    )
    return new_id


def return_loan(s: Session, loan_id: int, on: date) -> None:
    conn = s.connection()
    row = conn.execute(select(loan).where(loan.c.id == loan_id)).first()
    if row is None:
        raise GroupKeeperError(_("That loan is no longer recorded."))
    if row.returned_on is not None:
        raise GroupKeeperError(
            _("That book was already returned on {day}.").format(day=format_date(row.returned_on))
        )
    conn.execute(update(loan).where(loan.c.id == loan_id).values(returned_on=max(on, row.out_on)))


def reopen_loan(s: Session, loan_id: int) -> None:
    """Undo a return recorded by mistake."""
    s.connection().execute(update(loan).where(loan.c.id == loan_id).values(returned_on=None))
