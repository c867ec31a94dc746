"""Context tests and the ordered scanning rules (:data:`RULES`) of :mod:`claimdiff.numbers`."""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from typing import NamedTuple

from ..._lexicon import numbers as lex
from ..._lexicon.dates import DAY_CLAUSE_ENDS, MONTHS, YEAR_CONTEXT_BEFORE
from ..._lexicon.units import UNITS
from ...models import Quantity
from ..tokens import CHAIN, NUM, SYM, URL, WORD, Token, TokenKind
from ._nouns import noun_at, partitive_noun, singular
from ._read import Core, read_core, spaced_scale
from ._scores import read_score
from ._units import unit_after, unit_phrase
from ._words import CLASS_WORDS, DETERMINERS, SENTENCE_END, Rational, Reader, as_number, word_class

# --- context tests --------------------------------------------------------------------------


def _sentence_start(r: Reader, k: int) -> bool:
    if k == 0:
        return True
    prev = r.toks[k - 1]
    return prev.text in SENTENCE_END or "\n" in r.text[prev.end : r.toks[k].start]


def _near_month(r: Reader, k: int) -> bool:
    """Whether a capitalised month name is among the three tokens before k, with only commas
    and figures after it ("May 2023", "May 4, 2023")."""
    toks = r.toks
    for j in range(k - 1, max(k - 4, -1), -1):
        tok = toks[j]
        if tok.kind is WORD and tok.low in MONTHS and tok.text[0].isupper():
            return True  # every token between passed the test below
        if tok.text != "," and tok.kind is not NUM:
            return False  # a month further back would have it in between
    return False


_YEAR_DIGITS = re.compile(r"(?:19|20)[0-9]{2}")
#: Words after "a 2000" that make it a figure: "a 2000 km trip" is in UNITS, these are not.
_SCALES = frozenset({"percent", "per", "million", "billion", "thousand", "strong", "odd"})


def _is_year(r: Reader, k: int, core: Core) -> bool:
    tok = r.toks[k]
    if core.kind == "decade":
        return True
    if core.end != k + 1 or not _YEAR_DIGITS.fullmatch(tok.text):
        return False
    if _near_month(r, k):
        return True  # before the noun after it is read: "May 4, 2023 ..."
    prev = r.low(k - 1)
    if prev in ("a", "an") and r.low(k + 1).isalpha() and r.low(k + 1) not in UNITS and r.low(k + 1) not in _SCALES:
        return True  # "a 2016 quake", "an 1848 painting": one thing, so no count of 2016
    nxt_noun = noun_at(r, k + 1, plural=True)
    if nxt_noun is not None and (r.low(nxt_noun[1]) in DETERMINERS or r.cls(nxt_noun[1]).cls == "digits"):
        return True  # "2024 marks 30 years": the -s word is a verb
    if prev in YEAR_CONTEXT_BEFORE or prev in ("the", "'s", "s"):
        return nxt_noun is None or prev in ("since", "until", "till", "during")
    return _sentence_start(r, k) or (nxt_noun is None and (k + 1 >= r.n or r.low(k + 1) in _AFTER_A_YEAR))


# --- rules ----------------------------------------------------------------------------------


class Hit(NamedTuple):
    quantity: Quantity | None
    end: int
    """Token index after the match."""


_Rule = Callable[[Reader, int], "Hit | None"]


def _skip_url(r: Reader, k: int) -> Hit | None:
    return Hit(None, k + 1) if r.toks[k].kind is URL else None


def _skip_identifier(r: Reader, k: int) -> Hit | None:
    """Skip numbers glued to a word before them ("G7", "A320", "MH17")."""
    tok = r.toks[k]
    if tok.kind in (NUM, CHAIN) and r.glued(k) and r.toks[k - 1].kind is WORD:
        end = k + 1
        while end < r.n and r.glued(end) and r.toks[end].kind in (WORD, NUM):
            end += 1
        return Hit(None, end)
    return None


#: What may follow the day of "May 4" or "March 18" when they are dates: the end of a clause, or
#: a dateline's agency or dash ("LIMA, March 18 (Reuters) - ...").
_AFTER_A_DAY = frozenset({",", ".", "", "(", "-", "–", "—", ";", ":"})


def _skip_day_of_month(r: Reader, k: int) -> Hit | None:
    """Skip the day in "June 20", "20 June", "May 4th", "on the 9th.": find_dates reads it."""
    tok = r.toks[k]
    if tok.kind is not NUM or len(tok.text) > 2 or not tok.text.isdigit() or not 1 <= int(tok.text) <= 31:
        return None
    end = k + 2 if k + 1 < r.n and r.glued(k + 1) and r.low(k + 1) in lex.ORDINAL_SUFFIXES else k + 1
    before = k > 0 and r.toks[k - 1].low in MONTHS and r.toks[k - 1].text[0].isupper()
    if before and r.toks[k - 1].low in ("may", "march") and end == k + 1 and r.low(end) not in _AFTER_A_DAY:
        before = False  # "May 4 people": the modal verb; "LIMA, March 18 (Reuters) -" is a dateline
    if before:
        return Hit(None, end)
    after_k = end + 1 if r.low(end) == "of" else end
    if after_k < r.n and r.toks[after_k].low in MONTHS and r.toks[after_k].text[0].isupper():
        return Hit(None, end)
    if end == k + 2 and r.low(k - 1) == "the" and r.low(k - 2) == "on" and r.low(end) in DAY_CLAUSE_ENDS:
        return Hit(None, end)  # "on the 9th.": a day of the month
    return None


def _quantity(
    r: Reader,
    k0: int,
    k1: int,
    value: Rational | None,
    *,
    low: Rational | None,
    high: Rational | None,
    approximate: bool,
    unit: str | None,
    kind: str,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
) -> Quantity:
    start, end = r.toks[k0].start, r.toks[k1 - 1].end
    return Quantity.of_reading(
        r.text[start:end],
        start,
        end,
        as_number(value),
        as_number(low),
        as_number(high),
        approximate,
        unit,
        kind,
        low_inclusive,
        high_inclusive,
    )


def _count_phrase(r: Reader, k: int) -> Hit | None:
    """Read a phrase that counts without a number (:data:`COUNT_PHRASES`): "a single patent" (1),
    "a pair of goals" (2), "a couple of" (2..3), "a handful of", "a few", "several" (no one
    number), scaled by a scale word after it ("a few hundred": 200..1,000)."""
    found = _count_words(r, k)
    if found is None:
        return None
    phrase, end = found
    scale = 1
    c = r.cls(end)
    if c.cls in ("hundred", "scale") or (c.cls == "dozen" and not r.low(end).endswith("s")):
        scale, end = int(c.value), end + 1
        while r.cls(end).cls == "scale" and r.cls(end).value > scale:  # "several hundred thousand"
            scale, end = scale * int(r.cls(end).value), end + 1
        if phrase.value is None and r.low(end) == "of":  # "a few hundred of the"
            return None
    elif phrase.scaled:
        return None
    noun = partitive_noun(r, end) if r.low(end) == "of" else noun_at(r, end, plural=phrase.high > 1)
    if phrase.value is None and scale == 1 and r.low(end) in lex.TIME_UNITS:
        return Hit(None, end + 1)  # "a few minutes ago", "in a few days": a vague offset, no count
    stop = noun[1] if noun else end
    value = None if phrase.value is None else Fraction(phrase.value * scale)
    low, high = Fraction(phrase.low * scale), Fraction(phrase.high * scale)
    quantity = _quantity(
        r, k, stop, value, low=low, high=high, approximate=phrase.approximate, unit=noun[0] if noun else None,
        kind="cardinal",
    )
    return Hit(quantity, stop)


def _count_words(r: Reader, k: int) -> tuple[lex.CountPhrase, int] | None:
    """Match the words of a count phrase at k: (its reading, the token after it)."""
    if r.low(k - 1) in lex.NOT_COUNT_BEFORE:
        return None  # "quite a few"
    for words, phrase in _COUNTS_BY_FIRST.get(r.low(k), ()):
        if all(r.low(k + x) == w for x, w in enumerate(words)):
            end = k + len(words)
            if r.low(end) in _DASHES and r.glued(end):
                return None  # "a single-engine plane", "a few-hours"
            return phrase, end
    return None


def _index_counts() -> dict[str, tuple[tuple[tuple[str, ...], lex.CountPhrase], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], lex.CountPhrase]]] = {}
    for words, phrase in lex.COUNT_PHRASES:
        index.setdefault(words[0], []).append((words, phrase))
    return {first: tuple(rules) for first, rules in index.items()}


#: COUNT_PHRASES by first word, longest first as in the lexicon.
_COUNTS_BY_FIRST = _index_counts()


def _vague_plural(r: Reader, k: int) -> Hit | None:
    """Read "dozens of", "hundreds of", "tens of thousands of"."""
    low = r.low(k)
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
    noun = noun_at(r, end + 1, plural=True) if r.low(end) == "of" else None
    stop = noun[1] if noun else end
    return Hit(
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


def _score(r: Reader, k: int) -> Hit | None:
    """Read a score or a vote tally as one reading: "won 3-2", "a 7-2 vote", "ruled five to two"."""
    q = read_score(r, k)
    if q is None:
        return None
    end = k
    while end < r.n and r.toks[end].end <= q.end:
        end += 1
    return Hit(q, end)


def _percent_of(r: Reader, k: int) -> Hit | None:
    """Read the spec form "percent of 10" (a percentage named before its number)."""
    j = k
    if r.low(j) == "per" and r.low(j + 1) == "cent":
        j += 1
    elif r.low(j) not in ("percent", "percents", "percentage"):
        return None
    if r.low(j + 1) != "of" or (k > 0 and r.cls(k - 1).cls not in ("",)):
        return None
    core = read_core(r, j + 2)
    if core is None or core.value is None or core.kind not in ("cardinal",) or noun_at(r, core.end) is not None:
        return None
    v = core.value
    return Hit(
        _quantity(r, k, core.end, v, low=v, high=v, approximate=False, unit="percent", kind="percent"), core.end
    )


def _index_approximators() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, name in lex.APPROXIMATORS:
        index.setdefault(words[0], []).append((words, name))
    return {first: tuple(rules) for first, rules in index.items()}


#: APPROXIMATORS by first word, each list still longest-first as in the lexicon.
_APPROXIMATORS_BY_FIRST = _index_approximators()


def _approximator(r: Reader, k: int) -> tuple[str, int] | None:
    for words, name in _APPROXIMATORS_BY_FIRST.get(r.low(k), ()):
        if all(r.low(k + x) == w for x, w in enumerate(words)):
            return name, k + len(words)
    return None


def _currency_prefix(r: Reader, k: int) -> tuple[str, int] | None:
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return None
    if tok.kind is WORD and k + 1 < r.n and r.glued(k + 1) and r.toks[k + 1].text == "$":
        code = lex.CURRENCY_SYMBOLS.get(tok.text.upper() + "$")
        if code:
            return code, k + 2
    if tok.kind is SYM and tok.text in lex.CURRENCY_SYMBOLS:
        return lex.CURRENCY_SYMBOLS[tok.text], k + 1
    if (
        tok.kind is WORD
        and tok.text.isupper()
        and tok.low in lex.CURRENCY_CODES
        and r.cls(k + 1).cls == "digits"
    ):
        return tok.low, k + 1
    return None


def read_sign(r: Reader, k: int) -> tuple[int, int]:
    tok = r.toks[k] if k < r.n else None
    if tok is None:
        return 1, k
    if tok.low in lex.MINUS_WORDS and r.cls(k + 1).cls not in ("", "hyphen"):
        return -1, k + 1
    if tok.text in ("-", "−") and r.glued(k + 1) and r.cls(k + 1).cls == "digits":
        prev = r.toks[k - 1] if k > 0 else None
        if prev is None or not r.glued(k) or (prev.kind is SYM and prev.text in "([{=:;,/"):
            return -1, k + 1
    return 1, k


def _suffix_unit(r: Reader, k: int, kind: str) -> tuple[str, str, int] | None:
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
    if tok.kind is WORD and tok.text.isupper() and tok.low in lex.CURRENCY_CODES:
        return "money", tok.low, k + 1
    if tok.low in ("pound", "pounds") and r.low(k + 1) == "of":
        return "cardinal", "lb", k + 1  # "200 pounds of cocaine": a weight
    if tok.low in lex.CURRENCY_WORDS and not (tok.low in ("pound", "pounds") and kind == "ordinal"):
        return "money", lex.CURRENCY_WORDS[tok.low], k + 1
    if tok.low in lex.DOLLAR_COUNTRIES and r.low(k + 1) in ("dollar", "dollars"):
        return "money", lex.DOLLAR_COUNTRIES[tok.low], k + 2
    return None


def _range_end(r: Reader, k: int, first: Core, between: bool, currency: str | None = None) -> Core | None:
    """Read the upper end of "10-12", "10 to 12", "between 10 and 12"; after a currency, its
    end may repeat the currency ("between $10m and $12m", "£3bn to £4bn")."""
    if first.kind not in ("cardinal",) or first.value is None:
        return None
    link = r.low(k)
    again = _currency_prefix(r, k + 1) if currency is not None else None
    second_at = again[1] if again is not None and again[0] == currency else k + 1
    if between:
        if link != "and":
            return None
    elif link in ("-", "–", "—"):
        if first.words or (link == "-" and not (r.glued(k) and r.glued(k + 1))):
            return None
    elif link != "to":
        return None
    second = read_core(r, second_at)
    if second is None or second.value is None or second.kind != "cardinal":
        return None
    low, high = first.value, second.value
    if first.scale == 1 and second.scale > 1 and low < second.scale:
        low *= second.scale
    if not low < high or _years_apart(r, first, second):
        return None  # "between 2021 and 2024": two years, each read as one
    return second._replace(low=low, high=high)


def _years_apart(r: Reader, first: Core, second: Core) -> bool:
    """Whether a range ("between 2021 and 2024", "from 2018 to 2020", "2019-2022") joins two
    years, not two counts ("between 2000 and 2500 fans", "$2010 to $2020")."""
    j = first.end - 1
    if not (_YEAR_DIGITS.fullmatch(r.toks[j].text) and _YEAR_DIGITS.fullmatch(r.toks[second.end - 1].text)):
        return False
    return noun_at(r, second.end, plural=True) is None and _is_year(r, j, first)


def _ratio(r: Reader, k: int, first: Core) -> Core | None:
    """Read "one over three", "1 out of 3", "one in five"."""
    if first.kind != "cardinal" or first.value is None:
        return None
    link = r.low(k)
    j = k + 1
    if link == "out" and r.low(k + 1) == "of":
        j = k + 2
    elif link not in ("over", "in"):
        return None
    second = read_core(r, j)
    if second is None or second.value is None or second.kind != "cardinal" or second.value == 0:
        return None
    if link == "in":
        if not (first.value.denominator == 1 and 1 <= first.value <= 10 < second.value * 10):
            return None
        if second.value <= first.value or second.value.denominator != 1 or second.value > 10**6:
            return None
        if _is_year(r, j, second):
            return None
    if link == "over" and (noun_at(r, second.end) is not None or _suffix_unit(r, second.end, "") is not None):
        return None
    return Core(Fraction(first.value) / second.value, second.end, "fraction", True, 1)


class _Prefix(NamedTuple):
    """What stands before a figure: "about", "between", "US$", "-"."""

    approx: str | None
    between: bool
    currency: str | None
    sign: int
    end: int
    """Token index of the figure."""


#: What :func:`_prefix` reads at a digit literal, but for its end (the literal itself).
_NO_PREFIX = (None, False, None, 1)


def _prefix(r: Reader, k: int) -> _Prefix:
    """Read the approximator (or "between"), the currency and the sign before a figure at k; at
    a digit literal there is none (each of them is a word or a symbol: tests/test_numbers.py)."""
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
    sign, j = read_sign(r, j)
    return _Prefix(approx, between, currency, sign, j)


def _trailing_scale(r: Reader, end: int, core: Core) -> int | None:
    """Return the scale of a scale word read apart after plain digits ("5 million"), or None."""
    if core.words or core.scale != 1 or core.kind != "cardinal":
        return None
    return spaced_scale(r, end, True)


def _year(r: Reader, j: int, end: int, core: Core, kind: str) -> Hit:
    """Return a year ("2017") or a decade ("the 1980s": 1980..1989) read at j."""
    year = core.value
    last = year + 9 if kind == "decade" and year is not None and year % 10 == 0 else year
    start, stop = r.toks[j].start, r.toks[end - 1].end  # what _quantity reads, without its keywords
    first = as_number(year)
    text = r.text[start:stop]
    return Hit(Quantity.of_reading(text, start, stop, first, first, as_number(last), False, None, "year"), end)


def _head_noun(
    r: Reader, j: int, end: int, kind: str, value: Rational | None, high: Rational | None
) -> tuple[str, int] | None:
    """Return the noun a figure at j counts ("11 agreements", "80-year-old", "two of the ships")."""
    noun = _hyphen_noun(r, end)
    if noun is None and kind != "ordinal" and r.low(end) == "of" and value is not None and value >= 2:
        noun = partitive_noun(r, end)
    if noun is None and not _label_number(r, j):
        count = value if value is not None else high
        noun = noun_at(r, end, plural=count is not None and count != 1 and kind != "ordinal")
    return noun


def _over_is_during(r: Reader, k: int, j: int, end: int) -> bool:
    """Whether "over" at k, right before a span of time ending at ``end``, means during it ("over
    3 years", "rose 3% over two years"), not more than it ("lasted over three hours", "for over a
    decade": a word that measures a span takes it); "more than 3 years" is always a bound."""
    return r.low(k) == "over" and j == k + 1 and r.low(end) in lex.TIME_UNITS and r.low(k - 1) not in lex.SPAN_VERBS


def _number(r: Reader, k: int) -> Hit | None:
    """Read approximator, currency, sign, number, range, scale, unit and head noun starting at k."""
    # at a digit literal, what _prefix reads there without a call
    approx, between, currency, sign, j = (*_NO_PREFIX, k) if r.toks[k].kind is NUM else _prefix(r, k)
    if j >= r.n or r.toks[j].kind is CHAIN:
        return None
    if _pronoun_one(r, j):
        return Hit(None, j + 1) if r.low(j + 1) in ("of", "another") or j == k else None
    core = read_core(r, j) or _one_unit_of_time(r, j, approx)
    if core is None:
        return None
    if core.kind == "id":
        return Hit(None, core.end)
    if approx == "over" and _over_is_during(r, k, j, core.end):
        approx, k = None, j
    if approx is not None and core.kind == "ordinal":
        return None
    value = core.value
    kind, unit, end = core.kind, core.unit, core.end
    low: Rational | None = None
    high: Rational | None = None
    if kind == "cardinal" and currency is None and approx is None and not between:
        ratio = _ratio(r, end, core)
        if ratio is not None:
            core, kind, end, value = ratio, "fraction", ratio.end, ratio.value
    rng = _range_end(r, end, core, between, currency) if kind == "cardinal" else None
    if between and rng is None:
        between = False
        k = j
    if rng is not None:
        low, high, end = rng.low, rng.high, rng.end
        kind, value = "range", None
        core = rng
    if value is not None and sign < 0:
        value = -value
    suf_scale = _trailing_scale(r, end, core) if kind == "cardinal" and currency is None else None
    if suf_scale:
        value = None if value is None else value * suf_scale
        end += 1
    kind, unit, end = _unit(r, k, end, kind, unit, currency)
    if currency is not None:
        if kind not in ("cardinal", "range", "money"):
            return None
        unit = currency
        kind = "money" if kind != "range" else kind
    plain = sign > 0 and currency is None and approx is None
    if kind == "decade" or (kind == "cardinal" and plain and _is_year(r, j, core)):
        return _year(r, j, end, core, kind)
    if kind in ("cardinal", "ordinal", "range") and unit is None:
        noun = _head_noun(r, j, end, kind, value, high)
        if noun is not None:
            unit, end = noun
            compound = _compound_duration(r, end, value, unit) if kind == "cardinal" and approx is None else None
            if compound is not None:
                value, unit, end = compound
    if kind == "fraction" and unit is None and _share(r, end):
        unit = "share"
    return Hit(_interval(r, k, end, value, low, high, approx, core, unit, kind), end)


def _share(r: Reader, end: int) -> bool:
    """Whether a fraction ending before token ``end`` is a share of a whole: "half of the
    residents", "a third of voters", "half the staff", "one in five adults"; not "a quarter
    of an hour", "half a mile" (a share of a unit is a measure)."""
    j = end + 1 if r.low(end) == "of" else end
    after = r.low(j)
    if after in ("a", "an"):
        return False
    if j > end or after in lex.SHARE_DETERMINERS:
        noun = noun_at(r, j + 1 if after in lex.SHARE_DETERMINERS else j)
        return noun is None or not (r.low(noun[1] - 1) in lex.TIME_UNITS or r.low(noun[1] - 1) in lex.MEASURE_UNITS)
    noun = noun_at(r, end, plural=True)
    return noun is not None and r.low(end - 2) == "in"  # "one in five adults"


def _unit(
    r: Reader, k: int, end: int, kind: str, unit: str | None, currency: str | None
) -> tuple[str, str | None, int]:
    """Read the unit after the number of a figure starting at k: (kind, unit, end).

    A percent sign or word, a currency word or code ("dollars", "SEK"), pounds as a weight
    ("200 pounds of", "weighing 330 pounds") or a unit of measure of several tokens ("35
    nautical miles", "120km/h", "30°C"); a currency word that is not the currency before
    the number is read past but does not set the figure's currency.
    """
    suffix = _suffix_unit(r, end, kind) if kind in ("cardinal", "range", "fraction") else None
    if suffix is not None:
        what, unit, end = suffix
        if what == "money" and currency is not None and unit != currency:
            return kind, unit, end
        if what == "money" and r.low(end - 1) in ("pound", "pounds") and r.low(k - 1) in lex.WEIGHT_CUES:
            return "cardinal", "lb", end  # "weighing 330 pounds"
        return (kind if kind == "range" else what), unit, end
    if kind in ("cardinal", "range") and currency is None:
        measured = unit_after(r, end, unit)  # "35 nautical miles", "120km/h", "30°C"
        if measured is not None:
            return kind, measured[0], measured[1]
    return kind, unit, end


def _compound_duration(r: Reader, end: int, value: Rational | None, unit: str) -> tuple[Rational, str, int] | None:
    """Read the rest of "two hours and 22 minutes", "1 hour 30 minutes" after its first part:
    (the whole in the smaller unit, that unit, end). Units of fixed length only (a month
    and a year are not)."""
    big = UNITS.get(unit)
    if value is None or big is None or big.dimension != "duration" or big.factor_high is not None:
        return None
    j = end + 1 if r.low(end) == "and" else end
    core = read_core(r, j)
    if core is None or core.kind != "cardinal" or core.value is None or core.value.denominator != 1:
        return None
    noun = noun_at(r, core.end, plural=core.value != 1)
    small = UNITS.get(noun[0]) if noun is not None else None
    if noun is None or small is None or small.dimension != "duration" or small.factor >= big.factor:
        return None
    ratio = Fraction(big.factor) / Fraction(small.factor)
    return value * ratio + core.value, noun[0], noun[1]


def _one_unit_of_time(r: Reader, j: int, approx: str | None) -> Core | None:
    """Read "a decade" in "more than a decade", "nearly a year", "about an hour" as one unit.

    Only after an approximator or a verb of a span of time ("lasted a fortnight", "took an
    hour"): "a day" alone is mostly a rate ("7,000 steps a day").
    """
    if approx is None and r.low(j - 1) not in lex.DURATION_VERBS:
        return None
    if r.low(j - 1) == "over" or r.low(j) not in ("a", "an") or r.low(j + 1) not in lex.TIME_UNITS:
        return None
    if (r.low(j + 2), r.low(j + 3), r.low(j + 4)) == ("and", "a", "half"):  # "an hour and a half"
        return Core(Fraction(3, 2), j + 5, "cardinal", True, 1, unit=r.low(j + 1))
    return Core(Fraction(1), j + 1, "cardinal", True, 1)


def _pronoun_one(r: Reader, j: int) -> bool:
    """Whether "one" at j is a pronoun ("the one you mentioned", "one of his priorities", "no-one")."""
    if r.low(j) != "one":
        return False
    if r.low(j + 1) in lex.PRONOUN_ONE_AFTER:
        return True
    if r.low(j - 1) == "-" and r.low(j - 2) == "no" and r.glued(j) and r.glued(j - 1):
        return True  # "No-one was hurt": nobody, no count of one
    return r.low(j - 1) in lex.PRONOUN_ONE_BEFORE and not (r.low(j - 1) == "the" and r.cls(j + 1).cls != "")


def _label_number(r: Reader, k: int) -> bool:
    """Whether the number at k labels something ("COVID-19", "SCP-173") rather than counts."""
    glued = r.glued(k) and r.glued(k - 1)
    return k >= 2 and r.toks[k - 1].text == "-" and glued and r.toks[k - 2].kind is WORD


def _hyphen_noun(r: Reader, k: int) -> tuple[str, int] | None:
    """Read "-gun" in "21-gun", "-nation" in "two-nation", "-year-old" in "30-year-old"."""
    if not (k < r.n and r.toks[k].text in "-‐‑" and r.glued(k) and r.glued(k + 1)):
        return None
    word = r.toks[k + 1] if k + 1 < r.n else None
    if word is None or word.kind is not WORD or r.cls(k + 1).cls != "":
        return None
    end = k + 2
    phrase = unit_phrase(r, k + 1, hyphens=True)  # "5-nautical-mile", "a 10-square-mile area"
    if phrase is not None:
        return phrase
    if word.low.endswith("est") and len(word.low) > 4:
        noun = noun_at(r, end)
        return (noun[0], noun[1]) if noun else (word.low, end)
    if r.low(end) == "-" and r.glued(end) and r.glued(end + 1) and r.low(end + 1) in ("old", "long", "strong", "plus"):
        end += 2
    return singular(word.text), end


def _interval(
    r: Reader,
    k: int,
    end: int,
    value: Rational | None,
    low: Rational | None,
    high: Rational | None,
    approx: str | None,
    core: Core,
    unit: str | None,
    kind: str,
) -> Quantity:
    lo_in = hi_in = True
    approximate = False
    if value is not None and low is None and high is None:
        low = high = value
    if core.approx == "dozen" and value is not None:
        low, high, approximate = value - Fraction(value) / 6, value + Fraction(value) / 6, True
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


#: Symbols after a figure that no rule reads on from: no unit ("%"), range ("-"), fraction ("/").
_INERT_AFTER = frozenset({",", ";", ":", ".", "!", "?", ")", "]", "}", "(", "[", '"', "“", "”", "'", "’"})
_DASHES = frozenset({"-", "‐", "‑", "−", "–", "—"})
#: Symbols after a year candidate at which :func:`_is_year` reads a year whatever precedes it.
_AFTER_A_YEAR = frozenset({",", ".", ")", ";", ":"})
#: Function words after the year of a date ("May 4, 2023 at", "June 20, 2024 when") that no rule
#: reads on into: no range ("to", "and"), ratio ("in", "out of", "over"), unit, scale, share ("of")
#: or article ("a"). With a month name before the year (:func:`_near_month`) the rules read a year.
_INERT_WORDS_AFTER_A_DATE = frozenset({
    "on", "at", "when", "while", "after", "before", "the", "as", "with", "for", "by", "from", "that", "which",
    "who", "but", "was", "were", "is", "are", "had", "has", "have", "will", "would", "said", "says", "until",
    "since", "during", "this", "its", "their", "his", "her", "he", "she", "it", "they", "we",
})
#: Number words that read alone as a cardinal: units, teens and tens.
_LONE_WORDS = frozenset({*lex.UNIT_WORDS, *lex.TEEN_WORDS, *lex.TENS_WORDS}) - set(lex.VAGUE_PLURALS)


def bare_figure(r: Reader, k: int) -> Quantity | None:
    """Read a bare figure at k in a context where :data:`RULES` would read nothing more.

    The scan's fast path: "7" in "1, 7, 9" or "(seven)" is a plain cardinal, and "2023" in
    "on May 4, 2023, the" or "in 2023." a year; one token of context either side tells so
    without running the rules. Returns None (run the rules) unless the token is a digit
    literal or a lone number word ("seven", "nineteen", "forty"), the next token is absent,
    a symbol in :data:`_INERT_AFTER` (for a year candidate, 1900 to 2099: one that ends a
    clause, :data:`_AFTER_A_YEAR`) or (after a digit literal that is no year candidate)
    another figure that starts no fraction ("2 1/4"), and the token before is absent or a
    symbol other than a dash, or (before a digit literal) a figure, or a word that is no
    month name and is not glued to it. tests/test_numbers.py checks against the rules that
    the answer is always theirs.
    """
    tok = r.toks[k]
    if tok.kind is not NUM and (tok.kind is not WORD or tok.low not in _LONE_WORDS):
        return None
    if k > 0:  # the token before first: the cheapest test that fails ("May 4")
        prev = r.toks[k - 1]
        if prev.kind is SYM:
            if prev.text in _DASHES:
                return None
        elif tok.kind is not NUM or (
            prev.kind is WORD and (prev.end == tok.start or prev.low in MONTHS)
        ):
            return None
    year = tok.kind is NUM and len(tok.text) == 4 and tok.text[:2] in ("19", "20") and tok.text.isdigit()
    if year:
        if k + 1 < r.n and r.toks[k + 1].text not in _AFTER_A_YEAR and not _date_goes_on(r, k):
            return None  # "2023 marks", "in 2023 people", "2023-24": the rules read on
    elif k + 1 < r.n:
        nxt = r.toks[k + 1]
        if nxt.kind is NUM and tok.kind is NUM:
            if k + 2 < r.n and r.toks[k + 2].text == "/":
                return None  # "2 1/4"
        elif nxt.kind is not SYM or nxt.text not in _INERT_AFTER:
            return None
    c = r.cls(k)
    if c.cls not in ("digits", "unit", "teen", "tens"):
        return None
    return Quantity.of_figure(tok.text, tok.start, as_number(c.value), "year" if year else "cardinal")


def _date_goes_on(r: Reader, k: int) -> bool:
    """Whether the year candidate at k closes a date ("May 4, 2023") and a function word that
    no rule reads follows it, apart ("May 4, 2023 at noon"): the rules read a year there."""
    nxt = r.toks[k + 1]
    return (
        nxt.kind is WORD and nxt.start > r.toks[k].end and nxt.low in _INERT_WORDS_AFTER_A_DATE and _near_month(r, k)
    )


def _chain_parts(r: Reader, k: int) -> Hit | None:
    """Split "192.168.1.2" or "5/17/2018" into integers (the parts of a code or a date)."""
    tok = r.toks[k]
    if tok.kind is not CHAIN:
        return None
    return Hit(None, k + 1)


#: The lower-case words and symbols at which a rule can start, besides digits, URLs and chains
#: (always tried) and a word glued to "$": number words, approximators, "between", signs,
#: currencies, "percent of", vague plurals, "a couple of", the pronoun "one".
STARTERS = frozenset(
    {
        *CLASS_WORDS,
        *_APPROXIMATORS_BY_FIRST,
        "between",
        *lex.MINUS_WORDS,
        "-",
        "−",
        *(symbol.lower() for symbol in lex.CURRENCY_SYMBOLS),
        *lex.CURRENCY_CODES,
        *lex.VAGUE_PLURALS,
        *_COUNTS_BY_FIRST,
        "per",
        "percent",
        "percents",
        "percentage",
        "one",
    }
)


def _gate_table() -> dict[str, frozenset[str]]:
    """Return, for starter words that need one, the next words that let some rule match.

    A starter missing from the table is tried before any next token. The gates follow the
    rules: "in" starts only "in excess of", "at" only "at least"/"at most", "a" only
    "a dozen", "a third", "a hundred", "a couple of", "a single", "a few", "a little over",
    "a week" and the like; "not" only "not a single" and "not less than";
    "percent" only "percent of"; "and" and "point" (and the scale words, read only
    after a number) start nothing, so their gate is empty.
    """

    def cls(word: str) -> str:
        return word_class(Token(WORD, 0, len(word), word, word)).cls

    single = {words[0] for words, _ in lex.APPROXIMATORS if len(words) == 1}
    starts_core = {"unit", "teen", "tens", "half", "ord_unit", "ord_teen", "ord_tens", "ord_scale"}
    elsewhere = {"between", "one", *lex.MINUS_WORDS, *lex.CURRENCY_CODES, *lex.VAGUE_PLURALS}
    gates: dict[str, set[str]] = {}
    for words, _name in lex.APPROXIMATORS:
        first = words[0]
        if len(words) > 1 and first not in single and first not in elsewhere and cls(first) not in starts_core:
            gates.setdefault(first, set()).add(words[1])
    for words, _phrase in lex.COUNT_PHRASES:
        if len(words) > 1 and words[0] != "a":
            gates.setdefault(words[0], set()).add(words[1])  # "not" starts only "not a single"
    after_a = {words[1] for words, _ in lex.COUNT_PHRASES if words[0] == "a"} | {
        w for w in CLASS_WORDS if cls(w) in starts_core - {"unit", "teen"} | {"hundred", "scale", "dozen"}
    }
    after_a |= lex.TIME_UNITS  # "lasted a fortnight" (see _one_unit_of_time)
    for article in ("a", "an"):
        gates[article] = gates.get(article, set()) | after_a
    for word in CLASS_WORDS:
        if cls(word) in ("and", "point", "scale", "hundred", "dozen") and word not in elsewhere:
            gates[word] = set()
    gates.update({"per": {"cent"}, "percent": {"of"}, "percents": {"of"}, "percentage": {"of"}})
    return {word: frozenset(after) for word, after in gates.items()}


#: Starter word -> the next words it needs (see :func:`_gate_table`).
GATES = _gate_table()

#: The scanning rules, tried in order at each token: (name, rule).
RULES: tuple[tuple[str, _Rule], ...] = (
    ("url", _skip_url),
    ("identifier", _skip_identifier),
    ("chain", _chain_parts),
    ("day_of_month", _skip_day_of_month),
    ("count_phrase", _count_phrase),
    ("vague_plural", _vague_plural),
    ("percent_of", _percent_of),
    ("score", _score),
    ("number", _number),
)
_ANY_KIND = frozenset(TokenKind)
#: The token kinds at which each rule of :data:`RULES` can match: at a token of another kind it
#: reads nothing (a URL, a chain, a digit literal or a word starts it; tests/test_numbers.py
#: checks), so the scan does not call it there.
_RULE_KINDS: dict[str, frozenset[TokenKind]] = {
    "url": frozenset({URL}),
    "identifier": frozenset({NUM, CHAIN}),
    "chain": frozenset({CHAIN}),
    "day_of_month": frozenset({NUM}),
    "count_phrase": frozenset({WORD}),
    "vague_plural": frozenset({WORD}),
    "percent_of": frozenset({WORD}),
    "score": frozenset({NUM, WORD}),
    "number": _ANY_KIND,
}
#: :data:`RULES` by the kind of the token the scan stands at, each in the order of RULES.
RULES_BY_KIND: dict[TokenKind, tuple[tuple[str, _Rule], ...]] = {
    kind: tuple(rule for rule in RULES if kind in _RULE_KINDS[rule[0]]) for kind in TokenKind
}
