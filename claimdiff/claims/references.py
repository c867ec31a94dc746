"""Back-references: a word or description that opens a sentence and names again someone or
something the sentence or two before named.

News spreads one fact over sentences: "Interior Minister Ana Ruiz visited the site. She said 40
homes were destroyed."; "Aldmoor Airlines cancelled flights. The carrier said 120 were hit.";
"Police arrested Mark Doyle. The 54-year-old was charged." :func:`find_references` reads, for
each sentence, whether it opens with such a back-reference and, if so, what it stands for:

* "he" / "she": the first person of the nearest earlier sentence (a name with a title, role or
  two words, or a description such as "a 30-year-old man", "the driver") whose grammatical
  gender, when known, agrees;
* "it" / "its": the first body of the nearest earlier sentence (a name of a body, "the council",
  "the company");
* "the <role>" ("the minister", "the captain"): the person of that role; "the <N>-year-old":
  the first person; "the <trade of a body>" ("the carrier", "the company"): the first body.

It looks back :data:`WINDOW` sentences at most, and never across a paragraph break, so it
reads each sentence a bounded number of times: linear in the article. What stays unresolved
(two people in one role, nothing compatible) has no reference. For the acts a sentence
asserts (whom "She did not attend" is about), ``for_acts`` reads further: "his" and "her" open
a sentence as "he" and "she" do ("Her lawyers have lodged an appeal"), and a lone surname names
the person the article names in full ("Elena Varga ... Varga gave evidence"). The paragraph
stays the bound: a finding must not hang on the order of paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.people import BODY_NOUNS, COMPANION_NOUNS, PERSON_NOUNS, ROLE_NOUNS
from ..models import Reference, Sentence
from .quotes import is_body
from .speakers import person_mentions, role_of

__all__ = ["WINDOW", "find_references"]

#: Sentences a back-reference looks back over (its paragraph only).
WINDOW = 2

#: Pronouns that open a sentence as its subject -> what they stand for: a person of a gender
#: ("m", "f") or a body ("body").
_PRONOUNS = {"he": "m", "she": "f", "it": "body", "its": "body"}
#: Possessives that open a sentence about a person's act: "Her lawyers have lodged an appeal".
_POSSESSIVES = {"his": "m", "her": "f"}
_MAY_OPEN_POSSESSIVE = re.compile(r"[^A-Za-z0-9]*(?:his|her)(?![\w'\u2019-])", re.IGNORECASE)
#: A description by age alone: "the 54-year-old", "the thirty-year-old".
_AGE = re.compile(r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\Z")
_WORD = re.compile(r"[A-Za-z0-9][\w'\u2019-]*")
#: What a sentence that opens with a back-reference starts with: a pronoun or "the" as its first
#: word (:data:`_WORD`). One match turns away every other sentence before its words are read.
_MAY_OPEN = re.compile(r"[^A-Za-z0-9]*(?:he|she|its?|the)(?![\w'\u2019-])", re.IGNORECASE)
#: A name set off after a description: "The chairman, Ian Booth,".
_APPOSED = re.compile(r",\s*[A-Z]")
_DETERMINERS = frozenset({"the", "a", "an"})
#: Words of a description between its determiner and its noun, at most.
_MODIFIERS = 3
_NOT_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)


class _Mention(NamedTuple):
    """Someone or something a sentence names: offsets in the sentence, what it is ("person" or
    "body"), its role and its grammatical gender ("m", "f" or "")."""

    start: int
    end: int
    what: str
    role: str
    gender: str


def find_references(
    text: str, sentences: Sequence[Sentence], *, for_acts: bool = False
) -> tuple[Reference | None, ...]:
    """Return, for each sentence, the back-reference that opens it and what it stands for, or None.

    With ``for_acts``, "his" and "her" open a back-reference, and a surname the article gives
    with a first name or a title anywhere names a person on its own.

    >>> text = "Interior Minister Ana Ruiz visited the site. She said 40 homes were lost."
    >>> from claimdiff.segment import split_sentences
    >>> ref = find_references(text, split_sentences(text))[1]
    >>> ref.text, ref.antecedent, text[ref.antecedent_start : ref.antecedent_end]
    ('She', 'Interior Minister Ana Ruiz', 'Interior Minister Ana Ruiz')
    """
    out: list[Reference | None] = [None]
    surnames = _surnames(sentences) if for_acts else frozenset()
    for k in range(1, len(sentences)):
        out.append(_resolve(text, sentences, k, for_acts, surnames))
    return tuple(out[: len(sentences)])


def _surnames(sentences: Sequence[Sentence]) -> frozenset[str]:
    """Return the last words of the people an article names with a first name or a title."""
    found = (m for sent in sentences for m in person_mentions(sent.text))
    return frozenset(
        name.split()[-1] for _s, _e, name, role, gender in found if len(name.split()) > 1 or role or gender
    )


def _resolve(
    text: str, sentences: Sequence[Sentence], k: int, for_acts: bool = False, surnames: frozenset[str] = frozenset()
) -> Reference | None:
    sent = sentences[k]
    opening = _opening(sent.text, possessive=for_acts)
    if opening is None:
        return None
    start, end, what, role, gender = opening
    for j in range(k - 1, max(-1, k - 1 - WINDOW), -1):
        if "\n" in text[sentences[j].end : sentences[j + 1].start]:
            return None  # a paragraph does not reach into the one before (reordering them changes nothing)
        earlier = sentences[j]
        fitting = [m for m in _mentions(earlier.text, surnames) if _fits(what, role, gender, m)]
        if what == "person" and len(fitting) > 1:
            told = [m for m in fitting if m.gender]  # "she" after "Mr Hale met Ms Kane": the one of her gender
            if len(told) != 1:
                return None  # two people who may both be meant: unresolved
            fitting = told
        for m in fitting[:1]:
            return Reference(
                    text=sent.text[start:end],
                    start=sent.start + start,
                    end=sent.start + end,
                    antecedent=earlier.text[m.start : m.end],
                    antecedent_start=earlier.start + m.start,
                    antecedent_end=earlier.start + m.end,
                )
    return None


def _fits(what: str, role: str, gender: str, m: _Mention) -> bool:
    """Whether a mention can be what a back-reference of ``what``, ``role`` and ``gender`` stands for."""
    if what == "either":  # "the operator": a person of that role, or a body
        return m.what == "body" or m.role == role
    if m.what != what:
        return False
    if gender and m.gender and gender != m.gender:
        return False
    return not role or role == "age" or m.role == role


def _opening(sentence: str, *, possessive: bool = False) -> tuple[int, int, str, str, str] | None:
    """Return the back-reference a sentence opens with: (start, end, what, role, gender), or None;
    with ``possessive``, "his" and "her" open one too."""
    pronouns = {**_PRONOUNS, **_POSSESSIVES} if possessive else _PRONOUNS
    if _MAY_OPEN.match(sentence) is None and not (possessive and _MAY_OPEN_POSSESSIVE.match(sentence)):
        return None
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence, 0, 80)][: _MODIFIERS + 2]
    if not words or any(ch.isalnum() for ch in sentence[: words[0][0]]):
        return None
    first = words[0][2].casefold()
    if first in _POSSESSIVES and first in pronouns and _of_another(words[1:4]):
        return None  # "His walking partner was found alive": someone else
    if first in pronouns and len(words) > 1:
        kind = pronouns[first]
        return (words[0][0], words[0][1], "body", "", "") if kind == "body" else (*words[0][:2], "person", "", kind)
    if first != "the":
        return None
    for n, (_s, e, word) in enumerate(words[1 : _MODIFIERS + 1], start=1):
        if word[:1].isupper():
            return None  # "The Audit Office": a name, not a description
        found = _noun(word)
        if found is not None and (n + 1 >= len(words) or not _noun(words[n + 1][2])):
            what, role, gender = found
            if what == "person" and role != "age":
                role = role_of(sentence[:e])
            if _APPOSED.match(sentence, e):
                return None  # "The chairman, Ian Booth, ...": the name follows
            return words[0][0], e, what, role, gender
    return None


def _of_another(words: Sequence[tuple[int, int, str]]) -> bool:
    """Whether the words after an opening "his" or "her" name another person: a noun of a
    person or of someone close ("his partner", "her walking companion")."""
    return any(w.casefold() in PERSON_NOUNS or w.casefold() in COMPANION_NOUNS for _s, _e, w in words)


def _noun(word: str) -> tuple[str, str, str] | None:
    """Return what a noun of a description stands for: ("person", role, gender), ("body", "", "")
    or ("either", role, "") for a noun of both ("operator", "regulator")."""
    folded = word.casefold()
    if _AGE.match(folded):
        return "person", "age", ""
    if folded in PERSON_NOUNS:
        return "person", "", PERSON_NOUNS[folded]
    if folded in ROLE_NOUNS and folded in BODY_NOUNS:
        return "either", folded, ""
    if folded in ROLE_NOUNS:
        return "person", folded, ""
    if folded in BODY_NOUNS:
        return "body", "", ""
    return None


def _mentions(sentence: str, surnames: frozenset[str] = frozenset()) -> list[_Mention]:
    """Return who and what a sentence names, in order: people by name (a lone word of
    ``surnames`` too), bodies by name, and descriptions ("a 30-year-old man", "the council")
    that no name stands in."""
    people = [_Mention(a, b, "person", role, gender) for a, b, _name, role, gender in person_mentions(sentence)]
    taken = [(m.start, m.end) for m in people]
    if surnames:
        words = _WORD.finditer(sentence)
        lone = [_Mention(m.start(), m.end(), "person", "", "") for m in words if m.group() in surnames]
        people += [m for m in lone if not _within(m, taken)]
        taken = [(m.start, m.end) for m in people]
    found = people + [m for m in _descriptions(sentence) if not _within(m, taken)]
    found += [m for m in _bodies(sentence) if not _within(m, [(m2.start, m2.end) for m2 in found])]
    return sorted(found)


def _within(m: _Mention, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < m.end and m.start < b for a, b in spans)


def _descriptions(sentence: str) -> Iterator[_Mention]:
    """Yield the descriptions of a sentence: a determiner, at most a few words, then a noun of
    a person or a body ("a 30-year-old man", "the statistics agency")."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    for n, (_s, end, word) in enumerate(words):
        found = _noun(word)
        if found is None or (n + 1 < len(words) and words[n + 1][2][:1].isupper() and found[0] == "person"):
            continue  # "minister Lena Brandvold": a title, which the name's mention holds
        for d in range(n - 1, max(-1, n - 1 - _MODIFIERS), -1):
            if words[d][2].casefold() in _DETERMINERS:
                what, role, gender = found
                yield _Mention(words[d][0], end, what, role if role != "age" else "", gender)
                break
            if words[d][2][:1].isupper() and d:
                break


_CAP_RUN = re.compile(r"[A-Z][\w&'\u2019-]*(?:[^\S\n]+(?:of[^\S\n]+)?[A-Z][\w&'\u2019-]*)*")


def _bodies(sentence: str) -> Iterator[_Mention]:
    """Yield the names of bodies of a sentence: a run of capitalised words with a word of a body
    ("Greater Manchester Police"), or of two words or more that opens the sentence as its
    subject ("Norvik Foods reported ...")."""
    for m in _CAP_RUN.finditer(sentence):
        run = m.group()
        words = run.split()
        if words[0].casefold() in _DETERMINERS or run in _NOT_NAMES:
            continue
        opens = not any(ch.isalnum() for ch in sentence[: m.start()])
        if is_body(run) or (opens and len(words) > 1 and sentence[m.end() : m.end() + 2].strip()[:1].islower()):
            yield _Mention(m.start(), m.end(), "body", "", "")
