"""Statements as claims: the acts a sentence asserts, with their arguments and polarity.

A sentence's predicates are its verbs, nominalisations and phrases that name an act or a
state of news ("confirmed", "the approval", "cleared the way", "unchanged"), each folded to a
*concept* (:data:`~claimdiff._lexicon.statements.PREDICATE_CONCEPTS`): "authorised" and
"approved" are both ``approve``. Words are lemmatised by stripping suffixes, with the
irregular forms as data ("found" -> "find", "broke" -> "break").

Each predicate takes the polarity of the cues before it in its clause, read left to right:

* **negated**: "did not", "never", "no longer", "has yet to", "refused to", "failed to", a
  negative determiner ("no bacteria had been found", "made no mention of");
* **denied**: what follows "denied (that)" or "rejected reports that";
* **open**: what follows "whether" or "unclear"; "has not ruled out"; a verb of saying
  that was not said ("would not confirm", "declined to comment");
* **planned**: after a modal ("said it would stop") or a verb of intent ("plans to sign");
* **ruled out**: a planned act negated ("will not close", "has no plans to sign") or a
  negated present progressive, which tells what is arranged ("taxes are not going up");
* **affirmed** otherwise.

A clause ends at punctuation and at the words that start another ("but", "which", "and");
cues never reach past it. Words inside quotation marks are left to the quote rules.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

import attrs

from .._lexicon import statements as lex
from .._lexicon.people import HONORIFICS
from .._lexicon.speech import SPEECH_VERBS
from .._lexicon.stopwords import STOPWORDS
from ..errors import InvalidArgument, short_repr
from ..models import AssertionClaim, Polarity
from ..words import normalise_token
from .tokens import NUM, SYM, WORD, Token, tokenize

__all__ = [
    "ASSERTION_RULES",
    "NEAR_ARGUMENTS",
    "Assertion",
    "accounts_meet",
    "act_word",
    "argument_words",
    "assertions_meet",
    "claims_meet",
    "concept_of",
    "find_assertions",
    "forecloses",
    "inflections",
    "lemma_candidates",
    "named_only",
    "open_plan",
    "refused",
    "relation",
    "shared_arguments",
    "sole_acts",
    "whole_group_ended",
]


@attrs.frozen
class Assertion:
    """A predicate found in a text: its span, concept, polarity and the words it is about."""

    start: int
    """Offset of the cue of its polarity, or of the predicate when affirmed."""
    end: int
    """Offset after the predicate."""
    predicate: str
    """The concept ("confirm", "approve")."""
    polarity: Polarity
    """Whether it happened, did not, is denied, is open, is planned or is ruled out."""
    arguments: tuple[str, ...]
    """Content words of its sentence, folded, nearest first, its own words left out."""
    rule: str
    """The name of the rule of :data:`ASSERTION_RULES` that set its polarity."""
    subject: str = ""
    """The surname or name that opens its sentence as its subject, folded ("fenwick" for "Dale
    Fenwick, who ..."), or "" when the sentence opens otherwise."""


def _concepts() -> dict[str, str]:
    by_lemma: dict[str, str] = {}
    for concept, lemmas in lex.PREDICATE_CONCEPTS.items():
        for lemma in lemmas:
            by_lemma.setdefault(lemma, concept)
    return by_lemma


_CONCEPT_OF_LEMMA = _concepts()
#: How many of the words nearest two opposite acts must hold what they share.
NEAR_ARGUMENTS = 6
#: Phrases by their first word's lemma, longest first.
_PHRASES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _concept in sorted(lex.PHRASES, key=lambda p: -len(p[0])):
    _PHRASES.setdefault(_words[0], []).append((_words[1:], _concept))
#: Kept states (:data:`~claimdiff._lexicon.statements.KEPT_STATES`) by their first word, longest first.
_STATES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _concept, _sayings in lex.KEPT_STATES.items():
    for _saying in _sayings:
        _words = tuple(_saying.split())
        _STATES.setdefault(_words[0], []).append((_words[1:], _concept))
for _options in _STATES.values():
    _options.sort(key=lambda o: -len(o[0]))
#: States said after a form of "be" (:data:`~claimdiff._lexicon.statements.BE_STATES`, and
#: their negations), by their first word, longest first.
_BE_STATES: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _concept, _sayings in lex.BE_STATES.items():
    for _saying in _sayings:
        _words = tuple(_saying.split())
        _BE_STATES.setdefault(_words[0], []).append((_words[1:], _concept))
for _word, _concept in lex.NEGATED_STATES.items():
    _BE_STATES.setdefault(_word, []).append(((), _concept))
for _options in _BE_STATES.values():
    _options.sort(key=lambda o: -len(o[0]))
#: The words of the sayings of each state of :data:`~claimdiff._lexicon.statements.BE_STATES`.
@functools.cache
def _saying_table() -> dict[str, frozenset[str]]:
    """Map each concept said by a phrase or a state after "be" to the words of its sayings, a
    phrase's first word in all its forms ("taken to hospital": "take", "taken", "hospital")."""
    words: dict[str, set[str]] = defaultdict(set)
    for concept, sayings in lex.BE_STATES.items():
        words[concept].update(normalise_token(w) for saying in sayings for w in saying.split())
    for phrase, concept in lex.PHRASES:
        forms = [*inflections(phrase[0]), *(f for f, lemma in lex.IRREGULAR_FORMS.items() if lemma == phrase[0])]
        words[concept].update(normalise_token(w) for w in (*forms, *phrase[1:]))
    return {concept: frozenset(found) for concept, found in words.items()}

#: Separable phrases by their first word's lemma, longest first.
_SEPARABLE: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _concept in sorted(lex.SEPARABLE_PHRASES, key=lambda p: -len(p[0])):
    _SEPARABLE.setdefault(_words[0], []).append((_words[1:], _concept))

#: The rules that set a predicate's polarity, in the order they are tried, as data:
#: (name, what the cue is).
ASSERTION_RULES: tuple[tuple[str, str], ...] = (
    ("open", "'whether', 'unclear', 'if' after 'unclear' or 'asked', 'may have': what follows is open"),
    ("not-ruled-out", "'has not ruled out': what follows is open; 'ruled out' negates it"),
    ("unsaid", "a verb of saying negated ('would not confirm', 'declined to comment'): open"),
    ("double-negation", "two negations: no claim"),
    ("generic", "a negation in the simple present ('do not kill', 'doesn't spread'): a general truth, no claim"),
    ("denied", "after 'denied (that)' or 'rejected reports that'"),
    ("ruled-out", "a planned act negated ('will not close', 'has no plans to sign', 'are not going up')"),
    ("planned", "after a modal ('would', 'will') or a verb of intent ('plans to')"),
    ("negated", "after 'not', 'never', 'no', 'refused to', 'failed to', 'has yet to'"),
    ("affirmed", "no cue"),
)


def lemma_candidates(word: str) -> list[str]:
    """Return the lemmas a word form may have: itself, an irregular lemma, stripped suffixes.

    >>> lemma_candidates("approved")[:3], lemma_candidates("admitted")[-1], lemma_candidates("found")[0]
    (['approved', 'approv', 'approve'], 'admit', 'find')
    """
    w = word.casefold().replace("\u2019", "'")
    out = [lex.IRREGULAR_FORMS[w]] if w in lex.IRREGULAR_FORMS else []
    out.append(w)
    if w.endswith("ied") or w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s") and not w.endswith("ss"):
        out.append(w[:-1])
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            out.extend((stem, stem + "e"))
            if len(stem) > 2 and stem[-1] == stem[-2] and (stem[:-1] in lex.DOUBLING or stem[-1] == "l"):
                out.append(stem[:-1])  # "admitted"; a British "l" doubles: "cancelled", "labelled"
    return out


def inflections(lemma: str) -> tuple[str, ...]:
    """Return the regular forms of a verb lemma, each of which :func:`lemma_candidates` strips
    back to it: "-s", "-es", "-ed", "-ing", with a final "e" dropped, "y" turned to "i" and the
    consonant doubled where the lemma asks (:data:`~claimdiff._lexicon.statements.DOUBLING`);
    a final "l" after one vowel also doubles, as British spelling has it ("cancelled").

    >>> inflections("deny")
    ('deny', 'denies', 'denied', 'denying')
    """
    if lemma.endswith("y") and lemma[-2:-1] not in ("a", "e", "o", "u"):
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    stem = lemma + lemma[-1] if lemma in lex.DOUBLING else lemma
    plural = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "z")) else lemma + "s"
    forms: tuple[str, ...] = (lemma, plural, stem + "ed", stem + "ing")
    if stem == lemma and len(lemma) > 3 and lemma[-1] == "l" and lemma[-2] in "aeiou" and lemma[-3] not in "aeiou":
        forms += (lemma + "led", lemma + "ling")  # British: "cancelled", "signalling"
    return forms


def _forms(lemmas: Iterable[str]) -> dict[str, str]:
    """Return every form of ``lemmas`` by the lemma it is a form of (irregular forms first)."""
    wanted = set(lemmas)
    table = {form: lemma for form, lemma in lex.IRREGULAR_FORMS.items() if lemma in wanted}
    for lemma in sorted(wanted):
        for form in inflections(lemma):
            table.setdefault(form, lemma)
    return table


#: Every form of a predicate lemma, by its lemma ("approved" -> "approve").
_LEMMA_OF_FORM = _forms(_CONCEPT_OF_LEMMA)


def concept_of(word: str) -> tuple[str, str] | None:
    """Return (concept, lemma) of a word that names an act or state of news, or None.

    >>> concept_of("authorised"), concept_of("victory"), concept_of("table")
    (('approve', 'authorise'), ('win', 'win'), None)
    """
    return _concept_of(word)


@functools.lru_cache(maxsize=1 << 16)
def _concept_of(word: str) -> tuple[str, str] | None:
    """:func:`concept_of`, cached: the words of news recur."""
    w = word.casefold().replace("\u2019", "'")
    noun = _nominalisation(w)
    if noun is not None:
        return _CONCEPT_OF_LEMMA[noun], noun
    lemma = _LEMMA_OF_FORM.get(w)
    return None if lemma is None else (_CONCEPT_OF_LEMMA[lemma], lemma)


def _nominalisation(w: str) -> str | None:
    """Return the verb lemma a folded noun names the act of ("approvals" -> "approve"), or None."""
    noun = lex.NOMINALISATIONS.get(w)
    if noun is None and w.endswith("s"):
        noun = lex.NOMINALISATIONS.get(normalise_token(w))
    return noun


def relation(a: str, a_polarity: Polarity, b: str, b_polarity: Polarity) -> str:
    """Return how two concepts meet: "same", "antonym", "general" (one stands for the other
    when it did not happen) or "" when they speak of different acts.

    >>> relation("confirm", Polarity.AFFIRMED, "deny", Polarity.AFFIRMED)
    'antonym'
    >>> relation("rule", Polarity.NEGATED, "approve", Polarity.AFFIRMED)
    'general'
    """
    if a == b:
        return "same"
    if frozenset((a, b)) in lex.ANTONYMS:
        return "antonym"
    for general, gp, specific, sp in ((a, a_polarity, b, b_polarity), (b, b_polarity, a, a_polarity)):
        covered = lex.GENERAL_CONCEPTS.get(general)
        undone = gp.answer in ("no", "open", "never")
        if covered and undone and sp.answer == "yes" and (specific in covered or "*" in covered):
            return "general"
    return ""


def assertions_meet(
    a: tuple[str, Polarity, Sequence[str]], b: tuple[str, Polarity, Sequence[str]], *, least: int = 2
) -> str:
    """Return how two assertions, each (concept, polarity, arguments), speak of one act, or "".

    Their concepts must meet (:func:`relation`) and their sentences share ``least`` argument
    words, or as many as the sparer of the two has when it has fewer (at least one): "No
    deaths have been reported" says it of everything the story is about. An act
    ruled out meets another as opposite acts do, by the words nearest both: what will not
    happen is often narrower than its sentence ("none of the cuts will fall in Texas").

    >>> found, not_found = ("find", Polarity.AFFIRMED, ("water", "hospital")), ("find", Polarity.NEGATED, ("water",))
    >>> assertions_meet(found, not_found)
    'same'
    """
    how = relation(a[0], a[1], b[0], b[1])
    if not how:
        return ""
    strict = how == "antonym" or Polarity.RULED_OUT in (a[1], b[1])
    if not strict and (_unqualified(a) or _unqualified(b)):
        return how  # "No arrests have been made, police said last night": of the whole story
    need = least if strict else max(1, min(least, len(a[2]), len(b[2])))
    return how if len(shared_arguments(a[2], b[2], how="antonym" if strict else how)) >= need else ""


def _unqualified(assertion: tuple[str, Polarity, Sequence[str]]) -> bool:
    """Return whether an act said not to have happened is said of nothing in particular: its
    sentence holds no word but the reporting around it ("No deaths have been reported", "no
    arrests had been made, police said last night")."""
    return assertion[1].answer == "no" and all(word in lex.REPORTING_WORDS for word in assertion[2])


def open_plan(c: AssertionClaim) -> bool:
    """Return whether an assertion leaves a plan open: a modal stands between its cue and its
    act ("declined to say whether his client would appeal", "unclear if the plant will close").

    >>> from claimdiff.models import Sentence
    >>> text = "It is unclear whether the plant will close."
    >>> open_plan(AssertionClaim(source="a", text="whether the plant will close", start=14, end=42,
    ...                          sentence=Sentence(text, 0, len(text)), key="close", polarity=Polarity.OPEN))
    True
    """
    return c.polarity is Polarity.OPEN and not _words_and_lemmas(c.text)[0].isdisjoint(lex.MODALS)


def refused(c: AssertionClaim) -> bool:
    """Return whether an act did not happen because it was refused ("has refused to reopen
    talks", "declined to sign"): a refusal answers a plan of the act too.

    >>> from claimdiff.models import Sentence
    >>> text = "The board refused to reopen talks."
    >>> refused(AssertionClaim(source="a", text="refused to reopen", start=10, end=27,
    ...                        sentence=Sentence(text, 0, len(text)), key="open", polarity=Polarity.NEGATED))
    True
    """
    return c.polarity is Polarity.NEGATED and not _words_and_lemmas(c.text)[1].isdisjoint(lex.REFUSING_VERBS)


@functools.lru_cache(maxsize=1 << 12)
def _words_and_lemmas(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Return the folded words of an assertion's text and their lemmas, read once per text:
    alignment asks of every pair with a plan in it."""
    toks = tokenize(text)
    return frozenset(t.low for t in toks), frozenset(_lemma(t) for t in toks)


def _plan_and_refusal(a: AssertionClaim, b: AssertionClaim) -> bool:
    return (a.polarity is Polarity.PLANNED and refused(b)) or (b.polarity is Polarity.PLANNED and refused(a))


def sole_acts(claims: Sequence[AssertionClaim]) -> frozenset[tuple[str, str]]:
    """Return the (source, concept) pairs a source asserts in one sentence only: its one
    account of that act. Two sources' one accounts of an act meet on one shared word
    (:func:`accounts_meet`), as a rare noun each source counts once links its figures.

    A plan is another time's act: a source's plans count only where it tells no act of the
    concept as done or not ("have not yet left Kessara" is the one account beside "did not say
    when they would fly home").

    The pairs (source, :func:`act_word` of a claim) whose claims all give one answer are in it
    too, however often the source tells it: its one account of the act named by that word
    ("refused to give refunds ... no refunds would be offered").
    """
    sentences: dict[tuple[str, str], set[int]] = defaultdict(set)
    plans: dict[tuple[str, str], set[int]] = defaultdict(set)
    answers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for c in claims:
        told = plans if c.polarity is Polarity.PLANNED else sentences
        told[(c.source, c.key)].add(c.sentence.start)
        word = act_word(c)
        if word:
            answers[(c.source, word)].add(c.polarity.answer)
    once = {key for key in sentences.keys() | plans.keys() if len(sentences.get(key) or plans[key]) == 1}
    return frozenset(once.union(key for key, found in answers.items() if len(found) == 1))


def act_word(c: AssertionClaim) -> str:
    """Return the lemma of the word that names an assertion's act, marked with "=" so that it
    is told from a concept ("=compensate" for "would not offer compensation"), or "" for a
    phrase.

    >>> from claimdiff.models import Sentence
    >>> text = "It would not offer compensation."
    >>> act_word(AssertionClaim(source="a", text="would not offer compensation", start=3, end=31,
    ...                         sentence=Sentence(text, 0, len(text)), key="pay", polarity=Polarity.RULED_OUT))
    '=compensate'
    """
    found = _act_of_text(c.text)
    return "" if found is None else "=" + found[0]


def named_only(c: AssertionClaim) -> bool:
    """Return whether an assertion's act is named by a noun, not told by a verb ("mountain
    rescue said", "calls for his release"): a name of an act does not tell it done.

    >>> from claimdiff.models import Sentence
    >>> text = "The mountain rescue team said."
    >>> named_only(AssertionClaim(source="a", text="rescue", start=13, end=19,
    ...                           sentence=Sentence(text, 0, len(text)), key="rescue", polarity=Polarity.AFFIRMED))
    True
    """
    return _names_act(c.text)


def _names_act(text: str) -> bool:
    """Return whether the last word of an assertion's text is a noun that names its act."""
    found = _act_of_text(text)
    return found is not None and found[1]


@functools.lru_cache(maxsize=1 << 12)
def _act_of_text(text: str) -> tuple[str, bool] | None:
    """Return (lemma, whether it is a noun) of the last word of an assertion's text, or None."""
    toks = tokenize(text)
    if not toks:
        return None
    found = _concept_of(toks[-1].text)
    return None if found is None else (found[1], _nominalisation(toks[-1].low) is not None)


def _named_alike(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two assertions of one concept, a plan and its ruling out or refusal, name
    their act by one word, a noun in at least one of them ("would not offer compensation" /
    "will pay compensation", "refused to give refunds" / "will refund"). What was done or not
    is left to the words around it: "a link" / "was not linked" may be two links."""
    if a.key != b.key or Polarity.PLANNED not in (a.polarity, b.polarity):
        return False
    other = b if a.polarity is Polarity.PLANNED else a
    if other.polarity is not Polarity.RULED_OUT and not refused(other):
        return False
    mine, theirs = _act_of_text(a.text), _act_of_text(b.text)
    return mine is not None and theirs is not None and mine[0] == theirs[0] and (mine[1] or theirs[1])


def accounts_meet(
    a: AssertionClaim, b: AssertionClaim, *, least: int = 2, sole: bool = False, named: bool = False
) -> str:
    """:func:`claims_meet`, and for two sources' one accounts of an act (``sole``, see
    :func:`sole_acts`), neither ruled out: of antonyms, a meeting on the word nearest both when
    it is no name; of one concept (not a general act), on one shared word when one of them says
    nothing else but who tells it:
    "Police are investigating the claims" / "Scotland Yard was not investigating the claims".
    Two sources' one accounts of an act named by one noun (``named``: "compensation",
    "refunds") meet on that noun alone, when their answers differ: who pays it is the story's
    one payer ("the airline would not offer compensation" / "Northway will pay compensation")."""
    how = claims_meet(a, b, least=least)
    if not how and named and _named_alike(a, b):
        return "same"
    if how or not sole or Polarity.RULED_OUT in (a.polarity, b.polarity):
        return how
    if a.key != b.key:
        # two sources' one accounts of opposite acts whose nearest word is one, and no name:
        # "The island's airport was closed on Thursday" / "The airport remained open"
        opposite = frozenset((a.key, b.key)) in lex.ANTONYMS and Polarity.PLANNED not in (a.polarity, b.polarity)
        one_thing = a.arguments[:1] == b.arguments[:1] != () or _within(a.arguments, b.arguments)
        return "antonym" if opposite and one_thing and claims_meet(a, b, least=1) == "antonym" else ""
    if claims_meet(a, b, least=1) != "same":
        # "Remarkably, no one was killed, and ...": an act said not to have happened, of nothing
        # but who tells it, is said of the whole story, whatever else its sentence goes on to say
        bare = any(c.polarity.answer == "no" and _said_of_nothing(c) for c in (a, b))
        return "same" if bare and a.polarity.answer != b.polarity.answer else ""
    shared = shared_arguments(a.arguments, b.arguments)
    if _told_bare(a, shared) or _told_bare(b, shared):
        return "same"
    return "same" if _recipient_told(a, b) else ""


def _recipient_told(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two sources' one accounts of an act done to someone
    (:data:`~claimdiff._lexicon.statements.RECIPIENT_ACTS`), one done and one not, share who
    it was done to among the words nearest both: "the council was warned about cracks" /
    "the council received no warnings"; "a consultation with parents" / "no consultation
    with parents took place"."""
    if a.key not in lex.RECIPIENT_ACTS or {a.polarity.answer, b.polarity.answer} != {"yes", "no"}:
        return False
    return bool(shared_arguments(a.arguments, b.arguments, how="antonym") - {a.key})


def _within(a: Sequence[str], b: Sequence[str]) -> bool:
    """Return whether the sparer of two accounts speaks of nothing the other does not, among the
    words nearest it: "The fisherman is still missing" / "The fisherman was found safe".

    >>> _within(("fisherman",), ("safe", "fisherman")), _within(("boat",), ("safe", "fisherman"))
    (True, False)
    """
    sparer, other = (a, b) if len(a) <= len(b) else (b, a)
    return bool(sparer) and frozenset(sparer) <= frozenset(other[:NEAR_ARGUMENTS])


def _said_of_nothing(c: AssertionClaim) -> bool:
    """Return whether an assertion's clause holds nothing but its act, names and the words of
    reporting ("nobody was killed, police said"; not "no arrests were made at the rally")."""
    rest = _clause_words(c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start)
    return rest - {c.key} - _name_words(c.sentence.text) - _saying_words(c.key) <= lex.REPORTING_WORDS


def forecloses(done: AssertionClaim, plan: AssertionClaim) -> bool:
    """Return whether an act done rules out a plan of another concept: a foreclosing act
    (:data:`~claimdiff._lexicon.statements.FORECLOSING_CONCEPTS`), or an act that ends a state
    planned to be kept ("has reopened" / "will remain closed"), told of no earlier time ("the
    fair has been cancelled" / "the fair will go ahead", but not "was cancelled last year").

    >>> from claimdiff.models import Sentence
    >>> def claim(text, key, polarity):
    ...     return AssertionClaim(source="a", text=key, start=text.index(" ") + 1, end=len(text) - 1,
    ...                           sentence=Sentence(text, 0, len(text)), key=key, polarity=polarity)
    >>> plan = claim("The fair will go ahead.", "continue", Polarity.PLANNED)
    >>> forecloses(claim("The fair has been cancelled.", "cancel", Polarity.AFFIRMED), plan)
    True
    >>> forecloses(claim("The fair was cancelled last year.", "cancel", Polarity.AFFIRMED), plan)
    False
    """
    if done.polarity is not Polarity.AFFIRMED or plan.polarity is not Polarity.PLANNED:
        return False
    ends = done.key in lex.STATE_ENDINGS.get(plan.key, ())
    if (done.key not in lex.FORECLOSING_CONCEPTS and not ends) or plan.key == done.key:
        return False
    at, end = done.start - done.sentence.start, done.end - done.sentence.start
    if not _clause_words(done.sentence.text, at, end).isdisjoint(lex.EARLIER_WORDS):
        return False
    return not any(t.text.isdigit() and len(t.text) == 4 for t in _clause_tokens(done.sentence.text, at, end))


def _told_bare(c: AssertionClaim, shared: frozenset[str]) -> bool:
    """Return whether an assertion's clause says nothing beyond the words it shares but who
    tells it: names, the words of reporting, light verbs and adverbs of manner ("Scotland Yard
    said it was not investigating the claims", "it has not formally confirmed the closure, and
    ...", "residents said they had received no warning")."""
    rest = _clause_words(c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start)
    rest = rest - shared - {c.key} - _name_words(c.sentence.text) - _saying_words(c.key)
    return all(word in lex.REPORTING_WORDS or word in lex.LIGHT_VERBS or word.endswith("ly") for word in rest)


def _saying_words(concept: str) -> frozenset[str]:
    """Return the content words of the sayings of a concept told by a phrase or a form of "be"
    (:data:`~claimdiff._lexicon.statements.PHRASES`, :data:`~claimdiff._lexicon.statements.BE_STATES`):
    "board" says the state "was not on board", "hospital" the act "was taken to hospital", and
    nothing beside it."""
    return _saying_table().get(concept, frozenset())


@functools.lru_cache(maxsize=1 << 12)
def _clause_words(sentence: str, start: int, end: int) -> frozenset[str]:
    """Return the content words of the clause an assertion at ``sentence[start:end]`` stands
    in, folded as arguments: its sentence cut at punctuation and at the words that open
    another clause. Read once per assertion: alignment and the rules ask of every pair."""
    toks = _clause_tokens(sentence, start, end)
    return frozenset(word for t in toks if t.kind is WORD and (word := _content_word(t.text)))


def _clause_tokens(sentence: str, start: int, end: int) -> Sequence[Token]:
    """Return the tokens of the clause an assertion at ``sentence[start:end]`` stands in."""
    toks = tokenize(sentence)
    first = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    lo = first
    while lo > 0 and not _breaks_clause(toks[lo - 1]):
        lo -= 1
    hi = first
    while hi < len(toks) and (toks[hi].start < end or not _breaks_clause(toks[hi])):
        hi += 1
    return toks[lo:hi]


def _breaks_clause(tok: Token) -> bool:
    return (tok.kind is SYM and tok.text in lex.CLAUSE_SYMBOLS) or tok.low in lex.CLAUSE_WORDS


def claims_meet(a: AssertionClaim, b: AssertionClaim, *, least: int = 2) -> str:
    """:func:`assertions_meet` for two assertion claims. Opposite acts must also share a word
    that is no part of a name: a person, a place or a court names who or where, not what
    ("Dale Smith admitted speeding in Kelso" / "Dale Smith denied dangerous driving at Kelso
    Crown Court" share only names).

    >>> from claimdiff.models import Sentence
    >>> def claim(text, at, key):
    ...     return AssertionClaim(source=at, text=key, start=0, end=1, sentence=Sentence(text, 0, len(text)), key=key,
    ...                           arguments=find_assertions(text)[0].arguments)
    >>> claims_meet(claim("Dale Smith admitted speeding in Kelso.", "a", "admit"),
    ...             claim("Dale Smith denied dangerous driving in Kelso.", "b", "deny"))
    ''
    """
    how = assertions_meet((a.key, a.polarity, a.arguments), (b.key, b.polarity, b.arguments), least=least)
    if how and (_met_on_tellers(a, b) or _two_doers(a, b)):
        how = ""
    if not how:
        how = _untold_meet(a, b, least)
    if not how and a.subject and a.subject == b.subject:
        kin = relation(a.key, a.polarity, b.key, b.polarity)
        if kin in ("same", "general") and (a.key in lex.SUBJECT_ACTS or b.key in lex.SUBJECT_ACTS):
            # "Templeton said she would not resign" / "Moira Templeton stepped down"; "Ms Dunn
            # was taken to hospital" / "She did not need hospital treatment"
            return kin
        if frozenset((a.key, b.key)) in lex.SUBJECT_ANTONYMS:
            return "antonym"  # "Fenwick stayed on the pitch" / "Fenwick was sent off"
    if not how and a.key == b.key and a.arguments[:1] == b.arguments[:1] != () and _plan_and_refusal(a, b):
        return "same"  # one object right by both: "agreed to reopen talks" / "refused to reopen talks"
    if how == "antonym":
        names = _name_words(a.sentence.text) | _name_words(b.sentence.text)
        if not shared_arguments(a.arguments, b.arguments, how=how) - names or _told_apart(a.arguments, b.arguments):
            return ""
        if _acts_apart(a, b) or not _state_meets_end(a, b) or not _state_meets_end(b, a):
            return ""  # "The pilot survived" / "A passenger died"; "people still missing" / "the boat was found"
        if _told_earlier(a) != _told_earlier(b):
            return ""  # "passed its most recent inspection in March" / "failed an inspection last year"
    if how == "same" and {a.polarity.answer, b.polarity.answer} == {"yes", "no"}:
        denied, told = (a, b) if a.polarity.answer == "no" else (b, a)
        if _denied_of_another_part(denied, told):
            return ""
    return how


def _two_doers(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two assertions, one of an act a person does (:data:`SUBJECT_ACTS`), open
    with two different people as their subjects: "Councillor Brook voted for the closure" and
    "Hollis ... He did not vote" tell of two votes."""
    acts = lex.SUBJECT_ACTS
    return (a.key in acts or b.key in acts) and bool(a.subject) and bool(b.subject) and a.subject != b.subject


def _denied_of_another_part(denied: AssertionClaim, told: AssertionClaim) -> bool:
    """Return whether an act denied in a sentence that also tells it done ("the drug did not
    reduce the risk of strokes, but it did cut the risk of heart attacks") is denied of another
    part than the act another source tells done: no word of the denial's object, other than the
    words of the object of the act its own sentence tells done, is near that act."""
    text = denied.sentence.text
    done = [
        _object_words(text, x.end)
        for x in _sentence_assertions_of(text)
        if x.predicate == denied.key and x.polarity is Polarity.AFFIRMED
    ]
    if not done:
        return False
    own = _object_words(text, denied.end - denied.sentence.start).difference(*done) - {denied.key}
    return bool(own) and own.isdisjoint(told.arguments[:NEAR_ARGUMENTS])


#: Content words read after an act for its object: "did not reduce *the risk of strokes*".
_OBJECT_WORDS = 3


@functools.lru_cache(maxsize=1 << 12)
def _object_words(sentence: str, end: int) -> frozenset[str]:
    """Return the first few content words after ``sentence[:end]`` in its clause."""
    out: list[str] = []
    for tok in tokenize(sentence[end:]):
        if _breaks_clause(tok) or len(out) == _OBJECT_WORDS:
            break
        word = _content_word(tok.text) if tok.kind is WORD else ""
        if word:
            out.append(word)
    return frozenset(out)


def _told_earlier(c: AssertionClaim) -> bool:
    """Return whether an assertion's clause puts its act at an earlier time than the story's
    (:data:`~claimdiff._lexicon.statements.EARLIER_WORDS`: "last year", "two years ago", "a
    previous inspection", but not "last week"): two opposite acts, one told so and one not,
    are two acts.

    >>> from claimdiff.models import Sentence
    >>> text = "The factory failed a fire inspection last year."
    >>> _told_earlier(AssertionClaim(source="a", text="failed", start=12, end=18,
    ...                              sentence=Sentence(text, 0, len(text)), key="fail"))
    True
    """
    at, end = c.start - c.sentence.start, c.end - c.sentence.start
    words = _clause_words(c.sentence.text, at, end)
    # "last week", "last night" are the story's own days; "last year" is another time
    return not (words - {"last"}).isdisjoint(lex.EARLIER_WORDS) or {"last", "year"} <= words


def _acts_apart(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether two opposite acts of :data:`~claimdiff._lexicon.statements.DOER_ANTONYMS`
    are told of two doers ("The pilot survived" / "A passenger died"), beside each other in one
    sentence ("welcomed the rise but criticised the delay"), or, for acts whose subject is the
    doer only when active, in two voices ("The mayor praised the crews" / "The mayor was
    criticised")."""
    pair = frozenset((a.key, b.key))
    if pair not in lex.DOER_ANTONYMS:
        return False
    if _doer(a).isdisjoint(_doer(b)) or _also_tells(a, b.key) or _also_tells(b, a.key):
        return True
    return pair in lex.VOICED_ANTONYMS and _passive(a) != _passive(b)


def _state_meets_end(state: AssertionClaim, act: AssertionClaim) -> bool:
    """Return whether a state kept may meet an act that ends it. The act must be told by a
    verb, as an act named by a noun is not told done ("calls for his release", "information
    leading to an arrest"); it must be done to what holds the state, the word nearest before
    the state, which stands next to the act ("dozens of people still missing" is not ended by
    "the boat was found"; "the deputy stayed on" is not ended by "the minister stepped down");
    and neither sentence may tell both, a part and the rest ("power was restored to most homes,
    but 400 remain without it").

    >>> from claimdiff.models import Sentence
    >>> def claim(text, word, key):
    ...     at = text.index(word)
    ...     return AssertionClaim(source="a", text=word, start=at, end=at + len(word), key=key,
    ...                           sentence=Sentence(text, 0, len(text)), arguments=find_assertions(text)[0].arguments)
    >>> missing = claim("Dozens of people are still missing.", "still missing", "stay-missing")
    >>> _state_meets_end(missing, claim("The boat was found at dawn.", "found", "find"))
    False
    >>> _state_meets_end(missing, claim("The people were found at dawn.", "found", "find"))
    True
    """
    if state.key not in lex.STATE_ENDINGS or act.key in lex.STATE_ENDINGS:
        return True
    if named_only(act):
        return False
    if _also_tells(state, act.key) or _also_tells(act, state.key):
        return False
    before, after = _words_around(state)
    holder = before + _opening_words(state)
    if any(state.text.casefold().endswith(" " + saying) for saying in lex.HOLDER_AFTER):
        holder = after[:2]  # "rescuers are still searching for two men"
    before, after = _words_around(act)
    return not holder or bool(shared_arguments(holder, before + after[:2]))


def whole_group_ended(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether one of two assertions keeps a state for a whole group ("both men remain
    at large", :data:`~claimdiff._lexicon.statements.WHOLE_GROUP_WORDS`) and the other tells,
    by a verb, an act done that ends that state ("Kealy was recaptured").

    >>> from claimdiff.models import Sentence
    >>> def claim(text, word, key):
    ...     at = text.index(word)
    ...     return AssertionClaim(source="a", text=word, start=at, end=at + len(word), key=key,
    ...                           sentence=Sentence(text, 0, len(text)), polarity=Polarity.AFFIRMED)
    >>> caught = claim("Tomas Ilves was caught on Friday.", "caught", "arrest")
    >>> whole_group_ended(claim("Both inmates are still on the run.", "still on the run", "stay-at-large"), caught)
    True
    >>> whole_group_ended(claim("One inmate is still on the run.", "still on the run", "stay-at-large"), caught)
    False
    """
    for state, act in ((a, b), (b, a)):
        if act.key not in lex.STATE_ENDINGS.get(state.key, ()) or state.polarity is not Polarity.AFFIRMED:
            continue
        if act.polarity is not Polarity.AFFIRMED or named_only(act):
            continue
        toks = [t.low for t in tokenize(state.sentence.text[: state.start - state.sentence.start])]
        opens = max((k + 1 for k, w in enumerate(toks) if w in lex.CLAUSE_WORDS or w == ","), default=0)
        if not lex.WHOLE_GROUP_WORDS.isdisjoint(toks[max(opens, len(toks) - lex.WHOLE_GROUP_REACH) :]):
            return True
    return False


def _also_tells(c: AssertionClaim, concept: str) -> bool:
    """Return whether an assertion's sentence also tells an act of ``concept`` done, by a verb."""
    text = c.sentence.text
    return any(
        a.predicate == concept and a.polarity is Polarity.AFFIRMED and not _names_act(text[a.start : a.end])
        for a in _sentence_assertions_of(text)
    )


@functools.lru_cache(maxsize=1 << 12)
def _sentence_assertions_of(sentence: str) -> tuple[Assertion, ...]:
    return tuple(find_assertions(sentence))


def _opening_words(c: AssertionClaim) -> list[str]:
    """Return the content words that open an assertion's sentence before its act, up to the first
    break of a clause: its subject, past a relative clause ("The two climbers, who set out on
    Saturday, are still missing")."""
    toks = tokenize(c.sentence.text[: c.start - c.sentence.start])
    end = next((k for k, t in enumerate(toks) if _breaks_clause(t)), len(toks))
    teller = _teller_words(c.sentence.text, c.start - c.sentence.start)
    found = (_content_word(t.text) for t in toks[:end] if t.kind is WORD)
    return [w for w in found if w and not w.isdigit() and w not in teller]


def _words_around(c: AssertionClaim) -> tuple[list[str], list[str]]:
    """Return the content words of an assertion's clause before it (from the last word that
    opens a clause: "after the minister stepped down") and of its sentence after it, figures
    and who tells it left out: what it is done to or said of, and its object."""
    text, at, end = c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start
    teller = _teller_words(text, at)

    def words(toks: Sequence[Token]) -> list[str]:
        found = (_content_word(t.text) for t in toks if t.kind is WORD)
        return [w for w in found if w and not w.isdigit() and w not in teller]

    toks = tokenize(text[:at])
    opens = max((k + 1 for k, t in enumerate(toks) if t.low in lex.CLAUSE_WORDS), default=0)
    return words(toks[opens:]), words(tokenize(text[end:]))


def _passive(c: AssertionClaim) -> bool:
    """Return whether an assertion's act is told in the passive ("was criticised")."""
    before = tokenize(c.sentence.text[: c.start - c.sentence.start])
    return bool(before) and before[-1].low in lex.PASSIVE_AUXILIARIES


def _doer(c: AssertionClaim) -> frozenset[str]:
    """Return the first content words of an assertion's sentence before its act (at most
    :data:`~claimdiff._lexicon.statements.DOER_REACH`, figures and who tells it left out): its
    subject, who did it or whom it befell ("The champion retained", "The chairman was dismissed").

    >>> from claimdiff.models import Sentence
    >>> text = "The home side lost the match."
    >>> sorted(_doer(AssertionClaim(source="a", text="lost", start=14, end=18,
    ...                             sentence=Sentence(text, 0, len(text)), key="lose", polarity=Polarity.AFFIRMED)))
    ['home', 'side']
    """
    return frozenset(_words_around(c)[0][: lex.DOER_REACH])


def _met_on_tellers(a: AssertionClaim, b: AssertionClaim) -> bool:
    """Return whether every argument two assertions share is a word of who tells them both
    ("..., the health service said" / "The health service says ..."): one teller tells many
    acts of many things, so sharing it says nothing of what the acts are about."""
    shared = frozenset(a.arguments) & frozenset(b.arguments)
    if not shared:
        return False
    told = _teller_words(a.sentence.text, a.start - a.sentence.start)
    return shared <= told and shared <= _teller_words(b.sentence.text, b.start - b.sentence.start)


def _untold_meet(a: AssertionClaim, b: AssertionClaim, least: int) -> str:
    """:func:`assertions_meet` on the arguments of two assertions without the words of who
    tells them (:func:`untold_arguments`): "The foreign ministry said no ransom had been paid"
    is about the ransom, as "No ransom had been paid" is. An act ruled out of one thing alone
    meets its plan on that thing, among the words nearest the plan ("The company said no
    offices would close" / "the office in Dunmore will close")."""
    mine, theirs = untold_arguments(a), untold_arguments(b)
    if mine == a.arguments and theirs == b.arguments:
        return ""
    how = assertions_meet((a.key, a.polarity, mine), (b.key, b.polarity, theirs), least=least)
    if how or relation(a.key, a.polarity, b.key, b.polarity) != "same":
        return how
    for ruled, plan, words in ((a, b, mine), (b, a, theirs)):
        bare = ruled.polarity is Polarity.RULED_OUT and plan.polarity is Polarity.PLANNED and len(words) == 1
        if bare and words[0] in shared_arguments(a.arguments, b.arguments, how="antonym"):
            return "same"
    return ""


def untold_arguments(c: AssertionClaim) -> tuple[str, ...]:
    """Return an assertion's arguments without the words of who tells it: the words before a
    verb of saying that its act follows ("The foreign ministry said no ransom ...", "According
    to two officials, ..."), or after the last comma when a verb of saying ends the sentence
    (", the ministry said."), unless they stand in the act's clause too.

    >>> from claimdiff.models import Sentence
    >>> text = "The foreign ministry said no ransom had been paid."
    >>> claim = AssertionClaim(source="a", text="no ransom had been paid", start=26, end=49,
    ...                        sentence=Sentence(text, 0, len(text)), key="pay", polarity=Polarity.NEGATED,
    ...                        arguments=("ransom", "ministry", "foreign"))
    >>> untold_arguments(claim)
    ('ransom',)
    """
    teller = _teller_words(c.sentence.text, c.start - c.sentence.start)
    return tuple(word for word in c.arguments if word not in teller) if teller else c.arguments


@functools.lru_cache(maxsize=1 << 12)
def _teller_words(sentence: str, start: int) -> frozenset[str]:
    """Return the content words of a sentence that tell who says the act at ``start`` and
    nothing else (see :func:`untold_arguments`)."""
    toks = tokenize(sentence)
    at = next((k for k, t in enumerate(toks) if t.end > start), len(toks))
    told = set(_leading_teller(toks, at))
    comma = max((k for k in range(at, len(toks)) if toks[k].text == ","), default=len(toks))
    trailing = len(toks) - comma <= _TELLER_REACH and bool(toks) and toks[0].low not in _PRONOUNS
    if trailing and any(_tells(t) for t in toks[comma:]):  # "..., the ministry said."
        told.update(range(comma + 1, len(toks)))
    words = {k: _content_word(t.text) for k, t in enumerate(toks) if t.kind is WORD}
    other = {word for k, word in words.items() if k not in told}
    return frozenset(word for k, word in words.items() if k in told and word and word not in other)


#: Most tokens of who tells an act: "the foreign ministry said", ", a company spokesman said."
_TELLER_REACH = 9
#: Pronouns that take up who tells an act as its doer ("Scotland Yard said it was not
#: investigating"): then who tells it is also what it is about.
_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "its", "their", "his", "her", "our"})


def _tells(tok: Token) -> bool:
    return tok.low in SPEECH_VERBS or tok.low == "according"


def _leading_teller(toks: Sequence[Token], at: int) -> range:
    """Return the indices of the words that open a sentence as who tells the act at ``at``:
    plain words before a verb of saying ("The foreign ministry said ..."), or after "according
    to" up to a comma ("According to two officials, ...")."""
    lead = next((k for k in range(min(at, _TELLER_REACH)) if _tells(toks[k])), None)
    if lead is None:
        return range(0)
    if toks[lead].low == "according":
        comma = next((k for k in range(lead, min(at, lead + _TELLER_REACH)) if toks[k].text == ","), None)
        return range(0) if comma is None else range(lead + 1, comma)
    plain = all(t.kind is WORD and _concept_of(t.text) is None for t in toks[:lead])
    after = lead + 2 if lead + 2 < len(toks) and toks[lead + 1].low == "that" else lead + 1
    doer = after < len(toks) and toks[after].low in _PRONOUNS
    return range(lead) if plain and not doer else range(0)


def _told_apart(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether the nearest arguments of two acts hold different members of one set of
    :data:`CONTRASTING_MODIFIERS` and neither holds the other's ("red" / "amber" warning).

    >>> _told_apart(("warn", "red"), ("amber", "warn")), _told_apart(("warn", "red"), ("warn", "red", "amber"))
    (True, False)
    """
    mine, theirs = frozenset(a[:NEAR_ARGUMENTS]), frozenset(b[:NEAR_ARGUMENTS])
    for modifiers in lex.CONTRASTING_MODIFIERS:
        one, other = mine & modifiers, theirs & modifiers
        if one and other and one.isdisjoint(other):
            return True
    return False


@functools.lru_cache(maxsize=1 << 12)
def _name_words(sentence: str) -> frozenset[str]:
    """Return the argument words of a sentence that are parts of names: capitalised after
    another word ("Smith", "Kelso", "Crown Court"), or opening it before a capitalised word."""
    toks = [t for t in tokenize(sentence) if t.kind is WORD]
    out = set()
    for k, tok in enumerate(toks):
        upper = tok.text[:1].isupper()
        if upper and (k > 0 or (len(toks) > 1 and toks[1].text[:1].isupper())):
            word = _content_word(tok.text)
            if word:
                out.add(word)
    return frozenset(out)


def shared_arguments(
    a: Sequence[str], b: Sequence[str], *, how: str = "same", near: int = NEAR_ARGUMENTS
) -> frozenset[str]:
    """Return the argument words two assertions share; for antonyms ("closed" / "reopened")
    only among the ``near`` words nearest each predicate, as two opposite acts of one sentence
    pair are about the same thing only when their own objects agree.

    >>> sorted(shared_arguments(("ceasefire", "leader"), ("border", "ceasefire")))
    ['ceasefire']
    """
    if how == "antonym":
        a, b = a[:near], b[:near]
    mine, theirs = frozenset(a), frozenset(b)
    shared = mine & theirs
    classed = mine.intersection(_ARGUMENT_KINDS) - shared, theirs.intersection(_ARGUMENT_KINDS) - shared
    if not classed[0] or not classed[1]:
        return shared
    kinds = frozenset().union(*(_ARGUMENT_KINDS[w][0] for w in classed[1]))
    return shared | {w for w in classed[0] if not kinds.isdisjoint(_ARGUMENT_KINDS[w][1])}


def _argument_kinds() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """Map each folded argument word of a class or its members (:data:`ARGUMENT_CLASSES`) or
    of a set of synonyms (:data:`ARGUMENT_SYNONYMS`: "firm" and "company") to its kinds and the
    kinds of the words it meets: a class meets its members and a member its class, not the
    other members ("car" is no "truck"); synonyms meet one another."""
    kinds: dict[str, set[str]] = {}

    def add(words: Iterable[str], kind: str) -> None:
        for word in words:
            if word.isalpha():
                for form in (word, word + "s", word + "es"):
                    kinds.setdefault(normalise_token(form), set()).add(kind)

    for name, members in lex.ARGUMENT_CLASSES.items():
        add([name], f"{name}>")
        add(members, f"{name}<")
    for words in lex.ARGUMENT_SYNONYMS:
        add(words, f"{words[0]}=")
    partner = {">": "<", "<": ">", "=": "="}
    return {
        word: (frozenset(found), frozenset(kind[:-1] + partner[kind[-1]] for kind in found))
        for word, found in kinds.items()
    }


#: Argument words that meet other words (:func:`shared_arguments`): word -> (its kinds, the
#: kinds it meets).
_ARGUMENT_KINDS = _argument_kinds()


class _Clause:
    """The cues read so far in one clause."""

    __slots__ = (
        "conditional", "cue_start", "denied", "generic", "lent", "negated_act", "negations", "neither", "open",
        "planned", "rule_open", "rule_out",
    )

    def __init__(self) -> None:
        self.negated_act = False
        self.negations = 0
        self.open = False
        self.rule_open = False
        self.rule_out = False  # "ruled out paying": an act ruled out, not a finding denied
        self.neither = False  # "neither ... nor ...": one negation, not two
        self.denied = False
        self.planned = False
        self.lent = False  # planned only for its first act: a participle after a plan
        self.generic = False
        self.conditional = False  # "if the test did not confirm it": a supposition, no claim
        self.cue_start: int | None = None

    def cue(self, start: int) -> None:
        if self.cue_start is None:
            self.cue_start = start

    def polarity(self, concept: str) -> tuple[Polarity, str] | None:
        if self.conditional:
            return None
        if self.open or self.rule_open:
            return Polarity.OPEN, "open" if self.open else "not-ruled-out"
        if self.negations % 2 and concept in lex.SPEECH_CONCEPTS:
            return Polarity.OPEN, "unsaid"
        if self.generic:
            return None
        if self.negations > 1:
            return None
        if self.denied:
            return (Polarity.DENIED, "denied") if not self.negations else None
        if self.planned:
            return (Polarity.RULED_OUT, "ruled-out") if self.negations else (Polarity.PLANNED, "planned")
        if self.negations:
            return Polarity.NEGATED, "negated"
        return Polarity.AFFIRMED, "affirmed"


def _title_word(tok: Token) -> bool:
    return tok.kind is WORD and tok.text[:1].isupper() and (len(tok.text) == 1 or not tok.text[1:].isupper())


def _named_negators(words: Sequence[Token], names: _MidSentenceNames) -> list[int]:
    """Return the indices of the negation words that are words of a name: capitalised before
    another capitalised word, after a word ("donated to Doctors Without Borders", "a flight of
    No Frills Air") or opening the sentence when the article capitalises both words mid-sentence
    elsewhere ("No Frills Air declined to comment" beside "operated by No Frills Air"; but "No
    British troops were hurt" stays a negation).

    >>> toks = tokenize("Guests gave to Doctors Without Borders. No British troops were hurt.")
    >>> [toks[k].text for k in _named_negators(toks, _MidSentenceNames(toks))]
    ['Without']
    """
    out = []
    for k in range(len(words) - 1):
        tok = words[k]
        if tok.low not in lex.NEGATORS or not _title_word(tok) or not _title_word(words[k + 1]):
            continue
        after_word = k > 0 and words[k - 1].kind is WORD
        if after_word or (tok.low in names and words[k + 1].low in names):
            out.append(k)
    return out


def _is_negator(words: Sequence[Token], i: int) -> bool:
    w = words[i].low
    if w not in lex.NEGATORS and not w.endswith("n't"):
        return False
    after = words[i + 1].low if i + 1 < len(words) else ""
    before = words[i - 1].low if i else ""
    if after == "-" and _compound_head(words, i):
        return False  # "the no-frills carrier", "a no-deal plan": a compound's head (but "no-one")
    # "not only", "no more than", "whether or not" negate nothing
    return after not in lex.NOT_NEGATING_NEXT and not (w == "not" and before == "or")


def _compound_head(words: Sequence[Token], i: int) -> bool:
    """Whether ``words[i]`` is joined by a hyphen to the word after it, as in ``no-frills``
    (:data:`~claimdiff._lexicon.negation.NEGATION_CUES` reads no cue there), but "no-one"."""
    if i + 2 >= len(words) or words[i + 2].kind is not WORD or words[i + 2].low == "one":
        return False
    return words[i].end == words[i + 1].start and words[i + 1].end == words[i + 2].start


def _lemma(tok: Token) -> str:
    w = tok.low
    return _LEMMA_OF_CUE_FORM.get(w, w)


#: Phrases that negate the gerund after them (:data:`~claimdiff._lexicon.statements.NEGATING_PHRASES`),
#: by their first word's lemma.
_NEGATING_PHRASES: dict[str, list[tuple[str, ...]]] = {}
for _words in lex.NEGATING_PHRASES:
    _NEGATING_PHRASES.setdefault(_words[0], []).append(_words[1:])
#: Verbs that drop a plan (:data:`~claimdiff._lexicon.statements.DROPPING_VERBS`), by their first word's lemma.
_DROPPING: dict[str, list[tuple[str, ...]]] = {}
for _words in lex.DROPPING_VERBS:
    _DROPPING.setdefault(_words[0], []).append(_words[1:])
_PHRASE_HEADS = (
    frozenset(_PHRASES) | frozenset(_SEPARABLE) | lex.NEGATING_VERBS | lex.PLANNING_VERBS | lex.KEEPING_WORDS
    | lex.KEPT_SINCE | frozenset(_NEGATING_PHRASES) | frozenset(_DROPPING) | {"rule"}
)
#: Every form of a predicate, a phrase's first word or a cue verb, by its lemma.
_LEMMA_OF_CUE_FORM = _forms(
    _PHRASE_HEADS.union(_CONCEPT_OF_LEMMA, lex.DENYING_VERBS, lex.DENYING_OBJECT_VERBS, lex.AVOIDING_VERBS)
)
_AUXILIARIES = frozenset(
    {
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "would",
        "could",
        "will",
        "can",
        "should",
        "been",
        "be",
        "may",
        "might",
        "must",
        "still",
    }
)


def _phrase(words: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (concept, index of the last word) of a phrase starting at ``words[i]``."""
    lemma = _lemma(words[i])
    for rest, concept in _PHRASES.get(lemma, ()):
        if _tail_at(words, i + 1, rest):
            return concept, i + len(rest)
        named = _named_tail(words, i + 1, rest)
        if named is not None:
            return concept, named
    for rest, concept in _SEPARABLE.get(lemma, ()):
        for gap in range(lex.PHRASE_GAP + 1):
            at = i + 1 + gap
            if at > len(words) or (gap and not _object_word(words[at - 1])):
                break
            if _tail_at(words, at, rest):
                return concept, at + len(rest) - 1
    return None


def _kept_state(words: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (concept, index of the last word) of a state kept from ``words[i]`` on, or None:
    a word of :data:`~claimdiff._lexicon.statements.KEEPING_WORDS`, the fillers and adverbs
    after it, and a state of :data:`~claimdiff._lexicon.statements.KEPT_STATES` ("is still
    closed", "remains in custody", "continues to be held", "kept the museum closed").

    >>> toks = tokenize("Two men are still being held in custody.")
    >>> _kept_state(toks, 3)
    ('stay-detained', 5)
    """
    if words[i].low in lex.KEPT_SINCE:  # "has been missing since Sunday"
        found = _state_at(words, i + 1) if i + 1 < len(words) else None
        since = found is not None and any(t.low == "since" for t in words[found[1] + 1 : found[1] + 4])
        return found if since else None
    lemma = _lemma(words[i])
    before = words[i - 1].low.replace("\u2019", "'") if i else ""
    possessive = before.endswith("'s") and before[:-2] not in _PRONOUNS | {"that", "there", "who", "what", "here"}
    if lemma not in lex.KEEPING_WORDS or before in _DETERMINERS or possessive:
        return None  # "his stay in hospital", "the patient's stay": a noun (but "it's still closed")
    at = i + 1
    if lemma == "continue":  # "continues to be held", not "continued to rise"
        if not _tail_at(words, at, ("to", "be")):
            return None
        at += 2
    gap = lex.KEEPING_GAP if lemma == "keep" else 0
    for _ in range(gap + 3):
        if at >= len(words):
            return None
        found = _state_at(words, at)
        if found is not None:
            return found
        tok = words[at]
        filler = tok.low in lex.KEEPING_FILLERS or (tok.low.endswith("ly") and tok.low != "only")
        if not filler and not (gap and _object_word(tok) and _concept_of(tok.text) is None):
            return None
        gap -= not filler
        at += 1
    return None


def _be_state(words: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (concept, index of the last word) of a state of
    :data:`~claimdiff._lexicon.statements.BE_STATES` said by a form of "be" from ``words[i]``
    on, or None: "was on board", "is not fit", "wasn't insured", "was unarmed" (a word of
    :data:`~claimdiff._lexicon.statements.NEGATED_STATES`, read as negated by
    :func:`_read_predicate`).

    >>> _be_state(tokenize("The skipper was not on board."), 4), _be_state(tokenize("with 90 people on board"), 3)
    (('aboard', 5), None)
    """
    for rest, concept in _BE_STATES.get(words[i].low, ()):
        if _tail_at(words, i + 1, rest) and _after_be(words, i):
            return concept, i + len(rest)
    return None


def _after_be(words: Sequence[Token], i: int) -> bool:
    """Return whether a form of "be" stands before ``words[i]``, past a few negators and adverbs."""
    for k in range(i - 1, max(-1, i - 4), -1):
        w = words[k].low
        if w in lex.BE_FORMS or (w.endswith("n't") and w[:-3] in lex.BE_FORMS | {"isn", "wasn", "aren", "weren"}):
            return True
        if words[k].kind is not WORD or not (w in lex.BE_FILLERS or w.endswith("ly")):
            return False
    return False


def _state_at(words: Sequence[Token], at: int) -> tuple[str, int] | None:
    """Return (concept, index of the last word) of a kept state that starts at ``words[at]``."""
    for rest, concept in _STATES.get(words[at].low, ()):
        if not _tail_at(words, at + 1, rest):
            continue
        last = at + len(rest)
        if words[at].low == "on" and not rest:  # "stayed on as coach", not "stayed on the island"
            after = words[last + 1] if last + 1 < len(words) else None
            if after is not None and after.kind is WORD and after.low not in lex.STAY_ON_NEXT:
                continue
        return concept, last
    return None


def _tail_at(words: Sequence[Token], at: int, rest: Sequence[str]) -> bool:
    """Return whether ``words`` from ``at`` on are the words ``rest``."""
    tail = words[at : at + len(rest)]
    return len(tail) == len(rest) and all(t.low == r for t, r in zip(tail, rest, strict=True))


#: Most capitalised words of a name that may stand before a phrase's last word: "taken to
#: *Inverbrae* hospital", "told a *Downing Street* press conference".
NAME_IN_PHRASE = 2


def _named_tail(words: Sequence[Token], at: int, rest: Sequence[str]) -> int | None:
    """Return the index of the last word of ``rest`` read from ``words[at]`` with a name of at
    most :data:`NAME_IN_PHRASE` capitalised words before its last word, or None.

    >>> toks = tokenize("taken to Inverbrae hospital")
    >>> _named_tail(toks, 1, ("to", "hospital")), _named_tail(toks, 1, ("to", "clinic"))
    (3, None)
    """
    if len(rest) < 2 or not _tail_at(words, at, rest[:-1]):
        return None
    k = at + len(rest) - 1
    for n in range(1, NAME_IN_PHRASE + 1):
        name = words[k : k + n]
        if len(name) < n or not all(t.kind is WORD and t.text[:1].isupper() for t in name):
            return None
        if _tail_at(words, k + n, rest[-1:]):
            return k + n
    return None


def _object_word(tok: Token) -> bool:
    """Return whether a word may stand in the object of a separable phrase: a word that is no
    negator ("found no evidence he was guilty") and starts no clause."""
    return tok.kind is not SYM and tok.low not in lex.NEGATORS and tok.low not in lex.CLAUSE_WORDS


def find_assertions(
    text: str,
    *,
    spans: Sequence[tuple[int, int]] | None = None,
    tokens: Sequence[Token] | None = None,
    skip: Sequence[tuple[int, int]] = (),
) -> list[Assertion]:
    """Find the acts each sentence asserts, with their polarity and arguments.

    Args:
        text: any string; offsets in the result point into it.
        spans: the sentences, as (start, end) offsets; the whole text is one when None.
        tokens: the text's tokens from :func:`~claimdiff.claims.tokens.tokenize`, if made.
        skip: spans whose words are not read (quotations): they end a clause.

    Returns:
        Assertions in text order.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> text = "Police would not confirm an arrest. The trust found the bacteria."
    >>> for a in find_assertions(text):
    ...     print(repr(text[a.start : a.end]), a.predicate, a.polarity.value)
    'would not confirm' confirm open
    'would not confirm an arrest' arrest open
    'found' find affirmed
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    toks = list(tokens) if tokens is not None else tokenize(text)
    starts = [t.start for t in toks]
    skipped = sorted(skip)
    names = _MidSentenceNames(toks)
    out: list[Assertion] = []
    for start, end in spans if spans is not None else [(0, len(text))]:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        k = bisect.bisect_right(skipped, (start, 1 << 62)) - 1
        last = bisect.bisect_left(skipped, (end,))  # the spans that start inside it, not every later one
        out.extend(_sentence_assertions(toks[lo:hi], skipped[max(k, 0) : last], names))
    return out


class _MidSentenceNames:
    """The words an article capitalises after another word, read once when first asked."""

    __slots__ = ("_names", "_toks")

    def __init__(self, toks: Sequence[Token]) -> None:
        self._toks = toks
        self._names: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._names is None:
            toks = self._toks
            self._names = frozenset(
                t.low
                for prev, t in itertools.pairwise(toks)
                if t.kind is prev.kind is WORD and t.text[:1].isupper()
            )
        return word in self._names


def _sentence_assertions(
    sentence: Sequence[Token], skipped: Sequence[tuple[int, int]], names: _MidSentenceNames
) -> list[Assertion]:
    """Read one sentence; ``skipped`` are the spans not read, from the last that starts before it."""
    words: list[Token] = []
    k = 0
    for tok in sentence:
        while k < len(skipped) and skipped[k][1] <= tok.start:
            k += 1
        if k < len(skipped) and skipped[k][0] <= tok.start:
            if words and words[-1].kind is not SYM:
                words.append(Token(SYM, tok.start, tok.start, "|", "|"))  # a clause break
            continue
        if "\u2019" in tok.low:  # one apostrophe for every reader below: "won’t" is "won't"
            tok = tok._replace(low=tok.low.replace("\u2019", "'"))
        words.append(tok)
    for k in _named_negators(words, names):
        words[k] = words[k]._replace(low=words[k].text)  # a word of a name matches no negator
    found: list[_Found] = []
    clause = _Clause()
    i = 0
    while i < len(words):
        i, clause = _read(words, i, clause, found)
    asked = _asked(words) if found else ()
    found = [f for f in found if not any(lo <= f.first < hi for lo, hi in asked)]
    if not found:
        return []
    content = _content_words(words)
    subject = _subject(words, names)
    return [
        Assertion(
            f.start,
            f.end,
            f.concept,
            f.polarity,
            _arguments(content, f.first, f.last, _cue_verbs(words, f), _object_gap(words, f.first, f.last)),
            f.rule,
            subject,
        )
        for f in found
    ]


#: Symbols that end what a question mark asks back to: "And the question is: was money paid?"
_QUESTION_BOUNDS = frozenset({".", "!", ";", ":", "?", "|", "\u201c", "\u201d", '"'})


def _asked(words: Sequence[Token]) -> list[tuple[int, int]]:
    """Return the spans of word indices a sentence asks ("was money paid?", "Can I claim
    compensation?"): from after the symbol that bounds each question mark back to it. An act
    asked about is no claim, neither told nor denied."""
    out = []
    start = 0
    for k, tok in enumerate(words):
        if tok.kind is SYM and tok.text in _QUESTION_BOUNDS:
            if tok.text == "?":
                out.append((start, k))
            start = k + 1
    return out


def _subject(words: Sequence[Token], names: _MidSentenceNames) -> str:
    """Return the surname of the name that opens a sentence as its subject, folded, or "".

    The name is the run of capitalised words the sentence opens with, followed by a comma, a
    bracket or a lower-case word ("Dale Fenwick, who ...", "Okafor scored"). A lone opening
    word is a name only if the article capitalises it mid-sentence too (not "Property tax
    rates"), and a run ending in a colon is a speaker's label ("BEN CASTILLO:"). An honorific
    opens a name ("Ms Dunn"), though "Ms" alone is a short word.
    """
    k = 0
    while k < len(words) and words[k].kind is WORD and words[k].text[:1].isupper():
        k += 1
    if k == 0 or k == len(words) or k > 4:
        return ""
    after = words[k]
    if after.kind is WORD and not after.text[:1].islower():
        return ""
    if after.kind is not WORD and after.text not in (",", "("):
        return ""
    first = words[0].low
    if first in HONORIFICS and k > 1:
        return normalise_token(words[k - 1].text)  # "Ms Dunn was taken to hospital"
    if first in STOPWORDS or first in lex.CLAUSE_WORDS or concept_of(words[0].text) is not None:
        return ""
    if k == 1 and first not in names:
        return ""
    return normalise_token(words[k - 1].text)


class _Found(NamedTuple):
    start: int
    end: int
    concept: str
    polarity: Polarity
    rule: str
    first: int
    """Index of the predicate's first word."""
    last: int
    """Index of its last word."""


def _content_words(words: Sequence[Token]) -> list[tuple[int, str]]:
    """Return the content words of a sentence, folded ("deaths" -> "death"), with their index."""
    out = []
    for k, tok in enumerate(words):
        if tok.kind is WORD:
            word = _content_word(tok.text)
            if word:
                out.append((k, word))
    return out


def argument_words(text: str) -> tuple[str, ...]:
    """Return the words of a phrase folded as arguments are, in order, each once.

    >>> argument_words("a 30-year-old man")
    ('year', 'old', 'man')
    """
    words = (_content_word(w) for w in _PHRASE_WORD.findall(text))
    return tuple(dict.fromkeys(w for w in words if w))


_PHRASE_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@functools.lru_cache(maxsize=1 << 16)
def _content_word(text: str) -> str:
    """Return a word folded as an argument (an act as its concept: "reported" and "reports"
    agree), or "" for a short word, a stopword or a negator. Cached: words recur."""
    folded = text.casefold()
    word = normalise_token(text)
    if len(word) <= 2 or word in STOPWORDS or folded in STOPWORDS or folded in lex.NEGATORS or folded.endswith("n't"):
        return ""  # "this" is a stopword, though it folds to "thi"
    act = _concept_of(text)
    return act[0] if act is not None else word


#: Content words read on each side of a predicate for its arguments: a sentence of news has
#: fewer; a sentence of thousands (a scraped table) is read only this far, so the cost per
#: act stays bounded.
ARGUMENT_REACH = 40


def _arguments(
    content: Sequence[tuple[int, str]], first: int, last: int, cue: Iterable[int] = (), inside: Iterable[int] = ()
) -> tuple[str, ...]:
    """Return the content words of a predicate's sentence, nearest first, its own and those of
    the verb of its cue (``cue``, indices: "failed to score") left out, within
    :data:`ARGUMENT_REACH` content words on each side; the object inside a separable phrase
    (``inside``, indices: "found *the nurse* guilty") first of all."""
    at = bisect.bisect_left(content, (first, ""))
    end = bisect.bisect_right(content, (last, "\uffff"))
    gap = frozenset(inside)
    own = {word for k, word in content[at:end] if k not in gap}
    skipped = frozenset(cue)
    # each side read from its far end, so a word's nearest place is the one a comprehension keeps
    before, after = content[max(0, at - ARGUMENT_REACH) : at], content[end : end + ARGUMENT_REACH]
    distance = {word: first - k for k, word in before if word not in own and k not in skipped}
    for word, far in {word: k - last for k, word in reversed(after) if word not in own and k not in skipped}.items():
        if far < distance.get(word, far + 1):
            distance[word] = far
    distance.update((word, 0) for k, word in content[at:end] if k in gap and word not in own)
    return tuple(word for _far, word in sorted((far, word) for word, far in distance.items()))


def _object_gap(words: Sequence[Token], first: int, last: int) -> range:
    """Return the indices of the object between the words of a separable phrase that runs from
    ``words[first]`` to ``words[last]`` ("found *the former nurse* guilty"), or an empty range."""
    for rest, _ in _SEPARABLE.get(_lemma(words[first]), ()):
        at = last - len(rest) + 1
        if first < at <= first + 1 + lex.PHRASE_GAP and _tail_at(words, at, rest):
            return range(first + 1, at)
    return range(0)


#: Words read before a predicate for the verb of its cue: "was unable to", "has yet to".
_CUE_VERB_REACH = 3


def _cue_verbs(words: Sequence[Token], f: _Found) -> list[int]:
    """Return the indices of the verbs of a predicate's cue among the few words before it that
    its span holds: a verb that holds the act back ("*failed* to score", "*refused* to resign",
    "*decided* against raising", "*escaped* injury") tells how, not what it is about."""
    out = []
    for k in range(max(0, f.first - _CUE_VERB_REACH), f.first):
        lemma = _lemma(words[k])
        if words[k].start >= f.start and (_negating_cue(words, k, lemma) or lemma in lex.AVOIDING_VERBS):
            out.append(k)
    return out


def _cue_start(words: Sequence[Token], i: int) -> int:
    """Return where a cue starts: the auxiliaries before it are part of it ("has not")."""
    j = i
    while j > 0 and i - j < 3 and words[j - 1].low in _AUXILIARIES:
        j -= 1
    return words[j].start


def _verb_context(words: Sequence[Token], i: int) -> bool:
    """Return whether the word before ``words[i]`` makes a bare form a verb ("to land", "did not land")."""
    if i == 0:
        return False
    before = words[i - 1].low
    return before in lex.VERB_BEFORE or before in lex.MODALS or before.endswith("n't")


def _predicate(words: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (concept, index of its last word) of a predicate at ``words[i]``, or None."""
    if words[i].kind is NUM:
        return _comparative(words, i)
    phrase = _phrase(words, i) or _kept_state(words, i) or _be_state(words, i)
    if phrase is not None:
        return phrase
    tok = words[i]
    found = _concept_of(tok.text)
    if found is None:
        return None
    w = tok.low
    if w in lex.ADJECTIVE_FORMS:
        return None  # "the missing climber"
    if tok.text[:1].isupper() and i and words[i - 1].kind is WORD:
        return None  # a word of a name: "the Crescent Awards", "Supreme Court Ruling"
    noun_or_verb = _nominalisation(w) is None and w.rstrip("s") in lex.NOUN_VERBS
    if noun_or_verb and not _verb_context(words, i) and not (i and words[i - 1].low in ("no", "without")):
        return None  # "the press release", "on land", "reports that"; but "no arrests were made"
    if w == "order" and i and words[i - 1].low == "in":
        return None
    if w in lex.NOT_ACT_BEFORE and _beside(words, i, w):
        return None  # "nothing was left", "his left foot", "left wing"
    sense = lex.SENSE_CONTEXT.get(found[1])
    if sense is not None:
        near = words[max(0, i - lex.SENSE_REACH) : i + lex.SENSE_REACH + 1]
        if not any(t.low in sense for t in near):
            return None  # "reporters who cover the war", "snow covered the town"
    return found[0], i


def _beside(words: Sequence[Token], i: int, w: str) -> bool:
    """Return whether the words beside ``words[i]`` make the form ``w`` no act
    (:data:`~claimdiff._lexicon.statements.NOT_ACT_BEFORE`)."""
    before = words[i - 1].low if i else ""
    after = words[i + 1].low if i + 1 < len(words) else ""
    return before in lex.NOT_ACT_BEFORE[w] or after in lex.NOT_ACT_AFTER.get(w, frozenset())


#: The words of a percentage after its number: "%", "per cent", "points".
_PERCENT_WORDS = lex.PERCENT_ENDS | {"per"}


def _comparative(words: Sequence[Token], i: int) -> tuple[str, int] | None:
    """Return (rise or fall, index of the comparative) of a percentage change at the number
    ``words[i]``: "2% more", "5 per cent higher"; None for a comparison ("20% less than")."""
    k = i + 1
    while k < len(words) and k - i <= 2 and words[k].low in _PERCENT_WORDS:
        k += 1
    if k == i + 1 or words[k - 1].low not in lex.PERCENT_ENDS or k >= len(words):
        return None
    concept = lex.COMPARATIVE_CHANGE.get(words[k].low)
    if concept is None or (k + 1 < len(words) and words[k + 1].low == "than"):
        return None
    return concept, k


def _is_noun(tok: Token) -> bool:
    """Return whether a predicate word is a nominalisation ("the death", "agreements")."""
    return _nominalisation(tok.low) is not None


def _gerund(tok: Token) -> bool:
    """Return whether a predicate word is a verb in -ing, not a noun ("paying", not "closure")."""
    return tok.low.endswith("ing") and not _is_noun(tok)


def _progressive_negation(words: Sequence[Token], i: int) -> bool:
    """Return whether the predicate ``words[i]`` is a negated present progressive ("are not
    going up", "isn't closing"): what is arranged not to happen."""
    if not words[i].low.endswith("ing") or i < 2:
        return False
    before = words[i - 1].low
    if before in ("isn't", "aren't"):
        return True
    return before == "not" and words[i - 2].low in lex.PROGRESSIVE_AUXILIARIES


def _earlier(words: Sequence[Token], i: int, last: int, clause: _Clause) -> bool:
    """Return whether a word of :data:`EARLIER_TIME` stands between the cue and the predicate
    or in the few words after the predicate, in its clause."""
    first = i
    while first > 0 and clause.cue_start is not None and words[first - 1].start >= clause.cue_start:
        first -= 1
    if any(t.low in lex.EARLIER_TIME for t in words[first:i]):
        return True
    for k in range(last + 1, min(len(words), last + 9)):
        tok = words[k]
        if tok.low in lex.EARLIER_TIME:
            # "no warnings before it collapsed": the time up to the story's event, not an earlier one
            return not (tok.low == "before" and k + 1 < len(words) and words[k + 1].low in lex.EVENT_OPENERS)
        if tok.kind is SYM and tok.text in lex.CLAUSE_SYMBOLS:
            break
    return False


#: Every word :func:`_read` does more with than pass over (besides the words of acts).
_CUE_WORDS = frozenset(
    lex.CLAUSE_WORDS
    | lex.NEGATORS
    | lex.OPEN_WORDS
    | lex.QUESTION_WORDS
    | lex.POSSIBILITY_NOUNS
    | lex.MODALS
    | {"if", "to", "once"}
    | set(_LEMMA_OF_CUE_FORM)
    | set(_BE_STATES)
)


def _read(words: Sequence[Token], i: int, clause: _Clause, found: list[_Found]) -> tuple[int, _Clause]:
    """Read ``words[i]``: a clause break, a cue or a predicate. Return the next index and clause."""
    tok = words[i]
    w = tok.low
    if tok.kind is NUM:
        return _read_predicate(words, i, clause, found)  # "will pay 2% more"
    if tok.kind is not WORD:
        broken = tok.kind is SYM and (tok.text in lex.CLAUSE_SYMBOLS or tok.start == tok.end)
        return i + 1, _next_clause(words, i, clause) if broken else clause
    if w not in _CUE_WORDS and not w.endswith("n't") and _concept_of(tok.text) is None:
        return i + 1, clause  # most words: no cue, no act
    if w == "once" and i + 1 < len(words) and words[i + 1].low in lex.ONCE_CLAUSE_NEXT:
        return i + 1, _Clause()  # "will no longer be listed once the sale completes": a time clause
    if w in lex.CLAUSE_WORDS or (w in lex.QUESTION_WORDS and i and words[i - 1].low in lex.OPEN_IF_AFTER):
        # "have not determined how the fire began": the question takes its act as done (unlike
        # "whether"), and what is said of the asking does not reach into it
        return i + 1, _Clause()
    after = words[i + 1].low if i + 1 < len(words) else ""
    if _is_negator(words, i):
        _read_negator(words, i, clause)
        return i + 1, clause
    if _opens(words, i, clause):
        clause.open = True
        clause.cue(tok.start)
        return i + 1, clause
    if w == "if":  # a condition: what it supposes is told neither done nor undone
        supposed = _Clause()
        supposed.conditional = True
        return i + 1, supposed
    lemma = _lemma(tok)
    taken = _negating_cue(words, i, lemma)
    if taken:
        clause.negations += 1
        clause.cue(_cue_start(words, i))
        return i + taken, clause
    if lemma in lex.AVOIDING_VERBS and _avoids(words, i):
        clause.negations += 1  # "escaped injury": the injury did not happen
        clause.cue(_cue_start(words, i))
        return i + 1, clause
    if lemma == "rule" and after == "out" and not _tail_at(words, i + 2, ("of",)):  # "ruled out of the final"
        if clause.negations % 2:
            clause.negations -= 1
            clause.rule_open = True
        else:
            clause.negations += 1
            clause.rule_out = True
        clause.cue(_cue_start(words, i))
        return i + 2, clause
    if w in lex.POSSIBILITY_MODALS and after in ("have", "'ve"):
        clause.open = True  # "data may have been stolen": a possibility, not a plan
        clause.cue(tok.start)
        return i + 1, clause
    if w in lex.MODALS:
        if not (w in ("can", "could") and i + 1 < len(words) and _is_negator(words, i + 1)):
            clause.planned = True
        return i + 1, clause
    if w == "to" and i and (_lemma(words[i - 1]) in _PLANNING or _predicate(words, i - 1)):
        clause.planned = True
        return i + 1, clause
    return _read_act(words, i, clause, found)


def _read_negator(words: Sequence[Token], i: int, clause: _Clause) -> None:
    """Count the negator ``words[i]`` in its clause: "nor" after "neither" is the same negation
    ("neither the mayor nor her deputy attended"); "do not" tells a general truth; "won't" a plan."""
    w = words[i].low
    if w == "nor" and clause.neither:
        clause.neither = False
        return
    clause.neither = w == "neither"
    clause.negations += 1
    clause.cue(_cue_start(words, i))
    if i and (words[i - 1].low in lex.GENERIC_AUXILIARIES or w in lex.GENERIC_AUXILIARIES):
        clause.generic = True  # "Earthquakes do not kill people": a truth, no event
    if w[:-3] in lex.MODALS - {"can", "could"}:
        clause.planned = True  # "won't", "wouldn't"


#: Words before "to" that make the act after it planned: verbs of intent ("plans to sign") and
#: the nouns of a plan ("the proposal to raise fares").
_PLANNING = lex.PLANNING_VERBS | lex.PLAN_NOUNS


def _read_act(words: Sequence[Token], i: int, clause: _Clause, found: list[_Found]) -> tuple[int, _Clause]:
    """Read a predicate at ``words[i]``; a verb that drops a plan negates the acts the plan
    holds ("has shelved plans to open a factory": the opening is ruled out)."""
    at, clause = _read_predicate(words, i, clause, found)
    if _drops_plan(words, i):
        clause.negations += 1
        clause.cue(_cue_start(words, i))
    return at, clause


def _drops_plan(words: Sequence[Token], i: int) -> bool:
    """Return whether ``words[i]`` opens a verb of :data:`~claimdiff._lexicon.statements.DROPPING_VERBS`
    whose object, within :data:`~claimdiff._lexicon.statements.DROPPED_REACH` words, is a noun of a
    plan before "to" ("scrapped its plan to", "threw out the proposal to").

    >>> _drops_plan(tokenize("The firm scrapped its controversial plans to close the depot."), 2)
    True
    >>> _drops_plan(tokenize("The firm scrapped the depot and plans to build homes."), 2)
    False
    """
    rest = next((rest for rest in _DROPPING.get(_lemma(words[i]), ()) if _tail_at(words, i + 1, rest)), None)
    if rest is None:
        return False
    at = i + 1 + len(rest)
    for k in range(at, min(len(words) - 1, at + lex.DROPPED_REACH)):
        if words[k].low in lex.PLAN_NOUNS and words[k + 1].low == "to":
            return True
        if not _object_word(words[k]):
            return False
    return False


def _opens(words: Sequence[Token], i: int, clause: _Clause) -> bool:
    """Return whether ``words[i]`` leaves what follows open: "whether", "unclear", "if" after
    "asked", or "the possibility of" in a clause that neither negates nor rules it out ("left
    open the possibility of tax rises", but "ruled out the possibility of tax rises")."""
    w = words[i].low
    if w in lex.POSSIBILITY_NOUNS:
        return not (clause.negations or clause.rule_out or clause.rule_open)
    return w in lex.OPEN_WORDS or (w == "if" and i > 0 and words[i - 1].low in lex.OPEN_IF_AFTER)


def _avoids(words: Sequence[Token], i: int) -> bool:
    """Return whether a verb of avoiding at ``words[i]`` negates what follows: "escaped injury",
    not "escaped from", "the escaped prisoner" or "escaped unhurt" (how one came out)."""
    if i + 1 >= len(words) or words[i + 1].low in ("to", "from") or (i and words[i - 1].low in _DETERMINERS):
        return False
    found = _concept_of(words[i + 1].text)
    return found is None or found[0] not in lex.UNHARMED_CONCEPTS


def _negating_cue(words: Sequence[Token], i: int, lemma: str) -> int:
    """Return how many words a cue at ``words[i]`` takes that negates the act after it ("refused
    to", "has yet to", "refrained from", "stopped short of"), or 0."""
    if lemma in lex.NEGATING_VERBS and i + 1 < len(words) and words[i + 1].low == "to":
        return 2
    rest = next((rest for rest in _NEGATING_PHRASES.get(lemma, ()) if _tail_at(words, i + 1, rest)), None)
    return 0 if rest is None else 1 + len(rest)


def _next_clause(words: Sequence[Token], i: int, clause: _Clause) -> _Clause:
    """Return the clause after the break ``words[i]``. A participle after a comma tells what the
    plan before it will do, and is planned too: "said it would stop buying bonds, ending a
    programme" (a negation stays in its clause: "did not raise rates, leaving them at 5%")."""
    after = _Clause()
    if clause.planned and not clause.negations and not clause.open and words[i].text == "," and i + 1 < len(words):
        nxt = words[i + 1]
        after.planned = after.lent = nxt.kind is WORD and nxt.text.endswith("ing") and nxt.text.islower()
    return after


def _verdict(
    words: Sequence[Token], i: int, last: int, clause: _Clause, concept: str
) -> tuple[Polarity, str] | None:
    """Return the polarity and rule of the predicate ``words[i:last + 1]`` in its clause, or None."""
    verdict = clause.polarity(concept)
    if verdict is None:
        return None
    if verdict[0] is not Polarity.AFFIRMED and _earlier(words, i, last, clause):
        return None  # "no one had won it before": another time than the act it seems to deny
    presupposed = _is_noun(words[i]) or (i and words[i - 1].low in _DETERMINERS) or _planned_topic(words, i)
    if clause.negated_act and presupposed:
        return None  # what a denied act presupposes: "did not investigate the death", "not hit by the attack"
    if verdict[0] is not Polarity.AFFIRMED and i and words[i - 1].low in _DETERMINERS and words[i].low.endswith("ed"):
        return None  # a participle as an adjective, done whatever the clause says: "the cancelled concert"
    if verdict[0] is not Polarity.AFFIRMED and _reduced_relative(words, i):
        return None  # a participle after its noun: "neither of the men *arrested* on Friday has been charged"
    if verdict[0] is Polarity.NEGATED and _progressive_negation(words, i):
        return Polarity.RULED_OUT, "ruled-out"  # "taxes are not going up"
    if verdict[0] is Polarity.NEGATED and clause.rule_out and _gerund(words[i]):
        return Polarity.RULED_OUT, "ruled-out"  # "has ruled out paying more", not "ruled out a link"
    named_first = verdict[0] is Polarity.AFFIRMED and _is_noun(words[i]) and last + 1 < len(words)
    if named_first and words[last + 1].low in lex.MODALS:  # an act named before its modal: "Refunds will be paid"
        negated = last + 2 < len(words) and _is_negator(words, last + 2)
        return (Polarity.RULED_OUT, "ruled-out") if negated else (Polarity.PLANNED, "planned")
    return verdict


def _planned_topic(words: Sequence[Token], i: int) -> bool:
    """Return whether the predicate ``words[i]`` is the act of a plan named before it ("the
    plan *to close* the library", "proposals *to raise* fares"): after a denied act that
    presupposes its object ("did not vote on the plan to close the library") the plan is only
    the topic, neither ruled out nor kept."""
    return i >= 2 and words[i - 1].low == "to" and words[i - 2].low in lex.PLAN_NOUNS


def _reduced_relative(words: Sequence[Token], i: int) -> bool:
    """Return whether the predicate ``words[i]`` is a past participle right after a noun, which
    it tells of, before the verb of its clause ("none of the cash *stolen* in the raid has been
    recovered", "neither of the men *arrested* on Friday has been charged"): done, whatever the
    clause goes on to deny. A noun is a lower-case word that is no auxiliary, negator, adverb or
    pronoun ("was arrested", "never arrested", "no one hurt")."""
    w = words[i].low
    if i == 0 or not (w.endswith("ed") or lex.IRREGULAR_FORMS.get(w, w) != w) or w.endswith("ing"):
        return False
    before = words[i - 1]
    b = before.low
    after_noun = (
        before.kind is WORD
        and before.text.islower()
        and b not in _AUXILIARIES
        and b not in lex.NEGATORS
        and b not in _NOT_NOUNS
        and not b.endswith(("ly", "n't"))
    )
    return after_noun and _finite_after(words, i)


#: Words read after a participle for the verb of its clause: "the men arrested on Friday *have*".
_FINITE_REACH = 8
#: Auxiliaries that make the verb of a clause after a participle that tells of its subject.
_FINITE = frozenset({"has", "have", "had", "was", "were", "is", "are", "will", "would", "did", "does", "do"})


def _finite_after(words: Sequence[Token], i: int) -> bool:
    """Return whether an auxiliary follows the participle ``words[i]`` in its clause, so that the
    participle is no verb of its own ("None of the riders tested positive" has none)."""
    for tok in words[i + 1 : i + 1 + _FINITE_REACH]:
        if tok.kind is SYM and tok.text in lex.CLAUSE_SYMBOLS:
            return False
        if tok.low in _FINITE or tok.low.endswith("n't"):
            return True
    return False


#: Words before a participle that are no noun it could tell of: "one" of "no one", adverbs of time,
#: pronouns, "to", "who" ("not yet signed", "no one hurt", "who was not charged").
_NOT_NOUNS = frozenset(
    {"one", "yet", "ever", "also", "then", "already", "again", "longer", "even", "just", "since", "so", "to", "who",
     "that", "which", "he", "she", "it", "they", "we", "i", "you", "being", "get", "got", "gets", "getting",
     "have", "having", "had", "has", "been", "be", "subsequently", "later", "now", "recently", "officially",
     "formally", "publicly", "reportedly", "allegedly", "successfully", "fully", "properly", "only", "finally"}
)
#: Words after which a participle in "-ed" is an adjective: "the cancelled concert".
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"})


def _read_predicate(words: Sequence[Token], i: int, clause: _Clause, found: list[_Found]) -> tuple[int, _Clause]:
    predicate = _predicate(words, i)
    if predicate is None:
        return i + 1, clause
    concept, last = predicate
    tok = words[i]
    flip = lex.NEGATED_STATES.get(tok.low) == concept  # "was unarmed": "was not armed"
    clause.negations += flip
    verdict = _verdict(words, i, last, clause, concept)
    clause.negations -= flip
    if verdict is not None:
        polarity, rule = verdict
        start = tok.start if polarity is Polarity.AFFIRMED or clause.cue_start is None else clause.cue_start
        found.append(_Found(start, words[last].end, concept, polarity, rule, i, last))
        if rule == "unsaid" and concept in lex.PRESUPPOSING_CONCEPTS:
            clause.negated_act = True  # "has not commented on the arrest": the arrest is its topic
        elif rule == "unsaid":
            clause.open = True  # "would not confirm an arrest": the arrest is open too
        elif polarity.answer in ("no", "never") and concept in lex.PRESUPPOSING_CONCEPTS:
            clause.negated_act = True  # "did not investigate the death": the death is no claim
    if clause.lent:
        clause.planned = clause.lent = False  # "ending a programme launched in 2020"
    lemma = _lemma(tok)
    denies_object = lemma in lex.DENYING_OBJECT_VERBS and any(
        t.low in lex.DENIED_OBJECTS for t in words[last + 1 : last + 4]
    )
    if lemma in lex.DENYING_VERBS or denies_object:
        clause.denied = True
        clause.cue(tok.start)
    return last + 1, clause
