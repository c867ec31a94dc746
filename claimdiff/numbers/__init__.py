"""Find number-like mentions in text and read each as an interval.

The stage tokenises the text once with one regular expression (no nested
quantifiers, so linear time) and then scans the tokens left to right. At each
token an ordered tuple of named rules (:data:`RULES`) is tried; the first that
matches yields a :class:`~claimdiff.models.Quantity` (or a span to skip, such as a
URL or the day in "June 20") and the scan resumes after it.

How words read (see ``docs/numbers.md`` for the full table):

* exact figures ("11", "eleven", "1,000", "3.5m") have ``low == high == value``;
* "about/around/roughly/some/an estimated X" is ``[0.9 X, 1.1 X]``, approximate;
* "nearly/almost X" is ``[0.9 X, X)``; "more than/over X" is ``(X, None)``;
  "at least X" ``[X, None)``; "up to X" ``(None, X]``; "fewer than/under X" ``(None, X)``;
* "a dozen" is 12, approximate, ``[10, 14]``; "half a dozen" 6, ``[5, 7]``;
* vague plurals have no value: "dozens of" ``[24, 120)``, "hundreds of" ``[200, 1000)``,
  "tens of thousands of" ``[20000, 100000)``; "a couple of" is 2, ``[2, 3]``;
* ranges ("10 to 12", "10-12", "between 10 and 12") have no value and ``low``/``high``.
"""

from __future__ import annotations

import re

from ..errors import InvalidArgument, short_repr
from ..models import Quantity
from ._read import _core
from ._rules import _STARTERS, RULES, _Hit, _sign
from ._tokens import _MAX_DIGITS, _out, _Reader, _Tok, _tokenize

__all__ = ["RULES", "find_quantities", "parse_number_words"]

_CHAIN_PART = re.compile(r"[0-9]+")
#: Token kinds the scan always tries (URLs, digit chains, digits).
_ALWAYS = frozenset({"url", "chain", "num"})


def _chain_quantities(text: str, tok: _Tok) -> list[Quantity]:
    out = []
    iso = re.fullmatch(r"(?:19|20)[0-9]{2}-[01]?[0-9]-[0-3]?[0-9]", tok.text) is not None
    for m in _CHAIN_PART.finditer(tok.text):
        if len(m.group()) > _MAX_DIGITS:
            continue
        v = int(m.group())
        start = tok.start + m.start()
        kind = "year" if re.fullmatch(r"(?:19|20)[0-9]{2}", m.group()) else "cardinal"
        if iso and kind != "year":
            continue
        out.append(Quantity(text=m.group(), start=start, end=start + len(m.group()), value=v, low=v, high=v, kind=kind))
    return out


def find_quantities(text: str) -> list[Quantity]:
    """Find every number-like mention in ``text``, sorted by start and non-overlapping.

    Args:
        text: any string; offsets in the result point into it.

    Returns:
        One :class:`~claimdiff.models.Quantity` per mention, with the interval its words allow.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("They signed 11 agreements and about 80 percent agreed.")]
    [('11 agreements', 11, 'agreement'), ('about 80 percent', 80, 'percent')]
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    toks = _tokenize(text)
    r = _Reader(text, toks)
    out: list[Quantity] = []
    k = 0
    for cand in _candidates(toks):
        if cand < k:
            continue
        k = cand
        hit: _Hit | None = None
        for name, rule in RULES:
            hit = rule(r, k)
            if hit is not None:
                if name == "chain":
                    out.extend(_chain_quantities(text, toks[k]))
                break
        if hit is None:
            k += 1
            continue
        if hit.quantity is not None:
            out.append(hit.quantity)
        k = max(hit.end, k + 1)
    return out


def _candidates(toks: list[_Tok]) -> list[int]:
    """Return the token indices where some rule of RULES can match.

    A word outside :data:`_STARTERS` and not glued to a following "$" ("US$"), or a symbol
    outside it, starts no rule, so the scan skips it: most of the words of a text.
    """
    out = []
    last = len(toks) - 1
    for k, tok in enumerate(toks):
        if (
            tok.kind in _ALWAYS
            or tok.low in _STARTERS
            or (tok.kind == "word" and k < last and toks[k + 1].text == "$" and toks[k + 1].start == tok.end)
        ):
            out.append(k)
    return out


def parse_number_words(words: str) -> int | float | None:
    """Read a whole phrase as one number, or return None when it is not exactly one number.

    Handles number words and compounds ("twenty-one", "one hundred and five"),
    digits with scales ("3.5 million"), fractions ("two thirds") and "a dozen".

    Args:
        words: the phrase, e.g. ``"one hundred and five"``.

    Returns:
        The value (int when integral, else float), or None.

    >>> parse_number_words("twenty-one"), parse_number_words("one hundred and five"), parse_number_words("a dozen")
    (21, 105, 12)
    """
    if not isinstance(words, str):
        raise InvalidArgument(f"words must be a str, got {type(words).__name__} {short_repr(words)}")
    toks = _tokenize(words)
    if not toks:
        return None
    r = _Reader(words, toks)
    sign, k = _sign(r, 0)
    core = _core(r, k)
    if core is None or core.value is None or core.end != r.n or core.kind not in ("cardinal", "fraction", "decade"):
        return None
    return _out(core.value * sign)
