"""``bilateral serve`` is registered, documented, and refuses a bad database with a clear error."""

from __future__ import annotations

import pytest

from bilateral.cli.main import build_parser, main


def test_serve_command_is_registered_with_its_options() -> None:
    parser = build_parser()
    args = parser.parse_args(["serve", "--db", "x.db", "--port", "0", "--token", "t", "--max-upload", "1000"])
    assert (args.db, args.port, args.token, args.max_upload, args.host) == ("x.db", 0, "t", 1000, "127.0.0.1")
    sub = next(a for a in parser._actions if a.dest == "command")
    assert "serve" in sub.choices and "127.0.0.1" in sub.choices["serve"].format_help()


def test_serve_command_bad_database_is_a_clear_error(tmp_path: object, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["serve", "--db", "/nonexistent-folder/x.db", "--port", "0"])
    assert code == 2
    err = capsys.readouterr().err
    assert "E400" in err and "does not exist" in err
