"""Who a sentence credits with what it tells, and whether two sources are one.

A sentence of news often credits what it tells: "The mayor said the water was safe",
"According to the coastguard, the boat capsized", "The boat capsized, the harbour master said",
"A study by Oxford University found ...", "The mayor told reporters ...".
:func:`credit` splits such a sentence into the source and the rest (what is credited);
:func:`same_source` tells whether two sources are one named two ways (a spokesperson of a
body and the body, a title and the name, a surname and the full name, an agency and its
abbreviation), two different ones, or cannot be told apart (a bare name and a description).
The lexicons are in :mod:`claimdiff._lexicon.attribution`.
"""

from __future__ import annotations

import re

import attrs

from .._lexicon.abbreviations import PLACE_PREPOSITIONS
from .._lexicon.attribution import (
    BYSTANDERS,
    CREDIT_VERBS,
    GENERIC_QUALIFIERS,
    GENERIC_SOURCE_NOUNS,
    LAY_SOURCES,
    OPENING_WORDS,
    PRONOUNS,
    PUBLIC_OWNERS,
    RELATIVE_WORDS,
    REPORT_NOUNS,
    SOURCE_FILLERS,
    SOURCE_MARKERS,
    SOURCE_NOUNS,
    SOURCE_TIME_WORDS,
    SPOKES_NOUNS,
)
from .._lexicon.dates import WEEKDAYS
from .._lexicon.numbers import PERCENT_WORDS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from .._lexicon.people import BODY_WORDS, HONORIFICS, ROLE_NOUNS, TITLES
from .._lexicon.places import COUNTRIES
from .._lexicon.speech import ADDRESSEE_VERBS, LISTENERS, SPEECH_VERBS
from .._lexicon.synonyms import NAME_ALIASES
from .entities import entity_key
from .quotes import same_speaker

__all__ = ["Credit", "abbreviates", "credit", "same_source"]

#: Most words a source may have ("The inquiry, led by judge Helen Ward,").
_MAX_SOURCE = 12
#: Least words of what is credited ("The memo" was written by ...).
_MIN_CONTENT = 2
#: Most words after a verb that closes a sentence ("..., the club said in a statement on Monday").
_MAX_TAIL = 6
#: Most words of a listener after a closing "told" ("..., a coastguard official told the BBC").
_MAX_LISTENER = 3
#: Words that may follow a closing verb of saying: a listener or the way it was said.
_TAIL_STARTS = frozenset("in on at to during after before when while as via through reporters journalists".split())

_QUOTES = str.maketrans(
    {"\u201c": " ", "\u201d": " ", '"': " ", "\u2018": "'", "\u2019": "'", "\u00ab": " ", "\u00bb": " "}
)
_WORD = re.compile(r"\S+")
_EDGE = ".,;:!?'()[]"


@attrs.frozen
class Credit:
    """A sentence split into who is credited (``source``) and what with (``content``)."""

    source: str
    content: str


def _plain(word: str) -> str:
    word = word.strip(_EDGE).casefold()
    return word[:-2] if word.endswith("'s") else word


def credit(sentence: str) -> Credit | None:
    """Split a sentence into its source and what it credits to it; None when it credits no one.

    >>> credit("According to the coastguard, the boat capsized at dawn.")
    Credit(source='the coastguard', content='the boat capsized at dawn')
    >>> credit('"We had no warning," said farmer John Reid.')
    Credit(source='farmer John Reid', content='We had no warning,')
    >>> credit("A study by Oxford University found that the drug cut deaths by a third.")
    Credit(source='A study by Oxford University', content='the drug cut deaths by a third')
    >>> credit("The bridge was closed on Monday.") is None
    True
    """
    words = _WORD.findall(sentence.translate(_QUOTES).strip().rstrip(".!?"))
    if len(words) < _MIN_CONTENT + 1:
        return None
    for reader in _READERS:
        found = reader(words)
        if found is not None:
            source, content = found
            if 0 < len(source) <= _MAX_SOURCE and len(content) >= _MIN_CONTENT:
                return Credit(" ".join(source).strip(","), " ".join(content))
    return None


_Split = tuple[list[str], list[str]] | None


def _according(words: list[str]) -> _Split:
    """ "According to X, S" and "S, according to X"."""
    low = [_plain(w) for w in words]
    for i in range(len(words) - 1):
        if low[i] == "according" and low[i + 1] == "to":
            if i == 0:
                end = next((k for k in range(2, len(words)) if words[k].endswith(",")), -1)
                return (words[2 : end + 1], words[end + 1 :]) if end > 0 else None
            if words[i - 1].endswith(","):
                return words[i + 2 :], words[:i]
    return None


def _closing(words: list[str]) -> _Split:
    """ "S, X said [in a statement]" and "S, said X": the source after the last clause."""
    low = [_plain(w) for w in words]
    for c in range(len(words) - 1):
        if not words[c].endswith(","):
            continue
        tail = c + 1
        if low[tail] in SPEECH_VERBS:
            return (words[tail + 1 :], words[: c + 1]) if len(words) - tail <= _MAX_TAIL + 3 else None
        verb = next((k for k in range(tail, min(len(words), tail + _MAX_SOURCE)) if low[k] in CREDIT_VERBS), -1)
        after = len(words) - verb - 1
        listener = low[verb] in ADDRESSEE_VERBS and after <= _MAX_LISTENER  # "..., she told Reuters"
        if any(w.endswith(",") for w in words[tail:verb]):
            continue  # the source is one phrase after the last clause, not "the total could exceed $60m, lawyers"
        if verb > tail and (after == 0 or listener or (after <= _MAX_TAIL and low[verb + 1] in _TAIL_STARTS)):
            return words[tail:verb], words[: c + 1]
    return None


def _opening(words: list[str]) -> _Split:
    """ "X said (that) S", "X told reporters S", "A study by X found S": the first verb that credits."""
    low = [_plain(w) for w in words]
    verb = next((k for k in range(1, min(len(words), _MAX_SOURCE + 1)) if low[k] in CREDIT_VERBS), -1)
    if verb < 0:
        return None
    source, content = words[:verb], words[verb + 1 :]
    if low[verb] in ADDRESSEE_VERBS:
        content = content[_listener_end(content) :]
    if content and _plain(content[0]) == "that":
        content = content[1:]
    if low[0] in OPENING_WORDS:  # "In a letter to parents, the head said ..."
        cut = next((k for k in range(verb) if words[k].endswith(",")), -1)
        if cut >= 0:
            source, content = words[cut + 1 : verb], words[: cut + 1] + content
    return source, content


def _listener_end(words: list[str]) -> int:
    """Return how many words name the listener after a verb of telling: "reporters", "the BBC",
    "WHCR", up to :data:`_MAX_LISTENER` of them; 0 when none does. What the verb tells follows.

    >>> _listener_end("reporters the road would reopen".split()), _listener_end("the BBC that it was".split())
    (1, 2)
    >>> _listener_end("the road would reopen".split())
    0
    """
    end = 0
    while end < min(len(words), _MAX_LISTENER):
        word = words[end]
        plain = _plain(word)
        if plain in LISTENERS and plain not in _ARTICLES:
            return end + 1
        if not ((plain in _ARTICLES and end == 0) or word[:1].isupper()):
            break
        end += 1
        if word.endswith((",", ":")):
            break
    named = end > 0 and words[end - 1][:1].isupper()
    return end if named and (end == len(words) or not words[end][:1].isupper()) else 0


#: The readers, in order: the first that finds a source decides. The passive ("The memo was
#: written by ...") is left to the role rule (``by:authorship``): read here it flagged one
#: held-out agreement.
_READERS = (_according, _closing, _opening)


# --- one source or two ----------------------------------------------------------------------


@attrs.frozen
class _Source:
    """The words that name a source (:func:`_source_words`) and what its whole phrase tells."""

    words: list[str]
    the: bool
    """Whether "the" leads the name (a body's name takes one: "the Red Cross", a person's does not)."""
    spoken: bool
    """Whether a spokesperson speaks for it ("a Nato spokesman"): it is a body or an office."""
    generic: bool
    """Whether the phrase names only a speaker any office or body may have ("a senior official")."""
    qualified: bool
    """Whether its names qualify a role rather than name a person: an article or a possessive
    leads them ("the Nato secretary general", "a Red Cross worker", "Unicef's executive director")."""
    owners: frozenset[str]
    """The common nouns it is someone's of: "the building's owner" -> building (not "the EU's
    executive": a name may be a body's, which a role speaks for)."""


def _source_words(source: str) -> _Source:
    """The words that name a source: its own name after a marker ("a study by X"), without the
    report, the spokesperson, small words and a clause about it ("Oxford University's study" ->
    Oxford University; "Dr Priya Shah, who led the study" -> Priya Shah)."""
    words = [w.strip(_EDGE) for w in source.translate(_QUOTES).split()]
    low = [_plain(w) for w in words]
    clause = next((k for k in range(1, len(words)) if low[k] in _CLAUSE_WORDS and words[k].islower()), len(words))
    words, low = words[:clause], low[:clause]
    spoken = any(p.startswith("spokes") for p in low)
    generic = bool(low) and all(p in _GENERIC_WORDS for p in low)
    cut = max((k for k in range(len(words) - 1) if low[k] in SOURCE_MARKERS), default=-1)
    if cut >= 0 and (low[cut] != "as" or low[cut - 1] == "known"):
        words, low = words[cut + 1 :], low[cut + 1 :]
    # a report noun in a capitalised name is part of it ("the Office for National Statistics")
    kept = [
        w[:-2] if w.endswith("'s") else w
        for k, (w, p) in enumerate(zip(words, low, strict=True))
        if p
        and not _is_figure(p)
        and p not in SOURCE_FILLERS
        and p not in HONORIFICS
        and not (p in _TIME_WORDS and (w.islower() or p in WEEKDAYS))
        and not any(ch.isdigit() for ch in p)  # an age: "Nair, 54", "the 54-year-old minister"
        and not ((p in REPORT_NOUNS or p in SPOKES_NOUNS) and (k == 0 or not w[:1].isupper()))
    ]
    the = bool(low) and low[0] == "the"
    owner = any(w[:1].isupper() and w.endswith(_OWNED) for w in words)
    qualified = (bool(low) and low[0] in _ARTICLES) or owner  # "a Red Cross worker": no one's name
    owners = frozenset(p for w, p in zip(words, low, strict=True) if w.endswith(_OWNED) and w.islower())
    return _Source(kept, the, spoken, generic and any(p in GENERIC_SOURCE_NOUNS for p in low), qualified, owners)


#: Words that open a clause about a source, or the place where it is ("Dr Priya Shah, who led
#: the study"; "a Red Cross worker in Kherson"): neither is part of who it is. "at" may name
#: its body ("researchers at Leeds University") and is a marker.
_CLAUSE_WORDS = RELATIVE_WORDS | (PLACE_PREPOSITIONS - SOURCE_MARKERS)
_ARTICLES = frozenset({"the", "a", "an"})
#: The endings of a possessive ("the building's", "the pilots'"), once edges are stripped.
_OWNED = ("'s", "\u2019s", "s'")
_TIME_WORDS = SOURCE_TIME_WORDS | frozenset(WEEKDAYS)
#: The words of a speaker any body may have ("two senior officials").
_GENERIC_WORDS = GENERIC_SOURCE_NOUNS | GENERIC_QUALIFIERS | SOURCE_FILLERS


#: Number words, which count or date what a source said, never name it.
_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TEEN_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS)
#: A figure in digits, with its sign, currency and scale letter: "6", "1,200", "12.5%", "$4m".
_FIGURE = re.compile(r"[$£€]?[0-9][0-9,.]*(?:%|[mkb]n?)?")


def _is_figure(word: str) -> bool:
    """Whether a folded word is a figure in digits or in words ("6", "1,200", "six",
    "seventy-three"): "The split vote, six to three" and "The split vote, 6 to 3" are one
    source, as are "A report two years ago" and "A report 2 years ago".

    >>> [_is_figure(w) for w in ("6", "1,200", "12.5%", "$4m", "percent", "six", "seventy-three", "seven-member", "g7")]
    [True, True, True, True, True, True, True, False, False]
    """
    if word in PERCENT_WORDS or _FIGURE.fullmatch(word):
        return True
    return all(part in _NUMBER_WORDS for part in word.split("-"))


def _initials(words: list[str]) -> str:
    """Initials of a name, an abbreviation kept whole: "US Geological Survey" -> USGS."""
    return "".join(w if w.isupper() else w[0] for w in words if w).upper()


def _is_bare_name(words: list[str], the: bool) -> bool:
    """Whether a source is only a person's name: capitalised words, none of a role, body or kind
    of source, and no "the" before them."""
    return not the and bool(words) and all(
        w[:1].isupper() and not w.isupper() and w.casefold() not in _KNOWN_NOUNS
        for w in words
    )


def _is_description(words: list[str]) -> bool:
    """Whether a source names no one: lower-case words, or a first word capitalised only as the
    sentence's first ("Police", "Organisers")."""
    return all(not w[:1].isupper() or (k == 0 and w.casefold() in _KNOWN_NOUNS) for k, w in enumerate(words))


_KNOWN_NOUNS = ROLE_NOUNS | TITLES | BODY_WORDS | SOURCE_NOUNS
#: A country's names and adjectives -> the country: a country speaks by its government's bodies.
_COUNTRY = {form: country for country, forms in COUNTRIES.items() for form in (country, *forms)}
#: Letters two forms of one common noun share ("prosecutors" / "the prosecution").
_STEM = 7


def _fold(words: list[str]) -> set[str]:
    """The words of a source to compare: a country for its adjective ("Russian" -> Russia), a
    word by its stem ("prosecutors" and "prosecution")."""
    return {_country(w) or w.casefold()[:_STEM] for w in words}


def _country(word: str) -> str:
    """The country a word names, as a name, an adjective or its capital ("Moscow", "the
    Kremlin"); '' for none."""
    low = word.casefold()
    low = NAME_ALIASES.get(low, low)
    return _COUNTRY.get(low) or _COUNTRY.get(f"{low}.") or ""  # "U.S" came without its dot


def same_source(a: str, b: str) -> bool | None:
    """Return True when two sources are one named two ways, False when they are two, None when
    they cannot be told (a pronoun, a bare name against a description).

    >>> same_source("a spokesperson for the ministry", "the ministry")
    True
    >>> same_source("The World Health Organization", "the WHO"), same_source("Mayor Ruth Kane", "Kane")
    (True, True)
    >>> same_source("the mayor", "the chief engineer"), same_source("the health minister", "Jo Park")
    (False, None)
    >>> same_source("a police officer", "Sergeant Ana Lopes"), same_source("a resident", "a neighbour")
    (None, None)
    """
    sa, sb = _source_words(a), _source_words(b)
    wa, wb = sa.words, sb.words
    fa, fb = _fold(wa), _fold(wb)
    if not fa or not fb or fa <= PRONOUNS or fb <= PRONOUNS:
        return None
    names_a, names_b = _apposed_names(a), _apposed_names(b)
    if any(same_speaker(x, y) for x in names_a for y in names_b):
        return True  # "Another passenger, Jess Wong" / "Jess Wong, a student"
    na, nb = " ".join(wa), " ".join(wb)
    if fa <= fb or fb <= fa or entity_key(na) == entity_key(nb) or _same_names(wa, wb):
        return True
    if entity_key(a) == entity_key(b):  # one name by its own words: "Number 10" / "Downing Street"
        return True
    if _abbreviated(wa, wb) or _abbreviated(wb, wa):
        return True
    if ("," in a or "," in b) and names_a and names_b and not any(
        same_source(x, y) is not False for x in names_a for y in names_b
    ):
        return False  # "The governor, Ilse Marr" / "Unicef": the names tell, whatever the description
    if _untold(sa, sb) or _untold(sb, sa):
        return None
    if sa.spoken and sb.spoken and _unnamed_spokesperson(sa, sb):
        return None  # "a spokeswoman for the prime minister" may be "Lutz, Pell's spokeswoman"
    body_a, body_b = _is_body(wa, sa.the) or sa.spoken, _is_body(wb, sb.the) or sb.spoken
    if body_a != body_b and not {w.casefold() for w in (*wa, *wb)} & LAY_SOURCES:
        person, body = (sb, sa) if body_a else (sa, sb)
        if not _owned_elsewhere(person, body):
            return None  # a minister speaks for the ministry, a coach for the club
    return False


def _apposed_names(source: str) -> list[str]:
    """Return the parts of a source set off by commas that are a person's name alone, titles
    aside: "Another passenger, Jess Wong" -> ["Jess Wong"]; "Lutz, Pell's spokeswoman" ->
    ["Lutz"]. A name beside its description names the source whatever the description.

    >>> _apposed_names("Hanna Lutz, the prime minister's spokeswoman"), _apposed_names("the mayor")
    (['Hanna Lutz'], [])
    """
    names = []
    for part in source.translate(_QUOTES).split(","):
        words = [w.strip(_EDGE) for w in part.split() if w.strip(_EDGE)]
        kept = [w for w in words if _plain(w) not in HONORIFICS]
        if kept and len(kept) <= _MAX_NAME_WORDS and _is_bare_name(kept, the=False) and not _is_figure(_plain(kept[0])):
            names.append(" ".join(kept))
    return names


#: Most words of a person's name set off by commas ("Maria de la Cruz Ortega").
_MAX_NAME_WORDS = 5


def _unnamed_spokesperson(a: _Source, b: _Source) -> bool:
    """Whether one of two spokespeople names no one of their own ("a spokeswoman for the prime
    minister") and the other may be them: the other's words, names aside, are none or share a
    word with it ("Lutz, Pell's spokeswoman"; not "navy spokesman Ivan Petrov" against "a
    spokeswoman for the army")."""
    for unnamed, named in ((a, b), (b, a)):
        if unnamed.qualified and not any(w[:1].isupper() for w in unnamed.words):
            rest = named.words[: _name_start(named.words)]
            if not rest or _shares(rest, unnamed.words):
                return True
    return False


def _owned_elsewhere(person: _Source, body: _Source) -> bool:
    """Whether a person is someone's that is not the body and no public owner: "the building's
    owner" does not speak for the fire brigade; "the town's mayor" may for the council."""
    owners = person.owners - PUBLIC_OWNERS - {w.casefold() for w in body.words}
    return bool(owners) and not any(_country(o) for o in owners)


def _same_names(a: list[str], b: list[str]) -> bool:
    """Whether the names that end two sources are one person's or body's ("Mayor Ruth Kane" /
    "Kane"); not when one ends in a common noun ("the French foreign minister")."""
    run_a, run_b = a[_name_start(a) :], b[_name_start(b) :]
    return bool(run_a) and bool(run_b) and same_speaker(" ".join(run_a), " ".join(run_b))


def _abbreviated(short: list[str], long: list[str]) -> bool:
    """Whether one source is another's abbreviation, once the words both have are set aside
    ("the RMT union" / "the Rail, Maritime and Transport union")."""
    if abbreviates(" ".join(short), " ".join(long)):
        return True
    if len(long) > 2 and _country(long[0]) and abbreviates(" ".join(short), " ".join(long[1:])):
        return True  # "the FDA" / "the US Food and Drug Administration"
    ls, ll = {w.casefold() for w in short}, {w.casefold() for w in long}
    rest_s, rest_l = [w for w in short if w.casefold() not in ll], [w for w in long if w.casefold() not in ls]
    return len(rest_s) == 1 and len(rest_s) < len(short) and abbreviates(rest_s[0], " ".join(rest_l))


def _untold(one: _Source, other: _Source) -> bool:
    """Whether two sources cannot be told apart: a description and a bare name ("the health
    minister" / "Jo Park"), two lay people no one names, one a bystander ("a resident" / "a
    fisherman"), a speaker any body may have and one that is not lay ("a senior official" /
    "the governor"), or a role and a named person it may be ("a police officer" / "Sergeant
    Ana Lopes")."""
    name, rest = one.words, other.words
    generic = len(rest) == 1 and not _is_description(name)
    if _is_description(rest) and ((_is_bare_name(name, one.the) and not one.spoken) or generic):
        return True  # "Jo Park" may be the health minister, "Acme Corp" the company
    heads = {name[-1].casefold(), rest[-1].casefold()}
    if _is_description(name) and _is_description(rest) and heads <= LAY_SOURCES and heads & BYSTANDERS:
        return True
    lay = {w.casefold() for w in name} & LAY_SOURCES
    return (other.generic and not lay) or _role_of_named(other, one)


def _role_of_named(described: _Source, named: _Source) -> bool:
    """Whether a source that names no person ("the UN chief", "a police officer") may be one
    that does ("Guterres", "Sergeant Ana Lopes"): it ends in a role or body word, its own names
    are the other's too, and the other is a bare name, or a name whose role shares a word with it
    or it is a speaker any body has ("an officer")."""
    d, n = described.words, named.words
    run = _name_start(n)
    if not d or _name_start(d) < len(d) or run == len(n):
        return False
    others = {w.casefold() for w in n}
    own_names = [w for w in d if w[:1].isupper() and w.casefold() not in _KNOWN_NOUNS and not w.isupper()]
    if not described.qualified and any(w.casefold() not in others and not _country(w) for w in own_names):
        return False  # "Ruth Kane, the mayor" names a person of its own; "the Nato chief" does not
    if run == 0 and _is_bare_name(n, named.the) and not named.spoken:
        return True
    return (run > 0 and d[-1].casefold() in GENERIC_SOURCE_NOUNS) or _shares(d, n)


def _name_start(words: list[str]) -> int:
    """Where the run of name words that ends a source starts (len(words) when it ends in a role
    or body word: "the UN chief")."""
    start = len(words)
    while start and words[start - 1][:1].isupper() and words[start - 1].casefold() not in _KNOWN_NOUNS:
        start -= 1
    return start


def _shares(a: list[str], b: list[str]) -> bool:
    """Whether two sources share a word, a stem, or an abbreviation that begins another ("UN" /
    "UNHCR")."""
    if _fold(a) & _fold(b):
        return True
    caps_a, caps_b = [w for w in a if w.isupper()], [w for w in b if w.isupper()]
    return any(y.startswith(x) and y != x for x in caps_a for y in caps_b) or any(
        x.startswith(y) and x != y for x in caps_a for y in caps_b
    )


def abbreviates(short: str, long: str) -> bool:
    """Return whether one word abbreviates a name by its initials, an abbreviation in it kept
    whole and small words skipped.

    >>> abbreviates("USGS", "US Geological Survey")
    True
    >>> abbreviates("OECD", "Organisation for Economic Co-operation and Development")
    True
    >>> abbreviates("ECB", "European Central Bank"), abbreviates("WHO", "World Bank")
    (True, False)

    One written with small letters counts its capitals ("MoD", "DfE"); one written as a word
    ("Opec", "Nato") needs a name of four words or more (a word of three letters is a name: "Ian"):

    >>> abbreviates("MoD", "Ministry of Defence")
    True
    >>> abbreviates("Opec", "Organization of the Petroleum Exporting Countries")
    True
    >>> abbreviates("Nato", "North Atlantic Treaty Organization"), abbreviates("Ward", "World Aid")
    (True, False)
    """
    words = [w.strip(_EDGE) for w in long.split() if w.casefold().strip(_EDGE) not in SOURCE_FILLERS]
    short = short.strip(_EDGE).replace(".", "")
    if len(short) < 2 or " " in short or len(words) < 2:
        return False
    if short.isupper():
        return _initials(words) == short
    capitals = "".join(ch for ch in short if ch.isupper())
    if len(capitals) > 1:  # "MoD": Ministry of Defence
        return _initials(words) == capitals
    worded = short[:1].isupper() and short[1:].islower() and len(short) == len(words) > 3  # "Opec", "Nasa"
    return worded and _initials(words) == short.upper()


def _is_body(words: list[str], the: bool) -> bool:
    """Whether a source is a body, not a person: its last word a body word ("the health
    ministry", "police"), an abbreviation ("the WHO") or a capitalised name led by "the" ("the
    Red Cross"); not when it ends in a role ("the club's doctor")."""
    if not words or words[-1].casefold() in ROLE_NOUNS | LAY_SOURCES:
        return False  # "the club's doctor", "a police commissioner"
    head = words[-1]
    return head.casefold() in BODY_WORDS or (head.isupper() and len(head) > 1) or (the and head[:1].isupper())
