"""Independent voices, and the consensus of each finding.

Ten outlets that run one agency's copy are one voice, not ten. For each discrepancy this stage
groups the claims into **sides** (claims that read alike: one figure, one day, one speaker,
one answer to "did it happen?"), counts each side's sources and its **independent voices**,
and so gives the **consensus**: the side most voices support (:class:`~claimdiff.Consensus`).

Two sources are one voice for a passage (the sentence that holds a claim) when:

1. one is an exact copy of the other (the same text and publication time:
   :func:`claimdiff.align.find_copies`);
2. both credit one news agency (:func:`find_credits`): in the dateline ("PARIS (AFP) -",
   "LIMA, March 18 (Andes Press Agency) -"), on a line of their own ("— AFP", "Source: Reuters",
   "© 2024 The Associated Press"), or by the agency's sign-off ("bur-ah/pz": AFP's); a source
   whose name is the agency's ("afp", "andes_wire") credits it when another article credits it
   in its text;
3. the passage lies in a run of sentences both reproduce verbatim or nearly so
   (:func:`copied_passages`): at least :data:`MIN_RUN_SENTENCES` sentences in the same order,
   one sentence left out here or there, of :data:`MIN_RUN_WORDS` words or more, each pair of
   sentences alike to :data:`MIN_SIMILARITY` percent (rapidfuzz ``ratio`` of their folded words).
   Candidates are found through the first and last words of each sentence, so the work grows
   with the sentences, not their pairs; a sentence found in more than 64 articles is a stock
   sentence and no evidence here (the credits still join such outlets).

A side's voices are the groups of its sources these links join (through one another: a copy
of a copy is the same voice). The consensus is the side with the most voices; sides that share
the most are a tie, with no consensus; every other side is an outlier.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs
from rapidfuzz import fuzz

from ._lexicon.agencies import COPYRIGHT_OPENINGS, NEWS_AGENCIES, OUTLET_KIND_WORDS, SLUG_AGENCY, SOURCE_LABELS
from .errors import InvalidArgument, InvalidValue, short_repr
from .models import (
    AssertionClaim,
    Claim,
    DateClaim,
    Discrepancy,
    EntityClaim,
    Kind,
    QuantityClaim,
    QuoteClaim,
    Sentence,
)
from .support import Side, label_of
from .words import fold_quote, fold_text

__all__ = [
    "MIN_RUN_SENTENCES",
    "MIN_RUN_WORDS",
    "MIN_SIMILARITY",
    "Voices",
    "agency_key",
    "check_voices",
    "copied_passages",
    "find_credits",
    "find_voices",
    "outliers_below",
    "side_keys",
    "sides_of",
    "weigh_discrepancies",
]

#: Least sentences of a run two articles share for it to be copied wire text.
MIN_RUN_SENTENCES = 2
#: Least words of such a run (a short pair of sentences is anyone's).
MIN_RUN_WORDS = 20
#: Least ``fuzz.ratio`` of two sentences' folded words for one to be a copy of the other.
MIN_SIMILARITY = 90.0
#: Words of a sentence's start and of its end that find its copies (blocking keys).
_KEY_WORDS = 5
#: Sentences with fewer words are no evidence of copying on their own.
_MIN_SENTENCE_WORDS = 6
#: Distinct sentences sharing a blocking key beyond which they are not compared (a stock phrase),
#: and places of one sentence beyond which it is no evidence of copying (boilerplate).
_CROWD = 32
_PLACES = 64
#: Longest sentence compared for near-copies (an exact copy of any length still counts).
_LONGEST = 2000


def _fold_name(name: str) -> str:
    words = re.findall(r"[^\W_]+", name.casefold().replace(".", ""))
    return " ".join(words)


_ALIASES = {_fold_name(alias): key for key, aliases in NEWS_AGENCIES.items() for alias in aliases}
_ALIASES.update({key: key for key in NEWS_AGENCIES})


def agency_key(name: str) -> str:
    """Return the key an agency or outlet is known by: a known agency's ("Agence France-Presse"
    is ``afp``), else its name's words without the words saying what kind of outlet it is.

    >>> agency_key("The Associated Press"), agency_key("Andes Press Agency"), agency_key("andes_wire")
    ('ap', 'andes', 'andes')
    """
    folded = _fold_name(name)
    if folded in _ALIASES:
        return _ALIASES[folded]
    if folded.startswith("the ") and folded[4:] in _ALIASES:
        return _ALIASES[folded[4:]]
    words = [w for w in folded.split() if w not in OUTLET_KIND_WORDS]
    return " ".join(words) or folded


_LINE = re.compile(r"[^\n\r]+")
_SLUG = re.compile(r"[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+")
_DASHES = "-–—:"
_SEPARATORS = re.compile(r"\s[|·•]\s")
#: What parts a short credit or byline line: "By Ann Lee, Reuters | June 20, 2024".
_PARTS = re.compile(r"\s[|·•]\s|,\s")
_KNOWN = re.compile(
    r"(?<![^\W_])(?:" + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")(?![^\W_])"
)


def _dateline_credit(line: str) -> str:
    """The agency of a dateline: "LIMA, March 18 (Reuters) -", "(AFP) —"; "" for none."""
    opening = line.find("(", 0, 80)
    closing = line.find(")", opening + 1, opening + 60) if opening >= 0 else -1
    if closing < 0 or line[closing + 1 :].lstrip()[:1] not in tuple(_DASHES):
        return ""
    before, name = line[:opening].strip(), line[opening + 1 : closing].strip()
    if before:
        first = re.match(r"[^\W\d_]+", before)
        if first is None or len(first.group()) < 2 or not first.group().isupper() or len(before) > 60:
            return ""
        if any(mark in before for mark in '"“”!?'):
            return ""
    if not name or len(name.split()) > 6 or not (name[0].isupper() or _fold_name(name) in _ALIASES):
        return ""
    return agency_key(name) if re.fullmatch(r"[^\W\d_][\w .&'-]*", name) else ""


def _labelled_credits(line: str) -> list[str]:
    """Agencies a "Source: X" segment of a line names ("Published 09:40 | Source: AMP", "Sources:
    AFP, Reuters")."""
    found = []
    for segment in _SEPARATORS.split(line):
        folded = segment.strip().casefold()
        label = next((label for label in SOURCE_LABELS if folded.startswith(label)), None)
        if label is None:
            continue
        for name in re.split(r"[,;/]| and ", segment.strip()[len(label) :]):
            name = name.strip(" .")
            if name and len(name.split()) <= 6:
                found.append(agency_key(name))
    return found


def _line_credits(line: str) -> list[str]:
    found = [_dateline_credit(line)] if len(line) > 2 else []
    if len(line) > 160:
        return [key for key in found if key]
    if _SLUG.fullmatch(line):
        found.append(SLUG_AGENCY)
    found += _labelled_credits(line)
    folded = line.casefold()
    if folded.startswith(COPYRIGHT_OPENINGS):
        found += [_ALIASES[m.group()] for m in _KNOWN.finditer(_fold_name(line))]
    for part in _PARTS.split(line):  # only the agency: "— AFP", "(Reuters)", "By AFP | 09:40", "Ann Lee, Reuters"
        part = part.strip(" ()[]." + _DASHES)
        bare = _fold_name(part[3:] if part[:3].casefold() == "by " else part)
        if bare in _ALIASES:
            found.append(_ALIASES[bare])
    return [key for key in found if key]


def find_credits(text: str) -> frozenset[str]:
    """Return the keys of the agencies an article credits for its text (:func:`agency_key`).

    >>> sorted(find_credits("PARIS, June 20 (AFP) - Rain fell.\\n\\nbur-ah/pz"))
    ['afp']
    >>> sorted(find_credits("Published 09:40 | Source: Reuters\\n\\nRain fell.\\n\\n© 2024 The Associated Press"))
    ['ap', 'reuters']
    >>> sorted(find_credits("The World Health Organization (WHO) - the UN agency - said so."))
    []
    """
    return frozenset(key for found in _LINE.finditer(text) for key in _line_credits(found.group().strip()))


def _runs(pairs: set[tuple[int, int]], words: Sequence[int]) -> set[tuple[int, int]]:
    """Return the pairs of sentences that lie in a long enough run of copied sentences: pairs
    in the same order in both articles, at most one sentence left out between two."""
    chain: dict[tuple[int, int], int] = {}
    sizes: dict[int, list[int]] = {}
    get = chain.get
    for i, j in sorted(pairs):
        before = get((i - 1, j - 1))
        if before is None:
            before = get((i - 2, j - 1))
            if before is None:
                before = get((i - 1, j - 2))
                if before is None:
                    before = get((i - 2, j - 2))
        number = len(sizes) if before is None else before
        chain[(i, j)] = number
        size = sizes.setdefault(number, [0, 0])
        size[0] += 1
        size[1] += words[i]
    long_enough = {n for n, (count, length) in sizes.items() if count >= MIN_RUN_SENTENCES and length >= MIN_RUN_WORDS}
    return {pair for pair, number in chain.items() if number in long_enough}


def _comparable(a: str, b: str) -> bool:
    """Whether two sentences could be alike enough: of a length a sentence has, and near each
    other's (a ``ratio`` of 90 needs lengths within about a fifth)."""
    short, long = sorted((len(a), len(b)))
    return long <= _LONGEST and short >= 0.8 * long


def _similar_texts(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Return the pairs of distinct sentence texts alike enough to be copies, through blocking
    on their first and last words."""
    buckets: dict[tuple[str, tuple[str, ...]], list[int]] = defaultdict(list)
    for n, text in enumerate(texts):
        words = tuple(text.split())
        buckets[("head", words[:_KEY_WORDS])].append(n)
        buckets[("tail", words[-_KEY_WORDS:])].append(n)
    found: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) > _CROWD:
            continue
        for x, a in enumerate(members):
            for b in members[x + 1 :]:
                if (a, b) in found or not _comparable(texts[a], texts[b]):
                    continue
                if fuzz.ratio(texts[a], texts[b]) >= MIN_SIMILARITY:
                    found.add((a, b))
    return sorted(found)


def copied_passages(sentences_by_source: Mapping[str, Sequence[Sentence]]) -> frozenset[tuple[str, int, str, int]]:
    """Return the sentences two articles share as copied wire text: ``(source, sentence start,
    other source, its sentence's start)``, both ways round.

    >>> from claimdiff.segment import split_sentences
    >>> text = "A powerful earthquake struck the south of the country late on Tuesday night. "
    >>> text += "Rescuers searched the ruins of hundreds of houses in the valley on Wednesday."
    >>> found = copied_passages({"a": split_sentences(text), "b": split_sentences("Breaking. " + text)})
    >>> sorted(p for p in found if p[0] == "a")
    [('a', 0, 'b', 10), ('a', 77, 'b', 87)]
    """
    texts: dict[str, int] = {}
    places: list[list[tuple[str, int]]] = []
    words: dict[str, list[int]] = {}
    for source in sorted(sentences_by_source):
        counts = words.setdefault(source, [])
        for i, sentence in enumerate(sentences_by_source[source]):
            folded = fold_quote(sentence.text)
            counts.append(len(folded.split()))
            if counts[-1] >= _MIN_SENTENCE_WORDS:
                n = texts.setdefault(folded, len(texts))
                if n == len(places):
                    places.append([])
                places[n].append((source, i))
    distinct = list(texts)
    alike = [(n, n) for n in range(len(distinct))] + _similar_texts(distinct)
    alike = [(a, b) for a, b in alike if len(places[a]) <= _PLACES and len(places[b]) <= _PLACES]
    matched: dict[tuple[str, str], set[tuple[int, int]]] = defaultdict(set)
    for a, b in alike:
        for s, i in places[a]:
            for t, j in places[b]:
                if s < t:
                    matched[(s, t)].add((i, j))
                elif t < s:
                    matched[(t, s)].add((j, i))
    out: set[tuple[str, int, str, int]] = set()
    for (s, t), pairs in matched.items():
        for i, j in _runs(pairs, words[s]):
            start_s, start_t = sentences_by_source[s][i].start, sentences_by_source[t][j].start
            out.update(((s, start_s, t, start_t), (t, start_t, s, start_s)))
    return frozenset(out)


def _frozen_names(items: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(items))


def _frozen_credits(items: Mapping[str, frozenset[str]]) -> Mapping[str, frozenset[str]]:
    return MappingProxyType(dict(items))


_Place = tuple[str, int]


def _frozen_places(items: Mapping[_Place, tuple[_Place, ...]]) -> Mapping[_Place, tuple[_Place, ...]]:
    return MappingProxyType(dict(items))


@attrs.frozen(kw_only=True)
class Voices:
    """Which sources are one voice for which passage (see the module's rules)."""

    originals: Mapping[str, str] = attrs.field(converter=_frozen_names)
    """Each exact copy's original source."""
    credits: Mapping[str, frozenset[str]] = attrs.field(converter=_frozen_credits)
    """The agencies each source credits."""
    copied: Mapping[_Place, tuple[_Place, ...]] = attrs.field(converter=_frozen_places, factory=dict)
    """Each sentence (source, start) copied from or into others, with their copies
    (:func:`copied_passages`)."""

    def one_voice(self, a: Claim, b: Claim) -> bool:
        """Return whether two claims' sources are one voice for their passages."""
        if self.originals.get(a.source, a.source) == self.originals.get(b.source, b.source):
            return True
        if self.credits.get(a.source, frozenset()) & self.credits.get(b.source, frozenset()):
            return True
        return (b.source, b.sentence.start) in self.copied.get((a.source, a.sentence.start), ())

    def group(self, claims: Sequence[Claim]) -> list[tuple[str, ...]]:
        """Return the sources of some claims (a side's) grouped into independent voices: sources
        joined by :meth:`one_voice`, through one another; each group sorted, and the groups.

        Linear in the claims: sources meet through the copy and the credits they share, and
        sentences through their copies.
        """
        parent = {c.source: c.source for c in claims}

        def root(source: str) -> str:
            while parent[source] != source:
                parent[source] = parent[parent[source]]
                source = parent[source]
            return source

        def join(a: str, b: str) -> None:
            first, second = sorted((root(a), root(b)))
            parent[second] = first

        holder: dict[object, str] = {}
        for source in sorted(parent):
            credited = [("credit", key) for key in sorted(self.credits.get(source, ()))]
            for key in [("copy", self.originals.get(source, source)), *credited]:
                join(source, holder.setdefault(key, source))
        places = {(c.source, c.sentence.start) for c in claims}
        for place in sorted(places):
            for other in self.copied.get(place, ()):
                if other in places:
                    join(place[0], other[0])
        groups: dict[str, list[str]] = defaultdict(list)
        for source in sorted(parent):
            groups[root(source)].append(source)
        return sorted(tuple(group) for group in groups.values())


def find_voices(
    articles: Mapping[str, tuple[str, Sequence[Sentence]]], *, copies: Mapping[str, Sequence[str]] | None = None
) -> Voices:
    """Find which sources reproduce one another: exact copies, agency credits, copied passages.

    Args:
        articles: each source's text and sentences (as split for claims).
        copies: each original source with its exact copies (:func:`claimdiff.align.find_copies`).

    >>> v = find_voices({"a": ("(AFP) - Rain.", []), "afp": ("Rain fell.", []), "b": ("Rain.", [])})
    >>> sorted(v.credits["afp"]), sorted(v.credits["b"])
    (['afp'], [])
    """
    texts = {source: find_credits(text) for source, (text, _) in articles.items()}
    crediting = Counter(key for keys in texts.values() for key in keys)
    credits: dict[str, frozenset[str]] = {}
    for source, own in texts.items():
        named = agency_key(source)
        credited_by_others = crediting[named] - (named in own) > 0
        credits[source] = own | ({named} if credited_by_others else set())
    originals = {copy: original for original, found in (copies or {}).items() for copy in found}
    copied: dict[_Place, list[_Place]] = defaultdict(list)
    for source, start, other, other_start in sorted(copied_passages({s: sents for s, (_, sents) in articles.items()})):
        copied[(source, start)].append((other, other_start))
    return Voices(originals=originals, credits=credits, copied={k: tuple(v) for k, v in copied.items()})


def _quote_sides(claims: Sequence[Claim]) -> dict[str, str]:
    """Map each quote's folded words to its side's: a quote that another holds (a partial quote)
    stands with the longest quote holding it, so the sides do not depend on the sources' order."""
    folded = sorted({fold_text(c.text) for c in claims}, key=lambda t: (-len(t), t))
    side: dict[str, str] = {}
    for text in folded:
        side[text] = next((other for other in side if side[other] == other and text in other), text)
    return side


def side_keys(d: Discrepancy) -> list[Hashable]:
    """Return what each claim of a finding says, as the key of its side: a figure's reading, a
    date's days, a name's key, a quote's words (a part of a quote stands with the whole), the
    speaker of an attributed quote, whether a sentence or an act is denied.

    >>> from claimdiff.models import Quantity, Sentence
    >>> def figure(source, value):
    ...     s = Sentence(f"{value} died.", 0, 9)
    ...     return QuantityClaim(source=source, text=str(value), start=0, end=2, sentence=s,
    ...                          quantity=Quantity(text=str(value), start=0, end=2, value=value))
    >>> d = Discrepancy(kind="quantity", severity="high", claims=[figure("a", 12), figure("b", 19), figure("c", 12)])
    >>> keys = side_keys(d)
    >>> keys[0] == keys[2] != keys[1]
    True
    """
    quotes = _quote_sides([c for c in d.claims if isinstance(c, QuoteClaim)]) if d.kind is Kind.QUOTE else {}
    return [_side_key(d, c, quotes) for c in d.claims]


def _side_key(d: Discrepancy, c: Claim, quotes: Mapping[str, str]) -> Hashable:
    if isinstance(c, QuantityClaim):
        return d.reading_of(c) if d.reason == "opposite-direction" else c.quantity.reading
    if isinstance(c, DateClaim):
        m = c.date
        return ("day", m.low, m.high, m.part_of_day, m.clock, m.zone) if m.low is not None else d.reading_of(c)
    if isinstance(c, QuoteClaim):
        if d.kind is Kind.QUOTE:
            return quotes[fold_text(c.text)]
        return ("speaker", c.key or fold_text(c.speaker or ""))
    if isinstance(c, AssertionClaim):
        return (c.key if d.reason == "opposite-acts" else "", c.polarity.answer)
    if isinstance(c, EntityClaim):
        return ("name", c.key or fold_text(c.text))
    return ("negated", c.negated)


def _label(d: Discrepancy, claims: Sequence[Claim]) -> str:
    """What a side says, for people (:func:`~claimdiff.support.label_of` of its claims' words;
    in an attribution, of who is credited)."""
    if d.kind is Kind.ATTRIBUTION:
        return label_of(c.speaker or c.text if isinstance(c, QuoteClaim) else c.text for c in claims)
    return label_of(c.text for c in claims)


def sides_of(d: Discrepancy, voices: Voices) -> tuple[Side, ...]:
    """Return the sides of a finding: its claims grouped by :func:`side_keys`, each with its
    sources and independent voices; most voices first, then by what they say, an order neither
    the sources' names nor another copy of an article change (the consensus, when there is one,
    comes first)."""
    members: dict[Hashable, list[int]] = {}
    for i, key in enumerate(side_keys(d)):
        members.setdefault(key, []).append(i)
    sides = []
    for indices in members.values():
        claims = [d.claims[i] for i in indices]
        sides.append(
            Side(
                reading=_label(d, claims),
                claims=indices,
                sources=sorted({c.source for c in claims}),
                voices=voices.group(claims),
            )
        )
    return tuple(sorted(sides, key=lambda side: (-side.voice_count, side.reading, side.claims)))


def weigh_discrepancies(discrepancies: Iterable[Discrepancy], voices: Voices) -> tuple[Discrepancy, ...]:
    """Return the discrepancies with their sides: who supports each, in how many voices.

    >>> weigh_discrepancies((), find_voices({}))
    ()
    """
    return tuple(attrs.evolve(d, sides=sides_of(d, voices)) for d in discrepancies)


def check_voices(value: object, *, name: str) -> int:
    """Return ``value`` if it is a count of voices (an int, 0 or more), else raise.

    Raises:
        InvalidArgument: ``value`` is not an int.
        InvalidValue: ``value`` is negative.

    >>> check_voices(2, name="accept_outliers_below")
    2
    """
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(
            f"{name} must be an int (a number of voices), got {type(value).__name__} {short_repr(value)}"
        )
    if value < 0:
        raise InvalidValue(f"{name} must be 0 or more, got {value}")
    return value


def outliers_below(d: Discrepancy, voices: int) -> bool:
    """Return whether a finding has a consensus and its outliers have fewer than ``voices``
    independent voices together: one lone voice against the rest, when ``voices`` is 2.

    >>> outliers_below(Discrepancy(kind="quantity", severity="high", claims=[]), 2)
    False
    """
    consensus = d.consensus
    return consensus is not None and consensus.side is not None and consensus.outlier_voices < voices
