"""Sentences that credit the same words to someone, linked however their sources are worded.

Sentence clustering (:mod:`claimdiff.align._sentences`) weighs every word of a sentence, the
words of its source too: "Chancellor Rachel Reeves said taxes would not rise" and "Prime
Minister Keir Starmer said taxes would not rise" share too few to cluster, though they credit
the very same words to two people. Here a sentence that credits someone
(:func:`claimdiff.claims.sources.credit`) with quoted words is linked to the sentences of
other clusters that credit the same words, so the attribution rule can judge their sources.
Reported speech is left to clustering: two sources may each report one fact.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..claims.sources import credit
from ..models import Alignment, Claim, ClaimKind
from ..words import Tokenizer
from ._groups import order_claims
from ._sentences import group_score

#: Least words of what is credited for two sentences to be linked by it alone: a short passage
#: ("it was terrible") is anyone's.
MIN_CREDITED_WORDS = 4
#: Most clusters one credited passage links (wire copy repeats sentences): a bound on the pairs
#: the rules judge.
MAX_CREDITED_CLUSTERS = 8
_WORD = re.compile(r"[^\W_]+")
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def _quotes(text: str) -> bool:
    """Whether a sentence quotes words: a fact two sources each report is no conflict, the
    same quoted words from two speakers are."""
    return sum(text.count(mark) for mark in _QUOTE_MARKS) >= 2


def align_credited(
    statements: Sequence[Claim], cluster_of: Mapping[tuple[str, int], int], tok: Tokenizer
) -> list[Alignment]:
    """Link sentences of different clusters and sources that credit the same words, one
    sentence per cluster (the first, in the statements' order).

    >>> from claimdiff.models import Sentence, StatementClaim
    >>> def st(source, text):
    ...     return StatementClaim(source=source, text=text, start=0, end=len(text), key="",
    ...                           sentence=Sentence(text=text, start=0, end=len(text)))
    >>> a = st("a", '"Taxes will not rise next year," Chancellor Rachel Reeves said.')
    >>> b = st("b", '"Taxes will not rise next year," Prime Minister Keir Starmer said.')
    >>> [g.sources for g in align_credited([a, b], {("a", 0): 0, ("b", 0): 1}, Tokenizer())]
    [('a', 'b')]
    """
    by_words: dict[tuple[str, ...], dict[int, Claim]] = defaultdict(dict)
    for claim in statements:
        found = credit(claim.text) if _quotes(claim.text) else None
        if found is None:
            continue
        words = tuple(_WORD.findall(found.content.casefold()))
        clusters = by_words[words] if len(words) >= MIN_CREDITED_WORDS else None
        cluster = cluster_of[(claim.source, claim.start)]
        if clusters is not None and cluster not in clusters and len(clusters) < MAX_CREDITED_CLUSTERS:
            clusters[cluster] = claim
    out = []
    for clusters in by_words.values():
        members = list(clusters.values())
        if len({c.source for c in members}) >= 2:
            score = group_score([c.text for c in members], tok)
            out.append(Alignment(kind=ClaimKind.STATEMENT, claims=order_claims(members), score=score))
    return out
