"""Speakers across an article: who each quoted passage is credited to, resolved in its article.

:func:`~claimdiff.claims.quotes.find_speaker` reads one sentence; a speaker is often only a
pronoun ("she said"), a description ("the Castlegate captain said") or nothing at all (a
quote that goes on after "Pryce said."). :func:`resolve_speakers` reads the whole article:

* the people it names: a name with a title or role ("Captain Lewis Marsh", "launch director
  Sam Ibarra", "Dr Priya Nair, the trust's medical director", "Halyard's chief executive,
  Nadia Kerr"), a named speaker, a name with an age ("Marsh, 29,"); each with its roles and,
  when the text tells it, its grammatical gender;
* a pronoun: the most recent person who is the speaker or subject of a sentence of its
  paragraph (the previous paragraph when its own names none) and agrees with it;
* a description: the one person the article introduced with that role, else the person
  the previous sentence of the paragraph is about, if no other role is known for them;
* no speaker: the speaker named by the previous sentence of the paragraph;
* a name: as its sentence gives it, titles and punctuation trimmed ("Dr Nair" -> "Nair");
  a pronoun or description resolves to the fullest form of the name the article gave.

What stays unresolved is no speaker (never "he").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.people import (
    BODY_WORDS,
    GENDERED_POSSESSIVES,
    GENDERED_TITLES,
    NEW_PERSON_ROLES,
    ROLE_ALIASES,
    ROLE_NOUNS,
    ROLE_RANKS,
    SPEAKER_PRONOUNS,
    TITLES,
)
from .._lexicon.stopwords import STOPWORDS
from ..models import Sentence
from .quotes import find_speaker, is_body, name_key, speaker_name

__all__ = [
    "Person",
    "described_person",
    "find_people",
    "person_mentions",
    "resolve_speakers",
    "role_modifiers",
    "role_of",
]


@attrs.frozen
class Person:
    """A person an article names."""

    name: str
    """The fullest form of the name the article gives, titles trimmed ("Lewis Marsh")."""
    key: str
    """The surname, folded (:func:`~claimdiff.claims.quotes.name_key`)."""
    roles: frozenset[str] = frozenset()
    """The roles the article gives them, canonical ("captain", "chief executive")."""
    modifiers: frozenset[str] = frozenset()
    """The words that set their roles apart ("medical" director, "Castlegate" captain)."""
    gender: str = ""
    """"m" or "f" when a title or a possessive tells it, else ""."""
    short: str = ""
    """The shortest form of the name the article gives ("Marsh"), how it names them again."""


_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*|\d+")


def _fold_word(word: str) -> str:
    return word.strip(".,").casefold().replace("\u2019", "'").removesuffix("'s")


def role_of(words: str) -> str:
    """Return the role a phrase names, canonical; '' when it names none.

    The head is the last role noun, with a rank before it ("deputy governor") and the
    roles of several words ("chief financial officer") folded by :data:`ROLE_ALIASES`.

    >>> role_of("the Castlegate captain"), role_of("Halyard's CEO"), role_of("Deputy Governor")
    ('captain', 'chief executive', 'deputy governor')
    >>> role_of("the trust's medical director"), role_of("the company")
    ('director', '')
    """
    folded: list[str] = [_fold_word(w) for w in _WORD.findall(words)]
    heads = [i for i, w in enumerate(folded) if w in ROLE_NOUNS]
    if not heads:
        return ""
    head = heads[-1]
    for size in (3, 2):
        phrase = " ".join(folded[max(0, head - size + 1) : head + 1])
        if phrase in ROLE_ALIASES and len(phrase.split()) == size:
            return ROLE_ALIASES[phrase]
    role = ROLE_ALIASES.get(folded[head], folded[head])
    if head and folded[head - 1] in ROLE_RANKS:
        return f"{folded[head - 1]} {role}"
    return role


# --- the people an article names ---------------------------------------------------------

_UPPER_WORD = re.compile(r"[^\W\d_a-z][\w\u2019'.-]*")
#: Upper-case letters: ASCII and the Latin letters of names ("Élodie", "Łukasz").
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
#: A capitalised word without a possessive ("O'Brien", "Fisk-Lane", "Jr.").
_CAP = rf"[{_UPPER}](?:[\w.-]|[\u2019'](?!s\b)(?=\w))*"
#: A run of capitalised words: a name, possibly behind its titles ("Chief Executive Nadia
#: Kerr"), joiners inside ("Ursula von der Leyen"); a possessive ends it ("Russia's").
_RUN = re.compile(
    rf"(?<![\w\u2019'-]){_CAP}(?:[^\S\n]+(?:(?:de|da|del|der|van|von|bin|al|la|le)[^\S\n]+)*{_CAP})*(?:[\u2019']s\b)?"
)


def _runs(text: str) -> list[tuple[int, int]]:
    """Return the spans of the runs of capitalised words of a text."""
    return [m.span() for m in _RUN.finditer(text)]


#: After a name: an apposition up to the next comma or stop ("Dr Priya Nair, the trust's medical
#: director, said"), or an age ("Marsh, 29,").
_AFTER = re.compile(
    r",[^\S\n]+(?:(?P<age>\d{1,3}),|(?P<app>(?:the|a|an|[^\W\d_][\w\u2019'.-]*[\u2019']s)\b[^,.;:!?\n\"\u201c\u201d]{1,60}))"
)
#: Where an apposition's role ends: "an economist at Nordbank", "a consultant in health protection".
_PREPOSITION = re.compile(r"\s(?:at|of|for|in|with|from|on|to)\s")
#: Where the clause before a name starts ("... : The trust's chief executive, Martin Cole").
_CLAUSE_START = re.compile(r"[.:;,!?\"\u201c\u201d(\n][^.:;,!?\"\u201c\u201d(\n]*\Z")
_DESCRIPTION_START = re.compile(r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[^\W\d_][\w.-]*[\u2019']s)\s")
_DESCRIPTION_INSIDE = re.compile(r"\s((?:the|an?|his|her|their|its|our|[^\W\d_][\w.-]*[\u2019']s)\s)")


#: Capitalised words that are no name: function words ("But"), months and weekdays.
_NOT_NAMES = STOPWORDS | frozenset(MONTHS) | frozenset(WEEKDAYS)


@attrs.frozen
class _Mention:
    """A capitalised run of one sentence that names a person."""

    start: int
    end: int
    name: str
    key: str
    role: str
    phrase: str
    gender: str


def _first_word(text: str) -> int:
    """Return the offset of the first letter or digit of a sentence."""
    return next((i for i, ch in enumerate(text) if ch.isalnum()), len(text))


class _Keys(dict[str, str]):
    """:func:`~claimdiff.claims.quotes.name_key`, memoised for one article."""

    def __missing__(self, name: str) -> str:
        key = self[name] = name_key(name)
        return key


def _mentions(sent: Sentence, speakers: frozenset[str]) -> list[_Mention]:
    """Return the runs of a sentence that name a person by their form: a title or role, an
    apposition, an age, or a name the article uses for a speaker."""
    return [m for m in _candidates(sent.text) if m.role or m.gender or m.key in speakers]


@functools.lru_cache(maxsize=1 << 12)
def _candidates(text: str) -> tuple[_Mention, ...]:
    """Return the runs of a sentence that may name a person, with the role and gender their
    words give; read once per sentence text, as wire copy repeats sentences."""
    out = []
    first = _first_word(text)
    for run_start, run_end in _runs(text):
        run = text[run_start:run_end]
        if run.isupper():
            continue  # a transcript's "TANAKA:" label, a heading
        words = run.split()
        while len(words) > 1 and run_start == first and words[0].casefold() in _NOT_NAMES:
            dropped = words.pop(0)  # "But Smith", "On Thursday"
            run_start = text.index(words[0], run_start + len(dropped))
        if all(w.strip(".,").casefold() in _NOT_NAMES for w in words):
            continue
        titled = [i for i, w in enumerate(words[:-1]) if w.strip(".").casefold() in TITLES]
        name = " ".join(words[titled[-1] + 1 :] if titled else words).strip(".,\u2019'")
        if name.endswith(("\u2019s", "'s")):
            name = name[:-2]
        key = name_key(name)
        if not key or name.casefold() in SPEAKER_PRONOUNS or is_body(name):
            continue
        role, phrase, gender = _role_around(text, run_start, run_end, words[: titled[-1] + 1] if titled else [])
        out.append(_Mention(run_start, run_end, name, key, role, phrase, gender))
    return tuple(out)


def person_mentions(text: str) -> tuple[tuple[int, int, str, str, str], ...]:
    """Return the runs of a sentence that name a person, as (start, end, name, role, gender):
    a name with a title or role ("Interior Minister Ana Ruiz"), or of two words or more that
    names no body ("Mark Doyle"). Offsets are in ``text``.

    >>> person_mentions("Mayor Ruth Kane met Omar Diallo.")
    ((0, 15, 'Ruth Kane', 'mayor', ''), (20, 31, 'Omar Diallo', '', ''))
    """
    out = []
    for m in _candidates(text):
        before = text[max(0, m.start - 8) : m.start].split()  # "Mr" that opens a sentence is left out of its run
        gender = m.gender or (GENDERED_TITLES.get(before[-1].strip(".").casefold(), "") if before else "")
        if m.role or gender or len(m.name.split()) > 1:
            out.append((m.start, m.start + len(text[m.start : m.end].rstrip(".,")), m.name, m.role, gender))
    return tuple(out)


def _role_around(text: str, start: int, end: int, titles: Sequence[str]) -> tuple[str, str, str]:
    """Return the role, its phrase and the gender the words around a name give it: its
    titles ("Chief Executive"), role words before it ("launch director Sam Ibarra"), a
    description before it and a comma ("Halyard's chief executive, Nadia Kerr") or after it
    ("Dr Priya Nair, the trust's medical director"); an age makes it a person."""
    gender = next((GENDERED_TITLES[t] for t in (w.strip(".").casefold() for w in titles) if t in GENDERED_TITLES), "")
    phrase = " ".join(titles)
    role = role_of(phrase) if titles else ""
    lead = text[max(0, start - 80) : start]
    if not role and lead.endswith(", "):
        clause = _CLAUSE_START.search("\n" + lead[:-2])
        phrase = _description(clause.group()[1:].strip() if clause else "", closed=text.startswith((",", "."), end))
        role = _final_role(phrase)
    elif not role:
        phrase = " ".join(_role_words(lead.split()))
        role = _final_role(phrase)
    after = _AFTER.match(text, end)
    if after is not None and after.group("age"):
        return role or "person", phrase if role else "", gender
    if after is not None and not role:
        phrase = _PREPOSITION.split(after.group("app"), maxsplit=1)[0]
        role = _final_role(phrase)
    return role, phrase if role else "", gender


def _description(clause: str, *, closed: bool) -> str:
    """Return the description a clause before a name holds: the whole clause when it is one
    ("The trust's chief executive, Martin Cole"), or, when a comma closes the apposition
    after the name, its last description ("met Halden's chief executive, Leo Marr, on ...")."""
    if _DESCRIPTION_START.match(clause):
        return clause
    if not closed:
        return ""  # "After meeting the president, Smith said": no apposition
    starts = [m.start(1) for m in _DESCRIPTION_INSIDE.finditer(clause)]
    return clause[starts[-1] :] if starts else ""


def _role_words(words: list[str]) -> list[str]:
    """Return the role words that end ``words``: lower-case words ("launch director") and up to
    two capitalised or possessive words before them ("DPRK's top leader", "Ashbury manager")."""
    out: list[str] = []
    while words and words[-1][:1].islower() and len(out) < 4:
        out.insert(0, words.pop())
    for _ in range(2):
        if out and words and words[-1][:1].isupper() and not words[-1].endswith((".", ",", ":", ";")):
            out.insert(0, words.pop())
    return out


def _final_role(phrase: str) -> str:
    """Return the role a phrase ends in ("the Spanish filmmaker"), '' when its last word is none."""
    words = phrase.split()
    if not words or _fold_word(words[-1]) not in ROLE_NOUNS:
        return ""
    return role_of(phrase)


def role_modifiers(phrase: str) -> frozenset[str]:
    """Return the words of a role phrase that tell one holder of the role from another:
    "the trust's medical director" -> {'trust', 'medical'}; the role, its rank and
    function words are left out.

    >>> sorted(role_modifiers("DPRK's top leader")), sorted(role_modifiers("the Russian leader"))
    (['dprk', 'top'], ['russian'])
    """
    folded = (_fold_word(w) for w in _WORD.findall(phrase))
    return frozenset(
        w
        for w in folded
        if w and w not in STOPWORDS and w not in ROLE_NOUNS and w not in ROLE_RANKS and w not in ROLE_ALIASES
    )


def find_people(
    sentences: Sequence[Sentence], speakers: Sequence[str] = (), *, keys: _Keys | None = None
) -> dict[str, Person]:
    """Return the people an article names, by surname key: fullest name, roles, gender.

    A run of capitalised words is a person when a title or role stands with it, an
    apposition or an age follows it, or it is one of ``speakers`` (names the article gives
    for a speaker); a body ("Greater Manchester Police") is no person.

    >>> s = [Sentence("Captain Lewis Marsh headed a second.", 0, 36), Sentence("Marsh was sad.", 37, 51)]
    >>> marsh = find_people(s)["marsh"]
    >>> marsh.name, marsh.roles, marsh.short
    ('Lewis Marsh', frozenset({'captain'}), 'Lewis Marsh')
    """
    memo = _Keys() if keys is None else keys
    named = frozenset(memo[s] for s in speakers if s)
    people: dict[str, Person] = {}
    for sent in sentences:
        for m in _mentions(sent, named):
            roles = frozenset({m.role} - {"", "person"})
            mods = role_modifiers(m.phrase)
            known = people.get(m.key)
            if known is None:
                people[m.key] = Person(m.name, m.key, roles, mods, m.gender, m.name)
                continue
            name = m.name if len(m.name.split()) > len(known.name.split()) else known.name
            short = m.name if len(m.name.split()) < len(known.short.split()) else known.short
            gender = known.gender or m.gender
            people[m.key] = Person(name, m.key, known.roles | roles, known.modifiers | mods, gender, short)
    return people


# --- resolution ---------------------------------------------------------------------------


@attrs.frozen
class _Sentence:
    """What resolution reads of one sentence."""

    index: int
    paragraph: int
    speaker: tuple[str, int, int] | None
    """What :func:`find_speaker` found, as written, with offsets in the sentence."""
    persons: tuple[tuple[int, str], ...]
    """(offset in the sentence, surname key) of each mention of a known person, in order."""
    objects: frozenset[int]
    """Offsets of the mentions in :attr:`persons` that a preposition governs ("In her letter
    to Jonas Pell, she wrote"): the object of a phrase, not who a pronoun after it stands for."""
    opens_quote: bool
    """Whether the sentence starts with its quote ('"We are ready," ...') and ends with a stop
    (a heading in quotation marks does not)."""


def resolve_speakers(
    text: str, sentences: Sequence[Sentence], quotes: Mapping[int, Sequence[tuple[int, int]]]
) -> dict[int, str | None]:
    """Return the speaker of each sentence that holds a quote, resolved in its article.

    Args:
        text: the article's text.
        sentences: its sentences.
        quotes: sentence index -> spans of its quotes, offsets in the sentence.

    Returns:
        sentence index -> the speaker's name (titles trimmed), an unresolved description
        as written, or None.

    >>> text = 'Manager Ruth Ellison was gracious. "We lost," she said.'
    >>> resolve_speakers(text, [Sentence(text[:34], 0, 34), Sentence(text[35:], 35, 55)], {1: [(1, 9)]})
    {1: 'Ruth Ellison'}
    """
    found = [find_speaker(s.text, quotes.get(k, ())) for k, s in enumerate(sentences)]
    keys = _Keys()
    people = find_people(sentences, [speaker_name(f[0]) for f in found if f is not None], keys=keys)
    info = _read_sentences(text, sentences, found, people, quotes, keys)
    people = _with_genders(people, info, sentences, quotes)
    resolved: dict[int, str | None] = {}
    for k, read in enumerate(info):
        if k in quotes or read.speaker is not None:
            resolved[k] = _resolve(info, k, people, resolved)
    return {k: _as_named(resolved[k], people) for k in sorted(quotes)}


def _as_named(speaker: str | None, people: Mapping[str, Person]) -> str | None:
    """Return a resolved speaker as the article names them again: the shortest form of a
    person's name ("Putin" for "Russian President Vladimir Putin" and "he"), so one person
    reads one way through the article; a description or a body as it is."""
    if not speaker or not speaker_name(speaker):
        return speaker
    person = people.get(name_key(speaker))
    return person.short if person is not None else speaker


def _read_sentences(
    text: str,
    sentences: Sequence[Sentence],
    found: Sequence[tuple[str, int, int] | None],
    people: Mapping[str, Person],
    quotes: Mapping[int, Sequence[tuple[int, int]]],
    keys: _Keys,
) -> list[_Sentence]:
    out = []
    paragraph = 0
    for k, sent in enumerate(sentences):
        if k and "\n" in text[sentences[k - 1].end : sent.start]:
            paragraph += 1
        spans = quotes.get(k, ())
        persons = tuple(
            (m.start(), key)
            for m in _UPPER_WORD.finditer(sent.text)
            if (key := keys[m.group()]) in people
            and not m.group().isupper()
            and not any(a <= m.start() < b for a, b in spans)
        )
        opens = bool(spans) and not any(ch.isalnum() for ch in sent.text[: spans[0][0]])
        opens = opens and sent.text.rstrip(_CLOSERS).endswith((".", "!", "?"))
        objects = frozenset(start for start, _key in persons if _governed(sent.text, start))
        out.append(_Sentence(k, paragraph, found[k], persons, objects, opens))
    return out


#: Prepositions whose object a name may be ("a letter to Jonas Pell", "a call with Ruth Kane").
_GOVERNING = frozenset("to with from for by about against of at on in into toward towards after than like".split())


def _governed(text: str, start: int) -> bool:
    """Return whether the name whose word starts at ``start`` follows a preposition, its other
    words aside ("to Jonas Pell": both "Jonas" and "Pell").

    >>> text = "In her letter to Jonas Pell, she wrote to council leader Ann Roe"
    >>> _governed(text, text.index("Pell")), _governed(text, text.index("In")), _governed(text, text.index("Ann"))
    (True, False, True)
    """
    words = text[:start].split()
    for _ in range(_NAME_REACH):  # the name's other words, its role and determiner: "to council leader Otto"
        if not words or words[-1].endswith((",", ";", ":")):
            break
        low = _fold_word(words[-1])
        if not (words[-1][:1].isupper() or low in ROLE_NOUNS or low in BODY_WORDS or low in _DETERMINERS):
            break
        words.pop()
    return bool(words) and words[-1].casefold() in _GOVERNING


#: Most words read back from a name to the preposition that governs it.
_NAME_REACH = 6
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})


_CLOSERS = " \"'\u201d\u2019\u00bb)"
_GENDER_WORDS = {**GENDERED_POSSESSIVES, **{w: g for w, g in SPEAKER_PRONOUNS.items() if g}}


def _with_genders(
    people: dict[str, Person],
    info: Sequence[_Sentence],
    sentences: Sequence[Sentence],
    quotes: Mapping[int, Sequence[tuple[int, int]]],
) -> dict[str, Person]:
    """Give a person the gender of the pronouns ("his", "she") that follow them in the
    sentences that name them and no one else, outside quotes, when those pronouns all agree
    ("Marsh hid his disappointment"; not "Her neighbour, Tom Fry": "her" is someone else's)."""
    seen: dict[str, set[str]] = {}
    for sent, read in zip(sentences, info, strict=True):
        keys = {key for _start, key in read.persons}
        if len(keys) != 1:
            continue
        plain = sent.text
        for a, b in quotes.get(read.index, ()):
            plain = plain[:a] + " " * (b - a) + plain[b:]
        after = plain[read.persons[0][0] :].casefold()
        words = {_GENDER_WORDS[w] for w in re.findall(r"[a-z]+", after) if w in _GENDER_WORDS}
        seen.setdefault(keys.pop(), set()).update(words)
    out = dict(people)
    for key, genders in seen.items():
        person = out[key]
        if len(genders) == 1 and not person.gender:
            out[key] = attrs.evolve(person, gender=genders.pop())
    return out


def _resolve(
    info: Sequence[_Sentence], k: int, people: Mapping[str, Person], done: Mapping[int, str | None]
) -> str | None:
    """Return the speaker of sentence ``k``: a name (as the sentence gives it), a pronoun's
    or a description's antecedent, the description itself when it has none, or None."""
    here = info[k]
    if here.speaker is None:
        return _continued(info, k, people, done)
    words, start, _end = here.speaker
    name = speaker_name(words)
    if name:
        known = people.get(name_key(name))
        return known.name if known is not None and len(name.split()) == 1 else name
    pronoun = words.casefold()
    if pronoun in SPEAKER_PRONOUNS:
        if pronoun not in ("he", "she"):
            return None
        return _antecedent(info, k, start, people, done, gender=SPEAKER_PRONOUNS[pronoun])
    return _described(info, k, words, start, people, done)


def _described(
    info: Sequence[_Sentence],
    k: int,
    words: str,
    start: int,
    people: Mapping[str, Person],
    done: Mapping[int, str | None],
) -> str:
    """Return who a description stands for: the one person the article gave its role; for
    "the <role>" also the person the paragraph is about, when no other role of theirs is known.
    "A spokeswoman" is someone new and "his coach" someone else than "him": neither is
    resolved but by the role."""
    role = role_of(words)
    article = words.split()[0].casefold()
    if not role and _AGE_ONLY.fullmatch(words.strip(".,;: ")):
        near = _antecedent(info, k, start, people, done)  # "the 32-year-old": someone just named
        known = people.get(name_key(near)) if near and speaker_name(near) else None
        return known.name if known is not None else words.strip(".,;: ")
    if not role or article in ("a", "an"):
        return words.strip(".,;: ")
    person = _by_role(words, role, people)
    if person is not None:
        return person.name
    near = _antecedent(info, k, start, people, done) if article == "the" else None
    known = people.get(name_key(near)) if near and speaker_name(near) else None
    if known is not None and (not known.roles or role in known.roles) and _fits(words, known):
        return known.name
    return words.strip(".,;: ")


#: A description by age alone: "the 32-year-old", "the thirty-two-year-old".
_AGE_ONLY = re.compile(r"[Tt]he\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old")


def _continued(
    info: Sequence[_Sentence], k: int, people: Mapping[str, Person], done: Mapping[int, str | None]
) -> str | None:
    """A quote with no speaker in its sentence goes on from the previous sentence: in its
    paragraph, that sentence's speaker; across a paragraph break, only a paragraph that
    opens with a quote goes on from the previous sentence's named speaker ('"...," Putin
    said.' then a paragraph of quote alone)."""
    if k == 0:
        return None
    previous = done.get(k - 1)
    if info[k - 1].paragraph != info[k].paragraph:
        return previous if info[k].opens_quote and previous and name_key(previous) in people else None
    return previous


def _by_role(description: str, role: str, people: Mapping[str, Person]) -> Person | None:
    """Return the one person the article gives the role of a description, or None when none
    or several have it. A holder whose role words differ from the description's ("DPRK's
    top leader" for "the Russian leader") is not the one."""
    holders = [p for p in people.values() if role in p.roles and _fits(description, p)]
    return holders[0] if len(holders) == 1 else None


def _fits(description: str, person: Person) -> bool:
    """Return whether a description can be a person: no role of theirs other than its own,
    and no words that set another holder apart ("the Russian leader" is no "DPRK leader")."""
    mods = role_modifiers(description)
    return not (mods and person.modifiers and not mods & person.modifiers)


def _antecedent(
    info: Sequence[_Sentence],
    k: int,
    before: int,
    people: Mapping[str, Person],
    done: Mapping[int, str | None],
    *,
    gender: str = "",
    paragraphs: int = 2,
) -> str | None:
    """Return who a pronoun or description at offset ``before`` of sentence ``k`` stands for:
    walking back, the last person named earlier in sentence ``k``, then in each earlier
    sentence its speaker, else the first person it names. A person whose gender is known
    must agree with ``gender``; of two or more whose gender is not known, a pronoun may stand
    for either, and stands for no one. A speaker that is itself unresolved ("the Russian
    president said", an unknown "he") stops the walk: the pronoun is theirs, returned as
    written, or None. ``paragraphs`` bounds the walk (its own paragraph and the previous
    one by default)."""
    for j in range(k, -1, -1):
        if info[k].paragraph - info[j].paragraph >= paragraphs:
            return None
        unknown: list[str] = []  # people of this sentence whose gender is not known
        for key in _about(info[j], people, done, before if j == k else None):
            if key not in people:
                if unknown:
                    break
                return key or None  # an unresolved speaker: the pronoun is theirs
            person = people[key]
            if not gender or person.gender == gender:
                return person.name
            if not person.gender:
                unknown.append(person.name)
        if unknown:
            # "Ruth Kane met Omar Diallo. 'We are ready,' he said": either, when neither's gender is known
            return unknown[0] if len(unknown) == 1 else None
    return None


def _about(
    sent: _Sentence, people: Mapping[str, Person], done: Mapping[int, str | None], before: int | None
) -> list[str]:
    """Return who a sentence is about, most likely first: surname keys of known people; an
    unresolved speaker who is a person comes as their description ('' for an unknown
    pronoun)."""
    if before is not None:
        return [key for start, key in reversed(sent.persons) if start < before and start not in sent.objects]
    out = []
    speaker = done.get(sent.index)
    key = name_key(speaker) if speaker else ""
    if key in people:
        out.append(key)
    elif sent.speaker is not None and _is_person_like(sent.speaker[0], speaker):
        return [speaker or ""]
    out.extend(key for _start, key in sent.persons if key not in out)
    return out


def _is_person_like(words: str, resolved: str | None) -> bool:
    """Return whether an unresolved speaker stands for a person: a pronoun "he" or "she",
    or a description with a role ("the Russian president"), not a body ("the company")."""
    folded = words.casefold()
    if folded in ("he", "she"):
        return resolved is None
    return resolved is not None and not speaker_name(resolved) and bool(role_of(words))


# --- descriptions by age ------------------------------------------------------------------


def described_person(sentences: Sequence[Sentence], k: int, start: int, end: int, *, text: str = "") -> str:
    """Return the surname key of whom a description by age stands for, or "".

    ``sentences[k].text[start:end]`` is a figure such as "44-year-old" after "the". The
    description names again the person the text is about when it opens its clause and is no
    role that brings in someone new ("the 19-year-old passenger"): the name it stands in
    apposition to ("Marsh, the 32-year-old striker,"), else the name that opens the sentence
    before in its paragraph ("Irena Valsecchi will be president. With nearly all ballots
    counted, the 44-year-old opposition leader had 51.3 per cent"). ``text`` is the article's
    text, which tells where paragraphs break; a paragraph does not reach into the one
    before, so the order of paragraphs changes no one's age.

    >>> s = [Sentence("Irena Valsecchi will be president.", 0, 34), Sentence("The 44-year-old leader won.", 35, 62)]
    >>> described_person(s, 1, 4, 15), described_person(s[1:], 0, 4, 15)
    ('valsecchi', '')
    """
    said = sentences[k].text
    lead = said[:start]
    if not lead.endswith(("the ", "The ")) or not _names_again(said, end):
        return ""
    before = lead[:-4].rstrip()
    apposed = _NAME_BEFORE_COMMA.search(before, max(0, len(before) - _NAME_REACH))
    if apposed is not None:
        return _person_key(apposed.group(1))
    if before and not before.endswith((",", ";", ":", "\u2014", "-")):
        return ""  # an object ("fouled the 23-year-old winger"), not the clause's subject
    if k == 0 or "\n" in text[sentences[k - 1].end : sentences[k].start]:
        return ""  # the first sentence of its paragraph
    return _opening_name(sentences[k - 1].text)


def _names_again(text: str, end: int) -> bool:
    """Whether the words after an age describe someone named before: nothing but a verb or a
    mark ("the 32-year-old said", "the 32-year-old, who"), or a role the story gives its
    people ("the 44-year-old opposition leader"), not one that brings in someone new."""
    words = _WORD.findall(text[end : end + 60])[:4]
    if not words or not text[end:].lstrip()[:1].isalpha() or words[0].casefold() in _VERB_AFTER:
        return True
    phrase = []
    for word in words:
        phrase.append(word)
        if _fold_word(word) in ROLE_NOUNS:
            return role_of(" ".join(phrase)).split()[-1] not in NEW_PERSON_ROLES
    return False


#: Words right after a bare description by age: its verb ("the 32-year-old said").
_VERB_AFTER = frozenset(
    "said says told added was is has had will would could remains remained insisted admitted denied".split()
)
#: A name right before a comma, ending the text ("Marsh," of "Marsh, the 32-year-old striker").
_NAME_BEFORE_COMMA = re.compile(rf"({_CAP}(?:[^\S\n]+{_CAP})*),\Z")
#: How far back a name before its apposition is looked for: the search tries every start, so
#: a sentence of capitalised words thousands long stays linear.
_NAME_REACH = 120


def _opening_name(text: str) -> str:
    """Return the surname key of the name a sentence opens with as its subject, or ""."""
    run = _RUN.match(text, _first_word(text))  # the first run, if it opens the sentence
    if run is None:
        return ""
    words = run.group().split()
    while words and words[0].casefold() in _NOT_NAMES:
        words.pop(0)
    after = text[run.end() : run.end() + 2]
    if not words or not (after.startswith(",") or after[1:2].islower()):
        return ""
    return _person_key(" ".join(words))


def _person_key(name: str) -> str:
    name = name.strip(".,\u2019'")
    return "" if is_body(name) or name.casefold() in SPEAKER_PRONOUNS else name_key(name)
