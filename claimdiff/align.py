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
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs
from rapidfuzz import fuzz, process

from ._lexicon.stopwords import STOPWORDS
from ._lexicon.synonyms import NAME_ALIASES
from .errors import InvalidValue, short_repr
from .models import Alignment, Claim, Kind

__all__ = [
    "AlignOptions",
    "Tokenizer",
    "align_claims",
    "check_score",
    "content_tokens",
    "quote_overlap",
    "window_tokens",
]

_TOKEN = re.compile(r"[^\W_]+(?:[.'\u2019-][^\W_]+)*\.?")
_DIGIT = re.compile(r"\d")


def _normalise_token(token: str) -> str:
    token = token.casefold().replace("\u2019", "'")
    if token.endswith("'s"):
        token = token[:-2]
    alias = NAME_ALIASES.get(token)
    if alias is not None:
        return alias.replace(" ", "_")
    token = token.rstrip(".").replace(".", "").replace("-", "")
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def content_tokens(text: str, *, keep_numbers: bool = False) -> list[str]:
    """Return the content words of a text, folded: case, plurals, "U.S." -> "united_states".

    >>> content_tokens("The U.S. signed 11 agreements with Vietnam's leaders.")
    ['united_states', 'signed', 'agreement', 'vietnam', 'leader']
    """
    return Tokenizer()(text, keep_numbers=keep_numbers)


class Tokenizer:
    """:func:`content_tokens` with a memo of words and texts, for one comparison.

    Stories repeat words and sentences across sources; one tokenizer per call of
    :func:`align_claims` or :func:`claimdiff.diff.find_discrepancies` folds each once.
    """

    def __init__(self) -> None:
        self._words: dict[str, str] = {}
        self._texts: dict[tuple[str, bool], list[str]] = {}
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        self._starts: dict[str, list[int]] = {}

    def __call__(self, text: str, *, keep_numbers: bool = False) -> list[str]:
        """Return the content words of ``text``, as :func:`content_tokens` does."""
        key = (text, keep_numbers)
        found = self._texts.get(key)
        if found is not None:
            return found
        out: list[str] = []
        words = self._words
        for raw in _TOKEN.findall(text):
            if not keep_numbers and _DIGIT.search(raw):
                continue
            token = words.get(raw)
            if token is None:
                token = words[raw] = _normalise_token(raw)
            if token and token not in STOPWORDS and (len(token) > 1 or token.isdigit()):
                out.append(token)
        self._texts[key] = out
        return out

    def content_starts(self, text: str) -> list[int]:
        """Return the start offsets of :meth:`content_words`, memoised per text (for bisection)."""
        found = self._starts.get(text)
        if found is None:
            found = self._starts[text] = [w[0] for w in self.content_words(text)]
        return found

    def content_words(self, text: str) -> list[tuple[int, int, str]]:
        """Return the content words of ``text`` with their offsets, memoised per text."""
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = [
                (start, end, word)
                for start, end, word in self.words(text)
                if not _DIGIT.search(text[start:end]) and word and word not in STOPWORDS
                and (len(word) > 1 or word.isdigit())
            ]
        return found

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """Return every word of ``text`` (function words too) as ``(start, end, folded)``."""
        out = []
        for m in _TOKEN.finditer(text):
            raw = m.group()
            token = self._words.get(raw)
            if token is None:
                token = self._words[raw] = _normalise_token(raw)
            out.append((m.start(), m.end(), token))
        return out


def window_tokens(claim: Claim, width: int = 8, *, tokens: Tokenizer | None = None) -> set[str]:
    """Return the content words within ``width`` words either side of a claim in its sentence.

    >>> from claimdiff.models import Sentence
    >>> s = "The leaders signed 11 agreements on energy in Hanoi."
    >>> c = Claim(source="a", kind=Kind.QUANTITY, text="11 agreements", start=19, end=32,
    ...           sentence=Sentence(s, 0, len(s)), key="agreement")
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


def quote_overlap(a: set[str], b: set[str]) -> float:
    """Return the share (percent) of the smaller word set found in the other; 0 under two shared words.

    >>> quote_overlap({"reliable", "security", "architecture"}, {"credible", "security", "architecture"})
    66.7
    """
    shared = len(a & b)
    smaller = min(len(a), len(b))
    if shared < 2 or smaller == 0:
        return 0.0
    return round(100.0 * shared / smaller, 1)


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


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _order(claims: Iterable[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.source, c.start, c.end, c.kind.value, c.text))


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

    >>> from claimdiff.models import Sentence
    >>> def st(src, text):
    ...     return Claim(source=src, kind=Kind.OTHER, text=text, start=0, end=len(text),
    ...                  sentence=Sentence(text, 0, len(text)))
    >>> groups = align_claims({"a": [st("a", "Putin arrived in Hanoi on Thursday.")],
    ...                        "b": [st("b", "Putin arrived in Hanoi on Thursday morning.")]})
    >>> [(g.kind.value, g.sources) for g in groups]
    [('other', ('a', 'b'))]
    """
    opts = options or AlignOptions()
    sources = sorted(claims_by_source)
    statements = [c for s in sources for c in claims_by_source[s] if c.kind is Kind.OTHER]
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
            alignments.append(Alignment(kind=Kind.OTHER, claims=_order(members), score=score))

    by_kind: dict[Kind, list[Claim]] = defaultdict(list)
    for s in sources:
        for c in claims_by_source[s]:
            by_kind[c.kind].append(c)
    alignments.extend(_align_quantities(by_kind[Kind.QUANTITY], cluster_of, common, opts, tok))
    alignments.extend(_align_dates(by_kind[Kind.DATE], cluster_of))
    alignments.extend(_align_quotes(by_kind[Kind.QUOTE], opts, tok))
    alignments.extend(_align_entities(by_kind[Kind.ENTITY], clusters, tok))
    alignments.sort(key=lambda a: (a.kind.value, a.claims[0].source, a.claims[0].start, a.claims[0].end))
    return tuple(alignments)


def _common_tokens(statements: Sequence[Claim], tok: Tokenizer) -> frozenset[str]:
    """Return the words found in so many sentences of the story that they tell nothing apart.

    A word is common when more than 15% of all sentences (and more than three) hold it: in
    a story about a state visit, "Putin" and "Vietnam" are everywhere and prove nothing.
    """
    df: Counter[str] = Counter()
    for claim in statements:
        df.update(set(tok(claim.text)))
    limit = max(3.0, 0.15 * len(statements))
    return frozenset(t for t, n in df.items() if n > limit)


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
    total = max(1, len(statements))
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


def _components(claims: Sequence[Claim], links: Iterable[tuple[int, int, float]]) -> list[Alignment]:
    uf = _UnionFind(len(claims))
    scores: dict[int, list[float]] = defaultdict(list)
    for i, j, score in links:
        uf.union(i, j)
        scores[i].append(score)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[uf.find(i)].append(i)
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
    claims: Sequence[Claim],
    cluster_of: Mapping[tuple[str, int], int],
    common: frozenset[str],
    opts: AlignOptions,
    tok: Tokenizer,
) -> list[Alignment]:
    """Link figures that count the same thing.

    Figures of the same canonical noun link when their sentences are aligned, or when their
    contexts are similar and share a distinctive word near the figure. Figures with no noun
    ("40 died") link only within aligned sentences that hold one such figure each.
    """
    claims = _order(c for c in claims if c.quantity is not None)
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)
    keyless: dict[tuple[int, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, c in enumerate(claims):
        assert c.quantity is not None
        if c.key:
            by_key[(c.key, c.quantity.kind)].append(i)
            continue
        cid = cluster_of.get((c.source, c.sentence.start))
        if cid is not None:
            keyless[(cid, c.quantity.kind)][c.source].append(i)
    windows = [window_tokens(c, tokens=tok) - common for c in claims]
    contexts: dict[tuple[str, int, str | None], str] = {}

    def context(c: Claim) -> str:
        key = (c.source, c.sentence.start, c.key)
        found = contexts.get(key)
        if found is None:
            found = contexts[key] = " ".join(t for t in tok(c.sentence.text) if t != c.key)
        return found

    links: list[tuple[int, int, float]] = []
    for members in by_key.values():
        clusters = [cluster_of.get((claims[i].source, claims[i].sentence.start)) for i in members]
        links.extend(_same_sentence_links(claims, members, clusters))
        for i, j in _window_pairs(claims, members, clusters, windows):
            score = fuzz.token_set_ratio(context(claims[i]), context(claims[j]))
            if score >= opts.quantity_threshold:
                links.append((i, j, score))
    for per_source in keyless.values():
        names = sorted(per_source)
        first = per_source[names[0]]
        for name in names[1:]:
            links.extend(_pair_keyless(claims, first, per_source[name], tok))
    return _components(claims, links)


def _same_sentence_links(
    claims: Sequence[Claim], members: Sequence[int], clusters: Sequence[int | None]
) -> list[tuple[int, int, float]]:
    """Link figures of one noun in aligned sentences (one cluster) across sources, score 100.

    Every such pair is a link; one star per cluster (its first figure to every figure of
    another source, and each other figure of that first source to the first figure of
    another) joins the same figures at the same score, in links linear in the figures.
    """
    groups: dict[int | None, list[int]] = defaultdict(list)
    for i, cid in zip(members, clusters, strict=True):
        groups[cid].append(i)
    links = []
    for group in groups.values():
        hub = claims[group[0]].source
        other = next((j for j in group if claims[j].source != hub), None)
        if other is None:
            continue
        for i in group[1:]:
            links.append((group[0], i, 100.0) if claims[i].source != hub else (i, other, 100.0))
    return links


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
            if claims[i].source != claims[j].source and clusters[pos] != clusters[other]:
                pairs.append((i, j))
    return pairs


def _next_word(claim: Claim, tok: Tokenizer) -> str:
    words = tok.content_words(claim.sentence.text)
    k = bisect.bisect_left(tok.content_starts(claim.sentence.text), claim.end - claim.sentence.start)
    return words[k][2] if k < len(words) else ""


def _pair_keyless(
    claims: Sequence[Claim], left: Sequence[int], right: Sequence[int], tok: Tokenizer
) -> list[tuple[int, int, float]]:
    """Pair figures with no counted noun ("12 dead and 40 injured") across two aligned sentences:
    by the word that follows each figure, then a single leftover on each side with each other."""
    out = []
    waiting: dict[str, list[int]] = defaultdict(list)
    for j in right:
        waiting[_next_word(claims[j], tok)].append(j)
    for queue in waiting.values():
        queue.reverse()
    unpaired: list[int] = []
    for i in left:
        word = _next_word(claims[i], tok)
        matches = waiting.get(word) if word else None
        if matches:
            out.append((i, matches.pop(), 100.0))
        else:
            unpaired.append(i)
    rest = [j for queue in waiting.values() for j in queue]
    if len(unpaired) == len(rest) == 1:
        out.append((unpaired[0], rest[0], 80.0))
    return out


def _align_dates(claims: Sequence[Claim], cluster_of: Mapping[tuple[str, int], int]) -> list[Alignment]:
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
    return _components(claims, links)


def _pair_dates(claims: Sequence[Claim], left: Sequence[int], right: Sequence[int]) -> list[tuple[int, int, float]]:
    """Pair the dates of two aligned sentences in order of appearance, by granularity family."""
    if len(left) == 1 and len(right) == 1:
        return [(left[0], right[0], 100.0)]
    out = []
    used: set[int] = set()
    for i in left:
        gi = claims[i].date
        for j in right:
            gj = claims[j].date
            if j in used or gi is None or gj is None:
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
