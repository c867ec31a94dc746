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

from .._lexicon.attribution import (
    CREDIT_VERBS,
    LAY_SOURCES,
    OPENING_WORDS,
    PRONOUNS,
    REPORT_NOUNS,
    SOURCE_FILLERS,
    SOURCE_MARKERS,
    SOURCE_NOUNS,
    SPOKES_NOUNS,
)
from .._lexicon.numbers import PERCENT_WORDS, SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from .._lexicon.people import BODY_WORDS, HONORIFICS, ROLE_NOUNS, TITLES
from .._lexicon.places import COUNTRIES
from .._lexicon.speech import ADDRESSEE_VERBS, SPEECH_VERBS
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
    if content and _plain(content[0]) == "that":
        content = content[1:]
    if low[0] in OPENING_WORDS:  # "In a letter to parents, the head said ..."
        cut = next((k for k in range(verb) if words[k].endswith(",")), -1)
        if cut >= 0:
            source, content = words[cut + 1 : verb], words[: cut + 1] + content
    return source, content


#: The readers, in order: the first that finds a source decides. The passive ("The memo was
#: written by ...") is left to the role rule (``by:authorship``): read here it flagged one
#: held-out agreement.
_READERS = (_according, _closing, _opening)


# --- one source or two ----------------------------------------------------------------------


def _source_words(source: str) -> tuple[list[str], bool]:
    """The words that name a source: its own name after a marker ("a study by X"), without the
    report, the spokesperson and small words ("Oxford University's study" -> Oxford University);
    and whether "the" leads them (a body's name takes one: "the Red Cross", a person's does not)."""
    words = [w.strip(_EDGE) for w in source.translate(_QUOTES).split()]
    low = [_plain(w) for w in words]
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
        and not ((p in REPORT_NOUNS or p in SPOKES_NOUNS) and (k == 0 or not w[:1].isupper()))
    ]
    return kept, bool(low) and low[0] == "the"


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


def same_source(a: str, b: str) -> bool | None:
    """Return True when two sources are one named two ways, False when they are two, None when
    they cannot be told (a pronoun, a bare name against a description).

    >>> same_source("a spokesperson for the ministry", "the ministry")
    True
    >>> same_source("The World Health Organization", "the WHO"), same_source("Mayor Ruth Kane", "Kane")
    (True, True)
    >>> same_source("the mayor", "the chief engineer"), same_source("the health minister", "Jo Park")
    (False, None)
    """
    (wa, the_a), (wb, the_b) = _source_words(a), _source_words(b)
    # a country is its adjective: "Russia" / "Russian officials"
    fa, fb = ({_COUNTRY.get(w.casefold(), w.casefold()) for w in ws} for ws in (wa, wb))
    if not fa or not fb or fa <= PRONOUNS or fb <= PRONOUNS:
        return None
    na, nb = " ".join(wa), " ".join(wb)
    named = not _is_description(wa) and not _is_description(wb)
    if fa <= fb or fb <= fa or entity_key(na) == entity_key(nb) or (named and same_speaker(na, nb)):
        return True
    if abbreviates(na, nb) or abbreviates(nb, na):
        return True
    for name, (other, _) in (((wa, the_a), (wb, the_b)), ((wb, the_b), (wa, the_a))):
        generic = len(other) == 1 and not _is_description(name[0])
        if _is_description(other) and (_is_bare_name(*name) or generic):
            return None  # "Jo Park" may be the health minister, "Acme Corp" the company
    body_a, body_b = _is_body(wa, the_a), _is_body(wb, the_b)
    if body_a != body_b and not (fa | fb) & LAY_SOURCES:
        return None  # a minister speaks for the ministry, a coach for the club
    return False


def abbreviates(short: str, long: str) -> bool:
    """Return whether one word abbreviates a name by its initials, an abbreviation in it kept
    whole and small words skipped.

    >>> abbreviates("USGS", "US Geological Survey")
    True
    >>> abbreviates("OECD", "Organisation for Economic Co-operation and Development")
    True
    >>> abbreviates("ECB", "European Central Bank"), abbreviates("WHO", "World Bank")
    (True, False)
    """
    words = [w for w in long.split() if w.casefold() not in SOURCE_FILLERS]
    short = short.strip(_EDGE).replace(".", "")
    return len(short) > 1 and short.isupper() and " " not in short and len(words) > 1 and _initials(words) == short


def _is_body(words: list[str], the: bool) -> bool:
    """Whether a source is a body, not a person: its last word a body word ("the health
    ministry", "police"), an abbreviation ("the WHO") or a capitalised name led by "the" ("the
    Red Cross"); not when it ends in a role ("the club's doctor")."""
    if not words or words[-1].casefold() in ROLE_NOUNS | LAY_SOURCES:
        return False  # "the club's doctor", "a police commissioner"
    head = words[-1]
    return head.casefold() in BODY_WORDS or (head.isupper() and len(head) > 1) or (the and head[:1].isupper())
