"""Dates and clock times of one event: paired by role in aligned sentences, by context across."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from .._lexicon.dates import WEEKDAYS
from ..claims.dates import dates_apart
from ..models import Alignment, AssertionClaim, Claim, DateClaim
from ..words import Tokenizer
from ._context import MAX_POSTINGS, Roles, next_other, window_pairs, window_tokens
from ._events import Frame, FrameReader
from ._groups import best_first, components, order_claims, sentence_key
from ._options import AlignOptions


def carry_dates(
    cluster_of: Mapping[tuple[str, int], int], statements: Sequence[Claim], dates: Sequence[DateClaim]
) -> tuple[dict[tuple[str, int], int], frozenset[tuple[str, int]]]:
    """Return ``cluster_of`` with each sentence that opens with a date ("On Monday, the council
    met.") and is aligned with no other source's sentence moved to the cluster of the next
    sentence that names again what it spoke of ("It voted to close the library.", a
    :class:`~claimdiff.models.Reference` into it) and has no date of its own: the date given
    once at the top is that sentence's date too. Also return the sentences moved, whose dates
    date the event of the sentence they moved to, not their own. One look per back-reference:
    linear.
    """
    referring = [(c, ref) for c in statements if (ref := getattr(c, "reference", None)) is not None]
    if not referring:  # most sentences refer back to none: no pass over every sentence for them
        return dict(cluster_of), frozenset()
    sources: dict[int, set[str]] = defaultdict(set)
    for (source, _start), cid in cluster_of.items():
        sources[cid].add(source)
    dated = {sentence_key(d) for d in dates}
    opening = {sentence_key(d) for d in dates if _opens_with(d)}
    by_source: dict[str, list[int]] = defaultdict(list)
    for c in statements:
        by_source[c.source].append(c.start)
    for starts in by_source.values():
        starts.sort()
    out = dict(cluster_of)
    moved = set()
    for c, ref in referring:
        if (c.source, c.start) in dated or (c.source, c.start) not in cluster_of:
            continue
        starts = by_source[c.source]
        k = bisect.bisect_right(starts, ref.antecedent_start) - 1
        earlier = (c.source, starts[k]) if k >= 0 else None
        if earlier in opening and earlier in cluster_of and len(sources[cluster_of[earlier]]) == 1:
            out[earlier] = cluster_of[(c.source, c.start)]
            moved.add(earlier)
    return out, frozenset(moved)


def _opens_with(d: DateClaim) -> bool:
    """Whether a date opens its sentence and a comma ends it: "On Monday, ..."."""
    lead = d.sentence.text[: d.start - d.sentence.start]
    return not lead.strip() and d.sentence.text[d.end - d.sentence.start :].startswith(",")


def align_dates(
    claims: Sequence[DateClaim],
    cluster_of: Mapping[tuple[str, int], int],
    common: frozenset[str],
    opts: AlignOptions,
    tok: Tokenizer,
    *,
    carried: frozenset[tuple[str, int]] = frozenset(),
    acts: Sequence[AssertionClaim] = (),
) -> list[Alignment]:
    """Link dates within aligned sentences (by role, within a granularity family), dates of one
    family across sentences when their event frames match (:mod:`._events`) or, frames naming
    no event, when the acts just before them do (``acts``, :func:`_act_links`), and dates of one
    granularity across sentences that say the same thing next to them; never two dates whose
    frames name different events."""
    claims = order_claims(claims)
    roles = Roles(claims, tok)
    read = FrameReader()
    # a date carried to the sentence after it (:func:`carry_dates`) names no event of its own
    frames = [read(c) if sentence_key(c) not in carried else Frame(tense=read(c).tense) for c in claims]
    by_cluster: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        cid = cluster_of.get((c.source, c.sentence.start))
        if cid is not None:
            by_cluster[cid].append(i)
    links: list[tuple[int, int, float]] = []
    for members in by_cluster.values():
        per_source: dict[str, list[int]] = defaultdict(list)
        for i in members:
            per_source[claims[i].source].append(i)
        names = sorted(per_source)
        for x, sa in enumerate(names):
            for sb in names[x + 1 :]:
                links.extend(_pair_dates(claims, per_source[sa], per_source[sb], roles, frames))
    links.sort(key=best_first)
    loose = _frame_links(claims, cluster_of, roles, frames)
    loose.extend(_act_links(claims, acts, cluster_of, roles, frames))
    loose.extend(_loose_date_links(claims, cluster_of, common, opts, tok, roles, frames))
    links.extend(sorted(loose, key=best_first))
    # A day named beside "04:52 GMT" may be the day in that zone, not the local one: it is
    # compared only with days named beside a zoned time too.
    zoned = {sentence_key(c) for c in claims if c.date.zone not in (None, "local")}

    def same_footing(i: int, j: int) -> bool:
        if claims[i].date.clock is not None or claims[j].date.clock is not None:
            return True
        return (sentence_key(claims[i]) in zoned) == (sentence_key(claims[j]) in zoned)

    return components(claims, [link for link in links if same_footing(link[0], link[1])], compatible=_same_date)


def _loose_date_links(
    claims: Sequence[DateClaim],
    cluster_of: Mapping[tuple[str, int], int],
    common: frozenset[str],
    opts: AlignOptions,
    tok: Tokenizer,
    roles: Roles,
    frames: Sequence[Frame],
) -> list[tuple[int, int, float]]:
    """Link dates and clock times of unaligned sentences whose contexts say the same thing, as
    figures of one noun link ("It left the tracks at 6:42 a.m. near Kelso" / "The train left
    the tracks at 6:24 a.m. local time"), after every link within aligned sentences: only
    dates of one granularity, never two whose frames name different events, and never the days
    of two statements ("officials said on Tuesday" / "the agency said on Thursday": two
    statements, whose days are no evidence of one event; a day whose frame is unknown may
    still be a statement's; :data:`~claimdiff._lexicon.events.WEAK_EVENTS`)."""
    members = [i for i, c in enumerate(claims) if c.date.granularity.value in _LOOSE_GRANULARITIES]
    if len(members) < 2:
        return []
    clusters = [cluster_of.get(sentence_key(claims[i])) for i in members]
    chosen = set(members)
    windows = [window_tokens(c, tokens=tok) - common if k in chosen else set() for k, c in enumerate(claims)]
    out = []
    for i, j in window_pairs(claims, members, clusters, windows):
        granularity = claims[i].date.granularity.value
        if granularity != claims[j].date.granularity.value or frames[i].agrees(frames[j]) is False:
            continue
        if frames[i].weak and frames[j].weak:
            continue
        if granularity == "time":  # a clock time: the two sentences must say the same thing
            score = fuzz.token_set_ratio(" ".join(tok(claims[i].sentence.text)), " ".join(tok(claims[j].sentence.text)))
            linked = score >= max(opts.quantity_threshold, _CLOCK_CONTEXT)
        else:  # a day: the words next to it, by distance ("searched ... on Wednesday after")
            score = 100.0 * roles.similarity(i, j)
            linked = score >= _DATE_CONTEXT
        if linked:
            out.append((i, j, round(score, 1)))
    return out


def _frame_links(
    claims: Sequence[DateClaim], cluster_of: Mapping[tuple[str, int], int], roles: Roles, frames: Sequence[Frame]
) -> list[tuple[int, int, float]]:
    """Link dates in unaligned sentences of different sources whose frames date one event
    ("Customers filed the class action in 2021" / "The case, filed in 2019,"), whatever else
    their sentences say: days with days and parts of days, clock times with clock times, and
    years, months and decades only with their own granularity (a year and a month of it only
    differ in precision; linking them would only risk joining two events of one frame).

    An event told in the past and one told in the future are two events ("the panel met on
    Monday" / "will meet again on Friday"), and so are two whose names next to the event word
    share none ("arrested Daniel Hart on Monday" / "arrested Mara Quist on Tuesday").
    Statements' days ("said on Tuesday") and relative years and weeks ("this year", "next
    year": the period of a count or a forecast more often than an event's date) are left out.
    Each date is paired with at most ``MAX_POSTINGS`` later dates of its event.
    """
    by_event: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        frame = frames[i]
        if frame.event is None or frame.weak or _period(c):
            continue
        by_event[(_frame_family(c.date.granularity.value), frame.event)].append(i)
    pairs = []
    for members in by_event.values():
        other = next_other([claims[i].source for i in members])
        # the run of i's own source skipped unread
        pairs += [(i, j) for pos, i in enumerate(members) for j in members[other[pos] : pos + 1 + MAX_POSTINGS]]
    for (family, event), days in by_event.items():
        if family == "day":  # a day of an event against the week or the month another source gives it
            coarse = [j for g in _COARSE for j in by_event.get((g, event), ()) if not _endpoint(claims[j])]
            if coarse and _once(claims, days, coarse):
                pairs.extend(
                    (i, j) for i in days for j in coarse[:MAX_POSTINGS]
                    if claims[j].date.granularity.value == "week" or _calendar_day(claims[i])
                )
    out = []
    for i, j in pairs:
        if claims[i].source == claims[j].source or not frames[i].agrees(frames[j]):
            continue
        if frames[i].tense and frames[j].tense and frames[i].tense != frames[j].tense:
            continue  # "met on Monday" and "will meet on Friday": two meetings
        if not frames[i].same_actors(frames[j]):
            continue  # "arrested Daniel Hart on Monday" and "arrested Mara Quist on Tuesday"
        ci, cj = cluster_of.get(sentence_key(claims[i])), cluster_of.get(sentence_key(claims[j]))
        if ci is None or ci != cj:
            out.append((i, j, round(_FRAME_SCORE + (100.0 - _FRAME_SCORE) * roles.similarity(i, j), 1)))
    return out


def date_act(c: DateClaim, acts: Sequence[AssertionClaim]) -> str | None:
    """Return the key of the affirmed act that governs a date from just before it in its
    sentence (:data:`ACT_REACH` words at most, no comma, semicolon or colon between), or None.

    "Its bronze was stolen in 1994" and "the previous theft in 1989" both date a *stealing*
    (the assertion claims' own concept keys), however the event lexicon of frames reads them.
    ``acts`` are the assertion claims of the date's sentence.
    """
    best: tuple[int, str] | None = None
    for act in acts:
        if act.end > c.start or act.polarity.value not in _DATED_POLARITIES:
            continue
        between = c.sentence.text[act.end - c.sentence.start : c.start - c.sentence.start]
        if any(mark in between for mark in ",;:") or len(between.split()) > ACT_REACH:
            continue
        if best is None or c.start - act.end < best[0]:
            best = (c.start - act.end, act.key)
    return None if best is None else best[1]


#: Polarities of acts that happen (or are to) on a date: a denied or open act dates nothing.
_DATED_POLARITIES = frozenset({"affirmed", "planned"})
#: Most words between an act and the date it governs ("stolen in 1994", "planned for the summer of 2027").
ACT_REACH = 4


def _act_links(
    claims: Sequence[DateClaim],
    acts: Sequence[AssertionClaim],
    cluster_of: Mapping[tuple[str, int], int],
    roles: Roles,
    frames: Sequence[Frame],
) -> list[tuple[int, int, float]]:
    """Link dates of unaligned sentences of different sources whose frames name no event
    (:mod:`._events`) but that the same act governs (:func:`date_act`), by the rules of links by
    frame (:func:`_frame_links`): one granularity family, one tense, no relative period."""
    by_sentence: dict[tuple[str, int], list[AssertionClaim]] = defaultdict(list)
    for act in acts:
        by_sentence[sentence_key(act)].append(act)
    by_act: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        if frames[i].event is not None or frames[i].phase is not None or _period(c):
            continue
        key = date_act(c, by_sentence.get(sentence_key(c), ()))
        if key:
            by_act[(_frame_family(c.date.granularity.value), key)].append(i)
    out = []
    for members in by_act.values():
        other = next_other([claims[i].source for i in members])
        for pos, i in enumerate(members):
            for j in members[other[pos] : pos + 1 + MAX_POSTINGS]:
                if claims[i].source == claims[j].source:
                    continue
                if frames[i].tense and frames[j].tense and frames[i].tense != frames[j].tense:
                    continue
                ci, cj = cluster_of.get(sentence_key(claims[i])), cluster_of.get(sentence_key(claims[j]))
                if ci is None or ci != cj:
                    out.append((i, j, round(_FRAME_SCORE + (100.0 - _FRAME_SCORE) * roles.similarity(i, j), 1)))
    return out


def _endpoint(c: DateClaim) -> bool:
    """Whether a date opens or closes a span ("sold between March 2025 and June 2026", "from
    May to July"), or follows another date ("in May and June"): the span of something else, or
    one of several, not the day of the event.

    >>> from claimdiff.models import DateMention, Granularity, Sentence
    >>> text = "The recall covers kettles sold between March 2025 and June 2026."
    >>> m = DateMention(text="March 2025", start=39, end=49, granularity=Granularity.MONTH)
    >>> _endpoint(DateClaim(source="a", text=m.text, start=39, end=49, sentence=Sentence(text, 0, len(text)),
    ...                     key="month", date=m))
    True
    """
    text, at = c.sentence.text, c.start - c.sentence.start
    before = text[max(0, at - 9) : at].split()
    after = text[at + len(c.text) : at + len(c.text) + 5].split()
    opened = bool(before) and before[-1].casefold() in _SPAN_OPENERS | _SPAN_JOINERS
    return opened or bool(after and after[0].casefold() in _SPAN_JOINERS)


#: Words before the first date of a span, and between its two dates.
_SPAN_OPENERS = frozenset({"between", "from"})
_SPAN_JOINERS = frozenset({"and", "to", "until", "till", "through", "-", "–"})


def _calendar_day(c: DateClaim) -> bool:
    """Whether a day is written as a date of the calendar ("on January 14", "May 20"), not as a
    weekday or a day relative to publication ("on Tuesday", "yesterday"): those tell the news of
    the day, and another source's month for an event of its kind is more often an earlier one
    ("the blast on Monday" / "a blast at the same plant in March")."""
    words = c.text.casefold().replace(",", " ").split()
    return any(ch.isdigit() for ch in c.text) and not any(w.rstrip(".") in WEEKDAYS for w in words)


def _once(claims: Sequence[DateClaim], days: Sequence[int], coarse: Sequence[int]) -> bool:
    """Whether no source dates one event by a day and also by a week or a month: a source that
    does tells of two of them ("cut rates on Wednesday" and "the previous cut, in July"), so
    another source's month may be either."""
    return not {claims[i].source for i in days} & {claims[j].source for j in coarse}


#: Coarser granularities a day of an event is linked with by frame ("inspected on January 14" /
#: "last inspected in November"; "the report, published on May 20" / "published its findings
#: last week"): one event's day falls in the week or month another source gives it, or they
#: disagree. A month only with a day of the calendar (:func:`_calendar_day`). Years stay apart
#: from days: a year is more often a count's period than a day's.
_COARSE = ("week", "month")


#: Granularities of relative dates that name a period rather than an event's date.
_PERIODS = frozenset({"year"})


def _period(c: DateClaim) -> bool:
    """Whether a date names a period relative to publication ("this year", "next week"), not
    the date of an event ("five years ago" is one)."""
    d = c.date
    return d.relative and d.granularity.value in _PERIODS and not d.text.casefold().endswith("ago")
#: Least score of a link by frame (the rest by role overlap): above most links by role alone.
_FRAME_SCORE = 50.0


#: Granularities of dates linked across unaligned sentences (of the same granularity only).
_LOOSE_GRANULARITIES = frozenset({"time", "day", "month", "year"})
#: Least role overlap (percent, :meth:`Roles.similarity`) for two dates of unaligned
#: sentences: the words next to each date must say what happened then ("struck late on
#: Tuesday" / "searched on Wednesday after" do not), as for figures of different nouns.
_DATE_CONTEXT = 25.0
#: Least context similarity (whole sentences, rapidfuzz ``token_set_ratio``) for two clock
#: times of unaligned sentences to link: a story names few times, each of its own event, so
#: the bar is higher than for figures of one noun.
_CLOCK_CONTEXT = 50.0


def _same_date(a: Claim, b: Claim) -> bool:
    """Whether one source may give both dates for one thing: they can be one moment (a
    morning and an afternoon of one day cannot)."""
    if not (isinstance(a, DateClaim) and isinstance(b, DateClaim)):
        return True
    return dates_apart(a.date, b.date) is None


#: Most date pairs scored by role for two aligned sentences; past it (a sentence of hundreds of
#: dates) dates pair in order of appearance, as figures do, so the cost stays linear.
_MAX_DATE_PAIRS = 1024


def _pair_dates(
    claims: Sequence[DateClaim], left: Sequence[int], right: Sequence[int], roles: Roles, frames: Sequence[Frame]
) -> list[tuple[int, int, float]]:
    """Score the dates of two aligned sentences of one granularity family by role and frame.

    A lone date on each side pairs outright; otherwise each pair of one family is scored by
    the words next to each date ("struck late on Tuesday" / "searched on Wednesday after"),
    with a bonus when their frames date one event, and links are taken best first, so each
    date joins the one that says what it says. Dates whose frames name different events
    ("police said on Wednesday" / "Monday's raid") never pair.
    """
    if len(left) == 1 and len(right) == 1:
        agree = frames[left[0]].agrees(frames[right[0]])
        return [] if agree is False else [(left[0], right[0], 100.0)]
    if len(left) * len(right) > _MAX_DATE_PAIRS:  # a sentence of hundreds of dates: pair in order
        return [(i, j, 50.0) for i, j in zip(left, right, strict=False) if frames[i].agrees(frames[j]) is not False]
    out = []
    for i in left:
        family = _date_family(claims[i].date.granularity.value)
        for j in right:
            agree = frames[i].agrees(frames[j])
            if agree is not False and _date_family(claims[j].date.granularity.value) == family:
                same = dates_apart(claims[i].date, claims[j].date) is None
                score = 10.0 + 80.0 * roles.similarity(i, j) + (10.0 if agree else 0.0) + (_SAME_DAY if same else 0.0)
                out.append((i, j, round(score, 1)))
    return out


#: Points a pair of dates of two aligned sentences gains when they can be one moment, as a pair
#: of figures gains for one reading: in "fell to 2.9% in August from 3.4% in July" / "having
#: fallen from 3.4% in July" the words next to the dates tell little, and July is July.
_SAME_DAY = 10.0


def _frame_family(granularity: str) -> str:
    """The granularities dates linked by frame share: a day family, else their own."""
    return "day" if granularity in ("day", "part_of_day") else granularity


def _date_family(granularity: str) -> str:
    if granularity == "time":
        return "clock"
    return "calendar" if granularity in ("decade", "year", "month") else "day"
