"""Batch extraction beyond one process: shards of JSONL/Parquet input -> Parquet output.

``run_batch`` plans deterministic shards, skips those finished by an earlier run and runs the rest
on the ``local`` engine (a process pool) or the ``ray`` engine (Ray Data; optional extra). Every
engine runs :func:`~bilateral.batch.partition.process_shard` over the same ``Pipeline.run``.
Output layout: ``OUTPUT/{articles,events,mentions,failures}/<shard>.parquet`` and ``OUTPUT/_done/``.
"""

from __future__ import annotations

from .partition import SCHEMAS, TABLES, BatchSpec, ShardResult, process_shard, run_shard
from .runner import ENGINES, BatchSummary, run_batch
from .shards import Shard, plan_shards, read_shard

__all__ = ["ENGINES", "SCHEMAS", "TABLES", "BatchSpec", "BatchSummary", "Shard", "ShardResult", "plan_shards",
           "process_shard", "read_shard", "run_batch", "run_shard"]
