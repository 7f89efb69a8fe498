"""Entry point: a headless command (no Qt imported) or the desktop window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from groupkeeper import cli

    args = cli.build_parser().parse_args(argv)
    if args.command:
        return cli.run(args)
    from groupkeeper.ui.app import run_gui

    code: int = run_gui(args.data, screenshot=args.screenshot, view=args.view)
    return code


if __name__ == "__main__":
    sys.exit(main())
