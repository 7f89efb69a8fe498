"""Headless commands: they never import Qt, so they run on a machine with no display.

Each exits 0 on success; on a problem a person can fix it prints one plain line to stderr
and exits 1 (2 for a mistyped command line). A name from a file or a path is printed through
:func:`~groupkeeper.untrusted.shown`, so the terminal shows its escape sequences rather than
obeying them.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from groupkeeper.errors import GroupKeeperError
from groupkeeper.untrusted import shown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from groupkeeper.schedule.occurrences import Occurrence
    from groupkeeper.store import GroupStore

COMMANDS = (
    "demo", "export", "import", "roster", "library", "pairings", "check", "backup", "passphrase",
)  # fmt: skip
PASSPHRASE_ENV = "GROUPKEEPER_PASSPHRASE"  # the passphrase of the file (restic and borg's habit)
NEW_PASSPHRASE_ENV = "GROUPKEEPER_NEW_PASSPHRASE"  # for set / change / a hand-over copy


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"groupkeeper: {message}. Run '{self.prog} --help' to see the options.\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date; write it as YYYY-MM-DD, such as 2026-12-31"
        ) from None


NEXT = "next"


def parse_when(text: str) -> date | str:
    """A meeting date, or 'next' for the next meeting from today."""
    return NEXT if text.strip().lower() == NEXT else parse_date(text)


def _meeting(s: Session, when: date | str) -> Occurrence:
    from groupkeeper.materials.service import find_meeting

    return find_meeting(s, None if when == NEXT else when, date.today())  # type: ignore[arg-type]


def _paper_options(parser: argparse.ArgumentParser, *, booklet: bool) -> None:
    papers = ("letter", "a4", "booklet") if booklet else ("letter", "a4")
    parser.add_argument(
        "--paper", choices=papers, default="letter",
        help="booklet: half-letter pages, two to a letter sheet, to fold" if booklet else None,
    )  # fmt: skip
    parser.add_argument(
        "--large-print", dest="large", action="store_true", help="no text smaller than 16 pt"
    )


def build_parser() -> argparse.ArgumentParser:
    from groupkeeper.export.parts import Part

    parser = _Parser(
        prog="groupkeeper", description="GroupKeeper: keep a peer-led group's meetings."
    )
    parser.add_argument("--data", type=Path, help="the group file to open or create")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--view",
        choices=("home", "upcoming", "month", "members", "roster", "library", "pairings"),
        default="home",
        help="view for --screenshot",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    data = _Parser(add_help=False)
    data.add_argument("--data", type=Path, default=argparse.SUPPRESS, help="the group file")

    demo = sub.add_parser("demo", parents=[data], help="write a demo group file")
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser(
        "export", help="write materials: PDFs, calendars (.ics), the intergroup's meeting list"
    )
    what = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    sched = what.add_parser("schedule", parents=[data], help="the schedule flyer")
    sched.add_argument("--out", type=Path, required=True, help="the PDF to write")
    sched.add_argument("--from", dest="first", type=parse_date, help="first date (default: today)")
    sched.add_argument(
        "--to", dest="last", type=parse_date, help="last date (default: 3 months on)"
    )
    _paper_options(sched, booklet=True)
    sched.set_defaults(func=cmd_export_schedule)

    rost = what.add_parser("roster", parents=[data], help="the service roster (PDF or CSV)")
    rost.add_argument("--out", type=Path, required=True, help="the file to write")
    rost.add_argument("--from", dest="first", type=parse_date, help="first date (default: today)")
    rost.add_argument("--to", dest="last", type=parse_date, help="last date (default: 3 months on)")
    rost.add_argument("--format", choices=("pdf", "csv"), default=None, help="default: from --out")
    rost.add_argument("--paper", choices=("letter", "a4"), default="letter")
    rost.set_defaults(func=cmd_export_roster)

    res = what.add_parser("resources", parents=[data], help="the resource handout")
    res.add_argument("--out", type=Path, required=True, help="the PDF to write")
    res.add_argument("--tag", help="only the items with this tag (default: the whole library)")
    res.add_argument(
        "--no-crisis-page", dest="crisis_page", action="store_false",
        help="leave out the crisis-line page that otherwise comes first",
    )  # fmt: skip
    _paper_options(res, booklet=True)
    res.set_defaults(func=cmd_export_resources)

    pairs = what.add_parser(
        "pairings", parents=[data], help="the confidential pairing list (never in other exports)"
    )
    pairs.add_argument("--out", type=Path, required=True, help="the PDF to write")
    pairs.add_argument(
        "--notes", action="store_true",
        help="include private notes: request notes, check-in notes, why a pairing ended",
    )  # fmt: skip
    _paper_options(pairs, booklet=False)
    pairs.set_defaults(func=cmd_export_pairings)

    packet = what.add_parser(
        "packet", parents=[data], help="the meeting packet: who serves, the format, readings"
    )
    packet.add_argument("--out", type=Path, required=True, help="the PDF to write")
    packet.add_argument(
        "--date", dest="when", type=parse_when, default=NEXT, metavar="DATE|next",
        help="the meeting on this date (YYYY-MM-DD), or 'next' (the default)",
    )  # fmt: skip
    packet.add_argument(
        "--leave-out", action="append", default=[], metavar="PART",
        choices=[p.value for p in Part],
        help="leave a part out (repeat for more): " + ", ".join(p.value for p in Part),
    )  # fmt: skip
    packet.add_argument(
        "--facilitator-note", action="store_true",
        help="include the meeting's private note to the facilitator",
    )  # fmt: skip
    _paper_options(packet, booklet=True)
    packet.set_defaults(func=cmd_export_packet)

    sign = what.add_parser("sign-in", parents=[data], help="a sign-in sheet")
    sign.add_argument("--out", type=Path, required=True, help="the PDF to write")
    sign.add_argument(
        "--date", dest="when", type=parse_when, default=None, metavar="DATE|next",
        help="print this meeting's date and name at the top (default: undated)",
    )  # fmt: skip
    sign.add_argument("--names", action="store_true", help="print the members' first names")
    sign.add_argument("--blank", type=int, default=20, help="blank lines (default 20)")
    _paper_options(sign, booklet=False)
    sign.set_defaults(func=cmd_export_sign_in)

    phones = what.add_parser(
        "phone-list", parents=[data], help="the phone list (only members who agreed)"
    )
    phones.add_argument("--out", type=Path, required=True, help="the PDF to write")
    _paper_options(phones, booklet=True)
    phones.set_defaults(func=cmd_export_phone_list)

    cal = what.add_parser(
        "ics", parents=[data], help="the schedule for phone calendars (iCalendar .ics)"
    )
    cal.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    cal.add_argument(
        "--member", metavar="NAME",
        help='only this member\'s service dates (roster turns), such as "Sam K."',
    )  # fmt: skip
    cal.add_argument(
        "--from", dest="first", type=parse_date, help="with --member: first date (default: today)"
    )
    cal.set_defaults(func=cmd_export_ics)

    guide = what.add_parser(
        "meeting-guide", parents=[data],
        help="the meeting list for the intergroup's website (Meeting Guide JSON)",
    )  # fmt: skip
    guide.add_argument("--out", type=Path, required=True, help="the .json file to write")
    guide.set_defaults(func=cmd_export_meeting_guide)

    imp = sub.add_parser("import", help="add records from a file")
    kind = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    members = kind.add_parser("members", parents=[data], help="members from a CSV file")
    members.add_argument("file", type=Path, metavar="FILE.csv", help="the spreadsheet's CSV")
    members.set_defaults(func=cmd_import_members)
    feed = kind.add_parser(
        "meeting-guide", parents=[data], help="meetings from a Meeting Guide JSON meeting list"
    )
    feed.add_argument("file", type=Path, metavar="FILE.json", help="the meeting list file")
    feed.add_argument(
        "--group", metavar="NAME",
        help="import only this group's meetings (the list's group name, or the place's name)",
    )  # fmt: skip
    feed.set_defaults(func=cmd_import_meeting_guide)

    rota = sub.add_parser("roster", help="fill the service roster")
    verb = rota.add_subparsers(dest="action", required=True, parser_class=_Parser)
    fill = verb.add_parser("fill", parents=[data], help="fill a date range and print a summary")
    fill.add_argument("--from", dest="first", type=parse_date, required=True, help="first date")
    fill.add_argument("--to", dest="last", type=parse_date, required=True, help="last date")
    fill.add_argument(
        "--replace", action="store_true", help="choose again for turns not locked by hand"
    )
    fill.set_defaults(func=cmd_roster_fill)

    lib = sub.add_parser("library", help="search the library or attach a file to it")
    verb = lib.add_subparsers(dest="action", required=True, parser_class=_Parser)
    find = verb.add_parser("search", parents=[data], help="print the items that match, best first")
    find.add_argument("words", help='what to look for, such as "crisis line"')
    find.set_defaults(func=cmd_library_search)
    add = verb.add_parser("add", parents=[data], help="attach a document (up to 25 MB)")
    add.add_argument("file", type=Path, metavar="FILE", help="a PDF, image or document")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeat for more)")
    add.add_argument("--title", default="", help="default: the file's name")
    add.set_defaults(func=cmd_library_add)

    pairing = sub.add_parser("pairings", help="sponsor and mentor pairings")
    verb = pairing.add_subparsers(dest="action", required=True, parser_class=_Parser)
    suggest = verb.add_parser(
        "suggest", parents=[data], help="print the best set of pairings for everyone waiting"
    )
    suggest.set_defaults(func=cmd_pairings_suggest)

    check = sub.add_parser("check", parents=[data], help="check a group file for damage")
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser(
        "backup", parents=[data], help="write one self-contained copy (a backup or a hand-over)"
    )
    backup.add_argument("--out", type=Path, required=True, help="where to write the copy")
    backup.add_argument(
        "--new-passphrase",
        action="store_true",
        help=f"give the copy its own passphrase (asked for, or ${NEW_PASSPHRASE_ENV})",
    )
    backup.set_defaults(func=cmd_backup)

    phrase = sub.add_parser("passphrase", help="protect a group file with a passphrase")
    action = phrase.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, text in (
        ("set", "encrypt the file with a new passphrase"),
        ("change", "change the passphrase"),
        ("remove", "remove the passphrase (the file is no longer encrypted)"),
    ):
        action.add_parser(name, parents=[data], help=text).set_defaults(
            func=cmd_passphrase, action=name
        )
    return parser


def _need_data(args: argparse.Namespace) -> Path:
    if args.data is None:
        raise GroupKeeperError("Say which group file to use with --data PATH.")
    return Path(args.data)


def _ask(prompt: str, env: str) -> str:
    """A passphrase from the environment variable ``env``, else typed at a terminal."""
    import getpass

    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise GroupKeeperError(
            f"{prompt.rstrip(': ')} is needed. Run this in a terminal to type it, "
            f"or set {env} for a script."
        )
    return getpass.getpass(prompt)


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open ``path`` with: None for a plain file."""
    from groupkeeper.store.database import is_encrypted

    if not path.exists() or not is_encrypted(path):
        return None
    return _ask(f"Passphrase for {shown(path.name)}: ", PASSPHRASE_ENV)


def _new_passphrase() -> str:
    import getpass

    from groupkeeper.errors import ValidationError
    from groupkeeper.store.protection import check_new_passphrase

    new = _ask("New passphrase: ", NEW_PASSPHRASE_ENV)
    again = new if NEW_PASSPHRASE_ENV in os.environ else getpass.getpass("Type it again: ")
    if problems := check_new_passphrase(new, again):
        raise ValidationError(problems)
    return new


def open_data(args: argparse.Namespace) -> GroupStore:
    """Open the ``--data`` file for a command, asking for its passphrase if it has one."""
    from groupkeeper.store import open_store

    path = _need_data(args)
    return open_store(path, passphrase=passphrase_for(path))


def cmd_check(args: argparse.Namespace) -> int:
    from groupkeeper.store.database import integrity_check

    path = _need_data(args)
    problems = integrity_check(path, passphrase_for(path))
    if not problems:
        print(f"No damage found in {shown(path)}.")
        return 0
    print(
        f"groupkeeper: {shown(path.name)} is damaged ({len(problems)} problems, first: "
        f"{shown(problems[0])}). "
        "Do not write to it: open GroupKeeper and choose File > Restore from backup.",
        file=sys.stderr,
    )
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from groupkeeper.store import backups
    from groupkeeper.store.database import inspect_file

    path = _need_data(args)
    passphrase = passphrase_for(path)
    inspect_file(path, passphrase)
    new = _new_passphrase() if args.new_passphrase else passphrase
    out = backups.copy_out(
        path, args.out, passphrase, new_passphrase=new, change_passphrase=args.new_passphrase
    )
    protected = " (protected with a passphrase)" if new else ""
    print(
        f"Wrote a copy of {shown(path.name)} to {shown(out)}{protected}. It opens with File > Open."
    )
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from groupkeeper.store.database import inspect_file, is_encrypted
    from groupkeeper.store.protection import change_passphrase

    path = _need_data(args)
    encrypted = is_encrypted(path)
    if args.action == "set" and encrypted:
        raise GroupKeeperError(
            f"{shown(path.name)} already has a passphrase. To choose another, use "
            "'passphrase change'."
        )
    if args.action != "set" and not encrypted:
        raise GroupKeeperError(
            f"{shown(path.name)} has no passphrase. To protect it, use 'passphrase set'."
        )
    old = _ask(f"Passphrase for {shown(path.name)}: ", PASSPHRASE_ENV) if encrypted else None
    inspect_file(path, old)  # a wrong passphrase is refused before a new one is asked for
    new = None if args.action == "remove" else _new_passphrase()
    count = change_passphrase(path, old, new)
    done = {
        "set": "is now protected with a passphrase",
        "change": "has its new passphrase",
        "remove": "is no longer encrypted",
    }
    copies = "its backup" if count == 1 else f"its {count} backups"
    are = "is" if count == 1 else "are"
    print(f"{shown(path.name)} {done[args.action]}, and so {are} {copies}.")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from groupkeeper.demo import write_demo

    path = write_demo(_need_data(args))
    print(f"Wrote a demo group file to {shown(path)}")
    return 0


def cmd_export_schedule(args: argparse.Namespace) -> int:
    from groupkeeper.export.flyer import flyer_data, render_flyer
    from groupkeeper.export.styles import Paper

    first = args.first or date.today()
    last = args.last or first + timedelta(days=91)
    with open_data(args) as store, store.session() as s:
        data = flyer_data(s, first, last)
    out = render_flyer(data, args.out, Paper(args.paper), large=args.large)
    print(f"Saved the schedule flyer to {shown(out)}")
    return 0


def cmd_export_roster(args: argparse.Namespace) -> int:
    from groupkeeper.export.roster import render_roster, roster_data, write_csv
    from groupkeeper.export.styles import Paper

    first = args.first or date.today()
    last = args.last or first + timedelta(days=91)
    fmt = args.format or ("csv" if args.out.suffix.lower() == ".csv" else "pdf")
    with open_data(args) as store, store.session() as s:
        data = roster_data(s, first, last)
    if fmt == "csv":
        out = write_csv(data, args.out)
    else:
        out = render_roster(data, args.out, Paper(args.paper))
    turns = f"{len(data.entries)} meetings, {data.open_count} open turns"
    print(f"Saved the roster ({turns}) to {shown(out)}")
    return 0


def cmd_export_resources(args: argparse.Namespace) -> int:
    from groupkeeper.export.resources import handout_data, render_handout
    from groupkeeper.export.styles import Paper

    with open_data(args) as store, store.session() as s:
        data = handout_data(s, tag=args.tag, crisis_page=args.crisis_page)
    out = render_handout(data, args.out, Paper(args.paper), large=args.large)
    crisis = f", {len(data.crisis)} crisis lines first" if data.crisis else ""
    print(f"Saved the resource handout ({len(data.items)} items{crisis}) to {shown(out)}")
    return 0


def cmd_export_pairings(args: argparse.Namespace) -> int:
    from groupkeeper.export.pairings import pairing_data, render_pairings
    from groupkeeper.export.styles import Paper

    with open_data(args) as store, store.session() as s:
        data = pairing_data(s, date.today(), notes=args.notes)
    out = render_pairings(data, args.out, Paper(args.paper), large=args.large)
    notes = "with private notes" if args.notes else "without private notes"
    print(
        f"Saved the confidential pairing list ({len(data.active)} active, {len(data.waiting)} "
        f"waiting, {notes}) to {shown(out)}. Keep it somewhere private."
    )
    return 0


def cmd_export_packet(args: argparse.Namespace) -> int:
    from groupkeeper.export.packet import packet_data, render_packet
    from groupkeeper.export.parts import Part
    from groupkeeper.export.styles import Paper

    parts = frozenset(Part) - {Part(p) for p in args.leave_out}
    with open_data(args) as store, store.session() as s:
        occ = _meeting(s, args.when)
        data = packet_data(s, occ, parts=parts, facilitator_note=args.facilitator_note)
    out = render_packet(data, args.out, Paper(args.paper), large=args.large)
    for warning in data.warnings:
        print(f"Warning: {shown(warning)}", file=sys.stderr)
    open_turns = f", {data.open_turns} open turns" if data.open_turns else ""
    print(
        f"Saved the packet for {shown(data.meeting)} on {occ.day:%a %Y-%m-%d}{open_turns} "
        f"to {shown(out)}"
    )
    return 0


def cmd_export_sign_in(args: argparse.Namespace) -> int:
    from groupkeeper.export.sheets import render_sign_in, sign_in_data
    from groupkeeper.export.styles import Paper

    with open_data(args) as store, store.session() as s:
        occ = _meeting(s, args.when) if args.when is not None else None
        data = sign_in_data(s, occ, names=args.names, blank=args.blank)
    out = render_sign_in(data, args.out, Paper(args.paper), large=args.large)
    lines = f"{len(data.names)} names, {data.blank} blank lines"
    print(f"Saved the sign-in sheet ({lines}) to {shown(out)}")
    return 0


def cmd_export_phone_list(args: argparse.Namespace) -> int:
    from groupkeeper.export.sheets import phone_list_data, render_phone_list
    from groupkeeper.export.styles import Paper

    with open_data(args) as store, store.session() as s:
        data = phone_list_data(s)
    out = render_phone_list(data, args.out, Paper(args.paper), large=args.large)
    print(
        f"Saved the phone list ({len(data.entries)} members who agreed) to {shown(out)}. "
        "Please keep it private."
    )
    return 0


def cmd_export_ics(args: argparse.Namespace) -> int:
    from datetime import datetime

    from groupkeeper.interchange import ics
    from groupkeeper.roster.service import find_member

    now = datetime.now().astimezone()
    with open_data(args) as store, store.session() as s:
        if args.member is None:
            data = ics.calendar_data(s)
            content = ics.calendar_bytes(data, now)
            what = f"{len(data.series)} meetings"
        else:
            member = find_member(s, args.member)
            turns = ics.service_data(s, member.id, args.first or date.today())
            content = ics.service_bytes(turns, now)
            what = f"{len(turns.turns)} service dates for {shown(turns.member)}"
    out = ics.write_ics(content, args.out)
    print(f"Saved the calendar ({what}) to {shown(out)}. Open it on a phone or computer to add it.")
    return 0


def cmd_export_meeting_guide(args: argparse.Namespace) -> int:
    from groupkeeper.interchange.meeting_guide import feed_data, write_feed

    with open_data(args) as store, store.session() as s:
        data = feed_data(s, date.today())
    out = write_feed(data.entries, args.out)
    for warning in data.warnings:
        print(f"Warning: {shown(warning)}", file=sys.stderr)
    print(f"Saved the meeting list ({len(data.entries)} entries) to {shown(out)}.")
    return 0


MAX_WARNINGS = 20


def cmd_import_meeting_guide(args: argparse.Namespace) -> int:
    from groupkeeper.errors import ValidationError
    from groupkeeper.group.service import require_group
    from groupkeeper.interchange import meeting_guide as mg

    name = shown(Path(args.file).name)
    feed = mg.read_feed_file(Path(args.file))  # before the group file is opened at all
    if args.group:
        chosen = mg.choose_group(feed, args.group)
    else:
        groups = feed.groups()
        if len(groups) > 1:
            example = shown(groups[0])
            raise GroupKeeperError(
                f"{name} lists {len(feed.meetings):,} meetings of {len(groups):,} groups. "
                f'Say which group\'s to import with --group NAME, such as --group "{example}".'
            )
        chosen = list(feed.meetings)
    if not chosen:
        raise GroupKeeperError(f"{name} holds no meetings to import.")
    rows = {r for m in chosen for r in m.rows}
    notes = [str(w) for w in feed.warnings if w.row in rows]
    try:
        with open_data(args) as store, store.session() as s, s.begin():
            zone = mg.zone_warning(feed, require_group(s).timezone)
            done = mg.import_meetings(s, chosen, date.today())
    except ValidationError as exc:
        lines = "\n".join(f"  {shown(p)}" for p in exc.problems)
        raise GroupKeeperError(f"Nothing was imported from {name}:\n{lines}") from None
    for note in ([zone] if zone else []) + notes[:MAX_WARNINGS]:
        print(f"Warning: {shown(note)}", file=sys.stderr)
    if len(notes) > MAX_WARNINGS:
        print(f"Warning: and {len(notes) - MAX_WARNINGS} more.", file=sys.stderr)
    n = len(done.series_ids)
    print(f"Imported {n} meeting{'' if n == 1 else 's'} from {name}.")
    if done.already:
        already = "; ".join(shown(a) for a in done.already)
        print(f"Already in the schedule, left as they are: {already}.")
    if done.new_formats:
        codes = ", ".join(shown(c) for c in done.new_formats)
        print(
            f"New group formats (codes GroupKeeper did not know): {codes}. To give one a "
            "label, use 'Add a group format…' in the meeting editor."
        )
    return 0


def cmd_pairings_suggest(args: argparse.Namespace) -> int:
    from groupkeeper.pairing.service import group_words, suggest_all

    with open_data(args) as store, store.session() as s:
        plan = suggest_all(s, date.today())
        sponsor = group_words(s)[0]
    if not plan.proposals and not plan.unmatched:
        print(f"Nobody is waiting for a {shown(sponsor)}.")
        return 0
    print(
        f"Proposed {shown(sponsor)}s for everyone waiting (total score {plan.total}). Nothing is "
        "saved: confirm each one in GroupKeeper's Pairings view."
    )
    for n, p in enumerate(plan.proposals, 1):
        who = f"{shown(p.request.name)} -> {shown(p.candidate.mentor.name)}"
        print(f"{n:>3}. {who}  (score {p.candidate.score})")
        print(f"     {shown(p.candidate.describe())}")
    for r in plan.unmatched:
        print(f"  -  {shown(r.name)}: nobody can be suggested under the group's rules right now.")
    return 0


def cmd_library_search(args: argparse.Namespace) -> int:
    from groupkeeper.library.service import search

    with open_data(args) as store, store.session() as s:
        found = search(s, args.words)
    if not found:
        print(f"Nothing in the library matches '{shown(args.words)}'.")
        return 0
    width = len(str(len(found)))
    for n, item in enumerate(found, 1):
        tags = f"  [{', '.join(shown(t) for t in item.tags)}]" if item.tags else ""
        print(f"{n:>{width}}. {shown(item.title)} ({item.kind.label.lower()}){tags}")
        if item.summary:
            print(f"{'':>{width}}  {shown(item.summary)}")
    return 0


def cmd_library_add(args: argparse.Namespace) -> int:
    from groupkeeper.library.service import attach as attach_prepared
    from groupkeeper.library.service import get_resource, prepare

    prepared = prepare(Path(args.file))  # read and refused (if too big) before opening the file
    with open_data(args) as store, store.session() as s, s.begin():
        new = attach_prepared(s, prepared, tags=args.tag, title=args.title)
        item = get_resource(s, new)
    assert item.text_status is not None
    name = shown(Path(args.file).name)
    print(f"Attached {name} as '{shown(item.title)}'. {item.text_status.label}")
    return 0


def cmd_import_members(args: argparse.Namespace) -> int:
    from groupkeeper.errors import ValidationError
    from groupkeeper.roster.importing import import_members, read_members_file

    name = shown(Path(args.file).name)
    raw = read_members_file(Path(args.file))  # refused before reading if it is no list at all
    try:
        with open_data(args) as store, store.session() as s, s.begin():
            added = import_members(s, raw)
    except ValidationError as exc:
        lines = "\n".join(f"  {shown(p)}" for p in exc.problems)
        raise GroupKeeperError(
            f"Nothing was imported from {name}:\n{lines}\n"
            "Fix these rows in the spreadsheet, save it as CSV again and re-run."
        ) from None
    print(f"Imported {len(added)} members from {name}.")
    return 0


def cmd_roster_fill(args: argparse.Namespace) -> int:
    from groupkeeper.roster.service import fill_roster

    with open_data(args) as store, store.session() as s, s.begin():
        result = fill_roster(s, args.first, args.last, replace=args.replace)
    print("\n".join(shown(line) for line in result.summary_lines()))
    return 0


def main(argv: list[str]) -> int:
    return run(build_parser().parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run an already parsed headless command; user errors become one plain line."""
    try:
        code: int = args.func(args)
    except GroupKeeperError as exc:
        # Several lines at most; a name from a file in it is shown, not obeyed.
        print(f"groupkeeper: {shown(exc.message, lines=True)}", file=sys.stderr)
        return 1
    except OSError as exc:
        why = shown(f"{exc.strerror or exc} ({exc.filename or 'file'})")
        print(f"groupkeeper: {why}.", file=sys.stderr)
        return 1
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        from groupkeeper.store.database import not_written

        if not isinstance(exc, (DBAPIError, sqlite3.Error)):
            raise  # a bug, not the disk or the file: its traceback is what a fix needs
        why = shown(not_written(exc))
        print(
            f"groupkeeper: the group file could not be read or written ({why}); what was "
            "being changed was not saved. Free some space or check the disk, then try again.",
            file=sys.stderr,
        )
        return 1
    return code
