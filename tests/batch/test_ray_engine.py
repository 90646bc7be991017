"""Ray gives the same records as the local runner and plain ``extract``.

Ray runs in a child process with a hard timeout so a stalled cluster can never hang the test run.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from batch_corpus import extract_snapshot, snapshot

from bilateral.batch import run_batch
from bilateral.batch.ray_engine import cpus_per_worker

RAY_TIMEOUT = 240  # seconds; a run here takes ~10 s (about 4 s of it starting the cluster)


def _require_ray() -> None:
    if importlib.util.find_spec("ray") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("ray is not installed on CI: `make test` must install the ray extra")
        pytest.skip("ray extra not installed (pip install 'bilateral[ray]')")


def test_ray_engine_reserves_cpu_for_ray_data_on_small_clusters() -> None:
    assert cpus_per_worker(2, 1) == 1.0
    assert cpus_per_worker(2, 2) == 0.75  # two actors never take both CPUs
    assert cpus_per_worker(64, 8) == 1.0
    assert 0 < cpus_per_worker(1, 4) < 1


@pytest.mark.ray
def test_ray_gives_the_same_records_as_local_and_extract(corpus: Path, tmp_path: Path) -> None:
    _require_ray()
    out = tmp_path / "ray"
    cmd = [sys.executable, "-m", "bilateral.cli.main", "batch", "run", str(corpus), str(out), "--engine", "ray",
           "--workers", "2", "--shard-size", "9"]
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=RAY_TIMEOUT)
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"the ray run did not finish in {RAY_TIMEOUT} s: {(e.stderr or '')[-2000:]}")
    assert done.returncode == 0, done.stderr[-3000:]
    assert "8 shard(s) (0 done earlier)" in done.stderr
    run_batch([corpus], tmp_path / "local", workers=1, shard_size=1000)
    expected = extract_snapshot(corpus)
    assert snapshot(out) == snapshot(tmp_path / "local") == expected
    assert len(expected["articles"]) == 58 and len(expected["failures"]) == 6
    assert len(expected["events"]) > 20 and len(expected["mentions"]) > 100  # the comparison is not vacuous
