"""Roles from an event word and a preposition: where it happened, who did it.

"derailed near X", "left the tracks at 6:42 a.m. near the town of X", "made at a contract
factory in X", "brokered by X", "at the invitation of X", "shut its X facility", "the X
branch is set to close", "closing X", "Swiss-brokered", "X's winner".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..._lexicon import relations as rel
from ..._lexicon import roles as lex
from ..._lexicon.people import TITLES as TITLE_WORDS
from ..._lexicon.synonyms import canonical_unit
from ._text import (
    GOVERNING,
    STOPS,
    Tok,
    index_forms,
    name_at,
    run_at,
    run_from,
    subject,
    tokens,
    word_at,
    words_from,
)

PLACE_FORMS = index_forms(lex.PLACE_EVENTS)
AGENT_FORMS = index_forms(lex.AGENT_EVENTS)
_WEAK = frozenset(tuple(form.split()) for form in lex.WEAK_FORMS)
_ALL_PREPS = sorted(
    {tuple(p.split()) for p in lex.PLACE_PREPOSITIONS}
    | {("by",), *((p,) for p in lex.AGENT_PREPOSITIONS)}
    | {(p,) for ps in lex.EVENT_PREPOSITIONS.values() for p in ps},
    key=len,
    reverse=True,
)
#: The prepositions by their last word, longest first: only those can end at a given word.
_PREPS_BY_LAST = {last: [prep for prep in _ALL_PREPS if prep[-1] == last] for last in {p[-1] for p in _ALL_PREPS}}
_OBJECT_FORMS = frozenset(
    form[0] for form, events in PLACE_FORMS.runs.items() if len(form) == 1 and set(events) & lex.OBJECT_EVENTS
)
_NAME_SUFFIX = re.compile(r"[-‐‑](\w+)\b")
#: Words of a person's title before their name: the heads ("officer", "dr", "billionaire")
#: and, with their modifiers, all the words ("chief financial officer").
_TITLE_HEADS = frozenset(lex.JOBS | TITLE_WORDS | rel.DESCRIPTORS)
_TITLE_WORDS = _TITLE_HEADS | lex.PAST_JOB | (lex.JOB_MODIFIERS - {"a", "an"})
#: Longest run of words read back from a preposition for its event.
_GAP = 7


def skip_back(toks: Sequence[Tok], j: int) -> tuple[int, bool]:
    """Step back from ``j`` over determiners, possessors, place and title nouns ("the town of",
    "the medical journal", "Singapore's"); return the index before them and whether a
    publication noun was passed."""
    journal = False
    while j >= 0 and not toks[j].name:
        word = toks[j].word
        if word == "'s" and j > 0 and toks[j - 1].name:
            j -= 2
        elif word == "of" and j > 0 and toks[j - 1].word in lex.NAME_NOUNS:
            journal = journal or toks[j - 1].word in lex.PUBLICATION_NOUNS
            j -= 2
        elif word in lex.NAME_NOUNS or word in lex.NAME_ADJECTIVES or word in lex.DETERMINERS:
            journal = journal or word in lex.PUBLICATION_NOUNS
            j -= 1
        else:
            break
    return j, journal


def _preposition(toks: Sequence[Tok], j: int) -> tuple[str, int]:
    """Return the preposition that ends at token ``j`` and the index before it, or ("", j)."""
    if not 0 <= j < len(toks):
        return "", j
    for prep in _PREPS_BY_LAST.get(toks[j].word, ()):  # longest first, as in _ALL_PREPS
        start = j - len(prep) + 1
        if start >= 0 and tuple(t.word for t in toks[start : j + 1]) == prep:
            return " ".join(prep), start - 1
    return "", j


def _allows(event: str, prep: str, *, agent: bool) -> bool:
    if agent:
        return prep == "by" or event in lex.AGENT_PREPOSITIONS.get(prep, ())
    allowed = lex.EVENT_PREPOSITIONS.get(event)
    return prep in allowed if allowed is not None else prep in lex.PLACE_PREPOSITIONS


def _fits_gap(run: tuple[str, ...], gap: Sequence[Tok], *, agent: bool) -> bool:
    """Whether the words between an event word and its preposition leave them one phrase.

    A doer stands by its deed ("brokered by X", "the winner from X"); a weak word
    (:data:`~claimdiff._lexicon.roles.WEAK_FORMS`) stands next to its preposition or a
    facility phrase ("made at a contract factory in X").
    """
    if agent and gap and run[-1] in lex.AGENT_ADJACENT:
        return False  # "an opinion poll by X" is no opinion by X
    if agent:  # "the winner was scored by X": a passive's words and a scoring verb may stand between
        return len(gap) <= 1 or all(
            t.word in lex.AGENT_GAP or t.word in lex.SCORING_VERBS or t.word in lex.DEED_TIME_GAP for t in gap
        )
    return run not in _WEAK or all(t.word in lex.FACILITY_GAP or t.word in lex.FACILITIES for t in gap)


def event_before(toks: Sequence[Tok], j: int, prep: str, *, facility: bool = False, hospital: bool = False) -> str:
    """Return the role of the nearest event word read back from token ``j`` for ``prep``, or "".

    The stretch stops at punctuation and at a word that opens a clause; where the hurt were
    treated is read only for a ``hospital``'s name.
    """
    for k in range(j, max(-1, j - _GAP), -1):
        tok = toks[k]
        if not tok.name and (tok.word in STOPS or tok.word == "," or tok.word in lex.CLAUSE_WORDS):
            return ""
        gap = toks[k + 1 : j + 1]
        for table, agent in ((PLACE_FORMS, False), (AGENT_FORMS, True)):
            run = run_at(toks, k, table)
            if not run or not _fits_gap(run, gap, agent=agent):
                continue
            first = k - len(run) + 1
            if run in _WEAK and _said_of_act(toks, first - 1):
                continue
            has_facility = facility or any(t.word in lex.FACILITIES for t in gap)
            # a hospital's name is where the hurt were treated first ("airlifted to X Hospital")
            for event in sorted(table[run], key=lambda e: e != "hospital") if hospital else table[run]:
                if (event in lex.FACILITY_EVENTS and not has_facility) or not _allows(event, prep, agent=agent):
                    continue
                if event == "hospital" and not (hospital and _one_patient(toks, first - 1)):
                    continue
                whose = _whose(toks, first, gap, event)
                if event == "relocation":
                    moved = lex.RELOCATED.get((whose or ":")[1:])
                    if not moved:
                        continue  # "she moved to X": a person's move, no body's
                    whose = f":{moved}"
                if event == "hospital" and _group_passive(toks, first - 1):
                    whose = ":hurt"  # "the injured were taken to", "all were treated at": one group
                if event == "leadership" and whose is not None and whose[1:] in lex.CHAIRED_MEETINGS:
                    event, whose = "chair", ""  # "the talks were steered by X": the chair
                if whose is not None:
                    told = PLACE_FORMS.get((whose[1:],)) if event in lex.VENUE_HELD else None
                    event, whose = (told[0], "") if told else (event, whose)  # "the summit was held in X"
                    return f"{'by' if agent else 'at'}:{event}{whose}{_qualifier(toks, first - 1)}"
    return ""


def _whose(toks: Sequence[Tok], first: int, gap: Sequence[Tok], event: str) -> str | None:
    """Return what an event's role is said of (":vehicle", ":smith"), "" for the story's own
    event, or None when the role needs one and the sentence does not say it."""
    if event in lex.OBJECT_KEYED_EVENTS:
        thing = _thing(toks, first - 1, gap)
        if event == "leadership":
            thing = lex.LED_WORKS.get(thing, thing)  # "the trial was led by X": the study's leader
        return f":{thing}" if thing else None
    if event in lex.HOLDER_EVENTS:
        holder = holder_key(toks, first, lex.HOLDER_EVENTS[event])
        return f":{holder}" if holder else None
    return ""


def holder_key(toks: Sequence[Tok], cue: int, part: str) -> str:
    """Return whose event the words at ``cue`` tell, as one folded word of their name: the
    possessor right before ("Halvern's headquarters") or the subject; "" when none."""
    k: int | None = cue - 2 if word_at(toks, cue - 1) == "'s" and cue >= 2 and toks[cue - 2].name else None
    if k is None:
        k = subject(toks, cue)
    if k is None:
        return ""
    words = [w for w in re.split(r"[\s-]+", toks[k].word) if w.isalpha()]
    return (words[0] if part == "first" else words[-1]) if words else ""


def _thing(toks: Sequence[Tok], before: int, gap: Sequence[Tok]) -> str:
    """Return what an event happened to, folded ("vehicle" for "the getaway car was found"), or "".

    Read, in order: the last noun between the event word and its preposition ("found a
    burnt-out car in"); a vehicle the subject of a passive names, else the head of that subject
    ("The car they escaped in was found");
    the noun before a comma that the event word describes ("an Audi, later found in"); the
    noun of a noun phrase right before the event word ("an inquiry led by").
    """
    if any(t.word in lex.NOT_THINGS for t in gap):
        return ""
    gap = gap[: next((n for n, t in enumerate(gap) if t.word == "from"), len(gap))]  # "moved its office from X to"
    after = [t for t in gap if t.word.isalpha() and t.word not in lex.OBJECT_SKIPS | lex.DEED_TIME_GAP]
    if after:
        return thing_key(after[-1])
    k = before
    while k >= 0 and not toks[k].name and toks[k].word in lex.OBJECT_SKIPS:
        passive = toks[k].word in lex.AUXILIARIES
        k -= 1
        if passive and word_at(toks, k) == "to" and toks[k + 1].word == "be":
            k -= 1  # "National team to be led by X": a headline's infinitive
        if passive:
            return "vehicle" if _names_a_vehicle(toks, k) else _subject_head(toks, k)
    if k >= 1 and toks[k].word == ",":
        return thing_key(toks[k - 1])
    if k == before and k >= 1 and lex.DETERMINERS & {word_at(toks, k - 1), word_at(toks, k - 2)}:
        return thing_key(toks[k])  # "an inquiry led by X", "the stolen car found in X"
    return ""


#: Most tokens read back from a passive for the vehicle its subject names.
_SUBJECT_REACH = 12


def _names_a_vehicle(toks: Sequence[Tok], k: int) -> bool:
    """Whether the subject of a passive that ends at ``k`` names a vehicle, however it goes on
    ("A silver Vauxhall Astra stolen from a driveway near the prison was later found", "an Audi,
    which was found", "A car the men are thought to have stolen has been found"): read back to
    the start of the sentence or a stop; a "who" tells of a person, and what its clause names
    is not the subject ("The body of a cyclist who was hit by a lorry was found")."""
    first = max(0, k - _SUBJECT_REACH + 1)
    for j in range(k, first - 1, -1):
        if toks[j].word in STOPS:
            first = j + 1
            break
    stretch = [tok.word for tok in toks[first : k + 1]]
    if "who" in stretch:
        stretch = stretch[: stretch.index("who")]
    return any(part in lex.VEHICLES for word in stretch for part in word.split())


def _subject_head(toks: Sequence[Tok], k: int) -> str:
    """Return the head of the noun phrase that ends at ``k``: the first word after its
    determiner that is no modifier ("The getaway car they escaped in" -> car)."""
    start = k
    while start > 0 and k - start < 8:
        word = toks[start - 1].word
        if word in STOPS or word == "," or (word in lex.CLAUSE_WORDS and word not in lex.RELATIVES):
            break
        start -= 1
    span = toks[start : k + 1]
    first = next((n + 1 for n, tok in enumerate(span) if tok.word in lex.DETERMINERS), 0)
    skips = lex.OBJECT_SKIPS | lex.EVENT_QUALIFIERS.keys()  # "the next summit": the summit
    if start == 0 and first == 0 and len(span) == 2 and span[0].name and " " not in span[0].word:
        first = 1  # "National team to be led by X": a capitalised opening word before its noun
    head = next((tok for tok in span[first:] if tok.name or tok.word not in skips), None)
    return thing_key(head) if head is not None else ""


def thing_key(tok: Tok) -> str:
    word = tok.word
    if word in lex.VEHICLES:
        return "vehicle"
    if tok.name or not word.isalpha() or word in lex.NOT_THINGS or word in GOVERNING:
        return ""
    return canonical_unit(word.removesuffix("s") if len(word) > 3 and not word.endswith("ss") else word)


def _said_of_act(toks: Sequence[Tok], k: int) -> bool:
    """Whether the passive that ends at ``k`` is said of an act ("the decision was made")."""
    while k >= 0 and toks[k].word in lex.AUXILIARIES:
        k -= 1
    return k >= 0 and toks[k].word in lex.ACTS


def _qualifier(toks: Sequence[Tok], k: int) -> str:
    """Return "@next", "@previous" or "@other" when the words that end at ``k``, before an
    event word, make it another event than the story's ("the next summit", "its previous
    launch"), or ""."""
    for j in range(k, max(-1, k - 4), -1):
        word = toks[j].word
        if word in lex.EVENT_QUALIFIERS and not _adverbial(toks, j):
            return f"@{lex.EVENT_QUALIFIERS[word]}"
        if word in STOPS or word in lex.CLAUSE_WORDS or word in {",", "in", "at", "on"}:
            break
    return ""


def _adverbial(toks: Sequence[Tok], j: int) -> bool:
    """Whether a qualifier at ``j`` is part of an adverb of time ("will in future be made",
    "in the future"), which says from when, not which event."""
    before = toks[j - 1].word if j >= 1 else ""
    if before == "the" and j >= 2:
        before = toks[j - 2].word
    return toks[j].word == "future" and before == "in"


def role_before(toks: Sequence[Tok], i: int, topic: str) -> str:
    """The role the name at ``i`` takes from a preposition before it and the event word before
    that; ``topic`` is the event a bare "Where?" asked about."""
    j, journal = skip_back(toks, i - 1)
    j = _title_aside(toks, i, _apposition(toks, i, _kind_or_members(toks, j)))
    prep, j = _preposition(toks, j)
    if not prep:  # a title between: "led by chief financial officer X"
        prep, j = _preposition_before_title(toks, j)
    if not prep:
        return _departure_object(toks, i)
    if journal and prep == "in":
        return "at:publication"
    if prep == "at" and word_at(toks, j) in lex.FIXTURES:
        return f"at:venue:{word_at(toks, j)}{_qualifier(toks, j - 1)}"  # "in a tense final at X"
    role = event_before(toks, _before_aside(toks, j), prep, hospital=hospital_name(toks, i))
    if not role and topic and _allows(topic, prep, agent=False):
        return f"at:{topic}"
    return role


#: Words before the people of a body ("police officers of", "senior investigators from").
_MEMBER_MODIFIERS = frozenset({"police", "senior", "special", "armed", "federal", "customs", "plain-clothes"})


def _kind_or_members(toks: Sequence[Tok], j: int) -> int:
    """Step back from ``j`` over a craft's kind before its name ("by the navy patrol vessel X",
    "towed by the tug X") or the people of a body before it ("by officers of X", "by
    investigators from X"), with their determiner; else return ``j``."""
    k = j
    if word_at(toks, k) in lex.MEMBER_LINKS and word_at(toks, k - 1) in lex.MEMBER_NOUNS:
        k -= 1
        while word_at(toks, k) in lex.MEMBER_NOUNS | _MEMBER_MODIFIERS:
            k -= 1
    elif word_at(toks, k) in lex.CRAFT_KINDS:
        while word_at(toks, k) in lex.CRAFT_KINDS:
            k -= 1
    else:
        return j
    while word_at(toks, k) in lex.DETERMINERS:
        k -= 1
    return k


def _one_patient(toks: Sequence[Tok], k: int) -> bool:
    """Whether a passive that ends at ``k`` is said of one person ("the victim was taken to",
    "the boy is being treated at"): the hurt of a group go to several hospitals, so "four
    patients were treated at X" names one of them, no role."""
    while k >= 0 and toks[k].word in {"being", "been", "later", "then", "also", "still", "now"}:
        k -= 1
    return word_at(toks, k) in {"was", "is", "has"} or _group_passive(toks, k)


def _group_passive(toks: Sequence[Tok], k: int) -> bool:
    """Whether a passive that ends at ``k`` is said of all the hurt ("the injured were taken
    to", "all of the wounded have been treated at")."""
    while k >= 0 and toks[k].word in {"being", "been", "later", "then", "also", "still", "now"}:
        k -= 1
    return word_at(toks, k) in {"were", "are", "have"} and _whole_group(toks, k - 1)


def _whole_group(toks: Sequence[Tok], k: int) -> bool:
    """Whether the subject that ends at ``k`` is all the hurt: "the injured", "all of the
    wounded", "all seven", "all", "both casualties" (not "four patients", nor "the most
    seriously injured")."""
    if word_at(toks, k) in lex.HURT_GROUPS and word_at(toks, k - 1) == "the":
        before = word_at(toks, k - 2)
        return before in {"", "all", "of"} or toks[k - 2].word in STOPS or before == ","
    if word_at(toks, k) in ("all", "both"):
        return True  # "all were taken to", "both were airlifted to"
    if word_at(toks, k) in lex.HURT_GROUPS and word_at(toks, k - 1) in ("all", "both"):
        return True  # "both casualties were airlifted to"
    return word_at(toks, k - 1) == "all" and (toks[k].word.isdigit() or toks[k].word in _SMALL_COUNTS)


_SMALL_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both"})


def hospital_name(toks: Sequence[Tok], i: int) -> bool:
    """Whether the name at ``i`` is a hospital's: of several words, ending in a word of
    :data:`~claimdiff._lexicon.roles.HOSPITALS` ("Papworth Hospital"), or with one after it
    ("Papworth hospital", "St Mary's Hospital")."""
    words = toks[i].word.split()
    if len(words) > 1 and (words[-1] in lex.HOSPITALS or " ".join(words[-2:]) in lex.HOSPITALS):
        return True
    k = i + 2 if word_at(toks, i + 1) == "'s" else i + 1
    after = toks[k].word.split()[:2] if k < len(toks) else []
    return bool(after) and (after[0] in lex.HOSPITALS or " ".join(after) in lex.HOSPITALS)


def _apposition(toks: Sequence[Tok], i: int, j: int) -> int:
    """Step back from ``j`` over a place noun set before the name at ``i`` by a comma ("to the
    capital, X", "near the port town, X"), when the name ends its clause; else return ``j``."""
    after = word_at(toks, i + 1)
    if word_at(toks, j) != "," or j < 1 or toks[j - 1].name or toks[j - 1].word not in lex.NAME_NOUNS:
        return j
    if after and not (after in STOPS or after in {",", "."}):
        return j  # "off the island, Greek officials said": a new clause's subject
    return skip_back(toks, j - 1)[0]


def _title_aside(toks: Sequence[Tok], i: int, j: int) -> int:
    """Step back from ``j`` over a person's title set before the name at ``i`` by a comma, with
    its determiner or its owner ("by the acting returning officer, X", "by Selva's deputy prime
    minister, X"), when the name ends its clause: the name is who the title names. Else
    return ``j``."""
    after = word_at(toks, i + 1)
    if word_at(toks, j) != "," or j < 1 or toks[j - 1].name or toks[j - 1].word not in _TITLE_HEADS:
        return j
    if after and not (after in STOPS or after in {",", "."}):
        return j
    k = j - 1
    for _ in range(_TITLE_REACH):
        if k < 0 or toks[k].name or not toks[k].word.replace("-", "").isalpha() or toks[k].word in lex.DETERMINERS:
            break
        if toks[k].word in GOVERNING | lex.CLAUSE_WORDS:
            return j
        k -= 1
    if word_at(toks, k) in lex.DETERMINERS:
        return k - 1
    if word_at(toks, k) == "'s" and k >= 1 and toks[k - 1].name:
        return k - 2
    return j


def owns_title(toks: Sequence[Tok], i: int) -> bool:
    """Whether the name at ``i``, after "by", owns the title of a person named after it ("by
    Selva's deputy prime minister, Marta Lindqvist", "by Ravensworth's sporting director Alan
    Cheung"): the person did it, not the owner.

    >>> from claimdiff.claims.entities import find_entities
    >>> from ._text import tokens
    >>> s = "The talks were steered by Selva's deputy prime minister, Marta Lindqvist."
    >>> toks = tokens(s, find_entities(s))
    >>> [owns_title(toks, k) for k, t in enumerate(toks) if t.name]
    [True, False]
    """
    if word_at(toks, i + 1) != "'s" or word_at(toks, i - 1) != "by":
        return False
    k = i + 2
    while k < min(len(toks), i + 2 + _TITLE_REACH) and not toks[k].name and toks[k].word.replace("-", "").isalpha():
        k += 1
    ends = k < len(toks) and (toks[k].name or (toks[k].word == "," and k + 1 < len(toks) and toks[k + 1].name))
    return ends and k > i + 2 and toks[k - 1].word in _TITLE_HEADS


#: Most words of a title read back from its comma (:func:`_title_aside`).
_TITLE_REACH = 4


def _before_aside(toks: Sequence[Tok], j: int) -> int:
    """Step back from ``j`` over the means of travel ("taken by bus and ferry to X") or an
    aside of a share of those an act was done to ("evacuated, most of them to X", "rehoused,
    the majority of them in X"); else return ``j``."""
    k = j
    while k >= 1 and word_at(toks, k) in lex.MEANS_OF_TRAVEL and not toks[k].name:
        if word_at(toks, k - 1) == "by":
            return k - 2
        if word_at(toks, k - 1) not in {"and", "or"}:
            break
        k -= 2
    if j < 3 or word_at(toks, j) != "them" or word_at(toks, j - 1) != "of":
        return j
    k = j - 2
    if word_at(toks, k) not in lex.PARTITIVES:
        return j
    k -= 1
    if word_at(toks, k) in lex.DETERMINERS:
        k -= 1
    return k - 1 if word_at(toks, k) == "," else j


def _departure_object(toks: Sequence[Tok], i: int) -> str:
    """The departure role of a name that is the direct object of a verb of setting out: "the
    boat left X", "the ferry departed X", "had left the Libyan port of X" (a people's or a
    country's word may stand before the place noun); "" when neither a craft is the subject
    nor a place noun names the place ("she left Arsenal")."""
    if word_at(toks, i + 1) in lex.NAME_NOUNS:
        return ""  # "the Libyan port of X": the place is X
    j, _ = skip_back(toks, i - 1)
    if j >= 1 and toks[j].name and word_at(toks, j + 1) in lex.NAME_NOUNS:
        j, _ = skip_back(toks, j - 1)  # "the Libyan port of X"
    if j < 0 or toks[j].name or toks[j].word not in lex.DEPARTURE_OBJECT_VERBS:
        return ""
    place_noun = any(t.word in lex.NAME_NOUNS for t in toks[j + 1 : i])
    k = j - 1
    while k >= 0 and not toks[k].name and toks[k].word in lex.DEPARTURE_GAP:
        k -= 1
    craft = k >= 0 and not toks[k].name and toks[k].word in lex.CRAFT
    return "at:departure" if craft or place_noun else ""


def _preposition_before_title(toks: Sequence[Tok], j: int) -> tuple[str, int]:
    """Return the preposition before a person's title that ends at ``j`` ("by chief financial
    officer", "by Dr", "by operations chief") and the index before it, or ("", j): title
    words, then at most two other words that say of what ("operations", "finance")."""
    if not 0 <= j < len(toks) or toks[j].name or toks[j].word not in _TITLE_HEADS:
        return "", j
    k = j
    while k >= 0 and not toks[k].name and toks[k].word in _TITLE_WORDS:
        k -= 1
    for _ in range(3):
        prep, before = _preposition(toks, k)
        if prep:
            return prep, before
        if k < 0 or toks[k].name or not toks[k].word.isalpha() or toks[k].word in GOVERNING | lex.CLAUSE_WORDS:
            break
        k -= 1
    return "", j


def role_after(toks: Sequence[Tok], i: int) -> str:
    """The role the name at ``i`` takes from the words after it: a facility noun with its event
    before ("shut its X facility") or after ("the X branch is set to close"), a possessive
    of a deed ("X's winner", "X's mediation")."""
    nxt = word_at(toks, i + 1)
    if nxt in lex.FACILITIES:
        j, _ = skip_back(toks, i - 1)
        return event_before(toks, j, "at", facility=True) or _facility_event_after(toks, i + 2)
    if nxt in lex.AGENT_NOUNS:  # "Qatari mediators"
        return f"by:{AGENT_FORMS[(nxt,)][0]}"
    if nxt != "'s":
        return _designated(toks, i + 1)
    k = i + 2
    while k < len(toks) and k < i + 5 and (toks[k].word in lex.SCORING_FILLERS or toks[k].word[:1].isdigit()):
        k += 1
    run = run_from(toks, k, AGENT_FORMS)
    if not run or _doer_after(toks, k + len(run)):
        return ""  # "United's winner was scored by Rashford": the doer is Rashford
    return f"by:{AGENT_FORMS[run][0]}"


def _designated(toks: Sequence[Tok], k: int) -> str:
    """The event of a place a name was made into, told after it within its clause: "X, which
    the council opened as a rest centre", "X has been turned into an evacuation centre", "X,
    which has become the main evacuation center" -> ``at:shelter``."""
    for j in range(k, min(len(toks), k + 9)):
        word = word_at(toks, j)
        if word in lex.DESIGNATING:
            run = run_from(toks, words_from(toks, j + 1, lex.DESIGNATED_MODIFIERS, 3), PLACE_FORMS)
            events = [e for e in PLACE_FORMS.get(run) or () if e in lex.DESIGNATED_EVENTS]
            return f"at:{events[0]}" if events else ""
        if word in STOPS or (word in lex.CLAUSE_WORDS and word not in lex.RELATIVES) or (word == "," and j > k):
            return ""
    return ""


def _doer_after(toks: Sequence[Tok], k: int) -> bool:
    """Whether a "by" or "from" and a name follow a deed at ``k`` within its clause."""
    for j in range(k, min(len(toks), k + 6)):
        word = word_at(toks, j)
        if not word or word in STOPS or word == ",":
            return False
        if word in {"by", "from"}:
            return name_at(toks, j + 1, 1)
    return False


def _facility_event_after(toks: Sequence[Tok], k: int) -> str:
    """The event of a facility told after it: "the X branch is set to close" -> at:closure."""
    while k < len(toks) and (toks[k].word in lex.FACILITY_THEN or toks[k].word in lex.FACILITIES):
        k += 1
    run = run_from(toks, k, PLACE_FORMS)
    events = [e for e in PLACE_FORMS.get(run) or () if e in lex.FACILITY_EVENTS]
    return f"at:{events[0]}" if events else ""


def trimmed(text: str, tok: Tok) -> tuple[int, int, str]:
    """The part of a name that fills a role its own words give, with that role, or (0, 0, "").

    "Swiss-brokered" -> "Swiss" as ``by:mediation``; "Austin-based Halvern Systems" ->
    "Austin" as ``at:headquarters:halvern``; a title taken into a name ("Referee Simon
    Clegg") -> "Simon Clegg" as ``title:referee``; a sentence's first word taken into a name
    ("Closing Monterrey") -> "Monterrey" as ``at:closure``.
    """
    name = text[tok.start : tok.end]
    for m in _NAME_SUFFIX.finditer(name):
        suffix = m.group(1).casefold()
        if suffix in lex.NAME_SUFFIXES and m.start() > 0 and not name[m.end() :].strip(" ").startswith("-"):
            event, kind = lex.NAME_SUFFIXES[suffix]
            rest = name[m.end() :].split()
            if event in lex.HOLDER_EVENTS:
                if not rest:
                    return 0, 0, ""
                whose = rest[0] if lex.HOLDER_EVENTS[event] == "first" else rest[-1]
                event = f"{event}:{fold_word(whose)}"
            return tok.start, tok.start + m.start(), f"{kind}:{event}"
    if _ANY_TITLE_IN_NAME.search(name) is not None:  # most names hold no title: one search says so
        for title, role in lex.TITLES.items():  # "Referee Simon Clegg", "U.S. District Judge Ann Feld"
            found = _TITLE_IN_NAME[title].search(name)
            if found is not None:
                return tok.start + found.end(), tok.end, role
    first, space, rest_text = name.partition(" ")
    if space and rest_text and first.casefold() in _OBJECT_FORMS:
        event = next(e for e in PLACE_FORMS[(first.casefold(),)] if e in lex.OBJECT_EVENTS)
        return tok.end - len(rest_text), tok.end, f"at:{event}"
    return 0, 0, ""


#: Each title of :data:`TITLES` as it stands inside a name: at its start or after other
#: capitalised words ("U.S. District Judge"), followed by the name it gives.
_TITLE_IN_NAME = {
    title: re.compile(rf"(?:^|(?<= )){re.escape(title)} +(?=\S)", re.IGNORECASE) for title in lex.TITLES
}
#: Any of them: a name none of them finds in needs no search per title.
_ANY_TITLE_IN_NAME = re.compile(
    rf"(?:^|(?<= ))(?:{'|'.join(map(re.escape, sorted(lex.TITLES, key=len, reverse=True)))}) +(?=\S)", re.IGNORECASE
)


def fold_word(word: str) -> str:
    """A word folded for a role key: case, apostrophes and dots gone."""
    return re.sub(r"[^\w]", "", word.casefold())


def find_event(text: str) -> str:
    """Return the first event of a place a text names ("derailed", "the launch"), or "".

    >>> find_event("The train left the tracks at 6:24 a.m.")
    'crash'
    """
    toks = tokens(text, ())
    for k in range(len(toks)):
        run = run_at(toks, k, PLACE_FORMS)
        if run and run not in _WEAK:
            return PLACE_FORMS[run][0]
    return ""
