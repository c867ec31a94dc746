"""Find date and time expressions and resolve them against the publication date.

The rules read the article's token stream (:func:`~claimdiff.claims.tokens.tokenize`)
through one named step, :func:`~claimdiff.claims.tokens.split_runs`: a day, a month and a
year are tokens of their own for every rule, so the few tokens that join one of them to
something else ("5/17/2018", "May 4,2023", "Thursday’s", figures with commas) are split into
letter runs, digit runs and symbols, and every other token is kept as it is. Reading the
stream unsplit would teach each rule the inside of figures, chains and possessives. The step
runs once per article and only looks closely at tokens other than plain words and symbols:
on 1 MB of news text it takes 0.06 s of find_dates' 0.19 s, against 0.42 s for
``tokenize``; a test checks that its tokens are the letter runs, digit runs and symbols of
the text. At each token where a rule can start (:func:`_picked`, :func:`_may_start`), the
named rules of an ordered tuple (:data:`RULES`) that can start at its word
(:data:`RULE_STARTS`) are tried, longest pattern first. A leading preposition or
modifier ("in", "on", "since", "early", "earlier") is kept in the mention's text.

Resolution follows news conventions, given ``published`` (the article's date) and the tense
of the date's clause (the nearest modal, auxiliary, schedule word or past form either side
of it: "will appear on Friday", "is expected on Thursday" are future; "came in July",
"In September, Biden visited" past; verbs of saying tell nothing):

* a bare weekday is the next such day on or after publication in a clause of the future,
  otherwise the most recent one on or before it ("Thursday" in an article of Thursday
  2024-06-20 is 2024-06-20); "this Saturday" is that day in the publication's ISO week;
  "last Thursday" the most recent one strictly before; "next Thursday" the first one
  strictly after; "this morning" is the publication day, "last night" the evening before;
* a month, or month and day, without a year is the most recent one on or before
  publication in a clause of the past, the next one on or after it in one of the future,
  otherwise the nearest either way ("In September, Biden visited" in June 2024 is
  2023-09-01..2023-09-30; "June 25" in a story of June 20 is the coming one); a weekday named
  with it picks the year it falls on ("Wednesday, December 17");
* "last/this/next year|month|week" are calendar units relative to publication; a
  week is the ISO week (Monday..Sunday); "earlier in the week" is Monday..publication;
  "the past year" and "the last month" are the year or month up to publication;
* "five years ago" is the calendar year five before publication's, "two months ago" the
  month two before, "three days ago" the day; "two weeks ago" the days three either side of
  the day fourteen before; "two decades ago" is twenty years ago, and an approximate count
  covers what rounds to it ("almost 40 years ago" is 36 to 40 years ago, "about 20 years
  ago" 18 to 22);
* "over the weekend" is the Saturday and Sunday before publication in a clause of the past,
  "at the weekend" the coming ones in a clause of the future;
* seasons are their three months as the northern hemisphere counts them ("last summer" is June
  to August of the year before a spring publication; "in the summer of 2019"); a season word
  with no "in", "last", "this", "next" or year is no date ("the winter was harsh");
* quarters and halves of a year are their months ("the first quarter of 2027", "Q3 2026", "the
  second half of this year"); with no year ("in the third quarter", perhaps a company's own)
  they are no date;
* years, "March 2023" and "June 20, 2024" need no publication date; decades span
  ten years ("the 1980s"), "early/mid/late" narrow a decade or a year to a third.

``relative`` is True when the words are relative to publication ("last year", "Thursday",
"June 20" with no year), whether or not ``published`` was given; without it, relative
mentions keep ``low``/``high`` None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

from .._lexicon.dates import (
    AGO_UNITS,
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_WEEKDAYS,
    AUXILIARIES,
    DATE_PREPOSITIONS,
    DAY_CLAUSE_ENDS,
    FUTURE_CUES,
    MONTHS,
    NOT_PARTICIPLES,
    PART_HOURS,
    PARTS_OF_DAY,
    PAST_CUES,
    PERFECT_MODALS,
    RELATIVE_DAYS,
    RELATIVE_OFFSETS,
    REPORTING_VERBS,
    THIS_PARTS,
    WEEKDAY_HABITS,
    WEEKDAYS,
)
from ..errors import InvalidArgument, short_repr
from ..models import DateMention, Granularity, Quantity
from .quantities import find_quantities
from .times import ClockTime, find_times, overlaps_a_time
from .tokens import WORD, Token, split_runs, tokenize

__all__ = ["RULES", "TenseReader", "dates_apart", "find_dates", "is_participle"]

#: The granularities as module constants: the rules read them per date, and reading a member off
#: its Enum class is slow on Python 3.11 (see the note on the token kinds in :mod:`.tokens`).
_DAY, _WEEK, _MONTH, _YEAR = Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.YEAR
_DECADE, _PART_OF_DAY, _TIME = Granularity.DECADE, Granularity.PART_OF_DAY, Granularity.TIME

_ISO = re.compile(r"((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])")
#: A day of the month as one or two digits ("4", "04", "31") -> its number: a dict, not a
#: pattern and int(), since the rules read every figure next to a month name as a day.
_DAYS = {**{str(day): day for day in range(1, 32)}, **{f"0{day}": day for day in range(1, 10)}}
#: A year as the date rules read one, "1000" to "2099" -> its number.
_YEARS = {str(year): year for year in range(1000, 2100)}
_PREFIXES = frozenset(DATE_PREPOSITIONS | {"early", "late", "mid", "earlier", "later"})
_FULL_MONTHS = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    }
)
#: Words before a month name that make it one ("in May", "last March", "until June").
_BEFORE_A_MONTH = _PREFIXES | {"last", "next", "this", "of", "until"}
_PARTS_CONTEXT = frozenset({"in", "at", "this", "early", "late", "during", "overnight"})


class _Found(NamedTuple):
    """What a rule read: token span and the fields of the mention."""

    end: int
    granularity: Granularity
    low: dt.date | None
    high: dt.date | None
    weekday: int | None = None
    part: str | None = None
    relative: bool = False


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")
#: How far before its first token or after its last a rule may read a token's text. Every rule
#: starts at a token of the text and steps a few tokens either way (at most about 25 through
#: :func:`_rule_part_of_day`, :func:`_rule_weekday` and :func:`_rule_month_day` in turn).
_REACH = 64
_V = TypeVar("_V")


class _Ctx:
    """One text: its tokens, the publication date and the years find_quantities found (given
    its clock times ``times``, when the caller has them)."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        quantities: Sequence[Quantity] | None,
        tokens: list[Token] | None,
        times: Sequence[ClockTime] | None = None,
    ) -> None:
        self.text = text
        self.published = published
        if tokens is None:
            tokens = tokenize(text)
        if quantities is None:
            quantities = find_quantities(text, tokens=tokens, times=times)
        self.toks = split_runs(text, tokens)
        self.n = len(self.toks)
        self.clock_spans = sorted((t.start, t.end) for t in times or ())
        """Where the clock times are: a date starts at none of their tokens ("shortly before
        midnight on Saturday": the day after the time is read on its own)."""
        lows = [tok.low for tok in self.toks]
        lows += [""] * _REACH
        self.low: Callable[[int], str] = lows.__getitem__
        """The lower-case text of token k, "" for k outside the text: a C call on a list padded
        with :data:`_REACH` empty strings (index -1 is the last pad), the rules' commonest read."""
        self.years: dict[int, tuple[int, int]] = {}
        """Token index of a year -> (first year, last year) as find_quantities read it."""
        self.ago: dict[int, tuple[int, int, str, int]] = {}
        """Token index of a count of time units before "ago" ("five years ago", "almost 40 years
        ago", "two decades ago") -> (fewest, most units it may be, unit, token index after "ago"):
        an approximate count covers what rounds to it ("almost 40" is 36 to 40), a decade is ten
        years."""
        for q in quantities:
            if (
                q.kind == "year"
                and isinstance(q.low, int)
                and isinstance(q.high, int)
                and dt.MINYEAR <= q.low <= q.high <= dt.MAXYEAR  # "0s" and "10000s" are no calendar years
            ):
                k = bisect.bisect_left(self.toks, q.start, key=_START)
                if k < self.n and self.toks[k].start == q.start:
                    self.years[k] = (q.low, q.high)
            elif (q.unit in AGO_UNITS or q.unit in _AGO_MULTIPLES) and isinstance(q.value, int) and 0 < q.value < 1000:
                self._read_ago(q)

        self._tenses: dict[int, str] = {}

    def _read_ago(self, q: Quantity) -> None:
        """Note a count of time units that "ago" follows ("five years ago")."""
        k = bisect.bisect_left(self.toks, q.start, key=_START)
        last = bisect.bisect_left(self.toks, q.end, key=_END)
        if k < self.n and self.toks[k].start == q.start and last < self.n and self.low(last + 1) == "ago":
            assert isinstance(q.value, int) and q.unit is not None
            unit, times = _AGO_MULTIPLES.get(q.unit, (AGO_UNITS.get(q.unit, ""), 1))
            fewest, most = q.value, q.value
            if q.approximate and isinstance(q.low, (int, float)):
                fewest = math.floor(q.low)  # "almost 40": 36 to 40
                # "more than 20 years ago": any time before then
                most = math.ceil(q.high) if isinstance(q.high, (int, float)) else _OPEN_AGO
            self.ago[k] = (fewest * times, most * times, unit, last + 2)

    def tense(self, k: int) -> str:
        """Return "future", "past" or "" for a date read at token k: see :func:`_tense`."""
        found = self._tenses.get(k)
        if found is None:
            found = self._tenses[k] = _tense(self, k)
        return found

    def is_cap(self, k: int) -> bool:
        return 0 <= k < self.n and self.toks[k].text[:1].isupper()


# --- tense ---------------------------------------------------------------------------------

#: Words read on each side of a date for its tense.
_TENSE_REACH = 8
_CLAUSE_ENDS = frozenset({";", "!", "?"})
#: Words after a comma that open another clause, whose tense is its own.
_CLAUSE_OPENERS = frozenset({"and", "but", "while", "whereas", "which", "who", "when", "as", "although", "though"})


#: Opening double quotation marks (a straight one opens as well as closes).
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u00ab"})
#: Marks that open a sentence after a full stop and a space: an opening quote or bracket.
_SENTENCE_OPENERS = frozenset({'"', "\u201c", "\u2018", "(", "["})


def _clause_words(c: _Ctx, k: int, step: int) -> list[int]:
    """Return the indices of up to :data:`_TENSE_REACH` word tokens from k (excluded) in
    direction ``step``, within k's clause: a semicolon, a sentence end or a line break ends it."""
    out: list[int] = []
    j = k
    toks, text, back = c.toks, c.text, step < 0
    while len(out) < _TENSE_REACH and 0 <= j + step < c.n:
        first, second = (j + step, j) if back else (j, j + step)  # two neighbouring tokens, in text order
        if text.find("\n", toks[first].end, toks[second].start) >= 0 or toks[j + step].low in _CLAUSE_ENDS:
            break
        if c.low(first) == "." and c.toks[first].end < c.toks[second].start and (
            c.is_cap(second) or c.low(second) in _SENTENCE_OPENERS
        ):
            break  # "... on Monday. The" and '... on Monday. "We' end a sentence; "p.m. on" and "Feb. 13" do not
        if c.low(first) == "," and c.low(second) in _CLAUSE_OPENERS:
            break  # "shut since Monday, and there is no end": another clause
        if c.low(first) == ":" and c.low(second) in _QUOTE_MARKS:
            break  # 'On Tuesday, she said: "We will ...': a quote set after a colon has its own tense
        j += step
        if c.toks[j].kind is WORD:
            out.append(j)
    return out


def _tense_of(c: _Ctx, j: int) -> str:
    """Return the tense word j gives, or "": a modal, an auxiliary, a schedule word, a past form."""
    low = c.low(j)
    if low == "won" and c.low(j + 1) in ("'", "’") and c.low(j + 2) == "t":
        return "future"  # "won't"
    if _in_compound(c, j):
        return ""  # "a three-set win", "a set-piece goal", "a long-expected move": part of a word
    if low in REPORTING_VERBS:
        return ""  # "..., the commission said": when it was said, not when it happens
    if low in PERFECT_MODALS and "have" in (c.low(j + 1), c.low(j + 2) if c.low(j + 1) == "not" else ""):
        return "past"  # "should not have happened", "may have started"
    if low in FUTURE_CUES:
        # "voted on the plan on 3 March": after a determiner the cue is a noun, and no tense
        return "" if low in _NOUN_CUES and c.low(j - 1) in _DETERMINERS else "future"
    if low in PAST_CUES and (low in _PAST_MARKERS or low in AUXILIARIES):
        return "past"
    if low in PAST_CUES or is_participle(low):
        return "" if c.low(j - 1) in AUXILIARIES else "past"  # "will be held": the auxiliary tells
    return ""


def _in_compound(c: _Ctx, j: int) -> bool:
    """Whether word j is joined by a hyphen to the word before or after it ("three-set")."""
    tok = c.toks[j]
    return (tok.start >= 2 and c.text[tok.start - 1] == "-" and c.text[tok.start - 2].isalnum()) or (
        tok.end + 1 < len(c.text) and c.text[tok.end] == "-" and c.text[tok.end + 1].isalnum()
    )


#: Future cues that are also nouns ("the plan", "its plans", "the beginning of"): after a word of
#: :data:`_DETERMINERS` they name a thing, and tell no tense of the clause.
_NOUN_CUES = frozenset({"plan", "plans", "beginning", "set", "runs", "ends"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


#: Past cues that are no participles, so no auxiliary before them changes their tense.
_PAST_MARKERS = frozenset({"ago", "since", "yesterday", "last", "earlier", "previous", "previously"})


def is_participle(word: str) -> bool:
    """Return whether a lower-case word reads as a regular past form or participle ("filed").

    >>> is_participle("counted"), is_participle("hundred"), is_participle("agreed")
    (True, False, False)
    """
    return len(word) >= 5 and word.endswith("ed") and not word.endswith("eed") and word not in NOT_PARTICIPLES


def _tense(c: _Ctx, k: int) -> str:
    """Return the tense of the clause of a date at token k, from the nearest tense word.

    Words are read alternately before and after the date, nearest first (the one before at
    equal distance): "will appear on Friday" and "on Friday, the men will appear" are
    "future"; "came in July" and "In September, Biden visited Hanoi" are "past"; a clause with
    no tense word gives "".
    """
    before, after = _clause_words(c, k, -1), _clause_words(c, k, 1)
    if _said_then(c, k, before, after):
        return "past"
    for x in range(_TENSE_REACH):
        for side in (before, after):
            if x < len(side):
                found = _tense_of(c, side[x])
                if found:
                    return found
    # the whole clause before the date read, no tense word in it: an infinitive is a plan
    whole = len(before) < _TENSE_REACH
    return "future" if whole and any(_infinitive(c, j) for j in before) else ""


#: Words read from a date to a past verb of saying that it dates ("said in a statement on Monday").
_SAID_REACH = 5
#: Verbs of saying in the past: a date they govern is the day of the saying, before publication.
_PAST_REPORTING = frozenset(w for w in REPORTING_VERBS if w.endswith("ed") or w in ("said", "told", "wrote"))


def _said_then(c: _Ctx, k: int, before: list[int], after: list[int]) -> bool:
    """Whether a date is the day a past verb of saying was said: right after it with no comma
    between ("said on Monday that ...", "told reporters in Geneva on Tuesday"), or in a clause
    of no tense before it whose words it goes on to give ("On Monday, the ministry said ...",
    "The minister, speaking on Tuesday, said ..."; not "The vote on Tuesday, officials said,
    will be close"). What was said may be of the future: its modal ("that the ban would end")
    does not date the saying."""
    for j in before[:_SAID_REACH]:
        if c.low(j) in _PAST_REPORTING:
            return not any(c.low(i) == "," for i in range(j + 1, k))
        if _tense_of(c, j):
            return False
    if len(before) >= _TENSE_REACH or any(_tense_of(c, j) for j in before):
        return False
    for j in after[: _SAID_REACH + 1]:
        if c.low(j) in _PAST_REPORTING:
            return c.low(j + 1) != ","
        if _tense_of(c, j):
            return False
    return False


#: Words after "to" that make it no infinitive marker: "rose to the highest", "from 3 to 5".
_NOT_INFINITIVES = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
     "be", "date", "day", "come", "follow"}
)


def _infinitive(c: _Ctx, j: int) -> bool:
    """Whether word j is the verb of a bare infinitive ("to strike"): with no tense word in the
    clause it ends (read whole back to its start), the headline form of a plan ("Doctors to
    strike from Wednesday", "Talks to resume on Monday"). "to be" and "to date" tell nothing."""
    w = c.low(j)
    return c.low(j - 1) == "to" and w.isalpha() and w not in _NOT_INFINITIVES and not c.is_cap(j)


class TenseReader:
    """Read the tense of the clause around any offset of one text (see :func:`_tense`).

    >>> read = TenseReader("They met on Monday and will meet again on Friday.")
    >>> read(8), read(38)
    ('past', 'future')
    """

    def __init__(self, text: str) -> None:
        self._c = _Ctx(text, None, (), None)

    def __call__(self, start: int) -> str:
        """Return "future", "past" or "" for a date starting at offset ``start``."""
        c = self._c
        k = bisect.bisect_left(c.toks, start, key=_START)
        if k >= c.n:
            return ""
        return _tense_of(c, k) if c.low(k) in _PAST_MARKERS else c.tense(k)  # "since Monday": past


# --- calendar helpers -----------------------------------------------------------------------


def _year_span(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + 1, 1, 1) if month == 12 else dt.date(year, month + 1, 1)
    return first, nxt - dt.timedelta(days=1)


def _week_span(day: dt.date, offset: int = 0) -> tuple[dt.date, dt.date]:
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _narrow(first: int, last: int, modifier: str) -> tuple[dt.date, dt.date]:
    """Narrow years ``first..last`` to about their first ("early"), middle ("mid") or last ("late") third.

    A decade keeps whole years (early 2000s = 2000..2003, mid = 2003..2006, late = 2007..2009);
    a single year keeps months (early = January..April, mid = May..August, late = September..December).
    """
    if first == last:
        months = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}[modifier]
        return _month_span(first, months[0])[0], _month_span(first, months[1])[1]
    offsets = {"early": (0, 3), "mid": (3, 6), "late": (7, 9)}[modifier]
    return dt.date(first + offsets[0], 1, 1), dt.date(min(first + offsets[1], last), 12, 31)


# --- pieces ---------------------------------------------------------------------------------


def _month_at(c: _Ctx, k: int, *, context: bool) -> int | None:
    """Read a month name at k; ambiguous ones ("May", "March") need capitals and context."""
    low = c.low(k)
    if low not in MONTHS:
        return None
    if low in AMBIGUOUS_MONTHS or (len(low) <= 4 and low != "june" and low != "july"):
        if not c.is_cap(k):
            return None
        if len(low) <= 4 and low not in ("may", "june", "july") and c.low(k + 1) != ".":
            return None
        after = k + 2 if c.low(k + 1) == "." else k + 1  # "Dec. 17", "Jan. 2024"
        if low in AMBIGUOUS_MONTHS and not context and not _day_at(c, after) and _year_at(c, after) is None:
            return None
    return MONTHS[low]


def _day_at(c: _Ctx, k: int) -> tuple[int, int] | None:
    """Read a day of the month at k ("20", "4th"): (day, end)."""
    day = _DAYS.get(c.low(k))
    if day is None:
        return None
    end = k + 1
    if c.low(end) in ("st", "nd", "rd", "th") and c.toks[end].start == c.toks[k].end:
        end += 1
    return day, end


def _year_at(c: _Ctx, k: int) -> int | None:
    year = _YEARS.get(c.low(k))
    if year is None:
        return None
    if k + 1 < c.n and c.toks[k + 1].start == c.toks[k].end and c.low(k + 1) not in (",", ".", ")", ";", ":"):
        return None
    return year


def _weekday_at(c: _Ctx, k: int) -> int | None:
    low = c.low(k)
    if low not in WEEKDAYS:
        return None
    if low in AMBIGUOUS_WEEKDAYS and not (c.is_cap(k) and c.low(k + 1) == "."):
        return None
    return WEEKDAYS[low]


def _part_at(c: _Ctx, k: int) -> tuple[str, int] | None:
    """Read a part of the day at k: "morning", "the early hours"; (name, end)."""
    j = k + 1 if c.low(k) == "the" else k
    if c.low(j) in ("early", "small", "wee") and c.low(j + 1) == "hours":
        return "early_hours", j + 2
    if c.low(j) == "early" and c.low(j + 1) in ("morning", "mornings"):
        return "morning", j + 2
    if c.low(j) == "late" and c.low(j + 1) in PARTS_OF_DAY:
        return PARTS_OF_DAY[c.low(j + 1)], j + 2
    if c.low(j) in PARTS_OF_DAY:
        return PARTS_OF_DAY[c.low(j)], j + 1
    return None


# --- resolution -----------------------------------------------------------------------------


def _resolve_weekday(pub: dt.date, weekday: int, which: str, tense: str = "") -> dt.date:
    """Resolve a weekday: "this", "next" and "last" as written; a bare one is the next such day
    on or after publication in a clause of the future, else the most recent on or before."""
    if which == "" and tense == "future":
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)
    if which == "this":
        return _week_span(pub)[0] + dt.timedelta(days=weekday)
    if which == "next":
        return pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    if which == "last":
        return pub - dt.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _pick_year(c: _Ctx, at: int, month: int, day: int | None, weekday: int | None = None) -> int | None:
    """Return the year of a yearless month or day.

    In a clause of the past (:func:`_tense`) it is the most recent such month or day on or
    before publication, in one of the future the next on or after it, otherwise the nearest
    one either way ("the hearing on May 27" in a story of June 11 is the last May 27, "June
    25" in one of June 20 the coming one). A date after "until" ends a state that may last
    past publication: a past verb before it ("were suspended until March 30") tells nothing.
    A weekday given with the day ("Wednesday, December 17") picks the year it falls on.
    """
    pub = c.published
    if pub is None:
        return None
    tense = c.tense(at)
    if weekday is not None or (tense == "past" and c.low(at - 1) in ("until", "till")):
        tense = ""  # the weekday tells the year better than the tense
    best = _nearest(pub, tense, _year_spans(pub.year, month, day, weekday))
    if best is None:
        return None if weekday is None else _pick_year(c, at, month, day)
    return best


def _year_spans(
    around: int, month: int, day: int | None, weekday: int | None
) -> Iterator[tuple[dt.date, dt.date, int]]:
    """Yield (first day, last day, year) of a month or day in the years about ``around`` (the
    weekday, when given, must fit the day)."""
    for year in (around - 1, around, around + 1):
        if day is None:
            yield (*_month_span(year, month), year)
            continue
        found = _safe_date(year, month, day)
        if found is not None and (weekday is None or found.weekday() == weekday):
            yield found, found, year


def _nearest(pub: dt.date, tense: str, spans: Iterable[tuple[dt.date, dt.date, _V]]) -> _V | None:
    """Return the value of the span (first day, last day, value) nearest publication that the
    tense allows: none after it in a clause of the past, none before it in one of the future;
    at equal distance the one before publication, then the first given."""
    best: tuple[int, bool, _V] | None = None
    for lo, hi, value in spans:
        if (tense == "past" and lo > pub) or (tense == "future" and hi < pub):
            continue
        ahead = lo > pub
        gap = (lo - pub).days if ahead else max(0, (pub - hi).days)
        if best is None or (gap, ahead) < best[:2]:
            best = (gap, ahead, value)
    return None if best is None else best[2]


# --- rules ----------------------------------------------------------------------------------

_Rule = Callable[[_Ctx, int], "_Found | None"]


def _rule_iso(c: _Ctx, k: int) -> _Found | None:
    m = _ISO.match(c.text, c.toks[k].start)
    if m is None:
        return None
    day = _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if day is None:
        return None
    end = k
    while end < c.n and c.toks[end].end <= m.end():
        end += 1
    return _Found(end, _DAY, day, day, weekday=day.weekday())


def _rule_weekday(c: _Ctx, k: int) -> _Found | None:
    """'Thursday', 'this Thursday night', 'Thursday, June 20', 'early on Thursday morning'."""
    which = ""
    j = k
    if c.low(j) in ("this", "last", "next", "past"):
        which, j = ("last" if c.low(j) == "past" else c.low(j)), j + 1
    weekday = _weekday_at(c, j)
    if weekday is None:
        return None
    abbreviated = not c.low(j).endswith("day") and c.low(j + 1) == "."
    end = j + 1 + (1 if abbreviated and c.toks[j + 1].start == c.toks[j].end else 0)
    day: dt.date | None = None
    relative = False
    # "Thursday, June 20" or "Thursday (June 20, 2024)"
    k2 = end + 1 if c.low(end) in (",", "(") else end
    explicit = _rule_month_day(c, k2, weekday=weekday)
    if explicit is not None and explicit.granularity == _DAY:
        day, end, relative = explicit.low, explicit.end, explicit.relative
        if c.low(end) == ")":
            end += 1
    else:  # a bare weekday is relative to publication, resolved only when that is known
        relative = True
        if c.published is not None:
            day = _resolve_weekday(c.published, weekday, which, c.tense(k))
    part = _part_at(c, end)
    if part is None and c.low(end) in ("in", "at") and c.low(end + 1) in ("the", "night"):
        part = _part_at(c, end + 1)
    if part is None and explicit is None and c.low(end) in WEEKDAY_HABITS:
        return None  # "Sunday hours": a weekly habit, no date
    granularity = _DAY
    name: str | None = None
    if part is not None:
        name, end, granularity = part[0], part[1], _PART_OF_DAY
    if c.low(k - 1) == "early" and name is None:
        name, granularity = "morning", _PART_OF_DAY
    return _Found(end, granularity, day, day, weekday=weekday, part=name, relative=relative)


def _rule_part_of_day(c: _Ctx, k: int) -> _Found | None:
    """'the early hours on Thursday', 'on the morning of June 20', 'in the afternoon', 'tonight'."""
    part = _part_at(c, k)
    if part is None:
        return None
    name, end = part
    if c.low(end) in ("on", "of") or (c.low(end) == "," and c.low(end + 1) in ("on",)):
        j = end + 1 if c.low(end) != "," else end + 2
        if c.low(j) == "the":
            j += 1
        day = _rule_weekday(c, j) or _rule_month_day(c, j) or _rule_relative_day(c, j)
        if day is not None and day.granularity in (_DAY, _PART_OF_DAY):
            return day._replace(granularity=_PART_OF_DAY, part=name)
    if c.low(k) == "tonight":
        return _rule_relative_day(c, k)
    before = c.low(k - 1)
    if before in _PARTS_CONTEXT or (c.low(k) == "the" and c.low(k - 1) in _PARTS_CONTEXT) or name == "early_hours":
        if c.low(k) in ("night", "nights") and before not in ("at", "overnight", "this", "last", "the"):
            return None
        return _Found(end, _PART_OF_DAY, None, None, part=name)
    return None


def _rule_this_part(c: _Ctx, k: int) -> _Found | None:
    """'this morning', 'this afternoon' (the publication day), 'last night' (the day before)."""
    offset = THIS_PARTS.get(c.low(k))
    part = None if offset is None else _part_at(c, k + 1)
    if offset is None or part is None or (offset and part[0] not in ("night", "evening")):
        return None
    day = None if c.published is None else c.published + dt.timedelta(days=offset)
    weekday = None if day is None else day.weekday()
    return _Found(part[1], _PART_OF_DAY, day, day, weekday, part[0], relative=day is not None)


def _rule_relative_day(c: _Ctx, k: int) -> _Found | None:
    """'today', 'yesterday morning', 'tonight'; not the end of a name ('Neurology Today', 'North West Tonight')."""
    low = c.low(k)
    if low not in RELATIVE_DAYS:
        return None
    if c.is_cap(k) and c.is_cap(k - 1) and c.toks[k - 1].kind is WORD:
        return None
    day = None if c.published is None else c.published + dt.timedelta(days=RELATIVE_DAYS[low])
    end = k + 1
    name = "night" if low == "tonight" else None
    granularity = _PART_OF_DAY if name else _DAY
    part = _part_at(c, end)
    if part is not None and name is None:
        name, end, granularity = part[0], part[1], _PART_OF_DAY
    return _Found(
        end,
        granularity,
        day,
        day,
        weekday=None if day is None else day.weekday(),
        part=name,
        relative=True,
    )


def _rule_month_day(c: _Ctx, k: int, *, weekday: int | None = None) -> _Found | None:
    """'June 20, 2024', 'June 20', '20 June 2024', 'the 4th of May', 'March 2023', 'September'.

    ``weekday``: the weekday named before it ("Wednesday, December 17"), which picks its year.
    """
    j = k + 1 if c.low(k) == "the" else k
    day = _day_at(c, j)
    if day is not None:
        m_k = day[1] + 1 if c.low(day[1]) == "of" else day[1]
        month = _month_at(c, m_k, context=True)
        if month is None:
            return _day_of_the_month(c, k, j, day)
        end = m_k + 1 + (1 if c.low(m_k + 1) == "." and c.low(m_k) not in _FULL_MONTHS else 0)
        return _with_year(c, k, end, month, day[0], weekday)
    month = _month_at(c, k, context=c.low(k - 1) in _BEFORE_A_MONTH)
    if month is None:
        return None
    end = k + 1 + (1 if c.low(k + 1) == "." and c.low(k) not in _FULL_MONTHS else 0)
    day = _day_at(c, end)
    if day is not None and _year_at(c, end) is None:
        return _with_year(c, k, day[1], month, day[0], weekday)
    return _with_year(c, k, end, month, None)


def _day_of_the_month(c: _Ctx, k: int, j: int, day: tuple[int, int]) -> _Found | None:
    """Read "on the 9th" where a clause ends after it: a day of a month the story leaves to its date.

    It is the most recent such day on or before publication in a clause of the past, the next on
    or after it in one of the future, else the nearest (:func:`_pick_month`). "on the 9th hole"
    and "the 3rd floor" go on after the day, so they are no date.
    """
    number, end = day
    if c.low(k) != "the" or c.low(k - 1) != "on" or end != j + 2 or c.low(end) not in DAY_CLAUSE_ENDS:
        return None
    found = _pick_month(c, k, number)
    weekday = None if found is None else found.weekday()
    return _Found(end, _DAY, found, found, weekday, relative=True)


def _pick_month(c: _Ctx, at: int, day: int) -> dt.date | None:
    """Return the date of a day of the month given without its month, as :func:`_pick_year` picks years."""
    pub = c.published
    if pub is None:
        return None
    # two months either way: a 31st skips a short month
    months = (divmod(pub.year * 12 + pub.month - 1 + offset, 12) for offset in (-2, -1, 0, 1, 2))
    days = (_safe_date(year, month + 1, day) for year, month in months)
    return _nearest(pub, c.tense(at), ((found, found, found) for found in days if found is not None))


def _with_year(c: _Ctx, at: int, end: int, month: int, day: int | None, weekday: int | None = None) -> _Found | None:
    """Read the year after a month or day ending at token ``end``, or pick one (:func:`_pick_year`)."""
    j = end + 1 if c.low(end) == "," else end
    year = _year_at(c, j)
    if year is not None:
        end = j + 1
    if day is not None:
        if year is None and c.published is not None:
            year = _pick_year(c, at, month, day, weekday)
            found = None if year is None else _safe_date(year, month, day)
            return None if found is None else _Found(end, _DAY, found, found, found.weekday(), relative=True)
        found = None if year is None else _safe_date(year, month, day)
        its_weekday = None if found is None else found.weekday()
        return _Found(end, _DAY, found, found, its_weekday, relative=year is None)
    relative = year is None  # "in March": its year is publication's business
    if year is None and c.published is not None:
        year = _pick_year(c, at, month, None)
    if year is None:
        return _Found(end, _MONTH, None, None, relative=relative)
    lo, hi = _month_span(year, month)
    return _Found(end, _MONTH, lo, hi, relative=relative)


#: Words before "the weekend" that make it a time ("over the weekend", "at the weekend").
_WEEKEND_PREPOSITIONS = frozenset({"over", "at", "during", "across", "on", "through", "throughout"})


def _the_weekend(c: _Ctx, k: int) -> _Found:
    """'over the weekend' (the Saturday and Sunday before publication in a clause of the past),
    'at the weekend' (the coming one in a clause of the future); unresolved when the clause
    tells no tense or no publication date is known."""
    pub, tense = c.published, c.tense(k)
    if pub is None or not tense:
        return _Found(k + 2, _WEEK, None, None, relative=True)
    offset = -1 if tense == "past" and pub.weekday() < 5 else 0  # on a Saturday, "the weekend" is this one
    hi = _week_span(pub, offset)[1]
    return _Found(k + 2, _WEEK, hi - dt.timedelta(days=1), hi, relative=True)


def _rule_relative_unit(c: _Ctx, k: int) -> _Found | None:
    """'last year', 'this week', 'earlier in the week', 'later this month', 'next month'.

    "The past year" and "the last year" are the year up to publication, not the calendar
    year before ("over the past year"); "last year" alone is the calendar year.
    """
    low = c.low(k)
    j = k
    mode = ""
    if low == "the" and c.low(k + 1) == "weekend" and c.low(k - 1) in _WEEKEND_PREPOSITIONS:
        return _the_weekend(c, k)
    if (low in ("earlier", "later", "early", "late") and c.low(k + 1) in ("in", "this")) or low in RELATIVE_OFFSETS:
        if low in RELATIVE_OFFSETS:
            offset = RELATIVE_OFFSETS[low]
            j = k + 1
        else:
            mode = "earlier" if low in ("earlier", "early") else "later"
            offset = 0
            j = k + 2 if c.low(k + 1) == "this" else k + 3 if c.low(k + 2) == "the" else -1
            if j < 0:
                return None
    else:
        return None
    unit = c.low(j)
    if unit not in ("year", "month", "week", "weekend"):
        return None
    end = j + 1
    pub = c.published
    granularity = {"year": _YEAR, "month": _MONTH}.get(unit, _WEEK)
    if pub is None:
        return _Found(end, granularity, None, None, relative=True)
    if unit != "weekend" and (low == "past" or (low == "last" and c.low(k - 1) == "the")):
        return _Found(end, granularity, _rolling_start(pub, unit), pub, relative=True)  # "over the past year"
    if unit == "year":
        lo, hi = _year_span(pub.year + offset)
    elif unit == "month":
        idx = pub.year * 12 + pub.month - 1 + offset
        lo, hi = _month_span(idx // 12, idx % 12 + 1)
    else:
        lo, hi = _week_span(pub, offset)
        if unit == "weekend":
            lo = hi - dt.timedelta(days=1)
    if mode == "earlier":
        hi = min(hi, pub)
    elif mode == "later":
        lo = max(lo, pub)
    return _Found(end, granularity, lo, hi, relative=True)


def _rolling_start(pub: dt.date, unit: str) -> dt.date:
    """Return the day one ``unit`` before publication: where "the past year" starts."""
    if unit == "week":
        return pub - dt.timedelta(weeks=1)
    idx = pub.year * 12 + pub.month - 1 - (12 if unit == "year" else 1)
    year, month = divmod(idx, 12)
    return _safe_date(year, month + 1, min(pub.day, 28)) or pub


def _rule_ago(c: _Ctx, k: int) -> _Found | None:
    """'five years ago', 'a week ago', 'three days ago': counted back from publication."""
    found = c.ago.get(k)
    if found is None and c.low(k) in ("a", "an", "one") and c.low(k + 1) in AGO_UNITS and c.low(k + 2) == "ago":
        found = (1, 1, AGO_UNITS[c.low(k + 1)], k + 3)
    elif found is None and c.low(k) in ("a", "an", "one") and c.low(k + 1) in _AGO_MULTIPLES and c.low(k + 2) == "ago":
        unit, times = _AGO_MULTIPLES[c.low(k + 1)]
        found = (times, times, unit, k + 3)  # "a decade ago"
    if found is None:
        return None
    fewest, most, unit, end = found
    granularity = {"year": _YEAR, "month": _MONTH, "week": _WEEK}.get(
        unit, _DAY
    )
    pub = c.published
    if pub is None or fewest >= pub.year:
        return _Found(end, granularity, None, None, relative=True)
    most = min(most, pub.year - 1 if unit == "year" else pub.year)  # an open count reaches year 1 at most
    if unit == "year":
        lo, hi = _year_span(pub.year - most)[0], _year_span(pub.year - fewest)[1]
    elif unit == "month":
        first, last = (pub.year * 12 + pub.month - 1 - count for count in (most, fewest))
        lo, hi = _month_span(first // 12, first % 12 + 1)[0], _month_span(last // 12, last % 12 + 1)[1]
    elif unit == "week":  # a week either way of the day: "two weeks ago" is no calendar week
        lo, hi = pub - dt.timedelta(weeks=most, days=3), pub - dt.timedelta(weeks=fewest, days=-3)
    else:
        lo, hi = pub - dt.timedelta(days=most), pub - dt.timedelta(days=fewest)
    weekday = lo.weekday() if unit == "day" and lo == hi else None
    return _Found(end, granularity, lo, hi, weekday=weekday, relative=True)


#: The most units an open count before "ago" may be ("more than 20 years ago"), cut to the calendar.
_OPEN_AGO = 10**6
#: Units of "... ago" counted in another unit: "two decades ago" is twenty years ago.
_AGO_MULTIPLES = {"decade": ("year", 10), "century": ("year", 100)}


#: The months each season starts in, as news of the northern hemisphere counts them (the
#: meteorological seasons): spring March to May, summer June to August, autumn September to
#: November, winter December to February (a winter is named by the year it starts in).
SEASONS: dict[str, int] = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Words before a season ("in the summer", "during winter") that make it a time; with none, a
#: season is read only after "last", "this" or "next" or before a year, and "fall" never alone
#: ("the fall of the regime").
_SEASON_PREPOSITIONS = frozenset({"in", "during", "over", "through", "throughout", "by", "until", "since"})


def _season_span(year: int, first_month: int) -> tuple[dt.date, dt.date]:
    """The three months of the season that starts in ``first_month`` of ``year``."""
    last = (year * 12 + first_month - 1) + 2
    return _month_span(year, first_month)[0], _month_span(last // 12, last % 12 + 1)[1]


def _rule_season(c: _Ctx, k: int) -> _Found | None:
    """'last summer', 'this autumn', 'next spring', 'in the summer of 2019', 'winter 2024', 'in
    the spring' (the one the clause's tense points to: the last begun before publication in the
    past, the next to begin, or the one under way, in the future)."""
    which = c.low(k) if c.low(k) in ("last", "this", "next") else ""
    j = k + 1 if which or c.low(k) == "the" else k
    season = c.low(j)
    if season not in SEASONS:
        return None
    end, year = j + 1, None
    if c.low(end) == "of" and end + 1 in c.years:
        year, end = c.years[end + 1][0], end + 2  # "the summer of 2019"
    elif end in c.years and c.years[end][0] == c.years[end][1]:
        year, end = c.years[end][0], end + 1  # "winter 2024"
    if year is None and not which and (season == "fall" or c.low(k - 1) not in _SEASON_PREPOSITIONS):
        return None  # "the winter was harsh", "the fall of the regime": no time said
    if year is not None:
        return _Found(end, _MONTH, *_season_span(year, SEASONS[season]), relative=False)
    pub = c.published
    if pub is None:
        return _Found(end, _MONTH, None, None, relative=True)
    starts = [(y, SEASONS[season]) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    spans = [_season_span(y, m) for y, m in starts]
    begun = [span for span in spans if span[0] <= pub]
    tense = c.tense(k) if not which else ""
    if which == "last" or tense == "past":
        span = begun[-1] if which != "last" or begun[-1][1] < pub else begun[-2]
    elif which == "next":
        span = next(sp for sp in spans if sp[0] > pub)
    elif which == "this" or tense == "future":
        span = begun[-1] if begun[-1][1] >= pub else next(sp for sp in spans if sp[0] > pub)
    else:
        return _Found(end, _MONTH, None, None, relative=True)
    return _Found(end, _MONTH, *span, relative=True)


#: Ordinals of a quarter or a half of a year ("the third quarter of 2025", "the second half").
_PART_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 0, "last": 0}
#: Parts of a year: how many months each spans.
_YEAR_PARTS = {"quarter": 3, "half": 6}
#: Short forms of the parts of a year, glued to their number ("Q3 2026", "H1 2025").
_SHORT_PARTS = {"q": "quarter", "h": "half"}
#: Years said in words after "of the" or "of": the publication's, the one after, the one before.
_YEAR_WORDS = {"this": 0, "the": 0, "next": 1, "last": -1}


def _part_span(year: int, part: str, number: int) -> tuple[dt.date, dt.date]:
    """The months of the ``number``-th quarter or half of ``year`` (0: the last one)."""
    size = _YEAR_PARTS[part]
    number = number or 12 // size
    first = (number - 1) * size + 1
    return _month_span(year, first)[0], _month_span(year, first + size - 1)[1]


def _rule_year_part(c: _Ctx, k: int) -> _Found | None:
    """'the first quarter of 2027', 'the second half of this year', 'Q3 2026', 'H1 2025': the
    months of that part of the year. A part with no year ("in the third quarter") is left to
    the year an outlet reports in, which may be a company's own, and read as nothing."""
    j = k + 1 if c.low(k) == "the" else k
    if c.low(j) in _SHORT_PARTS and c.low(j + 1).isdigit() and c.toks[j + 1].start == c.toks[j].end:
        part, number, at = _SHORT_PARTS[c.low(j)], int(c.low(j + 1)), j + 2  # "Q3 2026"
        if not 1 <= number <= 12 // _YEAR_PARTS[part]:
            return None
    elif c.low(j) in _PART_ORDINALS and c.low(j + 1) in _YEAR_PARTS and c.low(j + 2) == "of":
        part, number, at = c.low(j + 1), _PART_ORDINALS[c.low(j)], j + 3
        if number > 12 // _YEAR_PARTS[part]:
            return None  # "the third half"
    else:
        return None
    if at in c.years and c.years[at][0] == c.years[at][1]:
        return _Found(at + 1, _MONTH, *_part_span(c.years[at][0], part, number), relative=False)
    offset = _YEAR_WORDS.get(c.low(at))
    if offset is None or c.low(at + 1) != "year" or c.published is None:
        return None
    return _Found(at + 2, _MONTH, *_part_span(c.published.year + offset, part, number), relative=True)


def _rule_year(c: _Ctx, k: int) -> _Found | None:
    """'2017' (a year numbers.py read in date context), 'the 1980s', 'early 2000s'."""
    j = k + 1 if c.low(k) == "the" else k
    span = c.years.get(j)
    if span is None:
        return None
    first, last = span
    if first < dt.MINYEAR or last > dt.MAXYEAR:
        return None  # "0s", "0000": no calendar year
    end = j + 1
    if c.low(end) == "s" and c.toks[end].start == c.toks[j].end:
        end += 1
    granularity = _DECADE if last > first else _YEAR
    lo, hi = dt.date(first, 1, 1), dt.date(last, 12, 31)
    if c.low(k - 1) in ("early", "mid", "late"):
        lo, hi = _narrow(first, last, c.low(k - 1))
    return _Found(end, granularity, lo, hi)


#: The scanning rules, tried in order at each token: (name, rule).
RULES: tuple[tuple[str, _Rule], ...] = (
    ("iso_date", _rule_iso),
    ("this_part_of_day", _rule_this_part),
    ("part_of_day", _rule_part_of_day),
    ("weekday", _rule_weekday),
    ("relative_day", _rule_relative_day),
    ("month_day", _rule_month_day),
    ("relative_unit", _rule_relative_unit),
    ("ago", _rule_ago),
    ("season", _rule_season),
    ("year_part", _rule_year_part),
    ("year", _rule_year),
)


#: The lower-case first words at which each rule of :data:`RULES` can read something; "0"
#: stands for a token that starts with a digit. A rule also reads "ago" and "year" at a count
#: or a year find_quantities read (``_Ctx.ago``, ``_Ctx.years``); anywhere else it reads
#: nothing, so the scan does not call it there (tests/test_dates.py checks).
RULE_STARTS: dict[str, frozenset[str]] = {
    "iso_date": frozenset({"0"}),
    "this_part_of_day": frozenset(THIS_PARTS),
    "part_of_day": frozenset({"the", "early", "small", "wee", "late", *PARTS_OF_DAY}),
    "weekday": frozenset({"this", "last", "next", "past", *WEEKDAYS}),
    "relative_day": frozenset(RELATIVE_DAYS),
    "month_day": frozenset({"the", "0", *MONTHS}),
    "relative_unit": frozenset({"the", "earlier", "later", "early", "late", *RELATIVE_OFFSETS}),
    "ago": frozenset({"a", "an", "one"}),
    "season": frozenset({"the", "last", "this", "next", *SEASONS}),
    "year_part": frozenset({"the", *_PART_ORDINALS, *_SHORT_PARTS}),
    "year": frozenset({"the"}),
}
#: The rules of :data:`RULES` by the first word they can start at (:data:`RULE_STARTS`), in order.
_RULES_AT: dict[str, tuple[_Rule, ...]] = {
    word: tuple(rule for name, rule in RULES if word in RULE_STARTS[name])
    for word in frozenset().union(*RULE_STARTS.values())
}
_EVERY_RULE = tuple(rule for _name, rule in RULES)


def _rules_at(c: _Ctx, k: int) -> tuple[_Rule, ...]:
    """Return the rules that can read something at token k, in the order of :data:`RULES`."""
    if k in c.years or k in c.ago:
        return _EVERY_RULE
    tok = c.toks[k]
    return _RULES_AT.get("0" if "0" <= tok.text[0] <= "9" else tok.low, ())


def _prefix_start(c: _Ctx, k: int, found: _Found) -> int:
    """Extend a mention left over "in", "on the", "early on", "since", "in the"."""
    start = k
    for _ in range(3):
        prev = c.low(start - 1)
        if prev in _PREFIXES or (prev == "the" and c.low(start - 2) in _PREFIXES):
            start -= 1
            if prev == "the":
                start -= 1
        else:
            break
    return start


def find_dates(
    text: str,
    *,
    published: dt.date | None = None,
    quantities: Sequence[Quantity] | None = None,
    tokens: list[Token] | None = None,
    times: Sequence[ClockTime] | None = None,
) -> list[DateMention]:
    """Find date and time expressions in ``text``, sorted by start and non-overlapping.

    Args:
        text: any string; offsets in the result point into it.
        published: the publication date, used to resolve "Thursday", "last year", "In September".
        quantities: ``find_quantities(text)``, when the caller has it already (it tells which
            numbers are years); computed here otherwise.
        tokens: ``tokenize(text)``, when the caller has it already (the claims of an article
            read one token stream); computed here otherwise.
        times: ``find_times(text)``, when the caller has it already; computed here otherwise.

    Returns:
        One :class:`~claimdiff.models.DateMention` per expression.

    Raises:
        InvalidArgument: ``text`` is not a str, or ``published`` is not a date or None.

    >>> [(d.text, str(d.low)) for d in find_dates("He arrived on Thursday.", published=dt.date(2024, 6, 20))]
    [('on Thursday', '2024-06-20')]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    if published is not None and (not isinstance(published, dt.date) or isinstance(published, dt.datetime)):
        raise InvalidArgument(f"published must be a datetime.date or None, got {short_repr(published)}")
    found = find_times(text) if times is None else times
    return _with_times(text, _scan_dates(_Ctx(text, published, quantities, tokens, found)), found)


def _with_times(text: str, dates: list[DateMention], found: Sequence[ClockTime]) -> list[DateMention]:
    """Add clock times (:func:`~claimdiff.claims.times.find_times`) to the dates of ``text``.

    A clock time is a mention of granularity ``time`` with its minutes in ``clock``; a date
    mention that overlaps one gives way to it ("at 1745 GMT" is no year).
    """
    if not found:
        return dates
    starts = [t.start for t in found]
    times = [
        DateMention(
            text=text[t.start : t.end], start=t.start, end=t.end, granularity=_TIME,
            clock=(t.low, t.high), zone=t.zone,
        )
        for t in found
    ]
    kept = [d for d in dates if not overlaps_a_time(found, starts, d.start, d.end)]
    return sorted([*kept, *times], key=lambda d: (d.start, d.end))


def _scan_dates(c: _Ctx) -> list[DateMention]:
    text = c.text
    out: list[DateMention] = []
    k = 0
    floor = 0
    clocks, ends = c.clock_spans, [end for _start, end in c.clock_spans]
    for cand in _picked(c):
        if cand < k or not _may_start(c, cand):
            continue  # inside the date before, or no rule can start there
        if clocks and _in_clock(clocks, ends, c.toks[cand].start):
            continue  # a clock time's token: the time is read apart (find_times)
        k = cand
        found: _Found | None = None
        for rule in _rules_at(c, k):
            found = rule(c, k)
            if found is not None and found.end > k:
                break
            found = None
        if found is None:
            k += 1
            continue
        first = max(_prefix_start(c, k, found), floor)
        start, end = c.toks[first].start, c.toks[found.end - 1].end
        out.append(
            DateMention.of_reading(
                text[start:end], start, end, found.granularity, found.low, found.high, found.weekday,
                found.part, found.relative,
            )
        )
        k = floor = found.end
    return out


def _in_clock(clocks: Sequence[tuple[int, int]], ends: Sequence[int], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the clock time spans ``clocks`` (sorted, disjoint;
    ``ends`` are their ends)."""
    at = bisect.bisect_right(ends, offset)
    return at < len(clocks) and clocks[at][0] <= offset


#: Lower-case words at which a rule of RULES can start (besides digits and years): each rule
#: first reads one of these at its first token, or at the next one after "the".
_TRIGGERS = frozenset(
    {
        "the",
        "this",
        "last",
        "next",
        "past",
        "early",
        "small",
        "wee",
        "late",
        "earlier",
        "later",
        "tonight",
        *PARTS_OF_DAY,
        *WEEKDAYS,
        *RELATIVE_DAYS,
        *MONTHS,
        *RELATIVE_OFFSETS,
        *SEASONS,
        *_PART_ORDINALS,
        *_SHORT_PARTS,
    }
)


#: Words after "the" that let a rule match there: "the early hours", "the morning" (besides digits).
_AFTER_THE = frozenset({"early", "small", "wee", "late", "weekend", *SEASONS, *_PART_ORDINALS, *PARTS_OF_DAY})


def _picked(c: _Ctx) -> list[int]:
    """Return the token indices where some rule may start: a trigger word, a digit, a year
    find_quantities read, a count before "ago" or a word that counts one ("a year ago").

    One comprehension picks them; :func:`_may_start` looks closer only at those the scan
    reaches (not at the tokens inside a date it has read).
    """
    years, ago = c.years, c.ago
    return [
        k
        for k, tok in enumerate(c.toks)
        if tok[4] in _TRIGGERS or "0" <= tok[3][0] <= "9" or tok[4] in _AGO_COUNTS or k in years or k in ago
    ]


def _may_start(c: _Ctx, k: int) -> bool:
    """Whether some rule can match at a picked token k.

    A trigger word starts a rule, but "the" only before a part of the day, "weekend" or a digit; a
    figure only as a year find_quantities read, an ISO date, a day with a month name
    within three tokens after it ("20 June", "4th of May"), or a count before "ago".
    """
    _kind, start, _end, text, low = c.toks[k]
    if low in _TRIGGERS:
        return low != "the" or (k + 1 < c.n and (c.toks[k + 1].low in _AFTER_THE or _digit(c.toks[k + 1])))
    return k in c.years or k in c.ago or _starts_a_date(c, k, low, text, start)


def _starts_a_date(c: _Ctx, k: int, low: str, text: str, start: int) -> bool:
    """Whether a token that is no trigger word may start a date: a day before a month name, an
    ISO date, or "a" in "a year ago"."""
    if "0" <= text[0] <= "9":
        return _day_before_month(c, k) or _ISO.match(c.text, start) is not None
    return low in _AGO_COUNTS and c.low(k + 2) == "ago"


#: Words that count one unit of time before "ago" ("a year ago").
_AGO_COUNTS = frozenset({"a", "an", "one"})


def _digit(tok: Token) -> bool:
    return "0" <= tok.text[0] <= "9"


def _day_before_month(c: _Ctx, k: int) -> bool:
    return len(c.toks[k].text) <= 2 and (c.low(k + 1) in MONTHS or c.low(k + 2) in MONTHS or c.low(k + 3) in MONTHS)


#: Granularities read as one day or less.
_DAY_LEVEL = frozenset({_DAY, _PART_OF_DAY, _TIME})


def dates_apart(a: DateMention, b: DateMention) -> str | None:
    """Return why two date mentions cannot be one moment, or None when they can coincide.

    Clock times compare as times ("different-time"; a time and a day always can coincide);
    resolved dates as calendar intervals ("different-day" for days, parts of days and times,
    "different-period" otherwise); unresolved weekdays by name; parts of one day by their
    hours (:data:`~claimdiff._lexicon.dates.PART_HOURS`: "different-time-of-day").

    >>> pub = dt.date(2024, 6, 20)
    >>> one, two = find_dates("on Tuesday", published=pub)[0], find_dates("on Wednesday", published=pub)[0]
    >>> dates_apart(one, two), dates_apart(one, one)
    ('different-day', None)
    """
    if a.clock is not None or b.clock is not None:
        return "different-time" if a.clock_apart(b) else None
    if a.low is not None and a.high is not None and b.low is not None and b.high is not None:
        if a.high < b.low or b.high < a.low:
            day_level = a.granularity in _DAY_LEVEL and b.granularity in _DAY_LEVEL
            return "different-day" if day_level else "different-period"
        same_day = a.low == a.high == b.low == b.high
    else:
        if a.weekday is not None and b.weekday is not None and a.weekday != b.weekday:
            return "different-day"
        same_day = a.weekday is not None and a.weekday == b.weekday
    if same_day and a.part_of_day and b.part_of_day:
        ha, hb = PART_HOURS.get(a.part_of_day), PART_HOURS.get(b.part_of_day)
        if ha and hb and (ha[1] <= hb[0] or hb[1] <= ha[0]):
            return "different-time-of-day"
    return None
