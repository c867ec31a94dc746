"""Roles of names: what part a name plays in what happened, read from the words around it.

A name's *role* is a short key that two sources fill with one name each when they tell the
same fact, however they word it (the word lists are :mod:`claimdiff._lexicon.roles`):

* ``at:<event>``: where something happened, from a place preposition after an event word
  ("launched from X", "roared off the pad at X", "derailed near X", "left the tracks at
  6:42 a.m. near the town of X", "made at a contract factory in X", "published in the
  journal X"), a facility noun beside the name ("shut its X facility", "the X branch is set
  to close") or a direct object ("closing X"). Some events are said of something or
  someone, and their role names it: ``at:discovery:vehicle`` ("the getaway car was found
  in X"), ``at:birth:smith``, ``at:headquarters:halvern`` ("Austin-based Halvern"). An event
  said to be another than the story's ("the next summit", "its previous launch") carries
  ``@next``, ``@previous`` or ``@other``;
* ``by:<event>``: who did it ("brokered by X", "at the invitation of X", "X mediated the
  talks", "Swiss-brokered", "X's winner", "X curled home the winner", "X settled the final");
  who made an arrest or a rescue ("arrested by officers of X", "evacuated by the navy patrol
  vessel X", "X detained the suspects": ``by:detention``, ``by:rescue``); who faces a charge
  ("X was charged on Monday with fraud", "X is accused of", "X, charged with": ``by:charge``);
* ``at:tow``, ``at:relocation:<thing>``, ``at:hospital:hurt``, ``at:venue:<fixture>``: where a
  vessel was towed ("under tow to X"), where a body moves its seat or its work ("move its head
  office from Leeds to X": ``at:relocation:headquarters``), where all the injured were taken
  ("the injured were taken to X Hospital", "all were treated at X"), the ground of a fixture
  ("in a tense final at X", as "the final was played at X");
* ``rank:<n>``: a final position ("X finished third", "X came a distant third", "third place
  went to X"); ``winner:<contest>``/``loser:<contest>``: who won or lost an election or a
  match ("X won the election", "X beat Y", "X lost to Y", "X was elected");
* ``award:<category>``: who took an award ("X won best director", "best actress went to X");
* ``sup:<superlative> <noun>@<scope>``: what a superlative singles out, and where ("Apapa, the
  country's busiest port": ``sup:busiest port@country``; "the world's largest", "the city's
  largest" hold elsewhere);
* ``employer:<surname>``: where a person works ("Lars Moen, an economist at X", "X economist
  Lars Moen", "Lars Moen, X's chief economist"); ``post:<organisation>:<post>``: who holds a
  post one person holds ("Halyard's chief executive, X", "Lindgren, the company's CFO");
* ``title:<title>``: a job one person fills in the event ("referee Simon Clegg", "Simon Clegg,
  the referee");
* ``court:trial``: the court that tried the case ("the trial in X County District Court");
* ``appointee:<post>``, ``successor:<predecessor>``, ``identity:<person>``, ``winner:<thing>``:
  a role noun and who fills it, however worded ("X was appointed chief executive", "the new
  CEO is X", "X succeeds Z", "the victim was named as X", "the marathon winner was X"), read
  by :mod:`~claimdiff.claims.roles._relations`.

A name that is one of several in its place ("talks in Geneva and Bern", "Texas and Ohio")
gets no role: only a role one name fills can be filled differently. In an explainer's
question and answer ("Who mediated? Switzerland, ..."; "Where? Near X"), the question gives
the role of the name that answers it; a bare "Where?" asks where the article's event was.

:func:`same_filler` (:mod:`~claimdiff.claims.roles.fillers`) tells whether two names may fill
one role together.
"""

from __future__ import annotations

import attrs

from ..._lexicon import roles as lex
from ..entities import find_entities
from ._deeds import (
    CUES,
    author_of,
    court,
    doer_roles,
    employer,
    owner_of,
    passive_title_roles,
    post_roles,
    roles_after_category,
    subject_roles,
    superlative_roles,
    title_roles,
)
from ._events import find_event, hospital_name, owns_title, role_after, role_before, trimmed
from ._relations import (
    appointment_roles,
    identity_roles,
    maker_roles,
    new_holder_roles,
    sale_roles,
    succession_roles,
    winner_roles,
)
from ._text import coordinated, possessor, tokens
from .fillers import container, fill_alike, place_level, same_filler

__all__ = [
    "NameRole",
    "a_name_by_its_deed",
    "container",
    "fill_alike",
    "find_event",
    "find_roles",
    "name_roles",
    "place_level",
    "same_filler",
]


@attrs.frozen
class NameRole:
    """A name, or the part of a name that fills a role ("Swiss" of "Swiss-brokered"), and its role."""

    start: int
    """Offset of the name into the sentence text."""
    end: int
    """Offset one past the name's last character."""
    role: str
    """The role key: ``at:launch``, ``by:mediation``, ``rank:3``, ``employer:moen``..."""


def _question_role(question: str) -> tuple[str, str]:
    """Return what a question asks: ("who", role) or ("where", event), or ("", "")."""
    toks = tokens(question, find_entities(question))
    if not toks or toks[-1].word != "?":
        return "", ""
    if toks[0].word == "where":
        return "where", find_event(question)
    if toks[0].word != "who":
        return "", ""
    for c in range(1, len(toks)):
        for cue in CUES:
            role = cue(toks, c)
            if role:
                return "who", role
    return "", ""


def find_roles(text: str, *, question: str = "", topic: str = "") -> tuple[NameRole, ...]:
    """Return the roles the words of a sentence give its names, in order.

    Args:
        text: the sentence.
        question: the sentence before it when that is a question ("Who mediated?"), which
            gives the role of a name that answers it.
        topic: the event the article tells (:func:`find_event` of most of its sentences),
            which a bare "Where?" asks about.

    Returns:
        One :class:`NameRole` per name and role; a name may fill several roles, most none.

    >>> s = "The talks, brokered by Switzerland, were held in Geneva and Bern."
    >>> [(s[r.start:r.end], r.role) for r in find_roles(s)]
    [('Switzerland', 'by:mediation')]
    >>> s = "Liberal candidate Pavel Roux came a distant third."
    >>> [(s[r.start:r.end], r.role) for r in find_roles(s)]
    [('Pavel Roux', 'rank:3')]
    """
    toks = tokens(text, find_entities(text))
    asks, asked = _question_role(question) if question else ("", "")
    topic = (asked or topic) if asks == "where" else ""
    found: dict[tuple[int, int, str], None] = {}
    deeds = (
        subject_roles, roles_after_category, superlative_roles, post_roles, title_roles, passive_title_roles,
        doer_roles,
        appointment_roles, new_holder_roles, succession_roles, identity_roles, winner_roles, maker_roles,
        sale_roles,
    )
    for who, role in (found for deed in deeds for found in deed(toks)):
        found[(toks[who].start, toks[who].end, role)] = None
    first = next((k for k, t in enumerate(toks) if t.word not in lex.DETERMINERS), None)
    for i, tok in enumerate(toks):
        if not tok.name:
            continue
        start, end, role = trimmed(text, tok)
        if role:
            found[(start, end, role)] = None
            continue
        if possessor(toks, i) and not hospital_name(toks, i):  # "Bank South's Tom Hale": only an employer
            role = owner_of(toks, i)
            if role:
                found[(tok.start, tok.end, role)] = None
            continue
        if coordinated(toks, i) or owns_title(toks, i):
            continue  # "by Selva's deputy prime minister, Marta Lindqvist": Lindqvist did it
        for role in (
            role_before(toks, i, topic), role_after(toks, i), employer(toks, i), court(toks, i), author_of(toks, i)
        ):
            if role:
                found[(tok.start, tok.end, role)] = None
        if asks == "who" and i == first:
            found[(tok.start, tok.end, asked)] = None
    roles = {(start, _without_affiliation(text, start, end), role): None for start, end, role in found}
    return tuple(NameRole(start, end, role) for start, end, role in sorted(roles))


def _without_affiliation(text: str, start: int, end: int) -> int:
    """Return where a titled person's name ends before the body it is "of": "Professor Anita
    Rao of Kingsmead University" fills a role as "Professor Anita Rao" (and "Dr Sam Ekwueme of
    St Brendan's" as "Sam Ekwueme"); a name with no title keeps its "of" ("Bank of England")."""
    head, of, _rest = text[start:end].partition(" of ")
    if not of or not head.strip():
        return end
    before = text[:start].split()[-1:]
    titles = {head.split()[0], *before}
    return start + len(head) if any(t.casefold().rstrip(".") in lex.HONORIFICS for t in titles) else end


def a_name_by_its_deed(word: str, role: str) -> bool:
    """Whether a lone capitalised word that opens its sentence is a name by the role it fills:
    a doer's role (:data:`~claimdiff._lexicon.roles.DOER_ROLES`), filled by no common noun of
    news (:data:`~claimdiff._lexicon.roles.COMMON_SUBJECTS`).

    >>> a_name_by_its_deed("Brandt", "by:winner"), a_name_by_its_deed("Diplomats", "by:mediation")
    (True, False)
    >>> a_name_by_its_deed("Brandt", "at:launch")
    False
    """
    return role.partition(":")[0] in lex.DOER_ROLES and word.casefold() not in lex.COMMON_SUBJECTS


def name_roles(text: str, start: int, end: int) -> tuple[str, ...]:
    """Return the roles of the name at ``text[start:end]`` that its sentence gives, sorted.

    >>> s = "The rocket lifted off from Kourou on Monday."
    >>> name_roles(s, 27, 33)
    ('at:launch',)
    """
    return tuple(sorted({r.role for r in find_roles(text) if (r.start, r.end) == (start, end)}))
