"""Alignment: group the claims of 2..N sources that speak of the same thing.

Three passes, each cheap enough to grow close to linearly with the number of sources:

1. **Sentences.** Statement claims (one per sentence) are clustered greedily, sources in
   sorted order. A sentence looks up candidate clusters through an inverted index on its
   rarest content words (blocking), prefilters them with rapidfuzz's ``token_set_ratio``
   in C++ (``process.extract`` with ``score_cutoff``), and joins the cluster whose
   representative overlaps it most by IDF-weighted Dice (words that are everywhere in the
   story weigh little), if that cluster has no sentence of its source yet; otherwise it
   starts a new one. Only cluster representatives are compared, so cost is about
   ``sentences x candidate clusters``, not all pairs.
2. **Quantities.** Figures that count the same canonical noun ("agreements", "pacts")
   are linked when their sentences share a cluster or their contexts (content words,
   figures removed) are similar enough: "The two presidents witnessed the exchange of
   11 agreements ..." and "Hanoi and Moscow have signed a dozen agreements ..." align.
3. **Dates, quotes, entities.** Dates are linked within aligned sentences; quotes are linked
   when their words overlap, found through an inverted index on their content words; names
   are linked where two aligned sentences differ exactly there (a word-level diff against the
   cluster's first sentence: "signed by Smith in Paris" / "signed by Jones in Paris"), and
   where the words around them give them one role, however the sentences are worded
   ("launched from Vandenberg" / "the launch from Cape Canaveral": the launch site; see
   :mod:`claimdiff.claims.roles`).

Linked claims form connected groups across all sources (``Alignment``), so three sources
saying 11 and one saying "a dozen" is one group, not six pairs. Sources are processed in
sorted order, so the result does not depend on the order of the articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..models import Alignment, AssertionClaim, Claim, ClaimKind, DateClaim, EntityClaim, QuantityClaim, QuoteClaim
from ..words import Tokenizer
from ._context import window_tokens
from ._copies import find_copies, join_copies
from ._credits import align_credited
from ._dates import align_dates, carry_dates
from ._figures import align_quantities
from ._groups import order_claims
from ._names import align_entities, align_quotes, align_vessel_names
from ._options import AlignOptions, check_score
from ._roles import align_roles
from ._sentences import cluster_sentences, common_tokens, group_score
from ._statements import align_assertions

__all__ = [
    "AlignOptions",
    "align_claims",
    "check_score",
    "find_copies",
    "join_copies",
    "window_tokens",
]


def align_claims(
    claims_by_source: Mapping[str, Sequence[Claim]], *, options: AlignOptions | None = None
) -> tuple[Alignment, ...]:
    """Group claims from different sources that speak of the same thing.

    Args:
        claims_by_source: every source's claims, from :func:`claimdiff.claims.extract_claims`.
        options: thresholds; the defaults suit news copy.

    Returns:
        Alignments with claims from at least two sources, in a deterministic order
        (kind, then first source and offset).

    >>> from claimdiff.models import Sentence, StatementClaim
    >>> def st(src, text):
    ...     return StatementClaim(source=src, text=text, start=0, end=len(text), sentence=Sentence(text, 0, len(text)))
    >>> groups = align_claims({"a": [st("a", "Putin arrived in Hanoi on Thursday.")],
    ...                        "b": [st("b", "Putin arrived in Hanoi on Thursday morning.")]})
    >>> [(g.kind.value, g.sources) for g in groups]
    [('statement', ('a', 'b'))]
    """
    opts = options or AlignOptions()
    if len(claims_by_source) < 2:
        return ()  # a group holds claims of two sources at least: one source and its copies align nothing
    sources = sorted(claims_by_source)
    # Sentences are clustered source by source, and within a source in the order of their
    # words, not of their offsets: moving a paragraph changes no cluster.
    statements = sorted(
        (c for s in sources for c in claims_by_source[s] if c.kind is ClaimKind.STATEMENT),
        key=lambda c: (c.source, c.text, c.start),
    )
    tok = Tokenizer()
    cluster_of = cluster_sentences(statements, opts, tok)
    common = common_tokens(statements, tok)
    alignments: list[Alignment] = []

    clusters: dict[int, list[Claim]] = defaultdict(list)
    for claim in statements:
        clusters[cluster_of[(claim.source, claim.start)]].append(claim)
    for members in clusters.values():
        if len({c.source for c in members}) >= 2:
            score = group_score([c.text for c in members], tok)
            alignments.append(Alignment(kind=ClaimKind.STATEMENT, claims=order_claims(members), score=score))
    alignments.extend(align_credited(statements, cluster_of, tok))

    everything = [c for s in sources for c in claims_by_source[s]]
    figures = [c for c in everything if isinstance(c, QuantityClaim)]
    alignments.extend(align_quantities(figures, cluster_of, common, opts, tok))
    dates = [c for c in everything if isinstance(c, DateClaim)]
    date_cluster_of, carried = carry_dates(cluster_of, statements, dates)
    acts = [c for c in everything if isinstance(c, AssertionClaim)]
    alignments.extend(align_dates(dates, date_cluster_of, common, opts, tok, carried=carried, acts=acts))
    alignments.extend(align_quotes([c for c in everything if isinstance(c, QuoteClaim)], opts, tok))
    names = [c for c in everything if isinstance(c, EntityClaim)]
    alignments.extend(align_entities(names, clusters, tok))
    alignments.extend(align_roles(names, statements))
    alignments.extend(align_vessel_names(names))
    alignments.extend(align_assertions(acts, opts))
    alignments.sort(key=lambda a: (a.kind.rank, a.claims[0].source, a.claims[0].start, a.claims[0].end))
    return tuple(alignments)
