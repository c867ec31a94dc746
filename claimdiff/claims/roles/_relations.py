"""Roles from a role noun and who fills it, however the relation is worded.

* ``appointee:<post>``: who was put in a post ("X was appointed chief executive", "the board
  named X as its chair", "Ahmed named new coach", "X takes over as editor", "the new CEO is
  X", "X will be the company's next chief executive", "interim boss X"); an interim holder
  fills ``appointee:interim <post>``;
* ``successor:<predecessor>``: who follows someone in a post ("X succeeds Z", "Z was replaced
  by X", "X takes over from Z", "Z's successor is X");
* ``identity:<person>``: who a person of the story was named as ("the victim was named as X",
  "police identified the gunman as X", "X was named as the suspect");
* ``winner:<thing>``: who won what ("X won the marathon", "the prize went to X", "the title
  was claimed by X", "the marathon winner was X", "X was declared the winner of the
  election", "X came out on top in the race"); ``loser:<thing>`` for "X was beaten by Y";
* ``by:maker``: who made a work told by a copula ("the mural is X's work", "the logo is the
  creation of X").

Every reader starts at a cue word and reads a bounded window around it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from types import MappingProxyType

from ..._lexicon import relations as rel
from ..._lexicon import roles as lex
from ._deeds import lead_cue
from ._events import fold_word
from ._text import GOVERNING, STOPS, Forms, Tok, coordinated, elsewhen, subject, unreal, words_from

#: Every post a person is appointed to, and every thing won.
_POST_NAMES = MappingProxyType({**lex.POSTS, **rel.APPOINT_POSTS})
_WON = MappingProxyType({**lex.CONTESTS, **rel.WON_THINGS})
_POSTS: Forms[str] = Forms(MappingProxyType({tuple(f.split()): p for f, p in _POST_NAMES.items()}))
_WIN_IN: Forms[str] = Forms(MappingProxyType({tuple(f.split()): f for f in rel.WIN_IN_PHRASES}))
_FIRST: Forms[str] = Forms(MappingProxyType({tuple(f.split()): f for f in rel.FIRST_PHRASES}))
_BEATEN: Forms[str] = Forms(MappingProxyType({tuple(f.split()): f for f in rel.BEATEN_VERBS}))
#: Verbs that put someone in a post with no auxiliary in a headline ("Ahmed named new coach").
_HEADLINE_VERBS = frozenset(
    {"appointed", "named", "chosen", "picked", "tapped", "selected", "hired", "installed", "elected", "re-elected",
     "promoted", "nominated", "sworn", "handpicked", "hand-picked", "confirmed", "unveiled", "recruited"}
)
_COPULAS = frozenset({"is", "was"})
#: Words after a noun that make it the subject of a clause ("claimed the election was rigged").
_FINITE = lex.AUXILIARIES | frozenset({"will", "would", "could", "might", "may", "must", "should"})
_AUX = lex.AUXILIARIES | {"will", "would", "to", "shall", "must", "may", "could"}
#: The words each reader starts at, read for another time only there.
_APPOINT_CUES = rel.APPOINT_VERBS | rel.TAKE_UP_VERBS | rel.BECOME_VERBS | rel.APPOINTMENT_NOUNS
_SUCCESSION_CUES = rel.SUCCEED_VERBS | rel.TAKE_FROM_VERBS | rel.SUCCESSOR_NOUNS | rel.HAND_OVER_VERBS
_WIN_CUES = (
    rel.WIN_VERBS | rel.WON_TO_VERBS | rel.WON_BY_VERBS | rel.GIVEN_VERBS | rel.WINNER_NOUNS | rel.VICTORY_NOUNS
    | _WIN_IN.first | _FIRST.first | _BEATEN.first | lex.LOSE_VERBS
)
#: Words a window never reads past.
_ENDS = STOPS | {"."}
#: Longest run of words read around a cue.
_REACH = 6


def _word(toks: Sequence[Tok], k: int) -> str:
    """The folded word at ``k``; the sentence's capitalised opening word ("Interim", "New") as a
    word; "" past either end and for a name."""
    if 0 <= k < len(toks) and (not toks[k].name or (k == 0 and " " not in toks[k].word)):
        return toks[k].word
    return ""


def _run(toks: Sequence[Tok], k: int, forms: Forms[str]) -> tuple[str, ...]:
    """The longest run of ``forms`` that starts at ``k``, a capitalised opening word read as a
    word, and an abbreviation written in capitals ("CEO") as one."""
    if 0 <= k < len(toks) and toks[k].name and (toks[k].word,) in forms.runs and toks[k].word.isalpha():
        return (toks[k].word,)
    if _word(toks, k) not in forms.first:
        return ()
    for size in (5, 4, 3, 2, 1):
        words = tuple(_word(toks, j) for j in range(k, k + size))
        if all(words) and words in forms.runs:
            return words
    return ()


def _name(toks: Sequence[Tok], k: int) -> int | None:
    """The name at ``k``, after honorifics and a possessive pronoun with its noun and comma
    ("Ms Lopez", "his assistant, Ray Dolan", "the Falcons"), unless it is one of several or
    owns what follows ("Lopez's"); a name a body owns is the one after it ("Labour's Priya
    Shah")."""
    end = min(len(toks), k + 4)
    while k < end and not toks[k].name and (toks[k].word.removesuffix(".") in lex.HONORIFICS or toks[k].word == "the"):
        k += 1
    if k + 2 < len(toks) and toks[k].word in {"his", "her", "their", "its"} and toks[k + 2].word == ",":
        k += 3  # "replaced by his assistant, Ray Dolan"
    if k >= len(toks) or not toks[k].name or coordinated(toks, k):
        return None
    if k + 1 < len(toks) and toks[k + 1].word == "'s":  # "Labour's Priya Shah": the person the body owns
        return k + 2 if k + 2 < len(toks) and toks[k + 2].name and not coordinated(toks, k + 2) else None
    return k


def _cues(toks: Sequence[Tok], cues: frozenset[str]) -> Iterator[tuple[int, str]]:
    """Yield (index, word) for the cue words of a reader whose clause tells no other time
    ("appointed in 2019", "won the title twice": :func:`elsewhen`)."""
    for c in range(len(toks)):
        word = _word(toks, c)
        if word in cues and not elsewhen(toks, c):
            yield c, word


# --- posts ---------------------------------------------------------------------------------------


def post_at(toks: Sequence[Tok], k: int) -> tuple[str, int, bool]:
    """Return the post named from ``k`` on, the index after it, and whether its words make it a
    new holder's: "its new chief executive" -> ("ceo", _, True), "caretaker manager" ->
    ("interim manager", _, True), "head of research" -> ("head:research", _, False); ("", k,
    False) when no post is named. An owner may stand before the post ("the company's",
    "Westbrook Energy's", "Ireland"), and up to two words that say of what ("finance minister")."""
    j, interim, new = k, "", False
    kinds: list[str] = []
    while j < min(len(toks), k + _REACH):
        word = _word(toks, j)
        run = _run(toks, j, _POSTS)
        if run:
            return _post_key(toks, run, j, kinds, interim, new)
        if word == "best" or word in lex.PAST_JOB:
            break  # "named best director": an award (award roles); "former coach": no new post
        if word in rel.INTERIM:
            interim, new = "interim ", True
        elif word in rel.NEW_HOLDER or word in rel.POST_LEADS:
            new = new or word in rel.NEW_HOLDER
        elif word.endswith("'s") and word[:-2].isalpha():
            pass  # "the company's"
        elif toks[j].name and j + 1 < len(toks) and toks[j + 1].word == "'s":
            j += 1  # "Westbrook Energy's"
        elif toks[j].name and j > 0 and _run(toks, j + 1, _POSTS):
            pass  # "new Ireland manager"
        elif word.isalpha() and word not in GOVERNING | lex.CLAUSE_WORDS | lex.INDEFINITE | _AUX:
            kinds.append(word)
            if len(kinds) > 2:
                break
        else:
            break
        j += 1
    return "", k, False


def _post_key(
    toks: Sequence[Tok], run: tuple[str, ...], j: int, kinds: list[str], interim: str, new: bool
) -> tuple[str, int, bool]:
    """The key of a post whose words ``run`` start at ``j``: a plain head keeps the words
    before it and what it is "of" ("foreign minister", "head:research")."""
    post, end = _POST_NAMES[" ".join(run)], j + len(run)
    if post not in rel.PLAIN_HEADS:
        return interim + post, end, new
    key = " ".join([*kinds, post])
    if _word(toks, end) == "of":
        k = end + 1
        while _word(toks, k) in lex.DETERMINERS or _word(toks, k).endswith("'s"):
            k += 1
        if k < len(toks) and (toks[k].name or toks[k].word.isalpha()):
            key, end = f"{key}:{fold_word(toks[k].word.split()[0])}", k + 1
    return interim + key, end, new


def _auxiliary_before(toks: Sequence[Tok], c: int) -> str:
    """The auxiliary before a verb at ``c`` over an adverb ("was officially named"), or ""."""
    for k in (c - 1, c - 2):
        word = _word(toks, k)
        if word in _AUX:
            return word
        if not word.endswith("ly") and word not in {"also", "now", "then", "since"}:
            return ""
    return ""


def appointment_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for who was put in a post by a verb: "X was appointed chief
    executive", "the club named X as its new coach", "X was sworn in as president", "Ahmed
    named new coach of Rovers", "X takes over as editor", "X was chosen to lead the inquiry"
    (the leader's role of :func:`lead_cue`)."""
    for c, word in _cues(toks, _APPOINT_CUES):
        if word in rel.APPOINT_VERBS:
            yield from _appointed(toks, c)
        elif word in rel.TAKE_UP_VERBS or word in rel.BECOME_VERBS:
            yield from _taken_up(toks, c)
        elif word in rel.APPOINTMENT_NOUNS:
            yield from _appointment_noun(toks, c)


#: Most words of an aside between commas after an appointed name.
_ASIDE_REACH = 14
#: A trade set before an appointed name ("appointed engineer X").
_JOB_WORDS = lex.JOBS


def _past_aside(toks: Sequence[Tok], k: int) -> int:
    """Return the index after an aside between commas that opens at ``k`` ("X, the council's
    finance chair, as ..."), or ``k`` when none opens there or it does not close."""
    if _word(toks, k) != ",":
        return k
    for j in range(k + 1, min(len(toks), k + _ASIDE_REACH)):
        if toks[j].word in STOPS:
            return k
        if toks[j].word == ",":
            return j + 1
    return k


def _taken_up(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "X takes over as editor", "X will serve as interim chief", "X becomes chief executive";
    not a post held before ("X served as coach for ten years"), nor an appointed name's
    infinitive after an aside ("chose X, leader of the Y group, to serve as"), which
    :func:`_appointed` reads."""
    word = toks[c].word
    if _word(toks, c - 1) == "to" and _word(toks, c - 2) == ",":
        return
    if word in rel.BECOME_VERBS:
        post, _, _ = post_at(toks, c + 1)
    else:
        k = c + 1
        while k < min(len(toks), c + _REACH) and _word(toks, k) in rel.APPOINT_PARTICLES:
            k += 1
        serving = word.startswith("serv") and _word(toks, c - 1) not in {"will", "to", "would"}
        post = post_at(toks, k + 1)[0] if _word(toks, k) == "as" and not serving else ""
    who = subject(toks, c) if post else None
    if who is not None:
        yield who, f"appointee:{post}"


def _appointment_noun(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "the appointment of X as chief executive", "X's appointment as chair"."""
    if _word(toks, c + 1) == "of":
        who = _name(toks, c + 2)
        after = who + 1 if who is not None else c
    elif c >= 2 and toks[c - 1].word == "'s" and toks[c - 2].name and not coordinated(toks, c - 2):
        who, after = c - 2, c + 1
    else:
        return
    post = post_at(toks, after + 1)[0] if who is not None and _word(toks, after) == "as" else ""
    if who is not None and post:
        yield who, f"appointee:{post}"


def _appointed(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    k = c + 1
    while k < min(len(toks), c + _REACH) and _word(toks, k) in rel.APPOINT_PARTICLES and not _name(toks, k):
        k += 1
    obj = _name(toks, k) if k < len(toks) else None
    if obj is None and _word(toks, k) in _JOB_WORDS:
        obj = _name(toks, k + 1)  # "appointed engineer X as project director"
    if obj is not None and obj <= c + 4:  # "the board named X as its chair": the object is appointed
        after = _past_aside(toks, obj + 1)  # "named X, its finance chair, as acting mayor"
        if _word(toks, after) == "to" and _word(toks, after + 1) in rel.TAKE_UP_VERBS:
            after += 2  # "chose X, a former judge, to serve as chair"
        post, _, _ = post_at(toks, after + 1 if _word(toks, after) == "as" else after)
        if post:
            yield obj, f"appointee:{post}"
        return
    aux = _auxiliary_before(toks, c)
    as_ = _word(toks, k) == "as"
    headline = toks[c].word in _HEADLINE_VERBS and c > 0 and toks[c - 1].name
    if not aux and not (headline and lex.DETERMINERS.isdisjoint(t.word for t in toks[c + 1 : k])):
        return  # "Diaz confirmed the president would attend": an object, no appointment
    if _word(toks, k) == "to":
        role = lead_cue(toks, k + 1)  # "X was chosen to lead the inquiry"
        j = k + 1
        while not role and j < min(len(toks), k + 5) and _word(toks, j) in rel.TO_POST_WORDS:
            j += 1  # "promoted to the role of chief executive"
        post = "" if role else post_at(toks, j)[0]
        role = role or (f"appointee:{post}" if post else "")
        who = subject(toks, c) if role else None
        if who is not None:
            yield who, role
        return
    post, _, new = post_at(toks, k + 1 if as_ else k)
    if post and (aux or as_ or new or _word(toks, k) == post.split(":")[0]):
        who = subject(toks, c)
        if who is not None:
            yield who, f"appointee:{post}"


def new_holder_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for a new holder told by a post set beside a name: "the new CEO
    is X", "X will be the company's next chief executive", "the new editor, X,", "interim
    boss X", "X, the incoming chair,"."""
    for k in range(len(toks)):
        word = _word(toks, k)
        if not (word in rel.NEW_HOLDER or word in rel.INTERIM or word in rel.POST_LEADS):
            continue
        if k > 0 and (_word(toks, k - 1) in rel.POST_LEADS or _word(toks, k - 1) in rel.INTERIM):
            continue  # read from the first word of the phrase
        post, end, new = post_at(toks, k)
        if not post:
            continue
        end = _past_of(toks, end)
        who, future = _holder_after(toks, end)
        if who is None:
            who, future = _holder_before(toks, k)
        if who is not None and (new or future):
            yield who, f"appointee:{post}"


def _past_of(toks: Sequence[Tok], end: int) -> int:
    """Step over what a post is of or to ("ambassador to Japan", "coach of the club")."""
    if _word(toks, end) in {"of", "to", "at", "for"}:
        k = end + 1
        while _word(toks, k) in lex.DETERMINERS:
            k += 1
        if k < len(toks) and (toks[k].name or toks[k].word.isalpha()) and toks[k].word not in _AUX:
            return k + 1
    return end


def _holder_after(toks: Sequence[Tok], end: int) -> tuple[int | None, bool]:
    """The name that holds a post ending at ``end``: "is X", "will be X", ", X", "X"; and
    whether the holder is told in the future."""
    word = _word(toks, end)
    if word in _COPULAS:
        return _name(toks, end + 1), False
    if word == "will" and _word(toks, end + 1) == "be":
        return _name(toks, end + 2), True
    if word == ",":
        return _name(toks, end + 1), False
    if end < len(toks) and toks[end].name:
        return _name(toks, end), False
    return None, False


def _holder_before(toks: Sequence[Tok], k: int) -> tuple[int | None, bool]:
    """The name before a post that starts at ``k``: "X is the new coach", "X will be the
    next CEO", "X, the new chair"."""
    word = _word(toks, k - 1)
    if word == "," and k >= 2 and toks[k - 2].name and not coordinated(toks, k - 2):
        return k - 2, False
    if word in _COPULAS or word == "be":
        return subject(toks, k - 1), word == "be" and _word(toks, k - 2) == "will"
    return None, False


# --- successions ---------------------------------------------------------------------------------


def _person_key(toks: Sequence[Tok], k: int) -> str:
    """The key of the one succeeded at ``k``: a name's last word ("Arne Falk", "the veteran
    Falk") or the noun of a post ("the minister"); "" for anything else ("replaced the tyres")."""
    for j in range(k, min(len(toks), k + 3)):
        if toks[j].name:
            return fold_word(toks[j].word.split()[-1]) if _word(toks, j + 1) != "'s" else ""
        word = toks[j].word
        if word in _POST_NAMES:
            return _POST_NAMES[word]
        if not word.isalpha() or word in GOVERNING or word in lex.CLAUSE_WORDS:
            return ""
    return ""


def succession_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for who follows whom in a post: "X succeeds Z", "X will replace
    the minister", "Z was replaced as coach by X", "X takes over from Z", "Z's successor is
    X"; a post told with them ("as finance director") gives the successor's appointment too."""
    for c, word in _cues(toks, _SUCCESSION_CUES):
        if word in rel.SUCCEED_VERBS:
            yield from _succeeded(toks, c)
        elif word in rel.TAKE_FROM_VERBS:
            post, k = _as_post(toks, words_from(toks, c + 1, rel.TAKE_FROM_GAP, 3))
            if _word(toks, k) == "from":
                yield from _successor(subject(toks, c), _person_key(toks, k + 1), post)
        elif word in rel.SUCCESSOR_NOUNS:
            yield from _successor_noun(toks, c)
        elif word in rel.HAND_OVER_VERBS:
            k = words_from(toks, c + 1, rel.HAND_OVER_GAP, 3)
            handed = k > c + 1 and _word(toks, k) == "to"
            who = subject(toks, c) if handed else None
            if who is not None:
                yield from _successor(_name(toks, k + 1), fold_word(toks[who].word.split()[-1]), "")


def _as_post(toks: Sequence[Tok], k: int) -> tuple[str, int]:
    """The post of an "as" phrase at ``k`` ("as head of the agency") and the index after it."""
    if _word(toks, k) != "as":
        return "", k
    post, end, _ = post_at(toks, k + 1)
    return (post, end) if post else ("", k)


def _successor(who: int | None, predecessor: str, post: str) -> Iterator[tuple[int, str]]:
    if who is None:
        return
    if predecessor:
        yield who, f"successor:{predecessor}"
    if post:
        yield who, f"appointee:{post}"


def _succeeded(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    post, k = _as_post(toks, c + 1)
    if _word(toks, k) == "by":  # "Z was replaced (as coach) by X"
        predecessor = subject(toks, c)
        key = fold_word(toks[predecessor].word.split()[-1]) if predecessor is not None else _noun_before(toks, c)
        yield from _successor(_name(toks, k + 1), key, post)
        return
    if _auxiliary_before(toks, c) in lex.AUXILIARIES - {"has", "have", "had"}:
        return  # a passive with no doer named
    key = _person_key(toks, c + 1)
    after = c + 2 if key else c + 1
    while after < len(toks) and not toks[after - 1].name and _word(toks, after - 1) in lex.DETERMINERS:
        after += 1
    post = post or _as_post(toks, after)[0]
    yield from _successor(subject(toks, c), key, post)


def _noun_before(toks: Sequence[Tok], c: int) -> str:
    """The common noun a passive at ``c`` is said of ("the minister was succeeded by")."""
    k = c - 1
    while k >= 0 and _word(toks, k) in _AUX | {"and", "later", "then", "soon"}:
        k -= 1
    word = _word(toks, k)
    return word if word.isalpha() and word in _POST_NAMES else ""


def _successor_noun(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "Z's successor (as POST) is X", "Z's replacement, X", "the successor to Z is X"."""
    if c >= 2 and toks[c - 1].word == "'s" and toks[c - 2].name:
        key, end = fold_word(toks[c - 2].word.split()[-1]), c + 1
    elif _word(toks, c + 1) in {"to", "for", "of"}:
        key, end = _person_key(toks, c + 2), c + 3
    else:
        return
    post, end = _as_post(toks, end)
    who, _ = _holder_after(toks, end)
    if who is None and c >= 3:
        start = c - 2 if toks[c - 1].word == "'s" else c
        who, _ = _holder_before(toks, start)
    yield from _successor(who, key, post)


# --- identities ----------------------------------------------------------------------------------


def _person_noun(toks: Sequence[Tok], k: int) -> str:
    """The person of the story a word names ("gunman" -> the title role or ``identity:attacker``), or ""."""
    person = rel.IDENTIFIED_PEOPLE.get(_word(toks, k), "")
    if not person:
        return ""
    return lex.TITLES.get(toks[k].word, f"identity:{person}")


def _person_before(toks: Sequence[Tok], c: int) -> str:
    """The person a passive at ``c`` is said of: a person noun within a few words before it, not
    one governed by "of" ("the father of the boy" is the father)."""
    for k in range(c - 1, max(-1, c - _REACH - 2), -1):
        word = _word(toks, k)
        if word in _ENDS or (k < len(toks) and toks[k].name and k > 0):
            return ""
        person = _person_noun(toks, k)
        if person and not _of_before(toks, k):
            return person
    return ""


def _of_before(toks: Sequence[Tok], k: int) -> bool:
    """Whether "of" governs the noun at ``k`` ("the father of the young boy")."""
    for j in range(k - 1, max(-1, k - 4), -1):
        word = _word(toks, j)
        if word == "of":
            return True
        if not word.isalpha() or word in GOVERNING:
            return False
    return False


def identity_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for who a person of the story was named as: "the victim was
    named as X", "the driver has been formally identified as X", "police identified the
    gunman as X", "X was named as the suspect", "the missing climber is X"."""
    for c in range(len(toks)):
        word = _word(toks, c)
        if word in rel.IDENTIFY_VERBS:
            yield from _identified(toks, c)
        elif word == "," and c >= 2 and _word(toks, c - 2) == "the" and _person_noun(toks, c - 1):
            who = _name(toks, c + 1)
            if who == c + 1 and _word(toks, c + 2) in {",", "."}:
                yield who, _person_noun(toks, c - 1)  # "the victim, Jane Holt,"
        elif word in _COPULAS and c >= 2 and _word(toks, c - 2) != "of":
            person = _person_noun(toks, c - 1)
            the = any(_word(toks, j) == "the" for j in range(max(0, c - 4), c - 1))
            who = _name(toks, c + 1) if person and the else None
            if who is not None and who == c + 1:
                yield who, person


def _identified(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    k, person = c + 1, ""
    for j in range(c + 1, min(len(toks), c + 5)):  # "police identified the gunman as X"
        if _word(toks, j) == "as":
            break
        person = person or _person_noun(toks, j)
        if not (_word(toks, j) in lex.DETERMINERS or _word(toks, j).isalpha() or person):
            break
    while k < min(len(toks), c + _REACH) and _word(toks, k) != "as":
        word = _word(toks, k)
        by_name = toks[k].name and _word(toks, k - 1) in {"by", "the"}  # "named by Avon Police as"
        if word in _ENDS or word == "," or (not word and not person and not by_name):
            return
        k += 1
    if _word(toks, k) != "as":
        return
    who = _name(toks, k + 1)
    if who is not None:
        person = person or _person_before(toks, c)
        if person:
            yield who, person
        return
    j = k + 1
    while _word(toks, j) in lex.DETERMINERS:
        j += 1
    person = _person_noun(toks, j) if _word(toks, j + 1) in _ENDS | {"", ",", "in", "after", "who"} else ""
    who = subject(toks, c) if person and _auxiliary_before(toks, c) else None
    if who is not None:
        yield who, person  # "X was named as the suspect"


# --- winners -------------------------------------------------------------------------------------


def won_thing(toks: Sequence[Tok], k: int, *, weak: bool = False, clause: bool = True) -> str:
    """What is won, read forward from ``k``: "the men's singles title" -> "match", "the
    Booker Prize" -> "named:booker", "the 100m" -> "100m"; "" for none, for another contest
    ("the 2019 election", "the previous race"), for the subject of a ``clause`` ("claimed the
    election was rigged") and, after a ``weak`` verb ("took the game to extra time"), for a
    contest itself."""
    named = ""
    for j in range(k, min(len(toks), k + _REACH)):
        word = _word(toks, j)
        pair = f"{word} {_word(toks, j + 1)}"
        size = 2 if pair in _WON else 1
        if size == 2 or word in _WON:
            head = pair if size == 2 else word
            if (clause and _word(toks, j + size) in _FINITE) or (weak and head.split()[-1] in rel.CONTEST_HEADS):
                return ""
            return _WON[head]
        if word in lex.EVENT_QUALIFIERS or word.isdigit():
            return ""
        if toks[j].name and j > 0 and _word(toks, j + 1) != "'s":
            named = named or f"named:{fold_word(toks[j].word.split()[0])}"
        elif word[:1].isdigit() and word[-1:].isalpha():
            return "" if weak else word  # "the 100m"
        elif not (word in rel.WON_LEADS or word.endswith("'s")):
            break
    return named


def _thing_before(toks: Sequence[Tok], c: int) -> str:
    """What is won, read back from a verb at ``c``: the noun that heads the phrase before it
    ("the gold medal went to", "the contract to build the bridge was awarded to", "the
    Pulitzer Prize for fiction was awarded to"); "" when the noun is another's ("prize money
    goes to") or an award has a category ("the best screenplay award went to", "the award for
    best actor went to": the award roles read those)."""
    k = c - 1
    while _word(toks, k) in lex.AUXILIARIES:
        k -= 1
    for j in range(k, max(-1, k - _REACH - 1), -1):
        word = _word(toks, j)
        if word in _ENDS or word == ",":
            return ""
        after = _word(toks, j + 1) if j < k else ""
        if after and after not in _COMPLEMENTS:
            continue  # only a complement may follow the head: "prize money" is money
        if toks[j].name and (j > 0 or " " in toks[j].word):
            words = toks[j].word.split()
            return f"named:{fold_word(words[0])}" if words[-1] in _WON else ""
        pair = f"{_word(toks, j - 1)} {word}"
        size = 2 if pair in _WON else 1
        thing = _WON.get(pair if size == 2 else word, "")
        if not thing:
            continue
        before = _word(toks, j - size)
        category = before and not (before in rel.WON_LEADS or before in lex.DETERMINERS or before.endswith("'s"))
        if category or before == "best" or (after and thing in _CATEGORY_THINGS):
            return ""
        return thing
    return ""


#: Words that may follow what is won and say of what: "the contract to build", "the prize for fiction".
_COMPLEMENTS = frozenset({"for", "in", "of", "to", "at", "on"})
#: Things won in categories, whose complement names one of several: "the award for best actor".
_CATEGORY_THINGS = frozenset({"award", "prize", "medal"})


def _doer(toks: Sequence[Tok], c: int) -> int | None:
    """The subject of a cue at ``c`` (:func:`subject`), unless a pronoun or a conjunction that
    opens another clause stands between ("the victory gave Ashbury ... since they last lifted
    the trophy"); after "to" ("came from behind to win"), only a name that opens its clause
    ("Ashby beat Crane to lift the cup": Crane is an object)."""
    who = subject(toks, c)
    if who is None or any(t.word in _CLAUSE_BREAKS and not t.name for t in toks[who + 1 : c]):
        return None
    if _word(toks, c - 1) == "to":
        j = who - 1
        while _word(toks, j) in lex.DETERMINERS:
            j -= 1
        return who if j < 0 or _word(toks, j) in _CLAUSE_BREAKS | {",", "and"} else None
    return who


#: Words between a name and a cue that give the cue another subject.
_CLAUSE_BREAKS = frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "as", "after", "when", "while", "because", "but", "since",
     "although", "though", "if", "until", "before", "whereas", "once", "so"}
)


def winner_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, role) for who won what, however told: "X won the marathon", "X came
    out on top in the race", "the prize went to X", "the title was claimed by X", "the
    marathon winner was X", "X was declared the winner of the election", "X crossed the line
    first" (``rank:1``), "X was beaten by Y", "X lost the final to Y"."""
    for c, word in _cues(toks, _WIN_CUES):
        if not word:
            continue
        if word in rel.WIN_VERBS and not unreal(toks, c):
            thing = won_thing(toks, c + 1, weak=word in rel.WEAK_WIN_VERBS)
            who = _doer(toks, c) if thing else None
            if who is not None:
                yield who, f"winner:{thing}"
        yield from _won_in(toks, c)
        if word in rel.WON_TO_VERBS or word in rel.WON_BY_VERBS:
            yield from _won_to(toks, c)
        if word in rel.GIVEN_VERBS and _auxiliary_before(toks, c) in lex.AUXILIARIES:
            thing = won_thing(toks, c + 2 if _word(toks, c + 1) == "with" else c + 1)
            who = _doer(toks, c) if thing else None
            if who is not None:
                yield who, f"winner:{thing}"  # "X was awarded the prize"
        if word in rel.WINNER_NOUNS:
            yield from _winner_noun(toks, c)
        if word in rel.VICTORY_NOUNS and c >= 2 and toks[c - 1].word == "'s" and toks[c - 2].name:
            thing = won_thing(toks, c + 2, clause=False) if _word(toks, c + 1) in {"in", "at"} else ""
            if thing and not coordinated(toks, c - 2):
                yield c - 2, f"winner:{thing}"  # "X's victory in the runoff"
        if _run(toks, c, _FIRST):
            who = _doer(toks, c)
            if who is not None:
                yield who, "rank:1"
        yield from _beaten(toks, c)


def _won_in(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "X came out on top in the race", "X emerged victorious in the runoff"."""
    run = _run(toks, c, _WIN_IN)
    if run and _word(toks, c + len(run)) in {"in", "at"}:
        thing = won_thing(toks, c + len(run) + 1, clause=False)
        who = _doer(toks, c) if thing else None
        if who is not None:
            yield who, f"winner:{thing}"


def _won_to(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "the prize went to X", "the contract was awarded to X", "the title was claimed by X"."""
    by = toks[c].word in rel.WON_BY_VERBS and _word(toks, c - 1) in lex.AUXILIARIES
    if _word(toks, c + 1) != ("by" if by else "to"):
        return
    who = _name(toks, c + 2)
    thing = _thing_before(toks, c) if who is not None else ""
    if who is not None and thing:
        yield who, f"winner:{thing}"


def _winner_noun(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "the marathon winner was X", "the winner of the election was X", "X, the contest
    winner,", "X was declared the winner of the election"."""
    end, thing = c + 1, _thing_before(toks, c) if c >= 1 else ""
    if _word(toks, c + 1) == "of":
        thing, end = won_thing(toks, c + 2, clause=False), c + 4
        while end < len(toks) and _word(toks, end) and _word(toks, end) not in _COPULAS | {",", "."}:
            end += 1
            if end > c + _REACH:
                return
    if not thing:
        return
    who, _ = _holder_after(toks, end)
    start = c
    while _word(toks, start - 1) in rel.WON_LEADS or (start >= 1 and toks[start - 1].name and start - 1 > 0):
        start -= 1
    if who is None and _word(toks, start - 1) == "as":
        start -= 1
    if who is None and _word(toks, start - 1) in rel.DECLARE_VERBS:
        who = _doer(toks, start - 1)
    elif who is None:
        who, _ = _holder_before(toks, start)
    if who is not None:
        yield who, f"winner:{thing}"


def _beaten(toks: Sequence[Tok], c: int) -> Iterator[tuple[int, str]]:
    """ "X was beaten by Y": Y won, X lost; "X lost the final to Y"."""
    run = _run(toks, c, _BEATEN)
    if run and _word(toks, c - 1) in lex.AUXILIARIES and _word(toks, c + len(run)) == "by":
        winner = _name(toks, c + len(run) + 1)
        loser = _doer(toks, c)
        if winner is not None and loser is not None:
            yield winner, "winner:match"
            yield loser, "loser:match"
    elif toks[c].word in lex.LOSE_VERBS and _word(toks, c + 1) in lex.DETERMINERS:
        thing = won_thing(toks, c + 1, clause=False)
        k = c + 2
        while k < min(len(toks), c + 5) and _word(toks, k) != "to":
            k += 1
        winner = _name(toks, k + 1) if thing and _word(toks, k) == "to" else None
        loser = _doer(toks, c) if winner is not None else None
        if winner is not None and loser is not None:
            yield winner, f"winner:{thing}"
            yield loser, f"loser:{thing}"


def sale_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, ``by:purchase``) for the buyer told by a sale: "the stadium was sold
    to X", "the council sold the stadium to X", as "X bought the stadium" gives."""
    for c in range(len(toks)):
        if _word(toks, c) not in rel.SELL_VERBS or elsewhen(toks, c):
            continue
        for k in range(c + 1, min(len(toks), c + _REACH)):
            word = _word(toks, k)
            if word == "to":
                who = _name(toks, k + 1)
                if who is not None:
                    yield who, "by:purchase"
                break
            if word in _ENDS or word in {",", "by", "for", "at"} or (toks[k].name and k > c + 1):
                break


# --- makers --------------------------------------------------------------------------------------


def maker_roles(toks: Sequence[Tok]) -> Iterator[tuple[int, str]]:
    """Yield (name index, ``by:maker``) for a maker told by a copula: "the mural is Diego
    Ramos's work", "the logo is the creation of designer X", "the building is the work of
    architect X"."""
    for c in range(1, len(toks) - 2):
        if _word(toks, c) not in _COPULAS:
            continue
        k = c + 1
        if toks[k].name and toks[k + 1].word == "'s" and _word(toks, k + 2) in rel.MAKING_NOUNS:
            yield k, "by:maker"
            continue
        if _word(toks, k) == "the" and _word(toks, k + 1) in rel.MAKING_NOUNS and _word(toks, k + 2) == "of":
            j = k + 3
            while j < min(len(toks), k + 6) and not toks[j].name and toks[j].word.isalpha():
                j += 1  # "of designer X"
            who = _name(toks, j)
            if who is not None:
                yield who, "by:maker"
