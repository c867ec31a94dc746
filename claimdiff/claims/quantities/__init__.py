"""Find number-like mentions in text and read each as an interval.

The stage reads the tokens of :func:`claimdiff.claims.tokens.tokenize` (one regular
expression without nested quantifiers, so linear time) left to right. At each
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
* ranges ("10 to 12", "10-12", "between 10 and 12") have no value and ``low``/``high``;
* "a single" is 1, "a pair of" 2, "a few" ``[2, 10]``, "several" ``[3, 15]``
  (:data:`claimdiff._lexicon.numbers.COUNT_PHRASES`);
* a unit of measure is the figure's unit ("35 nautical miles": ``nautical mile``), which
  :mod:`claimdiff._lexicon.units` converts;
* a score or a vote tally ("won 3-2", "ruled five to two") is kind ``score`` with its ``tallies``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..._lexicon import numbers as lex
from ..._lexicon.dates import MONTHS, WEEKDAYS
from ...errors import InvalidArgument, short_repr
from ...models import Quantity
from ..times import ClockTime, find_times, overlaps_a_time
from ..tokens import CHAIN, NUM, URL, WORD, Token, tokenize
from ._read import read_core
from ._rules import GATES, RULES, RULES_BY_KIND, STARTERS, Hit, bare_figure, read_sign
from ._words import MAX_DIGITS, Reader, as_number

__all__ = ["RULES", "find_quantities", "is_part_of_name", "parse_number_words"]

_CHAIN_SEPARATOR = re.compile(r"[^0-9]")
_ISO_DATE = re.compile(r"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]")
#: Token kinds the scan always tries (URLs, digit chains, digits).
_ALWAYS = frozenset({URL, CHAIN, NUM})


def _chain_quantities(text: str, tok: Token) -> list[Quantity]:
    """Read each part of a chain ("192.168.1.2", "5/17/2018", "10,15,20,") as a bare integer.

    Four-digit parts from 1900 to 2099 are years; of an ISO date only the year is kept.
    Every separator in a chain is one character, so each part's offset follows from the
    lengths of the parts before it.
    """
    out = []
    iso = _ISO_DATE.fullmatch(tok.text) is not None
    start = tok.start
    for part in _CHAIN_SEPARATOR.split(tok.text):
        end = start + len(part)
        if part and len(part) <= MAX_DIGITS:
            year = len(part) == 4 and part[:2] in ("19", "20")
            if year or not iso:
                out.append(Quantity.of_figure(part, start, int(part), "year" if year else "cardinal"))
        start = end + 1
    return out


def find_quantities(
    text: str, *, tokens: list[Token] | None = None, times: Sequence[ClockTime] | None = None
) -> list[Quantity]:
    """Find every number-like mention in ``text``, sorted by start and non-overlapping.

    Args:
        text: any string; offsets in the result point into it.
        tokens: ``tokenize(text)``, when the caller has it already (the claims of an
            article read one token stream); computed here otherwise.
        times: ``find_times(text)``, when the caller has it already; computed here otherwise.
            Digits inside a clock time are no figure.

    Returns:
        One :class:`~claimdiff.models.Quantity` per mention, with the interval its words allow.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("They signed 11 agreements and about 80 percent agreed.")]
    [('11 agreements', 11, 'agreement'), ('about 80 percent', 80, 'percent')]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    toks = tokenize(text) if tokens is None else tokens
    r = Reader(text, toks)
    out: list[Quantity] = []
    k = 0
    for cand in _candidates(toks):
        if cand < k:
            continue
        k = cand
        bare = bare_figure(r, k)
        if bare is not None:
            out.append(bare)
            k += 1
            continue
        hit: Hit | None = None
        for name, rule in RULES_BY_KIND[toks[k].kind]:
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
    return _without_clock_times(out, find_times(text) if times is None else times)


#: A word just before a figure, with what precedes it: "Boeing 737", "MAX 8", "Formula 1".
_WORD_BEFORE = re.compile(r"(?P<lead>[^\s\w]*)\s*(?P<word>[^\W\d_][\w.]*)\s\Z")
#: An ordinal or count word hyphenated to a second half: "first-degree", "third-party".
_COMPOUND = re.compile(r"[^\W\d_]+-([^\W\d_]+)\Z")
#: After a house number: one to three capitalised words and a street type ("221 Baker Street").
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:" + "|".join(sorted(lex.STREET_TYPES, key=len, reverse=True)) + r")\b"
)
#: Units that make a figure after a name a figure of that name: money and shares.
_SUM_UNITS = lex.CURRENCY_CODES | {"percent", "share"}
#: Characters after which a capitalised word may just start a sentence or a quote.
_OPENERS = frozenset(".!?:;\"'“‘(«—–\n")


def is_part_of_name(text: str, q: Quantity) -> bool:
    """Return whether a number-like mention is part of a name or a compound that counts nothing.

    :func:`find_quantities` reads every number-like mention; claim finding leaves these out:
    "COVID-19", "MH-17" (digits glued by a hyphen to a capitalised word), "Boeing 737",
    "Windows 11", "Formula 1", "iPhone 15", "Train 517" (a number right after a capitalised word
    inside a sentence, unless the word leads figures: "About 40", a month, a weekday; or
    stands in a list of names and figures: "Smith 52, Jones 31 and Lee 17"),
    "first-degree murder", "third-party claims" (:data:`NOT_COUNTED_COMPOUNDS`), "one-time
    items" and "a one-off payment" (:data:`NOT_COUNTED_WORDS`), a house
    number ("221 Baker Street").

    >>> text = "COVID-19 cases rose as the Boeing 737 fleet carried 132 people."
    >>> [q.text for q in find_quantities(text) if not is_part_of_name(text, q)]
    ['132 people']
    """
    compound = _COMPOUND.match(q.text)
    if compound is not None and compound.group(1).casefold() in lex.NOT_COUNTED_COMPOUNDS:
        return True
    if q.text.casefold().replace("\u2011", "-") in lex.NOT_COUNTED_WORDS:
        return True
    if not q.text[:1].isdigit() or q.start == 0:
        return False
    if text[q.start - 1] == "-":
        k = q.start - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        return k < q.start - 1 and any(ch.isupper() for ch in text[k : q.start - 1])
    if q.kind == "cardinal" and _STREET_AFTER.match(text, q.end):
        return True  # "221 Baker Street", "10 Downing St."
    if q.kind != "cardinal" or (q.unit is not None and (q.measure is not None or q.unit in _SUM_UNITS)):
        return False  # "Jones 31%", "Smith $40": a name's share or price is a figure
    if not text[q.start - 1].isspace():
        return False  # _WORD_BEFORE ends with white space before the figure ("(15", "1,2")
    found = _WORD_BEFORE.search(text, max(0, q.start - 40), q.start)
    if found is None:
        return False
    word = found.group("word")
    if not any(ch.isupper() for ch in word) or word.casefold().rstrip(".") in lex.FIGURE_LEADS:
        return False  # a name may be cased inside ("iPhone 15"); "About 40" leads a figure
    if word.casefold().rstrip(".") in MONTHS or word.casefold() in WEEKDAYS:
        return False
    before = text[max(0, found.start("word") - 5) : found.start("word")].rstrip(" ")
    # not where a sentence or quote starts, nor in a list of names and figures
    return bool(before) and before[-1] not in _OPENERS and before[-1] != "," and not before.endswith(" and")


def _without_clock_times(found: list[Quantity], times: Sequence[ClockTime]) -> list[Quantity]:
    """Drop the figures inside clock times: "9 a.m." is a time, not nine of something."""
    if not times:
        return found
    starts = [t.start for t in times]
    return [q for q in found if not overlaps_a_time(times, starts, q.start, q.end)]


def _candidates(toks: list[Token]) -> list[int]:
    """Return the token indices where some rule of RULES can match.

    A word outside :data:`STARTERS` and not glued to a following "$" ("US$"), a symbol
    outside it, a starter whose next word fails its gate (:data:`GATES`: "in" before
    anything but "excess", "a" before anything but "dozen", "third", "hundred" ...) and a
    dash not glued to a digit start no rule, so the scan skips them: most of a text.
    """
    out: list[int] = []
    append = out.append
    last = len(toks) - 1
    # one comprehension picks the few tokens worth a look; the loop reads only those
    for k in [k for k, tok in enumerate(toks) if tok[0] in _ALWAYS or tok[4] in STARTERS]:
        kind, start, end, text, low = toks[k]
        if kind in _ALWAYS:
            append(k)
        elif low in STARTERS:
            if text == "$" and k:
                before = toks[k - 1]
                if before.kind is WORD and before.end == start and k - 1 not in out[-1:]:
                    append(k - 1)  # "US$", "A$": the word before the sign starts the currency
            gate = GATES.get(low)
            if gate is None:
                if low not in _SIGNS or (k < last and toks[k + 1].kind is NUM and toks[k + 1].start == end):
                    append(k)
            elif k < last and toks[k + 1].low in gate:
                append(k)
    return out


#: Signs that start a rule only when glued to a figure ("-5").
_SIGNS = frozenset({"-", "−"})


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
    toks = tokenize(words)
    if not toks:
        return None
    r = Reader(words, toks)
    sign, k = read_sign(r, 0)
    core = read_core(r, k)
    if core is None or core.value is None or core.end != r.n or core.kind not in ("cardinal", "fraction", "decade"):
        return None
    return as_number(core.value * sign)
