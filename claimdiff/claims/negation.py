"""Negation: whether a passage holds a negation cue, read from the article's token stream.

A cue is what :data:`~claimdiff._lexicon.negation.NEGATION_CUES` matches: a negation word
standing alone ("not", "never", "nobody"), or the ending "n't". The readers here find the
same matches on tokens, in two steps:

1. :func:`find_cues`, once per article: the cues of the whole text. A cue sits in a ``WORD``
   token that is a negation word (in any case) or holds an apostrophe ("nobody’s",
   "don't", and "rock'n" before "'t"), or in a ``URL`` token. One comprehension over the
   tokens picks those few candidates by their lower-case text, and each candidate is read
   on its own: a negation word with no letter, digit or "_" touching it (the ``\\b`` of
   the pattern), on either side of its apostrophe, or "n" + apostrophe + "t" ending a
   word. The pattern itself reads only the text of a URL.
2. :func:`negated_spans`, per passage (a sentence, a quote): a cue of the whole text that
   lies inside the passage is a cue of the passage's own text, so a bisection in the sorted
   cues answers. The passage's own text can hold one more cue only where the passage cuts a
   word (the ``\\b`` at its edge reads differently there) and its first or last character
   is the first or last letter of a cue; then, and only then, the few tokens at that edge
   are read against the passage.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence

from .._lexicon.negation import (
    FRAME_VERBS,
    FRAME_WORDS,
    INHERENT_NEGATIVES,
    NEGATION_CUES,
    NEGATION_WORDS,
    NEGATIVE_PREFIXES,
    NEGATIVE_STEM,
    SCOPE_TOKENS,
    TIMING_WORDS,
)
from .._lexicon.speech import ADDRESSEE_VERBS, SPEECH_VERBS
from .._lexicon.statements import CLAUSE_SYMBOLS, CLAUSE_WORDS
from .tokens import SYM, URL, WORD, Token, is_word_char, split_span, tokenize

__all__ = [
    "cue_scopes",
    "find_cues",
    "inherent_negations",
    "is_negated",
    "negated_spans",
    "prefix_negations",
    "reported_core",
    "timed_negation",
]


def _lower_forms(word: str) -> set[str]:
    """Return the lower-case texts of the words that ``NEGATION_CUES`` matches as ``word``.

    The pattern matches case-insensitively, and reads a dotless "ı" and a dotted "İ" as an
    "i" (``str.lower`` turns "İ" into "i" and a combining dot); no other letter of a
    negation word has such a twin.

    >>> sorted(_lower_forms("nothing"))
    ['nothing', 'nothi̇ng', 'nothıng']
    """
    forms = [("i", "ı", "i\u0307") if ch == "i" else (ch,) for ch in word]
    return {"".join(letters) for letters in itertools.product(*forms)}


#: The lower-case texts of the ``WORD`` tokens that are a negation word.
_NEGATION_LOWS = frozenset().union(*map(_lower_forms, NEGATION_WORDS))


def is_negated(text: str) -> bool:
    """Return True when the text holds a negation cue ("not", "never", "n't", "neither").

    >>> is_negated("Russia and Vietnam are not members of the ICC."), is_negated("They signed.")
    (True, False)
    """
    return bool(find_cues(text, tokenize(text)))


def find_cues(text: str, tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Return the cues of ``text`` read from its tokens: the spans of ``NEGATION_CUES.finditer(text)``.

    Args:
        text: any string.
        tokens: ``tokenize(text)``.

    >>> text = "Nobody’s sure; they don't know."
    >>> [text[a:b] for a, b in find_cues(text, tokenize(text))]
    ['Nobody', "n't"]
    """
    url = URL
    candidates = [
        tokens[i]
        for i, (kind, _, _, _, low) in enumerate(tokens)
        if low in _NEGATION_LOWS or kind is url or "'" in low or "’" in low
    ]
    stop = len(text)
    return [cue for tok in candidates for cue in _token_cues(text, tok, 0, stop)]


def negated_spans(text: str, tokens: Sequence[Token], spans: Iterable[tuple[int, int]]) -> list[bool]:
    """Return :func:`is_negated` of the text of each span ``(start, end)`` of ``text``.

    Args:
        text: an article's text.
        tokens: ``tokenize(text)``, read once for every span.
        spans: passages of the text (its sentences and quotes), in any order.

    >>> text = "They did not sign. They signed. Knot"
    >>> negated_spans(text, tokenize(text), [(0, 18), (19, 31), (0, 8), (33, 36)])
    [True, False, False, True]
    """
    spans = list(spans)
    if not spans:
        return []
    cues = find_cues(text, tokens)
    starts = [start for start, _ in cues]
    out = []
    for start, end in spans:
        k = bisect.bisect_left(starts, start)  # the first cue at or after the span's start
        if k < len(cues) and cues[k][1] <= end:
            out.append(True)
        elif _cuts_a_cue(text, start, end):
            out.append(_edge_cue(text, tokens, start, end))
        else:
            out.append(False)
    return out


#: The first and the last characters of the cues, in either case.
_CUE_FIRSTS = frozenset(ch for cue in (*NEGATION_WORDS, "n't") for ch in (cue[0], cue[0].upper()))
_CUE_LASTS = frozenset(ch for cue in (*NEGATION_WORDS, "n't") for ch in (cue[-1], cue[-1].upper()))


def _cuts_a_cue(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` may hold a cue that the whole text does not.

    Such a cue starts at the span's start after a word character, or ends at the span's end
    before one (the ``\\b`` of the pattern reads differently at a cut word), so the span's
    first or last character is the first or last letter of a cue.
    """
    return start < end and (
        (start > 0 and text[start] in _CUE_FIRSTS and is_word_char(text[start - 1]))
        or (end < len(text) and text[end - 1] in _CUE_LASTS and is_word_char(text[end]))
    )


#: Tokens read at each edge of a span that cuts a word: "rock'n't" ends in three tokens.
_EDGE = 3


def _edge_cue(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a cue of the span's own text starts in its first or its last few tokens."""
    head, whole, tail = split_span(text, tokens, start, end)
    lead = min(whole.start + _EDGE, whole.stop)
    trail = max(whole.stop - _EDGE, lead)
    edges = [*head, *tokens[whole.start : lead], *tokens[trail : whole.stop], *tail]
    return any(list(_token_cues(text, tok, start, end)) for tok in edges)


def _token_cues(text: str, tok: Token, start: int, stop: int) -> Iterator[tuple[int, int]]:
    """Yield the cues that start in ``tok`` as ``text[start:stop]``, the passage holding it, reads them."""
    if tok.kind is URL:
        # a URL starts with "http", "ftp" or "www" and ends before a space or a quotation
        # mark: its text reads as the passage reads it
        for m in NEGATION_CUES.finditer(tok.text):
            yield tok.start + m.start(), tok.start + m.end()
        return
    if tok.kind is not WORD:
        return
    word = tok.text
    free_before = tok.start == start or not is_word_char(text[tok.start - 1])
    free_after = tok.end == stop or not is_word_char(text[tok.end])
    cut = max(word.find("'"), word.find("’"))
    if cut < 0:
        if free_before and free_after and tok.low in _NEGATION_LOWS and not _compound_head(text, tok.end, stop):
            yield tok.start, tok.end
    else:
        head, tail = word[:cut].lower(), word[cut + 1 :].lower()
        if free_before and head in _NEGATION_LOWS:
            yield tok.start, tok.start + cut
        if free_after and tail in _NEGATION_LOWS:
            yield tok.start + cut + 1, tok.end
        elif free_after and tail == "t" and head[-1] == "n":
            yield tok.start + cut - 1, tok.end  # "don't": the ending "n't"
    if word[-1] in "nN" and _apostrophe_t(text, tok.end, stop):
        yield tok.end - 1, tok.end + 2  # "rock'n" + "'t": the word took its one apostrophe


#: After a negation word's hyphen, a word that keeps it a negation: "no-one".
_HYPHENED_NEGATION = re.compile(r"one\b", re.IGNORECASE)


def _compound_head(text: str, at: int, stop: int) -> bool:
    """Whether the word ending at ``at`` is joined by a hyphen to a letter after it in
    ``text[:stop]`` ("no-frills"): the head of a compound, no cue (``NEGATION_CUES``), unless
    "one" follows ("no-one")."""
    if text[at : at + 1] != "-" or at + 1 >= stop:
        return False
    after = text[at + 1]
    if not is_word_char(after) or after.isdecimal() or after == "_":  # a letter, as [^\W\d_] reads one
        return False
    return _HYPHENED_NEGATION.match(text, at + 1, stop) is None


def _apostrophe_t(text: str, at: int, stop: int) -> bool:
    """Whether ``text[at:stop]`` starts with an apostrophe and a "t" that ends a word."""
    return (
        at + 2 <= stop
        and text[at] in "'’"
        and text[at + 1] in "tT"
        and (at + 2 == stop or not is_word_char(text[at + 2]))
    )


#: Words of a frame, with their offsets: letters, apostrophes and hyphens inside.
_FRAME_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
#: Marks that end a frame's speaker before its verb: a frame holds no clause of its own.
_FRAME_BREAKS = frozenset(",;:\"\u201c\u201d()")
_REPORT_VERBS = SPEECH_VERBS | FRAME_VERBS


def reported_core(text: str) -> str:
    """Return what a sentence reports, without its frame of reporting, or the sentence itself.

    A leading frame is a short speaker and a verb of saying before the report ("Police said
    (that) ...", "The agency told reporters that ..."); a trailing frame follows the report's
    last comma ("..., his mother said."). Negation in the report is then read apart from
    negation in the frame ("did not say").

    >>> reported_core("Police said that no one had been arrested.")
    'no one had been arrested.'
    >>> reported_core("The driver was wearing a seatbelt, a police spokesman said.")
    'The driver was wearing a seatbelt'
    >>> reported_core("The talks ended without agreement.")
    'The talks ended without agreement.'
    """
    words = list(itertools.islice(_FRAME_WORD.finditer(text), FRAME_WORDS + 1))
    stop = next((i for i, ch in enumerate(text[: words[-1].start()] if words else "") if ch in _FRAME_BREAKS), None)
    for m in words[1:]:
        if stop is not None and stop < m.start():
            break
        if m.group().lower() in _REPORT_VERBS:
            return _after_verb(text, m.group().lower(), m.end())
    comma = text.rfind(",")
    if comma > 0:
        tail = _FRAME_WORD.findall(text, comma)
        if 2 <= len(tail) <= FRAME_WORDS and any(w.lower() in _REPORT_VERBS for w in tail[:1] + tail[-1:]):
            return text[:comma]
    return text


def _after_verb(text: str, verb: str, end: int) -> str:
    """Return the report after a leading frame's verb that ends at ``end``: past "that", and
    past the listener of "told" only up to a "that" ("told reporters that ...")."""
    rest = [m for m in itertools.islice(_FRAME_WORD.finditer(text, end), 4)]
    that = next((i for i, m in enumerate(rest) if m.group().lower() == "that"), None)
    if verb in ADDRESSEE_VERBS:
        return text[rest[that].end() :].lstrip() if that is not None else text
    if that == 0:
        return text[rest[0].end() :].lstrip()
    return text[end:].lstrip()


def prefix_negations(words: Sequence[str], others: Sequence[str]) -> int:
    """Return how many of ``words`` negate a word of ``others`` by a prefix ("unsafe" / "safe").

    >>> prefix_negations(["water", "unsafe", "drink"], ["water", "safe", "drink"])
    1
    >>> prefix_negations(["water", "safe"], ["water", "unsafe"]), prefix_negations(["into"], ["to"])
    (0, 0)
    """
    theirs = frozenset(others)
    return sum(
        1
        for word in words
        if word not in theirs
        and any(
            word.startswith(p) and len(word) - len(p) >= NEGATIVE_STEM and word[len(p) :] in theirs
            for p in NEGATIVE_PREFIXES
        )
    )


def cue_scopes(text: str) -> list[str]:
    """Return what each negation cue of ``text`` negates: the words after it up to the end of
    its clause (punctuation or a word that opens another clause), at most
    :data:`~claimdiff._lexicon.negation.SCOPE_TOKENS` tokens. A near copy that lacks every
    word of a cue's scope does not tell the fact the cue denies ("No one was hurt when a
    cylinder exploded" / "A cylinder exploded at 7pm").

    >>> cue_scopes("No one was hurt when a gas cylinder exploded.")
    ['one was hurt']
    >>> cue_scopes("Police said the driver did not stop, and drove off.")
    ['stop']
    """
    return [text[tokens[k].start : tokens[stop - 1].end] for tokens, k, stop in _scopes(text) if stop > k]


def timed_negation(text: str) -> bool:
    """Return whether a cue of ``text`` puts its act off until a time ("would not reopen until
    Friday", "did not arrive till noon"): it tells when the act happens, not that it does not.

    >>> timed_negation("The road will not reopen until Friday."), timed_negation("The road will not reopen.")
    (True, False)
    """
    return any(stop < len(tokens) and tokens[stop].low in TIMING_WORDS for tokens, _, stop in _scopes(text))


def _scopes(text: str) -> Iterator[tuple[Sequence[Token], int, int]]:
    """Yield (tokens, first, stop) for each cue of ``text``: its scope is ``tokens[first:stop]``."""
    tokens = tokenize(text)
    starts = [tok.start for tok in tokens]
    for _, end in find_cues(text, tokens):
        k = bisect.bisect_left(starts, end)
        stop = k
        while stop < min(len(tokens), k + SCOPE_TOKENS) and not _ends_scope(tokens[stop]):
            stop += 1
        yield tokens, k, stop


def _ends_scope(tok: Token) -> bool:
    return tok.text in CLAUSE_SYMBOLS if tok.kind is SYM else tok.low in CLAUSE_WORDS


def inherent_negations(words: Sequence[str], others: Sequence[str]) -> int:
    """Return how many of ``words`` carry a negation in themselves
    (:data:`~claimdiff._lexicon.negation.INHERENT_NEGATIVES`) and are not in ``others``.

    >>> inherent_negations(["goalkeeper", "absent", "training"], ["goalkeeper", "attend", "training"])
    1
    """
    theirs = frozenset(others)
    return sum(1 for word in words if word in INHERENT_NEGATIVES and word not in theirs)
