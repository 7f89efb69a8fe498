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
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, assert_never

from groupkeeper import i18n
from groupkeeper.errors import GroupKeeperError
from groupkeeper.i18n import _, ngettext, pgettext
from groupkeeper.untrusted import shown

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from groupkeeper.export.registry import Document, Option
    from groupkeeper.group.contact import ContactPlace
    from groupkeeper.group.service import GroupInfo
    from groupkeeper.schedule.occurrences import Occurrence
    from groupkeeper.store import GroupStore

COMMANDS = (
    "demo", "export", "import", "roster", "library", "pairings", "check", "backup", "passphrase",
    "new", "settings",
)  # fmt: skip
PASSPHRASE_ENV = "GROUPKEEPER_PASSPHRASE"  # the passphrase of the file (restic and borg's habit)
NEW_PASSPHRASE_ENV = "GROUPKEEPER_NEW_PASSPHRASE"  # for set / change / a hand-over copy


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        said = _("{message}. Run '{prog} --help' to see the options.")
        self.exit(2, "groupkeeper: " + said.format(message=message, prog=self.prog) + "\n")


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date; write it as YYYY-MM-DD, such as 2026-12-31").format(
                text=text
            )
        ) from None


NEXT = "next"


def parse_when(text: str) -> date | str:
    """A meeting date, or 'next' for the next meeting from today."""
    return NEXT if text.strip().lower() == NEXT else parse_date(text)


def parse_clock(text: str) -> time:
    """A meeting's start, "19:30", on the 24-hour clock the Meeting Guide format uses too."""
    hours, colon, minutes = text.strip().partition(":")
    try:
        if colon and len(minutes) == 2 and hours.isdigit() and minutes.isdigit():
            return time(int(hours), int(minutes))
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(
        _("'{text}' is not a time; write it as HH:MM on a 24-hour clock, such as 19:30").format(
            text=text
        )
    )


def _meeting(
    s: Session, when: date | str, series: str | None = None, at: time | None = None
) -> Occurrence:
    from groupkeeper.materials.service import find_meeting

    day = None if when == NEXT else when
    return find_meeting(s, day, date.today(), series=series, at=at)  # type: ignore[arg-type]


def _paper_options(parser: argparse.ArgumentParser, *, booklet: bool, large: bool) -> None:
    papers = ("letter", "a4", "booklet") if booklet else ("letter", "a4")
    parser.add_argument(
        "--paper", choices=papers, default="letter",
        help=_("booklet: half-letter pages, two to a letter sheet, to fold") if booklet else None,
    )  # fmt: skip
    if large:
        parser.add_argument(
            "--large-print", dest="large", action="store_true", help=_("no text smaller than 16 pt")
        )


# `export --help` listed these first before the documents came from the registry; scripts and
# people's habits keep that order. Documents added since follow in the registry's order.
FIRST_IN_HELP = ("schedule", "roster", "resources", "pairings")


def _documents_in_help_order() -> list[Document]:
    from groupkeeper.export.registry import Document

    def place(doc: Document) -> int:
        command = doc.spec.command
        return FIRST_IN_HELP.index(command) if command in FIRST_IN_HELP else len(FIRST_IN_HELP)

    return sorted(Document, key=place)  # a stable sort: the rest stay in the registry's order


def _add_document(what: Any, data: argparse.ArgumentParser, doc: Document) -> None:
    """``export <document>``: its options as the registry describes them, then the paper."""
    spec = doc.spec
    parser = what.add_parser(spec.command, parents=[data], help=_(spec.help))
    written = _("the file to write") if spec.csv else _("the PDF to write")
    parser.add_argument("--out", type=Path, required=True, help=written)
    for option in spec.options:
        _add_option(parser, option)
    if spec.csv:
        parser.add_argument(
            "--format", choices=("pdf", "csv"), default=None, help=_("default: from --out")
        )
    _paper_options(parser, booklet=spec.booklet, large=spec.large_print)
    parser.set_defaults(func=cmd_export_document, document=doc)


def _add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    from groupkeeper.export import registry as r
    from groupkeeper.export.parts import Part

    match option:
        case r.MeetingChoice():
            parser.add_argument(
                "--date", dest="when", type=parse_when, default=NEXT if option.required else None,
                metavar="DATE|next", help=_(option.help),
            )  # fmt: skip
            parser.add_argument(
                "--series", metavar="NAME",
                help=_("the meeting series with this name, when a day has more than one meeting"),
            )  # fmt: skip
            parser.add_argument(
                "--time", dest="at", type=parse_clock, metavar="HH:MM",
                help=_("the meeting that starts at this time, when a day has more than one"),
            )  # fmt: skip
        case r.LeaveOut():
            parser.add_argument(
                "--leave-out", action="append", default=[], metavar="PART",
                choices=[p.value for p in Part],
                help=_("leave a part out (repeat for more): {parts}").format(
                    parts=", ".join(p.value for p in Part)
                ),
            )  # fmt: skip
        case r.Flag():
            parser.add_argument(
                option.switch, dest=option.field, action="store_true", help=_(option.help)
            )
        case r.Count():
            parser.add_argument(
                option.switch, dest=option.field, type=int, default=option.default,
                help=_(option.help),
            )  # fmt: skip
        case r.DateSpan():
            parser.add_argument(
                "--from", dest="first", type=parse_date, help=_("first date (default: today)")
            )
            parser.add_argument(
                "--to", dest="last", type=parse_date, help=_("last date (default: 3 months on)")
            )
        case r.LibraryChoice():
            parser.add_argument(
                "--tag", help=_("only the items with this tag (default: the whole library)")
            )
            parser.add_argument(
                "--no-crisis-page", dest="crisis", action="store_false",
                help=_("leave out the crisis-line page that otherwise comes first"),
            )  # fmt: skip
        case _:
            assert_never(option)


def _chosen(option: Option, args: argparse.Namespace, s: Session, today: date) -> dict[str, Any]:
    """The Request fields ``option`` sets, from the command line (a meeting is looked up)."""
    from groupkeeper.export import registry as r

    match option:
        case r.MeetingChoice():
            when = args.when
            if when is None and (args.series is not None or args.at is not None):
                when = NEXT  # a series or a time alone: its next meeting
            meeting = None if when is None else _meeting(s, when, args.series, args.at)
            return {"meeting": meeting}
        case r.LeaveOut():
            return {"parts": frozenset(args.leave_out)}
        case r.Flag() | r.Count():
            return {option.field: getattr(args, option.field)}
        case r.DateSpan():
            first = args.first or today
            return {"first": first, "last": args.last or first + timedelta(days=r.SPAN_DAYS)}
        case r.LibraryChoice():
            return {"tag": args.tag, "crisis": args.crisis}
        case _:
            assert_never(option)


def _window_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, help=_("the group file to open or create"))
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png",
        help=_("save a picture of the window and exit"),
    )  # fmt: skip
    parser.add_argument(
        "--view",
        choices=("home", "upcoming", "month", "members", "roster", "library", "pairings"),
        default="home",
        help=_("view for --screenshot"),
    )


def parse_args(argv: list[str]) -> argparse.Namespace:
    """The command line. Starting the window (no command) reads only the window's options:
    building every command's parser, with the document registry behind ``export``, is work
    the window's start-up does not need.

    ``groupkeeper FILE`` opens FILE in the window, as a double-click or "Open with" passes
    it (the desktop entry's ``%f``); it is the same as ``--data FILE``."""
    window = argparse.ArgumentParser(prog="groupkeeper", add_help=False, exit_on_error=False)
    _window_options(window)
    window.add_argument("file", nargs="?", type=Path)
    window.set_defaults(command=None)
    try:
        args, rest = window.parse_known_args(argv)
    except argparse.ArgumentError:
        args, rest = None, argv  # the full parser says what is wrong, in its own words
    if args is not None and not rest and str(args.file or "") not in COMMANDS:
        if args.file is not None:
            if args.data is not None:
                build_parser().error(_("give the group file once: either FILE or --data FILE"))
            args.data = args.file
        del args.file
        return args
    return build_parser().parse_args(argv)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="groupkeeper", description=_("GroupKeeper: keep a peer-led group's meetings.")
    )
    _window_options(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    data = _Parser(add_help=False)
    data.add_argument("--data", type=Path, default=argparse.SUPPRESS, help=_("the group file"))

    demo = sub.add_parser("demo", parents=[data], help=_("write a demo group file"))
    demo.set_defaults(func=cmd_demo)

    new = sub.add_parser("new", parents=[data], help=_("start a new group file"))
    _group_options(new, required=True)
    new.set_defaults(func=cmd_new)
    settings = sub.add_parser(
        "settings",
        parents=[data],
        help=_("show or change the group's name, kind, language, zone, contact, service number"),
    )
    _group_options(settings, required=False)
    settings.set_defaults(func=cmd_settings)

    export = sub.add_parser(
        "export", help=_("write materials: PDFs, calendars (.ics), the intergroup's meeting list")
    )
    what = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    for doc in _documents_in_help_order():
        _add_document(what, data, doc)

    def to_file(name: str, about: str, out: str, func: Any) -> argparse.ArgumentParser:
        command = what.add_parser(name, parents=[data], help=about)
        command.add_argument("--out", type=Path, required=True, help=out)
        command.set_defaults(func=func)
        return command

    cal = to_file(
        "ics", _("the schedule for phone calendars (iCalendar .ics)"),
        _("the .ics file to write"), cmd_export_ics,
    )  # fmt: skip
    cal.add_argument(
        "--member", metavar="NAME",
        help=_('only this member\'s service dates (roster turns), such as "Sam K."'),
    )  # fmt: skip
    cal.add_argument(
        "--from",
        dest="first",
        type=parse_date,
        help=_("with --member: first date (default: today)"),
    )
    to_file(
        "members", _("every member, for a spreadsheet (CSV with the columns the import reads)"),
        _("the .csv file to write"), cmd_export_members,
    )  # fmt: skip
    to_file(
        "contacts", _("the phone list's members, for a phone's contacts (vCard .vcf)"),
        _("the .vcf file to write"), cmd_export_contacts,
    )  # fmt: skip
    to_file(
        "meeting-guide", _("the meeting list for the intergroup's website (Meeting Guide JSON)"),
        _("the .json file to write"), cmd_export_meeting_guide,
    )  # fmt: skip
    changes = what.add_parser(
        "changes", parents=[data],
        help=_("what the intergroup's meeting list should change for our meetings"),
    )  # fmt: skip
    changes.add_argument(
        "--feed", type=Path, required=True, metavar="FEED.json",
        help=_("the intergroup's meeting list (Meeting Guide JSON), as downloaded"),
    )  # fmt: skip
    changes.add_argument(
        "--out", type=Path, required=True,
        help=_("the file to write: a .pdf page to print, or the plain-text message (.txt)"),
    )  # fmt: skip
    changes.add_argument(
        "--listed-as", metavar="NAME",
        help=_("the group's name in the intergroup's list, when it is not ours"),
    )  # fmt: skip
    changes.set_defaults(func=cmd_export_changes)

    imp = sub.add_parser("import", help=_("add records from a file"))
    kind = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    members = kind.add_parser("members", parents=[data], help=_("members from a CSV file"))
    members.add_argument("file", type=Path, metavar="FILE.csv", help=_("the spreadsheet's CSV"))
    members.set_defaults(func=cmd_import_members)
    feed = kind.add_parser(
        "meeting-guide", parents=[data], help=_("meetings from a Meeting Guide JSON meeting list")
    )
    feed.add_argument("file", type=Path, metavar="FILE.json", help=_("the meeting list file"))
    feed.add_argument(
        "--group", metavar="NAME",
        help=_("import only this group's meetings (the list's group name, or the place's name)"),
    )  # fmt: skip
    feed.set_defaults(func=cmd_import_meeting_guide)

    rota = sub.add_parser("roster", help=_("fill the service roster"))
    verb = rota.add_subparsers(dest="action", required=True, parser_class=_Parser)
    fill = verb.add_parser("fill", parents=[data], help=_("fill a date range and print a summary"))
    fill.add_argument("--from", dest="first", type=parse_date, required=True, help=_("first date"))
    fill.add_argument("--to", dest="last", type=parse_date, required=True, help=_("last date"))
    fill.add_argument(
        "--replace", action="store_true", help=_("choose again for turns not locked by hand")
    )
    fill.set_defaults(func=cmd_roster_fill)

    lib = sub.add_parser("library", help=_("search the library or attach a file to it"))
    verb = lib.add_subparsers(dest="action", required=True, parser_class=_Parser)
    find = verb.add_parser(
        "search", parents=[data], help=_("print the items that match, best first")
    )
    find.add_argument("words", help=_('what to look for, such as "crisis line"'))
    find.set_defaults(func=cmd_library_search)
    add = verb.add_parser("add", parents=[data], help=_("attach a document (up to 25 MB)"))
    add.add_argument("file", type=Path, metavar="FILE", help=_("a PDF, image or document"))
    add.add_argument("--tag", action="append", default=[], help=_("a tag (repeat for more)"))
    add.add_argument("--title", default="", help=_("default: the file's name"))
    add.set_defaults(func=cmd_library_add)

    pairing = sub.add_parser("pairings", help=_("sponsor and mentor pairings"))
    verb = pairing.add_subparsers(dest="action", required=True, parser_class=_Parser)
    suggest = verb.add_parser(
        "suggest", parents=[data], help=_("print the best set of pairings for everyone waiting")
    )
    suggest.set_defaults(func=cmd_pairings_suggest)

    check = sub.add_parser("check", parents=[data], help=_("check a group file for damage"))
    check.set_defaults(func=cmd_check)

    backup = sub.add_parser(
        "backup", parents=[data], help=_("write one self-contained copy (a backup or a hand-over)")
    )
    backup.add_argument("--out", type=Path, required=True, help=_("where to write the copy"))
    backup.add_argument(
        "--new-passphrase",
        action="store_true",
        help=_("give the copy its own passphrase (asked for, or ${env})").format(
            env=NEW_PASSPHRASE_ENV
        ),
    )
    backup.set_defaults(func=cmd_backup)

    phrase = sub.add_parser("passphrase", help=_("protect a group file with a passphrase"))
    action = phrase.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, text in (
        ("set", _("encrypt the file with a new passphrase")),
        ("change", _("change the passphrase")),
        ("remove", _("remove the passphrase (the file is no longer encrypted)")),
    ):
        action.add_parser(name, parents=[data], help=text).set_defaults(
            func=cmd_passphrase, action=name
        )
    return parser


def _need_data(args: argparse.Namespace) -> Path:
    if args.data is None:
        raise GroupKeeperError(_("Say which group file to use with --data PATH."))
    return Path(args.data)


def _ask(prompt: str, env: str, needed: str) -> str:
    """A passphrase from the environment variable ``env``, else typed at a terminal after
    ``prompt``; ``needed`` says why nothing can go on without one, where no one can type."""
    import getpass

    if env in os.environ:
        return os.environ[env]
    if not sys.stdin.isatty():
        raise GroupKeeperError(needed)
    return getpass.getpass(prompt)


def _ask_passphrase(path: Path) -> str:
    """The passphrase of the file at ``path``."""
    name = shown(path.name)
    return _ask(
        _("Passphrase for {name}: ").format(name=name),
        PASSPHRASE_ENV,
        _(
            "Passphrase for {name} is needed. Run this in a terminal to type it, "
            "or set {env} for a script."
        ).format(name=name, env=PASSPHRASE_ENV),
    )


def passphrase_for(path: Path) -> str | None:
    """The passphrase to open ``path`` with: None for a plain file."""
    from groupkeeper.store.sqlitefile import is_encrypted

    if not path.exists() or not is_encrypted(path):
        return None
    return _ask_passphrase(path)


def _new_passphrase() -> str:
    import getpass

    from groupkeeper.errors import ValidationError
    from groupkeeper.store.protection import check_new_passphrase

    new = _ask(
        _("New passphrase: "),
        NEW_PASSPHRASE_ENV,
        _(
            "New passphrase is needed. Run this in a terminal to type it, "
            "or set {env} for a script."
        ).format(env=NEW_PASSPHRASE_ENV),
    )
    again = new if NEW_PASSPHRASE_ENV in os.environ else getpass.getpass(_("Type it again: "))
    if problems := check_new_passphrase(new, again):
        raise ValidationError(problems)
    return new


def open_data(args: argparse.Namespace) -> GroupStore:
    """Open the ``--data`` file for a command, asking for its passphrase if it has one."""
    from groupkeeper.store import open_store

    path = _need_data(args)
    return open_store(path, passphrase=passphrase_for(path))


def cmd_check(args: argparse.Namespace) -> int:
    from groupkeeper.store.sqlitefile import integrity_check

    path = _need_data(args)
    problems = integrity_check(path, passphrase_for(path))
    if not problems:
        print(_("No damage found in {path}.").format(path=shown(path)))
        return 0
    n = len(problems)
    damaged = ngettext(
        "{name} is damaged ({n} problem, first: {first}). "
        "Do not write to it: open GroupKeeper and choose File > Restore from backup.",
        "{name} is damaged ({n} problems, first: {first}). "
        "Do not write to it: open GroupKeeper and choose File > Restore from backup.",
        n,
    )
    print(
        "groupkeeper: " + damaged.format(name=shown(path.name), n=n, first=shown(problems[0])),
        file=sys.stderr,
    )
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    from groupkeeper.store import backups
    from groupkeeper.store.sqlitefile import inspect_file

    path = _need_data(args)
    passphrase = passphrase_for(path)
    inspect_file(path, passphrase)
    new = _new_passphrase() if args.new_passphrase else passphrase
    out = backups.copy_out(
        path, args.out, passphrase, new_passphrase=new, change_passphrase=args.new_passphrase
    )
    if new:
        wrote = _(
            "Wrote a copy of {name} to {path} (protected with a passphrase). "
            "It opens with File > Open."
        )
    else:
        wrote = _("Wrote a copy of {name} to {path}. It opens with File > Open.")
    print(wrote.format(name=shown(path.name), path=shown(out)))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from groupkeeper.store.protection import change_passphrase
    from groupkeeper.store.sqlitefile import inspect_file, is_encrypted

    path = _need_data(args)
    encrypted = is_encrypted(path)
    if args.action == "set" and encrypted:
        raise GroupKeeperError(
            _(
                "{name} already has a passphrase. To choose another, use 'passphrase change'."
            ).format(name=shown(path.name))
        )
    if args.action != "set" and not encrypted:
        raise GroupKeeperError(
            _("{name} has no passphrase. To protect it, use 'passphrase set'.").format(
                name=shown(path.name)
            )
        )
    old = _ask_passphrase(path) if encrypted else None
    inspect_file(path, old)  # a wrong passphrase is refused before a new one is asked for
    new = None if args.action == "remove" else _new_passphrase()
    count = change_passphrase(path, old, new)
    # TRANSLATORS: {n} is the number of backups; a language whose singular form is used for
    # other numbers too (21, 31...) says the number in it.
    if args.action == "set":
        done = ngettext(
            "{name} is now protected with a passphrase, and so is its backup.",
            "{name} is now protected with a passphrase, and so are its {n} backups.",
            count,
        )
    elif args.action == "change":
        done = ngettext(
            "{name} has its new passphrase, and so is its backup.",
            "{name} has its new passphrase, and so are its {n} backups.",
            count,
        )
    else:
        done = ngettext(
            "{name} is no longer encrypted, and so is its backup.",
            "{name} is no longer encrypted, and so are its {n} backups.",
            count,
        )
    print(done.format(name=shown(path.name), n=count))
    return 0


def _group_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    from groupkeeper.group.contact import ContactPlace
    from groupkeeper.group.models import LANGUAGES, GroupKind
    from groupkeeper.group.service import COUNTRIES

    parser.add_argument("--name", required=required, help=_("the group's name"))
    parser.add_argument(
        "--kind", choices=[k.value for k in GroupKind],
        help=_("the kind of group (default: other)"),
    )  # fmt: skip
    parser.add_argument(
        "--language", choices=[code for code, _name in LANGUAGES],
        help=_("its language (default: en)"),
    )  # fmt: skip
    parser.add_argument("--zone", metavar="ZONE", help=_("its time zone, such as America/Toronto"))
    parser.add_argument(
        "--country", choices=[code for code, _name in COUNTRIES if code],
        help=_("CA or US: which crisis lines the library starts with (default: from the zone)"),
    )  # fmt: skip
    contact = parser.add_argument_group(
        _("the group's contact and service numbers"), _('all optional; "" clears one')
    )
    contact.add_argument("--phone", help=_("the group's phone number, such as '+1 555-010-0100'"))
    contact.add_argument("--email", help=_("the group's email address"))
    contact.add_argument("--website", help=_("the group's website, such as elmfallshope.org"))
    papers = ", ".join(f"{p.value} ({p.label.lower()})" for p in ContactPlace)
    contact.add_argument(
        "--print-contact", metavar="PAPERS", type=_contact_places,
        # TRANSLATORS: "none" is typed on the command line: keep it in English.
        help=_(
            "where the contact prints: any of {papers}, comma-separated; "
            "or none (the default: anonymity first)"
        ).format(papers=papers),
    )  # fmt: skip
    contact.add_argument(
        "--service-number", metavar="NUMBER",
        help=_("the fellowship's number for the group (GSO); never printed"),
    )  # fmt: skip
    contact.add_argument(
        "--district", metavar="NAME",
        help=_("its district, area or intergroup id; never printed"),
    )  # fmt: skip


def _contact_places(text: str) -> frozenset[ContactPlace]:
    """``schedule,packet``, or ``none`` / "" for nowhere."""
    from groupkeeper.group.contact import ContactPlace

    known = {p.value: p for p in ContactPlace}
    chosen = {p.strip().lower() for p in text.split(",")} - {"", "none"}
    if unknown := sorted(chosen - set(known)):
        raise argparse.ArgumentTypeError(
            # TRANSLATORS: "none" is typed on the command line: keep it in English.
            _(
                "'{paper}' is not a paper the contact prints on; choose from {papers}, or none"
            ).format(paper=shown(unknown[0]), papers=", ".join(known))
        )
    return frozenset(known[p] for p in chosen)


def _said(info: GroupInfo) -> str:
    """The group's settings in a line, then its contact and service numbers if it has any."""
    from groupkeeper.group.contact import ContactPlace

    lines = [
        _("{name}: {kind}, language {language}, time zone {zone}, country {country}.").format(
            name=shown(info.name), kind=info.kind.label.lower(), language=info.language,
            zone=info.timezone, country=info.country or _("somewhere else"),
        )
    ]  # fmt: skip
    c = info.contact
    if not c.empty or c.printed_on:
        given = (
            (_("phone {value}"), c.phone),
            (_("email {value}"), c.email),
            (_("website {value}"), c.website),
        )
        reach = ", ".join(what.format(value=shown(value)) for what, value in given if value)
        said = _("Contact: {reach}; {where}.")
        lines.append(
            said.format(
                reach=reach or pgettext("no contact given", "none"),
                where=_printed_on([p for p in ContactPlace if p in c.printed_on]),
            )
        )
    numbers = (
        (_("service number {value}"), info.service_number),
        (_("district {value}"), info.district),
    )
    if kept := ", ".join(what.format(value=shown(value)) for what, value in numbers if value):
        lines.append(_("For the intergroup (never printed): {numbers}.").format(numbers=kept))
    return "\n".join(lines)


def _printed_on(places: list[ContactPlace]) -> str:
    """Where the group's contact prints, in words: "printed on the schedule flyer"."""
    papers = [p.label.lower() for p in places]
    if not papers:
        return _("printed nowhere")
    if len(papers) == 1:
        return _("printed on the {paper}").format(paper=papers[0])
    if len(papers) == 2:
        return _("printed on the {first} and the {second}").format(
            first=papers[0], second=papers[1]
        )
    return _("printed on the {first} and the {second} and the {third}").format(
        first=papers[0], second=papers[1], third=", ".join(papers[2:])
    )


def _contact_changes(args: argparse.Namespace, info: GroupInfo) -> dict[str, Any]:
    """The contact and service numbers the options change (none given: none changed)."""
    from dataclasses import replace

    contact = info.contact
    for field in ("phone", "email", "website"):
        if getattr(args, field) is not None:
            contact = replace(contact, **{field: getattr(args, field)})
    if args.print_contact is not None:
        contact = replace(contact, printed_on=args.print_contact)
    changes: dict[str, Any] = {"contact": contact} if contact != info.contact else {}
    for field in ("service_number", "district"):
        if getattr(args, field) is not None:
            changes[field] = getattr(args, field)
    return changes


def cmd_new(args: argparse.Namespace) -> int:
    """A new group file from the command line (the welcome's answers as options)."""
    from dataclasses import replace

    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import (
        GroupInfo,
        country_for_zone,
        local_zone_name,
        save_group,
        validate_group,
    )
    from groupkeeper.store import open_store

    path = _need_data(args)
    if path.exists():
        raise GroupKeeperError(
            _("{path} already exists. Choose a new file name.").format(path=shown(path))
        )
    zone = args.zone or local_zone_name()
    info = GroupInfo(
        args.name, GroupKind(args.kind or "other"), args.language or "en", zone,
        args.country if args.country is not None else country_for_zone(zone),
    )  # fmt: skip
    info = replace(info, **_contact_changes(args, info))
    problems = validate_group(info)
    if problems:
        raise GroupKeeperError(" ".join(problems))
    # The roles and meeting format a new file starts with are named in the group's language.
    with i18n.speaking(i18n.group_locale(info.language, info.country)):
        store = open_store(path, create=True)
    try:
        with store.session() as s, s.begin():
            saved = save_group(s, info)
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    store.close()
    print(_("Started {path} for {settings}").format(path=shown(path), settings=_said(saved)))
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the group's settings, or change the ones given; bad values change nothing."""
    from dataclasses import replace

    from groupkeeper.group.models import GroupKind
    from groupkeeper.group.service import require_group, save_group

    with open_data(args) as store, store.session() as s, s.begin():
        info = require_group(s)
        changes: dict[str, Any] = {}
        if args.name is not None:
            changes["name"] = args.name
        if args.kind is not None:
            changes["kind"] = GroupKind(args.kind)
        if args.language is not None:
            changes["language"] = args.language
        if args.zone is not None:
            changes["timezone"] = args.zone
        if args.country is not None:
            changes["country"] = args.country
        changes |= _contact_changes(args, info)
        if changes:
            info = save_group(s, replace(info, **changes))
    said = _said(info)
    print(_("Changed: {settings}").format(settings=said) if changes else said)
    return 0


def _local_zone() -> str:
    try:
        import tzlocal

        return str(tzlocal.get_localzone_name() or "UTC")
    except Exception:
        return "UTC"


def cmd_demo(args: argparse.Namespace) -> int:
    from groupkeeper.demo import write_demo

    path = write_demo(_need_data(args))
    print(_("Wrote a demo group file to {path}").format(path=shown(path)))
    return 0


def cmd_export_document(args: argparse.Namespace) -> int:
    """``export <document>``, for every document in the registry."""
    from groupkeeper.export.paper import Paper
    from groupkeeper.export.registry import Request, prepare, render, said, warnings, write_csv

    doc = args.document
    spec = doc.spec
    today = date.today()
    with open_data(args) as store, store.session() as s:
        chosen: dict[str, Any] = {}
        for option in spec.options:
            chosen |= _chosen(option, args, s, today)
        req = Request(doc, Paper(args.paper), getattr(args, "large", False), **chosen)
        data = prepare(s, req, today)
    csv = spec.csv is not None and (args.format or _format_of(args.out)) == "csv"
    out = write_csv(data, req, args.out) if csv else render(data, req, args.out)
    for warning in warnings(data):
        _warn(warning)
    print(said(data, req, out))
    return 0


def _warn(warning: str) -> None:
    print(_("Warning: {warning}").format(warning=shown(warning)), file=sys.stderr)


def _format_of(out: Path) -> str:
    return "csv" if out.suffix.lower() == ".csv" else "pdf"


def cmd_export_members(args: argparse.Namespace) -> int:
    from groupkeeper.roster.exporting import export_members

    with open_data(args) as store, store.session() as s:
        out = export_members(s, args.out)
    print(
        _("Saved the members to {path}, with every column the import reads. It holds private "
          "notes and contact details: keep it somewhere private.").format(path=shown(out))
    )  # fmt: skip
    return 0


def cmd_export_contacts(args: argparse.Namespace) -> int:
    from groupkeeper.roster.exporting import export_contacts

    with open_data(args) as store, store.session() as s:
        n = export_contacts(s, args.out)
    print(
        ngettext(
            "Saved {n} contact from the phone list to {path}. Please keep it private.",
            "Saved {n} contacts from the phone list to {path}. Please keep it private.",
            n,
        ).format(n=n, path=shown(args.out))
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
            n = len(data.series)
            saved = ngettext(
                "Saved the calendar ({n} meeting) to {path}. "
                "Open it on a phone or computer to add it.",
                "Saved the calendar ({n} meetings) to {path}. "
                "Open it on a phone or computer to add it.",
                n,
            )
            member_name = ""
        else:
            member = find_member(s, args.member)
            turns = ics.service_data(s, member.id, args.first or date.today())
            content = ics.service_bytes(turns, now)
            n = len(turns.turns)
            saved = ngettext(
                "Saved the calendar ({n} service date for {member}) to {path}. "
                "Open it on a phone or computer to add it.",
                "Saved the calendar ({n} service dates for {member}) to {path}. "
                "Open it on a phone or computer to add it.",
                n,
            )
            member_name = shown(turns.member)
    out = ics.write_ics(content, args.out)
    print(saved.format(n=n, member=member_name, path=shown(out)))
    return 0


def cmd_export_meeting_guide(args: argparse.Namespace) -> int:
    from groupkeeper.interchange.meeting_guide import feed_data, write_feed

    with open_data(args) as store, store.session() as s:
        data = feed_data(s, date.today())
    out = write_feed(data.entries, args.out)
    for warning in data.warnings:
        _warn(warning)
    n = len(data.entries)
    saved = ngettext(
        "Saved the meeting list ({n} entry) to {path}.",
        "Saved the meeting list ({n} entries) to {path}.",
        n,
    )
    print(saved.format(n=n, path=shown(out)))
    return 0


def cmd_export_changes(args: argparse.Namespace) -> int:
    """The change request in the group's language, as its printed papers are: it goes to
    the group's intergroup."""
    from groupkeeper.files import write_whole
    from groupkeeper.interchange.changes import change_request
    from groupkeeper.interchange.meeting_guide import read_feed_file

    feed = read_feed_file(Path(args.feed))  # before the group file is opened at all
    out = Path(args.out)
    with open_data(args) as store, store.session() as s:
        request = change_request(s, feed, date.today(), args.listed_as)
    if out.suffix.lower() == ".pdf":
        from groupkeeper.export.changes import render_changes

        out = render_changes(request, out)
    else:
        text = request.text()
        write = lambda tmp: tmp.write_text(text, encoding="utf-8")  # noqa: E731
        out = write_whole(out, write, _("message"))
    n = len(request.changes)
    said = ngettext(
        "Saved {n} change for the intergroup to {path}.",
        "Saved {n} changes for the intergroup to {path}.",
        n,
    )
    print(said.format(n=n, path=shown(out)))
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
            m, g = len(feed.meetings), len(groups)
            raise GroupKeeperError(
                _(
                    "{name} lists {meetings} of {groups}. Say which group's to import with "
                    '--group NAME, such as --group "{example}".'
                ).format(
                    name=name,
                    meetings=ngettext("{n:,} meeting", "{n:,} meetings", m).format(n=m),
                    groups=ngettext("{n:,} group", "{n:,} groups", g).format(n=g),
                    example=shown(groups[0]),
                )
            )
        chosen = list(feed.meetings)
    if not chosen:
        raise GroupKeeperError(_("{name} holds no meetings to import.").format(name=name))
    rows = {r for m in chosen for r in m.rows}
    notes = [*feed.remarks, *(str(w) for w in feed.warnings if w.row in rows)]
    try:
        with open_data(args) as store, store.session() as s, s.begin():
            zone = mg.zone_warning(feed, require_group(s).timezone)
            done = mg.import_meetings(s, chosen, date.today())
    except ValidationError as exc:
        lines = "\n".join(f"  {shown(p)}" for p in exc.problems)
        raise GroupKeeperError(
            _("Nothing was imported from {name}:\n{lines}").format(name=name, lines=lines)
        ) from None
    for note in ([zone] if zone else []) + notes[:MAX_WARNINGS]:
        _warn(note)
    if (more := len(notes) - MAX_WARNINGS) > 0:
        and_more = ngettext("Warning: and {n} more.", "Warning: and {n} more.", more)
        print(and_more.format(n=more), file=sys.stderr)
    n = len(done.series_ids)
    imported = ngettext(
        "Imported {n} meeting from {name}.", "Imported {n} meetings from {name}.", n
    )
    print(imported.format(n=n, name=name))
    if done.already:
        already = "; ".join(shown(a) for a in done.already)
        print(_("Already in the schedule, left as they are: {meetings}.").format(meetings=already))
    if done.new_formats:
        codes = ", ".join(shown(c) for c in done.new_formats)
        print(
            _(
                "New group formats (codes GroupKeeper did not know): {codes}. To give one a "
                "label, use 'Add a group format…' in the meeting editor."
            ).format(codes=codes)
        )
    return 0


def cmd_pairings_suggest(args: argparse.Namespace) -> int:
    from groupkeeper.group.models import GroupKind
    from groupkeeper.pairing.service import group_role_words, role_words, suggest_all

    with open_data(args) as store, store.session() as s:
        plan = suggest_all(s, date.today())
        # Whole sentences for each of the group's words: "a sponsor" is not "a" + a word.
        sponsors = group_role_words(s) == role_words(GroupKind.TWELVE_STEP)
    if not plan.proposals and not plan.unmatched:
        if sponsors:
            print(_("Nobody is waiting for a sponsor."))
        else:
            print(_("Nobody is waiting for a mentor."))
        return 0
    if sponsors:
        proposed = _(
            "Proposed sponsors for everyone waiting (total score {score}). Nothing is "
            "saved: confirm each one in GroupKeeper's Pairings view."
        )
    else:
        proposed = _(
            "Proposed mentors for everyone waiting (total score {score}). Nothing is "
            "saved: confirm each one in GroupKeeper's Pairings view."
        )
    print(proposed.format(score=plan.total))
    for n, p in enumerate(plan.proposals, 1):
        who = f"{shown(p.request.name)} -> {shown(p.candidate.mentor.name)}"
        scored = _("{pair}  (score {score})").format(pair=who, score=p.candidate.score)
        print(f"{n:>3}. {scored}")
        print(f"     {shown(p.candidate.describe())}")
    for r in plan.unmatched:
        unmatched = _("{name}: nobody can be suggested under the group's rules right now.")
        print("  -  " + unmatched.format(name=shown(r.name)))
    return 0


def cmd_library_search(args: argparse.Namespace) -> int:
    from groupkeeper.library.service import search

    with open_data(args) as store, store.session() as s:
        found = search(s, args.words)
    if not found:
        print(_("Nothing in the library matches '{words}'.").format(words=shown(args.words)))
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
    attached = _("Attached {name} as '{title}'. {status}")
    print(attached.format(name=name, title=shown(item.title), status=item.text_status.label))
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
            _(
                "Nothing was imported from {name}:\n{lines}\n"
                "Fix these rows in the spreadsheet, save it as CSV again and re-run."
            ).format(name=name, lines=lines)
        ) from None
    n = len(added)
    imported = ngettext("Imported {n} member from {name}.", "Imported {n} members from {name}.", n)
    print(imported.format(n=n, name=name))
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
        file = exc.filename or _("file")
        why = shown(f"{exc.strerror or exc} ({file})")
        print(f"groupkeeper: {why}.", file=sys.stderr)
        return 1
    except Exception as exc:
        from sqlalchemy.exc import DBAPIError

        from groupkeeper.store.sqlitefile import not_written

        if not isinstance(exc, (DBAPIError, sqlite3.Error)):
            raise  # a bug, not the disk or the file: its traceback is what a fix needs
        why = shown(not_written(exc))
        not_saved = _(
            "the group file could not be read or written ({why}); what was being changed "
            "was not saved. Free some space or check the disk, then try again."
        )
        print("groupkeeper: " + not_saved.format(why=why), file=sys.stderr)
        return 1
    return code
