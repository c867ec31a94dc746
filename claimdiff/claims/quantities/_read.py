"""The number grammar of :mod:`claimdiff.numbers`: integers in words and digits, fractions, the core reader."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import NamedTuple

from ..._lexicon import numbers as lex
from ..tokens import WORD
from ._nouns import noun_at
from ._words import Num, Rational, Reader

# --- the integer grammar --------------------------------------------------------------------


def _below_hundred(r: Reader, k: int, *, allow_and: bool) -> Num | None:
    """Read 0..99 at k: a unit, a teen, tens[-unit], "twenty and three" or an integer literal < 100."""
    c = r.cls(k)
    if c.cls in ("unit", "teen"):
        return Num(c.value, k + 1, ((k, c.cls, False),), 1, True)
    if c.cls == "digits":
        if c.value.denominator == 1 and 0 <= c.value < 100:
            return Num(c.value, k + 1, ((k, "digits", False),), 1, False)
        return None
    if c.cls != "tens":
        return None
    nk = r.after_join(k + 1)
    u = r.cls(nk)
    if u.cls == "unit" and u.value > 0:
        return Num(c.value + u.value, nk + 1, ((k, "tens", False), (nk, "unit", False)), 1, True)
    if allow_and and r.cls(k + 1).cls == "and":
        u = r.cls(k + 2)
        follow = r.cls(r.after_join(k + 3))
        if u.cls == "unit" and u.value > 0 and not follow.cls.startswith(("ord", "half")) and follow.cls != "hundred":
            return Num(c.value + u.value, k + 3, ((k, "tens", False), (k + 2, "unit", True)), 1, True)
    return Num(c.value, k + 1, ((k, "tens", False),), 1, True)


def _small(r: Reader, k: int) -> Num | None:
    """Read a group below a thousand: "three hundred and two", "ninety-five hundred", "322 hundred"."""
    c = r.cls(k)
    if c.cls == "a":
        nxt = r.cls(k + 1)
        if nxt.cls in ("hundred", "scale") or (nxt.cls == "dozen" and not r.low(k + 1).endswith("s")):
            head = Num(Fraction(1), k + 1, ((k, "a", False),), 1, True)
        else:
            return None
    elif c.cls == "digits":
        head = Num(c.value, k + 1, ((k, "digits", False),), 1, False)
    else:
        got = _below_hundred(r, k, allow_and=True)
        if got is None:
            return None
        head = got
    value, end, atoms = head.value, head.end, head.atoms
    nk = r.after_join(end)
    if r.cls(nk).cls == "dozen" and (head.atoms[-1][1] != "a" or not r.low(nk).endswith("s")):
        return Num(value * 12, nk + 1, (*atoms, (nk, "dozen", False)), 1, True)
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
            return Num(value + rv, rend, (*atoms, *ratoms), 1, True)
        return Num(value, end, atoms, 1, True)
    return head


def spaced_scale(r: Reader, k: int, digits_only: bool) -> int | None:
    tok = r.toks[k] if k < r.n else None
    if tok is None or tok.kind is not WORD:
        return None
    c = r.cls(k)
    if c.cls == "scale":
        return int(c.value)
    if digits_only and not r.glued(k):
        if tok.text in lex.SCALE_WORDS_AFTER_DIGITS_CASED:
            return lex.SCALE_WORDS_AFTER_DIGITS_CASED[tok.text]
        return lex.SCALE_WORDS_AFTER_DIGITS.get(tok.low)
    return None


def _integer(r: Reader, k: int) -> Num | None:
    """Read a whole number made of groups with falling scales: "4 thousand 3 hundred and 21"."""
    group = _small(r, k)
    if group is None:
        return None
    total: Rational | None = None  # the first group is the total so far: no Fraction sum with zero
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
            s = spaced_scale(r, e, not group.words)
            if s is None or (top is None and last_scale is not None and s >= last_scale):
                break
            if top is not None and s <= top:
                break
            g *= s
            top = s
            atoms += ((e, "scale", False),)
            e += 1
            words = True
        total = g if total is None else total + g
        end = e
        if top is None:
            return Num(total, end, atoms, last_scale or 1, words)
        last_scale = top
        k2 = e + 1 if r.cls(e).cls == "and" else e
        nxt = _small(r, k2)
        if nxt is None or (not nxt.words and spaced_scale(r, nxt.end, True) is None):
            return Num(total, end, atoms, last_scale, words)
        s2 = spaced_scale(r, r.after_join(nxt.end), not nxt.words)
        if (s2 is not None and s2 >= last_scale) or (s2 is None and nxt.value >= last_scale):
            return Num(total, end, atoms, last_scale, words)
        if r.cls(nxt.end).cls.startswith(("ord", "half")) or r.cls(r.after_join(nxt.end)).cls.startswith("ord"):
            return Num(total, end, atoms, last_scale, words)
        group = nxt
        if k2 != e:
            first = nxt.atoms[0]
            group = nxt._replace(atoms=((first[0], first[1], True), *nxt.atoms[1:]))


# --- fractions ------------------------------------------------------------------------------


class _Den(NamedTuple):
    value: Rational
    end: int
    plural: bool
    half: bool


def _denominator(r: Reader, k: int) -> _Den | None:
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


def _compound_denominator(r: Reader, k: int) -> _Den | None:
    """Read "one hundred fifth" (105th) or "one hundred and fifth" as a denominator."""
    head = _small(r, k)
    if head is None or head.value < 100:
        return None
    nk = head.end + 1 if r.cls(head.end).cls == "and" else head.end
    den = _denominator(r, nk)
    if den is None or den.half or den.value >= 100:
        return None
    return den._replace(value=head.value + den.value)


def _fraction_after(r: Reader, num: Num) -> tuple[Fraction, int] | None:
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
            return n - part + Fraction(part) / den.value, den.end
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
        return Fraction(n) / den.value, den.end
    if num.value == 1 and len(num.atoms) == 1:
        den = _compound_denominator(r, num.end)
        if den is not None and not den.plural:
            return Fraction(n) / den.value, den.end
    return None


def _scale_after_fraction(r: Reader, k: int) -> tuple[int, int] | None:
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


def _fraction_phrase(r: Reader, k: int) -> tuple[Fraction, int, bool] | None:
    """Read a fraction at k: "two thirds", "a half", "half", "a twenty-first"; (value, end, ends_with_scale)."""
    c = r.cls(k)
    if c.cls == "half" and not c.plural:
        value, end = Fraction(1, int(c.value)), k + 1
    else:
        num = _integer(r, k) if c.cls != "a" else Num(Fraction(1), k + 1, ((k, "a", False),), 1, True)
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


class Core(NamedTuple):
    value: Rational | None
    end: int
    kind: str
    words: bool
    scale: int
    unit: str | None = None
    approx: str | None = None
    low: Rational | None = None
    high: Rational | None = None


def _glued_suffix(r: Reader, k: int, value: Rational) -> tuple[str, object] | None:
    """Classify a word glued after digits: scale, ordinal, decade, unit, percent or id (a code)."""
    if k >= r.n or not r.glued(k) or r.toks[k].kind is not WORD:
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


def _read_digits(r: Reader, k: int) -> Core | None:
    """Read a number that starts with a digit literal at k."""
    c = r.cls(k)
    value = c.value
    suffix = _glued_suffix(r, k + 1, value)
    if suffix is not None:
        what, extra = suffix
        if what == "ordinal":
            return Core(value, k + 2, "ordinal", False, 1)
        if what == "decade":
            return Core(value, k + 2, "decade", False, 1)
        if what == "scale":
            assert isinstance(extra, int)
            return Core(value * extra, k + 2, "cardinal", False, extra)
        if what == "unit":
            assert isinstance(extra, str)
            return Core(value, k + 2, "cardinal", False, 1, unit=extra)
        if what == "percent":
            return Core(value, k + 2, "percent", False, 1, unit="percent")
        return Core(None, k + 2, "id", False, 1)
    # a/b fractions and mixed numbers "2 1/4"
    if r.low(k + 1) == "/" and r.glued(k + 1) and r.glued(k + 2) and r.cls(k + 2).cls == "digits":
        den = r.cls(k + 2).value
        if den != 0 and value.denominator == 1 and den.denominator == 1:
            return Core(Fraction(value) / den, k + 3, "fraction", False, 1)
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
            return Core(value + Fraction(num) / den, k + 4, "fraction", False, 1)
    word_after = k + 1 < r.n and r.toks[k + 1].kind is WORD and r.cls(k + 1).cls == ""
    if word_after and spaced_scale(r, k + 1, True) is None:
        return Core(value, k + 1, "cardinal", False, 1)  # "11 agreements": what _integer reads there, at once
    got = _integer(r, k)
    if got is None:
        return None
    frac = _and_fraction(r, got)
    # "five and a half"; after digits only halves and quarters ("5 and a half", "7-and-a-half-hour")
    if frac is not None and (got.words or Fraction(frac.value or 0) - got.value in _HALVES_AND_QUARTERS):
        return frac
    return Core(got.value, got.end, "cardinal", got.words, got.scale)


#: Fractions read after a whole number in digits: "5 and a half", "3 and three quarters", not
#: "2 and a third" (more likely "2 and a third place" than two and a third).
_HALVES_AND_QUARTERS = frozenset({Fraction(1, 2), Fraction(1, 4), Fraction(3, 4)})


def _and_fraction(r: Reader, num: Num) -> Core | None:
    """Read "... and a half", "... and three quarters million" after a whole number."""
    if r.cls(num.end).cls != "and":
        return _hyphened_half(r, num)
    frac = _fraction_phrase(r, num.end + 1)
    if frac is None:
        return None
    value, end, scaled = frac
    if not scaled and num.scale >= 10**6:
        value *= num.scale
    return Core(num.value + value, end, "cardinal", True, num.scale)


def _hyphened_half(r: Reader, num: Num) -> Core | None:
    """Read "-and-a-half" or "-and-a-quarter" glued to a whole number in words, as a compound
    adjective writes it ("a four-and-a-half-year deal", "a two-and-a-half-hour meeting")."""
    k = num.end
    chain = ("-", "and", "-", "a", "-")
    if any(r.low(k + i) != word or not r.glued(k + i) for i, word in enumerate(chain)) or not r.glued(k + 5):
        return None
    part = r.cls(k + 5)
    if part.cls != "half" or part.plural:
        return None
    return Core(num.value + Fraction(1, int(part.value)), k + 6, "cardinal", True, num.scale)


def _read_point(r: Reader, num: Num) -> Core | None:
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
    return Core(num.value + Fraction(int(digits), 10 ** len(digits)), k, "cardinal", True, 1)


def _read_words(r: Reader, k: int) -> Core | None:
    """Read a number that starts with a word at k."""
    c = r.cls(k)
    if c.cls == "half" and not c.plural:
        frac = _fraction_phrase(r, k)
        if frac is None:
            return None
        kind = "cardinal" if frac[2] else "fraction"
        approx = "dozen" if frac[2] and r.cls(frac[1] - 1).cls == "dozen" else None
        return Core(frac[0], frac[1], kind, True, 1, approx=approx)
    if c.cls == "a":
        nxt = r.cls(k + 1)
        if (nxt.cls == "half" and not nxt.plural) or nxt.cls.startswith("ord") or nxt.cls == "tens":
            frac = _fraction_phrase(r, k)
            if frac is None:
                return None
            if not frac[2] and nxt.cls != "half" and not r.low(frac[1] - 1).endswith("s") and noun_at(r, frac[1]):
                return _read_ordinal(r, k + 1)  # "a fifth term" is a rank
            approx = "dozen" if frac[2] and r.cls(frac[1] - 1).cls == "dozen" else None
            return Core(frac[0], frac[1], "cardinal" if frac[2] else "fraction", True, 1, approx=approx)
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
        if got.value == 1 and singular and noun_at(r, end) is not None:
            return _read_ordinal(r, got.end)
        sc = _scale_after_fraction(r, end)
        if sc is not None:
            return Core(value * sc[0], sc[1], "cardinal", True, sc[0])
        return Core(value, end, "fraction", True, 1)
    for reader in (_and_fraction, _read_point):
        core = reader(r, got)
        if core is not None:
            return core
    approx = "dozen" if got.atoms[0][1] == "a" and got.atoms[-1][1] == "dozen" else None
    return Core(got.value, got.end, "cardinal", True, got.scale, approx=approx)


def _read_ordinal(r: Reader, k: int) -> Core | None:
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
    if low == "second" and noun_at(r, end) is None and r.low(end) != "-":
        return None
    return Core(value, end, "ordinal", True, 1)


def read_core(r: Reader, k: int) -> Core | None:
    """Read the number that starts at token k, or None; each k is read once per text.

    The score rule reads a number in words at k as a tally before the number rule reads it
    again ("one hundred and twenty"): the reading is a function of the tokens, so it is kept.
    """
    cores = r.cores
    if k in cores:
        found: Core | None = cores[k]
        return found
    got = cores[k] = _read_core(r, k)
    return got


def _read_core(r: Reader, k: int) -> Core | None:
    c = r.cls(k)
    if c.cls == "digits":
        return _read_digits(r, k)
    if c.cls in ("", "hyphen", "and", "point", "scale", "hundred", "dozen"):
        return None
    return _read_words(r, k)
