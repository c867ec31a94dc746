"""Negation: whether a passage holds a negation cue, read from the article's token stream.

A cue is a word of :data:`~claimdiff._lexicon.negation.NEGATION_CUES` standing alone ("not",
"never", "nobody") or the ending "n't". On tokens that is: a ``WORD`` token, or either side of
its apostrophe ("nobody’s", "don't"), that is a cue word with no letter, digit or "_" touching
it (the ``\\b`` of the pattern); a word ending "n" + "'" + "t" ("don't", and "rock'n't", where
the tokens are "rock'n", "'", "t"); or a cue inside a URL token. The pattern itself reads a URL
and each cut word, so its case rules hold unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._lexicon.negation import NEGATION_CUES
from .tokens import Token, TokenKind, is_word_char, span_tokens, tokenize

__all__ = ["is_negated"]

_NT = re.compile(r"n[’']t\b", re.IGNORECASE)


def is_negated(text: str, *, tokens: Sequence[Token] | None = None, start: int = 0, end: int | None = None) -> bool:
    """Return True when ``text[start:end]`` holds a negation cue ("not", "never", "n't", "neither").

    Args:
        text: any string.
        tokens: ``tokenize(text)``, when the caller has it already (the claims of an article
            read one token stream); computed here otherwise.
        start: where the passage starts in ``text``.
        end: where it ends (the end of ``text`` when None).

    >>> is_negated("Russia and Vietnam are not members of the ICC."), is_negated("They signed.")
    (True, False)
    """
    if tokens is None:
        tokens = tokenize(text)
    stop = len(text) if end is None else end
    toks = span_tokens(text, tokens, start, stop)
    for tok in toks:
        if tok.kind is TokenKind.WORD:
            if _word_negates(text, tok, start, stop):
                return True
        elif tok.kind is TokenKind.URL and NEGATION_CUES.search(tok.text) is not None:
            return True
    return False


def _word_negates(text: str, tok: Token, start: int, stop: int) -> bool:
    """Whether the word ``tok`` (inside ``text[start:stop]``) holds a cue, or ends one with the "'t" after it."""
    word = tok.text
    free_before = tok.start == start or not is_word_char(text[tok.start - 1])
    free_after = tok.end == stop or not is_word_char(text[tok.end])
    cut = max(word.find("'"), word.find("’"))
    if cut < 0:
        if free_before and free_after and NEGATION_CUES.fullmatch(word) is not None:
            return True
    else:
        head, tail = word[:cut], word[cut + 1 :]
        if free_before and NEGATION_CUES.fullmatch(head) is not None:
            return True
        if free_after and (NEGATION_CUES.fullmatch(tail) is not None or (tail in ("t", "T") and head[-1] in "nN")):
            return True
    return word[-1] in "nN" and _NT.match(text, tok.end - 1, stop) is not None
