"""Figures that count the same thing: paired by role in aligned sentences, by context across."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence

from rapidfuzz import fuzz

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.events import NOT_ACTORS
from .._lexicon.measures import FIGURE_FRAME_WORDS, TOLD_APART
from .._lexicon.people import SHORT_GIVEN_NAMES, TITLES
from .._lexicon.updates import CHANGE_VERBS
from ..claims.frames import PART, PREVIOUS, is_specific_noun, measure_table
from ..models import Alignment, Claim, QuantityClaim
from ..numbers import find_quantities
from ..words import Tokenizer, normalise_token
from ._context import Roles, window_pairs, window_tokens
from ._groups import best_first, components, order_claims
from ._options import AlignOptions


def align_quantities(
    claims: Sequence[QuantityClaim],
    cluster_of: Mapping[tuple[str, int], int],
    common: frozenset[str],
    opts: AlignOptions,
    tok: Tokenizer,
) -> list[Alignment]:
    """Link figures that count the same thing.

    Within aligned sentences, figures of the same noun (or figures with no noun, such as
    "12 dead and 40 injured") are paired by their *role*: the words next to each figure
    ("killed", "injured", "without power"), with the same reading as a tie-breaker. Across
    unaligned sentences, figures of the same canonical noun link when their contexts are
    similar and share a distinctive word near the figure. Figures of the same *measure*
    (:mod:`claimdiff.claims.frames`: "three men were arrested" / "four arrests") link across
    any sentences of other sources, ranked by context, after the links within aligned
    sentences and before the loose ones. Links are taken best first under the rules of
    :class:`Groups`, so a group never holds two figures of one sentence, two disagreeing
    figures of one source, nor two measures: two counts in one sentence stay two claims.
    """
    claims = order_claims(claims)
    roles = Roles(claims, tok)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    in_cluster: dict[tuple[int, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(claims):
        cid = cluster_of.get((c.source, c.sentence.start))
        if cid is not None:
            in_cluster[(cid, c.key or "", c.quantity.family)][c.source].append(i)
        if c.key:
            by_key[(c.key, c.quantity.family)].append(i)
    windows = [window_tokens(c, tokens=tok) - common - _FRAME_WORDS for c in claims]
    contexts: dict[tuple[str, int, str | None], str] = {}

    def context(c: Claim) -> str:
        key = (c.source, c.sentence.start, c.key)
        found = contexts.get(key)
        if found is None:
            found = contexts[key] = " ".join(t for t in tok(c.sentence.text) if t != c.key)
        return found

    def similarity(i: int, j: int) -> float:
        return fuzz.token_set_ratio(context(claims[i]), context(claims[j]))

    aligned = _aligned_links(claims, in_cluster, roles) + _compound_links(claims, cluster_of, tok)
    loose: list[tuple[int, int, float]] = []
    for members in by_key.values():
        clusters = [cluster_of.get((claims[i].source, claims[i].sentence.start)) for i in members]
        for i, j in window_pairs(claims, members, clusters, windows):
            score = similarity(i, j) - _scale_gap(claims[i], claims[j])
            if score >= opts.quantity_threshold:
                loose.append((i, j, round(score, 1)))
    loose.extend(_sole_links(claims, by_key, similarity))
    framed = _measure_links(claims, similarity)
    _order_loose(claims, loose)
    links = sorted(aligned, key=best_first) + framed + loose
    links = [link for link in links if not _ages_of_two_people(claims[link[0]], claims[link[1]])]
    # Groups keep to one measure; ages of differently named holders may still be one person's
    # ("Valsecchi, 47," / "the 44-year-old opposition leader"), so ages group as "age".
    return components(claims, links, compatible=_same_figure, labels=[c.measure.partition(":")[0] for c in claims])


#: Window words that never make two figures of unaligned sentences a candidate pair: words next
#: to figures of every kind (their period, a change, a title), which tell nothing of what is
#: counted (:data:`~claimdiff._lexicon.measures.FIGURE_FRAME_WORDS`), as content tokens.
_FRAME_WORDS = frozenset(normalise_token(w) for w in FIGURE_FRAME_WORDS | CHANGE_VERBS | NOT_ACTORS)


def _order_loose(claims: Sequence[QuantityClaim], loose: list[tuple[int, int, float]]) -> None:
    """Sort loose links best first, each figure in order; among the equal links of one figure to
    the figures of one other sentence (one context score for all of them), those that can be one
    figure first: "37 miles northwest ..., at a depth of 22 miles" / "at a depth of 35
    kilometres, about 60 km north-west". Ties are broken by where the figure stands, never by how
    the groups would turn out, so moving a paragraph changes no link."""

    def key(link: tuple[int, int, float]) -> tuple[object, ...]:
        a, b = claims[link[0]], claims[link[1]]
        pair = (a.source, a.sentence.start, b.source, b.sentence.start)
        return (-link[2], link[0], pair, not a.quantity.overlaps(b.quantity), link[1])

    loose.sort(key=key)


def _aligned_links(
    claims: Sequence[QuantityClaim], in_cluster: Mapping[tuple[int, str, str], Mapping[str, list[int]]], roles: Roles
) -> list[tuple[int, int, float]]:
    """Return the role-scored pairs of figures of one noun in aligned sentences, each source
    paired with the :data:`_MAX_SOURCE_PAIRS` sources before it in sorted order."""
    out: list[tuple[int, int, float]] = []
    for _group, per_source in sorted(in_cluster.items(), key=lambda item: item[0]):
        names = sorted(per_source)
        for x, name in enumerate(names):
            for other in names[max(0, x - _MAX_SOURCE_PAIRS) : x]:
                out.extend(_pair_in_sentences(claims, per_source[other], per_source[name], roles))
    return out


def _compound_links(
    claims: Sequence[QuantityClaim], cluster_of: Mapping[tuple[str, int], int], tok: Tokenizer
) -> list[tuple[int, int, float]]:
    """Return links between the lone figures of one family of two aligned sentences whose nouns
    differ only as a compound is worded: one noun counts, the other says of what ("56,000
    passenger bookings" / "bookings of 65,000 passengers"; "2,000 job cuts" / "cut 2,400
    jobs"): the noun of each stands in the other's words (:func:`_compound_words`)."""
    lone: dict[tuple[int, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(claims):
        cid = cluster_of.get((c.source, c.sentence.start))
        if cid is not None and c.key:
            lone[(cid, c.quantity.family)][c.source].append(i)
    out = []
    for _group, per_source in sorted(lone.items(), key=lambda item: item[0]):
        sole = sorted(found[0] for found in per_source.values() if len(found) == 1)
        for x, i in enumerate(sole):
            for j in sole[x + 1 : x + 1 + _MAX_SOURCE_PAIRS]:
                a, b = claims[i], claims[j]
                if a.key != b.key and a.key in _compound_words(b, tok) and b.key in _compound_words(a, tok):
                    out.append((i, j, _COMPOUND_SCORE))
    return out


#: Score of a link of two lone figures of aligned sentences whose nouns make one compound.
_COMPOUND_SCORE = 60.0
#: Words before a figure read as what its noun is of ("bookings of 65,000", "cut 2,400").
_COMPOUND_REACH = 3


def _compound_words(c: QuantityClaim, tok: Tokenizer) -> frozenset[str]:
    """Return the canonical words of a figure's claim and of the few words before it: its noun,
    a noun that modifies it ("passenger bookings"), and the noun or verb it is counted for
    ("bookings of 65,000 passengers", "will cut 2,400 jobs")."""
    before = c.sentence.text[: c.start - c.sentence.start]
    return frozenset(tok(c.text)) | frozenset(tok(before)[-_COMPOUND_REACH:])


#: Least context similarity for sums of money and percentages of one measure to link, and
#: they must be within :data:`_SCALE_FREE` of each other: a story names many sums of one
#: measure (the quarter's revenue and the year's forecast), but few counts of its dead.
_STRICT_SIMILARITY = 40.0
#: Score of a link by measure before context: half the sentences' context similarity is
#: added, so the best-matching figure of the same measure joins first.
_MEASURE_BASE = 50.0


#: Figures of a measure (or of a rare noun) each figure is paired with: the next ones in
#: source order. Groups are transitive, so a few links per figure join every source that
#: agrees, and the cost stays linear in the number of sources.
_MAX_FRAME_PAIRS = 12
#: Score of a link by a rare noun before context (half the context similarity is added).
_SOLE_BASE = 20.0


def _sole_links(
    claims: Sequence[QuantityClaim],
    by_key: Mapping[tuple[str, str], Sequence[int]],
    similarity: Callable[[int, int], float],
) -> list[tuple[int, int, float]]:
    """Return links between figures of a rare noun ("11 nominations" / "13 nominations") in
    sources that give that noun one reading each, wherever the sentences stand.

    A noun that a source counts twice ("two goals" by one player, "five goals" in all) is
    ambiguous in that source, whose figures are then left to the other links.
    """
    out = []
    for (key, _kind), members in sorted(by_key.items()):
        if not is_specific_noun(key):
            continue
        readings: dict[str, set[tuple[float, float]]] = defaultdict(set)
        for i in members:
            readings[claims[i].source].add(claims[i].quantity.bounds())
        sole = [i for i in members if len(readings[claims[i].source]) == 1]
        for i, j, gap in _frame_pairs(claims, sole):
            out.append((i, j, round(_SOLE_BASE + 0.5 * similarity(i, j) - gap, 1)))
    return out


def _frame_pairs(claims: Sequence[QuantityClaim], members: Sequence[int]) -> Iterator[tuple[int, int, float]]:
    """Yield (i, j, scale gap) for each figure and the next :data:`_MAX_FRAME_PAIRS` of
    ``members`` from other sources, at most about ten times apart."""
    for x, i in enumerate(members):
        for j in members[x + 1 : x + 1 + _MAX_FRAME_PAIRS]:
            if claims[i].source != claims[j].source and not told_apart(claims[i].key, claims[j].key):
                gap = _scale_gap(claims[i], claims[j])
                if gap <= _MAX_MEASURE_GAP:
                    yield i, j, gap


#: Each counted noun of :data:`~claimdiff._lexicon.measures.TOLD_APART`: the part it is of, by group.
_PARTS: dict[str, dict[str, int]] = {
    noun: {group: k for group, parts in TOLD_APART.items() for k, part in enumerate(parts) if noun in part}
    for noun in {noun for parts in TOLD_APART.values() for part in parts for noun in part}
}


def told_apart(a: str | None, b: str | None) -> bool:
    """Whether two counted nouns name two disjoint kinds of people (crew and passengers, adults
    and children): a count of one is never a count of the other, whatever they measure.

    >>> told_apart("crew", "passenger"), told_apart("passenger", "person"), told_apart("pupil", "student")
    (True, False, False)
    """
    pa, pb = _PARTS.get(a or "", {}), _PARTS.get(b or "", {})
    return any(pb.get(group, part) != part for group, part in pa.items())


#: Measures that only say how a figure stands to another figure ("the previous 12"), not what it
#: counts: they link no figures by measure.
_RELATIONS = frozenset({PREVIOUS})
#: Characters between a part and its whole at most: "six *of the* nine judges".
_PART_GAP = 12


def _measure_key(claims: Sequence[QuantityClaim], i: int) -> str:
    """Return the measure figure ``i`` is linked by: its measure, and for a part ("six of the nine
    judges") the noun of its whole too, so that parts of two wholes ("14 of 20 analysts", "four
    of six carriages") are not one measure; "" for a part whose whole names nothing."""
    c = claims[i]
    if c.measure != PART:
        return c.measure
    whole = claims[i + 1] if i + 1 < len(claims) else None
    if whole is None or whole.sentence != c.sentence or not 0 <= whole.start - c.end <= _PART_GAP:
        return ""
    return f"{PART}:{whole.quantity.unit}" if whole.quantity.unit else ""


def _measure_links(
    claims: Sequence[QuantityClaim], similarity: Callable[[int, int], float]
) -> list[tuple[int, int, float]]:
    """Return links between figures of one measure in different sources, best first.

    Each figure is paired with at most :data:`_MAX_FRAME_PAIRS` later figures of its
    measure, so a measure counted in hundreds of sources stays linear.
    """
    by_measure: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        key = _measure_key(claims, i) if c.measure not in _RELATIONS else ""
        if key and measure_table(c.quantity) != "clock":  # a match has many goals
            by_measure[key].append(i)
    out = []
    for members in by_measure.values():
        strict = measure_table(claims[members[0]].quantity) in ("money", "percent")  # one measure, one table
        for i, j, gap in _frame_pairs(claims, members):
            if strict and gap > 0:
                continue
            context = similarity(i, j)
            if not (strict and context < _STRICT_SIMILARITY):
                out.append((i, j, round(_MEASURE_BASE + 0.5 * context - gap, 1)))
    return sorted(out, key=best_first)


#: Sources each source is paired with in one cluster (the nearest before it in sorted
#: order): all pairs up to this many sources, linear in the number of sources beyond.
_MAX_SOURCE_PAIRS = 8
#: Most figure pairs scored by role for one noun in two aligned sentences; past it (a
#: sentence of hundreds of figures) figures pair in order of appearance.
_MAX_ROLE_PAIRS = 1024


#: Context points a loose link loses per power of ten between the two figures beyond
#: :data:`_SCALE_FREE`: a per-household refund ("about $230") and a total ("$46.8 million")
#: count different things.
_SCALE_PENALTY = 20.0
#: Powers of ten two figures of one thing may differ by without penalty (about 2x).
_SCALE_FREE = 0.3
#: Largest :func:`_scale_gap` of two counts linked by measure: about ten times apart ("3
#: power plants" and "140,000 homes without power" are not one count).
_MAX_MEASURE_GAP = _SCALE_PENALTY * (1.0 - _SCALE_FREE)


def _scale_gap(a: QuantityClaim, b: QuantityClaim) -> float:
    """Return the penalty for two figures of different orders of magnitude."""
    ratio = a.quantity.ratio_to(b.quantity)  # in one unit: "2 days" is 720 times "4 minutes"
    if ratio is None:
        return 0.0
    return _SCALE_PENALTY * max(0.0, math.log10(ratio) - _SCALE_FREE)


def _ages_of_two_people(a: QuantityClaim, b: QuantityClaim) -> bool:
    """Whether two figures are the ages of two differently named people ("Chloe Hartigan, 34,"
    / "Martin Ebbs, 61,"); an age said of a role ("the 44-year-old opposition leader") may
    still be a named person's."""
    holders = [_named_holder(c) for c in (a, b)]
    if not (holders[0] and holders[1]):
        return False
    if holders[0] != holders[1]:
        return True
    given = [_given_name(c, holders[0]) for c in (a, b)]  # "Tom Fairley, 34," / "Linda Fairley, 63,"
    return bool(given[0] and given[1] and given[0] != given[1])


#: Capitalised words that name no one: a day or a month read as whose age it is ("On
#: Saturday, the 32-year-old striker").
_NOT_HOLDERS = frozenset(WEEKDAYS) | frozenset(MONTHS)


def _named_holder(c: QuantityClaim) -> str:
    """Return whose age a figure gives when that is a name its sentence capitalises, or ""."""
    measure, _, holder = c.measure.partition(":")
    if measure != "age" or not holder.isalpha() or holder in _NOT_HOLDERS:
        return ""
    text = c.sentence.text
    if any(w.rstrip(",") == holder.capitalize() for w in text.split()[1:]):
        return holder
    # a sentence opened by the holder's name and the age in apposition ("Costa, 29, was ..."):
    # a common noun there would take an article ("The striker, 29,")
    opening = f"{holder.capitalize()}, "
    return holder if text.startswith(opening) and c.start - c.sentence.start == len(opening) else ""


def _given_name(c: QuantityClaim, surname: str) -> str:
    """Return the given name just before the nearest ``surname`` ahead of an age, folded to its
    full form ("Tom" is "thomas"), or "" when a title or nothing capitalised stands there."""
    text = c.sentence.text[: max(0, c.start - c.sentence.start)]
    words = text.replace(",", " ").split()
    at = next((k for k in range(len(words) - 1, 0, -1) if words[k] == surname.capitalize()), 0)
    before = words[at - 1].rstrip(".") if at else ""
    if not (before[:1].isupper() and before.isalpha()) or before.casefold() in TITLES:
        return ""
    return SHORT_GIVEN_NAMES.get(before.casefold(), before.casefold())


def _same_figure(a: Claim, b: Claim) -> bool:
    """Whether one source may give both figures for one thing: their intervals share a value."""
    if isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim):
        return a.quantity.overlaps(b.quantity)
    return True


def _pair_in_sentences(
    claims: Sequence[QuantityClaim], left: Sequence[int], right: Sequence[int], roles: Roles
) -> list[tuple[int, int, float]]:
    """Score the pairs of figures of one noun in two aligned sentences by role.

    A pair is a candidate when the figures share a role word or a reading, or when each is
    the only such figure of its sentence ("12 people died" / "the blast killed 14 people").
    The score gives 75 to the role overlap and 25 to the same reading.
    """
    if len(left) * len(right) > _MAX_ROLE_PAIRS:
        return [(i, j, 50.0) for i, j in zip(left, right, strict=False)]
    sole = len(left) == len(right) == 1
    whole = {k: _whole_of_part(claims[k]) for k in (*left, *right)}  # read once a figure, not once a pair
    out = []
    for i in left:
        qi = claims[i].quantity
        for j in right:
            same = qi.bounds() == claims[j].quantity.bounds()
            if not same and whole[i] != whole[j]:
                continue  # "Seven of the nine members" / "two members preferring to hold": a group and a part
            role = roles.similarity(i, j)
            if role > 0 or same or sole:
                out.append((i, j, round(75.0 * role + (25.0 if same else 0.0), 1)))
    return out


#: A part figure and "of" (and a determiner) just before a figure: "Seven of the ", "300 of its ".
_PART_BEFORE = re.compile(r"(\S+)\s+of\s+(?:(?:the|its|their|his|her|our|a|an)\s+)?$", re.IGNORECASE)


def _whole_of_part(c: QuantityClaim) -> bool:
    """Whether a figure is the whole a part of it is counted from: "nine" in "Seven of the nine
    committee members", "1,200" in "300 of its 1,200 staff"."""
    before = c.sentence.text[max(0, c.start - c.sentence.start - _PART_REACH) : c.start - c.sentence.start]
    found = _PART_BEFORE.search(before)
    return found is not None and bool(find_quantities(found.group(1)))


#: Characters read before a figure for the part it is the whole of.
_PART_REACH = 40
