"""Memory stays bounded by the shard, not the input: five times the input, about the same peak."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

from batch_corpus import write_corpus

from bilateral.batch import BatchSpec, plan_shards, run_batch
from bilateral.batch.partition import worker_pipeline


def _peak(corpus: Path, out: Path) -> tuple[int, int]:
    worker_pipeline(BatchSpec())  # the context is built before measuring: it is the same for both runs
    tracemalloc.start()
    try:
        summary = run_batch([corpus], out, workers=1, shard_size=200)
        return tracemalloc.get_traced_memory()[1], summary.articles
    finally:
        tracemalloc.stop()


def test_memory_peak_does_not_grow_with_the_input(tmp_path: Path) -> None:
    small = write_corpus(tmp_path / "small.jsonl", 600, bad_every=0)
    large = write_corpus(tmp_path / "large.jsonl", 3000, bad_every=0)
    assert len(plan_shards([large], 200)) == 16
    peak_small, n_small = _peak(small, tmp_path / "out-small")
    peak_large, n_large = _peak(large, tmp_path / "out-large")
    assert n_large == 5 * n_small - 16  # 4 hand-written documents in each
    assert large.stat().st_size > 4 * small.stat().st_size
    assert peak_large < 1.5 * peak_small, (peak_small, peak_large)
