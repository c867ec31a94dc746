"""Head nouns of counted phrases ("11 agreements" -> "agreement") for :mod:`claimdiff.numbers`."""

from __future__ import annotations

from ..._lexicon import numbers as lex
from ..._lexicon.dates import MONTHS
from ..._lexicon.stopwords import STOPWORDS
from ..tokens import WORD
from ._words import Reader

# --- head nouns -----------------------------------------------------------------------------


def singular(word: str) -> str:
    low = word.lower().replace("’", "'")
    if low in lex.IRREGULAR_PLURALS:
        return lex.IRREGULAR_PLURALS[low]
    if low in lex.MEASURE_UNITS:
        return lex.MEASURE_UNITS[low]
    if low in lex.INVARIANT_S_NOUNS or len(low) < 3:
        return low
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return low[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def _looks_plural(word: str) -> bool:
    low = word.lower()
    if low in lex.IRREGULAR_PLURALS:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and low not in lex.INVARIANT_S_NOUNS


def _nounish(r: Reader, k: int) -> bool:
    tok = r.toks[k] if k < r.n else None
    if tok is None or tok.kind is not WORD or len(tok.text) < 2:
        return False
    low = tok.low
    if low in STOPWORDS or low in lex.NOT_HEAD_NOUNS or r.cls(k).cls not in ("",):
        return low in lex.IRREGULAR_PLURALS and low not in STOPWORDS
    if low in MONTHS and tok.text[0].isupper():
        return False
    return not (low.endswith(("ly",)) and len(low) > 4)


def noun_at(r: Reader, k: int, *, plural: bool = False) -> tuple[str, int] | None:
    """Find the head noun of a counted phrase starting at k: (singular noun, end index)."""
    for step in range(3):
        j = k + step
        if j >= r.n or not _nounish(r, j):
            return None
        tok = r.toks[j]
        if step and not r.glued(j) and j > 0 and r.toks[j - 1].kind is not WORD:
            return None
        is_plural = _looks_plural(tok.text)
        if tok.low in lex.MEASURE_UNITS or tok.low in lex.TIME_UNITS:
            return singular(tok.text), j + 1
        if not plural or is_plural:
            if step == 0 and tok.text[0].isupper() and not is_plural:
                return None
            if tok.low in lex.SKIPPABLE_BEFORE_NOUN:
                continue
            return singular(tok.text), j + 1
        if tok.low.endswith(("ed", "ing")) and not _participle_before_noun(r, k, j):
            return None  # "three killed in the crash", "the two signed agreements"
    return None


def _participle_before_noun(r: Reader, k: int, j: int) -> bool:
    """Whether the participle ``j`` after a figure (ending at ``k``) qualifies a plural noun
    after it ("three scrubbed attempts", "two missing hikers"): not after "the two", which is
    a subject and its verb ("the two signed agreements")."""
    if j + 1 >= r.n or not _looks_plural(r.toks[j + 1].text) or not _nounish(r, j + 1):
        return False
    return r.low(k - 2) not in _DEFINITE


_DEFINITE = frozenset({"the", "these", "those", "both", "all"})


def partitive_noun(r: Reader, k: int) -> tuple[str, int] | None:
    """Read "of its leaders" after "two": the noun counted by a partitive."""
    if r.low(k) != "of" or r.low(k + 1) not in ("the", "its", "his", "her", "their", "our", "these", "those"):
        return None
    return noun_at(r, k + 2, plural=True)
