"""Updates: a figure that grew between two publication times is an update, not a conflict.

A death toll of 12 at 9 a.m. and of 19 at 1 p.m. were both true when they were published. This
stage reads the quantity findings of :func:`claimdiff.diff.find_discrepancies` again, pair of
claims by pair of claims, and reports the pairs that are updates apart from the ones that
conflict. A pair of figures from two sources is an **update** when:

1. the figures measure an evolving measure (:data:`~claimdiff._lexicon.updates.EVOLVING_MEASURES`:
   a running total such as ``deaths``, ``injured``, ``arrested``, ``evacuated``, ``infected``,
   ``counted``, or a level such as ``without power``, ``missing``, ``displaced``): the one
   measure of the finding's claims (those whose frame names one);
2. one of them is later: by publication time (:func:`compare_moments`), or, when the times do
   not order them (one is unknown, or a date without a time meets a time of that same day), by
   its own words (:func:`newer_cue`: "rose to 19", "the latest toll", "now stands at 19",
   "19, up from 12"), the other's words saying no such thing;
3. the later figure differs from the earlier in the way the measure moves: a running total is
   higher (or lower, when its words say it was revised: "revised down to 17"); a level may move
   either way. A running total given as a floor ("at least 12") that a later report puts
   higher ("at least 19", "19") is an update too, though the two never conflict.

Reports published at the same time (less than :data:`SAME_TIME` apart, or the same day when
neither has a time) never make an update: two tolls of one hour conflict. Without any
publication time, the figures conflict, as before this stage. An update is a finding of its own: kind ``quantity``,
reason ``update``, severity ``low``, its ``timeline`` the values in the order they were
published; the pairs that still conflict stay a conflict finding of their own.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from ._lexicon.updates import (
    CHANGE_VERBS,
    EVOLVING_MEASURES,
    LEVEL_WORDS,
    NEWER_AFTER,
    NEWER_BEFORE,
    PUBLICATION_WORDS,
    REVISION_WORDS,
    WORDS_AFTER,
    WORDS_BEFORE,
    ZONE_OFFSETS,
)
from .diff import compare_quantities, opposed, quantity_detail
from .models import (
    Alignment,
    Article,
    Claim,
    ClaimKind,
    Cleaning,
    Discrepancy,
    Kind,
    Quantity,
    QuantityClaim,
    Severity,
    published_day,
)
from .support import TimelineEntry, format_moment, label_of
from .text import find_full_date

__all__ = ["SAME_TIME", "UPDATE", "compare_moments", "find_updates", "header_moment", "newer_cue", "publication_moment"]

#: The reason of an update finding.
UPDATE = "update"

Moment = _dt.date | None

#: A date and time in a leading metadata line ("date 2024-06-20T09:15:00+02:00").
_STAMP = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))?"
)
#: How far apart two publication times must be for one report to be later: reports of one hour
#: are one time (their tolls conflict, whatever the minutes).
SAME_TIME = _dt.timedelta(hours=1)
#: A naive time is a wall clock in an unknown zone: from UTC-12:00 to UTC+14:00.
_BEHIND_UTC, _AHEAD_OF_UTC = _dt.timedelta(hours=12), _dt.timedelta(hours=14)


def publication_moment(article: Article, cleaning: Cleaning | None = None) -> Moment:
    """Return when an article was published, as precisely as it says.

    In order: ``Article.published`` when it is a datetime; else the date and time the article
    gives at its top (:func:`header_moment`: a leading ``date 2024-06-20T09:15+02:00`` line, or
    a line such as "Updated June 11, 2025, 6:15 a.m.") when ``Article.published`` is None or
    that same day (the article's hour refines the caller's day); else ``Article.published``;
    else the day cleaning read (a ``date`` line or a dated byline); else None.

    >>> from claimdiff.text import clean
    >>> text = "date 2024-06-20T09:15:00+02:00\\nTwelve people died."
    >>> publication_moment(Article("a", text), clean(text))
    datetime.datetime(2024, 6, 20, 9, 15, tzinfo=datetime.timezone(datetime.timedelta(seconds=7200)))
    """
    given = article.published
    if isinstance(given, _dt.datetime) or cleaning is None:
        return given
    stamp = header_moment(article.text, cleaning)
    if stamp is not None and (given is None or stamp.date() == given):
        return stamp
    return cleaning.published if given is None else given


#: Non-empty lines read at the top of an article for its publication time, and their longest.
_HEADER_LINES, _HEADER_WIDTH = 8, 160
_LINE = re.compile(r"[^\n\r]+")
#: A day written in figures, day first ("18.03.2026", "29/04/2025").
_NUMERIC_DAY = re.compile(r"(?<![\d.:/])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d.:/]\d)")
#: A clock time in a header ("6:15 a.m.", "21:05", "11:32 CET", "9:12 PM").
_HEADER_CLOCK = re.compile(
    r"(?<![\d:./])([01]?\d|2[0-3])[:.]([0-5]\d)(?![\d:./]\d)(?:\s*([ap])\.?\s?m\b\.?)?(?:\s*([a-z]{1,4})\b)?",
    re.IGNORECASE,
)


def header_moment(text: str, cleaning: Cleaning) -> _dt.datetime | None:
    """Return the date and time an article gives at its top, or None.

    A leading metadata line with a time (``date 2024-06-20T09:15:00+02:00``); else the first of
    the top lines that cleaning drops (a byline, a date line), holds `` | `` or opens with a word
    of publication ("Published", "Updated", "Broadcast") and gives a full date and a clock time
    ("Updated June 11, 2025, 6:15 a.m.", "By Sean Tully | May 17, 2025, 9:12 PM | 3 min read",
    "Published 18.03.2026, 09:40 | Source: AMP"). The last time of the line is read ("8 Oct
    2025, 11:04 | Updated 14:22" was last published at 14:22), in the zone it names when the
    zone has one offset (:data:`~claimdiff._lexicon.updates.ZONE_OFFSETS`), else naive.

    >>> from claimdiff.text import clean
    >>> text = "Floods in the valley\\nLast updated: Monday 9 February 2026, 11:32 CET\\nRain fell."
    >>> header_moment(text, clean(text)).isoformat()
    '2026-02-09T11:32:00+01:00'
    """
    for skip in cleaning.skips:
        if skip.rule == "metadata":
            stamp = _read_stamp(_STAMP.search(text, skip.start, skip.end))
            if stamp is not None:
                return stamp
    dropped = {skip.start for skip in cleaning.skips}
    for n, found in enumerate(_LINE.finditer(text)):
        line = found.group().strip()
        if n >= _HEADER_LINES:
            break
        if not line or len(line) > _HEADER_WIDTH:
            continue
        start = found.start() + len(found.group()) - len(found.group().lstrip())
        if start in dropped or " | " in line or line.casefold().startswith(PUBLICATION_WORDS):
            stamp = _line_moment(line)
            if stamp is not None:
                return stamp
    return None


def _read_stamp(found: re.Match[str] | None) -> _dt.datetime | None:
    """The date and time of a metadata line's stamp, aware when it gives an offset."""
    if found is None:
        return None
    year, month, day, hour, minute, second, utc, sign, zone_hours, zone_minutes = found.groups()
    zone: _dt.tzinfo | None = _dt.timezone.utc if utc else None
    if sign:
        offset = _dt.timedelta(hours=int(zone_hours), minutes=int(zone_minutes))
        zone = _dt.timezone(-offset if sign == "-" else offset)
    try:
        return _dt.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=zone)
    except ValueError:
        return None


def _line_moment(line: str) -> _dt.datetime | None:
    """The full date and last clock time of a header line."""
    found = find_full_date(line)
    if found is not None:
        day, start, end = found
    else:
        numeric = _NUMERIC_DAY.search(line)
        if numeric is None:
            return None
        first, second, year = int(numeric.group(1)), int(numeric.group(3)), int(numeric.group(4))
        day_first = second <= 12 or first > 12
        try:
            day = _dt.date(year, second, first) if day_first else _dt.date(year, first, second)
        except ValueError:
            return None
        start, end = numeric.span()
    clocks = [m for m in _HEADER_CLOCK.finditer(line) if m.end() <= start or m.start() >= end]
    if not clocks:
        return None
    clock = clocks[-1]
    hour, minute = int(clock.group(1)), int(clock.group(2))
    if clock.group(3):
        hour = hour % 12 + (12 if clock.group(3).casefold() == "p" else 0)
    offset = ZONE_OFFSETS.get((clock.group(4) or "").casefold())
    zone = None if offset is None else _dt.timezone(_dt.timedelta(minutes=offset))
    return _dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def compare_moments(a: Moment, b: Moment) -> int | None:
    """Return 1 when ``a`` was published later than ``b``, -1 earlier, 0 at the same time, and
    None when the two cannot be ordered.

    * Two dates compare by day; the same day is the same time.
    * A date and a datetime compare by the datetime's own calendar day (in its own zone, as
      :func:`~claimdiff.models.published_day` reads it): a date without a time is neither
      earlier nor later than a time of that day (None).
    * Two aware datetimes compare as instants; two naive ones as wall clocks (one zone). Times
      less than :data:`SAME_TIME` apart are the same time: a report at 13:40 need not know more
      than one at 13:05, so the same hour's reports of 19 and 23 dead conflict.
    * An aware and a naive datetime: the naive one is a wall clock in an unknown zone, from
      UTC-12:00 to UTC+14:00, so they are ordered only when they are further apart than that
      (and :data:`SAME_TIME`).
    * An unknown time (None) is never ordered.

    >>> d = _dt.datetime
    >>> compare_moments(d(2024, 6, 20, 13, 0), d(2024, 6, 20, 9, 0))
    1
    >>> compare_moments(d(2024, 6, 20, 13, 40), d(2024, 6, 20, 13, 5))
    0
    >>> print(compare_moments(_dt.date(2024, 6, 20), d(2024, 6, 20, 9, 0)))
    None
    >>> compare_moments(_dt.date(2024, 6, 21), d(2024, 6, 20, 9, 0))
    1
    """
    if a is None or b is None:
        return None
    timed_a, timed_b = isinstance(a, _dt.datetime), isinstance(b, _dt.datetime)
    if not (timed_a and timed_b):
        day_a, day_b = published_day(a), published_day(b)
        if day_a != day_b:
            return 1 if day_a > day_b else -1  # type: ignore[operator]
        return 0 if timed_a == timed_b else None
    assert isinstance(a, _dt.datetime) and isinstance(b, _dt.datetime)
    if (a.utcoffset() is None) == (b.utcoffset() is None):
        return 0 if abs(a - b) < SAME_TIME else 1 if a > b else -1
    naive, aware, sign = (a, b, 1) if a.utcoffset() is None else (b, a, -1)
    instant = aware.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    if instant <= naive - _AHEAD_OF_UTC - SAME_TIME:
        return sign
    if instant >= naive + _BEHIND_UTC + SAME_TIME:
        return -sign
    return None


_PIECE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d[\d,.]*")
#: Characters read on each side of a figure for its words (enough for the words read).
_REACH = 160


def _window(text: str, start: int, end: int, size: int, *, backwards: bool) -> list[str]:
    """Return up to ``size`` folded words of ``text[start:end]`` nearest the figure, stopping at
    another figure; in reading order."""
    words: list[str] = []
    pieces = list(_PIECE.finditer(text, start, end))
    for found in reversed(pieces) if backwards else pieces:
        word = found.group()
        if word[0].isdigit() or len(words) == size:
            break
        words.append(word.casefold())
    return words[::-1] if backwards else words


def _holds(words: Sequence[str], phrases: Iterable[tuple[str, ...]]) -> bool:
    return any(
        tuple(words[i : i + len(phrase)]) == phrase for phrase in phrases for i in range(len(words) - len(phrase) + 1)
    )


def newer_cue(claim: QuantityClaim) -> str:
    """Return what a figure's words say of its time: ``"revision"`` when they say it was revised
    ("revised down to 17", "17, down from 19"), ``"newer"`` when they say it is the newest value
    ("rose to 19", "the latest toll of 19", "19 have now died", "19, up from 12"), else ``""``.

    >>> from claimdiff.models import Sentence
    >>> def figure(text, number):
    ...     at = text.index(number)
    ...     return QuantityClaim(source="a", text=number, start=at, end=at + len(number),
    ...                          sentence=Sentence(text, 0, len(text)),
    ...                          quantity=Quantity(text=number, start=at, end=at + len(number), value=int(number)))
    >>> newer_cue(figure("The death toll rose to 19 on Tuesday.", "19"))
    'newer'
    >>> newer_cue(figure("Officials said 19 people died.", "19"))
    ''
    """
    sentence = claim.sentence
    text, low, high = sentence.text, claim.start - sentence.start, claim.end - sentence.start
    before = _window(text, max(0, low - _REACH), low, WORDS_BEFORE, backwards=True)
    after = _window(text, high, min(len(text), high + _REACH), WORDS_AFTER, backwards=False)
    changed = bool(before) and before[-1] in LEVEL_WORDS and any(w in CHANGE_VERBS for w in before[:-1])
    if not (changed or _holds(before, NEWER_BEFORE) or _holds(after, NEWER_AFTER)):
        return ""
    return "revision" if any(w in REVISION_WORDS for w in (*before, *after)) else "newer"


def _style(claims: Iterable[Claim]) -> str | None:
    """Return how the one measure of some figures evolves ("total", "level"), or None when they
    are not all figures or do not measure one evolving measure (a figure whose frame says
    nothing, measure "", goes with the others: the aligner found it counts the same)."""
    measures = set()
    for c in claims:
        if not isinstance(c, QuantityClaim):
            return None
        if c.measure:
            measures.add(c.measure)
    return EVOLVING_MEASURES.get(measures.pop()) if len(measures) == 1 else None


def _evolving(d: Discrepancy) -> str | None:
    """Return how the measure of a figure finding evolves, or None (another kind, or a figure
    told as a rise by some and a fall by others)."""
    if d.kind is not Kind.QUANTITY or d.reason == "opposite-direction":
        return None
    return _style(d.claims)


def _level(q: Quantity) -> float | None:
    """Return the value a figure stands at: its value, else the middle of its finite bounds."""
    if q.value is not None:
        return float(q.value)
    finite = [float(x) for x in (q.low, q.high) if x is not None]
    return sum(finite) / len(finite) if finite else None


_Pair = tuple[QuantityClaim, QuantityClaim]
#: A timeline entry's key: its publication time (as repr) and its figure's reading.
_Key = tuple[str, tuple[object, ...]]


def _ordered(
    x: QuantityClaim, y: QuantityClaim, moments: Mapping[str, Moment], style: str, cue: Callable[[QuantityClaim], str]
) -> _Pair | None:
    """Return ``(earlier, later)`` when two differing figures are an update, else None."""
    mx, my = moments.get(x.source), moments.get(y.source)
    order = compare_moments(mx, my)
    if order == 0 or (order is None and mx is None and my is None):
        return None
    if order is None:
        cx, cy = cue(x), cue(y)
        if bool(cx) == bool(cy):
            return None
        order = 1 if cx else -1
    earlier, later = (y, x) if order > 0 else (x, y)
    start, end = _level(earlier.quantity), _level(later.quantity)
    if start is None or end is None or start == end:
        return None
    if end < start and style == "total" and cue(later) != "revision":
        return None  # a running total does not fall
    return earlier, later


def _claim_order(claims: Iterable[QuantityClaim]) -> tuple[QuantityClaim, ...]:
    unique = {(c.source, c.start, c.end): c for c in claims}
    return tuple(unique[k] for k in sorted(unique))


_Verdicts = tuple[list[_Pair], list[tuple[Severity, str]], set[QuantityClaim]]


def _reading_pairs(
    claims: Iterable[Claim],
) -> Iterator[tuple[list[QuantityClaim], list[QuantityClaim], tuple[Severity, str] | None]]:
    """Yield the figures of each two readings that different sources tell against each other
    (:func:`~claimdiff.diff.opposed`), with their verdict (None when they agree)."""
    readings: dict[tuple[object, ...], list[QuantityClaim]] = {}
    for c in claims:
        if isinstance(c, QuantityClaim):
            readings.setdefault(c.quantity.reading, []).append(c)
    keys = sorted(readings, key=repr)
    for x, ka in enumerate(keys):
        for kb in keys[x + 1 :]:
            left, right = readings[ka], readings[kb]
            if opposed(left, right):
                yield left, right, compare_quantities(left[0].quantity, right[0].quantity)


def _judge(d: Discrepancy, moments: Mapping[str, Moment], style: str, cue: Callable[[QuantityClaim], str]) -> _Verdicts:
    """Judge every pair of differing figures of a finding: the updates, and the verdicts and
    claims of the pairs that still conflict."""
    updates: list[_Pair] = []
    verdicts: list[tuple[Severity, str]] = []
    conflicting: set[QuantityClaim] = set()
    for left, right, verdict in _reading_pairs(d.claims):
        if verdict is None:
            continue
        for a in left:
            for b in right:
                if a.source == b.source:
                    continue
                pair = _ordered(a, b, moments, style, cue)
                if pair is not None:
                    updates.append(pair)
                else:
                    verdicts.append(verdict)
                    conflicting.update((a, b))
    return updates, verdicts, conflicting


def _split(
    d: Discrepancy, moments: Mapping[str, Moment], cue: Callable[[QuantityClaim], str], floors: Sequence[_Pair]
) -> list[Discrepancy]:
    """Split a finding into its conflict (the pairs that still conflict) and its update (the
    update pairs, with ``floors``: the rises of its group's figures that do not conflict)."""
    style = _evolving(d)
    if style is None:
        return [d]
    updates, verdicts, conflicting = _judge(d, moments, style, cue)
    updates = [*updates, *floors]
    if not updates:
        return [d]
    found = []
    if conflicting:
        severity, reason = max(verdicts, key=lambda v: v[0].rank)
        claims = _claim_order(conflicting)
        found.append(attrs.evolve(d, claims=claims, severity=severity, reason=reason, detail=quantity_detail(claims)))
    found.append(_update(updates, moments))
    return found


def _update(pairs: Sequence[_Pair], moments: Mapping[str, Moment]) -> Discrepancy:
    """Make the update finding of the update pairs: their claims and their timeline."""
    claims = _claim_order(c for pair in pairs for c in pair)
    index = {(c.source, c.start, c.end): i for i, c in enumerate(claims)}
    groups: dict[_Key, list[QuantityClaim]] = {}
    for c in claims:
        groups.setdefault((repr(moments.get(c.source)), c.quantity.reading), []).append(c)
    entries = {
        key: TimelineEntry(
            published=moments.get(members[0].source),
            reading=label_of(c.text for c in members),
            claims=sorted(index[(c.source, c.start, c.end)] for c in members),
            sources=sorted({c.source for c in members}),
        )
        for key, members in groups.items()
    }
    key_of = {c: key for key, members in groups.items() for c in members}
    edges = {(key_of[earlier], key_of[later]) for earlier, later in pairs}
    timeline = _in_time_order(entries, edges, {key: _level(groups[key][0].quantity) or 0.0 for key in entries})
    detail = "timeline: " + " -> ".join(
        f"{format_moment(e.published)} {e.reading} ({', '.join(e.sources)})" for e in timeline
    )
    return Discrepancy(
        kind=Kind.QUANTITY, severity=Severity.LOW, claims=claims, reason=UPDATE, detail=detail, timeline=timeline
    )


def _moment_key(moment: Moment) -> tuple[object, ...]:
    """A total order of publication times for ties: known before unknown, by day, dates before
    times of their day, then by the wall clock."""
    if moment is None:
        return (1,)
    day = published_day(moment)
    assert day is not None
    if isinstance(moment, _dt.datetime):
        return (0, day.toordinal(), 1, moment.time().isoformat(), moment.isoformat())
    return (0, day.toordinal(), 0, "", moment.isoformat())


def _in_time_order(
    entries: Mapping[_Key, TimelineEntry], edges: set[tuple[_Key, _Key]], levels: Mapping[_Key, float]
) -> list[TimelineEntry]:
    """Order the entries so that every earlier value of an update comes before its later one;
    entries the updates leave unordered go by publication time, then by value."""

    def tie(key: _Key) -> tuple[object, ...]:
        return (_moment_key(entries[key].published), levels[key], entries[key].reading, repr(key))

    waiting = dict.fromkeys(entries, 0)
    following: dict[_Key, list[_Key]] = {key: [] for key in entries}
    for earlier, later in edges:
        waiting[later] += 1
        following[earlier].append(later)
    ready = [(tie(key), key) for key, count in waiting.items() if count == 0]
    heapq.heapify(ready)
    out: list[TimelineEntry] = []
    while ready:
        _, key = heapq.heappop(ready)
        out.append(entries[key])
        for later in following[key]:
            waiting[later] -= 1
            if waiting[later] == 0:
                heapq.heappush(ready, (tie(later), later))
    if len(out) < len(entries):  # a cycle (words against times): the rest by time
        placed = {id(e) for e in out}
        out.extend(sorted((e for e in entries.values() if id(e) not in placed), key=lambda e: _moment_key(e.published)))
    return out


def _floor(q: Quantity) -> float | None:
    """The least value a figure allows (its value when it is exact)."""
    return float(q.low) if q.low is not None else None if q.value is None else float(q.value)


def _rising_floors(group: Alignment, moments: Mapping[str, Moment], cue: Callable[[QuantityClaim], str]) -> list[_Pair]:
    """Return the updates of a running total whose figures do not conflict: an earlier floor
    ("at least 12", "more than 300") and a later figure above it ("at least 19", "19")."""
    if group.kind is not ClaimKind.QUANTITY or _style(group.claims) != "total":
        return []
    found: list[_Pair] = []
    for left, right, verdict in _reading_pairs(group.claims):
        if verdict is not None:
            continue  # the conflicts are the findings' to split
        for a in left:
            for b in right:
                pair = _ordered(a, b, moments, "total", cue) if a.source != b.source else None
                if pair is None or pair[0].quantity.high is not None:
                    continue
                start, end = _floor(pair[0].quantity), _floor(pair[1].quantity)
                if start is not None and end is not None and end > start:
                    found.append(pair)
    return found


def _cue_reader() -> Callable[[QuantityClaim], str]:
    """Return :func:`newer_cue`, read once per claim of a comparison."""
    cues: dict[int, str] = {}

    def cue(claim: QuantityClaim) -> str:
        if id(claim) not in cues:
            cues[id(claim)] = newer_cue(claim)
        return cues[id(claim)]

    return cue


def find_updates(
    discrepancies: Iterable[Discrepancy], moments: Mapping[str, Moment], *, alignments: Sequence[Alignment] = ()
) -> tuple[Discrepancy, ...]:
    """Split each figure finding into the updates it holds and the conflicts it still holds.

    Args:
        discrepancies: findings of :func:`claimdiff.diff.find_discrepancies`.
        moments: each source's publication time (:func:`publication_moment`); a source not in
            it has none.
        alignments: the groups the findings come from; a running total whose floor rose
            without a conflict ("at least 12" at 08:00, "at least 19" at 13:00) is an update
            too, in its group's update finding (one of its own when the group has no finding).

    Returns:
        The findings, a finding that holds updates replaced by its conflict (when pairs of its
        claims still conflict) and its update; then the updates of groups without a finding.
        Order them with :func:`claimdiff.diff.order_discrepancies`.

    >>> find_updates((), {})
    ()
    """
    if all(moment is None for moment in moments.values()):
        return tuple(discrepancies)  # without publication times, no update
    cue = _cue_reader()
    floors = {n: pairs for n, group in enumerate(alignments) if (pairs := _rising_floors(group, moments, cue))}
    owner = {(c.source, c.start, c.end): n for n in floors for c in alignments[n].claims}
    out: list[Discrepancy] = []
    for d in discrepancies:
        n = owner.get((d.claims[0].source, d.claims[0].start, d.claims[0].end)) if d.claims else None
        extra = floors.pop(n) if n is not None and _evolving(d) else []
        out.extend(_split(d, moments, cue, extra))
    out.extend(_update(pairs, moments) for pairs in floors.values())
    return tuple(out)
