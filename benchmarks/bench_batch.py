"""Benchmark batch extraction: documents/second and peak memory for plain ``extract``, the local
runner and Ray, on generated corpora of 2, 20 and 200 thousand articles.

Every configuration runs in a fresh child process; the parent samples the resident memory and CPU
time of the child's whole process tree (Ray's raylet, GCS and workers included) every 0.1 s from
/proc and reports the peak memory and total CPU seconds. Throughput is articles / wall-clock seconds
of the run, start-up included (for Ray that is ~4-5 s of cluster start; see the 20k/200k rows for
the steady state). Wall-clock figures suffer when other work shares the machine (the load average
before each run is printed); "docs per CPU s" does much less, and is what capacity estimates use.

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
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

MODES = ("extract", "local-1", "local-2", "ray-1", "ray-2")
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


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


def tree_sample(root: int, cpu: dict[int, float]) -> int:
    """Resident bytes of ``root`` and all its descendants; records each one's CPU seconds in ``cpu``."""
    kids = _children()
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            with open(f"/proc/{pid}/statm") as f:
                total += int(f.read().split()[1]) * PAGE
            with open(f"/proc/{pid}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            cpu[pid] = max(cpu.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / TICKS)
        except (OSError, IndexError, ValueError):
            pass
        stack.extend(kids.get(pid, ()))
    return total


def measure(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[dict[str, Any], int, float]:
    """Run ``cmd``; return its JSON result, the peak RSS of its process tree and the tree's CPU seconds
    (the larger of /proc sampling and the reaped children's rusage)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peak = 0
    cpu: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not stop.is_set():
            peak = max(peak, tree_sample(proc.pid, cpu))
            stop.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return {"error": f"timed out after {timeout:.0f} s"}, peak, 0.0
    finally:
        stop.set()
        sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    reaped = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    cpu_seconds = max(reaped, sum(cpu.values()))
    if proc.returncode != 0:
        return {"error": err.strip().splitlines()[-1] if err.strip() else f"exit {proc.returncode}"}, peak, cpu_seconds
    return json.loads(out.strip().splitlines()[-1]), peak, cpu_seconds


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


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


def corpus_for(data: Path, size: int, paragraphs: int) -> Path:
    from bilateral.batch.synthetic import write_synthetic

    path = data / (f"synthetic-{size}.jsonl" if paragraphs == 1 else f"synthetic-{size}x{paragraphs}.jsonl")
    if not path.exists():
        write_synthetic(path, size, paragraphs=paragraphs)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", default="2000,20000,200000")
    p.add_argument("--modes", default=",".join(MODES), help=f"comma-separated from {', '.join(MODES)}")
    p.add_argument("--data", default="/tmp/bilateral-bench", help="folder for corpora and outputs")
    p.add_argument("--timeout", type=float, default=1800, help="seconds per configuration")
    p.add_argument("--paragraphs", type=int, default=1,
                   help="filled templates per article: 1 (~130 characters, default) or 25 (~3,400, news length)")
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
    print(f"# batch benchmark: {platform.machine()}, {os.cpu_count()} CPU, Python {platform.python_version()}, "
          f"shard size {args.shard_size}, {args.paragraphs} paragraph(s) per article", flush=True)
    print("| articles | input MB | mode | seconds | docs/s | CPU s | docs per CPU s | peak RSS (MB) | output MB "
          "| events | load avg |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        corpus = corpus_for(data, size, args.paragraphs)
        for mode in args.modes.split(","):
            output = data / f"out-{size}-{mode}"
            shutil.rmtree(output, ignore_errors=True)
            cmd = [sys.executable, __file__, "--child", mode, str(corpus), str(output), str(args.shard_size)]
            load = os.getloadavg()[0]
            result, peak, cpu = measure(cmd, env, args.timeout)
            out_mb = folder_bytes(output) / 2**20 if output.exists() else 0.0
            shutil.rmtree(output, ignore_errors=True)
            in_mb = corpus.stat().st_size / 2**20
            row = {"articles": size, "input_mb": round(in_mb, 1), "mode": mode, "peak_rss_mb": round(peak / 2**20),
                   "cpu_seconds": round(cpu, 1), "output_mb": round(out_mb, 1), "load_before": round(load, 2),
                   **result}
            rows.append(row)
            if "error" in result:
                print(f"| {size:,} | {in_mb:.1f} | {mode} | - | - | - | - | {row['peak_rss_mb']} | - | "
                      f"{result['error']} | {load:.1f} |", flush=True)
                continue
            rate = result["articles"] / result["seconds"]
            per_cpu = result["articles"] / max(cpu, 1e-9)
            row["docs_per_second"] = round(rate, 1)
            row["docs_per_cpu_second"] = round(per_cpu, 1)
            print(f"| {size:,} | {in_mb:.1f} | {mode} | {result['seconds']:.1f} | {rate:,.0f} | {cpu:.1f} | "
                  f"{per_cpu:,.0f} | {row['peak_rss_mb']} | {out_mb:.1f} | {result['events']:,} | {load:.1f} |",
                  flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=2), "utf-8")


if __name__ == "__main__":
    main()
