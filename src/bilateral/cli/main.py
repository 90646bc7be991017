"""``bilateral`` entry point. Each command module registers its subcommands; handlers call one
library function each and are the only code that prints."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import BilateralError

# command modules, each with register(subparsers); imported lazily by name so that a missing
# optional extra (web, ray) never breaks the other commands
COMMAND_MODULES = ["extract", "evaluate", "db", "serve", "batch"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bilateral",
        description="Turn news articles about relations between states (Arabic, English) into a "
                    "source-linked database of political events.")
    parser.add_argument("--version", action="version", version=f"bilateral {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more log output (-vv for debug)")
    parser.add_argument("--config", metavar="FILE", help="settings file (TOML) over the defaults")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"bilateral.cli.{name}")
        except ModuleNotFoundError as e:
            if e.name and e.name.startswith("bilateral.cli"):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(args.handler(args) or 0)
    except BilateralError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def run() -> None:
    sys.exit(main())


if __name__ == "__main__":
    run()
