"""Units of several tokens after a figure ("nautical miles", "sq km", "km/h", "°C") for :mod:`claimdiff.numbers`."""

from __future__ import annotations

from ..._lexicon.units import LONGEST_PHRASE, UNIT_PHRASES
from ..tokens import NUM, SYM
from ._words import Reader

_HYPHENS = frozenset({"-", "‐", "‑"})
#: Symbols of a unit phrase that must touch the token before them: "km/h", "km2", "sq.".
_GLUED = frozenset({"/", "2", "."})
#: The first words of the phrases: a phrase starting at a token whose word is none of them is
#: none, found without reading on (most figures are followed by a noun or a symbol).
_FIRST_WORDS = frozenset(words[0] for words in UNIT_PHRASES)


def unit_phrase(r: Reader, k: int, *, hyphens: bool = False) -> tuple[str, int] | None:
    """Read the longest unit phrase of :data:`UNIT_PHRASES` starting at token k: (unit, end).

    With ``hyphens``, the words of a compound may be joined by glued hyphens
    ("5-nautical-mile", "a 10-square-mile area"). Symbols and one-letter parts
    ("/", "2", "C" after "°") must touch the token before them.

    >>> from claimdiff.claims.tokens import tokenize
    >>> text = "120 km/h"
    >>> unit_phrase(Reader(text, tokenize(text)), 1)
    ('km/h', 4)
    """
    if k >= r.n or r.toks[k].low not in _FIRST_WORDS:
        return None
    words: list[str] = []
    ends: list[int] = []
    j = k
    while j < r.n and len(words) < LONGEST_PHRASE:
        tok = r.toks[j]
        if words and hyphens and tok.text in _HYPHENS and r.glued(j) and r.glued(j + 1):
            j += 1
            continue
        after_symbol = len(tok.text) == 1 and r.toks[j - 1].kind is SYM  # the "C" of "°C"
        if words and (tok.text in _GLUED or after_symbol) and not r.glued(j):
            break
        if tok.kind is NUM and tok.text != "2":
            break
        words.append(tok.low)
        ends.append(j + 1)
        j += 1
    for size in range(len(words), 1, -1):
        unit = UNIT_PHRASES.get(tuple(words[:size]))
        if unit is not None:
            return unit, ends[size - 1]
    return None


def unit_after(r: Reader, k: int, unit: str | None, *, hyphens: bool = False) -> tuple[str, int] | None:
    """Read the unit of a figure whose number ends before token k: (unit, end) or None.

    ``unit`` is the unit glued to the digits ("120km" -> "km"), extended when a phrase
    continues it ("120km/h"); otherwise a phrase of several tokens ("35 nautical miles",
    "30 °C") is read at k.
    """
    if unit is not None:
        return unit_phrase(r, k - 1, hyphens=hyphens)
    return unit_phrase(r, k, hyphens=hyphens)

