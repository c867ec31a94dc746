"""Dates and clock times of one event: paired by role in aligned sentences, by context across."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz

from ..models import Alignment, Claim, DateClaim
from ..words import Tokenizer
from ._context import Roles, window_pairs, window_tokens
from ._groups import best_first, components, order_claims, sentence_key
from ._options import AlignOptions


def align_dates(
    claims: Sequence[DateClaim],
    cluster_of: Mapping[tuple[str, int], int],
    common: frozenset[str],
    opts: AlignOptions,
    tok: Tokenizer,
) -> list[Alignment]:
    """Link dates within aligned sentences (by role, within a granularity family), and dates of
    one granularity across sentences that say the same thing next to them."""
    claims = order_claims(claims)
    roles = Roles(claims, tok)
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
                links.extend(_pair_dates(claims, per_source[sa], per_source[sb], roles))
    links.sort(key=best_first)
    links.extend(_loose_date_links(claims, cluster_of, common, opts, tok, roles))
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
) -> list[tuple[int, int, float]]:
    """Link dates and clock times of unaligned sentences whose contexts say the same thing, as
    figures of one noun link ("It left the tracks at 6:42 a.m. near Kelso" / "The train left
    the tracks at 6:24 a.m. local time"), after every link within aligned sentences: only
    dates of one granularity."""
    members = [i for i, c in enumerate(claims) if c.date.granularity.value in _LOOSE_GRANULARITIES]
    if len(members) < 2:
        return []
    clusters = [cluster_of.get(sentence_key(claims[i])) for i in members]
    chosen = set(members)
    windows = [window_tokens(c, tokens=tok) - common if k in chosen else set() for k, c in enumerate(claims)]
    out = []
    for i, j in window_pairs(claims, members, clusters, windows):
        granularity = claims[i].date.granularity.value
        if granularity != claims[j].date.granularity.value:
            continue
        if granularity == "time":  # a clock time: the two sentences must say the same thing
            score = fuzz.token_set_ratio(" ".join(tok(claims[i].sentence.text)), " ".join(tok(claims[j].sentence.text)))
            linked = score >= max(opts.quantity_threshold, _CLOCK_CONTEXT)
        else:  # a day: the words next to it, by distance ("searched ... on Wednesday after")
            score = 100.0 * roles.similarity(i, j)
            linked = score >= _DATE_CONTEXT
        if linked:
            out.append((i, j, round(score, 1)))
    return sorted(out, key=best_first)


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
    """Whether one source may give both dates for one thing: their days can coincide."""
    if not (isinstance(a, DateClaim) and isinstance(b, DateClaim)):
        return True
    da, db = a.date, b.date
    if da.clock is not None or db.clock is not None:
        return not da.clock_apart(db)
    if None in (da.low, da.high, db.low, db.high):
        return da.weekday is None or db.weekday is None or da.weekday == db.weekday
    assert da.low is not None and da.high is not None and db.low is not None and db.high is not None
    return not (da.high < db.low or db.high < da.low)


def _pair_dates(
    claims: Sequence[DateClaim], left: Sequence[int], right: Sequence[int], roles: Roles
) -> list[tuple[int, int, float]]:
    """Score the dates of two aligned sentences of one granularity family by role.

    A lone date on each side pairs outright; otherwise each pair of one family is scored by
    the words next to each date ("struck late on Tuesday" / "searched on Wednesday after"),
    and links are taken best first, so each date joins the one that says what it says.
    """
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0], 100.0)]
    out = []
    for i in left:
        family = _date_family(claims[i].date.granularity.value)
        for j in right:
            if _date_family(claims[j].date.granularity.value) == family:
                out.append((i, j, round(10.0 + 80.0 * roles.similarity(i, j), 1)))
    return out


def _date_family(granularity: str) -> str:
    if granularity == "time":
        return "clock"
    return "calendar" if granularity in ("decade", "year", "month") else "day"
