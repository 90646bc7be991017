"""``bilateral batch run``: extract from JSONL/Parquet documents on a process pool or on Ray."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from ..errors import ConfigError


def register(sub: Any) -> None:
    p = sub.add_parser("batch", help="extract from large JSONL/Parquet corpora (local processes or Ray)",
                       description="Batch extraction for corpora too large for `bilateral extract`.")
    bsub = p.add_subparsers(dest="batch_command", metavar="SUBCOMMAND")
    r = bsub.add_parser(
        "run", help="extract events from JSONL/Parquet documents into Parquet files",
        description="Read documents (JSONL lines or Parquet rows with 'text' and optional id, lang, published, "
                    "url, title, source) from INPUT - a file, a folder or a quoted glob - and write "
                    "OUTPUT/articles, OUTPUT/events, OUTPUT/mentions and OUTPUT/failures as Parquet, one file per "
                    "shard. A bad document becomes a failure row; an interrupted run resumes where it stopped "
                    "when re-run (one run per OUTPUT at a time). Exits 0 when every shard finished. Load the result "
                    "with `bilateral ingest OUTPUT`.")
    r.add_argument("input", metavar="INPUT", help="JSONL/Parquet file, folder, or glob such as 'feed/*.jsonl'")
    r.add_argument("output", metavar="OUTPUT", help="output folder (created if missing)")
    r.add_argument("--engine", choices=["local", "ray"], default="local",
                   help="local: worker processes on this machine (default); "
                        "ray: Ray Data (pip install 'bilateral[ray]')")
    r.add_argument("--address", metavar="ADDRESS",
                   help="Ray cluster to join, e.g. ray://head:10001 or auto (default: start a local one)")
    r.add_argument("--workers", type=int, metavar="N",
                   help="worker processes or Ray actors (default: CPUs for local, CPUs - 1 for a local Ray)")
    r.add_argument("--shard-size", type=int, default=2000, metavar="N",
                   help="documents per shard, the unit of work and of resuming (default 2000)")
    r.add_argument("--force", action="store_true", help="redo shards finished by an earlier run")
    r.add_argument("--quiet", action="store_true", help="no progress lines")
    r.set_defaults(handler=cmd_run)
    p.set_defaults(handler=lambda args: (p.print_help(), 2)[1])


def cmd_run(args: argparse.Namespace) -> int:
    try:
        from ..batch import run_batch
    except ModuleNotFoundError as e:
        raise ConfigError(f"batch needs {e.name}: pip install 'bilateral[parquet]'", "bilateral batch") from e
    began = time.perf_counter()
    engine = "ray" if args.address else args.engine

    def progress(r: Any, s: Any) -> None:
        if args.quiet:
            return
        done = len(s.results)
        fresh = sum(x.articles for x in s.results if not x.skipped)
        rate = fresh / max(time.perf_counter() - began, 1e-9)
        state = ("skipped (done earlier)" if r.skipped
                 else f"{r.articles} articles, {r.events} events, {r.failures} failures")
        print(f"[{done}/{s.shards}] {r.path} rows {r.start + 1}-{r.stop}: {state}; total {s.articles} articles, "
              f"{rate:,.0f} new docs/s", file=sys.stderr)

    s = run_batch([args.input], args.output, engine=engine, workers=args.workers, address=args.address,
                  shard_size=args.shard_size, config=getattr(args, "config", None), force=args.force,
                  on_result=progress)
    print(f"{s.shards} shard(s) ({s.skipped} done earlier): {s.articles} article(s), {s.events} event(s), "
          f"{s.mentions} mention(s), {s.failures} failure(s) in {s.seconds:.1f} s -> {args.output}", file=sys.stderr)
    return 0
