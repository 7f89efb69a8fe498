"""Members from a spreadsheet's CSV file.

Secretaries keep their lists in Excel, LibreOffice or Google Sheets, which save CSV in
UTF-8 (with or without a byte-order mark), UTF-16, or the Windows code page, separated by
commas or (in much of Europe and Quebec) semicolons. All of those are read. The whole file
is checked before anything is saved: one bad row and nothing is imported, and every problem
is reported with its line number.

Columns (header names are matched without regard to case, spaces or underscores; only
``first_name`` is required, the rest may be left out):

first_name, last_initial, full_name, pronouns, phone, email, phone_list (yes/no),
experienced (yes/no), roles (role names separated by ``;`` or ``|``), never (weekdays they
can never do: ``Mon; Thu``), max_per_month, qualifications, notes, active (yes/no).

A member list may come from anyone, so it is bounded before the work starts: an ordinary
file (never a pipe or a device) of at most 5 MB, at most 2,000 members, 50 columns and
1,000 characters in a cell.

:func:`import_members_file` is the whole use-case (read, check, add as one undoable step),
for the window's worker and the command line; :func:`import_members` does the same for bytes
already read, in the caller's transaction. Checking (:func:`plan_members`) only reads and can
be stopped; adding (:func:`add_planned`) is a few statements for the whole list.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from groupkeeper.errors import ValidationError
from groupkeeper.i18n import _
from groupkeeper.roster import service
from groupkeeper.roster.rotation import Stop, Stopped
from groupkeeper.roster.service import MAX_INITIAL, MAX_LIMIT, MemberInput, MemberRecord
from groupkeeper.untrusted import read_regular_file

if TYPE_CHECKING:
    from groupkeeper.store.database import GroupStore

MAX_BYTES = 5 * 1024 * 1024
MAX_PROBLEMS = 20
MAX_ROWS = 2_000  # members in one file: a group has tens, an intergroup's list hundreds
MAX_COLUMNS = 50
MAX_CELL = 1_000  # characters
MAX_HEADER = 100  # characters in a column's name

COLUMNS = (
    "first_name", "last_initial", "full_name", "pronouns", "phone", "email", "phone_list",
    "experienced", "roles", "never", "max_per_month", "qualifications", "notes", "active",
)  # fmt: skip
ALIASES = {
    "firstname": "first_name", "first": "first_name", "name": "first_name",
    "lastinitial": "last_initial", "initial": "last_initial", "last": "last_initial",
    "lastname": "last_initial", "fullname": "full_name", "phonelist": "phone_list",
    "phonelistok": "phone_list", "maxpermonth": "max_per_month", "limit": "max_per_month",
    "neverdays": "never", "unavailable": "never",
}  # fmt: skip
YES = {"yes", "y", "true", "1", "x", "oui", "sí", "si", "o"}
NO = {"no", "n", "false", "0", "", "non"}
DAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "wednesday": 2,
    "thu": 3, "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5,
    "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip


def decode(raw: bytes) -> str:
    """The file's text, whichever of the usual spreadsheet encodings it was saved in."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _key(header: str) -> str:
    k = "".join(ch for ch in header.strip().lower() if ch.isalnum())
    for column in COLUMNS:
        if k == column.replace("_", ""):
            return column
    return ALIASES.get(k, header.strip())


def _yes(value: str, line: int, column: str, problems: list[str]) -> bool:
    v = value.strip().lower()
    if v in YES:
        return True
    if v not in NO:
        problems.append(
            _("Line {line}: '{value}' in {column} should be yes or no.").format(
                line=line, value=value, column=column
            )
        )
    return False


def _unguarded(value: str) -> str:
    """A cell without the apostrophe a sheet (or our export) puts before "=", "+", "-" or "@"
    so that a spreadsheet shows it as text rather than running it as a formula."""
    return value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value


def read_members_file(path: Path) -> bytes:
    """The bytes of a member list file; one that is not an ordinary file (a pipe, a device
    such as /dev/zero) or is over MAX_BYTES is refused before a byte of it is read."""
    return read_regular_file(Path(path), MAX_BYTES, _("a member list"))


def parse_members(
    raw: bytes, roles: Mapping[str, int], *, stop: Stop | None = None
) -> list[tuple[int, MemberInput]]:
    """Every row of the CSV as (line number, member to add); raises ValidationError listing
    the problems (with line numbers) when any row is wrong. ``roles`` maps names to ids.
    Once ``stop`` is set it raises :class:`~groupkeeper.roster.rotation.Stopped`."""
    if len(raw) > MAX_BYTES:
        raise ValidationError([_("That file is over 5 MB: it is not a member list.")])
    if b"\x00" in raw and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ValidationError(
            [_("That file is not a CSV text file. In your spreadsheet, use File > Save As > CSV.")]
        )
    text = decode(raw)
    if not text.strip():
        raise ValidationError([_("The file is empty.")])
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # Only the separator is guessed: spreadsheets quote with '"', and a guessed "'" would
    # split a cell guarded against formulas ("'+1 555 0100") wrongly.
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=dialect.delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ValidationError([_("The file has no header row.")]) from None
    if len(header) > MAX_COLUMNS:
        raise ValidationError(
            [_("Line 1: the file has more than {most} columns; a member list has at most "
               "{count} ({columns}...). Check it is the right file.").format(
                most=MAX_COLUMNS, count=len(COLUMNS), columns=", ".join(COLUMNS[:3]))]
        )  # fmt: skip
    if any(len(h) > MAX_HEADER for h in header):
        raise ValidationError(
            [_("Line 1: a column's name is over {most} characters; the header row names "
               "the columns, such as first_name, last_initial, phone. Check it is the right "
               "file.").format(most=MAX_HEADER)]
        )  # fmt: skip
    columns = [_key(h) for h in header]
    if "first_name" not in columns:
        found = ", ".join(h.strip() or _("(blank)") for h in header[:10])
        raise ValidationError(
            [
                _(
                    "Line 1: the file needs a first_name column (the header row names the "
                    "columns: first_name, last_initial, phone, roles...). Found: {found}."
                ).format(found=found)
            ]
        )
    unknown = [h for h, c in zip(header, columns, strict=True) if c not in COLUMNS and h.strip()]
    problems: list[str] = []
    if unknown:
        problems.append(
            _("Line 1: unknown column {unknown}. Known columns: {known}.").format(
                unknown=", ".join(f"'{u}'" for u in unknown), known=", ".join(COLUMNS))
        )  # fmt: skip
    by_name = {name.strip().casefold(): rid for name, rid in roles.items()}
    out: list[tuple[int, MemberInput]] = []
    rows: list[tuple[int, list[str]]] = []  # (line number, cells) of each row not blank
    try:
        for line, cells in enumerate(reader, 2):
            if stop is not None and stop.is_set():
                raise Stopped
            if not any(c.strip() for c in cells):
                continue
            if len(rows) == MAX_ROWS:
                raise ValidationError(
                    [_("The file has more than {most} members (rows), more than "
                       "GroupKeeper imports at once. Check it is the right file, or import it "
                       "in parts.").format(most=f"{MAX_ROWS:,}")]
                )  # fmt: skip
            rows.append((line, cells))
    except csv.Error as exc:
        raise ValidationError(
            [
                _("Line {line}: the file cannot be read as CSV ({reason}).").format(
                    line=reader.line_num, reason=exc
                )
            ]
        ) from None
    for line, cells in rows:
        if stop is not None and stop.is_set():
            raise Stopped
        if len(problems) >= MAX_PROBLEMS:
            problems.append(_("(Further problems not listed.)"))
            break
        if len(cells) > len(columns):
            problems.append(
                _("Line {line}: more cells ({cells}) than columns ({columns}).").format(
                    line=line, cells=len(cells), columns=len(columns)
                )
            )
            continue
        long = next((c for c, v in zip(columns, cells, strict=False) if len(v) > MAX_CELL), None)
        if long is not None:
            problems.append(
                _(
                    "Line {line}: the {column} cell is over {most} characters. "
                    "Shorten it in the spreadsheet."
                ).format(line=line, column=long, most=f"{MAX_CELL:,}")
            )
            continue
        row = {c: _unguarded(v.strip()) for c, v in zip(columns, cells, strict=False)}
        member = _row(row, line, by_name, problems)
        if member is not None:
            out.append((line, member))
    if problems:
        raise ValidationError(problems)
    if not out:
        raise ValidationError([_("The file has a header row but no members.")])
    return out


def _row(
    row: dict[str, str], line: int, roles: Mapping[str, int], problems: list[str]
) -> MemberInput | None:
    before = len(problems)
    first = row.get("first_name", "")
    if not first:
        problems.append(_("Line {line}: first_name is empty.").format(line=line))
    chosen: list[tuple[int, int | None]] = []
    for name in _split(row.get("roles", "")):
        rid = roles.get(name.casefold())
        if rid is None:
            problems.append(
                _("Line {line}: unknown role '{role}'. The group's roles: {roles}.").format(
                    line=line, role=name, roles=", ".join(sorted(roles)))
            )  # fmt: skip
        elif rid not in {r for r, _limit in chosen}:
            chosen.append((rid, None))
    never = set()
    for day in _split(row.get("never", "")):
        d = DAYS.get(day.lower().rstrip("."))
        if d is None:
            problems.append(
                _("Line {line}: '{day}' in never is not a weekday (Mon, Tue...).").format(
                    line=line, day=day
                )
            )
        else:
            never.add(d)
    limit: int | None = None
    text = row.get("max_per_month", "")
    if text:
        try:
            limit = int(text)
            if not 1 <= limit <= MAX_LIMIT:
                raise ValueError
        except ValueError:
            problems.append(
                _(
                    "Line {line}: max_per_month '{text}' should be a number from 1 to {most}."
                ).format(line=line, text=text, most=MAX_LIMIT)
            )
    initial = row.get("last_initial", "").rstrip(".")
    if len(initial) > MAX_INITIAL:
        initial = initial[:1]  # a whole last name: keep the initial only (anonymity first)
    email = row.get("email", "")
    if email and "@" not in email:
        problems.append(
            _("Line {line}: '{email}' does not look like an email address.").format(
                line=line, email=email
            )
        )
    flags = {c: _yes(row.get(c, ""), line, c, problems) for c in ("phone_list", "experienced")}
    active = _yes(row["active"], line, "active", problems) if row.get("active") else True
    if len(problems) > before:
        return None
    return MemberInput(
        first_name=first,
        last_initial=initial,
        full_name=row.get("full_name", ""),
        pronouns=row.get("pronouns", ""),
        phone=row.get("phone", ""),
        email=email,
        phone_list_ok=flags["phone_list"],
        experienced=flags["experienced"],
        qualifications=row.get("qualifications", ""),
        notes=row.get("notes", ""),
        active=active,
        never_weekdays=frozenset(never),
        monthly_limit=limit,
        roles=tuple(chosen),
    )


def _split(text: str) -> list[str]:
    for sep in "|,":
        text = text.replace(sep, ";")
    return [p.strip() for p in text.split(";") if p.strip()]


@dataclass(frozen=True)
class ImportPlan:
    """A member list read and checked: everyone to add, or every reason none can be (with
    line numbers; then nothing is added)."""

    members: tuple[MemberInput, ...]
    problems: tuple[str, ...] = ()


def plan_members(session: Session, raw: bytes, *, stop: Stop | None = None) -> ImportPlan:
    """Read and check a member list's bytes against the group's roles, saving nothing.
    Once ``stop`` is set it raises :class:`~groupkeeper.roster.rotation.Stopped`."""
    known = service.role_names(session)
    try:
        rows = parse_members(raw, {name: rid for rid, name in known.items()}, stop=stop)
    except ValidationError as exc:
        return ImportPlan((), tuple(exc.problems))
    problems: list[str] = []
    for line, data in rows:
        if stop is not None and stop.is_set():
            raise Stopped
        problems += [
            _("Line {line}: {problem}").format(line=line, problem=p)
            for p in service.member_problems(data, known)
        ]
    return ImportPlan(tuple(data for _line, data in rows), tuple(problems[:MAX_PROBLEMS]))


def add_planned(session: Session, plan: ImportPlan) -> list[int]:
    """Add everyone in ``plan``, or nobody: a plan with problems (or whose roles were
    deleted since it was made) raises ValidationError and the caller's transaction rolls
    back. The new members' ids, in the file's order."""
    if plan.problems:
        raise ValidationError(list(plan.problems))
    return service.add_members(session, plan.members)


def import_members(session: Session, raw: bytes) -> list[MemberRecord]:
    """Add every member in the CSV file's bytes, or none of them (the caller's transaction
    rolls back on the ValidationError); their records, in the file's order."""
    ids = add_planned(session, plan_members(session, raw))
    new = set(ids)
    records = {m.id: m for m in service.list_members(session) if m.id in new}
    return [records[i] for i in ids]


@dataclass(frozen=True)
class Imported:
    """What became of a member list: how many were added, or every reason none was."""

    added: int
    problems: tuple[str, ...] = ()


def import_members_file(
    store: GroupStore,
    path: Path,
    *,
    label: str = "",
    section: str = "members",
    stop: Stop | None = None,
) -> Imported:
    """The whole use-case, for the window's worker and the command line: read a member list
    file (refused before a byte is read if it is no list at all, see
    :func:`read_members_file`), check every row, and add everyone as one undoable step
    named ``label``, or nobody (the rows' problems are returned, with line numbers).

    Reading and checking happen in a read of their own and can be stopped (``stop`` set:
    :class:`~groupkeeper.roster.rotation.Stopped` is raised, nothing added); the write is
    one short transaction. A file that cannot be read raises GroupKeeperError."""
    raw = read_members_file(Path(path))
    if stop is not None and stop.is_set():
        raise Stopped
    with store.session() as s:
        plan = plan_members(s, raw, stop=stop)
    if plan.problems:
        return Imported(0, plan.problems)
    if stop is not None and stop.is_set():
        raise Stopped
    try:
        label = label or _("Import members from {file}").format(file=Path(path).name)
        with store.change(label, section) as s:
            ids = add_planned(s, plan)
    except ValidationError as exc:  # a role deleted since the check, say
        return Imported(0, tuple(exc.problems))
    return Imported(len(ids))
