"""Negation: whether a passage holds a negation cue, read from the article's token stream.

A cue is a word of :data:`~claimdiff._lexicon.negation.NEGATION_CUES` standing alone ("not",
"never", "nobody") or the ending "n't". On tokens that is: a ``WORD`` token, or either side of
its apostrophe ("nobody’s", "don't"), that is a cue word with no letter, digit or "_" touching
it (the ``\\b`` of the pattern); a word ending "n" + "'" + "t" ("don't", and "rock'n't", where
the tokens are "rock'n", "'", "t"); or a cue inside a URL token. The pattern itself reads a URL
and each cut word, so its case rules hold unchanged.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from .._lexicon.negation import NEGATION_CUES
from .tokens import Token, TokenKind, is_word_char, span_tokens, split_span, tokenize

__all__ = ["is_negated", "negated_spans"]

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
    return _any_cue(text, span_tokens(text, tokens, start, stop), start, stop)


def negated_spans(text: str, tokens: Sequence[Token], spans: Iterable[tuple[int, int]]) -> list[bool]:
    """Return :func:`is_negated` of each span ``(start, end)`` of ``text``, reading ``tokens`` once.

    One pass over the article's tokens finds the cues as the whole text reads them. A token
    of a span that starts after the span's start and ends more than two characters before its
    end reads the same in the span (the "n't" of ``_word_negates`` looks two characters past a
    word), so a span holds a cue when one of those tokens is a cue; the few tokens at either
    edge are read against the span itself.

    >>> text = "They did not sign. They signed."
    >>> negated_spans(text, tokenize(text), [(0, 18), (19, 31), (0, 8)])
    [True, False, False]
    """
    starts = [tok.start for tok in tokens]
    ends = [tok.end for tok in tokens]
    cues = _cue_indices(text, tokens)
    out = []
    for start, stop in spans:
        lo = bisect.bisect_right(starts, start)  # the first token after the span's start
        hi = max(bisect.bisect_left(ends, stop - 2), lo)  # the first token near its end, or lo
        k = bisect.bisect_left(cues, lo)  # the first cue at or after lo
        if k < len(cues) and cues[k] < hi:
            out.append(True)
            continue
        head, whole, tail = split_span(text, tokens, starts, ends, start, stop)
        lo = min(max(lo, whole.start), whole.stop)
        hi = max(min(hi, whole.stop), lo)
        edges = [*head, *tokens[whole.start : lo], *tokens[hi : whole.stop], *tail]
        out.append(_any_cue(text, edges, start, stop))
    return out


def _cue_indices(text: str, tokens: Sequence[Token]) -> list[int]:
    """Return the indices of the tokens that hold a cue, read in the whole of ``text``."""
    found = []
    stop = len(text)
    for i, (kind, _, _, word, _) in enumerate(tokens):
        if kind is TokenKind.WORD:
            # a cue word starts with n, c or w (no other letter matches those case-insensitively),
            # "n't" ends the word with n or sits behind its apostrophe: only such words are read
            if (word[0] in "nNcCwW" or word[-1] in "nN" or "'" in word or "’" in word) and _word_negates(
                text, tokens[i], 0, stop
            ):
                found.append(i)
        elif kind is TokenKind.URL and NEGATION_CUES.search(word) is not None:
            found.append(i)
    return found


def _any_cue(text: str, toks: Iterable[Token], start: int, stop: int) -> bool:
    """Whether any of ``toks``, tokens of ``text[start:stop]``, holds a cue."""
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
