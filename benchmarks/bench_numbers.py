#!/usr/bin/env python3
"""Score claimdiff.find_quantities against peers on the shared number cases, and time them.

Usage (from the repository root, with the bench extras installed)::

    .venv/bin/python benchmarks/bench_numbers.py [CASES.json] [--repeat N]

Each reader is scored as ``shared/tools/score_numbers.py`` scores claimdiff: a case passes
when the set of values read equals the expected set (floats to 6 significant digits,
percentages in percent). Throughput is measured on the seeds repeated ``--repeat`` times.

Peers (skipped when not installed):

* text2num ``alpha2digit`` (turns number words into digits) followed by a digit regex;
* quantulum3 ``parser.parse`` (quantities with units; percentages in percent).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASES = ROOT.parent / "shared" / "bench" / "numbers_en.json"
_DIGITS = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")

Reader = Callable[[str], list[float]]


def _key(value: object) -> str | None:
    try:
        return f"{float(str(value).replace(',', '').strip().rstrip('%')):.6g}"
    except (TypeError, ValueError):
        return None


def claimdiff_reader() -> Reader:
    from claimdiff.numbers import find_quantities

    def read(text: str) -> list[float]:
        return [float(q.value) for q in find_quantities(text) if q.value is not None]

    return read


def text2num_reader() -> Reader | None:
    try:
        from text_to_num import alpha2digit
    except ImportError:
        return None

    def read(text: str) -> list[float]:
        try:
            converted = alpha2digit(text, "en")
        except Exception:  # a peer's failure counts as reading nothing
            converted = text
        return [float(m.group().replace(",", "")) for m in _DIGITS.finditer(converted)]

    return read


def quantulum3_reader() -> Reader | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def read(text: str) -> list[float]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return [float(q.value) for q in parser.parse(text)]
        except Exception:  # a peer's failure counts as reading nothing
            return []

    return read


def score(read: Reader, cases: list[dict[str, object]]) -> tuple[int, float]:
    passed = 0
    t0 = time.perf_counter()
    for case in cases:
        text = str(case["input"])
        results = case["results"]
        assert isinstance(results, list)
        want = {k for r in results if (k := _key(r.get("value"))) is not None}
        got = {k for v in read(text) if (k := _key(v)) is not None}
        passed += got == want
    return passed, time.perf_counter() - t0


def throughput(read: Reader, text: str) -> float:
    paragraphs = [p for p in text.split("\n") if p.strip()]
    t0 = time.perf_counter()
    for p in paragraphs:
        read(p)
    return len(text) / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cases", type=Path, nargs="?", default=DEFAULT_CASES)
    ap.add_argument("--repeat", type=int, default=20, help="copies of the seeds for the throughput run")
    args = ap.parse_args(argv)
    cases = json.loads(args.cases.read_text(encoding="utf-8"))
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    corpus = "\n".join([seeds] * args.repeat)
    readers = {
        "claimdiff": claimdiff_reader(),
        "text2num (alpha2digit + regex)": text2num_reader(),
        "quantulum3": quantulum3_reader(),
    }
    print(f"{args.cases.name}: {len(cases)} cases; throughput on the seeds x{args.repeat} ({len(corpus):,} chars)")
    print(f"{'reader':32} {'passed':>8} {'cases/s':>10} {'chars/s':>12}")
    for name, read in readers.items():
        if read is None:
            print(f"{name:32} {'(not installed)':>8}")
            continue
        passed, seconds = score(read, cases)
        rate = throughput(read, corpus)
        print(f"{name:32} {passed:>4}/{len(cases):<3} {len(cases) / seconds:>10,.0f} {rate:>12,.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
