"""Write docs/cli.md from the CLI's own help texts (run after changing a command).

    python scripts/gen_cli_docs.py            # rewrite docs/cli.md
    python scripts/gen_cli_docs.py --check    # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bilateral.cli.main import build_parser

OUT = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def render() -> str:
    parser = build_parser()
    parts = ["# Command-line reference", "", "Generated from `bilateral --help` by `scripts/gen_cli_docs.py`; "
             "a test keeps it in step with the code.", "", "```", parser.format_help().rstrip(), "```", ""]
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        parts += [f"## bilateral {name}", "", "```", p.format_help().rstrip(), "```", ""]
        nested = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        for action in nested:
            for sub_name, sp in action.choices.items():
                parts += [f"### bilateral {name} {sub_name}", "", "```", sp.format_help().rstrip(), "```", ""]
    return "\n".join(parts)


def main() -> int:
    import os

    os.environ["COLUMNS"] = "100"
    text = render()
    if "--check" in sys.argv:
        return 0 if OUT.exists() and OUT.read_text("utf-8") == text else 1
    OUT.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
