"""Assertions that speak of the same act: one predicate (or its antonym), shared arguments.

Two assertions of different sources are linked when their concepts meet
(:func:`claimdiff.claims.statements.relation`: the same concept, an antonym pair, or a
general act that did not happen against a specific one that did) and their sentences share
at least :attr:`AlignOptions.assertion_arguments` content words. Only links that touch an
*anchor* are made: an assertion that did not happen, is denied, open or ruled out, or whose
concept has an antonym. Planned acts are linked only to the same act ruled out ("will
close" / "will not close") or left open as a plan ("will appeal" / "declined to say whether
he would appeal"): a plan is no answer to what happened. So groups stay around the
few assertions that can disagree, and affirmed assertions never chain into one another.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .._lexicon.statements import ANTONYMS, GENERAL_CONCEPTS
from ..claims.statements import claims_meet, open_plan, shared_arguments
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
    if c.polarity.answer in ("no", "open"):
        out.update(GENERAL_CONCEPTS.get(c.key, ()))
    return out


def _times_meet(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two assertions speak of one time: a plan meets only its ruling out and
    an open question about a plan ("will appeal" / "would not say whether he would appeal")."""
    if Polarity.PLANNED in (a.polarity, b.polarity):
        other = b if a.polarity is Polarity.PLANNED else a
        return other.polarity is Polarity.RULED_OUT or open_plan(other)
    return True


def align_assertions(claims: Sequence[AssertionClaim], opts: AlignOptions) -> list[Alignment]:
    """Group assertions of different sources about the same act and the same things.

    Assertions of one reading (concept, polarity, arguments) are judged once, through the first
    of them, and the others follow it; copies and wire reruns cost nothing more.
    """
    ruled_out = {c.key for c in claims if c.polarity is Polarity.RULED_OUT or open_plan(c)}
    ordered = order_claims(c for c in claims if c.polarity is not Polarity.PLANNED or c.key in ruled_out)
    first_of: dict[tuple[object, ...], int] = {}
    links: dict[tuple[int, int], float] = {}
    for i, c in enumerate(ordered):
        j = first_of.setdefault((c.key, c.polarity, c.arguments, c.subject), i)
        if j != i:
            links[(j, i)] = 100.0
    readings = sorted(first_of.values())
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
            if b.source == a.source or pair in links or not _times_meet(a, b):
                continue
            how = claims_meet(a, b, least=opts.assertion_arguments)
            if how:
                shared = shared_arguments(a.arguments, b.arguments, how=how)
                links[pair] = round(100.0 * len(shared) / (min(len(a.arguments), len(b.arguments)) or 1), 1)
    return components(ordered, sorted(((i, j, score) for (i, j), score in links.items()), key=best_first))
