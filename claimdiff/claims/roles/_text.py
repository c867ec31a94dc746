"""The words of a sentence as the role readers see them: words, punctuation and whole names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import attrs

from ..._lexicon import relations as rel
from ..._lexicon import roles as lex


@attrs.frozen
class Tok:
    """A word, a punctuation mark or a whole name of a sentence."""

    start: int
    """Offset into the sentence text."""
    end: int
    """Offset one past its last character."""
    word: str
    """The folded word; a name's folded text; the punctuation mark."""
    name: bool = False
    """Whether it is a name (a run of capitalised words)."""


_PIECE = re.compile(
    r"\d+(?:[.,:]\d+)*(?:[^\W\d_][\w-]*)?"  # 6:42, 2,100, 71st-minute
    r"|[^\W\d_](?:\w|[.'’-](?=\w))*\.?"  # words, hyphenated words, a.m.
    r"|['’]s\b|['’](?=\s)"  # a possessive after a name: "Okafor's", "Martins'"
    r"|[,;:()\[\]—–!?\"“”]"
)
#: Punctuation that ends every stretch read for a role.
STOPS = frozenset(';:()[]—–!?"“”')
#: Longest run of words read back from a cue for its subject.
SUBJECT_REACH = 30
#: Words before a name that make it the object of a preposition, not a subject.
GOVERNING = frozenset(
    {
        "by",
        "of",
        "from",
        "to",
        "with",
        "for",
        "in",
        "at",
        "on",
        "after",
        "against",
        "over",
        "under",
        "behind",
        "than",
        "like",
        "near",
        "about",
        "between",
        "before",
        "beside",
        "past",
        "via",
        "without",
        "into",
    }
)
#: Words that may stand between a subject and its verb and keep them together ("Lee then
#: scored", "Vidal was named"): a name governed by a preposition is still the subject then.
_BESIDE = frozenset({"was", "were", "is", "has", "had", "have", "then", "later", "also", "finally", "duly", "being"})
_AND = re.compile(r"\s+(?:and|&)\s+")


def fold(word: str) -> str:
    """Fold a word: case, curly apostrophes, a full stop that is no abbreviation's."""
    word = word.casefold().replace("’", "'")
    if word == "'":
        return "'s"  # "Martins' winner" owns as "Okafor's winner" does
    return word[:-1] if word.endswith(".") and "." not in word[:-1] else word


def _joined(text: str, names: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a name with "of" to a name after "and" ("Journal of Aging" and "Neurology"): in
    "the Ministry of Trade and Industry" the two are one title, not a list."""
    out: list[tuple[int, int]] = []
    for start, end in names:
        if out:
            prev_start, prev_end = out[-1]
            if " of " in text[prev_start:prev_end] and _AND.fullmatch(text, prev_end, start):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def tokens(text: str, names: Sequence[tuple[int, int]]) -> list[Tok]:
    """Cut a sentence into words, punctuation and whole names (spans of ``names``), in order."""
    out: list[Tok] = []
    pos = 0
    for start, end in (*_joined(text, names), (len(text), len(text))):
        out.extend(Tok(m.start(), m.end(), fold(m.group())) for m in _PIECE.finditer(text, pos, start))
        if end > start:
            out.append(Tok(start, end, fold(text[start:end]), name=True))
        pos = end
    return out


_T = TypeVar("_T")


@attrs.frozen
class Forms(Generic[_T]):
    """Runs of words (one to four) and what each names, with their first and last words, so a
    run is looked up only where its first or last word stands."""

    runs: Mapping[tuple[str, ...], _T]
    """Each run of folded words and what it names."""
    first: frozenset[str] = attrs.field(init=False)
    last: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "first", frozenset(run[0] for run in self.runs))
        object.__setattr__(self, "last", frozenset(run[-1] for run in self.runs))

    def __getitem__(self, run: tuple[str, ...]) -> _T:
        return self.runs[run]

    def get(self, run: tuple[str, ...]) -> _T | None:
        """What ``run`` names, or None."""
        return self.runs.get(run)


def index_forms(table: Mapping[str, Iterable[str]]) -> Forms[tuple[str, ...]]:
    """Map each word run of a table of forms to the entries that list it."""
    found: dict[tuple[str, ...], list[str]] = {}
    for entry, forms in table.items():
        for form in forms:
            found.setdefault(tuple(form.split()), []).append(entry)
    return Forms(MappingProxyType({form: tuple(entries) for form, entries in found.items()}))


def run_at(toks: Sequence[Tok], end: int, table: Forms[Any]) -> tuple[str, ...]:
    """Return the longest run of words of ``table`` that ends at token ``end``, or (); the
    sentence's capitalised opening word may be one of them ("Evacuees were taken to X")."""
    if _named(toks, end) or toks[end].word not in table.last:
        return ()
    for size in (4, 3, 2, 1):
        start = end - size + 1
        if start < 0:
            continue
        run = tuple(t.word for t in toks[start : end + 1])
        if run in table.runs and not any(_named(toks, k) for k in range(start, end + 1)):
            return run
    return ()


def _named(toks: Sequence[Tok], k: int) -> bool:
    """Whether token ``k`` is a name, not only the one capitalised word that opens a sentence."""
    return toks[k].name and (k > 0 or " " in toks[k].word)


def run_from(toks: Sequence[Tok], start: int, table: Forms[Any]) -> tuple[str, ...]:
    """Return the longest run of words of ``table`` that starts at token ``start``, or ()."""
    if start >= len(toks) or toks[start].name or toks[start].word not in table.first:
        return ()
    for size in (4, 3, 2, 1):
        run = tuple(t.word for t in toks[start : start + size])
        if len(run) == size and run in table.runs and not any(t.name for t in toks[start : start + size]):
            return run
    return ()


def word_at(toks: Sequence[Tok], k: int) -> str:
    """The folded word at ``k``, or "" past either end (and for a name)."""
    return toks[k].word if 0 <= k < len(toks) and not toks[k].name else ""


def name_at(toks: Sequence[Tok], k: int, step: int) -> bool:
    """Whether a name stands at ``k``, after any determiners in the direction of ``step``."""
    while 0 <= k < len(toks) and toks[k].word in lex.DETERMINERS:
        k += step
    return 0 <= k < len(toks) and toks[k].name


def coordinated(toks: Sequence[Tok], i: int) -> bool:
    """Whether the name at ``i`` is one of a list of names: "Geneva and Bern", "Paris, Berlin
    or Rome"; "Foshan, China, and sold" and "Kelso, Washington, on" are no lists."""
    after, before = word_at(toks, i + 1), word_at(toks, i - 1)
    if after in lex.COORDINATORS and name_at(toks, i + 2, 1):
        return True
    if before in lex.COORDINATORS and name_at(toks, i - 2, -1):
        return True
    if after == "," and i + 3 < len(toks) and toks[i + 2].name:
        if word_at(toks, i + 3) in lex.COORDINATORS:
            return True
        third = word_at(toks, i + 4)
        if word_at(toks, i + 3) == "," and (toks[i + 4].name if i + 4 < len(toks) else False):
            return True
        if word_at(toks, i + 3) == "," and third in lex.COORDINATORS and name_at(toks, i + 5, 1):
            return True
    return before == "," and name_at(toks, i - 2, -1) and after in lex.COORDINATORS


def possessor(toks: Sequence[Tok], i: int) -> bool:
    """Whether the name at ``i`` only owns the next name ("Singapore's ISEAS Institute")."""
    return i + 2 < len(toks) and toks[i + 1].word == "'s" and toks[i + 2].name


def subject(toks: Sequence[Tok], cue: int) -> int | None:
    """Return the name that does what the words at ``cue`` say, or None.

    It is the nearest name before them that is neither the object of a preposition nor a
    possessive, within the clause; a cue after a relative pronoun speaks of the word before
    it ("a squad that had finished ninth"), a name only when the name stands there ("Roux,
    who finished third"). A name that is one of several gives no subject.
    """
    skip = -1
    for k in range(cue - 1, max(-1, cue - SUBJECT_REACH), -1):
        tok = toks[k]
        if k >= skip >= 0:
            continue
        if not tok.name:
            if tok.word == ")" and _short_form(toks, k):
                skip = k - 2  # "The National Anti-Corruption Bureau (NACB) detained": the name before it
                continue
            if tok.word in STOPS:
                return None
            if tok.word in lex.RELATIVES:
                j = k - 2 if word_at(toks, k - 1) == "," else k - 1
                if j < 0 or not toks[j].name:
                    return None
            continue
        if word_at(toks, k + 1) == "'s":
            continue
        j = k - 1
        while j >= 0 and toks[j].word in lex.DETERMINERS:
            j -= 1
        beside = all(t.word in _BESIDE for t in toks[k + 1 : cue])  # "with Vidal named", "after Lee scored"
        if word_at(toks, j) in GOVERNING and not beside:
            continue
        if j < k - 1 and word_at(toks, j) == "," and j >= 1 and toks[j - 1].name and word_at(toks, cue - 1) == ",":
            k = j - 1  # "Priya Shah, the Labour candidate, won": the aside describes the name before it
        return None if coordinated(toks, k) else k
    return None


def _short_form(toks: Sequence[Tok], k: int) -> bool:
    """Whether the bracket at ``k`` closes a name's short form in brackets right after the name
    ("Bureau (NACB)")."""
    return k >= 3 and toks[k - 1].name and toks[k - 2].word == "(" and toks[k - 3].name


def words_from(toks: Sequence[Tok], k: int, allowed: frozenset[str], limit: int) -> int:
    """Step forward over at most ``limit`` words of ``allowed`` (or figures); return the index after."""
    while k < len(toks) and limit > 0 and not toks[k].name and (toks[k].word in allowed or toks[k].word[:1].isdigit()):
        k += 1
        limit -= 1
    return k


def unreal(toks: Sequence[Tok], c: int) -> bool:
    """Whether the words before a verb of winning at ``c`` make it a plan, a forecast or a
    denial ("hopes to win", "could win", "did not win"), not a win ("went on to win")."""
    before = word_at(toks, c - 1)
    return before in rel.UNREAL or (before == "to" and word_at(toks, c - 2) in rel.PLANS)


def elsewhen(toks: Sequence[Tok], c: int) -> bool:
    """Whether the clause of a cue at ``c`` tells another time than the story's: a year ("was
    appointed in 2019", "won the title in 2011"), "twice", "three times", "last year",
    "previously"; read up to the clause's end, a few words on. "For the first time since 1987"
    tells no other time."""
    for k in range(c + 1, min(len(toks), c + 9)):
        word = word_at(toks, k)
        if word in STOPS or word == "." or word == ",":
            return False
        year = word.isdigit() and len(word) == 4 and word[:2] in {"19", "20"}
        if (year and word_at(toks, k - 1) != "since") or word in rel.OTHER_TIMES:
            return True  # "the first time since 1987" is the story's own
        if word == "last" and word_at(toks, k + 1) in rel.OTHER_TIME_NOUNS:
            return True
    return False
