"""Words: the one place text is folded and cut into content words.

Every stage that compares words across sources folds them here, so "Russia’s" and
"Russia's", "non-interference" and "noninterference", "U.S." and "United States" agree the
same way everywhere:

* :func:`fold_text`: case, curly quotes, dashes and runs of white space (ids, descriptions);
* :func:`fold_quote`: :func:`fold_text` plus punctuation and in-word hyphens (quoted words);
* :func:`name_words`: the words of a name, split at spaces and dashes (entity rules);
* :func:`normalise_token`: one word as a content token: case, possessive, name aliases,
  dots and hyphens, plural ("agreements" -> "agreement");
* :func:`content_tokens` and :class:`Tokenizer`: the content words of a text (function
  words and figures left out), memoised per comparison;
* :func:`quote_overlap`: how much of one set of words another holds;
* :func:`spoken_text`: the quoted words of a passage the speaker's tag splits in two;
* :func:`has_letter`: whether a stretch holds a letter (a character of ``[^\\W\\d_]``).

It reads only the word lists in :mod:`claimdiff._lexicon`.
"""

from __future__ import annotations

import re

from ._lexicon.speech import SPEECH_VERBS
from ._lexicon.stopwords import STOPWORDS
from ._lexicon.synonyms import NAME_ALIASES

__all__ = [
    "APOSTROPHES",
    "LETTER_RE",
    "Tokenizer",
    "content_tokens",
    "fold_quote",
    "fold_text",
    "has_letter",
    "name_words",
    "normalise_token",
    "quote_overlap",
    "spoken_text",
]

#: Curly single quotes made straight: the apostrophe of "Russia’s".
APOSTROPHES = {"\u2018": "'", "\u2019": "'"}
_APOSTROPHE_FOLD = str.maketrans(APOSTROPHES)
_FOLD = str.maketrans({**APOSTROPHES, "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})
_SPACE = re.compile(r"\s+")
_IN_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_NOT_WORD = re.compile(r"[^\w\s']")
_NAME_SPLIT = re.compile(r"[\s\-\u2010-\u2015]+")
_TOKEN = re.compile(r"[^\W_]+(?:[.'\u2019-][^\W_]+)*\.?")
_DIGIT = re.compile(r"\d")


def fold_text(text: str) -> str:
    """Fold case, curly quotes, dashes and runs of white space.

    >>> fold_text("  Russia’s   WAR ")
    "russia's war"
    """
    return _SPACE.sub(" ", text.translate(_FOLD)).strip().casefold()


#: A letter: what starts a word of the claim readers (a word character, not a digit nor "_").
LETTER_RE = re.compile(r"[^\W\d_]")


def has_letter(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a letter (a match of :data:`LETTER_RE`).

    An ASCII stretch holds one when its upper and lower case differ (only letters change): C
    calls with an ASCII path, where the pattern tests each character's categories, about five
    times slower. Claim readers ask this of the words around every figure.

    >>> has_letter("1, 2, 3", 0, 7), has_letter("1, 2 x", 0, 6), has_letter("1 – 2", 0, 5), has_letter("1 é", 0, 3)
    (False, True, False, True)
    """
    piece = text[start:end]
    if piece.isascii():
        return piece.lower() != piece.upper()
    return LETTER_RE.search(piece) is not None


#: A separator of thousands inside a figure: "9,535", "12 000" (a no-break or thin space).
_THOUSANDS = re.compile(r"(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))")


def fold_quote(text: str) -> str:
    """Fold quoted words: case and apostrophes, in-word hyphens and the separators of a figure's
    thousands dropped, other punctuation a space.

    >>> fold_quote("Non-interference, “always”!"), fold_quote("£9,535 a year")
    ('noninterference always', '9535 a year')
    """
    text = _IN_WORD_HYPHEN.sub("", text.casefold().translate(_APOSTROPHE_FOLD))
    text = _THOUSANDS.sub("", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


def name_words(name: str) -> list[str]:
    """Return the folded words of a name, split at spaces and dashes.

    >>> name_words("Kim Jong-un’s")
    ['kim', 'jong', "un's"]
    """
    return [w for w in _NAME_SPLIT.split(name.replace("\u2019", "'").casefold()) if w]


def normalise_token(token: str) -> str:
    """Fold one word into a content token: case, possessive, aliases, dots, hyphens, plural.

    >>> [normalise_token(w) for w in ("Agreements", "Vietnam's", "U.S.", "non-interference")]
    ['agreement', 'vietnam', 'united_states', 'noninterference']
    """
    token = token.casefold().replace("\u2019", "'")
    if token.endswith("'s"):
        token = token[:-2]
    alias = NAME_ALIASES.get(token)
    if alias is not None:
        return alias.replace(" ", "_")
    token = token.rstrip(".").replace(".", "").replace("-", "")
    if len(token) > 4 and token.endswith("ies"):
        return token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def content_tokens(text: str, *, keep_numbers: bool = False) -> list[str]:
    """Return the content words of a text, folded: case, plurals, "U.S." -> "united_states".

    >>> content_tokens("The U.S. signed 11 agreements with Vietnam's leaders.")
    ['united_states', 'signed', 'agreement', 'vietnam', 'leader']
    """
    return Tokenizer()(text, keep_numbers=keep_numbers)


def _is_content(word: str) -> bool:
    return bool(word) and word not in STOPWORDS and (len(word) > 1 or word.isdigit())


class Tokenizer:
    """:func:`content_tokens` with a memo of words and texts, for one comparison.

    Stories repeat words and sentences across sources; one tokenizer per call of
    :func:`claimdiff.align.align_claims` or :func:`claimdiff.diff.find_discrepancies` folds
    each once.
    """

    def __init__(self) -> None:
        self._words: dict[str, str] = {}
        self._texts: dict[tuple[str, bool], list[str]] = {}
        self._spans: dict[str, list[tuple[int, int, str]]] = {}
        self._starts: dict[str, list[int]] = {}

    def _fold(self, raw: str) -> str:
        token = self._words.get(raw)
        if token is None:
            token = self._words[raw] = normalise_token(raw)
        return token

    def __call__(self, text: str, *, keep_numbers: bool = False) -> list[str]:
        """Return the content words of ``text``, as :func:`content_tokens` does."""
        key = (text, keep_numbers)
        found = self._texts.get(key)
        if found is None:
            folded = (self._fold(raw) for raw in _TOKEN.findall(text) if keep_numbers or not _DIGIT.search(raw))
            found = self._texts[key] = [token for token in folded if _is_content(token)]
        return found

    def content_starts(self, text: str) -> list[int]:
        """Return the start offsets of :meth:`content_words`, memoised per text (for bisection)."""
        found = self._starts.get(text)
        if found is None:
            found = self._starts[text] = [w[0] for w in self.content_words(text)]
        return found

    def content_words(self, text: str) -> list[tuple[int, int, str]]:
        """Return the content words of ``text`` with their offsets, memoised per text."""
        found = self._spans.get(text)
        if found is None:
            found = self._spans[text] = [
                (start, end, word)
                for start, end, word in self.words(text)
                if not _DIGIT.search(text[start:end]) and _is_content(word)
            ]
        return found

    def words(self, text: str) -> list[tuple[int, int, str]]:
        """Return every word of ``text`` (function words too) as ``(start, end, folded)``."""
        return [(m.start(), m.end(), self._fold(m.group())) for m in _TOKEN.finditer(text)]


def quote_overlap(a: set[str], b: set[str]) -> float:
    """Return the share (percent) of the smaller word set found in the other; 0 under two shared words.

    >>> quote_overlap({"reliable", "security", "architecture"}, {"credible", "security", "architecture"})
    66.7
    """
    shared = len(a & b)
    smaller = min(len(a), len(b))
    if shared < 2 or smaller == 0:
        return 0.0
    return round(100.0 * shared / smaller, 1)


#: A speaker's tag between two parts of one quoted passage: a closing double mark, a few words
#: on one line (at most :data:`_MAX_TAG` characters) and the opening mark of the next part.
_TAG = re.compile(r"[\"\u201d\u00bb][^\"\u201c\u201d\u00ab\u00bb\n]{1,80}[\"\u201c\u00ab]")
_MAX_TAG_WORDS = 8


def spoken_text(passage: str) -> str:
    """Return the quoted words of a passage, a speaker's tag that splits it cut out ("The road,"
    the chief said, "will reopen": "The road, will reopen"); a passage in one piece as it is.

    >>> spoken_text('We have been clear," the governor said, "that the tax stays')
    'We have been clear, that the tax stays'
    >>> spoken_text("He said no")
    'He said no'
    """
    if '"' not in passage and "\u201d" not in passage and "\u00bb" not in passage:
        return passage
    return _TAG.sub(_cut_tag, passage)


def _cut_tag(found: re.Match[str]) -> str:
    words = found.group(0)[1:-1].split()
    verb = any(w.strip(",.:;").casefold() in SPEECH_VERBS for w in words)
    return " " if verb and len(words) <= _MAX_TAG_WORDS else found.group(0)
