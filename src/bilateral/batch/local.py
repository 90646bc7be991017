"""Run shards on one machine: in this process (one worker) or a pool of worker processes.

Each worker process builds its context once (``run_shard`` keeps one pipeline per process); only
shard descriptions go to the workers and only small :class:`ShardResult` records come back, so the
parent's memory does not grow with the input.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from .partition import BatchSpec, ShardResult, run_shard, worker_pipeline
from .shards import Shard


def _init_worker(spec: BatchSpec) -> None:
    worker_pipeline(spec)  # build the context before the first shard arrives


def run_local(shards: Sequence[Shard], spec: BatchSpec, output: str | Path, *, workers: int = 1,
              on_result: Callable[[ShardResult], None] | None = None) -> list[ShardResult]:
    """Process ``shards`` with ``workers`` processes (1 = in this process); results in finishing order."""
    results: list[ShardResult] = []

    def done(r: ShardResult) -> None:
        results.append(r)
        if on_result:
            on_result(r)

    if workers <= 1 or len(shards) <= 1:
        for shard in shards:
            done(run_shard(shard, spec, str(output)))
        return results
    # spawn: workers start clean (no inherited locks or threads), as on macOS and Windows
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                             initargs=(spec,)) as pool:
        pending: set[Future[ShardResult]] = set()
        queue = list(reversed(shards))
        while queue or pending:
            # keep a bounded number of shards in flight
            while queue and len(pending) < 2 * workers:
                pending.add(pool.submit(run_shard, queue.pop(), spec, str(output)))
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                done(future.result())
    return results
