"""Soft boundaries of a block that are not terminal marks, and places where a mark cuts nothing.

Bullets, items of a list that opens the block, ALL-CAPS headings glued to the next word and CJK
full stops cut a block; list markers and matched brackets hide the terminal marks on them.
"""

from __future__ import annotations

import re

from .._lexicon import abbreviations as _abbr
from .._lexicon.abbreviations import EMOTICONS
from .rules import CITATIONS as _CITATIONS
from .rules import EMOJI as _EMOJI
from .rules import EMOJI_JOINERS as _EMOJI_JOINERS
from .rules import EMOJI_RUN as _EMOJI_RUN
from .rules import NEXT_TOKEN_RE as _NEXT_TOKEN_RE
from .rules import has_emoji, starts_sentence

__all__ = ["CUT_HINT_RE", "Breaks", "dot_tail"]

#: A character without which a block holds no cut: a terminal mark, a CJK full stop, a bullet,
#: the ")" of a list marker, the first character of an emoticon, an emoji or the emoji selector
#: (U+FE0F), or four capitals (the least a glued ALL-CAPS heading holds). A block with none is
#: one sentence whole; every source of a cut must have its character here.
CUT_HINT_RE = re.compile(f"[.?!…‼⁇⁈⁉؟।॥。！？):;=<^{_abbr.BULLETS}{_EMOJI}\ufe0f]|[A-ZÀ-ÖØ-Þ]{{4}}")

#: Chinese and Japanese full stops end a sentence with no white space after them.
_CJK_END_RE = re.compile(r"[。！？][」』”’）)\"']*")
_BULLET_RE = re.compile(f"[{_abbr.BULLETS}](?<=\\s[{_abbr.BULLETS}])")
#: A list marker: "1." "1.)" "1)" "a." with an optional bullet before it.
_MARKER_RE = re.compile(
    f"(?<!\\S)[{_abbr.BULLETS}]?\\s?(\\d{{1,3}}|[A-Za-z])(\\.\\)|\\)|\\.)(?=\\s)"
)
#: An ALL-CAPS run glued to a capitalised word: "CRITICISMVietnam" -> "CRITICISM|Vietnam".
#: (The first capital comes before the look-behind, so that the search skips other characters fast.)
_CAPS_GLUE_RE = re.compile(r"[A-ZÀ-ÖØ-Þ](?<![^\W_][A-ZÀ-ÖØ-Þ])[A-ZÀ-ÖØ-Þ]{2,}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2})")
#: A token of 1 to 79 characters made of periods and then closers (one dot of ". . .").
_DOT_TOKEN_RE = re.compile(r"\s*(?=\S{1,79}(?!\S))\.+[”’\"'»)\]}›]*(?!\S)")
#: A terminal mark, or a run of up to four ("great!!Thanks", "ages...Life", "it…Will"), glued
#: between a word and a capitalised word ("a great stay.Staff were kind").
_GLUED_RE = re.compile(
    r"[.?!…](?<=[^\W\d_][a-zß-öø-ÿ][.?!…])[.?!]{0,3}(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?![^\W_])|I\s)"
)
#: A name called or indexed in code, after a glued mark ("os.Path(p)", "np.Array[0]").
_CALL_RE = re.compile(r"\w{1,80}[(\[]")
#: What a token that is not two words glued holds: a web or e-mail address, a path, a name in code.
_NOT_GLUED = ("/", "@", ":", "_", "\\", "www", "=")
#: What ends the sentence before a bracket of whole sentences: a terminal mark or a closer after one.
_SENTENCE_END = ".?!…”’\"'"
#: A token that is an emoticon (as in ``EMOTICONS``) or citation markers ("[4]"); the pattern starts
#: with one class of the characters that may open it, so that the search skips the others fast.
_ATTACHMENT_RE = re.compile(
    r"[:;=<^\[](?<!\S[:;=<^\[])(?:(?<=[:;=])['’]?-?[()DPpOo/|]|(?<=<)3|(?<=\^)_?\^|(?<=\[)\d{1,3}\]"
    + _CITATIONS[:-1]
    + r"*)(?!\S)"
)
#: A run of emoji (see ``EMOJI_RUN``) that ends a token, read from its first emoji (the look-behind).
_EMOJI_RUN_RE = re.compile(f"(?<![{_EMOJI}{_EMOJI_JOINERS}]){_EMOJI_RUN}(?!\\S)")
#: What may stand at the end of the token before citation markers: a terminal mark and closers.
_BEFORE_CITATION = ".?!…”’\"')]"
#: A decimal digit of another script than ASCII (a list label can be made of them).
_OTHER_DIGIT_RE = re.compile(r"[^\D0-9]")
#: A block with at most this many "." and ")" has its list markers read, not searched for:
#: reading costs per marker, searching per item, and most blocks have one marker at most.
_FEW_MARKERS = 8


def _glued_cuts(block: str) -> list[int]:
    """Return where a sentence starts after a mark glued to the next word ("stay.Staff", "wow!!Thanks").

    Only in a token of a lower-case word, one mark or run of marks and a capitalised word: not in an address,
    a path or a dotted name in code ("example.Com/x", "java.util.List", "Math.Max", "os.Path(p)").
    """
    if "." not in block and "?" not in block and "!" not in block and "…" not in block:
        return []
    cuts = []
    for match in _GLUED_RE.finditer(block):
        at, end = match.span()
        start, token = _token_around(block, at)
        inner = token.rstrip(".,;:!?…\"'”’)")
        run = end - at
        if sum(inner.count(mark) for mark in ".?!…") != run or any(s in token for s in _NOT_GLUED):
            continue
        if block[start:at].lstrip("\"'“‘(").islower() and not _CALL_RE.match(block, end):
            cuts.append(end)  # "stay.Staff", not "Math.Max" nor a call in code ("os.Path(p)")
    return cuts


def _attachment_cuts(block: str) -> list[int]:
    """Return where a sentence starts after an emoticon or emoji ("great :) We", "loved it 😍 Will")
    or after citation markers that follow a terminal mark ("Europe. [4] Later"): they end the
    sentence before them when a word that may start one follows (the mark before them cuts
    nothing), or any word if they follow a terminal mark ("so good! 😍 will buy again")."""
    cuts = []
    for match in _ATTACHMENT_RE.finditer(block):
        token = match.group()
        after_mark = _follows_mark(block, match.start())
        if token[0] == "[":
            if not after_mark:
                continue
        elif token not in EMOTICONS:
            continue
        if _opens_next(block, match.end(), after_mark and token[0] != "["):
            cuts.append(match.end())
    if has_emoji(block):
        for match in _EMOJI_RUN_RE.finditer(block):  # an emoji may stand for a verb: "I ❤️ NY" goes on
            if _opens_next(block, match.end(), _follows_mark(block, match.start()), acronym=False):
                cuts.append(match.end())
    return cuts


def _follows_mark(block: str, at: int) -> bool:
    """Return True if the text before ``at`` ends with a terminal mark and closers ("great. :)")."""
    return block[max(0, at - 9) : at].rstrip().endswith(tuple(_BEFORE_CITATION))


def _opens_next(block: str, at: int, any_word: bool, *, acronym: bool = True) -> bool:
    """Return True if the token after ``at`` may start a sentence (any token if ``any_word``);
    with ``acronym`` False, not a word in capitals ("NY")."""
    following = _NEXT_TOKEN_RE.match(block, at)
    token = following.group(1) if following is not None else ""
    if not token or (not acronym and len(token) > 1 and token.isupper() and token.isalpha()):
        return False
    return any_word or starts_sentence(token)


def _token_around(block: str, at: int) -> tuple[int, str]:
    """Return the start and text of the white-space separated token that holds ``at``, or
    ``(at, "")`` if it is 80 characters or longer."""
    low = at - 80 if at > 80 else 0
    space = max(block.rfind(" ", low, at), block.rfind("\t", low, at), block.rfind("\xa0", low, at))
    if space < 0 and low > 0:
        return at, ""
    token = _NEXT_WORD_RE.match(block, space + 1)
    return space + 1, token.group() if token else ""


_NEXT_WORD_RE = re.compile(r"\S{1,79}(?!\S)")


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
    if first is None or (first.group(1).isalpha() and first.group(1) not in "aA"):
        return [], set()  # a list of letters starts at "a": "J. K. Rowling" is a name
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


def dot_tail(block: str, pos: int) -> tuple[int, int, str]:
    """Count tokens made only of periods after ``pos``; return (count, end, next token)."""
    count = 0
    while (match := _DOT_TOKEN_RE.match(block, pos)) is not None:
        count += 1
        pos = match.end()
    after = _NEXT_TOKEN_RE.match(block, pos)
    return count, pos, after.group(1) if after else ""


def _opens_sentences(block: str, opening: int, end: int) -> bool:
    """Return True if the "(" at ``opening`` starts a bracket of whole sentences that a mark ending
    at ``end`` inside it may cut ("(We left early. It rained.) Then ..."): the bracket opens the
    block or follows a terminal mark, and it and the text after the mark start with a capital."""
    if block[opening] != "(" or not block[opening + 1 : opening + 2].isupper():
        return False
    if not block[end : end + 1].isspace() or not block[end + 1 : end + 2].isupper():
        return False
    before = block[max(0, opening - 8) : opening].rstrip()
    return not before or before[-1] in _SENTENCE_END


class Breaks:
    """The soft boundaries of one block that are not terminal marks, read in step with them.

    Bullets, glued headings, CJK ends and list items are cuts of their own; list markers and
    brackets are places where a terminal mark cuts nothing. Each list ends with a sentinel
    that no mark reaches, and ``guard`` is the first offset at which one of them matters, so
    the scan of terminal marks checks one number per mark.
    """

    __slots__ = ("b_close", "b_index", "b_open", "block", "brackets", "e_index", "ends", "extra", "guard", "m_index",
                 "next_extra", "next_marker")

    def __init__(self, block: str) -> None:
        self.block = block
        list_breaks, marker_ends = _list_markers(block)
        extra = [m.start() for m in _BULLET_RE.finditer(block)]  # an offset twice does no harm
        extra += [m.end() for m in _CAPS_GLUE_RE.finditer(block)]
        extra += [m.end() for m in _CJK_END_RE.finditer(block)]
        extra += _glued_cuts(block)
        extra += _attachment_cuts(block)
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
        """Return whether a mark ending at ``end`` sits on a list marker or inside brackets.

        A mark whose closers hold the closing bracket ("(Shares later recovered.)", "wise?)")
        is judged like any other: the bracket may hold a whole sentence.
        """
        if self.next_marker <= end:
            return True
        if not self.b_open < last < self.b_close:
            return False
        if self.b_close < end:  # the mark's closers hold the closing bracket
            return " " not in self.block[self.b_open : last]  # "[...]" holds no sentence
        return not _opens_sentences(self.block, self.b_open, end)

    def finish(self, cuts: list[int], sentence_start: int) -> None:
        """Cut at the soft boundaries after the last terminal mark."""
        for cut in self.extra[self.e_index : -1]:
            if cut > sentence_start:
                cuts.append(cut)
                sentence_start = cut

