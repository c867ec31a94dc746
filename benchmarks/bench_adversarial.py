"""Time the stages on adversarial text against ordinary news text of the same size (run on demand).

Ordinary text is the seed articles repeated to ``--size`` characters (1 MB by default).
Each adversarial shape is built to the same size. For each shape the script times
``clean``, ``split_sentences``, ``find_quantities`` and ``find_dates`` on the whole text and
``compare`` (which also reads quotes, names and denials, and aligns) on two articles of half
the size each (the two halves), and prints the seconds and the ratio adversarial / ordinary.

The shapes come in two groups. *Hostile shapes* (the issue's list and more) hold little or
nothing to find: one line without punctuation, 100k periods, "U.S." repeated, 100k digits,
nested quotes and brackets, very long tokens ... The goal there is a ratio of at most 3: no
input shape may make a stage much slower than news of the same length. *Dense shapes* are
made of mentions ("1,1,1,...", "on Thursday, May 4, 2023" repeated): they hold a hundred to
two hundred times the figures and dates of news, so the output itself is that much larger;
the script prints how many quantities and dates each holds, and their ratios show the cost
per mention rather than a pathology. Times are the best of ``--repeat`` runs, in CPU seconds.

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
from claimdiff.text import clean  # noqa: E402


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


#: Hostile shapes: name -> (description, builder of ``size`` characters). Goal: ratio <= 3.
HOSTILE: dict[str, tuple[str, Callable[[int], str]]] = {
    "no_punct": ("one line of news words, no punctuation, no line break", _no_punctuation),
    "periods": ("runs of 100k periods separated by a space", lambda n: _fill("." * 100_000 + " ", n)),
    "spaced_periods": ('". " repeated: a spaced ellipsis 500k periods long', lambda n: _fill(". ", n)),
    "us": ('"U.S. " repeated', lambda n: _fill("U.S. ", n)),
    "digits": ("runs of 100k digits separated by a space", lambda n: _fill("7" * 100_000 + " ", n)),
    "thousands": ('"1,000,000,000,..." one token of digit groups', lambda n: "1" + _fill(",000", n - 1)),
    "spaced_groups": ('"1 000 000 ..." digit groups split by spaces', lambda n: "1" + _fill(" 000", n - 1)),
    "nested": (
        "deeply nested quotes and brackets: (“‘[« ... »]’”)",
        lambda n: _fill("(“‘[«", n // 2) + _fill("»]’”)", n - n // 2),
    ),
    "quotes": ('"\\"" repeated: one million straight quotes', lambda n: _fill('"', n)),
    "long_token": ("tokens of 100k letters", lambda n: _fill("x" * 100_000 + " ", n)),
    "caps": ("ALL-CAPS runs glued to words: HEADLINEWord ...", lambda n: _fill("ABCDEFGHIJKLMNOPQRSTUVWXYZAbc ", n)),
    "abbreviations": ('"e.g. Mr. a.m. No. Inc. " repeated', lambda n: _fill("e.g. Mr. a.m. No. Inc. ", n)),
    "blank_lines": ('" \\n" repeated: half a million blank lines, as scraped pages hold', lambda n: _fill(" \n", n)),
    "short_lines": ('"x\\n" repeated: half a million one-word lines', lambda n: _fill("x\n", n)),
    "questions": ('"? " repeated: half a million spaced marks on one line (one sentence)', lambda n: _fill("? ", n)),
    "one_word": ('"Why? " repeated: two hundred thousand one-word sentences', lambda n: _fill("Why? ", n)),
}
#: Dense shapes: made of mentions, with far more output per character than news.
DENSE: dict[str, tuple[str, Callable[[int], str]]] = {
    "digit_groups": ('"1,1,1,..." one token: a figure every two characters', lambda n: _fill("1,", n)),
    "number_words": ('"one hundred and twenty " repeated', lambda n: _fill("one hundred and twenty ", n)),
    "months": (
        '"on Thursday, May 4, 2023 " repeated: a date every 25 characters',
        lambda n: _fill("on Thursday, May 4, 2023 ", n),
    ),
    "figures_line": (
        '"Officials said 1,000 people met on Thursday and " repeated: one sentence',
        lambda n: _fill("Officials said 1,000 people met on Thursday and ", n),
    ),
}
SHAPES = {**HOSTILE, **DENSE}


def _time(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        func()
        best = min(best, time.process_time() - t0)
    return best


def _compare(text: str) -> object:
    half = len(text) // 2
    articles = [claimdiff.Article("a", text[:half]), claimdiff.Article("b", text[half:])]
    return claimdiff.compare(articles, allow_empty=True)  # a hostile half may clean to nothing


def _measure(text: str, functions: dict[str, Callable[[str], object]], repeat: int) -> dict[str, float]:
    return {name: _time(lambda f=f: f(text), repeat) for name, f in functions.items()}  # type: ignore[misc]


def _mentions(text: str) -> str:
    return f"{len(claimdiff.find_quantities(text)):,}q {len(claimdiff.find_dates(text)):,}d"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", type=int, default=1_000_000, help="characters per text (default 1,000,000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    ap.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES), help="shapes to run")
    ap.add_argument("--no-compare", action="store_true", help="skip compare() (the slowest column)")
    args = ap.parse_args(argv)

    functions: dict[str, Callable[[str], object]] = {
        "clean": clean,
        "split_sentences": claimdiff.split_sentences,
        "find_quantities": claimdiff.find_quantities,
        "find_dates": claimdiff.find_dates,
    }
    if not args.no_compare:
        functions["compare"] = _compare
    _measure(ordinary(args.size // 10), functions, 1)  # warm up: the first call of a stage is slower
    base = _measure(ordinary(args.size), functions, args.repeat)
    names = list(functions)
    print(
        f"size {args.size:,} characters; compare() on two articles of {args.size // 2:,}; "
        f"CPU seconds, best of {args.repeat}"
    )
    head = f"{'shape':<15}" + "".join(f"{n:>18}" for n in names) + f"{'worst':>9}  mentions"
    print(head)
    cells = "".join(f"{base[n]:>11.3f} s     " for n in names)
    print(f"{'ordinary':<15}{cells}{'':>11}{_mentions(ordinary(args.size))}")
    worst = {"hostile": 0.0, "dense": 0.0}
    for shape in args.shapes:
        text = SHAPES[shape][1](args.size)
        got = _measure(text, functions, args.repeat)
        ratios = {n: got[n] / base[n] for n in names}
        group = "hostile" if shape in HOSTILE else "dense"
        worst[group] = max(worst[group], *ratios.values())
        cells = "".join(f"{got[n]:>9.3f} s {ratios[n]:>5.2f}x" for n in names)
        flag = "  > 3" if max(ratios.values()) > 3 else ""
        print(f"{shape:<15}{cells}{max(ratios.values()):>8.2f}x  {_mentions(text)}{flag}", flush=True)
    print(f"worst ratio on hostile shapes: {worst['hostile']:.2f} (goal: at most 3)")
    print(f"worst ratio on dense shapes: {worst['dense']:.2f} (goal: at most 3; cost grows with the mentions found)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
