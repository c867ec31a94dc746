"""Tokens, digit literals, word classes and the token reader of :mod:`claimdiff.numbers`."""

from __future__ import annotations

import contextlib
import gc
import re
from collections.abc import Iterator
from fractions import Fraction
from typing import NamedTuple

from .._lexicon import numbers as lex

Number = int | float


class _Tok(NamedTuple):
    kind: str
    """"url", "chain", "num", "word" or "sym"."""
    start: int
    end: int
    text: str
    low: str


_DIGITS = (
    r"(?<![0-9.])(?:"
    r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}(?![0-9]))+(?:\.[0-9]+)?"
    r"|(?<![0-9][,.])[0-9]+,[0-9]{1,2}(?![0-9]|,[0-9])"
    r"|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?:\^[+-]{0,3}[0-9]+)?"
    r"|\.[0-9]+"
    r")"
)
#: The token rules, tried in order at each position.
_TOKEN_RULES: tuple[tuple[str, str], ...] = (
    ("url", r"(?:https?://|ftp://|www\.)[^\s<>\"“”]+"),
    (
        "chain",
        r"(?<![0-9.])(?:[0-9]+(?:[./][0-9]+){2,}|[0-9]+(?:-[0-9]+){2,}(?:/[0-9]+)?)(?![0-9])"
        # the middle of a list glued by commas, "5,|10,15,20,|25": two or more bare integers
        # (no thousands group), each with its comma; the first and last figures stay "num"
        r"|(?<=[0-9],)(?:(?![0-9]{1,3}(?:,[0-9]{3})+(?![0-9]))[0-9]+,){2,}(?=[0-9])",
    ),
    ("num", _DIGITS),
    ("word", r"[^\W\d_]+(?:['’][^\W\d_]+)?"),
    ("sym", r"\S"),
)
_TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOKEN_RULES))
_SPACE_IN_NUMBER = re.compile(r"[\s,]")
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”", ":", ";", "(", "–", "—"})
_MAX_DIGITS = 40
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


#: Symbol tokens kept at each end of a quiet run; the rules never look further through symbols.
_QUIET_KEEP = 16
#: A quiet run (no letter, digit or "_") is at least this many characters long.
_QUIET_MIN = 64


class _Quiet(NamedTuple):
    """Patterns for quiet runs: the run, and ``keep`` symbols at its start (matched forwards
    for the head, on the reversed run for the tail)."""

    run: re.Pattern[str]
    ends: re.Pattern[str]


def _quiet(keep: int, least: int) -> _Quiet:
    return _Quiet(re.compile(rf"(?<!\W)\W{{{least},}}"), re.compile(rf"\s*(?:[^\w\s]\s*){{{keep - 1}}}[^\w\s]"))


_QUIET = _quiet(_QUIET_KEEP, _QUIET_MIN)


def _tokenize(text: str, quiet: _Quiet | None = None) -> list[_Tok]:
    """Split ``text`` into tokens; the middle of a long run of symbols becomes one ``sym`` token.

    Every rule of this stage and of :mod:`claimdiff.dates` reads a few tokens either side of a
    number or a word, never through a dozen symbols, so 100,000 periods hold nothing to read.
    Of a quiet run (symbols and white space only) the first and last ``_QUIET_KEEP`` symbols
    stay tokens of their own, the context a neighbour may read, and the rest becomes one token
    whose text is that whole middle. Otherwise the tokens are exactly those of
    ``_TOKEN.finditer(text)``. This keeps the cost of punctuation-only text far below that of
    prose (one token object per symbol would cost more than prose of the same length).
    """
    quiet = quiet or _QUIET
    out: list[_Tok] = []
    pos = 0
    for run in quiet.run.finditer(text):
        start, end = run.span()
        if end <= pos:
            continue  # inside a URL that ran on over an earlier run
        start = max(start, pos)
        _append_tokens(out, text, pos, start)
        pos = start
        if out and out[-1].end == start:
            # a token may run on into the symbols ("www." + "----", "http" + "://"): let it, as
            # the one-pass tokenizer would
            whole = _TOKEN.match(text, out[-1].start)
            assert whole is not None
            if whole.end() > start:
                out[-1] = _Tok(whole.lastgroup or "", whole.start(), whole.end(), whole.group(), whole.group().lower())
                start = pos = whole.end()
        if end < len(text) and text[end - 1] == "." and "0" <= text[end] <= "9":
            end -= 1  # ".5" is a number: leave its period to the text after the run
        first = quiet.ends.match(text, start, end)
        last_run = quiet.ends.match(text[start:end][::-1])
        if first is None or last_run is None or first.end() >= end - last_run.end():
            continue
        middle_end = end - last_run.end()
        _append_tokens(out, text, start, first.end())
        middle = text[first.end() : middle_end]
        lead = len(middle) - len(middle.lstrip())
        middle = middle.strip()
        if middle:
            begin = first.end() + lead
            out.append(_Tok("sym", begin, begin + len(middle), middle, middle))
        _append_tokens(out, text, middle_end, end)
        pos = end
    _append_tokens(out, text, pos, len(text))
    return out


def _append_tokens(out: list[_Tok], text: str, start: int, end: int, pattern: re.Pattern[str] = _TOKEN) -> None:
    """Append the tokens ``pattern`` finds in ``text[start:end]``; kind is the named group, or ""."""
    # tuple.__new__ skips the NamedTuple's Python-level __new__: a fifth of the time per token
    new = tuple.__new__
    out.extend(
        new(_Tok, (m.lastgroup or "", m.start(), m.end(), word, word.lower()))
        for m in pattern.finditer(text, start, end)
        for word in (m.group(),)
    )


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a stage builds its token and mention lists.

    Hundreds of thousands of small tuples hold no reference cycles, yet each 700 of them
    start a collection that walks the older objects: a third of the tokenizer's time on
    text of short tokens. The collector is restored as it was, also on error.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# --- reading literals -----------------------------------------------------------------------


def _literal(text: str) -> Fraction | None:
    """Read a digit literal ("1,234.5", "1 234", "5,00", "1.3e6", "1.1^-2") as an exact Fraction."""
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
    if len(mantissa) > _MAX_DIGITS or len(magnitude) > 3 or (magnitude and int(magnitude) > 300):
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
    return value


def _out(value: Fraction | None) -> Number | None:
    """Return an int when the value is integral, else a float; None stays None."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    return float(value)


# --- word classes ---------------------------------------------------------------------------


class _W(NamedTuple):
    cls: str
    value: Fraction
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


#: Every word :func:`_word_class` gives a class; any other word is ``_NONE`` (a fast exit).
_CLASS_WORDS = frozenset(
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


def _word_class(tok: _Tok) -> _W:
    if tok.kind == "num":
        value = _literal(tok.text)
        return _NONE if value is None else _W("digits", value)
    if tok.kind != "word":
        return _W("hyphen", Fraction(0)) if tok.text in "-‐‑" else _NONE
    low = tok.low
    if low not in _CLASS_WORDS:
        return _NONE
    if low in lex.UNIT_WORDS:
        return _W("unit", Fraction(lex.UNIT_WORDS[low]))
    if low in lex.TEEN_WORDS:
        return _W("teen", Fraction(lex.TEEN_WORDS[low]))
    if low in lex.TENS_WORDS:
        return _W("tens", Fraction(lex.TENS_WORDS[low]))
    if low == "hundred":
        return _W("hundred", Fraction(100))
    if low in lex.SCALE_WORDS:
        return _W("scale", Fraction(lex.SCALE_WORDS[low]))
    if low in lex.DOZEN_WORDS:
        return _W("dozen", Fraction(12))
    if low in lex.HALF_WORDS:
        return _W("half", Fraction(lex.HALF_WORDS[low]), low.endswith("s"))
    if low in ("a", "an"):
        return _W("a", Fraction(1))
    if low in ("and", "point"):
        return _W(low, Fraction(0))
    return _ordinal_class(low) or _NONE


class _Reader:
    """Token access for one text: word classes cached, helpers for joins."""

    def __init__(self, text: str, toks: list[_Tok]) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self._cls: dict[int, _W] = {}
        self._by_text: dict[tuple[str, str], _W] = {}
        """Word classes by (kind, text): a text repeats its words and figures, each is read once."""

    def cls(self, k: int) -> _W:
        if k >= self.n or k < 0:
            return _NONE
        got = self._cls.get(k)
        if got is None:
            tok = self.toks[k]
            key = (tok.kind, tok.text)
            got = self._by_text.get(key)
            if got is None:
                got = self._by_text[key] = _word_class(tok)
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


class _Num(NamedTuple):
    value: Fraction
    end: int
    atoms: tuple[tuple[int, str, bool], ...]
    """(token index, word class, preceded by "and") of each number word read."""
    scale: int
    """The last scale word's value (1 when none)."""
    words: bool
    """Whether any number word (not only digits) was read."""
