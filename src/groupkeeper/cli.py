"""Headless commands: they never import Qt, so they run on a machine with no display.

Each exits 0 on success; on a problem a person can fix it prints one plain line to stderr
and exits 1 (2 for a mistyped command line).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import NoReturn

from groupkeeper.errors import GroupKeeperError

COMMANDS = ("demo", "export")


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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="groupkeeper", description="GroupKeeper: keep a peer-led group's meetings."
    )
    parser.add_argument("--data", type=Path, help="the group file to open or create")
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="save a picture of the window and exit"
    )
    parser.add_argument(
        "--view", choices=("upcoming", "month"), default="upcoming", help="view for --screenshot"
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    data = _Parser(add_help=False)
    data.add_argument("--data", type=Path, default=argparse.SUPPRESS, help="the group file")

    demo = sub.add_parser("demo", parents=[data], help="write a demo group file")
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser("export", help="print materials to PDF")
    what = export.add_subparsers(dest="what", required=True, parser_class=_Parser)
    sched = what.add_parser("schedule", parents=[data], help="the schedule flyer")
    sched.add_argument("--out", type=Path, required=True, help="the PDF to write")
    sched.add_argument("--from", dest="first", type=parse_date, help="first date (default: today)")
    sched.add_argument(
        "--to", dest="last", type=parse_date, help="last date (default: 3 months on)"
    )
    sched.add_argument("--paper", choices=("letter", "a4"), default="letter")
    sched.set_defaults(func=cmd_export_schedule)
    return parser


def _need_data(args: argparse.Namespace) -> Path:
    if args.data is None:
        raise GroupKeeperError("Say which group file to use with --data PATH.")
    return Path(args.data)


def cmd_demo(args: argparse.Namespace) -> int:
    from groupkeeper.demo import write_demo

    path = write_demo(_need_data(args))
    print(f"Wrote a demo group file to {path}")
    return 0


def cmd_export_schedule(args: argparse.Namespace) -> int:
    from groupkeeper.export.flyer import flyer_data, render_flyer
    from groupkeeper.export.styles import Paper
    from groupkeeper.store import open_store

    first = args.first or date.today()
    last = args.last or first + timedelta(days=91)
    with open_store(_need_data(args)) as store, store.session() as s:
        data = flyer_data(s, first, last)
    out = render_flyer(data, args.out, Paper(args.paper))
    print(f"Saved the schedule flyer to {out}")
    return 0


def main(argv: list[str]) -> int:
    return run(build_parser().parse_args(argv))


def run(args: argparse.Namespace) -> int:
    """Run an already parsed headless command; user errors become one plain line."""
    try:
        code: int = args.func(args)
    except GroupKeeperError as exc:
        print(f"groupkeeper: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"groupkeeper: {exc.strerror or exc} ({exc.filename or 'file'}).", file=sys.stderr)
        return 1
    return code
