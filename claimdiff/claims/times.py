"""Clock times: "6:20 p.m.", "9 a.m.", "3.40am", "1745 GMT", "18:20 local time".

A clock time is its own reading, not a figure: :func:`claimdiff.claims.quantities.find_quantities`
leaves its digits alone and :func:`claimdiff.claims.dates.find_dates` reports it as a
:class:`~claimdiff.models.DateMention` of granularity ``time`` with ``clock`` (the first and
last minute after midnight the words allow) and ``zone`` (the time zone named, or "local").

Hedges widen the minutes a time allows: "about 3.40am" is 3:25..3:55, "shortly before 2am"
1:30..2:00, "just after 9 p.m." 21:00..21:30. A 24-hour time needs a zone or "hours" after
it ("1745 GMT", "18:20 hours") or, written with a colon, a preposition before it ("at
18:20"), so that a score ("won 3:1"), a rate ("cut to 3.50") or a ratio is not read as a time.

The patterns are linear: each alternative reads a bounded run of characters.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import NamedTuple

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
    + r"(?P<h12>1[0-2]|0?[1-9])(?:[:.](?P<m12>[0-5][0-9]))?\s?" + _MERIDIEM
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
    return out


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
