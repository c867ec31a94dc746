"""Find date and time expressions and resolve them against the publication date.

The rules read the article's token stream (:func:`~claimdiff.claims.tokens.tokenize`)
through one named step, :func:`~claimdiff.claims.tokens.split_runs`: a day, a month and a
year are tokens of their own for every rule, so the few tokens that join one of them to
something else ("5/17/2018", "May 4,2023", "Thursday’s", figures with commas) are split into
letter runs, digit runs and symbols, and every other token is kept as it is. Reading the
stream unsplit would teach each rule the inside of figures, chains and possessives. The step
runs once per article and only looks closely at tokens other than plain words and symbols:
on 1 MB of news text it takes 0.06 s of find_dates' 0.16 s, against 0.51 s for
``tokenize``; a test checks that its tokens are the letter runs, digit runs and symbols of
the text. At each token where a rule can start (:func:`_candidates`), an ordered tuple of
named rules (:data:`RULES`) is tried, longest pattern first. A leading preposition or
modifier ("in", "on", "since", "early", "earlier") is kept in the mention's text.

Resolution follows news conventions, given ``published`` (the article's date):

* a bare weekday is the most recent such day on or before publication
  ("Thursday" in an article of Thursday 2024-06-20 is 2024-06-20); "this Saturday"
  is that day in the publication's ISO week; "last Thursday" the most recent one
  strictly before; "next Thursday" the first one strictly after;
* a month, or month and day, without a year is the most recent one on or before
  publication ("In September" in June 2024 is 2023-09-01..2023-09-30);
* "last/this/next year|month|week" are calendar units relative to publication; a
  week is the ISO week (Monday..Sunday); "earlier in the week" is Monday..publication;
* years, "March 2023" and "June 20, 2024" need no publication date; decades span
  ten years ("the 1980s"), "early/mid/late" narrow a decade or a year to a third.

``relative`` is True when the interval depended on ``published``; without it,
relative mentions keep ``low``/``high`` None.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .._lexicon.dates import (
    AMBIGUOUS_MONTHS,
    AMBIGUOUS_WEEKDAYS,
    DATE_PREPOSITIONS,
    MONTHS,
    PARTS_OF_DAY,
    RELATIVE_DAYS,
    RELATIVE_OFFSETS,
    WEEKDAYS,
)
from ..errors import InvalidArgument, short_repr
from ..models import DateMention, Granularity, Quantity
from .quantities import find_quantities
from .times import ClockTime, find_times, overlaps_a_time
from .tokens import Token, split_runs, tokenize

__all__ = ["RULES", "find_dates"]

_ISO = re.compile(r"((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9])(?![0-9])")
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


class _Ctx:
    """One text: its tokens, the publication date and the years find_quantities found."""

    def __init__(
        self,
        text: str,
        published: dt.date | None,
        quantities: Sequence[Quantity] | None,
        tokens: list[Token] | None,
    ) -> None:
        self.text = text
        self.published = published
        if tokens is None:
            tokens = tokenize(text)
        if quantities is None:
            quantities = find_quantities(text, tokens=tokens)
        self.toks = split_runs(text, tokens)
        self.n = len(self.toks)
        self.years: dict[int, tuple[int, int]] = {}
        """Token index of a year -> (first year, last year) as find_quantities read it."""
        for q in quantities:
            if (
                q.kind == "year"
                and isinstance(q.low, int)
                and isinstance(q.high, int)
                and dt.MINYEAR <= q.low <= q.high <= dt.MAXYEAR  # "0s" and "10000s" are no calendar years
            ):
                k = bisect.bisect_left(self.toks, q.start, key=operator.attrgetter("start"))
                if k < self.n and self.toks[k].start == q.start:
                    self.years[k] = (q.low, q.high)

    def low(self, k: int) -> str:
        return self.toks[k].low if 0 <= k < self.n else ""

    def is_cap(self, k: int) -> bool:
        return 0 <= k < self.n and self.toks[k].text[:1].isupper()


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
        if low in AMBIGUOUS_MONTHS and not context and not _day_at(c, k + 1) and _year_at(c, k + 1) is None:
            return None
    return MONTHS[low]


def _day_at(c: _Ctx, k: int) -> tuple[int, int] | None:
    """Read a day of the month at k ("20", "4th"): (day, end)."""
    tok = c.toks[k] if k < c.n else None
    if tok is None or not re.fullmatch(r"[0-9]{1,2}", tok.text) or not 1 <= int(tok.text) <= 31:
        return None
    end = k + 1
    if c.low(end) in ("st", "nd", "rd", "th") and c.toks[end].start == tok.end:
        end += 1
    return int(tok.text), end


def _year_at(c: _Ctx, k: int) -> int | None:
    tok = c.toks[k] if k < c.n else None
    if tok is None or not re.fullmatch(r"(?:1[0-9]|20)[0-9]{2}", tok.text):
        return None
    if k + 1 < c.n and c.toks[k + 1].start == tok.end and c.low(k + 1) not in (",", ".", ")", ";", ":"):
        return None
    return int(tok.text)


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


def _resolve_weekday(pub: dt.date, weekday: int, which: str) -> dt.date:
    if which == "this":
        return _week_span(pub)[0] + dt.timedelta(days=weekday)
    if which == "next":
        return pub + dt.timedelta(days=(weekday - pub.weekday() - 1) % 7 + 1)
    if which == "last":
        return pub - dt.timedelta(days=(pub.weekday() - weekday - 1) % 7 + 1)
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _recent_year(pub: dt.date, month: int, day: int = 1) -> int:
    """The year of the most recent (month, day) on or before ``pub``."""
    return pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1


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
    return _Found(end, Granularity.DAY, day, day, weekday=day.weekday())


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
    explicit = _rule_month_day(c, k2)
    if explicit is not None and explicit.granularity == Granularity.DAY:
        day, end, relative = explicit.low, explicit.end, explicit.relative
        if c.low(end) == ")":
            end += 1
    elif c.published is not None:
        day, relative = _resolve_weekday(c.published, weekday, which), True
    part = _part_at(c, end)
    if part is None and c.low(end) in ("in", "at") and c.low(end + 1) in ("the", "night"):
        part = _part_at(c, end + 1)
    granularity = Granularity.DAY
    name: str | None = None
    if part is not None:
        name, end, granularity = part[0], part[1], Granularity.PART_OF_DAY
    if c.low(k - 1) == "early" and name is None:
        name, granularity = "morning", Granularity.PART_OF_DAY
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
        if day is not None and day.granularity in (Granularity.DAY, Granularity.PART_OF_DAY):
            return day._replace(granularity=Granularity.PART_OF_DAY, part=name)
    if c.low(k) == "tonight":
        return _rule_relative_day(c, k)
    before = c.low(k - 1)
    if before in _PARTS_CONTEXT or (c.low(k) == "the" and c.low(k - 1) in _PARTS_CONTEXT) or name == "early_hours":
        if c.low(k) in ("night", "nights") and before not in ("at", "overnight", "this", "last", "the"):
            return None
        return _Found(end, Granularity.PART_OF_DAY, None, None, part=name)
    return None


def _rule_relative_day(c: _Ctx, k: int) -> _Found | None:
    """'today', 'yesterday morning', 'tonight'."""
    low = c.low(k)
    if low not in RELATIVE_DAYS:
        return None
    day = None if c.published is None else c.published + dt.timedelta(days=RELATIVE_DAYS[low])
    end = k + 1
    name = "night" if low == "tonight" else None
    granularity = Granularity.PART_OF_DAY if name else Granularity.DAY
    part = _part_at(c, end)
    if part is not None and name is None:
        name, end, granularity = part[0], part[1], Granularity.PART_OF_DAY
    return _Found(
        end,
        granularity,
        day,
        day,
        weekday=None if day is None else day.weekday(),
        part=name,
        relative=c.published is not None,
    )


def _rule_month_day(c: _Ctx, k: int) -> _Found | None:
    """'June 20, 2024', 'June 20', '20 June 2024', 'the 4th of May', 'March 2023', 'September'."""
    j = k + 1 if c.low(k) == "the" else k
    day = _day_at(c, j)
    if day is not None:
        m_k = day[1] + 1 if c.low(day[1]) == "of" else day[1]
        month = _month_at(c, m_k, context=True)
        if month is None:
            return None
        end = m_k + 1 + (1 if c.low(m_k + 1) == "." and c.low(m_k) not in _FULL_MONTHS else 0)
        return _with_year(c, end, month, day[0])
    month = _month_at(c, k, context=c.low(k - 1) in _PREFIXES | {"last", "next", "this", "of", "until"})
    if month is None:
        return None
    end = k + 1 + (1 if c.low(k + 1) == "." and c.low(k) not in _FULL_MONTHS else 0)
    day = _day_at(c, end)
    if day is not None and _year_at(c, end) is None:
        return _with_year(c, day[1], month, day[0])
    return _with_year(c, end, month, None)


def _with_year(c: _Ctx, end: int, month: int, day: int | None) -> _Found | None:
    j = end + 1 if c.low(end) == "," else end
    year = _year_at(c, j)
    if year is not None:
        end = j + 1
    if day is not None:
        if year is None and c.published is not None:
            year = _recent_year(c.published, month, day)
            found = _safe_date(year, month, day)
            return None if found is None else _Found(end, Granularity.DAY, found, found, found.weekday(), relative=True)
        found = None if year is None else _safe_date(year, month, day)
        return _Found(end, Granularity.DAY, found, found, None if found is None else found.weekday())
    relative = False
    if year is None and c.published is not None:
        year, relative = _recent_year(c.published, month, 1), True
    if year is None:
        return _Found(end, Granularity.MONTH, None, None)
    lo, hi = _month_span(year, month)
    return _Found(end, Granularity.MONTH, lo, hi, relative=relative)


def _rule_relative_unit(c: _Ctx, k: int) -> _Found | None:
    """'last year', 'this week', 'earlier in the week', 'later this month', 'next month'."""
    low = c.low(k)
    j = k
    mode = ""
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
    granularity = {"year": Granularity.YEAR, "month": Granularity.MONTH}.get(unit, Granularity.WEEK)
    if pub is None:
        return _Found(end, granularity, None, None)
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
    granularity = Granularity.DECADE if last > first else Granularity.YEAR
    lo, hi = dt.date(first, 1, 1), dt.date(last, 12, 31)
    if c.low(k - 1) in ("early", "mid", "late"):
        lo, hi = _narrow(first, last, c.low(k - 1))
    return _Found(end, granularity, lo, hi)


#: The scanning rules, tried in order at each token: (name, rule).
RULES: tuple[tuple[str, _Rule], ...] = (
    ("iso_date", _rule_iso),
    ("part_of_day", _rule_part_of_day),
    ("weekday", _rule_weekday),
    ("relative_day", _rule_relative_day),
    ("month_day", _rule_month_day),
    ("relative_unit", _rule_relative_unit),
    ("year", _rule_year),
)


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
    return _with_times(text, _scan_dates(_Ctx(text, published, quantities, tokens)), found)


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
            text=text[t.start : t.end], start=t.start, end=t.end, granularity=Granularity.TIME,
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
    for cand in _candidates(c):
        if cand < k:
            continue
        k = cand
        found: _Found | None = None
        for _name, rule in RULES:
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
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                granularity=found.granularity,
                low=found.low,
                high=found.high,
                weekday=found.weekday,
                part_of_day=found.part,
                relative=found.relative,
            )
        )
        k = floor = found.end
    return out


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
    }
)


#: Words after "the" that let a rule match there: "the early hours", "the morning" (besides digits).
_AFTER_THE = frozenset({"early", "small", "wee", "late", *PARTS_OF_DAY})


def _candidates(c: _Ctx) -> list[int]:
    """Return the token indices where some rule can match; the scan skips every other token.

    A trigger word starts a rule, but "the" only before a part of the day or a digit; a
    figure only as a year find_quantities read, an ISO date, or a day with a month name
    within three tokens after it ("20 June", "4th of May").
    """
    out = []
    years = c.years
    for k, (_kind, start, _end, text, low) in enumerate(c.toks):
        if low in _TRIGGERS:
            if low != "the" or (k + 1 < c.n and (c.toks[k + 1].low in _AFTER_THE or _digit(c.toks[k + 1]))):
                out.append(k)
        elif k in years or ("0" <= text[0] <= "9" and (_day_before_month(c, k) or _ISO.match(c.text, start))):
            out.append(k)
    return out


def _digit(tok: Token) -> bool:
    return "0" <= tok.text[0] <= "9"


def _day_before_month(c: _Ctx, k: int) -> bool:
    return len(c.toks[k].text) <= 2 and (c.low(k + 1) in MONTHS or c.low(k + 2) in MONTHS or c.low(k + 3) in MONTHS)
