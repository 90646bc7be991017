"""``run_batch``: plan shards, skip the finished ones, run the rest on an engine.

Engines: ``local`` (this machine, a process pool) and ``ray`` (Ray Data, optional extra). Both run
the same partition function and write the same files, so their events are identical.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ConfigError
from .partition import BatchSpec, ShardResult, finished, worker_pipeline
from .shards import Shard, plan_shards

log = logging.getLogger(__name__)

ENGINES = ("local", "ray")


@dataclass
class BatchSummary:
    pipeline: str
    shards: int = 0
    skipped: int = 0  # finished by an earlier run
    articles: int = 0
    events: int = 0
    mentions: int = 0
    failures: int = 0
    seconds: float = 0.0
    results: list[ShardResult] = field(default_factory=list)

    def add(self, r: ShardResult) -> None:
        self.results.append(r)
        self.skipped += r.skipped
        self.articles += r.articles
        self.events += r.events
        self.mentions += r.mentions
        self.failures += r.failures


def run_batch(inputs: Iterable[str | Path], output: str | Path, *, engine: str = "local", workers: int | None = None,
              address: str | None = None, shard_size: int = 2000, config: str | None = None, force: bool = False,
              on_result: Callable[[ShardResult, BatchSummary], None] | None = None) -> BatchSummary:
    """Extract events from JSONL/Parquet documents into Parquet files under ``output``.

    Re-running with the same input and pipeline version skips the shards already finished
    (``force`` redoes them). ``on_result`` is called after every shard (also skipped ones).
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})", "--engine")
    if address and engine != "ray":
        raise ConfigError("--address needs --engine ray", "--address")
    if workers is not None and workers < 1:
        raise ConfigError("--workers must be at least 1", "--workers")
    if shard_size < 1:
        raise ConfigError("--shard-size must be at least 1", "--shard-size")
    began = time.perf_counter()
    spec = BatchSpec(str(Path(config).resolve()) if config else None)  # workers may run elsewhere
    version = worker_pipeline(spec).version  # reused by the in-process local runner
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    shards = plan_shards(inputs, shard_size)
    summary = BatchSummary(pipeline=version, shards=len(shards))

    def report(r: ShardResult) -> None:
        summary.add(r)
        if on_result:
            on_result(r, summary)

    todo: list[Shard] = []
    for shard in shards:
        earlier = None if force else finished(out, shard, version)
        if earlier:
            report(earlier)
        else:
            todo.append(shard)
    log.info("%d shard(s): %d finished earlier, %d to run on %s", len(shards), len(shards) - len(todo), len(todo),
             engine)
    if engine == "ray":
        from .ray_engine import run_ray

        run_ray(todo, spec, out, workers=workers, address=address, on_result=report)
    else:
        from .local import run_local

        run_local(todo, spec, out, workers=workers or (os.cpu_count() or 1), on_result=report)
    summary.seconds = time.perf_counter() - began
    return summary
