r"""Entities: runs of capitalised words (people, places, organisations) and their canonical keys.

Names are read from the article's token stream, in two steps:

1. :func:`_name_words`, once per article: the *name words* of the text, each a run of word
   characters, apostrophes, periods and hyphens (the characters of ``[\w’'.-]``) from its
   first letter to its end, so "U.S.", "Jong-un" and "A1" are one name word of several
   tokens. A run is read from tokens that touch (:func:`_runs`): a ``WORD`` token is all run
   characters, a letter first; a one-character ``SYM`` token is a run character when it is
   one of "’'.-_" or a digit; a figure, chain, URL or the middle of a quiet run is read for
   its runs by :data:`_RUN` ("1,000" holds two, "1E5" holds a letter). A sentence that cuts
   no run holds the name words of the text that lie inside it; one that does (rare) reads
   its own tokens.
2. :func:`_names`, per sentence: the names, runs of capitalised name words with joiners
   ("of", "van") inside, no function word, month or weekday at either end, and a final
   possessive ("Vietnam’s") left out.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.stopwords import STOPWORDS
from .._lexicon.synonyms import NAME_ALIASES, NAME_SPELLINGS
from .tokens import SYM, WORD, Token, split_span, tokenize

__all__ = ["entity_key", "find_entities", "find_entities_in"]


#: A run of the characters of a name word, a letter (where a name word starts), and a name
#: word, each read inside one token.
_RUN = re.compile(r"[\w\u2019'.-]+")
_LETTER = re.compile(r"[^\W\d_]")
_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")
#: One-character symbols that are run characters ("U.S.", "Jong-un", "O'Neil").
_RUN_SYMBOLS = frozenset("\u2019'.-_")
#: The endings of a possessive: "Vietnam’s", "Reuters'".
_POSSESSIVES = ("\u2019s", "'s", "\u2019", "'")
#: Lower-case words that may join the capitalised words of one name ("Bank of England").
_NAME_JOINERS = frozenset({"of", "de", "del", "la", "le", "bin", "al", "van", "von", "der", "du", "da"})
_NOT_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
#: Words a name neither starts nor ends with: the two above.
_NOT_AT_EDGES = _NAME_JOINERS | _NOT_NAMES


def find_entities(text: str) -> list[tuple[int, int]]:
    """Return the spans of names: runs of capitalised words, joiners allowed inside.

    Leading function words ("The", "But"), months and weekdays are not names; a final
    possessive ("Vietnam’s") is left out of the span.

    >>> text = "The Bank of England and Vietnam’s President To Lam met on Monday."
    >>> [text[a:b] for a, b in find_entities(text)]
    ['Bank of England', 'Vietnam', 'President To Lam']
    """
    return find_entities_in(text, tokenize(text), [(0, len(text))])[0]


def find_entities_in(
    text: str, tokens: Sequence[Token], spans: Iterable[tuple[int, int]]
) -> list[list[tuple[int, int]]]:
    """Return :func:`find_entities` of the text of each span ``(start, end)`` of ``text``, as offsets into ``text``.

    The name words of the whole text are read once. A span that cuts no run of name-word
    characters holds the same runs as the whole text, so its name words are those that lie
    inside it, found by bisection; a span that cuts one reads its own tokens.

    Args:
        text: an article's text.
        tokens: ``tokenize(text)``, read once for every span.
        spans: passages of the text (its sentences), in any order.

    >>> text = "Lam met Putin. The Bank of England said so."
    >>> find_entities_in(text, tokenize(text), [(0, 14), (15, 43)])
    [[(0, 3), (8, 13)], [(19, 34)]]
    """
    spans = list(spans)
    if not spans:
        return []
    words = list(_name_words(text, tokens))
    starts = [word_start for word_start, _ in words]
    out = []
    for start, end in spans:
        if _cuts_a_run(text, start, end):
            head, whole, tail = split_span(text, tokens, start, end)
            inside: Iterable[tuple[int, int]] = _name_words(text, [*head, *tokens[whole.start : whole.stop], *tail])
        else:
            first = bisect.bisect_left(starts, start)
            inside = words[first : bisect.bisect_left(starts, end, first)]
        out.append(_names(text, inside, start))
    return out


def _cuts_a_run(text: str, start: int, end: int) -> bool:
    """Whether the span ``text[start:end]`` starts or ends inside a run of name-word characters."""
    return start < end and (
        (start > 0 and _is_run_char(text[start - 1]) and _is_run_char(text[start]))
        or (end < len(text) and _is_run_char(text[end - 1]) and _is_run_char(text[end]))
    )


def _is_run_char(ch: str) -> bool:
    """Whether ``ch`` is a character of ``[\\w’'.-]``: a letter, digit, "_", apostrophe, period or hyphen."""
    return ch in _RUN_SYMBOLS or ch.isalnum()


def _name_words(text: str, toks: Iterable[Token]) -> Iterator[tuple[int, int]]:
    """Yield the name words of ``toks`` as (start, end): each run that holds a letter, from that letter."""
    run_end = -1  # where the current run ends
    letter = -1  # where its first letter is; -1 before one
    for part_start, part_end, first_letter in _runs(text, toks):
        if part_start != run_end:  # a new run
            if letter >= 0:
                yield letter, run_end
            letter = first_letter
        elif letter < 0:
            letter = first_letter
        run_end = part_end
    if letter >= 0:
        yield letter, run_end


def _runs(text: str, toks: Iterable[Token]) -> Iterator[tuple[int, int, int]]:
    """Yield the parts of ``toks`` made of run characters that matter to the name words, as
    (start, end, first letter or -1); a part and the one before it are one run when they touch."""
    for tok in toks:
        if tok.kind is WORD:  # letters, maybe an apostrophe: all run characters
            yield tok.start, tok.end, tok.start
        elif tok.text in _RUN_SYMBOLS:
            yield tok.start, tok.end, -1
        else:
            yield from _run_parts(text, tok)


def _run_parts(text: str, tok: Token) -> Sequence[tuple[int, int, int]]:
    """Return the runs of a token other than a word or a run symbol that matter to its name
    words, as (start, end, first letter or -1): the run at its start, which may go on a run
    of the token before, and each later run from its first letter on. A later run without a
    letter starts no name word and ends none (none can run on into it), so it is left out:
    a figure such as "1,000,000,000" is one run, not a run per group."""
    if tok.kind is SYM and len(tok.text) == 1:  # a letter is a word token: no letter here
        return ((tok.start, tok.end, -1),) if tok.text.isalnum() else ()
    parts = []
    pos = tok.start
    lead = _RUN.match(text, tok.start, tok.end)
    if lead is not None:
        letter = _LETTER.search(text, lead.start(), lead.end())
        parts.append((lead.start(), lead.end(), -1 if letter is None else letter.start()))
        pos = lead.end()
    for m in _NAME_WORD.finditer(text, pos, tok.end):
        parts.append((m.start(), m.end(), m.start()))
    return parts


def _names(text: str, words: Iterable[tuple[int, int]], start: int) -> list[tuple[int, int]]:
    """Return the names made of the name ``words`` of a passage that starts at ``start``.

    A name is a run of capitalised words and joiners, each after the last with only spaces
    between them (no line break); a possessive word ends it.
    """
    names: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []  # the words of the current name: (start, end, lower case)
    previous_end = start
    for word_start, word_end in words:
        if run:
            gap = text[previous_end:word_start]
            if gap != " " and (gap.strip() or "\n" in gap):  # one space is the usual gap
                _end_name(run, names)
        previous_end = word_end
        word = text[word_start:word_end]
        if word[0].isupper():
            if len(word) > 2 and word.endswith(_POSSESSIVES):  # "Vietnam’s": the name ends before it
                cut = 2 if word[-1] == "s" else 1
                run.append((word_start, word_end - cut, word[:-cut].lower()))
                _end_name(run, names)
                continue
            if word[-1] == "." and "." not in word[:-1]:
                word_end -= 1  # a sentence's full stop, not an abbreviation like "U.S."
                word = word[:-1]
            run.append((word_start, word_end, word.lower()))
        elif run and word in _NAME_JOINERS:
            run.append((word_start, word_end, word))
        elif run:
            _end_name(run, names)
    if run:
        _end_name(run, names)
    return names


def _end_name(run: list[tuple[int, int, str]], names: list[tuple[int, int]]) -> None:
    """Add the name of the words ``run`` to ``names``, without joiners, function words, months
    or weekdays at either end (if any word is left), and empty ``run``."""
    first, last = 0, len(run)
    while last > first and run[last - 1][2] in _NOT_AT_EDGES:
        last -= 1
    while first < last and run[first][2] in _NOT_AT_EDGES:
        first += 1
    if first < last:
        names.append((run[first][0], run[last - 1][1]))
    run.clear()


def entity_key(name: str) -> str:
    """Return the canonical form of a name: aliases folded, case, dots, hyphens and spaces ignored.

    >>> entity_key("U.S."), entity_key("United States"), entity_key("Kim Jong-un"), entity_key("Kim Jong Un")
    ('unitedstates', 'unitedstates', 'kimjongun', 'kimjongun')

    British and American spellings of a name's words are one name:

    >>> entity_key("World Health Organisation") == entity_key("World Health Organization")
    True
    >>> entity_key("Harbour Centre") == entity_key("Harbor Center")
    True
    """
    folded = " ".join(name.replace("\u2019", "'").split()).casefold().removeprefix("the ")
    folded = NAME_ALIASES.get(folded, folded)
    folded = _SPELLING.sub(lambda m: NAME_SPELLINGS.get(m.group(), "ization"), folded)
    return re.sub(r"[\W_]+", "", folded)


_SPELLING = re.compile(r"\b(?:" + "|".join(NAME_SPELLINGS) + r")\b|isation(?=s?\b)")


