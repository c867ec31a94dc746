"""Union-find groups of claims, and how links become alignments."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import TypeVar

from .._lexicon.measures import ANY_MEASURE_ACTS, GENERIC_SPAN_MEASURES
from ..claims.frames import ACT
from ..models import Alignment, Claim

_C = TypeVar("_C", bound=Claim)


class Groups:
    """Union-find that refuses a join breaking either rule, so a group counts one thing.

    * No two claims of one sentence share a group (when ``by_sentence``): a sentence that
      states two figures of one noun ("killed 12 people and injured 30 people") states two
      facts.
    * No source holds two readings in one group that ``compatible`` rejects: a source giving
      two different figures for what looks like one thing speaks of two things, or contradicts
      itself, which is never a disagreement between sources.
    * No group holds two different non-empty ``labels`` (a figure's measure): "three
      patients have died" and "fourteen patients were infected" count two things; and a
      label's qualifier after "@" must agree: "the remaining two" (``charged@part``) never
      joins "three have been charged".

    Offered links best first, each claim joins the counterpart it matches best. Small groups
    merge into large ones, so the checks cost ``O(n log n)`` in all.
    """

    def __init__(
        self,
        claims: Sequence[Claim],
        compatible: Callable[[Claim, Claim], bool] | None,
        *,
        by_sentence: bool,
        labels: Sequence[str] = (),
    ) -> None:
        self.parent = list(range(len(claims)))
        self.labels = list(labels) or [""] * len(claims)
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
        label, other_label = self.labels[big], self.labels[small]
        merged = _merged_label(label, other_label)
        if merged is None:
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
        self.labels[big] = merged
        self.sentences[small], self.readings[small] = set(), {}
        self.size[big] += self.size[small]
        self.parent[small] = big
        return True


def _merged_label(a: str, b: str) -> str | None:
    """Return the label of a group joining groups labelled ``a`` and ``b``, or None when they
    count different things: two different measures, or one qualified ("@previous", "@part")
    and the other not. A group with no label at all says nothing of what it counts and takes
    the other's ("" and "deaths": "deaths"; "" and "@part": "@part"); so does a span of time
    read only from the act it spans ("act=trapp", see :data:`~claimdiff.claims.frames.ACT`)
    against a generic measure word ("lasted"), or from an act that may span any measured one
    ("served"); two such acts stay apart, and so do an act and a measure of another act
    ("jailed for six years" / "the money, taken over nine years").

    >>> _merged_label("act=trial", "lasted"), _merged_label("act=tak", "prison term")
    ('lasted', None)
    """
    if not a or not b:
        return a or b
    base_a, _, qual_a = a.partition("@")
    base_b, _, qual_b = b.partition("@")
    if qual_a != qual_b:
        return None
    if base_a.startswith(ACT) != base_b.startswith(ACT):
        act, word = (base_a, b) if base_a.startswith(ACT) else (base_b, a)
        if word.partition("@")[0] in GENERIC_SPAN_MEASURES or act.removeprefix(ACT) in ANY_MEASURE_ACTS:
            return word  # the act a span was read from gives way to a generic measure word
        return None  # "jailed for six years" / "the money was taken over nine years"
    if base_a and base_b and base_a != base_b:
        return None
    return a if base_a else b


def order_claims(claims: Iterable[_C]) -> list[_C]:
    return sorted(claims, key=lambda c: (c.source, c.start, c.end, c.kind.rank, c.text))


def components(
    claims: Sequence[Claim],
    links: Iterable[tuple[int, int, float]],
    *,
    compatible: Callable[[Claim, Claim], bool] | None = None,
    labels: Sequence[str] = (),
) -> list[Alignment]:
    """Join linked claims into groups, links in the order given (best first).

    With ``compatible``, a group holds at most one claim per sentence and only readings of
    one source that ``compatible`` accepts together; with ``labels``, only claims of one
    non-empty label (see :class:`Groups`). A refused link leaves both claims where they are.
    """
    groups_of = Groups(claims, compatible, by_sentence=compatible is not None, labels=labels)
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
        out.append(Alignment(kind=chosen[0].kind, claims=order_claims(chosen), score=score))
    return out


def best_first(link: tuple[int, int, float]) -> tuple[float, int, int]:
    """Order links by score; equal scores by position, so a lead's figures link first."""
    return (-link[2], link[0], link[1])


def sentence_key(c: Claim) -> tuple[str, int]:
    return (c.source, c.sentence.start)
