"""Profile compare() on a synthetic story with pyinstrument (run on demand; pip install pyinstrument).

python benchmarks/profile_compare.py            # N = 50 sources x 40 sentences
python benchmarks/profile_compare.py --n 10
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _synthetic import make_story

import claimdiff


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50, help="number of sources")
    args = ap.parse_args()
    import pyinstrument

    story = make_story(args.n, sentences_per_source=40, seed=args.n)
    profiler = pyinstrument.Profiler(interval=0.001)
    t0 = time.perf_counter()
    profiler.start()
    claimdiff.compare(story)
    profiler.stop()
    print(f"compare N={args.n}: {time.perf_counter() - t0:.2f} s")
    print(profiler.output_text(unicode=False, color=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
