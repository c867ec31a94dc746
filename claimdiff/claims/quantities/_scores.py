"""Scores and vote tallies ("won 3-2", "a 7-2 vote", "ruled five to two") for :mod:`claimdiff.numbers`.

Two numbers joined by a dash or by "to" are one reading, a score, when the words around say
so (:mod:`claimdiff._lexicon.scores`): a result word just before or after ("won 3-1",
"a 3-2 win", "the 7-2 vote", "by a vote of 7 to 2", "three goals to two"), or, for digits
joined by a dash with the larger tally first ("3-2", "6-3"), a sport or vote word anywhere in
the sentence. Anything else keeps its old reading: a range ("3-5 days", "2019-2021"), two
numbers, a label ("Section 5-2").
"""

from __future__ import annotations

from ..._lexicon import numbers as lex
from ..._lexicon import scores as words
from ...models import Quantity
from ..tokens import NUM, SYM, WORD
from ._nouns import noun_at
from ._read import read_core
from ._words import SENTENCE_END, Reader

_DASHES = frozenset({"-", "‐", "‑", "–", "—"})
#: Tokens read on each side of a score for a sport or vote word.
_WINDOW = 12
#: The most digits of one tally ("234-193" in a legislature; "2019-20" is a season).
_MAX_DIGITS = 3


def _tally(r: Reader, k: int) -> tuple[int, int, bool] | None:
    """Read one tally at k: (value, end, in words). Whole numbers below 1000 only."""
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return None
    if tok.kind is NUM:
        if not tok.text.isdigit() or len(tok.text) > _MAX_DIGITS:
            return None
        return int(tok.text), k + 1, False
    if tok.kind is not WORD:
        return None
    core = read_core(r, k)
    if core is None or core.kind != "cardinal" or not core.words or core.value is None:
        return None
    if core.value.denominator != 1 or not 0 <= core.value < 1000 or core.approx is not None:
        return None
    return int(core.value), core.end, True


def _joint(r: Reader, k: int) -> tuple[str, int] | None:
    """Read what joins the tallies at k: ("dash", next) for "3-2", "3 – 2"; ("to", next) for
    "7 to 2"; ("noun", next) for "three goals to two", "7 votes to 2"."""
    low = r.low(k)
    if low in _DASHES:
        glued = r.glued(k) and r.glued(k + 1)
        spaced = not r.glued(k) and not r.glued(k + 1)
        return ("dash", k + 1) if glued or spaced else None
    if low == "to":
        return "to", k + 1
    if low in words.SCORE_NOUNS and r.low(k + 1) == "to":
        return "noun", k + 2
    return None


def _in_sentence(r: Reader, start: int, end: int) -> list[str]:
    """Return the lower-case words up to :data:`_WINDOW` tokens either side, within the sentence."""
    out: list[str] = []
    j = start - 1
    while j >= 0 and start - j <= _WINDOW and r.toks[j].text not in (".", "!", "?"):
        out.append(r.toks[j].low)
        j -= 1
    j = end
    while j < r.n and j - end < _WINDOW and r.toks[j].text not in (".", "!", "?"):
        out.append(r.toks[j].low)
        j += 1
    return out


def _cued(r: Reader, k: int, end: int) -> bool:
    """Whether a result word stands just before (three tokens) or just after the score."""
    before = [r.low(j) for j in range(max(0, k - 3), k) if r.toks[j].text not in SENTENCE_END]
    return any(w in words.SCORE_BEFORE for w in before) or r.low(end) in words.SCORE_AFTER


def _followed_by_unit(r: Reader, end: int) -> bool:
    """Whether a unit follows ("3-5 days", "7-2 percent"): then the numbers are a range or two figures."""
    low = r.low(end)
    if low in lex.TIME_UNITS or low in lex.MEASURE_UNITS or low in lex.PERCENT_WORDS or low == "%":
        return True
    return end < r.n and r.glued(end) and r.toks[end].kind is not SYM  # "3-5pm", "2-3m"


def read_score(r: Reader, k: int) -> Quantity | None:
    """Read a score or a vote tally starting at token k, or return None.

    >>> from claimdiff.claims.tokens import tokenize
    >>> text = "The council voted seven to two."
    >>> q = read_score(Reader(text, tokenize(text)), 3)
    >>> q.text, q.tallies, q.unit
    ('seven to two', (7, 2), 'vote')
    """
    first = _tally(r, k)
    if first is None or (k > 0 and r.low(k - 1) in words.NOT_SCORE_BEFORE):
        return None
    joint = _joint(r, first[1])
    if joint is None:
        return None
    second = _tally(r, joint[1])
    if second is None or (joint[0] == "dash" and first[2] != second[2]) or _followed_by_unit(r, second[1]):
        return None
    end = second[1]
    if r.low(end) in words.NOT_SCORE_AFTER:
        return None
    if first[0] < second[0] and r.low(end) not in words.SCORE_AFTER and noun_at(r, end, plural=True) is not None:
        return None  # "scored 3 to 5 points", "won 2-4 seats": a range of a count
    if joint[0] != "noun" and not _cued(r, k, end):
        larger_first = first[0] >= second[0] and not first[2]
        if joint[0] != "dash" or not larger_first or not words.SCORE_CONTEXT.intersection(_in_sentence(r, k, end)):
            return None
    start, stop = r.toks[k].start, r.toks[end - 1].end
    own = [r.low(j) for j in range(k, end)]  # "by 7 votes to 2"
    tally = not words.TALLY_WORDS.isdisjoint([*own, *_in_sentence(r, k, end)])
    return Quantity(
        text=r.text[start:stop],
        start=start,
        end=stop,
        value=None,
        kind="score",
        unit="vote" if tally else "score",
        tallies=(first[0], second[0]),
    )

