"""The CLI reference in docs/cli.md is generated from the parser and must be current (STYLE #6)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bilateral.cli.main import build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_cli_docs_every_command_has_help() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    names = set(sub.choices)
    assert {"extract", "demo", "evaluate", "ingest", "events", "timeline", "search", "serve", "batch"} <= names
    for action in sub._choices_actions:
        assert action.help, f"command {action.dest} has no help"


def test_cli_docs_reference_is_up_to_date() -> None:
    env = dict(os.environ, COLUMNS="100")
    r = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_cli_docs.py"), "--check"], env=env, cwd=ROOT)
    assert r.returncode == 0, "docs/cli.md is stale: run python scripts/gen_cli_docs.py"
