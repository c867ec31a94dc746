"""Quote wording: whether two quotes of one passage say the same thing.

The quote rule (:mod:`claimdiff.diff`) reads two functions: :func:`contained` (the shorter
quote is a passage of the longer, piece by piece between ellipses) and
:func:`changed_words` (what the words that differ carry: a negation, a modal, a number or
a time word, or any content word). Spelling variants ("organise" / "organize") and
contractions ("we'll" / "we will") are no change.

Like :mod:`claimdiff._worddiff`, a leaf: it reads only the lexicon, :mod:`claimdiff.words`
and the word diff.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from ._lexicon.dates import AMBIGUOUS_MONTHS, AMBIGUOUS_WEEKDAYS, MONTHS, WEEKDAYS
from ._lexicon.direction import FALL_BEFORE, RISE_BEFORE
from ._lexicon.negation import NEGATION_CUES
from ._lexicon.numbers import SCALE_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS
from ._lexicon.stopwords import STOPWORDS
from ._lexicon.wording import (
    CONTRACTION_SUFFIXES,
    CONTRACTIONS,
    MODAL_CLASSES,
    OPPOSITES,
    SCOPE_WORDS,
    SPELLING_ENDINGS,
    SPELLING_MIN_STEM,
    SPELLING_WORDS,
    TIME_WORDS,
)
from ._worddiff import word_ops
from .words import fold_quote

__all__ = [
    "ELLIPSIS", "changed_words", "contained", "one_word_apart", "opposite", "phrase_key", "quote_words",
    "spelling_key", "swap_masks",
]

#: An ellipsis that trims a quote: "...", ". . .", "…", "[...]".
ELLIPSIS = re.compile(r"\[?(?:\.\s?\.\s?\.|\u2026)\]?")


def contained(a: str, b: str, threshold: float) -> bool:
    """Return whether the shorter of two quotes is a passage of the longer: each of its pieces
    between ellipses found in the longer, allowing spelling and small drift.

    >>> contained("every home ... and every school", "We will rebuild every home in the valley and every school", 95)
    True
    """
    short, long = (a, b) if len(fold_quote(a)) <= len(fold_quote(b)) else (b, a)
    target = fold_quote(long)
    pieces = [piece for piece in (fold_quote(p) for p in ELLIPSIS.split(short)) if piece]
    return not pieces or not target or all(fuzz.partial_ratio(p, target) >= threshold for p in pieces)


def changed_words(short: str, long: str) -> tuple[bool, bool]:
    """Return (strong, content): whether the words that differ between a quote and the passage
    of another that matches it hold a negation, a modal of another class, a number, a time
    word or a word of scope ("only", "fully", "all") (strong), or any content word. Each piece
    of ``short`` between ellipses is matched on its own; words the longer quote adds before or
    after the passage are no change, nor are spelling variants ("organise" / "organize") or
    contractions ("we'll" / "we will").

    >>> changed_words("the toll may rise", "Sadly, the toll will rise, because ...")
    (True, False)
    >>> changed_words("we'll organise the defence", "We will organize the defense of the port")
    (False, False)
    """
    target = quote_words(long)
    removed: list[str] = []
    added: list[str] = []
    for piece in ELLIPSIS.split(short):
        words = quote_words(piece)
        if words:
            _collect_changes(word_ops(" ".join(words), " ".join(_window(words, target))), removed, added)
    changed = removed + added
    strong = (
        {MODAL_CLASSES.get(w) for w in removed} - {None} != {MODAL_CLASSES.get(w) for w in added} - {None}
        or any(NEGATION_CUES.fullmatch(w) for w in changed)
        or any(w.isdigit() or w in _NUMBER_WORDS or w in _TIME_WORDS or w in SCOPE_WORDS for w in changed)
        or opposite(removed, added)
    )
    return bool(strong), any(w not in STOPWORDS and len(w) > 1 for w in changed)


#: Most words of a quote read as a short phrase with one word swapped ("very low" / "very serious").
MAX_SWAP_WORDS = 4
#: Words a short phrase may share and still be another phrase ("a disgrace" / "a triumph").
_ARTICLES = frozenset({"a", "an", "the"})


def one_word_apart(a: str, b: str) -> bool:
    """Return whether two short quotes (two to :data:`MAX_SWAP_WORDS` words) are one phrase with
    one content word swapped at the same place, and share a word that is not an article: a
    speaker's judgement reworded ("very low" / "very serious"), too short to share the two
    words the overlap of longer quotes needs.

    >>> [one_word_apart("very low", other) for other in ("Very serious", "very low", "the lowest")]
    [True, False, False]
    >>> one_word_apart("a disgrace", "a triumph")  # an article is all they share
    False
    """
    wa, wb = quote_words(a), quote_words(b)
    if len(wa) != len(wb) or not 2 <= len(wa) <= MAX_SWAP_WORDS:
        return False
    swapped = [(x, y) for x, y in zip(wa, wb, strict=True) if spelling_key(x) != spelling_key(y)]
    if len(swapped) != 1 or any(w in STOPWORDS or len(w) < 2 for w in swapped[0]):
        return False
    return any(x == y and x not in _ARTICLES for x, y in zip(wa, wb, strict=True))


def swap_masks(text: str) -> list[tuple[str, ...]]:
    """Return the keys under which a short quote meets the ones :func:`one_word_apart` from it:
    its words with each one in turn blanked; none for a quote of one word or of more than
    :data:`MAX_SWAP_WORDS`.

    >>> swap_masks("very low")
    [('', 'low'), ('very', '')]
    """
    words = phrase_key(text)
    if not 2 <= len(words) <= MAX_SWAP_WORDS:
        return []
    return [(*words[:k], "", *words[k + 1 :]) for k in range(len(words))]


def phrase_key(text: str) -> tuple[str, ...]:
    """Return a quote's words as :func:`quote_words` reads them, each in one spelling: one
    phrase however it is written.

    >>> phrase_key("We’ll organise it") == phrase_key("we will organize it")
    True
    """
    return tuple(spelling_key(w) for w in quote_words(text))


#: Each word of :data:`OPPOSITES` (and of rises and falls) -> the (axis, side) pairs it stands on.
def _poles() -> dict[str, frozenset[tuple[int, int]]]:
    poles: dict[str, set[tuple[int, int]]] = {}
    for number, sides in enumerate((*OPPOSITES, (RISE_BEFORE, FALL_BEFORE))):
        for side, words in enumerate(sides):
            for word in words:
                poles.setdefault(word, set()).add((number, side))
    return {word: frozenset(found) for word, found in poles.items()}


_POLES = _poles()


def opposite(removed: Sequence[str], added: Sequence[str]) -> bool:
    """Return whether a word one quote has and another lacks stands against a word the other
    has instead, on one axis of :data:`~claimdiff._lexicon.wording.OPPOSITES`.

    >>> opposite(["accept"], ["reject"]), opposite(["supported"], ["opposed"]), opposite(["rose"], ["fell"])
    (True, True, True)
    >>> opposite(["accept"], ["welcome"]), opposite(["accept"], [])
    (False, False)
    """
    sides = {(axis, 1 - side) for word in removed for axis, side in _POLES.get(word, ())}
    return any(pole in sides for word in added for pole in _POLES.get(word, ()))


def _collect_changes(ops: Sequence[tuple[str, str]], removed: list[str], added: list[str]) -> None:
    """Add the words ``ops`` remove and add, less the added words at either end (the longer
    quote going on) and the replacements that only respell ("colour" -> "color")."""
    ops = list(ops)
    while ops and ops[0][0] == "insert":
        ops.pop(0)
    while ops and ops[-1][0] == "insert" and (len(ops) < 2 or ops[-2][0] != "delete"):
        ops.pop()  # an insert after a delete is the end of a replacement, not the quote going on
    k = 0
    while k < len(ops):
        op, run = ops[k]
        if op == "delete" and k + 1 < len(ops) and ops[k + 1][0] == "insert":
            old, new = run.split(), ops[k + 1][1].split()
            if len(old) != len(new) or any(spelling_key(x) != spelling_key(y) for x, y in zip(old, new, strict=True)):
                removed.extend(old)
                added.extend(new)
            k += 2
            continue
        if op != "equal":
            (removed if op == "delete" else added).extend(run.split())
        k += 1


_NUMBER_WORDS = frozenset(UNIT_WORDS) | frozenset(TEEN_WORDS) | frozenset(TENS_WORDS) | frozenset(SCALE_WORDS)
_TIME_WORDS = TIME_WORDS | frozenset(MONTHS) - AMBIGUOUS_MONTHS | frozenset(WEEKDAYS) - AMBIGUOUS_WEEKDAYS


def quote_words(text: str) -> list[str]:
    """Return the folded words of a quote, contractions spelt out ("we'll" -> "we will") and
    numbers in words written in digits ("three" -> "3", "twenty-five" -> "25"), as house styles
    write one quote either way.

    >>> quote_words("We’ll win, won’t we?")
    ['we', 'will', 'win', 'will', 'not', 'we']
    >>> quote_words("open within three years, not twenty-five")
    ['open', 'within', '3', 'years', 'not', '25']
    """
    out: list[str] = []
    for word in fold_quote(text).split():
        if word in CONTRACTIONS:
            out.extend(CONTRACTIONS[word].split())
            continue
        suffix = next((s for s in CONTRACTION_SUFFIXES if word.endswith(s) and len(word) > len(s)), None)
        if suffix is None:
            out.append(_in_digits(word))
        else:
            out.extend((word[: -len(suffix)], CONTRACTION_SUFFIXES[suffix]))
    return out


#: Numbers in words, below a hundred, in digits: "three" -> "3", "twentyfive" (a folded
#: "twenty-five") -> "25".
_DIGITS = {word: str(value) for table in (UNIT_WORDS, TEEN_WORDS, TENS_WORDS) for word, value in table.items()}


def _in_digits(word: str) -> str:
    found = _DIGITS.get(word)
    if found is not None:
        return found
    for tens, value in TENS_WORDS.items():
        unit = UNIT_WORDS.get(word[len(tens) :]) if word.startswith(tens) else None
        if unit:  # "twentyfive"; not "twentyzero"
            return str(value + unit)
    return word


_SPELLING_ENDINGS = tuple(sorted(SPELLING_ENDINGS, key=lambda pair: -len(pair[0])))


def spelling_key(word: str) -> str:
    """Return a word in American spelling, so British and American spellings compare equal.

    >>> spelling_key("organised"), spelling_key("colour"), spelling_key("four"), spelling_key("grey")
    ('organized', 'color', 'four', 'gray')
    """
    if word in SPELLING_WORDS:
        return SPELLING_WORDS[word]
    for british, american in _SPELLING_ENDINGS:
        if word.endswith(british) and len(word) - len(british) >= SPELLING_MIN_STEM:
            return word[: -len(british)] + american
    return word


def _window(words: Sequence[str], target: Sequence[str]) -> Sequence[str]:
    """Return the words of ``target`` that best match ``words``: all of them when it is not
    much longer, else the best-matching stretch, in whole words."""
    if len(target) <= 1.5 * len(words):
        return target
    long = " ".join(target)
    found = fuzz.partial_ratio_alignment(" ".join(words), long)
    if found is None:
        return target
    first = long.count(" ", 0, found.dest_start)
    last = long.count(" ", 0, max(found.dest_start, found.dest_end - 1))
    return target[first : last + 1]
