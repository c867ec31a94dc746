"""Benchmark compare() against the brute-force floors (not a test; run on demand).

A synthetic story of N sources x 40 sentences (N = 10, 50, 200 by default), built by
perturbing the seeds (benchmarks/_synthetic.py). For each N it prints:

* compare() wall time and the peak resident memory of a fresh child process that builds
  the story and runs compare() once (``ru_maxrss``: everything, interpreter included;
  tracemalloc is not used because it slows Python several times over);
* the floor: one ``rapidfuzz.process.cdist`` over all sentence pairs with ``fuzz.ratio``
  (``workers=-1``), the cost of merely scoring every pair in C++;
* at the smallest N, a ``difflib.SequenceMatcher`` all-pairs baseline (pure Python).

Figures are ratios within one run, so the noisy shared machine cancels out.

    python benchmarks/bench_compare.py            # N = 10 50 200
    python benchmarks/bench_compare.py --n 10 50  # a quicker run
"""

from __future__ import annotations

import argparse
import difflib
import itertools
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _synthetic import make_story
from rapidfuzz import fuzz, process

import claimdiff


def sentences_of(story: list[claimdiff.Article]) -> list[str]:
    out = []
    for article in story:
        cleaning = claimdiff.clean(article.text)
        out.extend(s.text for s in claimdiff.split_sentences(article.text, skip=cleaning.skips))
    return out


def child(n: int, sentences: int) -> None:
    """Build one story, run compare() once, print its time, peak RSS and findings as JSON."""
    story = make_story(n, sentences_per_source=sentences, seed=n)
    claimdiff.compare(story[:2])  # load modules and compile patterns outside the timing
    t0 = time.perf_counter()
    report = claimdiff.compare(story)
    seconds = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(json.dumps({"seconds": seconds, "peak_mib": peak, "found": len(report.discrepancies)}))


def time_compare(n: int, sentences: int) -> tuple[float, float, int]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(n), "--sentences", str(sentences)],
        capture_output=True, text=True, check=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    return data["seconds"], data["peak_mib"], data["found"]


def time_cdist(sentences: list[str]) -> float:
    t0 = time.perf_counter()
    process.cdist(sentences, sentences, scorer=fuzz.ratio, workers=-1, dtype="uint8")
    return time.perf_counter() - t0


def time_difflib(sentences: list[str], budget: float = 20.0) -> tuple[float, int]:
    """Return (pairs per second, pairs done) of difflib on all pairs, within a time budget."""
    t0 = time.perf_counter()
    done = 0
    for a, b in itertools.combinations(sentences, 2):
        difflib.SequenceMatcher(None, a, b).ratio()
        done += 1
        if done % 500 == 0 and time.perf_counter() - t0 > budget:
            break
    return done / (time.perf_counter() - t0), done


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, nargs="+", default=[10, 50, 200], help="numbers of sources")
    ap.add_argument("--sentences", type=int, default=40, help="sentences per source")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, args.sentences)
        return 0
    print(f"{'N':>4} {'sentences':>9} {'compare s':>10} {'peak RSS MiB':>12} {'found':>6} {'cdist s':>8} "
          f"{'compare/cdist':>13} {'s per source':>12}")
    smallest = min(args.n)
    for n in args.n:
        story = make_story(n, sentences_per_source=args.sentences, seed=n)
        sentences = sentences_of(story)
        seconds, peak, found = time_compare(n, args.sentences)
        floor = time_cdist(sentences)
        print(f"{n:>4} {len(sentences):>9} {seconds:>10.2f} {peak:>12.1f} {found:>6} {floor:>8.2f} "
              f"{seconds / floor:>13.2f} {seconds / n:>12.3f}", flush=True)
        if n == smallest:
            rate, pairs = time_difflib(sentences)
            total = len(sentences) * (len(sentences) - 1) // 2
            print(f"     difflib all-pairs at N={n}: {rate:,.0f} pairs/s ({pairs:,} of {total:,} pairs timed); "
                  f"all pairs would take {total / rate:.1f} s vs compare() {seconds:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
