"""The words around a claim: its window, its role words, and pairs found through them."""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence

from ..models import Claim
from ..words import Tokenizer


def window_tokens(claim: Claim, width: int = 8, *, tokens: Tokenizer | None = None) -> set[str]:
    """Return the content words within ``width`` words either side of a claim in its sentence.

    >>> from claimdiff.models import Sentence
    >>> s = "The leaders signed 11 agreements on energy in Hanoi."
    >>> from claimdiff.models import EntityClaim
    >>> c = EntityClaim(source="a", text="11 agreements", start=19, end=32,
    ...                 sentence=Sentence(s, 0, len(s)), key="agreement")
    >>> sorted(window_tokens(c))
    ['energy', 'hanoi', 'leader', 'signed']
    """
    tok = tokens or Tokenizer()
    sent = claim.sentence
    words = tok.content_words(sent.text)
    starts = tok.content_starts(sent.text)
    first_after = bisect.bisect_left(starts, claim.end - sent.start)
    last_before = bisect.bisect_left(starts, claim.start - sent.start)
    before = [w[2] for w in words[max(0, last_before - width) : last_before] if w[1] <= claim.start - sent.start]
    after = [w[2] for w in words[first_after : first_after + width]]
    return {t for t in (*before, *after) if t != claim.key}


#: Clusters read per blocking key. A cluster that holds every source leaves the index, so
#: only near-duplicates by the hundred within one source (a list, a repeated boilerplate
#: line) reach this bound; past it a sentence may found a cluster of its own.
MAX_POSTINGS = 256


#: Content words read on each side of a figure for its role, and their weights by distance.
ROLE_WEIGHTS = (1.0, 0.6, 0.4, 0.3)


class Roles:
    """The words around each figure (or date), weighted by distance: what it counts or does.

    In "killed 12 and injured 30", 12 reads {killed: 1.0, injured: 0.6} and 30 reads
    {injured: 1.0, killed: 0.6}. Function words, figures and the counted noun are left out.
    """

    def __init__(self, claims: Sequence[Claim], tok: Tokenizer) -> None:
        self.claims = claims
        self.tok = tok
        self.memo: dict[int, dict[str, float]] = {}

    def __getitem__(self, i: int) -> dict[str, float]:
        found = self.memo.get(i)
        if found is None:
            found = self.memo[i] = self._read(self.claims[i])
        return found

    def _read(self, claim: Claim) -> dict[str, float]:
        sent = claim.sentence
        words = self.tok.content_words(sent.text)
        starts = self.tok.content_starts(sent.text)
        lo, hi = claim.start - sent.start, claim.end - sent.start
        before = bisect.bisect_left(starts, lo)
        after = bisect.bisect_left(starts, hi)
        width = len(ROLE_WEIGHTS)
        out: dict[str, float] = {}
        for side in (words[max(0, before - width) : before][::-1], words[after : after + width]):
            for weight, (start, end, word) in zip(ROLE_WEIGHTS, side, strict=False):
                if word != claim.key and (end <= lo or start >= hi):
                    out[word] = max(out.get(word, 0.0), weight)
        return out

    def similarity(self, i: int, j: int) -> float:
        """Return the weighted Jaccard overlap of two figures' role words, 0..1."""
        a, b = self[i], self[j]
        shared = sum(min(w, b[t]) for t, w in a.items() if t in b)
        if not shared:
            return 0.0
        return shared / (sum(a.values()) + sum(b.values()) - shared)


def next_other(sources: Sequence[str]) -> list[int]:
    """Return, for each position, the first later position whose source differs (or the length).

    Claims come ordered by source (:func:`~claimdiff.align._groups.order_claims`), so a figure's
    later figures of its own source form a run that a pairing loop can skip at once.

    >>> next_other(["a", "a", "b", "a"])
    [2, 2, 3, 4]
    """
    out = list(range(1, len(sources) + 1))
    for pos in range(len(sources) - 2, -1, -1):
        if sources[pos + 1] == sources[pos]:
            out[pos] = out[pos + 1]
    return out


def window_pairs(
    claims: Sequence[Claim],
    members: Sequence[int],
    clusters: Sequence[int | None],
    windows: Sequence[set[str]],
) -> list[tuple[int, int]]:
    """Return the pairs of figures of one noun, in different sources and clusters, whose
    windows share a distinctive word, each pair once and in order.

    An inverted index on the window words finds them; each figure reads at most
    ``MAX_POSTINGS`` later figures per word, so a noun counted thousands of times in
    near-identical contexts stays linear (past the bound a pair may go unlinked).
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for pos, i in enumerate(members):
        for word in windows[i]:
            postings[word].append(pos)
    run_end = next_other([claims[i].source for i in members])
    pairs = []
    for pos, i in enumerate(members):
        later: set[int] = set()
        for word in windows[i]:
            found = postings[word]
            at = bisect.bisect_right(found, pos)
            stop = min(at + MAX_POSTINGS, len(found))
            # the bound counts from pos; the postings of pos's own run of one source are skipped unread
            later.update(found[bisect.bisect_left(found, run_end[pos], at, stop) : stop])
        for other in sorted(later):
            j = members[other]
            if claims[i].source != claims[j].source and (clusters[pos] is None or clusters[pos] != clusters[other]):
                pairs.append((i, j))
    return pairs
