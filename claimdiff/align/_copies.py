"""Exact copies of an article: aligned once, then joined to their original's groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Mapping, Sequence

import attrs

from ..models import Alignment, Claim, ClaimKind
from ._groups import order_claims


def find_copies(texts: Mapping[str, Hashable]) -> dict[str, tuple[str, ...]]:
    """Return exact copies: each first source (sorted) of a text, with the sources repeating it.

    ``texts`` maps a source to what makes its claims (its text and publication date).

    >>> find_copies({"b": "x", "a": "x", "c": "y"})
    {'a': ('b',)}
    """
    first: dict[Hashable, str] = {}
    copies: dict[str, list[str]] = defaultdict(list)
    for source in sorted(texts):
        original = first.setdefault(texts[source], source)
        if original != source:
            copies[original].append(source)
    return {source: tuple(others) for source, others in copies.items()}


def join_copies(
    alignments: Sequence[Alignment],
    claims_by_source: Mapping[str, Sequence[Claim]],
    copies: Mapping[str, Sequence[str]],
) -> tuple[Alignment, ...]:
    """Add the claims of exact copies to the groups their original's claims are in.

    An exact copy says what its original says, claim for claim: it is aligned once (as the
    original), then joins every group the original's claims joined, on the same side. A
    claim of the original in no group forms one with its copies' claims. So an exact copy
    never changes what is found, only who says it.

    Args:
        alignments: groups from :func:`align_claims` over the sources without the copies.
        claims_by_source: every source's claims, the copies' too, in extraction order.
        copies: each original source with its copies, from :func:`find_copies`.
    """
    if not copies:
        return tuple(alignments)
    twins: dict[tuple[str, int, int, ClaimKind], list[Claim]] = {}
    for original, others in copies.items():
        mine = claims_by_source[original]
        for claim_index, claim in enumerate(mine):
            twins[(original, claim.start, claim.end, claim.kind)] = [
                claims_by_source[other][claim_index] for other in others
            ]
    grouped: set[tuple[str, int, int, ClaimKind]] = set()
    out = []
    for group in alignments:
        extra = []
        for claim in group.claims:
            key = (claim.source, claim.start, claim.end, claim.kind)
            found = twins.get(key)
            if found is None and claim.source in copies:
                # a claim the aligner made of part of a name ("Swiss" of "Swiss-brokered"): the
                # copy holds the same words at the same offsets
                found = [attrs.evolve(claim, source=other) for other in copies[claim.source]]
            if found:
                grouped.add(key)
                extra.extend(found)
        if extra:
            group = attrs.evolve(group, claims=order_claims([*group.claims, *extra]))
        out.append(group)
    for original in sorted(copies):
        for claim in claims_by_source[original]:
            key = (original, claim.start, claim.end, claim.kind)
            if key not in grouped:
                grouped.add(key)
                # in order already: the copies' sources sort after the original's, at the same offsets
                out.append(Alignment(kind=claim.kind, claims=(claim, *twins[key]), score=100.0))
    out.sort(key=lambda a: (a.kind.rank, a.claims[0].source, a.claims[0].start, a.claims[0].end))
    return tuple(out)
