"""Roles from what a name did or holds: a place in a contest, an award, a post, a job.

"X finished third", "third place went to X", "X curled home the winner", "X settled the
final", "X won the election", "X beat Y", "X won best director", "Apapa, the country's
busiest port", "Lars Moen, an economist at X", "Halyard's chief executive, X", "the trial in
X County District Court".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from types import MappingProxyType

from ..._lexicon import relations as rel
from ..._lexicon import roles as lex
from ..._lexicon.places import KIND_WORDS
from ._events import AGENT_FORMS, fold_word, skip_back, thing_key
from ._text import GOVERNING, STOPS, Forms, Tok, coordinated, elsewhen, run_from, subject, unreal, word_at, words_from
from .fillers import place_level

_POST_FORMS: Forms[str] = Forms(MappingProxyType({tuple(form.split()): post for form, post in lex.POSTS.items()}))
#: Verbs that take a rank only with a noun after it ("was third" may be "third in line").
_LOOSE_RANK_VERBS = frozenset({"was", "is", "took", "takes", "claimed", "claims", "secured", "secures"})


def _rank_cue(toks: Sequence[Tok], c: int) -> str:
    """ "finished third", "came a distant third", "took third place" -> ``rank:3``."""
    if toks[c].word not in lex.RANK_VERBS:
        return ""
    k = c + 1
    while k < len(toks) and k <= c + 3 and toks[k].word in lex.RANK_FILLERS:
        k += 1
    if word_at(toks, k) not in lex.RANKS:
        return ""
    if toks[c].word in _LOOSE_RANK_VERBS and word_at(toks, k + 1) not in lex.RANK_NOUNS:
        return ""  # "was first to arrive", "took second thoughts"
    return f"rank:{lex.RANKS[toks[k].word]}"


def _winner_cue(toks: Sequence[Tok], c: int) -> str:
    """ "curled home the winner", "settled the final", "won the election", "won 3-1",
    "was elected"."""
    word = toks[c].word
    if word in lex.SCORING_VERBS:
        run = run_from(toks, words_from(toks, c + 1, lex.SCORING_FILLERS, 4), AGENT_FORMS)
        goals = [e for e in AGENT_FORMS[run] if e in lex.GOALS] if run else []
        if goals:
            return f"by:{goals[0]}"
    if word in lex.SETTLING_VERBS:
        k = words_from(toks, c + 1, frozenset({"the", "a"}), 1)
        if word_at(toks, k) in lex.MATCHES:
            return "by:winner"
    if word in lex.WIN_VERBS and not unreal(toks, c) and not elsewhen(toks, c):  # not "hopes to win", "won it twice"
        if _score_at(toks, c + 1):
            return "winner:match"  # "Ashbury won 3-2"
        if word_at(toks, c + 1) == "the":
            for k in range(c + 2, min(len(toks), c + 5)):
                if word_at(toks, k) in lex.CONTESTS and word_at(toks, k + 1) not in lex.AUXILIARIES:
                    return f"winner:{lex.CONTESTS[toks[k].word]}"  # not "claimed the election was rigged"
                if not word_at(toks, k).isalpha() or word_at(toks, k) in lex.EVENT_QUALIFIERS:
                    break  # "won the 2019 election", "won the previous election": another contest
    if word in lex.BEAT_VERBS:
        return "winner:match"
    if word in lex.ELECTED and word_at(toks, c - 1) in lex.AUXILIARIES:
        return "winner:election"
    return ""


def _score_at(toks: Sequence[Tok], k: int) -> bool:
    """Whether a score ("3-2", "3 - 2") starts at ``k``: two figures one dash apart."""
    return (
        k + 1 < len(toks)
        and word_at(toks, k).isdigit()
        and word_at(toks, k + 1).isdigit()
        and toks[k + 1].start - toks[k].end <= 3
    )


def award_category(toks: Sequence[Tok], k: int) -> tuple[str, int]:
    """Return the award category that starts at token ``k`` ("best director") and the index
    after it, or ("", k)."""
    if k >= len(toks):
        return "", k
    if toks[k].name and toks[k].word.startswith("best ") and len(toks[k].word.split()) <= 4:
        return toks[k].word, k + 1  # "Best Director went to X"
    honour = _honour_title(toks, k)
    if honour:
        return honour, k + 4  # "player of the match", "coach of the year"
    if toks[k].word != "best":  # a capitalised "Best" opening a sentence is a name
        return "", k
    end = k + 1
    while end <= k + 3 and word_at(toks, end).isalpha() and word_at(toks, end) not in lex.CATEGORY_ENDS:
        end += 1
    if end == k + 1:
        return "", k
    return " ".join(t.word for t in toks[k:end]), end


def _honour_title(toks: Sequence[Tok], k: int) -> str:
    """An honour named "<person> of the <span>" that starts at ``k``, folded ("man of the
    match" and "player of the match" are one), or ""."""
    person = rel.HONOUR_PERSONS.get(word_at(toks, k), "")
    if not person or word_at(toks, k + 1) != "of" or word_at(toks, k + 2) != "the":
        return ""
    span = word_at(toks, k + 3)
    return f"{person} of the {span}" if span in rel.HONOUR_SPANS else ""


def _award_cue(toks: Sequence[Tok], c: int) -> str:
    """ "won best director", "was named best actress", "picked up the best actor award"."""
    if toks[c].word not in lex.AWARD_VERBS:
        return ""
    k = c + 1
    if word_at(toks, k) in {"up", "home", "away"}:
        k += 1
    if word_at(toks, k) == "the":
        k += 1
    category, _ = award_category(toks, k)
    return f"award:{category}" if category else ""


def _deed_cue(toks: Sequence[Tok], c: int) -> str:
    """ "X was sent off" -> ``by:sending-off``; "X wrote the opinion" and "X, writing for the
    majority" -> ``by:authorship``; "X bought Y" -> ``by:purchase``; "X has claimed
    responsibility" -> ``by:attack``."""
    word = toks[c].word
    if word in _PASSIVE_FIRST and word_at(toks, c - 1) in lex.AUXILIARIES:
        for size in (2, 1):
            deed = lex.SUBJECT_PASSIVES.get(" ".join(t.word for t in toks[c : c + size]))
            if deed and len(toks[c : c + size]) == size:
                return f"by:{deed}"
    if word == "writing" and word_at(toks, c + 1) == "for":
        k = words_from(toks, c + 2, frozenset({"the", "a", "unanimous", "divided", "split"}), 3)
        if word_at(toks, k) in lex.WRITING_FOR:
            return "by:authorship"  # "X, writing for the majority"
    if word in rel.MOVE_VERBS and word_at(toks, c + 1) != "by":
        k = words_from(toks, c + 1, lex.AUTHORED_MODIFIERS | {"the", "a", "an", "its", "his", "her", "their"}, 3)
        if word_at(toks, k) in lex.AUTHORED_WORKS:
            return "by:authorship"  # "Senator X introduced the bill", as "introduced by X"
    if word in lex.WRITE_VERBS:
        k = words_from(toks, c + 1, frozenset({"the", "a", "its", "majority", "court's", "unanimous"}), 3)
        if word_at(toks, k) in lex.WRITINGS:
            return "by:authorship"
    event = lex.SUBJECT_VERBS.get(word)
    if event and word_at(toks, c + 1) != "by":
        return f"by:{event}"
    if word not in _PHRASE_FIRST:
        return ""
    for size in (3, 2):
        event = lex.SUBJECT_PHRASES.get(" ".join(t.word for t in toks[c : c + size]))
        if event:
            return f"by:{event}"  # "X has claimed responsibility"
    return ""


#: First words of the passives and phrases :func:`_deed_cue` looks up: a word that opens none
#: needs no lookup of the words after it.
_PASSIVE_FIRST = frozenset(phrase.split(" ", 1)[0] for phrase in lex.SUBJECT_PASSIVES)
_PHRASE_FIRST = frozenset(phrase.split(" ", 1)[0] for phrase in lex.SUBJECT_PHRASES)


def lead_cue(toks: Sequence[Tok], c: int) -> str:
    """ "X will lead the restructuring", "X is heading the inquiry" -> ``by:leadership:<thing>``,
    the thing named by the last word of its noun phrase ("the company's restructuring"); not
    a position ("X led the league", "led 2-0") nor "led to". A headline's infinitive needs no
    determiner: "X to lead national team", "X to head central bank"."""
    if toks[c].word not in lex.LEAD_VERBS:
        return ""
    start = c + 2 if word_at(toks, c + 1) in lex.DETERMINERS else c + 1
    if start == c + 1 and word_at(toks, c - 1) != "to":
        return ""
    head = ""
    for k in range(start, min(len(toks), start + 3)):
        word = word_at(toks, k)
        if word == "'s" or word.endswith("'s") or (toks[k].name and word_at(toks, k + 1) == "'s"):
            continue  # "the company's", "Vantrell's"
        if not word.isalpha() or word in GOVERNING or word in lex.CLAUSE_WORDS or word in lex.AUXILIARIES:
            break
        head = word
    if not head or head in lex.LEAD_NOT_OBJECTS:
        return ""
    thing = thing_key(Tok(0, 0, head))
    return f"by:leadership:{lex.LED_WORKS.get(thing, thing)}" if thing else ""


def _charge_cue(toks: Sequence[Tok], c: int) -> str:
    """ "X was charged with fraud", "X is accused of taking bribes", "X, charged on Thursday
    with murder," -> ``by:charge``: who faces the charge (a passive, or a participle after a
    comma, whose tie to the offence may follow a day)."""
    links = lex.CHARGE_LINKS.get(toks[c].word)
    if not links or word_at(toks, c - 1) not in lex.AUXILIARIES | {","}:
        return ""
    k = c + 1
    while k < c + 5 and k < len(toks) and toks[k].word in lex.DEED_TIME_GAP and toks[k].word not in links:
        k += 1
    return "by:charge" if word_at(toks, k) in links else ""


def _object_deed_cue(toks: Sequence[Tok], c: int) -> str:
    """ "X detained the suspects", "X rescued all 21 crew" -> ``by:detention``, ``by:rescue``:
    the verb is active only when its object follows (a headline's "X arrested in Y" is not)."""
    deed = lex.OBJECT_DEEDS.get(toks[c].word)
    if not deed or c < 1 or not (toks[c - 1].name or toks[c - 1].word == ")"):
        return ""  # the doer's name stands right before ("Coast guard vessels and a ship rescued": no name)
    after = word_at(toks, c + 1)
    return f"by:{deed}" if after in lex.OBJECT_OPENERS or after[:1].isdigit() else ""


CUES: tuple[Callable[[Sequence[Tok], int], str], ...] = (
    _rank_cue, _winner_cue, _award_cue, _deed_cue, lead_cue, _charge_cue, _object_deed_cue
)


def subject_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for names that do what a cue says ("X finished third", "X
    mediated the talks"), and for the object of a defeat ("X beat Y": Y lost)."""
    for c, tok in enumerate(toks):
        if tok.name or tok.word in STOPS:
            continue
        roles = [cue(toks, c) for cue in CUES]
        for role in roles:
            if role:
                who = subject(toks, c)
                if who is not None:
                    yield who, role
        yield from _defeat(toks, c)


def _defeat(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "X beat Y" -> Y lost the match; "X lost to Y" -> Y won it and X lost it."""
    word = toks[c].word
    if word in lex.BEAT_VERBS:
        k = c + 1
        while word_at(toks, k) in lex.DETERMINERS:
            k += 1
        if k < len(toks) and toks[k].name and not coordinated(toks, k):
            yield k, "loser:match"
    elif word in lex.LOSE_VERBS and word_at(toks, c + 1) == "to":
        k = c + 2
        while word_at(toks, k) in lex.DETERMINERS:
            k += 1
        if k < len(toks) and toks[k].name and not coordinated(toks, k):
            yield k, "winner:match"
            who = subject(toks, c)
            if who is not None:
                yield who, "loser:match"


def roles_after_category(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for "best director went to X", "third place went to X",
    "Best director: X"."""
    for k, tok in enumerate(toks):
        if tok.word == "best" or tok.word in rel.HONOUR_PERSONS:
            category, end = award_category(toks, k)
            role = f"award:{category}" if category else ""
        elif tok.word in lex.RANKS and word_at(toks, k + 1) in lex.RANK_NOUNS:
            role, end = f"rank:{lex.RANKS[tok.word]}", k + 2
        else:
            continue
        if not role:
            continue
        j = words_from(toks, end, lex.AWARD_LINKS | {":"}, 4)
        if end < j < len(toks) and toks[j].name and not coordinated(toks, j):
            yield _described(toks, j), role


def _described(toks: Sequence[Tok], j: int) -> int:
    """The name a name at ``j`` describes, if it only qualifies a noun before one: "the Green
    candidate, Rosa Lind" -> Rosa Lind."""
    noun = word_at(toks, j + 1)
    qualifies = noun.isalpha() and noun not in lex.CLAUSE_WORDS and noun not in GOVERNING
    if qualifies and word_at(toks, j + 2) == "," and j + 3 < len(toks) and toks[j + 3].name:
        return j + 3
    return j


def _superlative(toks: Sequence[Tok], c: int) -> tuple[str, int]:
    """Return the role a superlative at ``c`` names ("sup:busiest port@country") and the index after
    its noun, or ("", c)."""
    word = toks[c].word
    start = c + 1
    if word in lex.MOST and word_at(toks, c + 1).isalpha():
        word, start = f"{word} {toks[c + 1].word}", c + 2
    elif word.rsplit("-", 1)[-1] not in lex.SUPERLATIVES:
        return "", c
    end = start
    while end < start + 2 and word_at(toks, end).isalpha():
        if toks[end].word in GOVERNING or toks[end].word in lex.CATEGORY_ENDS or toks[end].word in lex.CLAUSE_WORDS:
            break
        end += 1
    if end == start:
        return "", c
    head = toks[end - 1].word
    scope, end = _scope(toks, c, end)
    return f"sup:{word} {head}@{scope}", end


def _scope(toks: Sequence[Tok], c: int, end: int) -> tuple[str, int]:
    """Return where a superlative at ``c`` holds and the index after its words: the place or
    noun after its noun ("in West Africa") or that owns it ("Nigeria's", "the world's"), folded
    to a size (:data:`~claimdiff._lexicon.roles.SCOPE_NOUNS`, place levels); "country" when
    no word says."""
    if word_at(toks, end) in {"in", "on", "of"}:  # "the busiest port in West Africa"
        k = end + 1
        while word_at(toks, k) in lex.DETERMINERS:
            k += 1
        if k < len(toks) and (toks[k].name or toks[k].word.isalpha()):
            return _size(toks[k]), k + 1
    j = c - 1
    while word_at(toks, j) in lex.SUPERLATIVE_SKIPS:
        j -= 1
    if word_at(toks, j) == "'s" and j >= 1 and toks[j - 1].name:
        return _size(toks[j - 1]), end
    if j >= 0 and not toks[j].name and toks[j].word.endswith("'s"):
        return _size(toks[j]), end
    return "country", end


def _size(tok: Tok) -> str:
    """The scope a place or a noun names: world, continent, country, region, city, own (the
    story's company or club), or a name of no known size as itself."""
    if not tok.name:
        return lex.SCOPE_NOUNS.get(tok.word, tok.word.removesuffix("'s"))
    level = place_level(tok.word)
    if level in {"country", "continent"}:
        return level
    if level:
        return "region"
    return fold_word(tok.word.split()[0])


def superlative_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for names a superlative singles out: "Apapa, Nigeria's busiest
    port,", "the country's busiest port, Apapa", "Apapa is the busiest port"; not "one of the
    busiest ports"."""
    for c, tok in enumerate(toks):
        if tok.name:
            continue
        role, end = _superlative(toks, c)
        if not role:
            continue
        j = c - 1
        while j >= 0 and (toks[j].word in lex.DETERMINERS or toks[j].word.endswith("'s")):
            j -= 2 if toks[j].word == "'s" else 1  # "the country's", "Nigeria's"
        if word_at(toks, j) == "of" and word_at(toks, j - 1) in {"one", "two", "three", "some", "several"}:
            continue
        if j >= 1 and toks[j].word == "," and toks[j - 1].name and not coordinated(toks, j - 1):
            yield j - 1, role
        elif word_at(toks, j) in lex.COPULAS:
            who = subject(toks, j)
            if who is not None:
                yield who, role
        if word_at(toks, end) == "," and end + 1 < len(toks) and toks[end + 1].name and not coordinated(toks, end + 1):
            yield end + 1, role


def employer(toks: Sequence[Tok], i: int) -> str:
    """The employer role of the organisation at ``i``, named with a person's job.

    "Lars Moen, an economist at X", "an economist at X, Lars Moen,", "X economist Lars Moen",
    "Lars Moen, X's chief economist" -> ``employer:moen``. A past job ("a former economist
    at X") names no employer, nor does a title ("Chief executive Laura Brennan").
    """
    if toks[i].word in lex.JOBS or toks[i].word in lex.JOB_MODIFIERS:
        return ""
    j, _ = skip_back(toks, i - 1)
    if word_at(toks, j) in lex.EMPLOYER_PREPOSITIONS:
        k = _job_back(toks, j - 1)
        if k is not None:
            if k >= 1 and toks[k].word == "," and toks[k - 1].name:
                return _employer_of(toks[k - 1])
            if word_at(toks, i + 1) == "," and i + 2 < len(toks) and toks[i + 2].name:
                return _employer_of(toks[i + 2])
    k = i + 2 if word_at(toks, i + 1) == "'s" else i + 1
    end = _job_forward(toks, k)
    if end is None:
        return ""
    if word_at(toks, end) == ",":
        end += 1
    if end < len(toks) and toks[end].name:
        return _employer_of(toks[end])
    if word_at(toks, i + 1) == "'s" and word_at(toks, i - 1) == "," and i >= 2 and toks[i - 2].name:
        return _employer_of(toks[i - 2])
    return ""


def owner_of(toks: Sequence[Tok], i: int) -> str:
    """The employer role of an organisation that owns a person's name ("Bank South's Tom Hale"
    -> ``employer:hale``); a place owns no one it employs ("Kestria's Andrei Volan")."""
    person = i + 2
    if word_at(toks, i + 1) != "'s" or person >= len(toks) or not toks[person].name or place_level(toks[i].word):
        return ""
    if coordinated(toks, person) or len(toks[person].word.split()) < 2:
        return ""  # "Halyard's Osprey": a thing, or a name without a surname
    if toks[person].word.split()[-1] in KIND_WORDS:
        return ""  # "St Brendan's Community School": a place, no person
    return _employer_of(toks[person])


def author_of(toks: Sequence[Tok], i: int) -> str:
    """The authorship of a work a name owns in a possessive, by the kind of work: "Councillor
    Ana Grant's amendment" -> ``by:authorship:amendment``, "Ruiz's own bills" ->
    ``by:authorship:bill``; "" for anything else. The work is part of the role: a story may
    tell one person's amendment and another's report."""
    if word_at(toks, i + 1) != "'s":
        return ""
    work = word_at(toks, words_from(toks, i + 2, lex.AUTHORED_MODIFIERS, 2))
    if work.endswith("s") and work[:-1] in lex.AUTHORED_WORKS:
        work = work[:-1]
    return f"by:authorship:{work}" if work in lex.AUTHORED_WORKS else ""


def _job_back(toks: Sequence[Tok], k: int) -> int | None:
    """Step back over a job ("a senior economist", "founder and chief executive"); return the
    index before it, or None when there is no job or it is a past one."""
    jobs = 0
    while k >= 0 and not toks[k].name:
        word = toks[k].word
        if word in lex.PAST_JOB:
            return None
        if word in lex.JOBS:
            jobs += 1
        elif word not in lex.JOB_MODIFIERS and not (word == "and" and jobs):
            break
        k -= 1
    return k if jobs else None


def _job_forward(toks: Sequence[Tok], k: int) -> int | None:
    """Step over a job read forward ("chief economist"); return the index after it, or None."""
    jobs = 0
    while k < len(toks) and not toks[k].name:
        word = toks[k].word
        if word in lex.PAST_JOB:
            return None
        if word in lex.JOBS:
            jobs += 1
        elif word not in lex.JOB_MODIFIERS or word in {"a", "an", "the"}:
            break
        k += 1
    return k if jobs else None


def _employer_of(person: Tok) -> str:
    surname = fold_word(person.word.split()[-1])
    return f"employer:{surname}" if surname.isalpha() else ""


def post_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (person index, role) for the holder of a post one person holds at an organisation.

    "Halyard's chief executive, Nadia Kerr", "Halyard CEO Nadia Kerr", "Nadia Kerr, Halyard's
    chief executive", "Lindgren, the company's CFO" -> ``post:<organisation>:<post>``. A post
    with no organisation named ("Chief executive Nadia Kerr") or a past one gives none.
    """

    def role(k: int, run: tuple[str, ...]) -> str:
        org = _post_owner(toks, k - 1)
        return f"post:{org}:{_POST_FORMS[run]}" if org else ""

    yield from _titled(toks, _POST_FORMS, role)
    yield from _held_posts(toks)


def _held_posts(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (person index, role) for a post told by a verb in a relative clause: "Tomas Reyes,
    who chairs the union's pay committee," and "Ana Grant, who heads the ethics board," ->
    ``post:committee:chair``, ``post:board:head``: the body is the last word of the object."""
    for k in range(2, len(toks) - 2):
        post = lex.POST_VERBS.get(toks[k].word)
        if post is None or toks[k - 1].word != "who" or toks[k - 2].word != ",":
            continue
        if k < 3 or not toks[k - 3].name or coordinated(toks, k - 3):
            continue
        j = k + 1
        while j < len(toks) and j - k <= _OBJECT_WORDS and _object_word(toks[j]):
            j += 1
        body = toks[j - 1].word if j - 1 > k else ""
        if body in lex.POST_BODIES:
            yield k - 3, f"post:{body}:{post}"


#: Most words of the object of a verb of a post ("the union's resident doctors committee").
_OBJECT_WORDS = 6


def _object_word(tok: Tok) -> bool:
    """Whether a token may stand in the object of a verb of a post: a plain word or a possessive."""
    return not tok.name and tok.word.replace("'", "").isalpha() and tok.word not in lex.CLAUSE_WORDS


_TITLE_FORMS: Forms[str] = Forms(MappingProxyType({tuple(t.split()): role for t, role in lex.TITLES.items()}))


def title_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for a job one person fills in the event, named as a title:
    "referee Simon Clegg", "the referee, Simon Clegg,", "Simon Clegg, the referee," ->
    ``title:referee``."""
    return _titled(toks, _TITLE_FORMS, lambda k, run: _TITLE_FORMS[run])


def passive_title_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for the doer of a passive that names a job ("the match was
    refereed by Simon Clegg" -> ``title:referee``, as "referee Simon Clegg"), a past job
    ("former") aside."""
    for k in range(len(toks) - 2):
        title = lex.PASSIVE_TITLES.get(toks[k].word)
        if title and toks[k + 1].word == "by":
            who = _name_after(toks, k + 2)
            if who is not None:
                yield who, f"title:{title}"


def _titled(
    toks: Sequence[Tok], forms: Forms[str], role_of: Callable[[int, tuple[str, ...]], str]
) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for the names a title (a run of ``forms``) names: the name right
    after it ("chief executive, Nadia Kerr") or the name it is set beside ("Nadia Kerr,
    Halyard's chief executive"); a past title ("former") names no one."""
    for k in range(len(toks)):
        run = run_from(toks, k, forms)
        if not run and toks[k].name and (toks[k].word,) in forms.runs:
            run = (toks[k].word,)  # "the company's longtime CFO"
        if not run or word_at(toks, k - 1) in lex.PAST_JOB:
            continue
        role = role_of(k, run)
        if not role:
            continue
        who = _name_after(toks, k + len(run))
        if who is None and word_at(toks, k + len(run)) in lex.TITLE_COPULAS and word_at(toks, k - 1) == "the":
            who = _name_after(toks, k + len(run) + 1)  # "The referee was Simon Clegg"
        if who is None:
            who = _name_before(toks, k)
        if who is not None:
            yield who, role


_DOER_FORMS: Forms[str] = Forms(MappingProxyType({tuple(t.split()): e for t, e in lex.AGENT_TITLES.items()}))


def doer_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for a doer named by a noun set beside it: "its software supplier,
    X", "supplier X", "X, the airline's supplier," -> ``by:supply``, as "supplied by X";
    not one of several ("a supplier, X") nor a past one ("its former supplier")."""
    for k in range(len(toks)):
        run = run_from(toks, k, _DOER_FORMS)
        start = _doer_start(toks, k, trade=" ".join(run) in lex.AGENT_TRADES) if run else None
        if not run or start is None:
            continue
        who = _name_after(toks, k + len(run))
        if who is None and word_at(toks, k + len(run)) in lex.TITLE_COPULAS and start < k + len(run):
            who = _name_after(toks, k + len(run) + 1)  # "the company's owner is billionaire X"
        if who is None:
            who = _name_before(toks, start)
        if who is not None:
            yield who, f"by:{_hired_work(toks, ' '.join(run)) or _DOER_FORMS[run]}"


def _hired_work(toks: Sequence[Tok], doer: str) -> str:
    """Return the work a hired doer's sentence names ("repair work was carried out by the
    contractor X" -> "repair"), or "" when the doer is no hired one or no work is named."""
    if doer not in lex.HIRED_DOERS:
        return ""
    words = {t.word for t in toks}  # "Repair work was ...": an opening capital reads as a name
    works = sorted(w for w in lex.HIRED_WORKS if not words.isdisjoint(lex.AGENT_EVENTS[w]))
    return works[0] if works else ""


def _doer_start(toks: Sequence[Tok], k: int, *, trade: bool) -> int | None:
    """Where the words of a doer's noun at ``k`` start, over up to two words before it that
    say what kind ("its systems supplier", "the main contractor"); None when a word makes it
    one of several, a past one, or another kind of doer ("a supplier", "decision maker"), or
    when it is a trade, not the story's doer: words of a kind or a ``trade`` noun with no
    determiner or owner before ("shop owner X", "rail operator X", "said owner X")."""
    j = k
    while j > max(0, k - 2) and _kind_word(toks[j - 1]):
        j -= 1
    kinds = {t.word for t in toks[j:k]}
    before = word_at(toks, j - 1)
    if kinds & (lex.AGENT_NOT_KINDS | lex.PAST_JOB) or before in lex.INDEFINITE | lex.PAST_JOB:
        return None
    owned = before in lex.DETERMINERS or before.endswith("'s")
    return j if owned or not (kinds or trade) else None


def _kind_word(tok: Tok) -> bool:
    """Whether a word before a doer's noun may say what kind it is ("software", "main")."""
    word = tok.word
    if tok.name or not word.isalpha() or word in lex.DETERMINERS or word in lex.INDEFINITE:
        return False
    return word not in GOVERNING and word not in lex.CLAUSE_WORDS and word not in lex.AUXILIARIES


def _name_after(toks: Sequence[Tok], end: int) -> int | None:
    """The name that a title ending before ``end`` names, after an optional comma ("chief
    executive, Nadia Kerr"), unless it is one of several."""
    after = end + 1 if word_at(toks, end) == "," else end
    if word_at(toks, after).removesuffix(".") in lex.HONORIFICS or word_at(toks, after) in rel.DESCRIPTORS:
        after += 1  # "committee chair Dr Helen Ojo", "its owner, billionaire X"
    return after if after < len(toks) and toks[after].name and not coordinated(toks, after) else None


def _name_before(toks: Sequence[Tok], k: int) -> int | None:
    """The name a title starting at ``k`` is set beside, its owner and modifiers between
    ("Nadia Kerr, Halyard's chief executive", "Simon Clegg, the referee")."""
    j = k - 1
    while j >= 0 and (toks[j].word in lex.POST_MODIFIERS or toks[j].name or toks[j].word.endswith("'s")):
        if toks[j].name and word_at(toks, j + 1) != "'s":
            break
        j -= 1
    if word_at(toks, j) == "," and j >= 1 and toks[j - 1].name and not coordinated(toks, j - 1):
        return j - 1
    return None


def _post_owner(toks: Sequence[Tok], k: int) -> str:
    """Return who owns a post whose words start after ``k``: "Halyard's", "the company's",
    "Halyard" -> a folded word, or ""."""
    while k >= 0 and toks[k].word in lex.POST_MODIFIERS and toks[k].word not in {"the", "its", "their"}:
        k -= 1
    if k < 0:
        return ""
    tok = toks[k]
    if not tok.name and tok.word in lex.POST_BODIES:
        return tok.word  # "union committee chair Helen Ojo": a body one story has one of
    if tok.word == "'s" and k >= 1 and toks[k - 1].name:
        tok = toks[k - 1]
    elif tok.word.endswith("'s") and not tok.name:
        return fold_word(tok.word.removesuffix("'s"))  # "the company's"
    if not tok.name or tok.word in lex.JOB_MODIFIERS:
        return ""  # "Defense attorney X": the side a lawyer works for, capitalised, owns no post
    first = tok.word.split()[0]
    return fold_word(first)


def court(toks: Sequence[Tok], i: int) -> str:
    """A trial court ("Ramsey County District Court") named in a sentence about the trial."""
    if not toks[i].word.endswith(lex.TRIAL_COURTS):
        return ""
    return "court:trial" if any(not t.name and t.word in lex.TRIAL_CUES for t in toks) else ""
