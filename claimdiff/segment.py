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
forward, and per candidate the work is bounded, so the time is linear in the
length of the input whatever it holds.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator

import attrs

from ._lexicon import abbreviations as _abbr
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
_QUESTION_EXCLAMATION = "?!‼⁇⁈⁉؟"
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
_NUMBER_RE = re.compile(r"\d{1,3}")
_MAX_LOOKBACK = 120


# --------------------------------------------------------------------------------------
# The context of one terminal mark


@attrs.frozen(kw_only=True)
class _Mark:
    """A terminal mark at the end of a token, with what a rule needs to judge it."""

    block: str
    """The block (one line, or part of one between skips) that holds the mark."""
    token_start: int
    """Offset in ``block`` of the token that ends with the mark."""
    core_end: int
    """Offset one past the last terminal character (before closing quotes/brackets)."""
    end: int
    """Offset one past the closers: where a sentence would end."""
    sentence_start: int
    """Offset where the current sentence began."""
    token: str
    """The token, closers included."""
    core: str
    """The token without its trailing closers."""
    word: str
    """The core without its trailing terminal marks and leading opening quotes/brackets."""
    terminals: str
    """The run of terminal marks at the end of the core, e.g. ``"."``, ``"?!"``, ``"...."``."""
    closers: str
    """Closing quotes and brackets after the terminal marks."""
    next_token: str
    """The next white-space separated token (at most 80 characters), or ``""`` at the end."""
    dot_tokens: int
    """Number of following tokens made only of periods (a spaced ellipsis ". . .")."""
    after_dots: str
    """The token after those period-only tokens, or ``""``."""

    @property
    def next_word(self) -> str:
        """Return the next token without leading openers and trailing punctuation."""
        return _bare(self.next_token)

    @property
    def next_first(self) -> str:
        """Return the first character of the next token after opening quotes, or ``""``."""
        text = self.next_token.lstrip(_OPENERS + "—–-*_")
        return text[:1]

    def previous_token(self) -> str:
        """Return the token before this one in the same sentence, or ``""``."""
        stop = max(self.sentence_start, self.token_start - _MAX_LOOKBACK)
        head = self.block[stop : self.token_start].rstrip()
        if not head:
            return ""
        cut = max(head.rfind(" "), head.rfind("\t"), head.rfind("\xa0"))
        return head[cut + 1 :]


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
    if m.terminals != "." or m.closers not in ("", ")"):
        return None
    if m.token_start != m.sentence_start:
        if m.token_start - m.sentence_start > 8:
            return None
        opening = m.block[m.sentence_start : m.token_start].strip()
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
    if not any(q in m.closers for q in "”’\"'"):
        return None
    rest = m.block[m.end : m.end + 160].split()
    for i, token in enumerate(rest[:5]):
        bare = _bare(token)
        if bare.casefold() in _abbr.SPEECH_VERBS and i > 0:
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
    if any(c in m.terminals for c in _QUESTION_EXCLAMATION):
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
    after = m.block[m.end : m.end + 100].split()[1:2]
    if after and _bare(after[0]).casefold() == "time":  # "at 2 a.m. Moscow time"
        return False
    if m.token_start - m.sentence_start < 40:
        words = m.block[m.sentence_start : m.token_start].split()
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
    style, value = first.group(2), _marker_value(first.group(1))
    boundaries: list[int] = []
    ends = {first.end()}
    for match in _MARKER_RE.finditer(block, first.end()):
        if match.group(2) == style and _marker_value(match.group(1)) == value + 1:
            value += 1
            boundaries.append(match.start())
            ends.add(match.end())
    return boundaries, ends


def _marker_value(label: str) -> int:
    return int(label) if label.isdigit() else ord(label.casefold())


def _dot_tail(block: str, pos: int) -> tuple[int, int, str]:
    """Count tokens made only of periods after ``pos``; return (count, end, next token)."""
    count = 0
    while True:
        match = _NEXT_TOKEN_RE.match(block, pos)
        token = match.group(1) if match else ""
        core = token.rstrip(_CLOSERS)
        if core and core.strip(".") == "" and len(token) < 80:
            count += 1
            pos = match.end() if match else pos
            continue
        return count, pos, token


def _boundaries(block: str) -> Iterator[int]:
    """Yield the soft boundary offsets of one block, in increasing order."""
    list_breaks, marker_ends = _list_markers(block)
    extra = sorted({*list_breaks, *(m.start() for m in _BULLET_RE.finditer(block))})
    extra.extend(m.end() for m in _CAPS_GLUE_RE.finditer(block))
    extra.extend(m.end() for m in _CJK_END_RE.finditer(block))
    extra.sort()
    brackets = _bracket_spans(block)
    b_index = 0
    e_index = 0
    sentence_start = len(block) - len(block.lstrip())
    skip_until = -1
    for cand in _CANDIDATE_RE.finditer(block):
        core_end = cand.start() + 1
        end = cand.end()
        while e_index < len(extra) and extra[e_index] <= cand.start():
            if extra[e_index] > sentence_start:
                yield extra[e_index]
                sentence_start = extra[e_index]
            e_index += 1
        if end <= skip_until or core_end in marker_ends or end in marker_ends:
            continue
        while b_index < len(brackets) and brackets[b_index][1] < core_end:
            b_index += 1
        if b_index < len(brackets) and brackets[b_index][0] < cand.start() < brackets[b_index][1]:
            continue
        mark = _make_mark(block, cand.start(), end, sentence_start)
        if mark is None:
            continue
        _rule, verdict = _judge(mark)
        if mark.dot_tokens:
            _, tail_end, _ = _dot_tail(block, end)
            skip_until = tail_end
            if verdict:
                cut = end if (mark.word or mark.closers) else tail_end
                yield cut
                sentence_start = cut
            continue
        if verdict:
            yield end
            sentence_start = end
    while e_index < len(extra):
        if extra[e_index] > sentence_start:
            yield extra[e_index]
            sentence_start = extra[e_index]
        e_index += 1


def _make_mark(block: str, last_terminal: int, end: int, sentence_start: int) -> _Mark | None:
    token_start = last_terminal
    limit = max(sentence_start, 0)
    while token_start > limit and not block[token_start - 1].isspace():
        token_start -= 1
    core_end = last_terminal + 1
    run_start = last_terminal
    while run_start > token_start and block[run_start - 1] in _TERMINALS:
        run_start -= 1
    token = block[token_start:end]
    core = block[token_start:core_end]
    terminals = block[run_start:core_end]
    word = block[token_start:run_start].lstrip(_OPENERS)
    next_match = _NEXT_TOKEN_RE.match(block, end)
    next_token = next_match.group(1) if next_match else ""
    dot_tokens, after = 0, ""
    if terminals.endswith(".") and next_token and next_token.rstrip(_CLOSERS).strip(".") == "":
        dot_tokens, _, after = _dot_tail(block, end)
    return _Mark(
        block=block,
        token_start=token_start,
        core_end=core_end,
        end=end,
        sentence_start=sentence_start,
        token=token,
        core=core,
        word=word,
        terminals=terminals,
        closers=block[core_end:end],
        next_token=next_token,
        dot_tokens=dot_tokens,
        after_dots=after,
    )


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
    sentences: list[Sentence] = []
    for start, stop in _kept_ranges(len(text), _check_skips(skip, len(text))):
        for block_match in _BLOCK_RE.finditer(text, start, stop):
            base = block_match.start()
            block = block_match.group()
            cuts = [0, *_boundaries(block), len(block)]
            for a, b in itertools.pairwise(cuts):
                piece = block[a:b]
                stripped = piece.strip()
                if not stripped:
                    continue
                left = a + (len(piece) - len(piece.lstrip()))
                s = base + left
                sentences.append(Sentence(stripped, s, s + len(stripped)))
    return sentences
