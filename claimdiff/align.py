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
   cluster's first sentence: "signed by Smith in Paris" / "signed by Jones in Paris").

Linked claims form connected groups across all sources (``Alignment``), so three sources
saying 11 and one saying "a dozen" is one group, not six pairs. Sources are processed in
sorted order, so the result does not depend on the order of the articles.
"""

from __future__ import annotations

import bisect
import difflib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

import attrs
from rapidfuzz import fuzz, process

from .errors import InvalidValue, short_repr
from .models import Alignment, Claim, ClaimKind, DateClaim, EntityClaim, QuantityClaim, QuoteClaim
from .words import Tokenizer, quote_overlap

__all__ = [
    "AlignOptions",
    "align_claims",
    "check_score",
    "find_copies",
    "join_copies",
    "window_tokens",
]

_C = TypeVar("_C", bound=Claim)

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


def check_score(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    """attrs validator: a score option must be a number from 0 to 100."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise InvalidValue(f"{attribute.name} must be a number from 0 to 100, got {short_repr(value)}")


@attrs.frozen(kw_only=True)
class AlignOptions:
    """Thresholds of the aligner, as rapidfuzz scores from 0 to 100."""

    sentence_threshold: float = attrs.field(default=45.0, validator=check_score)
    """Least IDF-weighted Dice overlap (0..100) of content words for two sentences to say the same
    thing. Words found all over the story ("Putin" in a story on his visit) weigh little."""
    prefilter: float = attrs.field(default=50.0, validator=check_score)
    """Least rapidfuzz ``token_set_ratio`` for a candidate cluster to be scored at all."""
    quantity_threshold: float = attrs.field(default=40.0, validator=check_score)
    """Least context similarity for two figures of the same noun in unaligned sentences; they must
    also share a content word within a few words of the figure."""
    quote_threshold: float = attrs.field(default=50.0, validator=check_score)
    """Least share (percent) of the shorter quote's content words found in the other quote."""
    block_keys: int = 8
    """How many of a sentence's rarest content words are looked up in the index."""


class _Groups:
    """Union-find that refuses a join breaking either rule, so a group counts one thing.

    * No two claims of one sentence share a group (when ``by_sentence``): a sentence that
      states two figures of one noun ("killed 12 people and injured 30 people") states two
      facts.
    * No source holds two readings in one group that ``compatible`` rejects: a source giving
      two different figures for what looks like one thing speaks of two things, or contradicts
      itself, which is never a disagreement between sources.

    Offered links best first, each claim joins the counterpart it matches best. Small groups
    merge into large ones, so the checks cost ``O(n log n)`` in all.
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        compatible: Callable[[Claim, Claim], bool] | None,
        *,
        by_sentence: bool,
    ) -> None:
        self.parent = list(range(len(claims)))
        self.compatible = compatible
        self.sentences: list[set[tuple[str, int]]] = [
            {(c.source, c.sentence.start)} if by_sentence else set() for c in claims
        ]
        self.readings: list[dict[str, dict[str, Claim]]] = [
            {c.source: {c.text: c}} if compatible else {} for c in claims
        ]
        self.size = [1] * len(claims)

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> bool:
        """Join the groups of ``i`` and ``j`` unless a rule forbids it; return whether they are one."""
        big, small = self.find(i), self.find(j)
        if big == small:
            return True
        if self.size[big] < self.size[small]:
            big, small = small, big
        if not self.sentences[big].isdisjoint(self.sentences[small]):
            return False
        ours, theirs = self.readings[big], self.readings[small]
        if self.compatible is not None:
            for source, texts in theirs.items():
                mine = ours.get(source)
                if mine and not all(self.compatible(a, b) for a in mine.values() for b in texts.values()):
                    return False
        self.sentences[big] |= self.sentences[small]
        for source, texts in theirs.items():
            ours.setdefault(source, {}).update(texts)
        self.sentences[small], self.readings[small] = set(), {}
        self.size[big] += self.size[small]
        self.parent[small] = big
        return True


def _order(claims: Iterable[_C]) -> list[_C]:
    return sorted(claims, key=lambda c: (c.source, c.start, c.end, c.kind.rank, c.text))


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
    sources = sorted(claims_by_source)
    # Sentences are clustered source by source, and within a source in the order of their
    # words, not of their offsets: moving a paragraph changes no cluster.
    statements = sorted(
        (c for s in sources for c in claims_by_source[s] if c.kind is ClaimKind.STATEMENT),
        key=lambda c: (c.source, c.text, c.start),
    )
    tok = Tokenizer()
    cluster_of = _cluster_sentences(statements, opts, tok)
    common = _common_tokens(statements, tok)
    alignments: list[Alignment] = []

    clusters: dict[int, list[Claim]] = defaultdict(list)
    for claim in statements:
        clusters[cluster_of[(claim.source, claim.start)]].append(claim)
    for members in clusters.values():
        if len({c.source for c in members}) >= 2:
            score = _group_score([c.text for c in members], tok)
            alignments.append(Alignment(kind=ClaimKind.STATEMENT, claims=_order(members), score=score))

    everything = [c for s in sources for c in claims_by_source[s]]
    figures = [c for c in everything if isinstance(c, QuantityClaim)]
    alignments.extend(_align_quantities(figures, cluster_of, common, opts, tok))
    alignments.extend(_align_dates([c for c in everything if isinstance(c, DateClaim)], cluster_of))
    alignments.extend(_align_quotes([c for c in everything if isinstance(c, QuoteClaim)], opts, tok))
    alignments.extend(_align_entities([c for c in everything if isinstance(c, EntityClaim)], clusters, tok))
    alignments.sort(key=lambda a: (a.kind.rank, a.claims[0].source, a.claims[0].start, a.claims[0].end))
    return tuple(alignments)


def _common_tokens(statements: Sequence[Claim], tok: Tokenizer) -> frozenset[str]:
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


def _group_score(texts: Sequence[str], tok: Tokenizer) -> float:
    joined = [" ".join(tok(t)) for t in texts]
    scores = [fuzz.token_set_ratio(joined[0], other) for other in joined[1:]]
    return round(min(scores), 1) if scores else 100.0


#: Candidate clusters per sentence scored by weighted Dice, best prefilter scores first: a
#: bound that keeps thousands of near-identical sentences from making clustering quadratic.
_MAX_CANDIDATES = 16
#: Clusters read per blocking key. A cluster that holds every source leaves the index, so
#: only near-duplicates by the hundred within one source (a list, a repeated boilerplate
#: line) reach this bound; past it a sentence may found a cluster of its own.
_MAX_POSTINGS = 256


def _cluster_sentences(
    statements: Sequence[Claim], opts: AlignOptions, tok: Tokenizer
) -> dict[tuple[str, int], int]:
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
    index: dict[str, dict[int, None]] = defaultdict(dict)
    """Blocking key -> clusters founded by a sentence with that key, in order, until full."""
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
                for cid in itertools.islice(index.get(key, ()), _MAX_POSTINGS)
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


def _components(
    claims: Sequence[Claim],
    links: Iterable[tuple[int, int, float]],
    *,
    compatible: Callable[[Claim, Claim], bool] | None = None,
) -> list[Alignment]:
    """Join linked claims into groups, links in the order given (best first).

    With ``compatible``, a group holds at most one claim per sentence and only readings of
    one source that ``compatible`` accepts together (see :class:`_Groups`); a refused link
    leaves both claims where they are.
    """
    groups_of = _Groups(claims, compatible, by_sentence=compatible is not None)
    scores: dict[int, list[float]] = defaultdict(list)
    for i, j, score in links:
        if groups_of.union(i, j):
            scores[i].append(score)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[groups_of.find(i)].append(i)
    out = []
    for members in groups.values():
        chosen = [claims[i] for i in members]
        if len({c.source for c in chosen}) < 2:
            continue
        member_scores = [s for i in members for s in scores.get(i, ())]
        score = round(min(member_scores), 1) if member_scores else 100.0
        out.append(Alignment(kind=chosen[0].kind, claims=_order(chosen), score=score))
    return out


def _align_quantities(
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
    similar and share a distinctive word near the figure. Links are taken best first under
    the rules of :class:`_Groups`, so a group never holds two figures of one sentence, nor
    two disagreeing figures of one source: two counts in one sentence stay two claims.
    """
    claims = _order(claims)
    roles = _Roles(claims, tok)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    in_cluster: dict[tuple[int, str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(claims):
        cid = cluster_of.get((c.source, c.sentence.start))
        if cid is not None:
            in_cluster[(cid, c.key or "", c.quantity.kind)][c.source].append(i)
        if c.key:
            by_key[(c.key, c.quantity.kind)].append(i)
    windows = [window_tokens(c, tokens=tok) - common for c in claims]
    contexts: dict[tuple[str, int, str | None], str] = {}

    def context(c: Claim) -> str:
        key = (c.source, c.sentence.start, c.key)
        found = contexts.get(key)
        if found is None:
            found = contexts[key] = " ".join(t for t in tok(c.sentence.text) if t != c.key)
        return found

    aligned: list[tuple[int, int, float]] = []
    for _group, per_source in sorted(in_cluster.items()):
        names = sorted(per_source)
        for x, name in enumerate(names):
            for other in names[max(0, x - _MAX_SOURCE_PAIRS) : x]:
                aligned.extend(_pair_in_sentences(claims, per_source[other], per_source[name], roles))
    loose: list[tuple[int, int, float]] = []
    for members in by_key.values():
        clusters = [cluster_of.get((claims[i].source, claims[i].sentence.start)) for i in members]
        for i, j in _window_pairs(claims, members, clusters, windows):
            score = fuzz.token_set_ratio(context(claims[i]), context(claims[j])) - _scale_gap(claims[i], claims[j])
            if score >= opts.quantity_threshold:
                loose.append((i, j, round(score, 1)))
    links = sorted(aligned, key=_best_first) + sorted(loose, key=_best_first)
    return _components(claims, links, compatible=_same_figure)


#: Sources each source is paired with in one cluster (the nearest before it in sorted
#: order): all pairs up to this many sources, linear in the number of sources beyond.
_MAX_SOURCE_PAIRS = 8
#: Most figure pairs scored by role for one noun in two aligned sentences; past it (a
#: sentence of hundreds of figures) figures pair in order of appearance.
_MAX_ROLE_PAIRS = 1024
#: Content words read on each side of a figure for its role, and their weights by distance.
_ROLE_WEIGHTS = (1.0, 0.6, 0.4, 0.3)


#: Context points a loose link loses per power of ten between the two figures beyond
#: :data:`_SCALE_FREE`: a
#: per-household refund ("about $230") and a total ("$46.8 million") count different things.
_SCALE_PENALTY = 20.0
#: Powers of ten two figures of one thing may differ by without penalty (about 2x).
_SCALE_FREE = 0.3


def _scale_gap(a: QuantityClaim, b: QuantityClaim) -> float:
    """Return the penalty for two figures of different orders of magnitude."""
    qa, qb = a.quantity, b.quantity
    if qa.value is None or qb.value is None:
        return 0.0
    va, vb = abs(float(qa.value)), abs(float(qb.value))
    if not (0 < va < math.inf and 0 < vb < math.inf):
        return 0.0
    return _SCALE_PENALTY * max(0.0, abs(math.log10(va / vb)) - _SCALE_FREE)


def _best_first(link: tuple[int, int, float]) -> tuple[float, int, int]:
    """Order links by score; equal scores by position, so a lead's figures link first."""
    return (-link[2], link[0], link[1])


def _same_figure(a: Claim, b: Claim) -> bool:
    """Whether one source may give both figures for one thing: their intervals share a value."""
    if isinstance(a, QuantityClaim) and isinstance(b, QuantityClaim):
        return a.quantity.overlaps(b.quantity)
    return True


class _Roles:
    """The words around each figure, weighted by distance: what the figure counts or does.

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
        width = len(_ROLE_WEIGHTS)
        out: dict[str, float] = {}
        for side in (words[max(0, before - width) : before][::-1], words[after : after + width]):
            for weight, (start, end, word) in zip(_ROLE_WEIGHTS, side, strict=False):
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


def _pair_in_sentences(
    claims: Sequence[QuantityClaim], left: Sequence[int], right: Sequence[int], roles: _Roles
) -> list[tuple[int, int, float]]:
    """Score the pairs of figures of one noun in two aligned sentences by role.

    A pair is a candidate when the figures share a role word or a reading, or when each is
    the only such figure of its sentence ("12 people died" / "the blast killed 14 people").
    The score gives 75 to the role overlap and 25 to the same reading.
    """
    if len(left) * len(right) > _MAX_ROLE_PAIRS:
        return [(i, j, 50.0) for i, j in zip(left, right, strict=False)]
    sole = len(left) == len(right) == 1
    out = []
    for i in left:
        qi = claims[i].quantity
        for j in right:
            same = qi.bounds() == claims[j].quantity.bounds()
            role = roles.similarity(i, j)
            if role > 0 or same or sole:
                out.append((i, j, round(75.0 * role + (25.0 if same else 0.0), 1)))
    return out


def _window_pairs(
    claims: Sequence[Claim],
    members: Sequence[int],
    clusters: Sequence[int | None],
    windows: Sequence[set[str]],
) -> list[tuple[int, int]]:
    """Return the pairs of figures of one noun, in different sources and clusters, whose
    windows share a distinctive word, each pair once and in order.

    An inverted index on the window words finds them; each figure reads at most
    ``_MAX_POSTINGS`` later figures per word, so a noun counted thousands of times in
    near-identical contexts stays linear (past the bound a pair may go unlinked).
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for pos, i in enumerate(members):
        for word in windows[i]:
            postings[word].append(pos)
    pairs = []
    for pos, i in enumerate(members):
        later: set[int] = set()
        for word in windows[i]:
            found = postings[word]
            at = bisect.bisect_right(found, pos)
            later.update(found[at : at + _MAX_POSTINGS])
        for other in sorted(later):
            j = members[other]
            if claims[i].source != claims[j].source and (clusters[pos] is None or clusters[pos] != clusters[other]):
                pairs.append((i, j))
    return pairs


def _align_dates(claims: Sequence[DateClaim], cluster_of: Mapping[tuple[str, int], int]) -> list[Alignment]:
    claims = _order(claims)
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
                links.extend(_pair_dates(claims, per_source[sa], per_source[sb]))
    return _components(claims, links, compatible=_same_date)


def _same_date(a: Claim, b: Claim) -> bool:
    """Whether one source may give both dates for one thing: their days can coincide."""
    if not (isinstance(a, DateClaim) and isinstance(b, DateClaim)):
        return True
    da, db = a.date, b.date
    if None in (da.low, da.high, db.low, db.high):
        return da.weekday is None or db.weekday is None or da.weekday == db.weekday
    assert da.low is not None and da.high is not None and db.low is not None and db.high is not None
    return not (da.high < db.low or db.high < da.low)


def _pair_dates(claims: Sequence[DateClaim], left: Sequence[int], right: Sequence[int]) -> list[tuple[int, int, float]]:
    """Pair the dates of two aligned sentences in order of appearance, by granularity family."""
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0], 100.0)]
    out = []
    used: set[int] = set()
    for i in left:
        gi = claims[i].date
        for j in right:
            gj = claims[j].date
            if j in used:
                continue
            if _date_family(gi.granularity.value) == _date_family(gj.granularity.value):
                out.append((i, j, 90.0))
                used.add(j)
                break
    return out


def _date_family(granularity: str) -> str:
    return "calendar" if granularity in ("decade", "year", "month") else "day"


def _align_quotes(claims: Sequence[Claim], opts: AlignOptions, tok: Tokenizer) -> list[Alignment]:
    claims = _order(claims)
    tokens = [set(tok(c.text)) for c in claims]
    index: dict[str, list[int]] = defaultdict(list)
    for i, toks in enumerate(tokens):
        for t in toks:
            index[t].append(i)
    links: list[tuple[int, int, float]] = []
    seen: set[tuple[int, int]] = set()
    for i, toks in enumerate(tokens):
        for t in sorted(toks):
            for j in index[t]:
                if j <= i or (i, j) in seen or claims[i].source == claims[j].source:
                    continue
                seen.add((i, j))
                share = quote_overlap(toks, tokens[j])
                if share >= opts.quote_threshold:
                    links.append((i, j, share))
    return _components(claims, links)


#: Longest sentence, in words, whose names are compared by word diff (difflib is O(n*m)).
_MAX_DIFF_WORDS = 200


def _align_entities(
    claims: Sequence[Claim], clusters: Mapping[int, Sequence[Claim]], tok: Tokenizer
) -> list[Alignment]:
    """Link names that stand in the same place of two aligned sentences.

    Each sentence of a cluster is diffed word by word against the cluster's first sentence;
    where the diff replaces words that lie inside a name on both sides, the two names are
    linked. Comparing against one representative keeps the cost linear in cluster size.
    """
    claims = _order(claims)
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
    return _components(claims, links)


def _name_holding(claims: Sequence[Claim], names: Sequence[int], start: int, end: int) -> int | None:
    for i in names:
        if claims[i].start <= start and end <= claims[i].end:
            return i
    return None


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
            if found:
                grouped.add(key)
                extra.extend(found)
        if extra:
            group = attrs.evolve(group, claims=_order([*group.claims, *extra]))
        out.append(group)
    for original in sorted(copies):
        for claim in claims_by_source[original]:
            key = (original, claim.start, claim.end, claim.kind)
            if key not in grouped:
                grouped.add(key)
                out.append(Alignment(kind=claim.kind, claims=_order([claim, *twins[key]]), score=100.0))
    out.sort(key=lambda a: (a.kind.rank, a.claims[0].source, a.claims[0].start, a.claims[0].end))
    return tuple(out)
