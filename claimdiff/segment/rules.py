"""The period rules: what a terminal mark is, and the ordered table that judges it.

A :class:`Mark` is built from a memo key alone (see :mod:`claimdiff.segment`), and each rule of
:data:`PERIOD_RULES` returns True (a boundary), False (none) or None (no opinion).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .._lexicon import abbreviations as _abbr
from .._lexicon.speech import SPEECH_VERBS

__all__ = [
    "CANDIDATE_NEXT_RE",
    "CITATIONS",
    "EMOJI",
    "EMOJI_JOINERS",
    "EMOJI_RUN",
    "MAX_LOOKBACK",
    "NARROW_BEFORE",
    "NEXT_TOKEN_RE",
    "PERIOD_RULES",
    "TOKEN_RE",
    "Mark",
    "has_emoji",
    "starts_sentence",
]

# --------------------------------------------------------------------------------------
# Characters

_CLOSERS = "”’\"'»)]}›“‘„«‹"
_OPENERS = "“‘\"'«‹([{¿¡"
_TERMINALS = ".?!…‼⁇⁈⁉؟।॥"
#: Emoji pictographs (outside the Basic Multilingual Plane), as the body of a character class.
EMOJI = "\U0001f300-\U0001faff"
#: Symbols and dingbats that are emoji when the emoji selector U+FE0F follows them ("❤️", "☀️").
_EMOJI_SYMBOLS = "\u2600-\u27bf"
#: What joins or modifies emoji inside one run: variation selector 16, zero width joiner.
EMOJI_JOINERS = "\ufe0f\u200d"
#: A run of emoji: pictographs, symbols with the emoji selector, joiners and modifiers.
EMOJI_RUN = f"(?:[{EMOJI}]|[{_EMOJI_SYMBOLS}]\ufe0f)(?:[{EMOJI}{EMOJI_JOINERS}]|[{_EMOJI_SYMBOLS}]\ufe0f)*"
_EMOJI_TOKEN_RE = re.compile(EMOJI_RUN)


def has_emoji(text: str) -> bool:
    """Return True if ``text`` may hold an emoji: a character outside the Basic Multilingual Plane
    or the emoji selector. Far cheaper than a search: most text holds neither."""
    return not text.isascii() and ("\ufe0f" in text or len(text.encode("utf-16-le", "surrogatepass")) > 2 * len(text))
_QUESTION_EXCLAMATION = frozenset("?!‼⁇⁈⁉؟")
#: What a next token may start with before its first character proper (``next_first``).
_LEADERS = _OPENERS + "—–-*_"
#: What a token of a spaced ellipsis starts with: a period, or a closer (a token of closers only).
_DOT_TOKEN_START = "." + _CLOSERS
#: Citation markers ("[4]", "[12][13]") that belong to the sentence before them.
CITATIONS = r"(?:\[\d{1,3}\])+"
#: A terminal mark, then closing quotes or brackets (an opening quote glued after a mark is a
#: closer typed wrong) and citation markers ("Europe.[4]"), at the end of a token. Emoticons and
#: citation markers that are tokens of their own are cuts of :mod:`.layout`.
_CANDIDATE_RE = re.compile(r"[.?!…‼⁇⁈⁉؟।॥][”’\"'»)\]}›“‘„«‹]*" + CITATIONS[:-1] + r"*(?!\S)")
_CITATION_TAIL_RE = re.compile(CITATIONS + r"\Z")
_CITATION_TOKEN_RE = re.compile(CITATIONS)
_MULTI_PERIOD_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
NEXT_TOKEN_RE = re.compile(r"\s*(\S{0,80})")
#: A token of question and exclamation marks only (and closers): spaced emphasis, "Wait ! ! !".
#: A mark before one is no candidate: the run of marks is one sentence's end, judged at its last.
_LONE_MARKS_NEXT = r"(?!\s+[?!‼⁇⁈⁉؟]+[”’\"'»)\]}›“‘„«‹]*(?!\S))"
#: A terminal mark as in _CANDIDATE_RE, not before lone marks, and the next token as in
#: NEXT_TOKEN_RE (group 1). The white space and marks the first lookahead reads are the ones
#: right after this candidate, so each character is read a bounded number of times; the
#: second lookahead cannot fail, so it never backtracks.
CANDIDATE_NEXT_RE = re.compile(_CANDIDATE_RE.pattern + _LONE_MARKS_NEXT + r"(?=\s*(\S{0,80}))")
#: A token; matched at a mark in the *reversed* block, the token up to the mark, backwards.
TOKEN_RE = re.compile(r"\S*")
_NUMBER_RE = re.compile(r"\d{1,3}")
_QUOTES = frozenset("”’\"'“‘„«‹")
MAX_LOOKBACK = 120
#: The narrow memo key holds the sentence before a token only if it is shorter than
#: this: whether the token is at most 8 characters into its sentence (``list_marker``).
NARROW_BEFORE = 9


# --------------------------------------------------------------------------------------
# The context of one terminal mark


class Mark:
    """A terminal mark at the end of a token, with what a rule needs to judge it.

    Built from a memo key alone (the text around the mark, see the module docstring),
    so a verdict depends on nothing else. A plain class with slots, not an attrs model:
    it never leaves this package, and one is built for each mark the memo has not seen.
    """

    __slots__ = (
        "_after",
        "_before",
        "_reach",
        "after_dots",
        "closers",
        "dot_tokens",
        "dotted",
        "needs_wide",
        "next_first",
        "next_token",
        "terminals",
        "token",
        "word",
    )

    token: str
    """The whole token, with its citation markers."""
    word: str
    """The token without its trailing terminal marks and closers and its leading opening quotes/brackets."""
    terminals: str
    """The run of terminal marks at the end of the core, e.g. ``"."``, ``"?!"``, ``"...."``."""
    closers: str
    """Closing quotes and brackets after the terminal marks."""
    next_token: str
    """The next white-space separated token (at most 80 characters), or ``""`` at the end."""
    next_first: str
    """The first character of the next token after opening quotes and dashes, or ``""``."""
    dotted: bool
    """True if a run of period-only tokens may follow: they are read from the block, not the key."""
    dot_tokens: int
    """Number of following tokens made only of periods (a spaced ellipsis ". . ."), see :attr:`dotted`."""
    after_dots: str
    """The token after those period-only tokens, or ``""``."""
    needs_wide: bool
    """True once a rule asked a mark built from a narrow memo key for text the key does not
    hold: the rule read a stand-in (None, ``""``, the text the key has), so the verdict does not count."""

    def __init__(self, before: str | None, text: str, reach: int) -> None:
        """Read a mark from its key: the sentence before the token, and the token and what follows.

        ``reach`` is how many characters before the token the key may hold: NARROW_BEFORE
        for a narrow key (``before`` is None if the sentence is longer), more for a wide one.
        """
        token_match = TOKEN_RE.match(text)  # the token holds no white space: the key starts with it
        size = token_match.end() if token_match else len(text)
        token = self.token = text[:size]
        if token.endswith("]") and (citation := _CITATION_TAIL_RE.search(token)) and citation.start():
            token = token[: citation.start()]  # "Europe.[4]": the mark is the period
        core = token.rstrip(_CLOSERS)
        stem = core.rstrip(_TERMINALS)
        self.word = stem.lstrip(_OPENERS)
        self.terminals = core[len(stem) :]
        self.closers = token[len(core) :]
        after = text[size:]
        if reach == NARROW_BEFORE:
            next_token = after.lstrip()  # the narrow key ends with the next token
        else:
            ahead = NEXT_TOKEN_RE.match(text, size)
            next_token = ahead.group(1) if ahead else ""
        self.next_token = next_token
        self.next_first = next_token.lstrip(_LEADERS)[:1]
        self.dotted = (
            next_token[:1] in _DOT_TOKEN_START  # cheap test first; "" is in every str, hence the next line
            and bool(next_token)
            and self.terminals.endswith(".")
            and next_token.rstrip(_CLOSERS) == "."  # a spaced ellipsis; "..." is read as a mark of its own
        )
        self.dot_tokens = 0
        self.after_dots = ""
        self.needs_wide = False
        self._before = before
        self._after = after
        self._reach = reach

    @property
    def next_word(self) -> str:
        """Return the next token without leading openers and trailing punctuation."""
        return _bare(self.next_token)

    @property
    def opening(self) -> str | None:
        """Return the sentence before the token if at most 8 characters long, else None."""
        before = self._before
        return before if before is not None and len(before) < NARROW_BEFORE else None

    def sentence_before(self, size: int) -> str | None:
        """Return the sentence before the token if shorter than ``size`` characters, else None."""
        before = self._before
        if before is not None and len(before) < self._reach:  # the whole sentence so far
            return before if len(before) < size else None
        if size > self._reach:  # the key may not hold the sentence: only a wide one does
            self.needs_wide = True
        return None  # the token is at least _reach characters into its sentence

    def previous_token(self) -> str:
        """Return the token before this one in the same sentence, or ``""``."""
        if self._before is None:
            self.needs_wide = True
            return ""
        head = self._before[-MAX_LOOKBACK:].rstrip()
        if not head:
            return ""
        cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\xa0"))
        return head[cut + 1 :]

    def text_after(self, size: int) -> str:
        """Return up to ``size`` characters (at most 160) of the block after the mark and its closers."""
        if self._reach == NARROW_BEFORE and len(self._after) < size:
            self.needs_wide = True
        return self._after[:size]


def _bare(token: str) -> str:
    """Strip opening quotes/brackets, possessive endings and trailing punctuation."""
    word = token.lstrip(_OPENERS).rstrip(_CLOSERS + ".,;:!?…")
    for apostrophe in ("’", "'"):
        cut = word.find(apostrophe)
        if cut > 0:
            word = word[:cut]
    return word


def _is_lower_start(char: str) -> bool:
    return char.islower()


def _is_upper_start(char: str) -> bool:
    return char.isupper()


# --------------------------------------------------------------------------------------
# Period rules: each returns True (boundary), False (no boundary) or None (no opinion).

_Verdict = bool | None


def _rule_list_marker(m: Mark) -> _Verdict:
    """A number or single letter with a period that opens a sentence is a list item marker."""
    if m.terminals != "." or m.closers not in ("", ")") or m.opening is None:
        return None
    opening = m.opening.strip()  # the white space after the mark before it ("safe? A. Yes")
    if opening and (len(opening) != 1 or opening not in _abbr.BULLETS):
        return None
    word = m.word.lstrip(_abbr.BULLETS)
    if (_NUMBER_RE.fullmatch(word) or (len(word) == 1 and word.isalpha())) and m.next_token:
        return False
    return None


def _rule_spaced_ellipsis(m: Mark) -> _Verdict:
    """A spaced ellipsis ". . ." is an omission; with a fourth period it ends the sentence.

    "word. . . . Next" ends the sentence at "word." and ". . ." opens the next one;
    ". . . ." after a space ends it after the last period; ". . ." alone does not.
    """
    if m.dot_tokens == 0:
        return None
    follower = m.after_dots.lstrip(_OPENERS)[:1]
    if not m.word and not m.closers:
        dots = m.terminals.count(".") + m.dot_tokens  # spaced run that starts with this token
        return dots >= 4 and not _is_lower_start(follower) and bool(follower)
    return bool(follower) and not _is_lower_start(follower)


def _rule_ellipsis(m: Mark) -> _Verdict:
    """An unspaced ellipsis ends a sentence before a capital; four periods before any non-lowercase."""
    dots = m.terminals.count(".")
    if "…" in m.terminals or dots == 3:
        return _is_upper_start(m.next_first)
    if dots >= 4:
        return not _is_lower_start(m.next_first)
    return None


def _rule_attribution(m: Mark) -> _Verdict:
    """A quotation closed by ?” or .” and followed by "Name Name said" goes on with its attribution."""
    if _QUOTES.isdisjoint(m.closers):
        return None
    rest = m.text_after(160).split(maxsplit=5)  # rest[:5] and whether one of them is the last
    for i, token in enumerate(rest[:5]):
        bare = _bare(token)
        if bare.casefold() in SPEECH_VERBS and i > 0:
            if "." in m.terminals and not _ends_clause(token, rest, i):
                return None
            return False
        if not bare[:1].isupper() or bare in _abbr.SENTENCE_STARTERS:
            return None
    return None


def _ends_clause(token: str, rest: list[str], index: int) -> bool:
    """Return True when the speech verb ends the sentence ("Putin said." or the line's end)."""
    return token.endswith((".", "!", "?")) or index == len(rest) - 1


def _rule_attached_next(m: Mark) -> _Verdict:
    """A mark before an ellipsis, an emoticon, emoji or citation markers alone ("it. ... Then", "great. :)")
    does not end the sentence: what follows belongs to it, and ends it in its turn (the ellipsis as
    a mark, the others as cuts of :mod:`.layout`)."""
    following = m.next_token
    if (
        following in _abbr.EMOTICONS
        or _CITATION_TOKEN_RE.fullmatch(following)
        or _EMOJI_TOKEN_RE.fullmatch(following)
    ):
        return False
    bare = following.rstrip(_CLOSERS)
    if bare and (bare.strip(".") == "" or bare.strip("…") == "") and bare != ".":
        return False
    return None


#: A dash that opens the speaker line of a pull quote ('"..." - Ines Marlow').
_DASHES = frozenset("-–—―")


def _rule_speaker_line(m: Mark) -> _Verdict:
    """A quote or sentence followed by a dash and a short name at the end of the line or before a
    comma ('"...a long road." - Ines Marlow') goes on with that name: a speaker line."""
    if not m.next_token or m.next_token[0] not in _DASHES:
        return None
    rest = m.text_after(80)
    name = rest.lstrip().lstrip("".join(_DASHES)).split(",", 1)
    words = name[0].split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() and w.rstrip(".").isalpha() for w in words):
        return None
    ends = len(name) > 1 or len(rest) < 80  # a comma, or the end of the block
    return False if ends else None


def starts_sentence(token: str) -> bool:
    """Return True if a sentence may start with ``token``: after openers and dashes, a character
    that is not lower case."""
    first = token.lstrip(_LEADERS)[:1]
    return bool(first) and not _is_lower_start(first)


def _is_figure_or_name(word: str) -> bool:
    """Return True for a figure or a name with dots, slashes or "@" in it (see _FIGURE_OR_NAME_RE),
    not an abbreviation with periods ("e.g", "U.S", "p.m")."""
    return (
        _FIGURE_OR_NAME_RE.fullmatch(word) is not None
        and (word[-1].isalnum() or word[-1] == "%")
        and _FIGURE_OR_JOINT_RE.search(word) is not None
        and _MULTI_PERIOD_RE.fullmatch(word) is None
    )


def _is_plain_word(word: str) -> bool:
    """Return True for a word that ends a sentence before a lower-case word: letters (two or more),
    a figure ("2019", "$45", "3/10", "1.2GB", "7:30"), a name with dots or slashes in it (a file,
    an address, a version: "README.md", "www.example.com", "v2.0") and no abbreviation ("fine",
    "Paris", "thx"; not "approx", "Mr", "Calif", "Blvd", "e.g", "U.S")."""
    if word.isdigit():
        return True
    if _is_figure_or_name(word):
        return True
    if len(word) < 2 or not word.replace("-", "").replace("'", "").replace("’", "").isalpha():
        return False
    folded = word.casefold()
    if folded in _abbr.VOWELLESS_WORDS:  # "thx", "tbh", "hmm": words, not abbreviations
        return True
    if set(folded).isdisjoint("aeiouy"):  # "Mr", "Blvd", "Sgt", "lbs": abbreviations
        return False
    return not (
        word.capitalize() in _abbr.TITLES
        or folded in _abbr.BEFORE_NUMBER
        or (folded in _abbr.AMBIGUOUS and (folded not in _abbr.CAPITALISED_ONLY or word[:1].isupper()))
        or folded in _abbr.NEVER_FINAL
        or folded in _abbr.LOWER_ABBREVIATIONS
        or word in _abbr.PLACE_ENDINGS
        or word in _abbr.BANG_NAMES
    )


def _rule_lowercase_next(m: Mark) -> _Verdict:
    """Before a lower-case word or name ("then", "iPhone", "os.path") a sentence ends only after a
    plain word or figure and a bare mark ("fine. then", "in 2019. iPhone", "$45. the"), not after
    an abbreviation or a quote ("co. at", "Yahoo! in", '"No." he said')."""
    if not _is_lower_start(m.next_first):
        return None
    terminals = m.terminals
    if m.closers or not (terminals == "." or _QUESTION_EXCLAMATION.issuperset(terminals)):
        return False
    following = _bare(m.next_token)
    if not following.isalpha() and not _is_figure_or_name(following):  # "e.g.", "-ish": no start
        return False
    return _is_plain_word(m.word)


def _next_starts_clause(m: Mark) -> bool:
    """Return True if the next word typically opens a sentence: a word of SENTENCE_STARTERS, or a
    capitalised negated auxiliary ("Don't", "Didn’t", "Won't")."""
    if m.next_word in _abbr.SENTENCE_STARTERS:
        return True
    token = m.next_token
    return token[:1].isupper() and ("n't" in token or "n’t" in token)


def _rule_bang_name(m: Mark) -> _Verdict:
    """An exclamation mark in a name ("Yahoo! Mail") ends a sentence only before a typical starter."""
    if m.terminals == "!" and m.word in _abbr.BANG_NAMES:
        return _next_starts_clause(m) or not m.next_token
    return None


def _rule_question_exclamation(m: Mark) -> _Verdict:
    """A question or exclamation mark before a non-lowercase word ends the sentence."""
    if not _QUESTION_EXCLAMATION.isdisjoint(m.terminals):
        return True
    return None


def _rule_number_abbreviation(m: Mark) -> _Verdict:
    """An abbreviation that precedes numbers ("p. 55", "No. 10", "Jan. 5") before a digit."""
    if m.terminals == "." and m.next_first.isdigit() and m.word.casefold() in _abbr.BEFORE_NUMBER:
        return False
    return None


def _rule_title(m: Mark) -> _Verdict:
    """A title or name prefix ("Mr.", "Dr.", "Gen.", "Mt.") does not end a sentence, unless a
    determiner makes it a noun and a clause follows ("taught by the Prof. A new term began")."""
    if m.terminals != ".":
        return None
    if m.word in _abbr.TITLES:
        if m.next_word in _abbr.CLAUSE_STARTERS and "." not in m.next_token:
            return _bare(m.previous_token()) in _abbr.DETERMINERS
        return False
    if m.word.casefold() in _abbr.NEVER_FINAL:
        return False
    return None


def _rule_initial(m: Mark) -> _Verdict:
    """A single capital letter after a name or another initial is an initial ("Jonas E. Smith");
    after a lower-case word it is one before a name of two words or an initial ("the novelist
    J. Arthur Penrose", "by J. D. Harrow") or, after a preposition, before any capitalised word
    ("a book by J. Smith"); after a preposition of place, a compass letter before a capitalised
    word is part of a place's name ("into S. Sudan"); it ends the sentence otherwise ("you and
    I. We", "vitamin C. It")."""
    if m.terminals != "." or len(m.word) != 1 or not m.word.isupper():
        return None
    if _next_starts_clause(m):
        return True
    before = _bare(m.previous_token())
    if not before or before[:1].isupper():
        return False
    if before.casefold() in _abbr.INITIAL_AFTER and m.word != "I" and _is_upper_start(m.next_first):
        return False  # "a book by J. Smith last year"
    if m.word in _abbr.COMPASS_LETTERS and before.casefold() in _abbr.PLACE_PREPOSITIONS and _is_upper_start(
        m.next_first
    ):
        return False  # "troops moved into S. Sudan": a point of the compass in a place's name
    return not _starts_name(m)


def _starts_name(m: Mark) -> bool:
    """Return True if the next words are a capitalised name of two words or an initial."""
    if not _is_upper_start(m.next_first):
        return False
    if _INITIAL_RE.fullmatch(m.next_token):
        return True
    after = m.text_after(120).split(maxsplit=2)[1:2]
    return bool(after) and _is_upper_start(after[0].lstrip(_OPENERS)[:1])


_INITIAL_RE = re.compile(r"[A-Z]\.")
#: The characters of a figure ("$45", "3/10", "1.2GB", "7:30", "50%") or of a name with a dot, a
#: slash or an "@" between its parts ("README.md", "www.example.com", "~/.bashrc", "v2.0").
_FIGURE_OR_NAME_RE = re.compile(r"[\w$€£¥%.,:/@+~-]{2,80}")
#: What makes such a token a figure or a name: a digit, or a dot, slash or "@" before a letter or digit.
_FIGURE_OR_JOINT_RE = re.compile(r"\d|[./@](?=[^\W_])")


def _rule_time_of_day(m: Mark) -> _Verdict:
    """ "a.m."/"p.m." before a capital ends the sentence, unless a day, month or zone follows
    or the sentence so far is only a fronted time phrase ("At 5 a.m. Mr. Smith went ...")."""
    if m.terminals != "." or m.word.casefold() not in _abbr.TIME_OF_DAY:
        return None
    if m.next_word in _abbr.AFTER_TIME:
        return False
    after = m.text_after(100).split(maxsplit=2)[1:2]
    if after and _bare(after[0]).casefold() == "time":  # "at 2 a.m. Moscow time"
        return False
    before = m.sentence_before(40)
    if before is not None:
        words = before.split()
        if len(words) <= 3 and words and words[0].casefold() in _abbr.TIME_PREPOSITIONS:
            return False
    return True


def _rule_name_ending(m: Mark) -> _Verdict:
    """A company or place ending ("Inc.", "Ltd.", "Calif.", ", D.C.") ends a sentence before a
    starter, or before a capitalised word and then a lower-case one ("Inc. Analysts were"), but
    not before a title or name ("Inc. Chief Executive Jo Ray", "D.C. Mayor Muriel Bowser")."""
    if m.terminals != ".":
        return None
    word = m.word
    named = word.casefold() in _abbr.COMPANY_ENDINGS or word in _abbr.PLACE_ENDINGS
    if not named and not _MULTI_PERIOD_RE.fullmatch(word):
        return None
    if not m.next_token or _next_starts_clause(m):
        return True
    following = m.next_token
    if not following[:1].isupper() or not following[1:].islower() or not following.isalpha():
        return False if named else None
    if not named and not m.previous_token().endswith(","):  # "the U.S. Army said": not a place's end
        return None
    after = m.text_after(120).split(maxsplit=2)[1:2]
    return bool(after) and _is_lower_start(after[0][:1])


def _rule_ambiguous_abbreviation(m: Mark) -> _Verdict:
    """An abbreviation that may end a sentence ("U.S.", "Jr.", "St.") ends one only before a
    typical sentence starter ("in the U.S. How ..." but "the U.S. Government"); a day or month
    counts only when capitalised ("Sat. Jan. 4", but "He sat. Nobody moved.")."""
    if m.terminals != ".":
        return None
    folded = m.word.casefold()
    if folded in _abbr.CAPITALISED_ONLY and not m.word[:1].isupper():
        return None
    if folded in _abbr.AMBIGUOUS or _MULTI_PERIOD_RE.fullmatch(m.word):
        return _next_starts_clause(m) or not m.next_token
    return None


def _rule_default(m: Mark) -> _Verdict:
    """Any other terminal mark at the end of a token ends the sentence."""
    return True


#: Ordered rules that judge a terminal mark; the first that returns True/False decides.
PERIOD_RULES: tuple[tuple[str, Callable[[Mark], _Verdict]], ...] = (
    ("list_marker", _rule_list_marker),
    ("attached_next", _rule_attached_next),
    ("spaced_ellipsis", _rule_spaced_ellipsis),
    ("ellipsis", _rule_ellipsis),
    ("attribution", _rule_attribution),
    ("speaker_line", _rule_speaker_line),
    ("lowercase_next", _rule_lowercase_next),
    ("bang_name", _rule_bang_name),
    ("question_exclamation", _rule_question_exclamation),
    ("number_abbreviation", _rule_number_abbreviation),
    ("title", _rule_title),
    ("initial", _rule_initial),
    ("time_of_day", _rule_time_of_day),
    ("name_ending", _rule_name_ending),
    ("ambiguous_abbreviation", _rule_ambiguous_abbreviation),
    ("default", _rule_default),
)
