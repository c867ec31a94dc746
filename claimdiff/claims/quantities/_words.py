"""Digit literals, word classes and the token reader of :mod:`claimdiff.claims.quantities`."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Any, NamedTuple

from ..._lexicon import numbers as lex
from ..tokens import NUM, WORD, Token, TokenKind

Number = int | float
#: A value of the number grammar: exact, an int for whole number words (see ``_W.value``).
Rational = Fraction | int


_SPACE_IN_NUMBER = re.compile(r"[\s,]")
#: Symbols after which a word starts a sentence.
SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”", ":", ";", "(", "–", "—"})
#: Digit literals longer than this are no number.
MAX_DIGITS = 40
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


# --- reading literals -----------------------------------------------------------------------


def _literal(text: str) -> Rational | None:
    """Read a digit literal ("1,234.5", "1 234", "5,00", "1.3e6", "1.1^-2") as an exact value: an
    int when it is whole (see ``_W.value``), else a Fraction."""
    power = None
    if "^" in text:
        text, exp = text.split("^", 1)
        sign = -1 if exp.count("-") % 2 else 1
        digits = exp.lstrip("+-")
        if len(digits) > 3:
            return None
        power = sign * int(digits)
    if "," in text and re.fullmatch(r"[0-9]+,[0-9]{1,2}", text):
        text = text.replace(",", ".")
    text = _SPACE_IN_NUMBER.sub("", text)
    mantissa, _, exponent = text.lower().partition("e")
    magnitude = exponent.lstrip("+-").lstrip("0")  # int() of a long string would raise
    if len(mantissa) > MAX_DIGITS or len(magnitude) > 3 or (magnitude and int(magnitude) > 300):
        return None
    try:
        value = Fraction(text)
    except (ValueError, ZeroDivisionError):
        return None
    if power is not None:
        if value == 0 and power < 0:
            return None
        value = value**power
        if abs(value) > 10**300 or (value != 0 and abs(value) < Fraction(1, 10**300)):
            return None
    return int(value) if value.denominator == 1 else value


def as_number(value: Rational | None) -> Number | None:
    """Return an int when the value is integral, else a float; None stays None."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return float(value)


# --- word classes ---------------------------------------------------------------------------


class _W(NamedTuple):
    cls: str
    value: Rational
    """Whole numbers ("seven", "hundred", "million", "2023", "1,000") are an int: most arithmetic
    of the number grammar is on them, and an int adds and compares in C where a Fraction does
    in Python (every division in the grammar makes its dividend a Fraction first)."""
    plural: bool = False


_NONE = _W("", Fraction(0))


def _ordinal_class(low: str) -> _W | None:
    for table, cls in (
        (lex.ORDINAL_UNIT_WORDS, "ord_unit"),
        (lex.ORDINAL_TEEN_WORDS, "ord_teen"),
        (lex.ORDINAL_TENS_WORDS, "ord_tens"),
        (lex.ORDINAL_SCALE_WORDS, "ord_scale"),
    ):
        if low in table:
            return _W(cls, Fraction(table[low]))
        if low.endswith("s") and low[:-1] in table:
            return _W(cls, Fraction(table[low[:-1]]), True)
    return None


def _ordinal_words() -> frozenset[str]:
    tables = (lex.ORDINAL_UNIT_WORDS, lex.ORDINAL_TEEN_WORDS, lex.ORDINAL_TENS_WORDS, lex.ORDINAL_SCALE_WORDS)
    return frozenset(w + plural for table in tables for w in table for plural in ("", "s"))


#: Every word :func:`word_class` gives a class; any other word is ``_NONE`` (a fast exit).
CLASS_WORDS = frozenset(
    {
        *lex.UNIT_WORDS,
        *lex.TEEN_WORDS,
        *lex.TENS_WORDS,
        "hundred",
        *lex.SCALE_WORDS,
        *lex.DOZEN_WORDS,
        *lex.HALF_WORDS,
        "a",
        "an",
        "and",
        "point",
        *_ordinal_words(),
    }
)


def word_class(tok: Token) -> _W:
    if tok.kind is NUM:
        value = _literal(tok.text)
        return _NONE if value is None else _W("digits", value)
    if tok.kind is not WORD:
        return _W("hyphen", Fraction(0)) if tok.text in "-‐‑" else _NONE
    low = tok.low
    if low not in CLASS_WORDS:
        return _NONE
    if low in lex.UNIT_WORDS:
        return _W("unit", lex.UNIT_WORDS[low])
    if low in lex.TEEN_WORDS:
        return _W("teen", lex.TEEN_WORDS[low])
    if low in lex.TENS_WORDS:
        return _W("tens", lex.TENS_WORDS[low])
    if low == "hundred":
        return _W("hundred", 100)
    if low in lex.SCALE_WORDS:
        return _W("scale", lex.SCALE_WORDS[low])
    if low in lex.DOZEN_WORDS:
        return _W("dozen", 12)
    if low in lex.HALF_WORDS:
        return _W("half", Fraction(lex.HALF_WORDS[low]), low.endswith("s"))
    if low in ("a", "an"):
        return _W("a", Fraction(1))
    if low in ("and", "point"):
        return _W(low, Fraction(0))
    return _ordinal_class(low) or _NONE


class Reader:
    """Token access for one text: word classes cached, helpers for joins."""

    def __init__(self, text: str, toks: list[Token]) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self._cls: dict[int, _W] = {}
        self._by_text: dict[tuple[TokenKind, str], _W] = {}
        """Word classes by (kind, text): a text repeats its words and figures, each is read once."""
        self.cores: dict[int, Any] = {}
        """The numbers read so far, by the token they start at (``_read.read_core``)."""

    def cls(self, k: int) -> _W:
        if k >= self.n or k < 0:
            return _NONE
        got = self._cls.get(k)
        if got is None:
            tok = self.toks[k]
            if tok.kind is WORD and tok.low not in CLASS_WORDS:
                got = _NONE  # most words, as word_class reads them
            else:
                key = (tok.kind, tok.text)
                got = self._by_text.get(key)
                if got is None:
                    got = self._by_text[key] = word_class(tok)
            self._cls[k] = got
        return got

    def low(self, k: int) -> str:
        return self.toks[k].low if 0 <= k < self.n else ""

    def glued(self, k: int) -> bool:
        """Whether token k touches token k-1 (no white space between)."""
        return 0 < k < self.n and self.toks[k - 1].end == self.toks[k].start

    def after_join(self, k: int) -> int:
        """Skip one hyphen at k (glued or spaced) when a number word follows it."""
        if self.cls(k).cls == "hyphen" and self.cls(k + 1).cls not in ("", "hyphen"):
            return k + 1
        return k


class Num(NamedTuple):
    value: Rational
    end: int
    atoms: tuple[tuple[int, str, bool], ...]
    """(token index, word class, preceded by "and") of each number word read."""
    scale: int
    """The last scale word's value (1 when none)."""
    words: bool
    """Whether any number word (not only digits) was read."""
