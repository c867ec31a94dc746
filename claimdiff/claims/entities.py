"""Entities: runs of capitalised words (people, places, organisations) and their canonical keys."""

from __future__ import annotations

import re

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.stopwords import STOPWORDS
from .._lexicon.synonyms import NAME_ALIASES

__all__ = ["entity_key", "find_entities"]


_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")
#: Lower-case words that may join the capitalised words of one name ("Bank of England").
_NAME_JOINERS = frozenset({"of", "de", "del", "la", "le", "bin", "al", "van", "von", "der", "du", "da"})
_NOT_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSSESSIVE = re.compile(r"[\u2019']s?$")


def find_entities(text: str) -> list[tuple[int, int]]:
    """Return the spans of names: runs of capitalised words, joiners allowed inside.

    Leading function words ("The", "But"), months and weekdays are not names; a final
    possessive ("Vietnam’s") is left out of the span.

    >>> text = "The Bank of England and Vietnam’s President To Lam met on Monday."
    >>> [text[a:b] for a, b in find_entities(text)]
    ['Bank of England', 'Vietnam', 'President To Lam']
    """
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

    previous_end = 0
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        gap = text[previous_end : m.start()]
        if run and (gap.strip() or "\n" in gap):
            flush()
        previous_end = m.end()
        if word[:1].isupper():
            end = m.end()
            trimmed = _POSSESSIVE.search(word)
            if trimmed and len(word) > 2:
                end = m.start() + trimmed.start()
                run.append((m.start(), end, text[m.start() : end]))
                flush()
                continue
            if word.endswith(".") and "." not in word[:-1]:
                end -= 1  # a sentence's full stop, not an abbreviation like "U.S."
            run.append((m.start(), end, text[m.start() : end]))
        elif run and word in _NAME_JOINERS:
            run.append((m.start(), m.end(), word))
        else:
            flush()
    flush()
    return spans


def entity_key(name: str) -> str:
    """Return the canonical form of a name: aliases folded, case, dots, hyphens and spaces ignored.

    >>> entity_key("U.S."), entity_key("United States"), entity_key("Kim Jong-un"), entity_key("Kim Jong Un")
    ('unitedstates', 'unitedstates', 'kimjongun', 'kimjongun')
    """
    folded = " ".join(name.replace("\u2019", "'").split()).casefold().removeprefix("the ")
    folded = NAME_ALIASES.get(folded, folded)
    return re.sub(r"[\W_]+", "", folded)


