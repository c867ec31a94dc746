"""Sentences that say the same thing: greedy clustering over an inverted index."""

from __future__ import annotations

import itertools
import math
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Mapping, Sequence

from rapidfuzz import fuzz, process

from ..models import Claim
from ..words import Tokenizer
from ._context import MAX_POSTINGS
from ._options import AlignOptions


def common_tokens(statements: Sequence[Claim], tok: Tokenizer) -> frozenset[str]:
    """Return the words found in so many sentences of the story that they tell nothing apart.

    A word is common when more sentences hold it than 15% of the story's nominal size (30
    sentences per source; and more than three): in a story about a state visit, "Putin" and
    "Vietnam" are everywhere and prove nothing.
    """
    df: Counter[str] = Counter()
    for claim in statements:
        df.update(set(tok(claim.text)))
    limit = max(3.0, 0.15 * _story_size(statements))
    return frozenset(t for t, n in df.items() if n > limit)


#: Sentences an article of a story is taken to hold when weighing words: a constant, so
#: that a word's weight depends on how many sentences hold it, not on how long the articles
#: are (appending unrelated paragraphs to one article reweighs no other word).
_SENTENCES_PER_SOURCE = 30


def _story_size(statements: Sequence[Claim]) -> int:
    return _SENTENCES_PER_SOURCE * len({c.source for c in statements})


def group_score(texts: Sequence[str], tok: Tokenizer) -> float:
    joined = [" ".join(tok(t)) for t in texts]
    scores = [fuzz.token_set_ratio(joined[0], other) for other in joined[1:]]
    return round(min(scores), 1) if scores else 100.0


#: Candidate clusters per sentence scored by weighted Dice, best prefilter scores first: a
#: bound that keeps thousands of near-identical sentences from making clustering quadratic.
_MAX_CANDIDATES = 16


def cluster_sentences(statements: Sequence[Claim], opts: AlignOptions, tok: Tokenizer) -> dict[tuple[str, int], int]:
    """Greedy clustering of sentences; returns (source, start) -> cluster id.

    Candidates come from an inverted index on each sentence's rarest words (blocking), are
    prefiltered by rapidfuzz in C++, and are accepted by IDF-weighted Dice overlap.
    """
    tokens = [frozenset(tok(c.text)) for c in statements]
    df: Counter[str] = Counter()
    for toks in tokens:
        df.update(toks)
    total = max(1, _story_size(statements))
    weight = {t: math.log(1.0 + total / n) for t, n in df.items()}
    sources = len({c.source for c in statements})
    index: dict[str, OrderedDict[int, None]] = defaultdict(OrderedDict)
    """Blocking key -> clusters founded by a sentence with that key, in order, until full. An
    OrderedDict, not a dict: clusters leave from the front as they fill, and a dict walks the
    slots of every entry it lost before its first live one, so reading the first postings of a
    common key grew with the sentences already clustered (quadratic)."""
    reps: list[frozenset[str]] = []
    rep_texts: list[str] = []
    rep_keys: list[list[str]] = []
    cluster_sources: list[set[str]] = []
    cluster_of: dict[tuple[str, int], int] = {}
    for claim, toks in zip(statements, tokens, strict=True):
        keys = sorted(toks, key=lambda t: (df[t], t))[: opts.block_keys]
        candidates = sorted(
            {
                cid
                for key in keys
                for cid in itertools.islice(index.get(key, ()), MAX_POSTINGS)
                if claim.source not in cluster_sources[cid]
            }
        )
        text = " ".join(sorted(toks))
        best, best_score = None, opts.sentence_threshold
        if candidates and text:
            choices = {cid: rep_texts[cid] for cid in candidates}
            for _choice, _score, cid in process.extract(
                text, choices, scorer=fuzz.token_set_ratio, score_cutoff=opts.prefilter, limit=_MAX_CANDIDATES
            ):
                score = _weighted_dice(toks, reps[cid], weight)
                if score > best_score or (score == best_score and best is not None and cid < best):
                    best, best_score = int(cid), score
        if best is None:
            best = len(reps)
            reps.append(toks)
            rep_texts.append(text)
            rep_keys.append(keys)
            cluster_sources.append(set())
            for key in keys:
                index[key][best] = None
        cluster_sources[best].add(claim.source)
        if len(cluster_sources[best]) == sources:
            for key in rep_keys[best]:
                del index[key][best]  # full: no sentence can join it any more
        cluster_of[(claim.source, claim.start)] = best
    return cluster_of


def _weighted_dice(a: frozenset[str], b: frozenset[str], weight: Mapping[str, float]) -> float:
    total = sum(weight.get(t, 1.0) for t in a) + sum(weight.get(t, 1.0) for t in b)
    if total == 0:
        return 0.0
    return 200.0 * sum(weight.get(t, 1.0) for t in a & b) / total
