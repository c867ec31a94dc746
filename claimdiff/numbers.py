"""Find number-like mentions in text and read each as an interval.

The stage tokenises the text once with one regular expression (no nested
quantifiers, so linear time) and then scans the tokens left to right. At each
token an ordered tuple of named rules (:data:`RULES`) is tried; the first that
matches yields a :class:`~claimdiff.models.Quantity` (or a span to skip, such as a
URL or the day in "June 20") and the scan resumes after it.

How words read (see ``docs/numbers.md`` for the full table):

* exact figures ("11", "eleven", "1,000", "3.5m") have ``low == high == value``;
* "about/around/roughly/some/an estimated X" is ``[0.9 X, 1.1 X]``, approximate;
* "nearly/almost X" is ``[0.9 X, X)``; "more than/over X" is ``(X, None)``;
  "at least X" ``[X, None)``; "up to X" ``(None, X]``; "fewer than/under X" ``(None, X)``;
* "a dozen" is 12, approximate, ``[10, 14]``; "half a dozen" 6, ``[5, 7]``;
* vague plurals have no value: "dozens of" ``[24, 120)``, "hundreds of" ``[200, 1000)``,
  "tens of thousands of" ``[20000, 100000)``; "a couple of" is 2, ``[2, 3]``;
* ranges ("10 to 12", "10-12", "between 10 and 12") have no value and ``low``/``high``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

from ._lexicon import numbers as lex
from ._lexicon.dates import MONTHS, YEAR_CONTEXT_BEFORE
from ._lexicon.stopwords import STOPWORDS
from .errors import InvalidArgument, short_repr
from .models import Quantity

__all__ = ["RULES", "find_quantities", "parse_number_words"]

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
    ("chain", r"(?<![0-9.])(?:[0-9]+(?:[./][0-9]+){2,}|[0-9]+(?:-[0-9]+){2,}(?:/[0-9]+)?)(?![0-9])"),
    ("num", _DIGITS),
    ("word", r"[^\W\d_]+(?:['’][^\W\d_]+)?"),
    ("sym", r"\S"),
)
_TOKEN = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOKEN_RULES))
_SPACE_IN_NUMBER = re.compile(r"[\s,]")
_SENTENCE_END = frozenset({".", "!", "?", '"', "“", "”", ":", ";", "(", "–", "—"})
_MAX_DIGITS = 40
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"})


def _tokenize(text: str) -> list[_Tok]:
    return [_Tok(m.lastgroup or "sym", m.start(), m.end(), m.group(), m.group().lower()) for m in _TOKEN.finditer(text)]


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
    mantissa = text.lower().split("e")[0]
    if len(mantissa) > _MAX_DIGITS or ("e" in text.lower() and abs(int(text.lower().split("e")[1])) > 300):
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


def _word_class(tok: _Tok) -> _W:
    if tok.kind == "num":
        value = _literal(tok.text)
        return _NONE if value is None else _W("digits", value)
    if tok.kind != "word":
        return _W("hyphen", Fraction(0)) if tok.text in "-‐‑" else _NONE
    low = tok.low
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

    def cls(self, k: int) -> _W:
        if k >= self.n or k < 0:
            return _NONE
        got = self._cls.get(k)
        if got is None:
            got = self._cls[k] = _word_class(self.toks[k])
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


# --- the integer grammar --------------------------------------------------------------------


def _below_hundred(r: _Reader, k: int, *, allow_and: bool) -> _Num | None:
    """Read 0..99 at k: a unit, a teen, tens[-unit], "twenty and three" or an integer literal < 100."""
    c = r.cls(k)
    if c.cls in ("unit", "teen"):
        return _Num(c.value, k + 1, ((k, c.cls, False),), 1, True)
    if c.cls == "digits":
        if c.value.denominator == 1 and 0 <= c.value < 100:
            return _Num(c.value, k + 1, ((k, "digits", False),), 1, False)
        return None
    if c.cls != "tens":
        return None
    nk = r.after_join(k + 1)
    u = r.cls(nk)
    if u.cls == "unit" and u.value > 0:
        return _Num(c.value + u.value, nk + 1, ((k, "tens", False), (nk, "unit", False)), 1, True)
    if allow_and and r.cls(k + 1).cls == "and":
        u = r.cls(k + 2)
        follow = r.cls(r.after_join(k + 3))
        if u.cls == "unit" and u.value > 0 and not follow.cls.startswith(("ord", "half")) and follow.cls != "hundred":
            return _Num(c.value + u.value, k + 3, ((k, "tens", False), (k + 2, "unit", True)), 1, True)
    return _Num(c.value, k + 1, ((k, "tens", False),), 1, True)


def _small(r: _Reader, k: int) -> _Num | None:
    """Read a group below a thousand: "three hundred and two", "ninety-five hundred", "322 hundred"."""
    c = r.cls(k)
    if c.cls == "a":
        nxt = r.cls(k + 1)
        if nxt.cls in ("hundred", "scale") or (nxt.cls == "dozen" and not r.low(k + 1).endswith("s")):
            head = _Num(Fraction(1), k + 1, ((k, "a", False),), 1, True)
        else:
            return None
    elif c.cls == "digits":
        head = _Num(c.value, k + 1, ((k, "digits", False),), 1, False)
    else:
        got = _below_hundred(r, k, allow_and=True)
        if got is None:
            return None
        head = got
    value, end, atoms = head.value, head.end, head.atoms
    nk = r.after_join(end)
    if r.cls(nk).cls == "dozen" and (head.atoms[-1][1] != "a" or not r.low(nk).endswith("s")):
        return _Num(value * 12, nk + 1, (*atoms, (nk, "dozen", False)), 1, True)
    if r.cls(nk).cls == "hundred" and (value < 100 or c.cls == "digits"):
        value *= 100
        end = nk + 1
        atoms = (*atoms, (nk, "hundred", False))
        k2 = end
        has_and = r.cls(k2).cls == "and"
        if has_and:
            k2 += 1
        rest = _below_hundred(r, k2, allow_and=True)
        if rest is not None and rest.value.denominator == 1:
            rv, rend = rest.value, rest.end
            dz = r.after_join(rend)
            if r.cls(dz).cls == "dozen":
                rv, rend = rv * 12, dz + 1
            first = rest.atoms[0]
            ratoms = ((first[0], first[1], has_and), *rest.atoms[1:])
            return _Num(value + rv, rend, (*atoms, *ratoms), 1, True)
        return _Num(value, end, atoms, 1, True)
    return head


def _spaced_scale(r: _Reader, k: int, digits_only: bool) -> int | None:
    tok = r.toks[k] if k < r.n else None
    if tok is None or tok.kind != "word":
        return None
    c = r.cls(k)
    if c.cls == "scale":
        return int(c.value)
    if digits_only and not r.glued(k):
        if tok.text in lex.SCALE_WORDS_AFTER_DIGITS_CASED:
            return lex.SCALE_WORDS_AFTER_DIGITS_CASED[tok.text]
        return lex.SCALE_WORDS_AFTER_DIGITS.get(tok.low)
    return None


def _integer(r: _Reader, k: int) -> _Num | None:
    """Read a whole number made of groups with falling scales: "4 thousand 3 hundred and 21"."""
    group = _small(r, k)
    if group is None:
        return None
    total = Fraction(0)
    atoms: tuple[tuple[int, str, bool], ...] = ()
    last_scale: int | None = None
    words = False
    end = k
    while True:
        g, e = group.value, group.end
        atoms += group.atoms
        words = words or group.words
        top: int | None = None
        while True:
            s = _spaced_scale(r, e, not group.words)
            if s is None or (top is None and last_scale is not None and s >= last_scale):
                break
            if top is not None and s <= top:
                break
            g *= s
            top = s
            atoms += ((e, "scale", False),)
            e += 1
            words = True
        total += g
        end = e
        if top is None:
            return _Num(total, end, atoms, last_scale or 1, words)
        last_scale = top
        k2 = e + 1 if r.cls(e).cls == "and" else e
        nxt = _small(r, k2)
        if nxt is None or (not nxt.words and _spaced_scale(r, nxt.end, True) is None):
            return _Num(total, end, atoms, last_scale, words)
        s2 = _spaced_scale(r, r.after_join(nxt.end), not nxt.words)
        if (s2 is not None and s2 >= last_scale) or (s2 is None and nxt.value >= last_scale):
            return _Num(total, end, atoms, last_scale, words)
        if r.cls(nxt.end).cls.startswith(("ord", "half")) or r.cls(r.after_join(nxt.end)).cls.startswith("ord"):
            return _Num(total, end, atoms, last_scale, words)
        group = nxt
        if k2 != e:
            first = nxt.atoms[0]
            group = nxt._replace(atoms=((first[0], first[1], True), *nxt.atoms[1:]))


# --- fractions ------------------------------------------------------------------------------


class _Den(NamedTuple):
    value: Fraction
    end: int
    plural: bool
    half: bool


def _denominator(r: _Reader, k: int) -> _Den | None:
    """Read an ordinal used as a denominator: "fifths", "twenty-first", "hundred and fifth"."""
    k = r.after_join(k)
    c = r.cls(k)
    if c.cls == "half":
        return _Den(c.value, k + 1, c.plural, True)
    if r.low(k) in lex.NOT_DENOMINATORS:
        return None
    if c.cls.startswith("ord"):
        return _Den(c.value, k + 1, c.plural, False)
    if c.cls == "tens":
        nk = r.after_join(k + 1)
        o = r.cls(nk)
        if o.cls == "ord_unit" and r.low(nk) not in ("second", "seconds"):
            return _Den(c.value + o.value, nk + 1, o.plural, False)
    return None


def _compound_denominator(r: _Reader, k: int) -> _Den | None:
    """Read "one hundred fifth" (105th) or "one hundred and fifth" as a denominator."""
    head = _small(r, k)
    if head is None or head.value < 100:
        return None
    nk = head.end + 1 if r.cls(head.end).cls == "and" else head.end
    den = _denominator(r, nk)
    if den is None or den.half or den.value >= 100:
        return None
    return den._replace(value=head.value + den.value)


def _fraction_after(r: _Reader, num: _Num) -> tuple[Fraction, int] | None:
    """Read a denominator after a word numerator; return (value, end) or None."""
    if not num.words:
        return None
    n = num.value
    den = _denominator(r, num.end)
    if den is not None:
        last_k, last_cls, last_and = num.atoms[-1]
        if den.half and len(num.atoms) > 1:
            # "one hundred and three quarters": a half or quarter takes a one-word numerator.
            if not last_and or last_cls not in ("unit", "teen"):
                return None
            part = r.cls(last_k).value
            return n - part + part / den.value, den.end
        if (
            not den.half
            and last_cls == "tens"
            and not last_and
            and len(num.atoms) > 1
            and r.cls(r.after_join(num.end)).cls == "ord_unit"
        ):
            # "one hundred thirty fifths": the tens belong to the ordinal (100/35).
            tens = r.cls(last_k).value
            n = n - tens
            den = _denominator(r, last_k)
            if den is None:
                return None
        if den.plural == (n == 1) and not (den.half and n == 1 and den.plural):
            if not den.plural and n != 1:
                return None
            if den.plural and n == 1 and not den.half:
                return None
        if den.value == 0:
            return None
        return n / den.value, den.end
    if num.value == 1 and len(num.atoms) == 1:
        den = _compound_denominator(r, num.end)
        if den is not None and not den.plural:
            return n / den.value, den.end
    return None


def _scale_after_fraction(r: _Reader, k: int) -> tuple[int, int] | None:
    """Read "million", "of a million", "a dozen" after a fraction; return (scale, end)."""
    j = k
    if r.low(j) == "of":
        j += 1
    if r.cls(j).cls == "a":
        j += 1
    c = r.cls(j)
    if c.cls == "scale" or (c.cls == "dozen" and not r.low(j).endswith("s")):
        return int(c.value), j + 1
    return None


def _fraction_phrase(r: _Reader, k: int) -> tuple[Fraction, int, bool] | None:
    """Read a fraction at k: "two thirds", "a half", "half", "a twenty-first"; (value, end, ends_with_scale)."""
    c = r.cls(k)
    if c.cls == "half" and not c.plural:
        value, end = Fraction(1, int(c.value)), k + 1
    else:
        num = _integer(r, k) if c.cls != "a" else _Num(Fraction(1), k + 1, ((k, "a", False),), 1, True)
        if num is None or not num.words:
            return None
        got = _fraction_after(r, num)
        if got is None:
            return None
        value, end = got
    sc = _scale_after_fraction(r, end)
    if sc is not None:
        return value * sc[0], sc[1], True
    return value, end, False


# --- the core reader ------------------------------------------------------------------------


class _Core(NamedTuple):
    value: Fraction | None
    end: int
    kind: str
    words: bool
    scale: int
    unit: str | None = None
    approx: str | None = None
    low: Fraction | None = None
    high: Fraction | None = None


def _glued_suffix(r: _Reader, k: int, value: Fraction) -> tuple[str, object] | None:
    """Classify a word glued after digits: scale, ordinal, decade, unit, percent or id (a code)."""
    if k >= r.n or not r.glued(k) or r.toks[k].kind != "word":
        return None
    raw, low = r.toks[k].text, r.toks[k].low
    digits = r.toks[k - 1].text
    if low in lex.ORDINAL_SUFFIXES and value.denominator == 1:
        return ("ordinal", None)
    if low == "s" and value.denominator == 1:
        return ("decade", None)
    if raw in ("G", "g") and re.fullmatch(r"[0-9]", digits):
        return ("id", None)
    if raw in lex.SCALE_SUFFIXES_CASED:
        return ("scale", lex.SCALE_SUFFIXES_CASED[raw])
    if low in lex.SCALE_SUFFIXES_ANY_CASE:
        return ("scale", lex.SCALE_SUFFIXES_ANY_CASE[low])
    if low in lex.MEASURE_UNITS:
        return ("unit", lex.MEASURE_UNITS[low])
    if low in lex.PERCENT_WORDS:
        return ("percent", None)
    return ("id", None)


def _read_digits(r: _Reader, k: int) -> _Core | None:
    """Read a number that starts with a digit literal at k."""
    c = r.cls(k)
    value = c.value
    suffix = _glued_suffix(r, k + 1, value)
    if suffix is not None:
        what, extra = suffix
        if what == "ordinal":
            return _Core(value, k + 2, "ordinal", False, 1)
        if what == "decade":
            return _Core(value, k + 2, "decade", False, 1)
        if what == "scale":
            assert isinstance(extra, int)
            return _Core(value * extra, k + 2, "cardinal", False, extra)
        if what == "unit":
            assert isinstance(extra, str)
            return _Core(value, k + 2, "cardinal", False, 1, unit=extra)
        if what == "percent":
            return _Core(value, k + 2, "percent", False, 1, unit="percent")
        return _Core(None, k + 2, "id", False, 1)
    # a/b fractions and mixed numbers "2 1/4"
    if r.low(k + 1) == "/" and r.glued(k + 1) and r.glued(k + 2) and r.cls(k + 2).cls == "digits":
        den = r.cls(k + 2).value
        if den != 0 and value.denominator == 1 and den.denominator == 1:
            return _Core(value / den, k + 3, "fraction", False, 1)
    if (
        value.denominator == 1
        and r.cls(k + 1).cls == "digits"
        and r.low(k + 2) == "/"
        and r.glued(k + 2)
        and r.glued(k + 3)
        and r.cls(k + 3).cls == "digits"
        and r.toks[k + 1].text.isdigit()
        and r.toks[k + 3].text.isdigit()
    ):
        num, den = r.cls(k + 1).value, r.cls(k + 3).value
        if 0 < num < den:
            return _Core(value + num / den, k + 4, "fraction", False, 1)
    got = _integer(r, k)
    if got is None:
        return None
    if got.words:
        frac = _and_fraction(r, got)
        if frac is not None:
            return frac
    return _Core(got.value, got.end, "cardinal", got.words, got.scale)


def _and_fraction(r: _Reader, num: _Num) -> _Core | None:
    """Read "... and a half", "... and three quarters million" after a whole number."""
    if r.cls(num.end).cls != "and":
        return None
    frac = _fraction_phrase(r, num.end + 1)
    if frac is None:
        return None
    value, end, scaled = frac
    if not scaled and num.scale >= 10**6:
        value *= num.scale
    return _Core(num.value + value, end, "cardinal", True, num.scale)


def _read_point(r: _Reader, num: _Num) -> _Core | None:
    """Read "point" and the spoken digits after a whole number in words."""
    if r.cls(num.end).cls != "point":
        return None
    k = num.end + 1
    digits = ""
    while True:
        part = _below_hundred(r, k, allow_and=False)
        if part is None or not part.words:
            break
        digits += str(int(part.value))
        k = part.end
    if not digits:
        return None
    return _Core(num.value + Fraction(int(digits), 10 ** len(digits)), k, "cardinal", True, 1)


def _read_words(r: _Reader, k: int) -> _Core | None:
    """Read a number that starts with a word at k."""
    c = r.cls(k)
    if c.cls == "half" and not c.plural:
        frac = _fraction_phrase(r, k)
        if frac is None:
            return None
        kind = "cardinal" if frac[2] else "fraction"
        approx = "dozen" if frac[2] and r.cls(frac[1] - 1).cls == "dozen" else None
        return _Core(frac[0], frac[1], kind, True, 1, approx=approx)
    if c.cls == "a":
        nxt = r.cls(k + 1)
        if (nxt.cls == "half" and not nxt.plural) or nxt.cls.startswith("ord") or nxt.cls == "tens":
            frac = _fraction_phrase(r, k)
            if frac is None:
                return None
            if not frac[2] and nxt.cls != "half" and not r.low(frac[1] - 1).endswith("s") and _noun_at(r, frac[1]):
                return _read_ordinal(r, k + 1)  # "a fifth term" is a rank
            approx = "dozen" if frac[2] and r.cls(frac[1] - 1).cls == "dozen" else None
            return _Core(frac[0], frac[1], "cardinal" if frac[2] else "fraction", True, 1, approx=approx)
    if c.cls.startswith("ord"):
        return _read_ordinal(r, k)
    if c.cls == "tens" and r.cls(r.after_join(k + 1)).cls == "ord_unit":
        rank = _read_ordinal(r, k)
        if rank is not None:
            return rank
    got = _integer(r, k)
    if got is None:
        return None
    if not got.words:
        return None
    ratio = _fraction_after(r, got)
    if ratio is not None:
        value, end = ratio
        # "one fifth term": a singular ordinal before a noun is a rank.
        singular = not r.low(end - 1).endswith("s") and r.cls(end - 1).cls != "half"
        if got.value == 1 and singular and _noun_at(r, end) is not None:
            return _read_ordinal(r, got.end)
        sc = _scale_after_fraction(r, end)
        if sc is not None:
            return _Core(value * sc[0], sc[1], "cardinal", True, sc[0])
        return _Core(value, end, "fraction", True, 1)
    for reader in (_and_fraction, _read_point):
        core = reader(r, got)
        if core is not None:
            return core
    approx = "dozen" if got.atoms[0][1] == "a" and got.atoms[-1][1] == "dozen" else None
    return _Core(got.value, got.end, "cardinal", True, got.scale, approx=approx)


def _read_ordinal(r: _Reader, k: int) -> _Core | None:
    """Read a rank: "fifth", "twenty-first", "third-largest"."""
    c = r.cls(k)
    if c.cls == "tens":
        nk = r.after_join(k + 1)
        value, end = c.value + r.cls(nk).value, nk + 1
    else:
        if c.cls == "ord_scale" or c.plural:
            return None
        value, end = c.value, k + 1
    if r.cls(end - 1).plural:
        return None
    low = r.low(end - 1)
    if (low, r.low(end)) in lex.NON_RANK_PHRASES or (r.low(k - 1), low) in lex.NON_RANK_PHRASES:
        return None
    if low == "second" and _noun_at(r, end) is None and r.low(end) != "-":
        return None
    return _Core(value, end, "ordinal", True, 1)


def _core(r: _Reader, k: int) -> _Core | None:
    c = r.cls(k)
    if c.cls == "digits":
        return _read_digits(r, k)
    if c.cls in ("", "hyphen", "and", "point", "scale", "hundred", "dozen"):
        return None
    return _read_words(r, k)


# --- head nouns -----------------------------------------------------------------------------


def _singular(word: str) -> str:
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


def _nounish(r: _Reader, k: int) -> bool:
    tok = r.toks[k] if k < r.n else None
    if tok is None or tok.kind != "word" or len(tok.text) < 2:
        return False
    low = tok.low
    if low in STOPWORDS or low in lex.NOT_HEAD_NOUNS or r.cls(k).cls not in ("",):
        return low in lex.IRREGULAR_PLURALS and low not in STOPWORDS
    if low in MONTHS and tok.text[0].isupper():
        return False
    return not (low.endswith(("ly",)) and len(low) > 4)


def _noun_at(r: _Reader, k: int, *, plural: bool = False) -> tuple[str, int] | None:
    """Find the head noun of a counted phrase starting at k: (singular noun, end index)."""
    for step in range(3):
        j = k + step
        if j >= r.n or not _nounish(r, j):
            return None
        tok = r.toks[j]
        if step and not r.glued(j) and j > 0 and r.toks[j - 1].kind != "word":
            return None
        is_plural = _looks_plural(tok.text)
        if tok.low in lex.MEASURE_UNITS or tok.low in lex.TIME_UNITS:
            return _singular(tok.text), j + 1
        if not plural or is_plural:
            if step == 0 and tok.text[0].isupper() and not is_plural:
                return None
            if tok.low in lex.SKIPPABLE_BEFORE_NOUN:
                continue
            return _singular(tok.text), j + 1
        if tok.low.endswith(("ed", "ing")):
            return None
    return None


def _partitive_noun(r: _Reader, k: int) -> tuple[str, int] | None:
    """Read "of its leaders" after "two": the noun counted by a partitive."""
    if r.low(k) != "of" or r.low(k + 1) not in ("the", "its", "his", "her", "their", "our", "these", "those"):
        return None
    return _noun_at(r, k + 2, plural=True)


# --- context tests --------------------------------------------------------------------------


def _sentence_start(r: _Reader, k: int) -> bool:
    if k == 0:
        return True
    prev = r.toks[k - 1]
    return prev.text in _SENTENCE_END or "\n" in r.text[prev.end : r.toks[k].start]


def _near_month(r: _Reader, k: int) -> bool:
    for j in (k - 1, k - 2, k - 3):
        if j >= 0 and r.toks[j].kind == "word" and r.toks[j].low in MONTHS and r.toks[j].text[0].isupper():
            return j == k - 1 or all(r.toks[x].text == "," or r.toks[x].kind == "num" for x in range(j + 1, k))
    return False


def _is_year(r: _Reader, k: int, core: _Core) -> bool:
    tok = r.toks[k]
    if core.kind == "decade":
        return True
    if core.end != k + 1 or not re.fullmatch(r"(?:19|20)[0-9]{2}", tok.text):
        return False
    prev = r.low(k - 1)
    nxt_noun = _noun_at(r, k + 1, plural=True)
    if _near_month(r, k):
        return True
    if nxt_noun is not None and (r.low(nxt_noun[1]) in _DETERMINERS or r.cls(nxt_noun[1]).cls == "digits"):
        return True  # "2024 marks 30 years": the -s word is a verb
    if prev in YEAR_CONTEXT_BEFORE or prev in ("the", "'s", "s"):
        return nxt_noun is None or prev in ("since", "until", "till", "during")
    return _sentence_start(r, k) or (nxt_noun is None and r.low(k + 1) in ("", ",", ".", ")", ";", ":"))


# --- rules ----------------------------------------------------------------------------------


class _Hit(NamedTuple):
    quantity: Quantity | None
    end: int
    """Token index after the match."""


_Rule = Callable[[_Reader, int], "_Hit | None"]


def _skip_url(r: _Reader, k: int) -> _Hit | None:
    return _Hit(None, k + 1) if r.toks[k].kind == "url" else None


def _skip_identifier(r: _Reader, k: int) -> _Hit | None:
    """Skip numbers glued to a word before them ("G7", "A320", "MH17")."""
    tok = r.toks[k]
    if tok.kind in ("num", "chain") and r.glued(k) and r.toks[k - 1].kind == "word":
        end = k + 1
        while end < r.n and r.glued(end) and r.toks[end].kind in ("word", "num"):
            end += 1
        return _Hit(None, end)
    return None


def _skip_day_of_month(r: _Reader, k: int) -> _Hit | None:
    """Skip the day in "June 20", "20 June", "May 4th": find_dates reads it."""
    tok = r.toks[k]
    if tok.kind != "num" or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31 or len(tok.text) > 2:
        return None
    end = k + 2 if k + 1 < r.n and r.glued(k + 1) and r.low(k + 1) in lex.ORDINAL_SUFFIXES else k + 1
    before = k > 0 and r.toks[k - 1].low in MONTHS and r.toks[k - 1].text[0].isupper()
    after_k = end + 1 if r.low(end) == "of" else end
    after = after_k < r.n and r.toks[after_k].low in MONTHS and r.toks[after_k].text[0].isupper()
    if before and r.toks[k - 1].low in ("may", "march") and end == k + 1 and r.low(end) not in (",", ".", ""):
        before = False  # "May 4 people": the modal verb
    if before or after:
        return _Hit(None, end)
    return None


def _quantity(
    r: _Reader,
    k0: int,
    k1: int,
    value: Fraction | None,
    *,
    low: Fraction | None,
    high: Fraction | None,
    approximate: bool,
    unit: str | None,
    kind: str,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
) -> Quantity:
    start, end = r.toks[k0].start, r.toks[k1 - 1].end
    return Quantity(
        text=r.text[start:end],
        start=start,
        end=end,
        value=_out(value),
        low=_out(low),
        high=_out(high),
        approximate=approximate,
        unit=unit,
        kind=kind,
        low_inclusive=low_inclusive,
        high_inclusive=high_inclusive,
    )


def _vague_plural(r: _Reader, k: int) -> _Hit | None:
    """Read "dozens of", "hundreds of", "tens of thousands of", "a couple of"."""
    low = r.low(k)
    if low == "a" and r.low(k + 1) == "couple" and r.low(k + 2) == "of":
        noun = _noun_at(r, k + 3, plural=True)
        end = noun[1] if noun else k + 3
        return _Hit(
            _quantity(
                r,
                k,
                end,
                Fraction(2),
                low=Fraction(2),
                high=Fraction(3),
                approximate=True,
                unit=noun[0] if noun else None,
                kind="cardinal",
            ),
            end,
        )
    if low not in lex.VAGUE_PLURALS:
        return None
    scale = lex.VAGUE_PLURALS[low]
    end = k + 1
    if r.low(k + 1) == "of" and r.low(k + 2) in lex.VAGUE_PLURALS and lex.VAGUE_PLURALS[r.low(k + 2)] > scale:
        scale *= lex.VAGUE_PLURALS[r.low(k + 2)]
        end = k + 3
    if low in ("tens",) and end == k + 1:
        return None
    if r.low(end) != "of" and not (k > 0 and r.low(k - 1) in ("by", "the")):
        return None
    if k > 0 and r.cls(k - 1).cls in ("digits", "unit", "teen", "tens", "hundred", "a"):
        return None
    noun = _noun_at(r, end + 1, plural=True) if r.low(end) == "of" else None
    stop = noun[1] if noun else end
    return _Hit(
        _quantity(
            r,
            k,
            stop,
            None,
            low=Fraction(2 * scale),
            high=Fraction(10 * scale),
            approximate=True,
            unit=noun[0] if noun else None,
            kind="cardinal",
            high_inclusive=False,
        ),
        stop,
    )


def _percent_of(r: _Reader, k: int) -> _Hit | None:
    """Read the spec form "percent of 10" (a percentage named before its number)."""
    j = k
    if r.low(j) == "per" and r.low(j + 1) == "cent":
        j += 1
    elif r.low(j) not in ("percent", "percents", "percentage"):
        return None
    if r.low(j + 1) != "of" or (k > 0 and r.cls(k - 1).cls not in ("",)):
        return None
    core = _core(r, j + 2)
    if core is None or core.value is None or core.kind not in ("cardinal",) or _noun_at(r, core.end) is not None:
        return None
    v = core.value
    return _Hit(
        _quantity(r, k, core.end, v, low=v, high=v, approximate=False, unit="percent", kind="percent"), core.end
    )


def _index_approximators() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, name in lex.APPROXIMATORS:
        index.setdefault(words[0], []).append((words, name))
    return {first: tuple(rules) for first, rules in index.items()}


#: APPROXIMATORS by first word, each list still longest-first as in the lexicon.
_APPROXIMATORS_BY_FIRST = _index_approximators()


def _approximator(r: _Reader, k: int) -> tuple[str, int] | None:
    for words, name in _APPROXIMATORS_BY_FIRST.get(r.low(k), ()):
        if all(r.low(k + x) == w for x, w in enumerate(words)):
            return name, k + len(words)
    return None


def _currency_prefix(r: _Reader, k: int) -> tuple[str, int] | None:
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return None
    if tok.kind == "word" and k + 1 < r.n and r.glued(k + 1) and r.toks[k + 1].text == "$":
        code = lex.CURRENCY_SYMBOLS.get(tok.text.upper() + "$")
        if code:
            return code, k + 2
    if tok.kind == "sym" and tok.text in lex.CURRENCY_SYMBOLS:
        return lex.CURRENCY_SYMBOLS[tok.text], k + 1
    if tok.kind == "word" and tok.text.isupper() and tok.low in lex.CURRENCY_CODES and r.cls(k + 1).cls == "digits":
        return tok.low, k + 1
    return None


def _sign(r: _Reader, k: int) -> tuple[int, int]:
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return 1, k
    if tok.low in lex.MINUS_WORDS and r.cls(k + 1).cls not in ("", "hyphen"):
        return -1, k + 1
    if tok.text in ("-", "−") and r.glued(k + 1) and r.cls(k + 1).cls == "digits":
        prev = r.toks[k - 1] if k > 0 else None
        if prev is None or not r.glued(k) or (prev.kind == "sym" and prev.text in "([{=:;,/"):
            return -1, k + 1
    return 1, k


def _suffix_unit(r: _Reader, k: int, kind: str) -> tuple[str, str, int] | None:
    """Read "%", "percent", "per cent", "percentage points", "dollars", "SEK" after a number: (kind, unit, end)."""
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return None
    if tok.text == "%":
        return "percent", "percent", k + 1
    if tok.low == "per" and r.low(k + 1) == "cent":
        return "percent", "percent", k + 2
    if tok.low in ("percentage", "percent") and r.low(k + 1) in ("point", "points"):
        return "percent", "percentage point", k + 2
    if tok.low in lex.PERCENT_WORDS and not (tok.low == "pc" and tok.text != "pc"):
        return "percent", "percent", k + 1
    if tok.kind == "word" and tok.text.isupper() and tok.low in lex.CURRENCY_CODES:
        return "money", tok.low, k + 1
    if tok.low in lex.CURRENCY_WORDS and not (tok.low in ("pound", "pounds") and kind == "ordinal"):
        return "money", lex.CURRENCY_WORDS[tok.low], k + 1
    if tok.low in lex.DOLLAR_COUNTRIES and r.low(k + 1) in ("dollar", "dollars"):
        return "money", lex.DOLLAR_COUNTRIES[tok.low], k + 2
    return None


def _range_end(r: _Reader, k: int, first: _Core, between: bool) -> _Core | None:
    """Read the upper end of "10-12", "10 to 12", "between 10 and 12"."""
    if first.kind not in ("cardinal",) or first.value is None:
        return None
    link = r.low(k)
    if between:
        if link != "and":
            return None
    elif link in ("-", "–", "—"):
        if first.words or (link == "-" and not (r.glued(k) and r.glued(k + 1))):
            return None
    elif link != "to":
        return None
    second = _core(r, k + 1)
    if second is None or second.value is None or second.kind != "cardinal":
        return None
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and low < second.scale:
        low *= second.scale
    if not low < high:
        return None
    return second._replace(low=low, high=high)


def _ratio(r: _Reader, k: int, first: _Core) -> _Core | None:
    """Read "one over three", "1 out of 3", "one in five"."""
    if first.kind != "cardinal" or first.value is None:
        return None
    link = r.low(k)
    j = k + 1
    if link == "out" and r.low(k + 1) == "of":
        j = k + 2
    elif link not in ("over", "in"):
        return None
    second = _core(r, j)
    if second is None or second.value is None or second.kind != "cardinal" or second.value == 0:
        return None
    if link == "in":
        if not (first.value.denominator == 1 and 1 <= first.value <= 10 < second.value * 10):
            return None
        if second.value <= first.value or second.value.denominator != 1 or second.value > 10**6:
            return None
        if _is_year(r, j, second):
            return None
    if link == "over" and (_noun_at(r, second.end) is not None or _suffix_unit(r, second.end, "") is not None):
        return None
    return _Core(first.value / second.value, second.end, "fraction", True, 1)


def _number(r: _Reader, k: int) -> _Hit | None:
    """Read approximator, currency, sign, number, range, scale, unit and head noun starting at k."""
    j = k
    approx: str | None = None
    between = False
    got = _approximator(r, j)
    if got is not None:
        approx, j = got
    elif r.low(j) == "between":
        between, j = True, j + 1
    currency: str | None = None
    cur = _currency_prefix(r, j)
    if cur is not None:
        currency, j = cur
    sign, j = _sign(r, j)
    if j >= r.n:
        return None
    if r.toks[j].kind == "chain":
        return None
    if _pronoun_one(r, j):
        return _Hit(None, j + 1) if r.low(j + 1) in ("of", "another") or j == k else None
    core = _core(r, j)
    if core is None:
        return None
    if core.kind == "id":
        return _Hit(None, core.end)
    if approx == "over" and r.low(core.end) in lex.TIME_UNITS:
        approx = None
        k = j
    if approx is not None and core.kind == "ordinal":
        return None
    value = core.value
    kind, unit, end = core.kind, core.unit, core.end
    low: Fraction | None = None
    high: Fraction | None = None
    if kind == "cardinal" and currency is None and approx is None and not between:
        ratio = _ratio(r, end, core)
        if ratio is not None:
            core, kind, end = ratio, "fraction", ratio.end
            value = ratio.value
    rng = _range_end(r, end, core, between) if kind == "cardinal" else None
    if between and rng is None:
        between = False
        k = j
    if rng is not None:
        low, high, end = rng.low, rng.high, rng.end
        kind, value = "range", None
        core = rng
    if value is not None and sign < 0:
        value = -value
    if kind == "cardinal" and currency is None and not core.words and core.scale == 1:
        suf_scale = None
        if core.kind == "cardinal" and _spaced_scale(r, end, True) is not None:
            suf_scale = _spaced_scale(r, end, True)
        if suf_scale:
            value = None if value is None else value * suf_scale
            end += 1
    suffix = _suffix_unit(r, end, kind) if kind in ("cardinal", "range", "fraction") else None
    if suffix is not None:
        what, unit, end = suffix
        if what == "money" and currency is not None and unit != currency:
            suffix = None
        elif kind != "range":
            kind = what
    if currency is not None:
        if kind not in ("cardinal", "range", "money"):
            return None
        unit = currency
        kind = "money" if kind != "range" else kind
    plain = sign > 0 and currency is None and approx is None
    if kind == "decade" or (kind == "cardinal" and plain and _is_year(r, j, core)):
        year = core.value
        last = year + 9 if kind == "decade" and year is not None and year % 10 == 0 else year
        return _Hit(_quantity(r, j, end, year, low=year, high=last, approximate=False, unit=None, kind="year"), end)
    if kind in ("cardinal", "ordinal", "range") and unit is None:
        noun = _hyphen_noun(r, end)
        if noun is None and kind != "ordinal" and r.low(end) == "of" and value is not None and value >= 2:
            noun = _partitive_noun(r, end)
        if noun is None and not _label_number(r, j):
            count = value if value is not None else high
            noun = _noun_at(r, end, plural=count is not None and count != 1 and kind != "ordinal")
        if noun is not None:
            unit, end = noun
    return _Hit(_interval(r, k, end, value, low, high, approx, core, unit, kind), end)


def _pronoun_one(r: _Reader, j: int) -> bool:
    """Whether "one" at j is a pronoun ("the one you mentioned", "one of his priorities")."""
    if r.low(j) != "one":
        return False
    if r.low(j + 1) in lex.PRONOUN_ONE_AFTER:
        return True
    return r.low(j - 1) in lex.PRONOUN_ONE_BEFORE and not (r.low(j - 1) == "the" and r.cls(j + 1).cls != "")


def _label_number(r: _Reader, k: int) -> bool:
    """Whether the number at k labels something ("COVID-19", "SCP-173") rather than counts."""
    return k >= 2 and r.toks[k - 1].text == "-" and r.glued(k) and r.glued(k - 1) and r.toks[k - 2].kind == "word"


def _hyphen_noun(r: _Reader, k: int) -> tuple[str, int] | None:
    """Read "-gun" in "21-gun", "-nation" in "two-nation", "-year-old" in "30-year-old"."""
    if not (k < r.n and r.toks[k].text in "-‐‑" and r.glued(k) and r.glued(k + 1)):
        return None
    word = r.toks[k + 1] if k + 1 < r.n else None
    if word is None or word.kind != "word" or r.cls(k + 1).cls != "":
        return None
    end = k + 2
    if word.low.endswith("est") and len(word.low) > 4:
        noun = _noun_at(r, end)
        return (noun[0], noun[1]) if noun else (word.low, end)
    if r.low(end) == "-" and r.glued(end) and r.glued(end + 1) and r.low(end + 1) in ("old", "long", "strong", "plus"):
        end += 2
    return _singular(word.text), end


def _interval(
    r: _Reader,
    k: int,
    end: int,
    value: Fraction | None,
    low: Fraction | None,
    high: Fraction | None,
    approx: str | None,
    core: _Core,
    unit: str | None,
    kind: str,
) -> Quantity:
    lo_in = hi_in = True
    approximate = False
    if value is not None and low is None and high is None:
        low = high = value
    if core.approx == "dozen" and value is not None:
        low, high, approximate = value - value / 6, value + value / 6, True
    if approx is not None and value is not None:
        approximate = True
        a, b = sorted((value * Fraction(9, 10), value * Fraction(11, 10)))
        if approx == "about":
            low, high = a, b
        elif approx == "nearly":
            low, high, hi_in = a, value, False
        elif approx == "justover":
            low, high, lo_in = value, b, False
        elif approx == "over":
            low, high, lo_in = value, None, False
        elif approx == "atleast":
            low, high = value, None
        elif approx == "upto":
            low, high = None, value
        elif approx == "under":
            low, high, hi_in = None, value, False
    elif approx is not None and kind == "range":
        approximate = True
    return _quantity(
        r,
        k,
        end,
        value,
        low=low,
        high=high,
        approximate=approximate,
        unit=unit,
        kind=kind,
        low_inclusive=lo_in,
        high_inclusive=hi_in,
    )


def _chain_parts(r: _Reader, k: int) -> _Hit | None:
    """Split "192.168.1.2" or "5/17/2018" into integers (the parts of a code or a date)."""
    tok = r.toks[k]
    if tok.kind != "chain":
        return None
    return _Hit(None, k + 1)


#: The scanning rules, tried in order at each token: (name, rule).
RULES: tuple[tuple[str, _Rule], ...] = (
    ("url", _skip_url),
    ("identifier", _skip_identifier),
    ("chain", _chain_parts),
    ("day_of_month", _skip_day_of_month),
    ("vague_plural", _vague_plural),
    ("percent_of", _percent_of),
    ("number", _number),
)

_CHAIN_PART = re.compile(r"[0-9]+")


def _chain_quantities(text: str, tok: _Tok) -> list[Quantity]:
    out = []
    iso = re.fullmatch(r"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]", tok.text) is not None
    for m in _CHAIN_PART.finditer(tok.text):
        if len(m.group()) > _MAX_DIGITS:
            continue
        v = int(m.group())
        start = tok.start + m.start()
        kind = "year" if re.fullmatch(r"(?:19|20)[0-9]{2}", m.group()) else "cardinal"
        if iso and kind != "year":
            continue
        out.append(Quantity(text=m.group(), start=start, end=start + len(m.group()), value=v, low=v, high=v, kind=kind))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Find every number-like mention in ``text``, sorted by start and non-overlapping.

    Args:
        text: any string; offsets in the result point into it.

    Returns:
        One :class:`~claimdiff.models.Quantity` per mention, with the interval its words allow.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("They signed 11 agreements and about 80 percent agreed.")]
    [('11 agreements', 11, 'agreement'), ('about 80 percent', 80, 'percent')]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    toks = _tokenize(text)
    r = _Reader(text, toks)
    out: list[Quantity] = []
    k = 0
    while k < r.n:
        hit: _Hit | None = None
        for name, rule in RULES:
            hit = rule(r, k)
            if hit is not None:
                if name == "chain":
                    out.extend(_chain_quantities(text, toks[k]))
                break
        if hit is None:
            k += 1
            continue
        if hit.quantity is not None:
            out.append(hit.quantity)
        k = max(hit.end, k + 1)
    return out


def parse_number_words(words: str) -> int | float | None:
    """Read a whole phrase as one number, or return None when it is not exactly one number.

    Handles number words and compounds ("twenty-one", "one hundred and five"),
    digits with scales ("3.5 million"), fractions ("two thirds") and "a dozen".

    Args:
        words: the phrase, e.g. ``"one hundred and five"``.

    Returns:
        The value (int when integral, else float), or None.

    >>> parse_number_words("twenty-one"), parse_number_words("one hundred and five"), parse_number_words("a dozen")
    (21, 105, 12)
    """
    if not isinstance(words, str):
        raise InvalidArgument(f"words must be a str, got {type(words).__name__} {short_repr(words)}")
    toks = _tokenize(words)
    if not toks:
        return None
    r = _Reader(words, toks)
    sign, k = _sign(r, 0)
    core = _core(r, k)
    if core is None or core.value is None or core.end != r.n or core.kind not in ("cardinal", "fraction", "decade"):
        return None
    return _out(core.value * sign)
