"""Assertions that speak of the same act: one predicate (or its antonym), shared arguments.

Two assertions of different sources are linked when their concepts meet
(:func:`claimdiff.claims.statements.relation`: the same concept, an antonym pair, or a
general act that did not happen against a specific one that did) and their sentences share
at least :attr:`AlignOptions.assertion_arguments` content words, or one when each source
tells that act in one sentence only (:func:`~claimdiff.claims.statements.sole_acts`). Only links that touch an
*anchor* are made: an assertion that did not happen, is denied, open or ruled out, or whose
concept has an antonym. Planned acts are linked only to the same act ruled out ("will
close" / "will not close"), left open as a plan ("will appeal" / "declined to say whether
he would appeal") or refused ("agreed to reopen talks" / "refused to reopen talks"): a plan
is no answer to what happened. So groups stay around the
few assertions that can disagree, and affirmed assertions never chain into one another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .._lexicon.statements import ANTONYMS, FORECLOSING_CONCEPTS, GENERAL_CONCEPTS, STATE_ENDINGS
from ..claims.statements import (
    accounts_meet,
    act_word,
    forecloses,
    named_only,
    open_plan,
    refused,
    shared_arguments,
    sole_acts,
    whole_group_ended,
)
from ..models import Alignment, AssertionClaim, Polarity
from ._groups import best_first, components, order_claims
from ._options import AlignOptions

_HAS_ANTONYM = frozenset(concept for pair in ANTONYMS for concept in pair)


def _is_anchor(c: AssertionClaim) -> bool:
    return c.polarity.answer in ("no", "open", "never") or c.key in _HAS_ANTONYM


def _partners(c: AssertionClaim) -> set[str]:
    """Return the concepts an assertion may meet: its own (unless it is an anchor only for its
    antonyms), its antonyms, and for a general act the acts it stands for ("*" for all)."""
    out = {c.key} if c.polarity.answer in ("no", "open", "never") else set()
    out.update(other for pair in ANTONYMS if c.key in pair for other in pair)
    if c.polarity.answer in ("no", "open", "never"):
        out.update(GENERAL_CONCEPTS.get(c.key, ()))
    return out


def _times_meet(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two assertions speak of one time: a plan meets only its ruling out, an
    open question about a plan ("will appeal" / "would not say whether he would appeal"),
    a refusal ("agreed to reopen talks" / "refused to reopen talks"), an act that forecloses
    it ("will go ahead" / "has been cancelled": :data:`FORECLOSING_CONCEPTS`) and another plan
    ("will remain open" / "would shut")."""
    if a.polarity is Polarity.PLANNED and b.polarity is Polarity.PLANNED:
        return True
    if Polarity.PLANNED in (a.polarity, b.polarity):
        plan, other = (a, b) if a.polarity is Polarity.PLANNED else (b, a)
        return other.polarity is Polarity.RULED_OUT or open_plan(other) or refused(other) or forecloses(other, plan)
    return True


def _foreclosed(claims: Sequence[AssertionClaim]) -> set[str]:
    """Return the concepts whose plans an act done rules out: the antonyms of a foreclosing act
    ("has been cancelled" rules out "will go ahead") and the states an act done ends ("has
    reopened" rules out "will remain closed")."""
    done = {c.key for c in claims if c.polarity is Polarity.AFFIRMED}
    closing = done & FORECLOSING_CONCEPTS
    out = {other for pair in ANTONYMS if pair & closing for other in pair - closing}
    return out | {state for state, acts in STATE_ENDINGS.items() if not done.isdisjoint(acts)}


def _opposite_plans(claims: Sequence[AssertionClaim]) -> set[str]:
    """Return the concepts planned by one source whose antonym another source plans: "the
    factory will remain open" / "the factory would shut" tell two futures that cannot both be."""
    plans: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.polarity is Polarity.PLANNED:
            plans[c.key].add(c.source)
    return {
        key
        for key, sources in plans.items()
        for pair in ANTONYMS
        if key in pair
        for other in pair - {key}
        if plans.get(other, sources) != sources
    }


def _parts_and_rest(claims: Sequence[AssertionClaim]) -> frozenset[tuple[str, str]]:
    """Return the (source, kept state) pairs of the sources that tell both a state kept and an
    act that ends it ("Two men were arrested. A third suspect is still at large."): such a
    source tells of a part and the rest, which another source's ending act does not answer."""
    done = {(c.source, c.key) for c in claims if c.polarity is Polarity.AFFIRMED and not named_only(c)}
    return frozenset(
        (source, key)
        for source, key in done
        if key in STATE_ENDINGS and any((source, act) in done for act in STATE_ENDINGS[key])
    )


def _state_told_apart(a: AssertionClaim, b: AssertionClaim, parts: frozenset[tuple[str, str]]) -> bool:
    """Return whether a state kept and an act that ends it, of two sources, are told apart as a
    part and the rest by either source (:func:`_parts_and_rest`)."""
    for state, act in ((a, b), (b, a)):
        if act.key in STATE_ENDINGS.get(state.key, ()):
            return (state.source, state.key) in parts or (act.source, state.key) in parts
    return False


def align_assertions(claims: Sequence[AssertionClaim], opts: AlignOptions) -> list[Alignment]:
    """Group assertions of different sources about the same act and the same things.

    Assertions of one reading (concept, polarity, arguments) are judged once, through the first
    of them, and the others follow it; copies and wire reruns cost nothing more.
    """
    ruled_out = {c.key for c in claims if c.polarity is Polarity.RULED_OUT or open_plan(c) or refused(c)}
    ruled_out.update(_foreclosed(claims), _opposite_plans(claims))
    ordered = order_claims(c for c in claims if c.polarity is not Polarity.PLANNED or c.key in ruled_out)
    first_of: dict[tuple[object, ...], int] = {}
    links: dict[tuple[int, int], float] = {}
    for i, c in enumerate(ordered):
        j = first_of.setdefault((c.key, c.polarity, c.arguments, c.subject), i)
        if j != i:
            links[(j, i)] = 100.0
    readings = sorted(first_of.values())
    sole = sole_acts(claims)
    parts = _parts_and_rest(claims)
    # the readings that are their source's one account of an act named by one word
    named_once = {i for i in readings if (ordered[i].source, act_word(ordered[i])) in sole}
    by_concept: dict[str, list[int]] = defaultdict(list)
    for i in readings:
        by_concept[ordered[i].key].append(i)
    for i in readings:
        a = ordered[i]
        if not _is_anchor(a):
            continue
        partners = _partners(a)
        candidates = readings if "*" in partners else sorted({j for p in partners for j in by_concept.get(p, ())})
        for j in candidates:
            b = ordered[j]
            pair = (min(i, j), max(i, j))
            if b.source == a.source or pair in links or not _times_meet(a, b) or _state_told_apart(a, b, parts):
                continue
            one = (a.source, a.key) in sole and (b.source, b.key) in sole
            named = i in named_once and j in named_once
            how = accounts_meet(a, b, least=opts.assertion_arguments, sole=one, named=named)
            if how:
                shared = shared_arguments(a.arguments, b.arguments, how=how)
                links[pair] = round(100.0 * len(shared) / (min(len(a.arguments), len(b.arguments)) or 1), 1)
    links.update(_whole_group_links(ordered, readings, parts))
    return components(ordered, sorted(((i, j, score) for (i, j), score in links.items()), key=best_first))


#: Score of a link of a state kept for a whole group and an act that ends it for one member.
_WHOLE_GROUP_SCORE = 50.0


def _whole_group_links(
    ordered: Sequence[AssertionClaim], readings: Sequence[int], parts: frozenset[tuple[str, str]]
) -> dict[tuple[int, int], float]:
    """Link a state kept for a whole group ("both men remain at large") with an act that ends
    it ("Kealy was recaptured") in a source that tells a part and the rest of that group
    (:func:`_parts_and_rest`: "Brannock remains at large"): that source speaks of the same group
    and says one of it no longer holds the state, which the whole group's state denies."""
    states = [i for i in readings if ordered[i].key in STATE_ENDINGS]
    out = {}
    for i in states:
        for j in readings:
            a, b = ordered[i], ordered[j]
            if a.source != b.source and (b.source, a.key) in parts and whole_group_ended(a, b):
                out[(min(i, j), max(i, j))] = _WHOLE_GROUP_SCORE
    return out
