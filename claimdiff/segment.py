"""Split text into sentences, keeping every sentence's offsets into the input.

The splitter is a single pass over *candidate* positions, never a rewrite of the
text (compare pySBD, which replaces characters, splits, then searches the pieces
back to recover offsets):

1. **Hard boundaries.** Line breaks (a single newline separates paragraphs in
   scraped news) and the spans a caller asks to skip (boilerplate from
   :func:`claimdiff.text.clean`) cut the text into *blocks*; no sentence crosses one.
2. **Soft boundaries** inside a block come from an ordered table of named rules
   (:data:`SPLIT_RULES`): a terminal mark (``.``, ``?``, ``!``, ``…``) at the end of
   a white-space separated token, bullets and numbered list items, and an ALL-CAPS
   heading glued to the next word. Each terminal mark is then judged by the
   ordered table :data:`PERIOD_RULES` (abbreviations, initials, ellipses, quotes
   with an attribution ...); the first rule that decides wins.
3. Each piece between boundaries is stripped of white space; pieces that hold
   only white space are dropped.

Every regular expression here is free of nested quantifiers, every scan moves
forward, and each character is read a bounded number of times (a mark looks back
over its own token and ahead over the next two), so the time is linear in the
length of the input whatever it holds.

**Verdict memo.** A verdict is a function of the text the rules can see, so one call
of :func:`split_sentences` remembers verdicts by that text, and text dense in
candidates (``"U.S. U.S. ..."``, a long list of ``"x. "``, abbreviations) judges
each distinct mark once. The key *is* the text: a :class:`_Mark` is built from its
key alone, so no verdict can depend on anything the key does not hold. The narrow
key holds the token, the white space and the next token after it, and the sentence
before the token when that is at most 8 characters long (else None), which is all
most marks need. When a rule asks a narrow mark for more (an attribution reads 160
characters ahead, an initial the previous token, a time of day the sentence so far),
the mark sets its flag ``needs_wide``, the verdict it gave is dropped, and it is judged
on its wide key: up to 120 characters before the token and at least 160 after the mark. A mark with closing quotes takes
its wide key at once. A spaced ellipsis is read from the block and never remembered.
Without the memo (``_split(..., memo=False)``) every mark is judged on a key of 4096
characters each side, far more than any rule reads; a property test checks that both
give the same sentences, so the keys hold all the rules need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

from ._lexicon import abbreviations as _abbr
from ._lexicon.speech import SPEECH_VERBS
from .errors import InvalidArgument, short_repr
from .models import Sentence, Skip

__all__ = ["PERIOD_RULES", "SPLIT_RULES", "split_sentences"]

# --------------------------------------------------------------------------------------
# Characters

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_BLOCK_RE = re.compile(f"[^{_LINE_BREAKS}]+")
_CLOSERS = "”’\"'»)]}›"
_OPENERS = "“‘\"'«‹([{¿¡"
_TERMINALS = ".?!…‼⁇⁈⁉؟।॥"
_QUESTION_EXCLAMATION = frozenset("?!‼⁇⁈⁉؟")
#: What a next token may start with before its first character proper (``next_first``).
_LEADERS = _OPENERS + "—–-*_"
#: What a token of a spaced ellipsis starts with: a period, or a closer (a token of closers only).
_DOT_TOKEN_START = "." + _CLOSERS
#: A terminal mark, then closing quotes or brackets, at the end of a token.
_CANDIDATE_RE = re.compile(r"[.?!…‼⁇⁈⁉؟।॥][”’\"'»)\]}›]*(?!\S)")
#: Chinese and Japanese full stops end a sentence with no white space after them.
_CJK_END_RE = re.compile(r"[。！？][」』”’）)\"']*")
_BULLET_RE = re.compile(f"(?<=\\s)[{_abbr.BULLETS}]")
#: A list marker: "1." "1.)" "1)" "a." with an optional bullet before it.
_MARKER_RE = re.compile(
    f"(?<!\\S)[{_abbr.BULLETS}]?\\s?(\\d{{1,3}}|[A-Za-z])(\\.\\)|\\)|\\.)(?=\\s)"
)
#: An ALL-CAPS run glued to a capitalised word: "CRITICISMVietnam" -> "CRITICISM|Vietnam".
_CAPS_GLUE_RE = re.compile(r"(?<![^\W_])[A-ZÀ-ÖØ-Þ]{3,}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})")
_MULTI_PERIOD_RE = re.compile(r"(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}")
_NEXT_TOKEN_RE = re.compile(r"\s*(\S{0,80})")
#: A token of 1 to 79 characters made of periods and then closers (one dot of ". . .").
_DOT_TOKEN_RE = re.compile(r"\s*(?=\S{1,79}(?!\S))\.+[”’\"'»)\]}›]*(?!\S)")
#: A terminal mark as in _CANDIDATE_RE; the next token as in _NEXT_TOKEN_RE (group 1), and
#: the whole token after that (group 2). The lookahead cannot fail, so it never backtracks.
_CANDIDATE_NEXT_RE = re.compile(_CANDIDATE_RE.pattern + r"(?=\s*(\S{0,80})\S*\s*(\S*))")
#: A token; matched at a mark in the *reversed* block, the token up to the mark, backwards.
_TOKEN_RE = re.compile(r"\S*")
#: A decimal digit of another script than ASCII (a list label can be made of them).
_OTHER_DIGIT_RE = re.compile(r"[^\D0-9]")
_NUMBER_RE = re.compile(r"\d{1,3}")
_QUOTES = frozenset("”’\"'")
_MAX_LOOKBACK = 120
#: The narrow memo key holds the sentence before a token only if it is shorter than
#: this: whether the token is at most 8 characters into its sentence (``list_marker``).
_NARROW_BEFORE = 9
#: Characters after a mark in the wide memo key: the most a rule reads (``attribution``).
_WIDE_AFTER = 160
#: Characters before and after a mark that ``_split(..., memo=False)`` gives every mark:
#: far more than any rule reads, so that a test can check that the keys hold enough.
_REFERENCE_REACH = 4096
#: A block with at most this many "." and ")" has its list markers read, not searched for:
#: reading costs per marker, searching per item, and most blocks have one marker at most.
_FEW_MARKERS = 8
#: Entries each table of the memo holds before it starts again, so that its memory stays bounded.
_MEMO_SIZE = 4096


# --------------------------------------------------------------------------------------
# The context of one terminal mark


#: A narrow memo key: the token, the white space and the next token after it, with the
#: sentence before the token in front if that is at most 8 characters long.
_NarrowKey = str | tuple[str, str]
#: A wide memo key: the sentence before the token (at most ``reach`` characters of it), and
#: the token and at least 160 characters after the mark.
_WideKey = tuple[str, str]


class _Mark:
    """A terminal mark at the end of a token, with what a rule needs to judge it.

    Built from a memo key alone (the text around the mark, see the module docstring),
    so a verdict depends on nothing else. A plain class with slots, not an attrs model:
    it never leaves this module, and one is built for each mark the memo has not seen.
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
        "word",
    )

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

        ``reach`` is how many characters before the token the key may hold: _NARROW_BEFORE
        for a narrow key (``before`` is None if the sentence is longer), more for a wide one.
        """
        token_match = _TOKEN_RE.match(text)  # the token holds no white space: the key starts with it
        size = token_match.end() if token_match else len(text)
        token = text[:size]
        core = token.rstrip(_CLOSERS)
        stem = core.rstrip(_TERMINALS)
        self.word = stem.lstrip(_OPENERS)
        self.terminals = core[len(stem) :]
        self.closers = token[len(core) :]
        after = text[size:]
        if reach == _NARROW_BEFORE:
            next_token = after.lstrip()  # the narrow key ends with the next token
        else:
            ahead = _NEXT_TOKEN_RE.match(text, size)
            next_token = ahead.group(1) if ahead else ""
        self.next_token = next_token
        self.next_first = next_token.lstrip(_LEADERS)[:1]
        self.dotted = (
            next_token[:1] in _DOT_TOKEN_START  # cheap test first; "" is in every str, hence the next line
            and bool(next_token)
            and self.terminals.endswith(".")
            and next_token.rstrip(_CLOSERS).strip(".") == ""
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
        return before if before is not None and len(before) < _NARROW_BEFORE else None

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
        head = self._before[-_MAX_LOOKBACK:].rstrip()
        if not head:
            return ""
        cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\xa0"))
        return head[cut + 1 :]

    def text_after(self, size: int) -> str:
        """Return up to ``size`` characters (at most 160) of the block after the mark and its closers."""
        if self._reach == _NARROW_BEFORE and len(self._after) < size:
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


def _rule_list_marker(m: _Mark) -> _Verdict:
    """A number or single letter with a period that opens a sentence is a list item marker."""
    if m.terminals != "." or m.closers not in ("", ")") or m.opening is None:
        return None
    if m.opening:
        opening = m.opening.strip()
        if len(opening) != 1 or opening not in _abbr.BULLETS:
            return None
    word = m.word.lstrip(_abbr.BULLETS)
    if (_NUMBER_RE.fullmatch(word) or (len(word) == 1 and word.isalpha())) and m.next_token:
        return False
    return None


def _rule_spaced_ellipsis(m: _Mark) -> _Verdict:
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


def _rule_ellipsis(m: _Mark) -> _Verdict:
    """An unspaced ellipsis ends a sentence before a capital; four periods before any non-lowercase."""
    dots = m.terminals.count(".")
    if "…" in m.terminals or dots == 3:
        return _is_upper_start(m.next_first)
    if dots >= 4:
        return not _is_lower_start(m.next_first)
    return None


def _rule_attribution(m: _Mark) -> _Verdict:
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


def _rule_lowercase_next(m: _Mark) -> _Verdict:
    """A sentence does not start with a lowercase letter ("Yahoo! in", "Jane and co. at")."""
    if _is_lower_start(m.next_first):
        return False
    return None


def _rule_question_exclamation(m: _Mark) -> _Verdict:
    """A question or exclamation mark before a non-lowercase word ends the sentence."""
    if not _QUESTION_EXCLAMATION.isdisjoint(m.terminals):
        return True
    return None


def _rule_number_abbreviation(m: _Mark) -> _Verdict:
    """An abbreviation that precedes numbers ("p. 55", "No. 10", "Jan. 5") before a digit."""
    if m.terminals == "." and m.next_first.isdigit() and m.word.casefold() in _abbr.BEFORE_NUMBER:
        return False
    return None


def _rule_title(m: _Mark) -> _Verdict:
    """A title or name prefix ("Mr.", "Dr.", "Gen.", "Mt.") never ends a sentence."""
    if m.terminals == "." and m.word in _abbr.TITLES:
        return False
    if m.terminals == "." and m.word.casefold() in _abbr.NEVER_FINAL:
        return False
    return None


def _rule_initial(m: _Mark) -> _Verdict:
    """A single capital letter after a name or another initial is an initial ("Jonas E. Smith")."""
    if m.terminals != "." or len(m.word) != 1 or not m.word.isupper():
        return None
    if m.next_word in _abbr.SENTENCE_STARTERS:
        return True
    before = _bare(m.previous_token())
    return bool(before) and not before[:1].isupper()


def _rule_time_of_day(m: _Mark) -> _Verdict:
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


def _rule_ambiguous_abbreviation(m: _Mark) -> _Verdict:
    """An abbreviation that may end a sentence ("U.S.", "Co.", "Inc.") ends one only before a
    typical sentence starter ("in the U.S. How ..." but "the U.S. Government")."""
    if m.terminals != ".":
        return None
    folded = m.word.casefold()
    if folded in _abbr.AMBIGUOUS or _MULTI_PERIOD_RE.fullmatch(m.word):
        return m.next_word in _abbr.SENTENCE_STARTERS or not m.next_token
    return None


def _rule_default(m: _Mark) -> _Verdict:
    """Any other terminal mark at the end of a token ends the sentence."""
    return True


#: Ordered rules that judge a terminal mark; the first that returns True/False decides.
PERIOD_RULES: tuple[tuple[str, Callable[[_Mark], _Verdict]], ...] = (
    ("list_marker", _rule_list_marker),
    ("spaced_ellipsis", _rule_spaced_ellipsis),
    ("ellipsis", _rule_ellipsis),
    ("attribution", _rule_attribution),
    ("lowercase_next", _rule_lowercase_next),
    ("question_exclamation", _rule_question_exclamation),
    ("number_abbreviation", _rule_number_abbreviation),
    ("title", _rule_title),
    ("initial", _rule_initial),
    ("time_of_day", _rule_time_of_day),
    ("ambiguous_abbreviation", _rule_ambiguous_abbreviation),
    ("default", _rule_default),
)


# --------------------------------------------------------------------------------------
# Split rules: each yields boundary offsets within a block.


def _judge(mark: _Mark) -> tuple[str, bool]:
    for name, rule in PERIOD_RULES:
        verdict = rule(mark)
        if verdict is not None:
            return name, verdict
    return "default", True  # pragma: no cover - _rule_default always decides


#: Where a mark is: (sentence start, token start, end of the mark, end of the next token).
_At = tuple[int, int, int, int]


_K = TypeVar("_K")


class _Memo:
    """Verdicts of one call of :func:`split_sentences`, by memo key (see the module docstring)."""

    __slots__ = ("keep", "narrow", "wide", "wide_reach", "wider")

    def __init__(self, *, keep: bool) -> None:
        self.keep = keep
        """False for the reference: remember nothing, judge every mark on a key of _REFERENCE_REACH."""
        self.wide_reach = _MAX_LOOKBACK if keep else _REFERENCE_REACH
        """How far a wide key reaches (see :class:`_Mark`): 120, or 4096 for the reference."""
        self.narrow: dict[_NarrowKey, bool] = {}
        """Verdicts by narrow key."""
        self.wider: dict[_NarrowKey, bool] = {}
        """Narrow keys whose mark needs the wide key (the value is always True)."""
        self.wide: dict[_WideKey, bool] = {}
        """Verdicts by wide key."""


def _remember(table: dict[_K, bool], key: _K, verdict: bool) -> None:
    """Store an entry, first forgetting the table's others if it is full (bounded memory)."""
    if len(table) >= _MEMO_SIZE:
        table.clear()
    table[key] = verdict


def _wide_key(block: str, at: _At, reach: int) -> _WideKey:
    """Return a wide key: ``reach`` characters before the token, at least 160 after the mark."""
    sentence_start, token_start, end, next_end = at
    stop = token_start - reach
    window = end + (reach if reach > _WIDE_AFTER else _WIDE_AFTER)
    return (
        block[stop if stop > sentence_start else sentence_start : token_start],
        block[token_start : window if window > next_end else next_end],
    )


def _judge_unseen(block: str, key: _NarrowKey | None, at: _At, memo: _Memo) -> tuple[bool, int, int]:
    """Judge a mark that the memo does not answer by its narrow ``key`` (None: not to be tried).

    Returns:
        Whether the mark ends a sentence, where the sentence ends, and where the scan for
        marks goes on (0, or the end of a spaced ellipsis that was read and judged here).
    """
    end = at[2]
    if key is not None and key not in memo.wider:
        mark = _Mark(None, key, _NARROW_BEFORE) if isinstance(key, str) else _Mark(*key, _NARROW_BEFORE)
        if not mark.dotted:
            _rule, verdict = _judge(mark)
            if not mark.needs_wide:
                _remember(memo.narrow, key, verdict)
                return verdict, end, 0
            _remember(memo.wider, key, True)
    wide = _wide_key(block, at, memo.wide_reach)
    known = memo.wide.get(wide)
    if known is not None:
        return known, end, 0
    mark = _Mark(*wide, memo.wide_reach)
    if mark.dotted:  # a spaced ellipsis may follow: read it from the block, never remember
        mark.dot_tokens, tail_end, mark.after_dots = _dot_tail(block, end)
        _rule, verdict = _judge(mark)
        if mark.dot_tokens:
            return verdict, end if (mark.word or mark.closers) else tail_end, tail_end
        return verdict, end, 0
    _rule, verdict = _judge(mark)
    if memo.keep:
        _remember(memo.wide, wide, verdict)
    return verdict, end, 0


def _bracket_spans(block: str) -> list[tuple[int, int]]:
    """Return outermost matched () and [] pairs as (open, close) offsets, in order."""
    if "(" not in block and "[" not in block:
        return []
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for match in re.finditer(r"[()\[\]]", block):
        char, pos = match.group(), match.start()
        if char in "([":
            stack.append((char, pos))
        elif stack and stack[-1][0] == ("(" if char == ")" else "["):
            _, opened = stack.pop()
            if not stack:
                spans.append((opened, pos))
        elif stack:
            stack.clear()  # a mismatched bracket: forget the unclosed ones
    return spans


def _list_markers(block: str) -> tuple[list[int], set[int]]:
    """Return boundaries before items 2, 3 ... of a list that opens the block, and marker ends."""
    first = _MARKER_RE.match(block)
    if first is None:
        return [], set()
    few = block.count(".") + block.count(")") <= _FEW_MARKERS  # at most so many markers
    if few or not (block.isascii() or _OTHER_DIGIT_RE.search(block) is None):
        return _scan_items(block, first)  # few markers, or digits of other scripts: read every marker
    return _search_items(block, first)


def _scan_items(block: str, first: re.Match[str]) -> tuple[list[int], set[int]]:
    """Find the items after ``first`` by reading every marker in the block."""
    style, value = first.group(2), _marker_value(first.group(1))
    boundaries: list[int] = []
    ends = {first.end()}
    for match in _MARKER_RE.finditer(block, first.end()):
        if match.group(2) == style and _marker_value(match.group(1)) == value + 1:
            value += 1
            boundaries.append(match.start())
            ends.add(match.end())
    return boundaries, ends


def _search_items(block: str, first: re.Match[str]) -> tuple[list[int], set[int]]:
    """Find the items after ``first`` by searching for each next label (no digits of other scripts)."""
    style, value = first.group(2), _marker_value(first.group(1))
    boundaries: list[int] = []
    ends = {first.end()}
    pos = first.end()
    while (item := _next_item(block, pos, value + 1, style)) is not None:
        value += 1
        boundaries.append(item[0])
        ends.add(item[1])
        pos = item[1]
    return boundaries, ends


def _next_item(block: str, pos: int, value: int, style: str) -> tuple[int, int] | None:
    """Return (start, end) of the first list marker from ``pos`` on with label ``value`` in ``style``.

    The marker that :func:`_scan_items` would take, in a block without digits of other
    scripts: there the labels of one value are a few strings ("7", "07", "007"; "g" and
    "G" for 103), so the search runs in C however many other markers the block holds
    ("x. x. x. ..."), and only a hit is checked for the bullet or space that may open it.
    """
    digits = str(value)
    labels = [digits.zfill(width) for width in range(len(digits), 4)]
    if ord("a") <= value <= ord("z"):
        labels += [chr(value), chr(value).upper()]
    if not any(label + style in block for label in labels):  # most blocks: no next item at all
        return None
    pattern = re.compile(f"(?:{'|'.join(labels)}){re.escape(style)}(?=\\s)")
    for match in pattern.finditer(block, pos):
        start = _marker_start(block, match.start(), pos)
        if start >= 0:
            return start, match.end()
    return None


def _marker_start(block: str, label: int, pos: int) -> int:
    """Return where a list marker with its label at ``label`` starts (not before ``pos``), or -1.

    As in :data:`_MARKER_RE`: white space or the block start, then an optional bullet,
    then an optional white space character, then the label; the leftmost start wins.
    """
    bullets = _abbr.BULLETS
    before = block[label - 1] if label > 0 else ""
    if label - 2 >= pos and block[label - 2] in bullets and before.isspace() and _opens(block, label - 2):
        return label - 2
    if label - 1 >= pos and before and (before.isspace() or before in bullets) and _opens(block, label - 1):
        return label - 1
    return label if label >= pos and _opens(block, label) else -1


def _opens(block: str, pos: int) -> bool:
    """Return True if ``pos`` is at the block start or after white space (``(?<!\\S)``)."""
    return pos == 0 or block[pos - 1].isspace()


def _marker_value(label: str) -> int:
    return int(label) if label.isdigit() else ord(label.casefold())


def _dot_tail(block: str, pos: int) -> tuple[int, int, str]:
    """Count tokens made only of periods after ``pos``; return (count, end, next token)."""
    count = 0
    while (match := _DOT_TOKEN_RE.match(block, pos)) is not None:
        count += 1
        pos = match.end()
    after = _NEXT_TOKEN_RE.match(block, pos)
    return count, pos, after.group(1) if after else ""


class _Breaks:
    """The soft boundaries of one block that are not terminal marks, read in step with them.

    Bullets, glued headings, CJK ends and list items are cuts of their own; list markers and
    brackets are places where a terminal mark cuts nothing. Each list ends with a sentinel
    that no mark reaches, and ``guard`` is the first offset at which one of them matters, so
    the scan of terminal marks checks one number per mark.
    """

    __slots__ = ("b_close", "b_index", "b_open", "brackets", "e_index", "ends", "extra", "guard", "m_index",
                 "next_extra", "next_marker")

    def __init__(self, block: str) -> None:
        list_breaks, marker_ends = _list_markers(block)
        extra = [m.start() for m in _BULLET_RE.finditer(block)]  # an offset twice does no harm
        extra += [m.end() for m in _CAPS_GLUE_RE.finditer(block)]
        extra += [m.end() for m in _CJK_END_RE.finditer(block)]
        extra += list_breaks
        extra.sort()
        size = len(block)
        self.extra = [*extra, size + 1]
        self.ends = [*sorted(marker_ends), size + 1]
        self.brackets = [*_bracket_spans(block), (size, size)]
        self.e_index = self.m_index = self.b_index = 0
        self.next_extra, self.next_marker = self.extra[0], self.ends[0]
        self.b_open, self.b_close = self.brackets[0]
        self.guard = min(self.next_extra, self.next_marker, self.b_open + 1)

    def catch_up(self, last: int, cuts: list[int], sentence_start: int) -> int:
        """Cut at every soft boundary up to ``last``; return the new sentence start."""
        while self.next_extra <= last:
            if self.next_extra > sentence_start:
                cuts.append(self.next_extra)
                sentence_start = self.next_extra
            self.e_index += 1
            self.next_extra = self.extra[self.e_index]
        while self.next_marker <= last:
            self.m_index += 1
            self.next_marker = self.ends[self.m_index]
        while self.b_close <= last:
            self.b_index += 1
            self.b_open, self.b_close = self.brackets[self.b_index]
        self.guard = min(self.next_extra, self.next_marker, self.b_open + 1)
        return sentence_start

    def blocks(self, last: int, end: int) -> bool:
        """Return whether a mark ending at ``end`` sits on a list marker or inside brackets."""
        return self.next_marker <= end or self.b_open < last < self.b_close

    def finish(self, cuts: list[int], sentence_start: int) -> None:
        """Cut at the soft boundaries after the last terminal mark."""
        for cut in self.extra[self.e_index : -1]:
            if cut > sentence_start:
                cuts.append(cut)
                sentence_start = cut


def _boundaries(block: str, memo: _Memo) -> list[int]:
    """Return the soft boundary offsets of one block, in increasing order.

    ``memo`` holds the verdicts of the current call (see the module docstring).
    """
    breaks = _Breaks(block)
    size = len(block)
    reverse = block[::-1]
    cuts: list[int] = []
    sentence_start = size - len(block.lstrip())
    next_start = next_end = -1
    previous: re.Match[str] | None = None
    narrow, keep, narrow_before = memo.narrow, memo.keep, _NARROW_BEFORE
    pos = 0
    while True:
        for cand in _CANDIDATE_NEXT_RE.finditer(block, pos):
            last, end = cand.span()  # last: the last terminal mark
            # The token is often the one or two after the last mark's token: no need to look back.
            token_start = -1
            if end == next_end:
                token_start = next_start
            elif previous is not None and end == previous.end(2):
                token_start = previous.start(2)
            previous = cand
            next_start, next_end = cand.span(1)
            if end >= breaks.guard:
                sentence_start = breaks.catch_up(last, cuts, sentence_start)
                if breaks.blocks(last, end):
                    continue
            if token_start < sentence_start:
                back = _TOKEN_RE.match(reverse, size - 1 - last, size - sentence_start)
                token_start = size - back.end() if back else last
            key: _NarrowKey | None
            if end == last + 1 and keep:  # no closers: the narrow key first (quotes make rules read far)
                if token_start - sentence_start < narrow_before:
                    key = (block[sentence_start:token_start], block[token_start:next_end])
                else:
                    key = block[token_start:next_end]
                verdict = narrow.get(key)
            else:
                key = verdict = None
            if verdict is None:
                verdict, cut, resume = _judge_unseen(block, key, (sentence_start, token_start, end, next_end), memo)
                if resume:  # after a spaced ellipsis
                    if verdict:
                        cuts.append(cut)
                        sentence_start = cut
                    pos = resume
                    break
            if verdict:
                cuts.append(end)
                sentence_start = end
        else:
            break
    breaks.finish(cuts, sentence_start)
    return cuts


#: Ordered sources of soft boundaries inside a block (documentation and debugging).
SPLIT_RULES: tuple[tuple[str, str], ...] = (
    ("terminal_mark", "a terminal mark ending a token, judged by PERIOD_RULES"),
    ("bullet", "a bullet character after white space starts a new item"),
    ("list_item", "the next number or letter of a list that opens the block starts a new item"),
    ("caps_glue", "an ALL-CAPS run glued to a capitalised word: a heading with no line break"),
    ("cjk_full_stop", "a Chinese or Japanese full stop, question or exclamation mark"),
)


# --------------------------------------------------------------------------------------
# Public API


def _check_skips(skip: Iterable[Skip], length: int) -> list[tuple[int, int]]:
    try:
        items = list(skip)
    except TypeError as exc:
        raise InvalidArgument(f"skip must be an iterable of Skip, got {short_repr(skip)}") from exc
    spans: list[tuple[int, int]] = []
    for item in items:
        if not isinstance(item, Skip):
            raise InvalidArgument(f"skip must hold Skip objects, got {short_repr(item)}")
        start, end = min(item.start, length), min(item.end, length)
        if end > start:
            spans.append((start, end))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _kept_ranges(length: int, skips: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    pos = 0
    for start, end in skips:
        if start > pos:
            yield pos, start
        pos = max(pos, end)
    if pos < length:
        yield pos, length


def split_sentences(text: str, *, skip: Iterable[Skip] = ()) -> list[Sentence]:
    """Split ``text`` into sentences and headings, with offsets into ``text``.

    Line breaks and skipped spans are hard boundaries; inside a line, terminal
    marks are judged by :data:`PERIOD_RULES`. Sentences hold no leading or trailing
    white space and come in text order without overlap.

    Args:
        text: Any string.
        skip: Spans to leave out (boilerplate, e.g. ``clean(text).skips``); they
            may come in any order and overlap.

    Returns:
        The sentences, each with ``text[s.start:s.end] == s.text``.

    Raises:
        InvalidArgument: ``text`` is not a str, or ``skip`` holds something that is not a Skip.

    >>> [s.text for s in split_sentences("Mr. Smith lives in the U.S. How about you?")]
    ['Mr. Smith lives in the U.S.', 'How about you?']
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    return _split(text, _check_skips(skip, len(text)), memo=True)


def _split(text: str, skips: list[tuple[int, int]], *, memo: bool) -> list[Sentence]:
    """Split ``text`` outside ``skips`` (sorted, merged); ``memo=False`` judges each mark on a reference key."""
    verdicts = _Memo(keep=memo)
    sentences: list[Sentence] = []
    for start, stop in _kept_ranges(len(text), skips):
        for block_match in _BLOCK_RE.finditer(text, start, stop):
            base = block_match.start()
            block = block_match.group()
            cuts = _boundaries(block, verdicts)
            cuts.append(len(block))
            a = 0
            for b in cuts:
                piece = block[a:b]
                stripped = piece.strip()
                if stripped:
                    s = base + a + piece.find(stripped)  # after the leading white space
                    sentences.append(Sentence(stripped, s, s + len(stripped)))
                a = b
    return sentences
