r"""Entities: runs of capitalised words (people, places, organisations) and their canonical keys.

Names are read from the article's token stream. A *name word* is what the pattern
``[^\W\d_][\w’'.-]*`` matched before: from the first letter of a run of word characters,
apostrophes, periods and hyphens to the end of the run, so "U.S.", "Jong-un" and "A1" are one
name word of several tokens. The run is read from adjacent tokens: a word token is all run
characters, a symbol token is one when it is "_", "’", "'", "." or "-"; a figure, chain, URL
or long symbol run is split into run and non-run parts by :data:`_RUN` (figures with commas or
spaces, "1,000", break a run there, and "1E5" holds a letter).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.stopwords import STOPWORDS
from .._lexicon.synonyms import NAME_ALIASES
from .tokens import Token, TokenKind, split_span, tokenize

__all__ = ["entity_key", "find_entities", "find_entities_in"]


#: The characters of a name word's run, and a letter (where a name word starts).
_RUN = re.compile(r"[\w\u2019'.-]+")
_LETTER = re.compile(r"[^\W\d_]")
_RUN_SYMBOLS = "\u2019'.-"
#: Lower-case words that may join the capitalised words of one name ("Bank of England").
_NAME_JOINERS = frozenset({"of", "de", "del", "la", "le", "bin", "al", "van", "von", "der", "du", "da"})
_NOT_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSSESSIVE = re.compile(r"[\u2019']s?$")


def find_entities(
    text: str, *, tokens: Sequence[Token] | None = None, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Return the spans of names in ``text[start:end]``: runs of capitalised words, joiners allowed inside.

    Leading function words ("The", "But"), months and weekdays are not names; a final
    possessive ("Vietnam’s") is left out of the span.

    Args:
        text: any string; the spans are offsets into it.
        tokens: ``tokenize(text)``, when the caller has it already; computed here otherwise.
        start: where the passage (a sentence) starts in ``text``.
        end: where it ends (the end of ``text`` when None).

    >>> text = "The Bank of England and Vietnam’s President To Lam met on Monday."
    >>> [text[a:b] for a, b in find_entities(text)]
    ['Bank of England', 'Vietnam', 'President To Lam']
    """
    if tokens is None:
        tokens = tokenize(text)
    return find_entities_in(text, tokens, [(start, len(text) if end is None else end)])[0]


def find_entities_in(
    text: str, tokens: Sequence[Token], spans: Iterable[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Return :func:`find_entities` of each span ``(start, end)`` of ``text`` (the sentences of an article).

    The offsets of ``tokens`` (``tokenize(text)``) are listed once; each span reads its tokens
    by index, and only a token cut by the span's edges is split again.

    >>> text = "Lam met Putin. The Bank of England said so."
    >>> find_entities_in(text, tokenize(text), [(0, 14), (15, 43)])
    [[(0, 3), (8, 13)], [(19, 34)]]
    """
    starts = [tok.start for tok in tokens]
    ends = [tok.end for tok in tokens]
    out = []
    for start, stop in spans:
        head, whole, tail = split_span(text, tokens, starts, ends, start, stop)
        toks = itertools.chain(head, map(tokens.__getitem__, whole), tail)
        out.append(_names(text, _name_words(text, toks), start))
    return out


def _names(text: str, words: Sequence[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """Return the spans of names made of the name ``words`` of a passage that starts at ``start``."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and (run[-1][2].lower() in _NAME_JOINERS or run[-1][2].lower() in _NOT_NAMES):
            run.pop()
        while run and (run[0][2].lower() in _NOT_NAMES or run[0][2].lower() in _NAME_JOINERS):
            run.pop(0)
        if run:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    previous_end = start
    for word_start, word_end in words:
        word = text[word_start:word_end]
        gap = text[previous_end:word_start]
        if run and (gap.strip() or "\n" in gap):
            flush()
        previous_end = word_end
        if word[:1].isupper():
            trimmed = _POSSESSIVE.search(word)
            if trimmed and len(word) > 2:
                run.append((word_start, word_start + trimmed.start(), word[: trimmed.start()]))
                flush()
                continue
            if word.endswith(".") and "." not in word[:-1]:
                word_end -= 1  # a sentence's full stop, not an abbreviation like "U.S."
            run.append((word_start, word_end, text[word_start:word_end]))
        elif run and word in _NAME_JOINERS:
            run.append((word_start, word_end, word))
        else:
            flush()
    flush()
    return spans


def _name_words(text: str, toks: Iterable[Token]) -> list[tuple[int, int]]:
    """Return the name words of ``toks`` as (start, end): each run of adjacent run characters, from its first letter."""
    words = []
    run_end = -1
    letter = -1  # where the current run's first letter is; -1 before one
    for tok in toks:
        kind = tok.kind
        if kind is TokenKind.WORD:  # all run characters, a letter first: most tokens
            if tok.start != run_end:
                if letter >= 0:
                    words.append((letter, run_end))
                letter = tok.start
            elif letter < 0:
                letter = tok.start
            run_end = tok.end
            continue
        if kind is TokenKind.SYM and len(tok.text) == 1:
            ch = tok.text
            if not (ch in _RUN_SYMBOLS or ch == "_" or ch.isalnum()):  # is_word_char, inline
                continue
            parts: Sequence[tuple[int, int, int]] = ((tok.start, tok.end, -1),)
        elif kind is TokenKind.SYM:
            # the middle of a quiet run: no letter, digit or "_", so a run part without a letter
            # that only its first part, at the token's start, can join to the word before
            lead = _RUN.match(text, tok.start, tok.end)
            parts = () if lead is None else ((tok.start, lead.end(), -1),)
        else:
            parts = _run_parts(text, tok)
        for part_start, part_end, first in parts:
            if part_start != run_end:
                if letter >= 0:
                    words.append((letter, run_end))
                letter = -1
            run_end = part_end
            if letter < 0:
                letter = first
    if letter >= 0:
        words.append((letter, run_end))
    return words


def _run_parts(text: str, tok: Token) -> list[tuple[int, int, int]]:
    """Return the parts of a figure, chain, URL or symbol run ``tok`` made of run characters,
    as (start, end, first letter or -1)."""
    parts = []
    for m in _RUN.finditer(text, tok.start, tok.end):
        letter = _LETTER.search(text, m.start(), m.end())
        parts.append((m.start(), m.end(), -1 if letter is None else letter.start()))
    return parts


def entity_key(name: str) -> str:
    """Return the canonical form of a name: aliases folded, case, dots, hyphens and spaces ignored.

    >>> entity_key("U.S."), entity_key("United States"), entity_key("Kim Jong-un"), entity_key("Kim Jong Un")
    ('unitedstates', 'unitedstates', 'kimjongun', 'kimjongun')
    """
    folded = " ".join(name.replace("\u2019", "'").split()).casefold().removeprefix("the ")
    folded = NAME_ALIASES.get(folded, folded)
    return re.sub(r"[\W_]+", "", folded)


