"""Throughput of many-story comparison: serial, a process pool, and a Dask LocalCluster.

Usage::

    .venv/bin/python benchmarks/bench_many.py                 # 200 stories, 5 sources x 20 sentences, 2 workers
    .venv/bin/python benchmarks/bench_many.py --stories 50 --workers 4

Stories are synthetic (``_synthetic.make_stories``: the seeds with figures swapped,
sentences dropped and reordered, weekdays changed, quotes reworded). Every mode must
give the same reports as the serial run; the script checks that before printing.
Times exclude building the stories and starting the Dask cluster (reported apart),
and include starting the process pool, which ``compare_many`` does on each call.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any

try:  # run as ``python benchmarks/bench_many.py``: this directory is on sys.path
    from _synthetic import make_stories
except ModuleNotFoundError:  # imported as part of a package
    from benchmarks._synthetic import make_stories

import claimdiff
from claimdiff.batch import compare_many


def _timed(run: Callable[[], list[tuple[str, str]]]) -> tuple[float, list[tuple[str, str]]]:
    start = time.perf_counter()
    out = run()
    return time.perf_counter() - start, out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=200, help="number of stories (default 200)")
    parser.add_argument("--sources", type=int, default=5, help="articles per story (default 5)")
    parser.add_argument("--sentences", type=int, default=20, help="sentences per article (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="processes for the pool and the cluster (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic stories (default 0)")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    stories = make_stories(args.stories, n_sources=args.sources, sentences_per_source=args.sentences, seed=args.seed)
    built = time.perf_counter() - start
    chars = sum(len(a.text) for articles in stories.values() for a in articles)
    print(
        f"{len(stories)} stories x {args.sources} sources x {args.sentences} sentences "
        f"({chars / 1e6:.1f} MB of text, built in {built:.1f}s); workers={args.workers}; "
        f"{os.cpu_count()} CPUs; Python {platform.python_version()}; claimdiff {claimdiff.__version__}"
    )
    claimdiff.compare(next(iter(stories.values())))  # warm up: imports, compiled patterns
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"load average at start: {load:.2f} (other work on the machine skews the parallel rows)")

    def dumped(pairs: Iterable[tuple[str, Any]]) -> list[tuple[str, str]]:
        return [(sid, json.dumps(r if isinstance(r, dict) else r.to_dict())) for sid, r in pairs]

    rows: list[tuple[str, float]] = []
    cpu = time.process_time()
    serial_s, reference = _timed(lambda: dumped(compare_many(stories, workers=1)))
    serial_cpu = time.process_time() - cpu
    rows.append(("serial (compare_many workers=1)", serial_s))
    pool_s, pooled = _timed(lambda: dumped(compare_many(stories, workers=args.workers)))
    if pooled != reference:
        print("process pool reports differ from the serial run", file=sys.stderr)
        return 1
    rows.append((f"process pool (compare_many workers={args.workers})", pool_s))

    if not args.no_dask:
        try:
            import dask.bag as db
            from distributed import Client, LocalCluster

            from claimdiff.dask import compare_bag
        except ImportError:
            print("dask[bag] or distributed is not installed: skipping the Dask run", file=sys.stderr)
        else:
            start = time.perf_counter()
            with LocalCluster(
                n_workers=args.workers, processes=True, threads_per_worker=1, dashboard_address=None
            ) as cluster, Client(cluster):
                started = time.perf_counter() - start
                print(f"Dask LocalCluster with {args.workers} worker processes started in {started:.1f}s")
                pairs = list(stories.items())
                compare_bag(db.from_sequence(pairs[:1])).compute()  # warm up: workers import claimdiff
                bag = db.from_sequence(pairs, npartitions=min(len(pairs), 8 * args.workers))
                dask_s, from_dask = _timed(lambda: dumped(compare_bag(bag).compute()))
            if from_dask != reference:
                print("Dask reports differ from the serial run", file=sys.stderr)
                return 1
            rows.append((f"Dask LocalCluster ({args.workers} processes x 1 thread)", dask_s))

    print()
    print(f"{'mode':<46} {'seconds':>8} {'stories/s':>10} {'vs serial':>10}")
    for name, seconds in rows:
        rate = len(stories) / seconds
        print(f"{name:<46} {seconds:>8.2f} {rate:>10.1f} {serial_s / seconds:>9.2f}x")
    print(
        f"\nserial CPU time {serial_cpu:.2f}s for {serial_s:.2f}s of wall time "
        f"({len(stories) / serial_cpu:.1f} stories per CPU-second)"
    )
    print("all modes gave byte-identical reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
