from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from batch_corpus import read_rows

from bilateral.cli.main import main


def test_cli_batch_run_reports_progress_and_resumes(corpus: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    assert main(["batch", "run", str(corpus), str(out), "--shard-size", "20", "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "[1/4]" in err and "4 shard(s) (0 done earlier): 58 article(s)" in err and "6 failure(s)" in err
    assert len(read_rows(out, "articles")) == 58
    assert main(["batch", "run", str(corpus.parent / "*.jsonl"), str(out), "--shard-size", "20"]) == 0
    assert "4 shard(s) (4 done earlier)" in capsys.readouterr().err


def test_cli_batch_run_names_a_missing_input(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bilateral.cli.main", "batch", "run", str(tmp_path / "gone.jsonl"),
                           str(tmp_path / "out")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "E101" in done.stderr and "gone.jsonl" in done.stderr and "Traceback" not in done.stderr


def test_cli_batch_run_rejects_bad_worker_count(tmp_path: Path, capsys) -> None:
    assert main(["batch", "run", str(tmp_path), str(tmp_path / "o"), "--engine", "local", "--workers", "0"]) == 2
    assert "--workers" in capsys.readouterr().err
