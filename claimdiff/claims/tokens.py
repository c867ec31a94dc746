"""The token stream every claim finder reads: one :func:`tokenize` per article.

A :class:`Token` holds its kind, its exact offsets into the text and its text, so
``text[tok.start:tok.end] == tok.text`` by construction. Quantities, dates and the
other finders of :mod:`claimdiff.claims` read the same list of tokens.

``Token`` is a ``NamedTuple``, not an attrs class: the tokenizer builds one per word,
figure and symbol of every article, and a frozen attrs class with slots took 25% longer
to build than a ``NamedTuple`` (0.178 s against 0.142 s for the 73,160 tokens of the
seeds x20, measured for issue 14); frozen either way.
"""

from __future__ import annotations

import bisect
import enum
import operator
import re
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from ..errors import InvalidArgument, short_repr

__all__ = [
    "CHAIN",
    "NUM",
    "SYM",
    "TOKEN_RULES",
    "URL",
    "WORD",
    "Token",
    "TokenKind",
    "is_word_char",
    "iter_tokens",
    "split_runs",
    "split_span",
    "tokenize",
]


class TokenKind(enum.Enum):
    """What a token is: a URL, a chain of digits, a figure, a word or a symbol."""

    URL = "url"
    """A web address ("https://example.com/a", "www.example.com")."""
    CHAIN = "chain"
    """Digits joined by dots, slashes or dashes ("192.168.1.2", "5/17/2018"), or the middle of a
    list glued by commas ("10,15,20,")."""
    NUM = "num"
    """A digit literal ("11", "1,000", "3.5", "1 234", "1.3e6")."""
    WORD = "word"
    """A run of letters, with at most one inner apostrophe ("Russia’s")."""
    SYM = "sym"
    """Any other non-space character, or the middle of a long run of symbols as one token."""

    # Members are singletons: hash them by identity in C, not by name in Python as Enum does
    # (the readers key their caches by kind).
    __hash__ = object.__hash__


#: The token kinds as module constants, for the readers' comparisons (``tok.kind is WORD``).
#: On Python 3.11 reading a member off its Enum class goes through ``EnumType.__getattr__``
#: and costs about 0.25 µs, several times a global; the readers compare kinds several times per
#: figure and date they read, which was a tenth of ``find_quantities`` on text dense in dates.
URL, CHAIN, NUM, WORD, SYM = TokenKind.URL, TokenKind.CHAIN, TokenKind.NUM, TokenKind.WORD, TokenKind.SYM


class Token(NamedTuple):
    """One token of a text, with exact offsets: ``text[start:end] == token.text``."""

    kind: TokenKind
    """What the token is."""
    start: int
    """Offset of its first character in the text."""
    end: int
    """Offset after its last character."""
    text: str
    """The characters of the token."""
    low: str
    """``text.lower()``, read by every rule that compares words."""


_DIGITS = (
    r"(?<![0-9.])(?:"
    r"[0-9]{1,3}(?:,[0-9]{3}(?![0-9]))+(?:\.[0-9]+)?"
    r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3}(?![0-9]))+(?:\.[0-9]+)?"
    r"|(?<![0-9][,.])[0-9]+,[0-9]{1,2}(?![0-9]|,[0-9])"
    r"|[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?(?:\^[+-]{0,3}[0-9]+)?"
    r"|\.[0-9]+"
    r")"
)
#: The token rules, tried in order at each position: (kind, pattern).
TOKEN_RULES: tuple[tuple[TokenKind, str], ...] = (
    (URL, r"(?:https?://|ftp://|www\.)[^\s<>\"“”]+"),
    (
        CHAIN,
        r"(?<![0-9.])(?:[0-9]+(?:[./][0-9]+){2,}|[0-9]+(?:-[0-9]+){2,}(?:/[0-9]+)?)(?![0-9])"
        # the middle of a list glued by commas, "5,|10,15,20,|25": two or more bare integers
        # (no thousands group), each with its comma; the first and last figures stay "num"
        r"|(?<=[0-9],)(?:(?![0-9]{1,3}(?:,[0-9]{3})+(?![0-9]))[0-9]+,){2,}(?=[0-9])",
    ),
    (NUM, _DIGITS),
    (WORD, r"[^\W\d_]+(?:['’][^\W\d_]+)?"),
    (SYM, r"\S"),
)
_RULE = {kind: pattern for kind, pattern in TOKEN_RULES}
#: :data:`TOKEN_RULES` as one pattern. Chains and figures start with a digit or with a period
#: before a digit (".5"), so one lookahead skips both at every other character (a third of the
#: time of the plain alternation on prose; a period that ends a word or an abbreviation is
#: not tried as a figure either); a test checks that it matches exactly what the plain one matches.
TOKEN_PATTERN = re.compile(
    f"(?P<url>{_RULE[URL]})"
    f"|(?=[0-9]|\\.[0-9])(?:(?P<chain>{_RULE[CHAIN]})|(?P<num>{_RULE[NUM]}))"
    f"|(?P<word>{_RULE[WORD]})"
    f"|(?P<sym>{_RULE[SYM]})"
)
_KINDS = {kind.value: kind for kind in TokenKind}


class _Quiet(NamedTuple):
    """Patterns for quiet runs: the run, and ``keep`` symbols at its start (matched forwards
    for the head, on the reversed run for the tail)."""

    run: re.Pattern[str]
    ends: re.Pattern[str]


def _quiet(keep: int, least: int) -> _Quiet:
    return _Quiet(re.compile(rf"(?<!\W)\W{{{least},}}"), re.compile(rf"\s*(?:[^\w\s]\s*){{{keep - 1}}}[^\w\s]"))


#: Symbol tokens kept at each end of a quiet run (no letter, digit or "_", at least 64
#: characters); the rules never look further through symbols.
_QUIET = _quiet(16, 64)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into the tokens every claim finder reads.

    Every rule of :mod:`claimdiff.claims` reads a few tokens either side of a number or a
    word, never through a dozen symbols, so the middle of a long run of symbols and white
    space (a "quiet run") becomes one ``SYM`` token whose text is that whole middle; its
    first and last 16 symbols stay tokens of their own, the context a neighbour may read.
    Otherwise the tokens are exactly the matches of :data:`TOKEN_PATTERN`. This keeps the
    cost of punctuation-only text far below that of prose.

    Args:
        text: any string; offsets in the result point into it.

    Returns:
        The tokens in text order, without overlap.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> [(t.kind.value, t.text) for t in tokenize("About 1,000 people.")]
    [('word', 'About'), ('num', '1,000'), ('word', 'people'), ('sym', '.')]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    return _tokenize(text, _QUIET)


def _tokenize(text: str, quiet: _Quiet) -> list[Token]:
    """:func:`tokenize` with the quiet-run patterns ``quiet`` (tests use shorter runs)."""
    out: list[Token] = []
    pos = 0
    for run in quiet.run.finditer(text):
        start, end = run.span()
        if end <= pos:
            continue  # inside a URL that ran on over an earlier run
        start = max(start, pos)
        out += _token_list(text, pos, start)
        pos = start
        if out and out[-1].end == start:
            # a token may run on into the symbols ("www." + "----", "http" + "://"): let it, as
            # the one-pass tokenizer would
            whole = next(iter_tokens(text, out[-1].start, len(text)))
            if whole.end > start:
                out[-1] = whole
                start = pos = whole.end
        if end < len(text) and text[end - 1] == "." and "0" <= text[end] <= "9":
            end -= 1  # ".5" is a number: leave its period to the text after the run
        pos = _quiet_run(out, text, start, end, quiet)
    out += _token_list(text, pos, len(text))
    return out


def _quiet_run(out: list[Token], text: str, start: int, end: int, quiet: _Quiet) -> int:
    """Append the tokens of the quiet run ``text[start:end]``, its middle as one; return where
    the text after it starts (``start`` when the run is too short to have a middle)."""
    first = quiet.ends.match(text, start, end)
    last_run = quiet.ends.match(text[start:end][::-1])
    if first is None or last_run is None or first.end() >= end - last_run.end():
        return start
    middle_end = end - last_run.end()
    out += _token_list(text, start, first.end())
    middle = text[first.end() : middle_end]
    lead = len(middle) - len(middle.lstrip())
    middle = middle.strip()
    if middle:
        begin = first.end() + lead
        out.append(Token(SYM, begin, begin + len(middle), middle, middle))
    out += _token_list(text, middle_end, end)
    return end


def iter_tokens(text: str, start: int, end: int, pattern: re.Pattern[str] = TOKEN_PATTERN) -> Iterator[Token]:
    """Yield the tokens ``pattern`` finds in ``text[start:end]``, each of the kind its named group names.

    Every match of ``pattern`` must be one of its groups named ``url``, ``chain``, ``num``,
    ``word`` or ``sym``. No quiet runs: :func:`tokenize` is the whole text's tokenizer.

    >>> [t.text for t in iter_tokens("US$ 5", 0, 5)]
    ['US', '$', '5']
    """
    kinds = _kinds_by_index(pattern)
    for m in pattern.finditer(text, start, end):
        word = m.group()
        yield Token(kinds[m.lastindex or 0], m.start(), m.end(), word, word.lower())


def _kinds_by_index(pattern: re.Pattern[str]) -> tuple[TokenKind, ...]:
    """Return the kind of each group of ``pattern`` by its number, whose groups are all named
    after a kind: ``m.lastindex`` indexes a tuple, cheaper than ``m.lastgroup`` a dict (about
    8% of the time of a text made of one-letter tokens). Kept per pattern."""
    found = _BY_INDEX.get(pattern)
    if found is None:
        if pattern.groups != len(pattern.groupindex):
            raise ValueError("every group of a token pattern is named after a token kind")
        names = {number: name for name, number in pattern.groupindex.items()}
        # number 0 is the whole match, never a last group of such a pattern
        found = _BY_INDEX[pattern] = tuple(_KINDS[names.get(i, "sym")] for i in range(pattern.groups + 1))
    return found


_BY_INDEX: dict[re.Pattern[str], tuple[TokenKind, ...]] = {}


def _token_list(text: str, start: int, end: int, pattern: re.Pattern[str] = TOKEN_PATTERN) -> list[Token]:
    """Return the tokens of :func:`iter_tokens` as a list, built at once.

    ``tuple.__new__(Token, fields)`` is what ``Token._make`` does without its length
    check: the fields here are always five. It skips the Python-level ``__new__`` of the
    ``NamedTuple``: the tokenizer builds one token per word and symbol of every article, and
    this made tokenizing 1 MB of news about 15% faster (0.33 s -> 0.28 s).

    >>> _token_list("US$ 5", 0, 5) == list(iter_tokens("US$ 5", 0, 5))
    True
    """
    kinds, new = _kinds_by_index(pattern), tuple.__new__
    return [
        new(Token, (kinds[m.lastindex or 0], m.start(), m.end(), word, word.lower()))
        for m in pattern.finditer(text, start, end)
        for word in (m.group(),)
    ]



_START = operator.attrgetter("start")
_END = operator.attrgetter("end")


def split_span(text: str, tokens: Sequence[Token], start: int, end: int) -> tuple[list[Token], range, list[Token]]:
    """Return the tokens of ``text[start:end]`` as (cut head, indices of the whole tokens, cut tail).

    ``tokens`` is ``tokenize(text)``: a passage of the article (a sentence, a quote) reads its
    tokens from the article's stream, found by bisection. The whole tokens are ``tokens[i]``
    for ``i`` in the range. A token that crosses ``start`` or ``end`` (a passage cut inside
    a word or a URL; usually none) is cut there: its part inside the passage is split again
    by :func:`iter_tokens` into the head or the tail, but for the middle of a quiet run,
    whose part stays one ``SYM`` token. Every non-space character of the passage is in
    exactly one token of ``head + whole + tail``.

    >>> text = "He said no. They agreed."
    >>> toks = tokenize(text)
    >>> head, whole, tail = split_span(text, toks, 4, 10)
    >>> [t.text for t in head], [toks[i].text for i in whole], [t.text for t in tail]
    (['aid'], ['no'], [])
    """
    first = bisect.bisect_left(tokens, start, key=_START)
    last = max(bisect.bisect_right(tokens, end, key=_END), first)
    head: list[Token] = []
    if first > 0 and tokens[first - 1].end > start:  # a token crosses start (and maybe end)
        head = _cut(text, tokens[first - 1], start, min(end, tokens[first - 1].end))
    tail: list[Token] = []
    if last < len(tokens) and tokens[last].start < end:  # a token starts inside and crosses end
        tail = _cut(text, tokens[last], tokens[last].start, end)
    return head, range(first, last), tail


def _cut(text: str, tok: Token, start: int, end: int) -> list[Token]:
    """Return the tokens of the part ``text[start:end]`` of ``tok``."""
    if tok.kind is WORD and "'" not in tok.text and "’" not in tok.text:
        # letters only: one word token, as iter_tokens would read it
        part = text[start:end]
        return [Token(WORD, start, end, part, part.lower())] if part else []
    if tok.kind is not SYM:
        return _token_list(text, start, end)
    part = text[start:end]
    lead = len(part) - len(part.lstrip())
    part = part.strip()
    return [Token(SYM, start + lead, start + lead + len(part), part, part)] if part else []


def is_word_char(ch: str) -> bool:
    """Return whether ``ch`` is a word character as ``\\w`` of :mod:`re` reads one (a letter, digit or "_").

    >>> is_word_char("a"), is_word_char("_"), is_word_char("’")
    (True, True, False)
    """
    return ch.isalnum() or ch == "_"


#: The runs :func:`split_runs` splits a token into: letters, digits, any other non-space character.
_RUNS = re.compile(r"(?P<word>[^\W\d_]+)|(?P<num>[0-9]+)|(?P<sym>\S)")
_FOUR_DIGITS = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])")


def split_runs(text: str, tokens: Sequence[Token]) -> list[Token]:
    """Return the token stream ``tokens`` of ``text`` split into letter runs, digit runs and symbols.

    This is the stream the date rules read (:mod:`claimdiff.claims.dates`): a day, a month
    and a year are tokens of their own there, however they are joined ("5/17/2018",
    "May 4,2023", "Thursday’s"). Plain words and one-character symbols are the same in both
    streams and are kept as they are. Figures ("1,000.5"), chains, URLs, words with an
    apostrophe and digits read as symbols are split, each run of them that touch one
    another at once, into the matches of ``[^\\W\\d_]+`` (``WORD``), ``[0-9]+`` (``NUM``) and
    ``\\S`` (``SYM``). Two kinds of token stay whole: the middle of a long run of symbols
    (see :func:`tokenize`), and the middle of a list glued by commas ("5,|10,15,|20") unless
    it holds a four-digit part (a year may follow a day there: "May 4,2023"), where no rule
    reads a day or a year.

    >>> text = "On 5/17/2018, Lam’s 1,000 aides"
    >>> [t.text for t in split_runs(text, tokenize(text))]
    ['On', '5', '/', '17', '/', '2018', ',', 'Lam', '’', 's', '1', ',', '000', 'aides']
    """
    word, sym, num = WORD, SYM, NUM  # locals: read per token
    # plain words and symbols, most of the stream, are kept, and so are figures of digits alone
    # (see _kept): look closely at the others only
    others = [
        k
        for k, (kind, _, _, chars, _) in enumerate(tokens)
        if (kind is not word and kind is not sym and (kind is not num or not chars.isdigit()))
        or "'" in chars
        or "’" in chars
        or (kind is sym and "0" <= chars <= "9")  # a digit read as a symbol; "2023" compares between too
    ]
    out: list[Token] = []
    copied = 0  # tokens before this one are in out
    n = len(tokens)
    for k in others:
        if k < copied or _kept(tokens[k]):
            continue  # split with the tokens before it, or kept
        end = k + 1
        while end < n and tokens[end].start == tokens[end - 1].end and not _kept(tokens[end]):
            end += 1
        out.extend(tokens[copied:k])
        out += _token_list(text, tokens[k].start, tokens[end - 1].end, _RUNS)
        copied = end
    out.extend(tokens[copied:])
    return out


def _kept(tok: Token) -> bool:
    """Whether a token of :func:`tokenize` is one token of :func:`split_runs` as it is."""
    if tok.kind is SYM:
        return not "0" <= tok.text <= "9"
    if tok.kind is WORD:
        return "'" not in tok.text and "’" not in tok.text
    if tok.kind is NUM and tok.text.isdigit():
        return True  # a figure of digits alone is one run, and no digit touches it (the token pattern)
    return tok.kind is CHAIN and tok.text.endswith(",") and _FOUR_DIGITS.search(tok.text) is None
