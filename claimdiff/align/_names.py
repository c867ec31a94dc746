"""Quotes that share their words, and names that stand in the same place of aligned sentences."""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Mapping, Sequence

from ..models import Alignment, Claim
from ..words import Tokenizer, quote_overlap
from ._groups import components, order_claims
from ._options import AlignOptions


def align_quotes(claims: Sequence[Claim], opts: AlignOptions, tok: Tokenizer) -> list[Alignment]:
    """Link quotes of different sources that share enough of their words
    (:func:`~claimdiff.words.quote_overlap`). Quotes of one word set are compared once, through
    the first of them, and the others follow it: a quote carried by every wire copy costs one
    comparison, not one per pair of copies."""
    claims = order_claims(claims)
    first_of: dict[frozenset[str], int] = {}
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        members[first_of.setdefault(frozenset(tok(c.text)), i)].append(i)
    words = {i: set(found) for found, i in first_of.items()}
    sources = {i: {claims[k].source for k in group} for i, group in members.items()}
    index: dict[str, list[int]] = defaultdict(list)
    for i in sorted(words):
        for t in words[i]:
            index[t].append(i)
    links: list[tuple[int, int, float]] = []
    for i in sorted(words):
        if len(sources[i]) > 1 and (share := quote_overlap(words[i], words[i])) >= opts.quote_threshold:
            links += [(i, k, share) for k in members[i][1:]]  # copies in two sources link
        seen: set[int] = set()
        for t in sorted(words[i]):
            for j in index[t]:
                if j <= i or j in seen or (len(sources[i]) == 1 and sources[i] == sources[j]):
                    continue
                seen.add(j)
                share = quote_overlap(words[i], words[j])
                if share >= opts.quote_threshold:
                    links += [(i, j, share)] + [(m, k, share) for m in (i, j) for k in members[m][1:]]
    return components(claims, links)


#: Longest sentence, in words, whose names are compared by word diff (difflib is O(n*m)).
_MAX_DIFF_WORDS = 200


def align_entities(claims: Sequence[Claim], clusters: Mapping[int, Sequence[Claim]], tok: Tokenizer) -> list[Alignment]:
    """Link names that stand in the same place of two aligned sentences.

    Each sentence of a cluster is diffed word by word against the cluster's first sentence;
    where the diff replaces words that lie inside a name on both sides, the two names are
    linked. Comparing against one representative keeps the cost linear in cluster size.
    """
    claims = order_claims(claims)
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        by_sentence[(c.source, c.sentence.start)].append(i)
    links: list[tuple[int, int, float]] = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        rep, rest = members[0], members[1:]
        rep_names = by_sentence.get((rep.source, rep.start), [])
        if not rep_names:
            continue
        rep_words = tok.words(rep.text)
        if len(rep_words) > _MAX_DIFF_WORDS:
            continue  # word diffs are quadratic; no news sentence is this long
        for other in rest:
            if other.text == rep.text:
                continue
            other_names = by_sentence.get((other.source, other.start), [])
            if not other_names:
                continue
            other_words = tok.words(other.text)
            if len(other_words) > _MAX_DIFF_WORDS:
                continue
            matcher = difflib.SequenceMatcher(
                a=[w[2] for w in rep_words], b=[w[2] for w in other_words], autojunk=False
            )
            shared = sum(block.size for block in matcher.get_matching_blocks())
            if matcher.ratio() < 0.5 or shared < 3:
                continue
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op != "replace":
                    continue
                left = _name_holding(claims, rep_names, rep.start + rep_words[i1][0], rep.start + rep_words[i2 - 1][1])
                right = _name_holding(
                    claims, other_names, other.start + other_words[j1][0], other.start + other_words[j2 - 1][1]
                )
                if left is not None and right is not None:
                    links.append((left, right, round(100.0 * matcher.ratio(), 1)))
    return components(claims, links)


def _name_holding(claims: Sequence[Claim], names: Sequence[int], start: int, end: int) -> int | None:
    for i in names:
        if claims[i].start <= start and end <= claims[i].end:
            return i
    return None
