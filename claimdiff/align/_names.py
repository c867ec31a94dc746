"""Quotes that share their words, and names that stand in the same place of aligned sentences."""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence

from .._lexicon.roles import VESSEL_NOUNS, VESSEL_REACH
from .._quotewording import one_word_apart, phrase_key, swap_masks
from ..claims.quotes import speaker_identity
from ..claims.roles import fill_alike
from ..models import Alignment, Claim, QuoteClaim
from ..words import Tokenizer, quote_overlap, spoken_text
from ._groups import components, order_claims
from ._options import AlignOptions

#: Quotes (of distinct word sets) a word may be in and still lead to links: news quotes on one
#: event seldom share a content word with more, while text of thousands of quotes in a few words
#: would make every quote a candidate of every other (quadratic, and one giant group to judge).
_COMMON_QUOTE_WORD = 64


def align_quotes(claims: Sequence[Claim], opts: AlignOptions, tok: Tokenizer) -> list[Alignment]:
    """Link quotes of different sources that share enough of their words
    (:func:`~claimdiff.words.quote_overlap`). Quotes of one word set are compared once, through
    the first of them, and the others follow it: a quote carried by every wire copy costs one
    comparison, not one per pair of copies."""
    claims = order_claims(claims)
    first_of: dict[frozenset[str], int] = {}
    members: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        members[first_of.setdefault(frozenset(tok(spoken_text(c.text))), i)].append(i)
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
            if len(index[t]) > _COMMON_QUOTE_WORD:
                continue  # a word of that many quotes tells none of them apart
            for j in index[t]:
                if j <= i or j in seen or (len(sources[i]) == 1 and sources[i] == sources[j]):
                    continue
                seen.add(j)
                share = quote_overlap(words[i], words[j])
                if share >= opts.quote_threshold:
                    links += [(i, j, share)] + [(m, k, share) for m in (i, j) for k in members[m][1:]]
    return components(claims, links + _swapped_links(claims))


#: How sure a link of two short quotes of one speaker, one word apart, is.
_SWAP_SCORE = 50.0


def _swapped_links(claims: Sequence[Claim]) -> list[tuple[int, int, float]]:
    """Link short quotes of one speaker (a name, or a definite description: "the minister") in two
    sources that are one phrase with one word swapped
    (:func:`~claimdiff._quotewording.one_word_apart`: Kaur called the risk "very low" / "very
    serious"). Not when a source quotes the speaker with both phrases: then they are two things
    said. Quotes meet through their words with one blanked, so the cost is linear."""
    by_mask: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    phrases: dict[int, tuple[str, ...]] = {}
    told: dict[tuple[str, str], set[tuple[str, ...]]] = defaultdict(set)  # (source, speaker) -> phrases
    who: dict[int, str] = {}
    for i, c in enumerate(claims):
        who[i] = speaker_identity(c.key, c.speaker) if isinstance(c, QuoteClaim) else ""
        masks = swap_masks(spoken_text(c.text)) if who[i] else []
        if masks:
            phrases[i] = phrase_key(spoken_text(c.text))
            told[(c.source, who[i])].add(phrases[i])
            for mask in masks:
                by_mask[(who[i], mask)].append(i)
    links: list[tuple[int, int, float]] = []
    for members in by_mask.values():
        if len(members) > _COMMON_QUOTE_WORD:
            continue  # one speaker's phrase in that many quotes tells none of them apart
        for x, i in enumerate(members):
            for j in members[x + 1 :]:
                a, b = claims[i], claims[j]
                if a.source == b.source or phrases[i] == phrases[j]:
                    continue
                if phrases[i] in told[(b.source, who[j])] or phrases[j] in told[(a.source, who[i])]:
                    continue
                if one_word_apart(spoken_text(a.text), spoken_text(b.text)):
                    links.append((i, j, _SWAP_SCORE))
    return links


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


#: Words in a name, folded: "the Baltic Tern" -> ("baltic", "tern").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
#: Words between a vessel's name and the noun that calls it one, read either way.
_PLAIN_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: Characters read on each side of a name for those words: far more than VESSEL_REACH words of news
#: (a word cut at the window's edge is dropped).
_VESSEL_WINDOW = 40 * VESSEL_REACH


def _vessel_words(claim: Claim) -> tuple[str, ...]:
    """Return the folded words of a name its sentence calls a vessel ("the cargo ship Baltic
    Tern", "the Nordic Tern, a container ship"), or () for any other name."""
    text, start, end = claim.sentence.text, claim.start - claim.sentence.start, claim.end - claim.sentence.start
    # a window of characters holds the words read, so that a long sentence of names costs no more per name
    head = max(0, start - _VESSEL_WINDOW)
    before = [w.casefold() for w in _PLAIN_WORD.findall(text, head, start)][1 if head else 0 :][-VESSEL_REACH:]
    tail = min(len(text), end + _VESSEL_WINDOW)
    words_after = _PLAIN_WORD.findall(text, end, tail)[: -1 if tail < len(text) else None]
    after = [w.casefold() for w in words_after][:VESSEL_REACH] if text.startswith(",", end) else []
    if VESSEL_NOUNS.isdisjoint(before) and VESSEL_NOUNS.isdisjoint(after):
        return ()
    words = tuple(w.casefold() for w in _NAME_WORD.findall(claim.text))
    return words[1:] if words[:1] == ("the",) else words


def align_vessel_names(names: Sequence[Claim]) -> list[Alignment]:
    """Link vessels' names of different sources that share their last word and differ in
    another ("the Baltic Tern" / "the Nordic Tern"): one vessel named two ways, when no source
    names both (a story of two sister ships names both somewhere) and neither is a form of the
    other (:func:`~claimdiff.claims.roles.fill_alike`)."""
    by_head: dict[str, list[Claim]] = defaultdict(list)
    for c in order_claims(names):
        words = _vessel_words(c)
        if len(words) >= 2:
            by_head[words[-1]].append(c)
    out = []
    for head in sorted(by_head):
        claims = by_head[head]
        kinds = list({c.key: c for c in claims}.values())
        apart = [(a, b) for x, a in enumerate(kinds) for b in kinds[x + 1 :] if not fill_alike(a, b)]
        told: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            told[c.source].add(c.key)
        if apart and not any((a.key in keys and b.key in keys) for a, b in apart for keys in told.values()):
            out.append(Alignment(kind=claims[0].kind, claims=order_claims(claims), score=_VESSEL_SCORE))
    return out


#: How sure a link of two vessels' names is: the words call both a vessel, the names share a word.
_VESSEL_SCORE = 80.0
