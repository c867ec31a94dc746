"""Time the stages on adversarial text against ordinary news text of the same size (run on demand).

Ordinary text is the seed articles repeated to ``--size`` characters (1 MB by default).
Each adversarial shape is built to the same size. For each shape the script times
``split_sentences``, ``find_quantities`` and ``find_dates`` on the whole text and
``compare`` on two articles of half the size each (the two halves), and prints the
seconds and the ratio adversarial / ordinary. The goal is a ratio of at most 3
everywhere: no input shape should make a stage much slower than news of the same length.

    python benchmarks/bench_adversarial.py                   # 1 MB, every shape
    python benchmarks/bench_adversarial.py --size 200000     # a quicker run
    python benchmarks/bench_adversarial.py --shapes periods digits --no-compare
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import claimdiff  # noqa: E402


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def ordinary(size: int) -> str:
    """The five seeds joined by blank lines, repeated to ``size`` characters."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    return _fill("\n\n".join(seeds) + "\n\n", size)


def _no_punctuation(size: int) -> str:
    words = ordinary(size // 2).split()
    bare = " ".join("".join(ch for ch in w if ch.isalnum()) or "and" for w in words)
    return _fill(bare + " ", size)


#: Adversarial shapes: name -> (description, builder of ``size`` characters).
SHAPES: dict[str, tuple[str, Callable[[int], str]]] = {
    "no_punct": ("one line of news words, no punctuation, no line break", _no_punctuation),
    "periods": ("runs of 100k periods separated by a space", lambda n: _fill("." * 100_000 + " ", n)),
    "spaced_periods": ('". " repeated: a spaced ellipsis 500k periods long', lambda n: _fill(". ", n)),
    "us": ('"U.S. " repeated', lambda n: _fill("U.S. ", n)),
    "digits": ("runs of 100k digits separated by a space", lambda n: _fill("7" * 100_000 + " ", n)),
    "digit_groups": ('"1,1,1,..." one token', lambda n: _fill("1,", n)),
    "thousands": ('"1,000,000,000,..." one token of digit groups', lambda n: "1" + _fill(",000", n - 1)),
    "spaced_groups": ('"1 000 000 ..." digit groups split by spaces', lambda n: "1" + _fill(" 000", n - 1)),
    "number_words": ('"one hundred and twenty " repeated', lambda n: _fill("one hundred and twenty ", n)),
    "nested": (
        "deeply nested quotes and brackets: (“‘[« ... »]’”)",
        lambda n: _fill("(“‘[«", n // 2) + _fill("»]’”)", n - n // 2),
    ),
    "quotes": ('"\\"" repeated: one million straight quotes', lambda n: _fill('"', n)),
    "long_token": ("tokens of 100k letters", lambda n: _fill("x" * 100_000 + " ", n)),
    "caps": ("ALL-CAPS runs glued to words: HEADLINEWord ...", lambda n: _fill("ABCDEFGHIJKLMNOPQRSTUVWXYZAbc ", n)),
    "months": ('"May 4 May 4 ..." dates and numbers', lambda n: _fill("on Thursday, May 4, 2023 ", n)),
}


def _time(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def _compare(text: str) -> object:
    half = len(text) // 2
    return claimdiff.compare([claimdiff.Article("a", text[:half]), claimdiff.Article("b", text[half:])])


def _measure(text: str, functions: dict[str, Callable[[str], object]], repeat: int) -> dict[str, float]:
    return {name: _time(lambda f=f: f(text), repeat) for name, f in functions.items()}  # type: ignore[misc]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per text (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES), help="shapes to run")
    ap.add_argument("--no-compare", action="store_true", help="skip compare() (the slowest column)")
    args = ap.parse_args(argv)

    functions: dict[str, Callable[[str], object]] = {
        "split_sentences": claimdiff.split_sentences,
        "find_quantities": claimdiff.find_quantities,
        "find_dates": claimdiff.find_dates,
    }
    if not args.no_compare:
        functions["compare"] = _compare
    base = _measure(ordinary(args.size), functions, args.repeat)
    names = list(functions)
    print(f"size {args.size:,} characters; compare() on two articles of {args.size // 2:,}; best of {args.repeat}")
    head = f"{'shape':<15}" + "".join(f"{n:>18}" for n in names) + f"{'worst ratio':>13}"
    print(head)
    print(f"{'ordinary':<15}" + "".join(f"{base[n]:>11.3f} s     " for n in names))
    worst_all = 0.0
    for shape in args.shapes:
        got = _measure(SHAPES[shape][1](args.size), functions, args.repeat)
        ratios = {n: got[n] / base[n] for n in names}
        worst = max(ratios.values())
        worst_all = max(worst_all, worst)
        cells = "".join(f"{got[n]:>9.3f} s {ratios[n]:>5.2f}x" for n in names)
        print(f"{shape:<15}{cells}{worst:>12.2f}x" + ("  > 3" if worst > 3 else ""), flush=True)
    print(f"worst ratio adversarial/ordinary: {worst_all:.2f} (goal: at most 3)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
