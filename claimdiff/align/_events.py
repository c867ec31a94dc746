"""Event frames of dates: what a date dates, read from the words that govern it.

"Customers filed the class action in 2021" and "The case, filed in 2019," date a *filing*;
"the hearing on May 27" a *hearing*; "Halyard's Monday night launch" a *launch*. The frame of
a date is the canonical event (:data:`claimdiff._lexicon.events.EVENTS`) of the event word
nearest to it in its clause (the verb or noun before it, or the noun after it: "Monday's
raid"), and its *phase*: a beginning ("since March 2023", "the strike began on Monday") or an
end ("expires on Friday", "the end of May"); a date with no phase word dates the event itself,
which for a lasting event is its beginning.

A verb in -ed that names no event (one a function word follows) between the event word and
the date governs the date instead: "89% of ballots counted on Monday" dates the count, not
the vote, so the event word beyond it is not read. Two dates with frames of different events
("filed in 2021" / "ruled in 2023") never date one thing; two with the same event and phase
may, however their sentences are worded.

Limits: the nearest event word is a guess at the governing one ("lowered its forecast for
growth next year" dates the growth, not the lowering); the frame says what happened, not to
whom or where ("Biden visited Hanoi in September" and "Putin's last visit in 2017" are both
visits); words of other clauses are read when no semicolon parts them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

import attrs

from .._lexicon.dates import FUTURE_CUES, MONTHS, WEEKDAYS
from .._lexicon.events import (
    EVENTS,
    HAPPENED,
    NOT_ACTORS,
    NOT_EVENTS,
    NOT_PHASES,
    PHASE_PREPOSITIONS,
    PHASES,
    PHRASE_FILLERS,
    PLACE_PHRASE_WORDS,
    VERB_FORMS,
    WEAK_EVENTS,
)
from .._lexicon.stopwords import STOPWORDS
from ..claims.dates import TenseReader, is_participle
from ..models import Claim, DateClaim, DateMention, Granularity, Sentence

__all__ = ["Frame", "FrameReader", "frame_of"]

#: Words before a date read for its event, and after it ("Monday's raid", "the Monday night
#: launch"); a date that opens its clause reads further after it (:data:`OPENING_REACH`).
EVENT_REACH = (8, 2)
#: Most words of where it happened (:data:`~claimdiff._lexicon.events.PLACE_PHRASE_WORDS`)
#: that may stand between an event word and its date beyond :data:`EVENT_REACH`.
PLACE_SLACK = 12
#: Words after a date that opens its clause read for its event ("On Tuesday, the court affirmed").
OPENING_REACH = 6
#: Words before the event word (or before the date, when the event follows it) read for names.
ACTOR_REACH = 4
#: Words before a date read for its phase, and after it ("began on Monday", "on Monday to begin").
PHASE_REACH = (3, 2)

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[0-9]+(?:[.,:][0-9]+)*|[;,]")
_VOWELS = frozenset("aeiou")


@attrs.frozen
class Frame:
    """What a date dates: a canonical event ("filing", "launch") and a phase ("begin", "end")."""

    event: str | None = None
    """The canonical event the nearest event word names, or None."""
    phase: str | None = None
    """"begin" or "end" when the words say so, else None (the event itself)."""
    tense: str = ""
    """"past" or "future" when the clause says so (:class:`~claimdiff.claims.dates.TenseReader`)."""
    actors: frozenset[str] = frozenset()
    """Names (capitalised words, folded) next to the event word: who did it, or to whom."""

    def same_actors(self, other: Frame) -> bool:
        """Return False when both frames name who acted and no name is shared.

        >>> Frame("arrest", actors=frozenset({"smith"})).same_actors(Frame("arrest", actors=frozenset({"jones"})))
        False
        """
        return not (self.actors and other.actors and self.actors.isdisjoint(other.actors))

    @property
    def weak(self) -> bool:
        """Whether the event only tells dates apart (a statement's day), never links them."""
        return self.event in WEAK_EVENTS

    def agrees(self, other: Frame) -> bool | None:
        """Return True when two frames date one event, False when they cannot, None when unknown.

        >>> Frame("filing").agrees(Frame("filing")), Frame("filing").agrees(Frame("ruling"))
        (True, False)
        >>> Frame("ceasefire", "begin").agrees(Frame("ceasefire")), Frame("offer", "end").agrees(Frame("offer"))
        (True, False)
        >>> print(Frame("filing").agrees(Frame()))
        None
        >>> Frame("statement").agrees(Frame(phase="begin"))
        False
        """
        if self.event is None or other.event is None:
            if self.event is None and other.event is None and self.phase and other.phase:
                return self.phase == other.phase
            if _only_phase(self, other) or _only_phase(other, self):
                return False  # "has led the service since 2016" / "said on Monday"
            return None
        if self.event != other.event:
            return False
        return (self.phase or "begin") == (other.phase or "begin")


def _only_phase(a: Frame, b: Frame) -> bool:
    """Whether ``a`` dates only where something unnamed began or ended ("has led the service
    since 2016") and ``b`` a statement ("said on Monday"): what someone said on a day is not
    what began then (an unnamed beginning may still be an event's: "it began on Tuesday")."""
    return a.event is None and a.phase is not None and b.weak and b.phase is None


def _forms(word: str) -> frozenset[str]:
    """Return the forms read for one lexicon word: its listed verb forms, or regular ones."""
    listed = VERB_FORMS.get(word)
    if listed is not None:
        return frozenset(listed)
    out = {word, word + "s", word + "es"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    elif word.endswith("y") and len(word) > 2 and word[-2] not in _VOWELS:
        out |= {word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    else:
        out |= {word + "ed", word + "ing"}
    return frozenset(out)


_Pattern = tuple[frozenset[str], ...]


def _index(table: Mapping[str, Iterable[str]]) -> dict[str, list[tuple[_Pattern, str]]]:
    """Index the phrases of a table by the forms of their first word, longest first."""
    out: dict[str, list[tuple[_Pattern, str]]] = {}
    for name, entries in table.items():
        for entry in entries:
            pattern = tuple(_forms(w) for w in entry.split())
            for form in pattern[0]:
                out.setdefault(form, []).append((pattern, name))
    for found in out.values():
        found.sort(key=lambda p: -len(p[0]))  # stable: the first event listed wins a tie
    return out


#: Phrases that name nothing are indexed first under the empty name, so they win a tie of
#: length and their words are skipped.
_EVENT_INDEX = _index({"": NOT_EVENTS, **EVENTS})
_PHASE_INDEX = _index({"": NOT_PHASES, **{p: [w for w, q in PHASES.items() if q == p] for p in ("begin", "end")}})

_Hit = tuple[int, int, str]  # first word, last word, name


def _match(words: list[str], k: int, pattern: _Pattern) -> int | None:
    """Return the index of the last word of ``pattern`` read from word ``k``, or None."""
    j = k
    for x, forms in enumerate(pattern):
        if x:
            j += 1
            while j < len(words) and words[j] in PHRASE_FILLERS and words[j] not in forms:
                j += 1
        if j >= len(words) or words[j] not in forms:
            return None
    return j


def _hits(words: list[str], index: Mapping[str, list[tuple[_Pattern, str]]]) -> list[_Hit]:
    out: list[_Hit] = []
    k = 0
    while k < len(words):
        for pattern, name in index.get(words[k], ()):
            end = _match(words, k, pattern)
            if end is not None:
                if name:
                    out.append((k, end, name))
                k = end
                break
        k += 1
    return out


@attrs.frozen
class _Sentence:
    """The words of one sentence as the frame reader sees them."""

    words: tuple[str, ...]
    """Each word, folded: lower case, no possessive "'s"."""
    spans: tuple[tuple[int, int], ...]
    """Offsets of each word in the sentence."""
    events: tuple[_Hit, ...]
    """Event words and phrases found, in order."""
    phases: tuple[_Hit, ...]
    """Phase words found, in order."""
    clauses: tuple[int, ...]
    """Clause number of each word (semicolons part clauses)."""
    verbs: frozenset[int]
    """Indices of words in -ed that name no event, phase or schedule and act as verbs."""
    commas: frozenset[int]
    """Indices of words a comma stands before."""
    names: frozenset[int]
    """Indices of capitalised words that may name someone: no month, title or function word, and
    the first word only when a name follows it or it is a possessive."""
    counted: tuple[int, ...]
    """For each word index k, how many words before it count towards the reach of an event
    word: all but the words of where something happened, figures and names."""


def _read_sentence(text: str) -> _Sentence:
    spans: list[tuple[int, int]] = []
    words: list[str] = []
    clauses: list[int] = []
    commas: set[int] = set()
    names: set[int] = set()
    clause = 0
    for m in _WORD.finditer(text):
        if m.group() == ";":
            clause += 1
            continue
        if m.group() == ",":
            commas.add(len(words))
            continue
        word = m.group().casefold().replace("’", "'")
        if m.group()[0].isupper() and word not in _NO_NAMES:
            names.add(len(words))
        spans.append((m.start(), m.end()))
        words.append(word[:-2] if word.endswith("'s") else word)
        clauses.append(clause)
    if 0 in names and not (1 in names or words[0] != text[spans[0][0] : spans[0][1]].casefold()):
        names.discard(0)  # a capital that only opens the sentence: "Police", not "Halyard Space", "Ford's"
    events, phases = _hits(words, _EVENT_INDEX), _hits(words, _PHASE_INDEX)
    named = {k for first, last, _name in (*events, *phases) for k in range(first, last + 1)}
    verbs = frozenset(
        k
        for k, w in enumerate(words)
        if k not in named and w not in FUTURE_CUES and w not in HAPPENED and is_participle(w) and _governs(words, k)
    )
    return _Sentence(
        tuple(words), tuple(spans), tuple(events), tuple(phases), tuple(clauses), verbs, frozenset(commas),
        frozenset(names), _counted(words, names),
    )


def _counted(words: list[str], names: set[int]) -> tuple[int, ...]:
    """Return, for each word index and one past the last, how many words before it count
    towards an event word's reach (:attr:`_Sentence.counted`)."""
    out = [0]
    for k, word in enumerate(words):
        place = word in PLACE_PHRASE_WORDS or word[0].isdigit() or k in names
        out.append(out[-1] + (0 if place else 1))
    return tuple(out)


#: Capitalised words that name no one: months, weekdays, titles, function words.
_NO_NAMES = frozenset({*MONTHS, *WEEKDAYS, *NOT_ACTORS, *STOPWORDS})


def _governs(words: list[str], k: int) -> bool:
    """Whether the word in -ed at k acts as a verb: a function word or a figure follows it
    ("counted on Monday", "searched through"), not a noun ("their shared border")."""
    if k + 1 >= len(words):
        return True
    following = words[k + 1]
    return following in STOPWORDS or following[0].isdigit()


class FrameReader:
    """Read the frames of dates, the words of each sentence once."""

    def __init__(self) -> None:
        self._memo: dict[str, tuple[_Sentence, TenseReader, _Bounds, _Bounds, _Bounds]] = {}

    def _sentence(self, text: str) -> tuple[_Sentence, TenseReader, _Bounds, _Bounds, _Bounds]:
        """Return the words of a sentence, its tense reader, and the first and last word offsets
        (or indices) of its words, events and phases, for bisection: a sentence may hold thousands."""
        found = self._memo.get(text)
        if found is None:
            words = _read_sentence(text)
            found = self._memo[text] = (words, TenseReader(text), _bounds(words.spans), _bounds(words.events),
                                        _bounds(words.phases))
        return found

    def __call__(self, claim: Claim) -> Frame:
        """Return the frame of a date claim, read in its sentence."""
        sent = claim.sentence
        words, tense, (starts, ends), events, phases = self._sentence(sent.text)
        start, end = claim.start - sent.start, claim.end - sent.start
        before = bisect_right(ends, start)  # words before the date
        after = bisect_left(starts, end)  # first word after it
        clauses = words.clauses
        clause = clauses[after] if after < len(clauses) else clauses[-1] if clauses else 0
        opens = before == 0 or clauses[before - 1] != clause
        reach = (EVENT_REACH[0], OPENING_REACH) if opens else EVENT_REACH
        near = _near(words.events, events, (before, after), (reach[0] + PLACE_SLACK, reach[1]))
        event = _nearest(words, near, (before, after), reach, clause, opens=opens, places=True)
        head = claim.text.split(maxsplit=1)[0].casefold() if claim.text.strip() else ""
        phase = _nearest(words, _near(words.phases, phases, (before, after), PHASE_REACH), (before, after),
                         PHASE_REACH, clause, opens=opens)
        # "Tuesday's derailment will be investigated": the clause's tense is not the event's
        attributive = (
            event is not None
            and after <= event[0] < after + EVENT_REACH[1]
            and not any(k in words.commas for k in range(after, event[0] + 1))
        )
        return Frame(
            None if event is None else event[2],
            PHASE_PREPOSITIONS.get(head) or (None if phase is None else phase[2]),
            "" if attributive else tense(start),
            _actors(words, event, (before, after)),
        )


def _actors(words: _Sentence, event: _Hit | None, date: tuple[int, int]) -> frozenset[str]:
    """Return who acted or was acted on: the names in the :data:`ACTOR_REACH` words before the
    event word (or the date, the earlier of the two), and those after it up to the date unless a
    preposition comes first ("arrested Daniel Hart on Monday", not "arrived in Hanoi"); the
    date's and the event's own words are left out."""
    if event is None:
        return frozenset()
    first, last = min(event[0], date[0]), max(event[1], date[1] - 1)
    found = []
    for k in range(max(0, first - ACTOR_REACH), last + 1):
        if event[0] <= k <= event[1] or date[0] <= k < date[1]:
            continue
        if k > event[1] and words.words[k] in _PLACE_PREPOSITIONS:
            break  # a place or a circumstance: "arrived in Hanoi", "at the palace"
        if k in words.names:
            found.append(words.words[k])
    return frozenset(found)


#: Words after an event word that start a place or a circumstance, not who was acted on.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "on", "to", "from", "near", "into", "onto", "outside", "inside", "across", "toward", "towards",
     "for", "with", "during", "after", "before", "over", "under"}
)


#: The first and the last word of each item of a sentence, in order (both increase).
_Bounds = tuple[list[int], list[int]]


def _bounds(items: Iterable[tuple[int, int] | _Hit]) -> _Bounds:
    firsts, lasts = [], []
    for item in items:
        firsts.append(item[0])
        lasts.append(item[1])
    return firsts, lasts


def _near(hits: tuple[_Hit, ...], bounds: _Bounds, date: tuple[int, int], reach: tuple[int, int]) -> tuple[_Hit, ...]:
    """Return the hits that :func:`_nearest` may take: those that end at most ``reach[0]`` words
    before the date or start at most ``reach[1]`` after it (hits come in order, never overlapping)."""
    firsts, lasts = bounds
    return hits[bisect_left(lasts, date[0] - reach[0]) : bisect_right(firsts, date[1] + reach[1] - 1)]


def _nearest(
    words: _Sentence,
    hits: tuple[_Hit, ...],
    date: tuple[int, int],
    reach: tuple[int, int],
    clause: int,
    *,
    opens: bool,
    places: bool = False,
) -> _Hit | None:
    """Return the hit nearest to a date (words ``date[0]``..``date[1]`` hold it) in
    its clause with no other verb between them, or None; at equal distance the one before it.

    A word after the date is read only before any comma ("Monday's raid", not "in 2019,
    saying"), unless the date opens its clause ("On Tuesday, the court affirmed"). With
    ``places``, the words of where it happened before the date do not count towards the reach
    ("capsized about 40 miles south of X early on Tuesday"), up to :data:`PLACE_SLACK` of them.
    """
    before, after = date
    best: tuple[int, int, _Hit] | None = None
    for first, last, name in hits:
        if words.clauses[first] != clause:
            continue
        if last < before and _within_reach(words, last, before, reach[0], places=places):
            key = (before - last, 0, (first, last, name))
            between = range(last + 1, before)
        elif first >= after and first - after + 1 <= reach[1]:
            if not opens and any(k in words.commas for k in range(after, first + 1)):
                continue
            key = (first - after + 1, 1, (first, last, name))
            between = range(after, first)
        else:
            continue
        if any(k in words.verbs for k in between):
            continue
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _within_reach(words: _Sentence, last: int, before: int, reach: int, *, places: bool) -> bool:
    """Whether an event word that ends at ``last`` stands within ``reach`` words before a date
    that starts at word ``before``; with ``places``, counting only :attr:`_Sentence.counted`
    words, and no more than :data:`PLACE_SLACK` others, within one stretch with no comma."""
    if before - last <= reach:
        return True
    if not places or before - last > reach + PLACE_SLACK:
        return False
    if any(k in words.commas for k in range(last + 1, before + 1)):
        return False  # "said Chief X, who has led the county's service since 2016": another clause
    return words.counted[before] - words.counted[last + 1] + 1 <= reach


def frame_of(text: str, start: int, end: int) -> Frame:
    """Return the frame of the date at ``text[start:end]``, ``text`` being its sentence.

    >>> frame_of("Customers filed the class action in 2021.", 33, 40)
    Frame(event='filing', phase=None, tense='past', actors=frozenset())
    >>> frame_of("The ceasefire will hold from March 3.", 24, 36)
    Frame(event='ceasefire', phase='begin', tense='future', actors=frozenset())
    >>> sorted(frame_of("On Tuesday, Halyard Space launched the probe from Kiruna.", 0, 10).actors)
    ['halyard', 'space']
    """
    mention = DateMention(text=text[start:end], start=start, end=end, granularity=Granularity.DAY)
    claim = DateClaim(source="", text=mention.text, start=start, end=end, sentence=Sentence(text, 0, len(text)),
                      key="day", date=mention)
    return FrameReader()(claim)
