"""Clock times: "6:20 p.m.", "9 a.m.", "3.40am", "1745 GMT", "18:20 local time".

A clock time is its own reading, not a figure: :func:`claimdiff.claims.quantities.find_quantities`
leaves its digits alone and :func:`claimdiff.claims.dates.find_dates` reports it as a
:class:`~claimdiff.models.DateMention` of granularity ``time`` with ``clock`` (the first and
last minute after midnight the words allow) and ``zone`` (the time zone named, or "local").

Hedges widen the minutes a time allows: "about 3.40am" is 3:25..3:55, "shortly before 2am"
1:30..2:00, "just after 9 p.m." 21:00..21:30. A 24-hour time needs a zone or "hours" after
it ("1745 GMT", "18:20 hours") or, written with a colon, a preposition before it ("at
18:20"), so that a score ("won 3:1"), a rate ("cut to 3.50") or a ratio is not read as a time.

A time in words (:mod:`claimdiff._lexicon.clock`) needs "at" or a hedge before it and says
which half of the day it is in: "just after nine in the evening" is 21:00..21:15, "at six
this morning" 6:00, "twenty to midnight" 23:40, "at noon" 12:00; "at nine o'clock" alone, or
"killed two in the morning", is no time. The part of the day stays a date of its own ("in the
evening on Sunday"); the time spans the hedge and the hour.

The patterns are linear: each alternative reads a bounded run of characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

from .._lexicon.clock import (
    AFTER_HOUR_MINUTES,
    CLOCK_DAY_PARTS,
    CLOCK_HOURS,
    CLOCK_PART_LEADS,
    NAMED_HOURS,
    PAST_TO_MINUTES,
)
from .._lexicon.dates import WEEKDAYS

__all__ = ["TIME_ZONES", "ClockTime", "find_times", "overlaps_a_time"]

#: Time zone words and their name in ``DateMention.zone`` ("local" for local time).
TIME_ZONES: Mapping[str, str] = MappingProxyType(
    {
        "gmt": "GMT", "utc": "GMT", "z": "GMT", "bst": "BST", "cet": "CET", "cest": "CEST",
        "eet": "EET", "eest": "EEST", "est": "ET", "edt": "ET", "et": "ET", "cst": "CT", "cdt": "CT",
        "ct": "CT", "mst": "MT", "mdt": "MT", "mt": "MT", "pst": "PT", "pdt": "PT", "pt": "PT",
        "ist": "IST", "jst": "JST", "aest": "AEST", "local time": "local", "local": "local",
    }
)
#: Minutes a hedge opens before and after the time it names.
_HEDGES: Mapping[str, tuple[int, int]] = MappingProxyType(
    {
        "about": (15, 15), "around": (15, 15), "approximately": (15, 15), "roughly": (15, 15),
        "shortly before": (30, 0), "just before": (15, 0), "shortly after": (0, 30), "just after": (0, 15),
        "before": (60, 0), "after": (0, 60), "by": (60, 0),
    }
)
_ZONES = r"gmt|utc|bst|cest|cet|eest|eet|est|edt|cst|cdt|mst|mdt|pst|pdt|aest|ist|jst|et|ct|mt|pt|z"
_ZONE = r"(?:\s*(?P<zone>local\s+time|local|" + _ZONES + r")\b)?"
_HEDGE = (
    r"(?:(?P<hedge>about|around|approximately|roughly|shortly\s+before|just\s+before|shortly\s+after"
    r"|just\s+after|before|after|by)\s+)?"
)
_MERIDIEM = r"(?P<meridiem>[ap])(?:\.\s?m\.|\s?m\b)"
#: The clock itself; it starts with a digit, so the scan skips other text fast.
_CLOCK = re.compile(
    r"(?<![\w.:,])(?:"
    + r"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5][0-9]))?\s{0,3}" + _MERIDIEM
    + r"|(?P<h24>[01]?[0-9]|2[0-3])(?P<sep>[:.])(?P<m24>[0-5][0-9])(?![\d:.,]\d|\s*%)(?P<hours24>\s*(?:hours|hrs|h)\b)?"
    # four digits are a time only before "hours" or a zone other than "local" (_minutes): the
    # lookahead leaves every other "2023" and "1500" to the scan in C
    + r"|(?P<hm>(?:[01][0-9]|2[0-3])[0-5][0-9])(?=\s*(?:hours|hrs|local\s+time|" + _ZONES + r")\b)"
    + r"(?P<hoursm>\s*(?:hours|hrs)\b)?"
    + r")" + _ZONE,
    re.IGNORECASE,
)
#: What may stand just before a clock: a hedge, then a preposition ("about", "at about", "shortly before").
_LEAD = re.compile(r"(?<!\w)(?:" + _HEDGE + r")?(?:(?P<at>at|from|until|till|to)\s+)?\Z", re.IGNORECASE)
#: Characters read back from a clock for its lead words ("shortly before " is the longest).
_LEAD_WIDTH = 24


def _words(keys: Sequence[str]) -> str:
    """An alternation of ``keys``, longest first, a space matching any white space."""
    return "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(keys, key=len, reverse=True))


#: A time in words: minutes past or to an hour, the hour (a word or 1..12), its minutes, "o'clock".
_WORD_CLOCK = re.compile(
    r"(?<![\w.,:'-])(?:(?P<mins>" + _words(list(PAST_TO_MINUTES)) + r")\s+(?P<dir>past|to)\s+)?"
    + r"(?:(?P<hour>" + _words(list(CLOCK_HOURS)) + r")(?:\s+(?P<after>" + _words(list(AFTER_HOUR_MINUTES))
    + r"))?(?:\s+o['\u2019]clock)?|(?P<named>" + _words(list(NAMED_HOURS)) + r"))(?![\w-])",
    re.IGNORECASE,
)
#: The part of the day after a time in words ("in the evening", "this morning", "on Sunday night").
_CLOCK_PART = re.compile(
    r"\s+(?:(?:" + _words([*CLOCK_PART_LEADS, *(f"on {d}" for d in WEEKDAYS if len(d) > 4)]) + r")\s+)?"
    + r"(?P<part>" + _words(list(CLOCK_DAY_PARTS)) + r")(?!\w)",
    re.IGNORECASE,
)
#: Words a time in words ends at or before: a part of the day, or an hour said by name.
_CLOCK_ANCHOR = re.compile(r"(?<!\w)(?:" + _words([*CLOCK_DAY_PARTS, *NAMED_HOURS]) + r")(?!\w)", re.IGNORECASE)
#: Characters read back from an anchor for the time before it ("twenty-five past twelve o'clock in the").
_WORD_WIDTH = 64
#: Hedges that put a time just before the hour they name ("shortly before midnight").
_BEFORE_HEDGES = frozenset({"shortly before", "just before", "before", "by"})


class ClockTime(NamedTuple):
    """A clock time found in a text: its span, the minutes it allows and its zone."""

    start: int
    end: int
    low: int
    """The first minute after midnight the words allow."""
    high: int
    """The last minute after midnight the words allow."""
    zone: str | None
    """The zone named (GMT, ET, ... or "local"), None when none is."""


def find_times(text: str) -> list[ClockTime]:
    """Find clock times in ``text``, in order.

    >>> [(text[t.start:t.end], t.low, t.high, t.zone) for text in ["It left at about 6:20 p.m. local time."]
    ...  for t in find_times(text)]
    [('about 6:20 p.m. local time', 1085, 1115, 'local')]
    >>> [(t.low, t.zone) for t in find_times("The blast came at 1745 GMT; Spain won 3:1.")]
    [(1065, 'GMT')]
    """
    out = []
    for m in _CLOCK.finditer(text):
        if _minutes(m, True) is None:
            continue  # no time whatever words stand before it ("2023", "cut to 3.50"): no need to read them
        lead_from = max(0, m.start() - _LEAD_WIDTH)
        lead = _LEAD.search(text, lead_from, m.start())
        assert lead is not None  # every part of _LEAD is optional
        minutes = _minutes(m, bool(lead.group("at")))
        if minutes is None:
            continue
        zone_word = m.group("zone")
        zone = TIME_ZONES[" ".join(zone_word.casefold().split())] if zone_word else None
        hedge = " ".join((lead.group("hedge") or "").casefold().split())
        before, after = _HEDGES.get(hedge, (0, 0))
        start = lead.start("hedge") if hedge else lead.start("at") if lead.group("at") else m.start()
        out.append(ClockTime(start, m.end(), max(0, minutes - before), min(24 * 60 - 1, minutes + after), zone))
    return _in_order(out, _word_times(text))


def _in_order(digits: list[ClockTime], words: list[ClockTime]) -> list[ClockTime]:
    """The times of a text in order and apart: a time in words that overlaps one in digits, or an
    earlier and longer one in words, gives way."""
    starts = [t.start for t in digits]
    kept: list[ClockTime] = []
    for t in sorted(words, key=lambda t: (t.start, -t.end)):
        if (not kept or kept[-1].end <= t.start) and not overlaps_a_time(digits, starts, t.start, t.end):
            kept.append(t)
    return sorted([*digits, *kept], key=lambda t: t.start) if kept else digits


def _word_times(text: str) -> list[ClockTime]:
    """Times said in words, each with "at" or a hedge before it (see the module docstring).

    >>> text = "It gave way just after nine in the evening, and the lights went out at twenty to midnight."
    >>> [(text[t.start:t.end], t.low, t.high) for t in _word_times(text)]
    [('just after nine', 1260, 1275), ('at twenty to midnight', 1420, 1420)]
    """
    out: dict[int, ClockTime] = {}
    for anchor in _CLOCK_ANCHOR.finditer(text):
        for m in _WORD_CLOCK.finditer(text, max(0, anchor.start() - _WORD_WIDTH), anchor.end()):
            if m.start() in out:
                continue
            part = None if m.group("named") else _CLOCK_PART.match(text, m.end())
            if part is None and not m.group("named"):
                continue
            lead = _LEAD.search(text, max(0, m.start() - _LEAD_WIDTH), m.start())
            assert lead is not None  # every part of _LEAD is optional
            hedge = " ".join((lead.group("hedge") or "").casefold().split())
            if not (hedge or lead.group("at")):
                continue  # "killed two in the morning": a count, not a time
            minutes = _word_minutes(m, part.group("part").casefold() if part else None, hedge)
            if minutes is None:
                continue
            before, after = _HEDGES.get(hedge, (0, 0))
            start = lead.start("hedge") if hedge else lead.start("at")
            low, high = max(0, minutes - before), min(24 * 60 - 1, minutes + after)
            out[m.start()] = ClockTime(start, m.end(), low, high, None)
    return list(out.values())


def _word_minutes(m: re.Match[str], part: str | None, hedge: str) -> int | None:
    """Return the minute after midnight a time in words names, or None when the words leave it open."""
    mins = PAST_TO_MINUTES[" ".join(m.group("mins").casefold().split())] if m.group("mins") else 0
    sign = -1 if (m.group("dir") or "").casefold() == "to" else 1
    if m.group("named"):
        named = m.group("named").casefold()
        base = NAMED_HOURS[named]
        if named == "midnight" and (sign < 0 or (not m.group("mins") and hedge in _BEFORE_HEDGES)):
            base = 24 * 60  # "twenty to midnight", "shortly before midnight": the end of the day
        elif named == "midnight" and not m.group("mins") and hedge not in _HEDGES:
            return None  # "at midnight" alone: the end of one day or the start of the next
        return min(24 * 60 - 1, base + sign * mins)
    hour = CLOCK_HOURS[m.group("hour").casefold()] % 12
    half = CLOCK_DAY_PARTS[part] if part else None
    if half == "night":
        half = "pm" if 6 <= hour <= 11 else "am" if hour <= 4 else None
    if half is None:
        return None
    extra = AFTER_HOUR_MINUTES[" ".join(m.group("after").casefold().split())] if m.group("after") else 0
    if extra and m.group("mins"):
        return None  # "ten past nine thirty": no time
    return (hour + (12 if half == "pm" else 0)) * 60 + sign * mins + extra


def overlaps_a_time(times: Sequence[ClockTime], starts: Sequence[int], start: int, end: int) -> bool:
    """Return whether ``start..end`` overlaps a clock time; ``starts`` are the times' starts.

    Times are in order and do not overlap, so only the last one starting before ``end`` can.

    >>> text = "At 9 a.m. 40 people"
    >>> times = find_times(text)
    >>> overlaps_a_time(times, [t.start for t in times], 3, 4), overlaps_a_time(times, [t.start for t in times], 10, 12)
    (True, False)
    """
    k = bisect.bisect_left(starts, end)
    return k > 0 and times[k - 1].end > start


def _minutes(m: re.Match[str], after_preposition: bool) -> int | None:
    """Return the minute after midnight a match names, or None when it is no clock time."""
    if m.group("h12"):
        hour = int(m.group("h12")) % 12 + (12 if m.group("meridiem").casefold() == "p" else 0)
        return hour * 60 + int(m.group("m12") or 0)
    anchored = m.group("zone") or (after_preposition and m.group("sep") == ":")
    if m.group("h24"):
        if not (anchored or m.group("hours24")):
            return None  # "won 3:1", "cut to 3.50": no time without a zone, "hours" or "at 18:20"
        return int(m.group("h24")) * 60 + int(m.group("m24"))
    if not ((m.group("zone") and m.group("zone").casefold() != "local") or m.group("hoursm")):
        return None  # "1745" alone is a year or a count
    hm = m.group("hm")
    return int(hm[:2]) * 60 + int(hm[2:])
