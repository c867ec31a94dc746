"""Split text into sentences, keeping every sentence's offsets into the input.

The splitter is a single pass over *candidate* positions, never a rewrite of the
text (compare pySBD, which replaces characters, splits, then searches the pieces
back to recover offsets):

1. **Hard boundaries.** Line breaks (a single newline separates paragraphs in
   scraped news) and the spans a caller asks to skip (boilerplate from
   :func:`claimdiff.text.clean`) cut the text into *blocks*; no sentence crosses one.
2. **Soft boundaries** inside a block come from an ordered table of named rules
   (:data:`SPLIT_RULES`): a terminal mark (``.``, ``?``, ``!``, ``…``) at the end of
   a white-space separated token, bullets and numbered list items, and an ALL-CAPS
   heading glued to the next word. Each terminal mark is then judged by the
   ordered table :data:`PERIOD_RULES` (abbreviations, initials, ellipses, quotes
   with an attribution ...); the first rule that decides wins.
3. Each piece between boundaries is stripped of white space; pieces that hold
   only white space are dropped.

Every regular expression here is free of nested quantifiers, every scan moves
forward, and each character is read a bounded number of times (a mark looks back
over its own token and ahead over the next two), so the time is linear in the
length of the input whatever it holds.

**Verdict memo.** A verdict is a function of the text the rules can see, so one call
of :func:`split_sentences` remembers verdicts by that text, and text dense in
candidates (``"U.S. U.S. ..."``, a long list of ``"x. "``, abbreviations) judges
each distinct mark once. The key *is* the text: a :class:`_Mark` is built from its
key alone, so no verdict can depend on anything the key does not hold. The narrow
key holds the token, the white space and the next token after it, and the sentence
before the token when that is at most 8 characters long (else None), which is all
most marks need. When a rule asks a narrow mark for more (an attribution reads 160
characters ahead, an initial the previous token, a time of day the sentence so far),
the mark sets its flag ``needs_wide``, the verdict it gave is dropped, and it is judged
on its wide key: up to 120 characters before the token and at least 160 after the mark. A mark with closing quotes takes
its wide key at once. A spaced ellipsis is read from the block and never remembered.
Without the memo (``_split(..., memo=False)``) every mark is judged on a key of 4096
characters each side, far more than any rule reads; a property test checks that both
give the same sentences, so the keys hold all the rules need.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from ..errors import InvalidArgument, short_repr
from ..models import Sentence, Skip
from .layout import CUT_HINT_RE as _CUT_HINT_RE
from .layout import Breaks as _Breaks
from .layout import dot_tail as _dot_tail
from .rules import CANDIDATE_NEXT_RE as _CANDIDATE_NEXT_RE
from .rules import MAX_LOOKBACK as _MAX_LOOKBACK
from .rules import NARROW_BEFORE as _NARROW_BEFORE
from .rules import PERIOD_RULES
from .rules import TOKEN_RE as _TOKEN_RE
from .rules import Mark as _Mark

__all__ = ["PERIOD_RULES", "SPLIT_RULES", "split_sentences"]

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A block: the characters of a line from its first that is not white space (blank lines hold none).
_BLOCK_RE = re.compile(f"\\S[^{_LINE_BREAKS}]*")
#: A block longer than this is cut in full without a look for a hint: news paragraphs all hold one.
_SHORT_LINE = 40
#: Pieces of a block below which they are read one by one rather than with maps (cheaper for few).
_FEW_PIECES = 24
#: Splits a run of lines into white space and the lines between it, which it captures stripped.
_STRIPPED_SPLIT_RE = re.compile(f"(\\S(?:[^{_LINE_BREAKS}]*\\S)?)")
#: Characters after a mark in the wide memo key: the most a rule reads (``attribution``).
_WIDE_AFTER = 160
#: Characters before and after a mark that ``_split(..., memo=False)`` gives every mark:
#: far more than any rule reads, so that a test can check that the keys hold enough.
_REFERENCE_REACH = 4096
#: Entries each table of the memo holds before it starts again, so that its memory stays bounded.
_MEMO_SIZE = 4096
#: A narrow memo key: the sentence before the token if that is at most 8 characters long
#: (else nothing), the token, the white space and the next token after it, as one string. The
#: memo keeps one table per length of the sentence before the token (and one for "longer"), so
#: that the string and its table tell where the token starts; one string is cheaper to cut and
#: hash than a pair, which counts where a line holds a mark every few characters.
_NarrowKey = tuple[int, str]
#: A wide memo key: the sentence before the token (at most ``reach`` characters of it), and
#: the token and at least 160 characters after the mark.
_WideKey = tuple[str, str]


# --------------------------------------------------------------------------------------
# Split rules: each yields boundary offsets within a block.


def _judge(mark: _Mark) -> tuple[str, bool]:
    for name, rule in PERIOD_RULES:
        verdict = rule(mark)
        if verdict is not None:
            return name, verdict
    return "default", True  # pragma: no cover - _rule_default always decides


#: Where a mark is: (sentence start, token start, end of the mark, end of the next token).
_At = tuple[int, int, int, int]


_K = TypeVar("_K")


class _Memo:
    """Verdicts of one call of :func:`split_sentences`, by memo key (see the module docstring)."""

    __slots__ = ("keep", "narrow", "wide", "wide_reach", "wider")

    def __init__(self, *, keep: bool) -> None:
        self.keep = keep
        """False for the reference: remember nothing, judge every mark on a key of _REFERENCE_REACH."""
        self.wide_reach = _MAX_LOOKBACK if keep else _REFERENCE_REACH
        """How far a wide key reaches (see :class:`_Mark`): 120, or 4096 for the reference."""
        self.narrow: list[dict[str, bool]] = [{} for _ in range(_NARROW_BEFORE + 1)]
        """Verdicts by narrow key string, in the table of its length before the token (the last: longer)."""
        self.wider: dict[_NarrowKey, bool] = {}
        """Narrow keys whose mark needs the wide key (the value is always True)."""
        self.wide: dict[_WideKey, bool] = {}
        """Verdicts by wide key."""


def _remember(table: dict[_K, bool], key: _K, verdict: bool) -> None:
    """Store an entry, first forgetting the table's others if it is full (bounded memory)."""
    if len(table) >= _MEMO_SIZE:
        table.clear()
    table[key] = verdict


def _wide_key(block: str, at: _At, reach: int) -> _WideKey:
    """Return a wide key: ``reach`` characters before the token, at least 160 after the mark."""
    sentence_start, token_start, end, next_end = at
    stop = token_start - reach
    window = end + (reach if reach > _WIDE_AFTER else _WIDE_AFTER)
    return (
        block[stop if stop > sentence_start else sentence_start : token_start],
        block[token_start : window if window > next_end else next_end],
    )


def _judge_unseen(block: str, key: _NarrowKey | None, at: _At, memo: _Memo) -> tuple[bool, int, int]:
    """Judge a mark that the memo does not answer by its narrow ``key`` (None: not to be tried).

    Returns:
        Whether the mark ends a sentence, where the sentence ends, and where the scan for
        marks goes on (0, or the end of a spaced ellipsis that was read and judged here).
    """
    end = at[2]
    if key is not None and key not in memo.wider:
        gap, text = key
        before, token = (None, text) if gap == _NARROW_BEFORE else (text[:gap], text[gap:])  # the last table: longer
        mark = _Mark(before, token, _NARROW_BEFORE)
        if not mark.dotted:
            _rule, verdict = _judge(mark)
            if not mark.needs_wide:
                _remember(memo.narrow[gap], text, verdict)
                return verdict, end, 0
            _remember(memo.wider, key, True)
    wide = _wide_key(block, at, memo.wide_reach)
    known = memo.wide.get(wide)
    if known is not None:
        return known, end, 0
    mark = _Mark(*wide, memo.wide_reach)
    if mark.dotted:  # a spaced ellipsis may follow: read it from the block, never remember
        mark.dot_tokens, tail_end, mark.after_dots = _dot_tail(block, end)
        _rule, verdict = _judge(mark)
        if mark.dot_tokens:
            return verdict, end if (mark.word or mark.closers) else tail_end, tail_end
        return verdict, end, 0
    _rule, verdict = _judge(mark)
    if memo.keep:
        _remember(memo.wide, wide, verdict)
    return verdict, end, 0


def _boundaries(block: str, memo: _Memo) -> tuple[list[int], list[int] | None]:
    """Return the soft boundary offsets of one block, in increasing order, and where the piece
    after each starts (its first character that is no white space), or None where a cut that
    is no terminal mark's leaves that unknown.

    ``memo`` holds the verdicts of the current call (see the module docstring).
    """
    breaks = _Breaks(block)
    size = len(block)
    reverse = ""  # the block backwards, made when a token has to be read back (most need not)
    cuts: list[int] = []
    append = cuts.append
    heads: list[int] = []  # the next token's start, read with the mark that cuts
    head = heads.append
    sentence_start = size - len(block.lstrip())
    next_start = next_end = -1
    narrow, keep, narrow_before, guard = memo.narrow, memo.keep, _NARROW_BEFORE, breaks.guard
    pos = 0
    while True:
        for cand in _CANDIDATE_NEXT_RE.finditer(block, pos):
            # last: the last terminal mark; the token is often the one after the last mark's
            # token (``next_start``): no need to look back.
            (last, end), after = cand.regs
            token_start = next_start if end == next_end else -1
            next_start, next_end = after
            if end >= guard:
                sentence_start = breaks.catch_up(last, cuts, sentence_start)
                guard = breaks.guard
                if breaks.blocks(last, end):
                    continue
            if token_start < sentence_start:
                if not reverse:
                    reverse = block[::-1]
                back = _TOKEN_RE.match(reverse, size - 1 - last, size - sentence_start)
                token_start = size - back.end() if back else last
            key: _NarrowKey | None = None
            if end == last + 1 and keep:  # no closers: the narrow key first (quotes make rules read far)
                gap = token_start - sentence_start
                if gap < narrow_before:
                    text = block[sentence_start:next_end]
                else:
                    gap, text = narrow_before, block[token_start:next_end]
                verdict = narrow[gap].get(text)
                if verdict is not None:
                    if verdict:
                        append(end)
                        head(next_start)
                        sentence_start = end
                    continue
                key = (gap, text)
            verdict, cut, resume = _judge_unseen(block, key, (sentence_start, token_start, end, next_end), memo)
            if resume:  # after a spaced ellipsis
                if verdict:
                    append(cut)
                    head(-1)
                    sentence_start = cut
                pos = resume
                break
            if verdict:
                append(end)
                head(next_start)
                sentence_start = end
        else:
            break
    breaks.finish(cuts, sentence_start)
    return cuts, heads if len(heads) == len(cuts) and -1 not in heads else None


#: Ordered sources of soft boundaries inside a block (documentation and debugging).
SPLIT_RULES: tuple[tuple[str, str], ...] = (
    ("terminal_mark", "a terminal mark ending a token, judged by PERIOD_RULES; a run of tokens of "
     "question and exclamation marks (\"Wait ! ! !\") is judged at its last mark"),
    ("bullet", "a bullet character after white space starts a new item"),
    ("list_item", "the next number or letter of a list that opens the block starts a new item"),
    ("caps_glue", "an ALL-CAPS run glued to a capitalised word: a heading with no line break"),
    ("cjk_full_stop", "a Chinese or Japanese full stop, question or exclamation mark"),
)


# --------------------------------------------------------------------------------------
# Public API


def _check_skips(skip: Iterable[Skip], length: int) -> list[tuple[int, int]]:
    try:
        items = list(skip)
    except TypeError as exc:
        raise InvalidArgument(f"skip must be an iterable of Skip, got {short_repr(skip)}") from exc
    spans: list[tuple[int, int]] = []
    for item in items:
        if not isinstance(item, Skip):
            raise InvalidArgument(f"skip must hold Skip objects, got {short_repr(item)}")
        start, end = min(item.start, length), min(item.end, length)
        if end > start:
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _kept_ranges(length: int, skips: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    pos = 0
    for start, end in skips:
        if start > pos:
            yield pos, start
        pos = max(pos, end)
    if pos < length:
        yield pos, length


def split_sentences(text: str, *, skip: Iterable[Skip] = ()) -> list[Sentence]:
    """Split ``text`` into sentences and headings, with offsets into ``text``.

    Line breaks and skipped spans are hard boundaries; inside a line, terminal
    marks are judged by :data:`PERIOD_RULES`. Sentences hold no leading or trailing
    white space and come in text order without overlap.

    Args:
        text: Any string.
        skip: Spans to leave out (boilerplate, e.g. ``clean(text).skips``); they
            may come in any order and overlap.

    Returns:
        The sentences, each with ``text[s.start:s.end] == s.text``.

    Raises:
        InvalidArgument: ``text`` is not a str, or ``skip`` holds something that is not a Skip.

    >>> [s.text for s in split_sentences("Mr. Smith lives in the U.S. How about you?")]
    ['Mr. Smith lives in the U.S.', 'How about you?']
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    return _split(text, _check_skips(skip, len(text)), memo=True)


def _split(text: str, skips: list[tuple[int, int]], *, memo: bool) -> list[Sentence]:
    """Split ``text`` outside ``skips`` (sorted, merged); ``memo=False`` judges each mark on a reference key.

    Blocks before the next character that may cut one (:data:`CUT_HINT_RE`) are sentences
    whole and are read by one regular expression, so blank and short lines cost little; the
    reference (``memo=False``) reads every block through :func:`_boundaries` instead.
    """
    verdicts = _Memo(keep=memo)
    columns = _Columns()
    for start, stop in _kept_ranges(len(text), skips):
        if not memo:
            for whole in _BLOCK_RE.finditer(text, start, stop):
                columns.add_pieces(whole.start(), whole.group(), *_boundaries(whole.group(), verdicts))
            continue
        pos = start
        while (block := _BLOCK_RE.search(text, pos, stop)) is not None:
            first, end = block.span()
            if end - first > _SHORT_LINE or _CUT_HINT_RE.search(text, first, end):  # the block may be cut
                columns.add_pieces(first, block.group(), *_boundaries(block.group(), verdicts))
                pos = end
                continue
            hint = _CUT_HINT_RE.search(text, end, stop)  # this block and the plain ones before the hint's line
            pos = _line_start(text, end, hint.start()) if hint is not None else stop
            columns.add_lines(first, text[first:pos])
    return Sentence.from_columns(columns.texts, columns.starts, columns.ends)


def _line_start(text: str, pos: int, at: int) -> int:
    """Return where the line that holds ``at`` starts, not before ``pos``."""
    return max(pos, *(text.rfind(char, pos, at) + 1 for char in _LINE_BREAKS))


class _Columns:
    """The texts, starts and ends of the sentences found so far, built with loops that run in C.

    Text of many short lines or marks makes half a million sentences per MB: reading them
    with maps over whole runs, not a Python loop per sentence, keeps that near the cost of news.
    """

    __slots__ = ("ends", "starts", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add_lines(self, base: int, run: str) -> None:
        """Add every line of ``run`` (at offset ``base``) that holds more than white space, stripped."""
        parts = _STRIPPED_SPLIT_RE.split(run)  # white space, a line, white space, ..., white space
        offsets = list(itertools.accumulate(map(len, parts), initial=base))
        self.texts += parts[1::2]
        self.starts += offsets[1:-1:2]
        self.ends += offsets[2:-1:2]

    def add_pieces(self, base: int, block: str, cuts: list[int], heads: list[int] | None = None) -> None:
        """Add the pieces of ``block`` (at offset ``base``) between ``cuts``, stripped; drop blank ones.

        ``block`` starts with a character that is no white space; ``heads``, when known, are where
        the pieces after the cuts start (see :func:`_boundaries`). A paragraph of news holds a few
        pieces, read one by one; a block of many is read with maps, and with the heads known and
        every cut right after a mark, each piece is one slice.
        """
        if len(cuts) >= _FEW_PIECES and heads is not None:
            self._add_sliced(base, block, cuts, heads)
            return
        if len(cuts) < _FEW_PIECES:
            a = 0
            for b in (*cuts, len(block)):
                piece = block[a:b]
                text = piece.strip()
                if text:
                    start = base + a + piece.find(text[0])
                    self.texts.append(text)
                    self.starts.append(start)
                    self.ends.append(start + len(text))
                a = b
            return
        heads, tails = [0, *cuts], [*cuts, len(block)]
        pieces = [block[head:tail] for head, tail in zip(heads, tails, strict=True)]
        right = list(map(str.rstrip, pieces))
        texts = list(map(str.lstrip, right))
        if all(map(operator.is_, right, pieces)):  # no piece ends in white space (a mark cuts after itself)
            ends = list(map(base.__add__, tails))
        else:
            ends = list(map(operator.add, map(base.__add__, heads), map(len, right)))
        starts = list(map(operator.sub, ends, map(len, texts)))
        if not all(texts):  # a blank piece (white space between two cuts) is no sentence
            kept = list(map(bool, texts))
            texts, starts, ends = (list(itertools.compress(column, kept)) for column in (texts, starts, ends))
        self.texts += texts
        self.starts += starts
        self.ends += ends

    def _add_sliced(self, base: int, block: str, cuts: list[int], heads: list[int]) -> None:
        """Add the pieces from each head to the next cut: the cuts end marks (no white space
        before them), so only the last piece may need stripping; a head at the next cut is a
        blank piece."""
        heads, tails = [0, *heads], [*cuts, len(block.rstrip())]
        texts = [block[head:tail] for head, tail in zip(heads, tails, strict=True)]
        starts, ends = list(map(base.__add__, heads)), list(map(base.__add__, tails))
        if not all(texts):
            kept = list(map(bool, texts))
            texts = list(itertools.compress(texts, kept))
            starts, ends = list(itertools.compress(starts, kept)), list(itertools.compress(ends, kept))
        self.texts += texts
        self.starts += starts
        self.ends += ends
