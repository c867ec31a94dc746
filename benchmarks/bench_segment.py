"""Time claimdiff.split_sentences against pySBD on the same text (a script, not a test).

The five seeds are joined with blank lines and the whole repeated 100 times
(about 2 MB). Each splitter runs on it a few times; the best run counts.

    .venv/bin/python benchmarks/bench_segment.py [--repeat 3] [--copies 100]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _best(func: Callable[[str], object], text: str, repeat: int) -> tuple[float, int]:
    best = float("inf")
    count = 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = func(text)
        best = min(best, time.perf_counter() - t0)
        count = len(result)  # type: ignore[arg-type]
    return best, count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per splitter; the best counts")
    parser.add_argument("--copies", type=int, default=100, help="how many times the seeds are repeated")
    args = parser.parse_args(argv)

    from claimdiff.segment import split_sentences

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    text = "\n\n".join(["\n\n".join(seeds)] * args.copies)
    print(f"text: {len(seeds)} seeds x {args.copies} = {len(text):,} characters; best of {args.repeat}")

    ours, n_ours = _best(split_sentences, text, args.repeat)
    print(f"claimdiff.split_sentences: {ours:8.3f} s  {len(text) / ours:>14,.0f} chars/s  {n_ours} sentences")
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed (pip install 'claimdiff[bench]'); no comparison")
        return 0
    segmenter = pysbd.Segmenter(language="en", clean=False)
    theirs, n_theirs = _best(segmenter.segment, text, args.repeat)
    print(f"pysbd 0.3.4 segment:       {theirs:8.3f} s  {len(text) / theirs:>14,.0f} chars/s  {n_theirs} sentences")
    print(f"ratio: claimdiff is {theirs / ours:.1f}x the speed of pySBD")
    return 0


if __name__ == "__main__":
    sys.exit(main())
