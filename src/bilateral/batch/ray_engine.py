"""Ray Data adapter: the only module that imports ray (the ``ray`` extra), and only when called.

The dataset is the list of shard descriptions; ``map_batches`` runs them on a pool of actors, each
building its context once, each calling the same :func:`~bilateral.batch.partition.process_shard`
as the local runner, so both engines write the same files. Documents are read by the workers from
the shard's byte or row range (so a malformed line is a failure row, not a failed read), and each
worker writes its shard's Parquet files atomically (which is what makes a run resumable).

On a cluster, input and output paths must be visible to every node (a shared or network file
system) and ``bilateral`` must be installed on every node.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .partition import BatchSpec, ShardResult, process_shard
from .shards import Shard

log = logging.getLogger(__name__)


class _ShardActor:
    """A Ray Data actor: one pipeline (context) per actor, many shards."""

    def __init__(self, spec: BatchSpec, output: str) -> None:
        self.pipeline = spec.pipeline()
        self.output = output

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        keys = list(batch)
        n = len(batch[keys[0]]) if keys else 0
        results = []
        for i in range(n):
            shard = Shard.from_dict({k: _scalar(batch[k][i]) for k in keys})
            results.append(process_shard(shard, self.output, self.pipeline).to_dict())
        return {k: [r[k] for r in results] for k in ShardResult.__dataclass_fields__}


def _scalar(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError as e:
        raise ConfigError("the ray engine needs the ray extra: pip install 'bilateral[ray]'", "--engine ray") from e
    return ray


def cpus_per_worker(cluster_cpus: float, workers: int) -> float:
    """CPUs to reserve per actor so the actors never take every CPU of a small cluster: Ray Data's
    own tasks need room, or the run can stall (seen with 2 actors on 2 CPUs)."""
    if workers < 1:
        raise ValueError("workers must be >= 1")
    return max(0.1, min(1.0, (cluster_cpus - 0.5) / workers))


def run_ray(shards: Sequence[Shard], spec: BatchSpec, output: str | Path, *, workers: int | None = None,
            address: str | None = None, num_cpus: int | None = None,
            on_result: Callable[[ShardResult], None] | None = None) -> list[ShardResult]:
    """Process ``shards`` on Ray (a new local cluster, or the one at ``address``)."""
    if not shards:
        return []
    ray = _import_ray()
    started = False
    if not ray.is_initialized():
        options: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                   "logging_level": logging.WARNING}
        if address:
            ray.init(address=address, **options)
        else:
            ray.init(num_cpus=num_cpus, **options)
        started = True
    try:
        cluster_cpus = float(ray.cluster_resources().get("CPU", 1))
        if workers is None:
            workers = max(1, int(cluster_cpus) - 1)
        per_worker = cpus_per_worker(cluster_cpus, workers)
        log.info("ray: %d shard(s), %d worker(s) of %.2f CPU on a cluster of %.0f CPU",
                 len(shards), workers, per_worker, cluster_cpus)
        context = ray.data.DataContext.get_current()
        context.enable_progress_bars = False
        if not log.isEnabledFor(logging.INFO):  # Ray Data's per-run INFO lines only with -v
            logging.getLogger("ray.data").setLevel(logging.WARNING)
        dataset = ray.data.from_items([s.to_dict() for s in shards], override_num_blocks=len(shards))
        dataset = dataset.map_batches(_ShardActor, fn_constructor_args=(spec, str(Path(output).resolve())),
                                      batch_size=1, compute=ray.data.ActorPoolStrategy(size=workers),
                                      num_cpus=per_worker,
                                      batch_format="numpy")
        results: list[ShardResult] = []
        for row in dataset.iter_rows():
            result = ShardResult.from_dict({k: _scalar(v) for k, v in row.items()})
            results.append(result)
            if on_result:
                on_result(result)
        return results
    finally:
        if started:
            ray.shutdown()
