"""Benchmark batch extraction: documents/second and peak memory for plain ``extract``, the local
runner and Ray, on generated corpora of 2, 20 and 200 thousand articles.

Every configuration runs in a fresh child process; the parent samples the resident memory of the
child's whole process tree (Ray's raylet, GCS and workers included) every 0.1 s from /proc and
reports the peak. Throughput is articles / wall-clock seconds of the run, start-up included (for
Ray that is ~4-5 s of cluster start; see the 20k/200k rows for the steady state).

    .venv/bin/python benchmarks/bench_batch.py                         # everything (long)
    .venv/bin/python benchmarks/bench_batch.py --sizes 2000,20000 --modes extract,local-1,local-2
    .venv/bin/python benchmarks/bench_batch.py --json results.json     # also write the figures

Linux only (reads /proc). Prints a Markdown table; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

MODES = ("extract", "local-1", "local-2", "ray-1", "ray-2")
PAGE = os.sysconf("SC_PAGE_SIZE")


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry))
    return kids


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants."""
    kids = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
        except OSError:
            pass
        stack.extend(kids.get(pid, ()))
    return total


def measure(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[dict[str, Any], int]:
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_rss(proc.pid))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return {"error": f"timed out after {timeout:.0f} s"}, peak
    finally:
        stop.set()
        sampler.join()
    if proc.returncode != 0:
        return {"error": err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}"}, peak
    return json.loads(out.strip().splitlines()[-1]), peak


def child(mode: str, corpus: str, output: str, shard_size: int) -> None:
    """Run one configuration in this (fresh) process and print its figures as JSON."""
    began = time.perf_counter()
    if mode == "extract":
        from bilateral.config import load_settings
        from bilateral.context import Context
        from bilateral.extraction import extract_paths

        events = 0

        def count(_: Any) -> None:
            nonlocal events
            events += 1

        summary = extract_paths([corpus], Context.load(load_settings()), on_event=count)
        result = {"articles": summary.articles, "events": events, "failures": len(summary.failures)}
    else:
        from bilateral.batch import run_batch

        engine, workers = mode.split("-")
        s = run_batch([corpus], output, engine=engine, workers=int(workers), shard_size=shard_size)
        result = {"articles": s.articles, "events": s.events, "failures": s.failures}
    result["seconds"] = time.perf_counter() - began
    print(json.dumps(result))


def corpus_for(data: Path, size: int) -> Path:
    from bilateral.batch.synthetic import write_synthetic

    path = data / f"synthetic-{size}.jsonl"
    if not path.exists():
        write_synthetic(path, size)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="2000,20000,200000")
    p.add_argument("--modes", default=",".join(MODES), help=f"comma-separated from {', '.join(MODES)}")
    p.add_argument("--data", default="/tmp/bilateral-bench", help="folder for corpora and outputs")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per configuration")
    p.add_argument("--shard-size", type=int, default=1000, help="documents per shard (batch modes)")
    p.add_argument("--json", help="also write the figures to this file")
    p.add_argument("--child", nargs=4, metavar=("MODE", "CORPUS", "OUTPUT", "SHARD_SIZE"), help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child:
        mode, corpus, output, shard_size = args.child
        child(mode, corpus, output, int(shard_size))
        return
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    # plain extract reads a JSONL file whole and refuses files over [ingest] max_bytes: lift the limit
    env = {**os.environ, "BILATERAL_INGEST_MAX_BYTES": str(10**11)}
    rows = []
    print(f"# batch benchmark: {platform.machine()}, {os.cpu_count()} CPU, Python {platform.python_version()}",
          flush=True)
    print("| articles | mode | seconds | docs/s | peak RSS (MB) | events | failures |")
    print("|---:|---|---:|---:|---:|---:|---:|", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = corpus_for(data, size)
        for mode in args.modes.split(","):
            output = data / f"out-{size}-{mode}"
            shutil.rmtree(output, ignore_errors=True)
            cmd = [sys.executable, __file__, "--child", mode, str(corpus), str(output), str(args.shard_size)]
            result, peak = measure(cmd, env, args.timeout)
            shutil.rmtree(output, ignore_errors=True)
            row = {"articles": size, "mode": mode, "peak_rss_mb": round(peak / 2**20), **result}
            rows.append(row)
            if "error" in result:
                print(f"| {size:,} | {mode} | - | - | {row['peak_rss_mb']} | - | {result['error']} |", flush=True)
                continue
            rate = result["articles"] / result["seconds"]
            row["docs_per_second"] = round(rate, 1)
            print(f"| {size:,} | {mode} | {result['seconds']:.1f} | {rate:,.0f} | {row['peak_rss_mb']} | "
                  f"{result['events']:,} | {result['failures']:,} |", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), "utf-8")


if __name__ == "__main__":
    main()
