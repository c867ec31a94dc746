"""Score sentence splitters by boundary F1 on annotated text (a script, run on demand).

Annotated files (``benchmarks/sentences/*.txt``) hold one sentence per line and a blank line
between paragraphs; lines starting with ``#`` are comments. A paragraph is its sentences
joined by a space, or by nothing after a line that ends with ``¦``, or by a line break after
one that ends with ``↵``. A boundary is the offset where a sentence other than the first of a
paragraph starts; a splitter is scored on the boundaries it puts inside each paragraph.

When syntok is installed, its own test text (``syntok.segmenter_test.OSPL``, one sentence per
line, MIT) is scored too, as one paragraph. Splitters that are not installed are skipped:

    pip install pysbd syntok blingfire nupunkt sentencex   # into your own environment only
    python benchmarks/compare_splitters.py [FILE ...] [--errors claimdiff]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

Splitter = Callable[[str], list[str]]
JOINS = {"¦": "", "↵": "\n"}


def read_annotated(path: Path) -> list[tuple[str, set[int]]]:
    """Return (paragraph text, boundary offsets) for each paragraph of an annotated file."""
    paragraphs: list[tuple[str, set[int]]] = []
    lines: list[str] = []
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if raw.startswith("#"):
            continue
        if raw.strip():
            lines.append(raw)
        elif lines:
            paragraphs.append(_paragraph(lines))
            lines = []
    return paragraphs


def _paragraph(lines: list[str]) -> tuple[str, set[int]]:
    text, boundaries, join = "", set(), ""
    for line in lines:
        sentence = line.rstrip("¦↵")
        if text:
            text += join
            boundaries.add(len(text))
        text += sentence
        join = JOINS.get(line[-1:], " ")
    return text, boundaries


def _syntok_paragraphs() -> list[tuple[str, set[int]]]:
    try:
        from syntok import segmenter_test
    except ImportError:
        return []
    return [_paragraph([s for s in segmenter_test.OSPL.split("\n") if s.strip()])]


def boundaries_of(text: str, sentences: list[str]) -> set[int]:
    """Return where each sentence but the first starts, found in order in ``text``."""
    found: set[int] = set()
    pos = 0
    for i, sentence in enumerate(s.strip() for s in sentences):
        if not sentence:
            continue
        at = text.find(sentence, pos)
        if at < 0:  # a splitter that rewrites white space: look for the start only
            at = text.find(sentence[:12], pos)
        if at < 0:
            continue
        if i and at > 0:
            found.add(at)
        pos = at + 1
    return found


def splitters() -> dict[str, Splitter]:
    """Return every splitter that is installed, claimdiff first."""
    import claimdiff

    found: dict[str, Splitter] = {"claimdiff": lambda t: [s.text for s in claimdiff.split_sentences(t)]}
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = segmenter.segment
    except ImportError:
        pass
    try:
        from syntok import segmenter as syntok_segmenter

        def _syntok(text: str) -> list[str]:
            return [
                "".join(t.spacing + t.value for t in sentence).strip()
                for paragraph in syntok_segmenter.analyze(text)
                for sentence in paragraph
            ]

        found["syntok"] = _syntok
    except ImportError:
        pass
    try:
        import blingfire

        found["blingfire"] = lambda t: blingfire.text_to_sentences(t).split("\n")
    except ImportError:
        pass
    try:
        import nupunkt

        found["nupunkt"] = nupunkt.sent_tokenize
    except ImportError:
        pass
    try:
        import sentencex

        found["sentencex"] = lambda t: list(sentencex.segment("en", t))
    except ImportError:
        pass
    return found


def score(split: Splitter, paragraphs: list[tuple[str, set[int]]]) -> tuple[int, int, int, float, list[str]]:
    """Return true positives, false positives, false negatives, seconds and error lines."""
    tp = fp = fn = 0
    seconds = 0.0
    errors: list[str] = []
    for text, gold in paragraphs:
        t0 = time.perf_counter()
        got = boundaries_of(text, split(text))
        seconds += time.perf_counter() - t0
        tp += len(got & gold)
        for at in sorted(got - gold):
            errors.append(f"  FALSE {text[max(0, at - 40):at]!r} | {text[at:at + 30]!r}")
        for at in sorted(gold - got):
            errors.append(f"  MISSED {text[max(0, at - 40):at]!r} | {text[at:at + 30]!r}")
        fp += len(got - gold)
        fn += len(gold - got)
    return tp, fp, fn, seconds, errors


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, help="annotated files (default: benchmarks/sentences/*.txt)")
    ap.add_argument("--errors", default="", help="print the errors of this splitter")
    ap.add_argument("--no-syntok-text", action="store_true", help="leave out syntok's own test text")
    args = ap.parse_args(argv)
    sets = {p.stem: read_annotated(p) for p in args.files or sorted((ROOT / "benchmarks" / "sentences").glob("*.txt"))}
    if not args.no_syntok_text and (ospl := _syntok_paragraphs()):
        sets["syntok_ospl"] = ospl
    peers = splitters()
    print(f"{'set':<16}{'splitter':<12}{'F1':>7}{'P':>7}{'R':>7}{'FP':>5}{'FN':>5}{'ms':>9}")
    for name, paragraphs in sets.items():
        for peer, split in peers.items():
            tp, fp, fn, seconds, errors = score(split, paragraphs)
            precision = tp / (tp + fp) if tp + fp else 1.0
            recall = tp / (tp + fn) if tp + fn else 1.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            print(f"{name:<16}{peer:<12}{f1:>7.3f}{precision:>7.3f}{recall:>7.3f}{fp:>5}{fn:>5}{seconds * 1000:>9.1f}")
            if peer == args.errors and errors:
                print("\n".join(errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
