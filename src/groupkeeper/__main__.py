"""Entry point: a headless command (no Qt imported) or the desktop window."""

from __future__ import annotations

import sys

from groupkeeper import startup


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    startup.use_person_language()  # before the command line is read: its help is in it too
    from groupkeeper import cli

    args = cli.parse_args(argv)
    if args.command:
        startup.release_collector()
        return cli.run(args)
    startup.import_core()  # before Qt: faster, and less memory (see startup.import_core)
    from groupkeeper.ui.app import run_gui

    code: int = run_gui(args.data, screenshot=args.screenshot, view=args.view)
    return code


def program() -> int:
    """The ``groupkeeper`` command: main() with the collector held while it starts (see startup)."""
    startup.hold_collector()
    return main()


if __name__ == "__main__":
    sys.exit(program())
