"""The immutable data objects that flow through the pipeline.

``Article -> Sentence -> Claim -> Alignment -> Discrepancy -> Report``

Every object that quotes text carries ``start``/``end`` offsets into the
original ``Article.text`` (or into the string given to a stage function), and
``text[start:end] == obj.text`` holds by construction.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as _dt
import enum
import gc
import hashlib
import itertools
import math
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

import attrs

from ._lexicon.units import CONVERSION_TOLERANCE, UNITS, Unit
from .errors import InputFileError, InvalidArgument, InvalidValue, SchemaError, UnknownOption, short_repr, suggest
from .support import Consensus, Side, TimelineEntry
from .words import fold_text

__all__ = [
    "Alignment",
    "Article",
    "AssertionClaim",
    "Claim",
    "ClaimKind",
    "Cleaning",
    "Consensus",
    "DateClaim",
    "DateMention",
    "Discrepancy",
    "EntityClaim",
    "Granularity",
    "Kind",
    "Polarity",
    "Quantity",
    "QuantityClaim",
    "QuoteClaim",
    "Report",
    "Sentence",
    "Severity",
    "Side",
    "Skip",
    "StatementClaim",
    "TimelineEntry",
    "decode_text",
    "published_day",
    "read_bytes",
]

SCHEMA_VERSION = 1

_Named = TypeVar("_Named", bound="_Names")


class _Names(str, enum.Enum):
    """A str Enum whose lowercase values are the names people write (in JSON, options, the CLI)."""

    @classmethod
    def parse(cls: type[_Named], value: _Named | str, *, label: str | None = None) -> _Named:
        """Return the member ``value`` is or names, case and surrounding space ignored.

        The one parser of kind and severity names: the options of :func:`claimdiff.compare`
        and the command line read them through it, so they accept the same names and word
        their errors alike.

        Args:
            value: a member or its name (``"Quote"``, ``" high "``).
            label: how the error message starts, naming the argument the value came from
                (``"--kinds: unknown kind"``); ``"unknown <class name>"`` by default.

        Raises:
            UnknownOption: ``value`` names no member; the message shows it, suggests the
                closest name and lists them all.

        >>> Kind.parse(" Quote "), Severity.parse("HIGH")
        (<Kind.QUOTE: 'quote'>, <Severity.HIGH: 'high'>)
        """
        if isinstance(value, cls):
            return value
        name = value.strip().lower() if isinstance(value, str) else value
        try:
            return cls(name)
        except ValueError:
            names = [member.value for member in cls]
            raise UnknownOption(
                f"{label or 'unknown ' + cls.__name__.lower()} {short_repr(value)}{suggest(str(name), names)} "
                f"(expected one of {', '.join(names)})"
            ) from None

    def __str__(self) -> str:
        return str(self.value)


class Kind(_Names):
    """What a discrepancy is about. The values are the JSON values.

    ``OTHER`` is reserved: no rule of this version reports it, but it stays a valid kind
    to name (in ``kinds=`` and ``--kinds``) and to read back. What a *claim* is about is a
    :class:`ClaimKind`.
    """

    QUANTITY = "quantity"
    DATE = "date"
    QUOTE = "quote"
    ENTITY = "entity"
    ATTRIBUTION = "attribution"
    NEGATION = "negation"
    OTHER = "other"


#: The order claims and alignments at one place sort in: alphabetical by the names older
#: reports used, where statements were "other", so reports keep the order they had.
_CLAIM_KIND_RANK = {"date": 0, "entity": 1, "statement": 2, "quantity": 3, "quote": 4, "assertion": 5}


class ClaimKind(_Names):
    """What a claim (and so an alignment of claims) is about. The values are the JSON values.

    Older reports, from when claims and discrepancies shared :class:`Kind`, call statements
    ``"other"``; :meth:`Claim.from_dict` and :meth:`Alignment.from_dict` still read them, as
    ``STATEMENT``.

    >>> ClaimKind.parse("Statement")
    <ClaimKind.STATEMENT: 'statement'>
    """

    STATEMENT = "statement"
    """A sentence, whole: one per sentence; the aligner groups sentences that say the same thing."""
    QUANTITY = "quantity"
    """A number-like mention, keyed by the noun it counts."""
    DATE = "date"
    """A date or time expression."""
    QUOTE = "quote"
    """A passage in quotation marks, with the speaker the sentence names."""
    ENTITY = "entity"
    """A name: a person, place or organisation."""
    ASSERTION = "assertion"
    """An act or state a sentence asserts (a predicate), with its arguments and polarity."""

    @property
    def rank(self) -> int:
        """Return where claims of this kind sort among claims of one place (date first)."""
        return _CLAIM_KIND_RANK[self._value_]  # the value, without Enum's descriptor: sorts call it per claim


class Polarity(_Names):
    """Whether an assertion says its act happened, did not, is denied, is open, is planned or
    is ruled out.

    >>> Polarity.parse("Open")
    <Polarity.OPEN: 'open'>
    """

    AFFIRMED = "affirmed"
    """It happened ("police confirmed the arrest")."""
    NEGATED = "negated"
    """It did not happen ("did not sign", "refused to resign", "no bacteria were found")."""
    DENIED = "denied"
    """Someone denies it ("denied that it had laid off staff", "rejected reports that")."""
    OPEN = "open"
    """It is still open ("would not confirm", "left open whether", "has not ruled out")."""
    PLANNED = "planned"
    """It is planned, expected or hypothetical ("said it would stop", "plans to sign")."""
    RULED_OUT = "ruled-out"
    """It will not happen, by a plan or a promise ("will not close", "has no plans to sign")."""

    @property
    def answer(self) -> str:
        """Return what the polarity answers to "did it happen?": "yes", "no", "open", "later" or "never"."""
        return _POLARITY_ANSWERS[self.value]


_POLARITY_ANSWERS = {"affirmed": "yes", "negated": "no", "denied": "no", "open": "open", "planned": "later",
                     "ruled-out": "never"}


#: Claim kind names of older reports, by their present name.
_OLD_CLAIM_KINDS = {"other": "statement"}


def _read_claim_kind(value: Any) -> ClaimKind:
    """Return the claim kind a report names, reading the old ``"other"`` as ``STATEMENT``."""
    return ClaimKind(_OLD_CLAIM_KINDS.get(value, value) if isinstance(value, str) else value)


_SEVERITY_RANK = {"low": 0, "medium": 1, "high": 2}


class Severity(_Names):
    """How much a discrepancy matters, ordered ``LOW < MEDIUM < HIGH``.

    * ``HIGH``: the claims cannot both be true (11 vs 15 agreements, Tuesday vs Wednesday).
    * ``MEDIUM``: they differ in a way a reader would notice and may be both defensible
      (an approximate figure against a different exact one, a quote in other words).
    * ``LOW``: a difference worth a look that need not be an error: a figure that grew
      between two publication times (an ``update``, :mod:`claimdiff.timeline`).

    >>> Severity.LOW < Severity.HIGH
    True
    """

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def rank(self) -> int:
        """Return 0 for LOW, 1 for MEDIUM, 2 for HIGH."""
        return _SEVERITY_RANK[self._value_]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank < other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank <= other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank


class Granularity(str, enum.Enum):
    """How precise a date or time mention is, coarsest first."""

    DECADE = "decade"
    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    PART_OF_DAY = "part_of_day"
    TIME = "time"

    def __str__(self) -> str:
        return self.value


# One typed converter per element type: mypy's attrs plugin reads a converter's signature
# as the field's ``__init__`` type, and a generic one would lose the element type.
#: Build a model without its ``__init__``, for values a stage computed (see ``Quantity.of_reading``).
_new_object = object.__new__


def _tallies(items: Iterable[int]) -> tuple[int, ...]:
    return tuple(items)


def _words(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _skips(items: Iterable[Skip]) -> tuple[Skip, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _alignments(items: Iterable[Alignment]) -> tuple[Alignment, ...]:
    return tuple(items)


def _discrepancies(items: Iterable[Discrepancy]) -> tuple[Discrepancy, ...]:
    return tuple(items)


def _sides(items: Iterable[Side]) -> tuple[Side, ...]:
    return tuple(items)


def _timeline(items: Iterable[TimelineEntry]) -> tuple[TimelineEntry, ...]:
    return tuple(items)


def _check_offsets(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise InvalidValue(f"{attribute.name} must be a non-negative int, got {short_repr(value)}")


def _date_to_json(value: _dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date_from_json(value: Any, name: str) -> _dt.date | None:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{name} must be an ISO date or null, got {short_repr(value)}") from exc


def _require(data: Mapping[str, Any], key: str, where: str) -> Any:
    try:
        return data[key]
    except (KeyError, TypeError) as exc:
        raise SchemaError(f"{where} lacks the key {key!r}") from exc


@attrs.frozen
class Skip:
    """A span of article text that cleaning drops (boilerplate), with the rule that fired."""

    start: int = attrs.field(validator=_check_offsets)
    """Offset of the first dropped character."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past the last dropped character."""
    rule: str
    """Name of the cleaning rule that matched, e.g. ``"byline"``."""


@attrs.frozen(kw_only=True)
class Cleaning:
    """What the cleaning stage found in an article: spans to skip and metadata."""

    skips: tuple[Skip, ...] = attrs.field(converter=_skips, default=())
    """Boilerplate spans, sorted by start and non-overlapping."""
    published: _dt.date | None = None
    """Publication date read from a metadata line or dateline, if any."""


@attrs.frozen
class Sentence:
    """A sentence (or a heading) with its span in the text it came from."""

    text: str
    """The sentence's words: ``source_text[start:end]``."""
    start: int = attrs.field(validator=_check_offsets)
    """Offset of the first character."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past the last character."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Sentence:
        """Rebuild a Sentence from :meth:`to_dict` output."""
        return cls(
            text=_require(data, "text", "sentence"),
            start=_require(data, "start", "sentence"),
            end=_require(data, "end", "sentence"),
        )

    @classmethod
    def from_spans(cls, text: str, spans: Iterable[tuple[int, int]]) -> list[Sentence]:
        """Return the sentences ``text[start:end]`` for spans that a stage computed.

        The spans are trusted, not validated (a stage that splits text makes them from
        its own offsets), as in :meth:`from_columns`.

        >>> Sentence.from_spans("Hi. Bye.", [(0, 3), (4, 8)])
        [Sentence(text='Hi.', start=0, end=3), Sentence(text='Bye.', start=4, end=8)]
        """
        starts, ends = [], []
        for start, end in spans:
            starts.append(start)
            ends.append(end)
        return cls.from_columns(list(map(text.__getitem__, map(slice, starts, ends))), starts, ends)

    @classmethod
    def from_columns(cls, texts: Sequence[str], starts: Sequence[int], ends: Sequence[int]) -> list[Sentence]:
        """Return the sentences ``Sentence(texts[i], starts[i], ends[i])``, trusted, not validated.

        A stage that splits text makes the three columns from its own offsets. Building a
        sentence this way costs about a fifth of a call of the class (the loops run in C and
        no span tuple is made), which matters on text of many short lines (half a million
        per MB).

        >>> Sentence.from_columns(["Hi.", "Bye."], [0, 4], [3, 8])
        [Sentence(text='Hi.', start=0, end=3), Sentence(text='Bye.', start=4, end=8)]
        """
        if not len(texts) == len(starts) == len(ends):
            raise InvalidArgument(f"columns differ in length: {len(texts)}, {len(starts)}, {len(ends)}")
        with _collector_paused(len(texts)):
            sentences = list(map(object.__new__, itertools.repeat(cls, len(texts))))
            for name, column in (("text", texts), ("start", starts), ("end", ends)):
                collections.deque(map(cls.__dict__[name].__set__, sentences, column), maxlen=0)
        return sentences


#: Objects built in one call from which the cyclic garbage collector is paused while they are made.
GC_PAUSE_FROM = 10_000


@contextlib.contextmanager
def _collector_paused(count: int) -> Iterator[None]:
    """Pause the cyclic garbage collector while ``count`` new objects that hold no cycle are made.

    CPython walks every tracked object each time the survivors of its younger generations grow
    by a quarter, so building half a million sentences walks them about five times over, which
    is a third of splitting text of short lines, though no sentence can take part in a cycle.
    Below :data:`GC_PAUSE_FROM` objects (any news article) the collector is left alone; above,
    it is paused for the loop, as Mercurial's ``util.nogc`` does, and the youngest generation
    is collected once on the way out, so the caller pays that walk here and not at its next
    allocation. A collector the caller disabled stays disabled. Another thread that enables or
    disables the collector during the pause may see its choice undone at the end.
    """
    if count < GC_PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)


Number = int | float


@attrs.frozen(kw_only=True)
class Quantity:
    """A number-like mention and the interval of values its words allow.

    ``"a dozen agreements"`` reads as value 12, approximate, interval about 12;
    ``"more than 300"`` as value 300 with ``low=300`` (exclusive) and ``high=None``.
    """

    text: str
    """The mention's words: ``source_text[start:end]``."""
    start: int = attrs.field(validator=_check_offsets)
    """Offset of the first character."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past the last character."""
    value: Number | None
    """The number the words name (percentages in percent: "80%" is 80)."""
    low: Number | None = None
    """Lowest value the words allow; None when unbounded below."""
    high: Number | None = None
    """Highest value the words allow; None when unbounded above."""
    approximate: bool = False
    """True for "a dozen", "about 80", "nearly 1,000"; False for "11"."""
    unit: str | None = None
    """Head noun or unit, normalised: "agreement", "percent", "usd"."""
    kind: str = "cardinal"
    """One of cardinal, ordinal, percent, money, fraction, range, year, score."""
    low_inclusive: bool = True
    """Whether ``low`` itself is allowed ("at least 3") or not ("more than 3")."""
    high_inclusive: bool = True
    """Whether ``high`` itself is allowed ("up to 3") or not ("fewer than 3")."""
    tallies: tuple[int, ...] = attrs.field(default=(), converter=_tallies)
    """The two tallies of a score or a vote ("3-2", "seven to two": ``(7, 2)``), as written;
    empty for any other figure. A score has no ``value``: it is compared tally by tally."""

    @classmethod
    def of_figure(cls, text: str, start: int, value: Number | None, kind: str = "cardinal") -> Quantity:
        """Return the exact figure ``text`` at ``start`` that a stage read, without validation.

        A plain figure is what dense text holds most ("1,1,1,...": half a million per MB), and
        building it this way costs about a quarter of a call of the class.

        >>> Quantity.of_figure("7", 4, 7) == Quantity(text="7", start=4, end=5, value=7, low=7, high=7)
        True
        """
        figure = _new_object(cls)  # as of_reading does, without a call more: this is the hot one
        _q_text(figure, text)
        _q_start(figure, start)
        _q_end(figure, start + len(text))
        _q_value(figure, value)
        _q_low(figure, value)
        _q_high(figure, value)
        _q_approximate(figure, False)
        _q_unit(figure, None)
        _q_kind(figure, kind)
        _q_low_inclusive(figure, True)
        _q_high_inclusive(figure, True)
        _q_tallies(figure, ())
        return figure

    @classmethod
    def of_reading(
        cls,
        text: str,
        start: int,
        end: int,
        value: Number | None,
        low: Number | None,
        high: Number | None,
        approximate: bool,
        unit: str | None,
        kind: str,
        low_inclusive: bool = True,
        high_inclusive: bool = True,
    ) -> Quantity:
        """Return a reading that a stage made from its own offsets, without validation (no tallies).

        Each field is set through its slot: about a third of the time of a call of the class,
        whose validators check offsets that the stage computed itself.

        >>> Quantity.of_reading("about 80", 0, 8, 80, 72, 88, True, None, "cardinal") == Quantity(
        ...     text="about 80", start=0, end=8, value=80, low=72, high=88, approximate=True)
        True
        """
        figure = _new_object(cls)
        _q_text(figure, text)
        _q_start(figure, start)
        _q_end(figure, end)
        _q_value(figure, value)
        _q_low(figure, low)
        _q_high(figure, high)
        _q_approximate(figure, approximate)
        _q_unit(figure, unit)
        _q_kind(figure, kind)
        _q_low_inclusive(figure, low_inclusive)
        _q_high_inclusive(figure, high_inclusive)
        _q_tallies(figure, ())
        return figure

    def bounds(self) -> tuple[float, float]:
        """Return the closed interval of values the words allow, as floats (infinite when open).

        An exact figure is a point; an approximate one without bounds covers only its value.

        >>> Quantity(text="more than 300", start=0, end=13, value=300, low=300, low_inclusive=False).bounds()
        (300.0, inf)
        """
        low = float("-inf") if self.low is None else float(self.low)
        high = float("inf") if self.high is None else float(self.high)
        if self.value is not None and self.low is None and self.high is None and not self.approximate:
            low = high = float(self.value)
        return low, high

    @property
    def measure(self) -> Unit | None:
        """Return what the figure's unit measures and how it converts, or None for a count.

        >>> Quantity(text="150 miles", start=0, end=9, value=150, unit="mile").measure.dimension
        'length'
        """
        return UNITS.get(self.unit) if self.unit else None

    @property
    def reading(self) -> tuple[object, ...]:
        """Return what the figure says, as a hashable tuple: two figures that say the same share it.

        Value and interval; a measured figure adds its unit ("150 miles" is not "150 km"), a
        score its tallies.

        >>> Quantity(text="3-2", start=0, end=3, value=None, kind="score", tallies=(3, 2)).reading
        (None, None, None, False, (3, 2))
        """
        extra: tuple[object, ...] = (self.unit,) if self.measure is not None else ()
        if self.tallies:
            extra += (self.tallies,)
        return (self.value, self.low, self.high, self.approximate, *extra)

    @property
    def family(self) -> str:
        """Return the kind of figure this one compares with: "amount" for counts, ranges, sums,
        percentages and shares (their unit tells them apart: "between 40 and 50 people" and
        "55 people", "half of the residents" and "30 percent of them" compare), else its kind
        ("ordinal", "year", "score", a bare "fraction").

        >>> Quantity(text="10-12 people", start=0, end=12, value=None, low=10, high=12, kind="range").family
        'amount'
        """
        if self.kind in ("cardinal", "range", "money", "percent") or (self.kind == "fraction" and self.unit):
            return "amount"
        return self.kind

    def ratio_to(self, other: Quantity) -> float | None:
        """Return how many times larger one figure is than the other (>= 1), in one unit.

        Figures whose units convert are compared converted: "2 days" is 720 times "4 minutes",
        not half of it. None when a figure has no value or either is zero.

        >>> q = lambda t, v, u: Quantity(text=t, start=0, end=len(t), value=v, unit=u)
        >>> q("2 days", 2, "day").ratio_to(q("4 minutes", 4, "minute"))
        720.0
        """
        if self.value is None or other.value is None:
            return None
        mine, theirs = abs(float(self.value)), abs(float(other.value))
        mine_unit, their_unit = self.measure, other.measure
        if mine_unit is not None and their_unit is not None and self.converts_to(other):
            mine, theirs = mine * mine_unit.factor, theirs * their_unit.factor
        if not (0 < mine < math.inf and 0 < theirs < math.inf):
            return None
        return max(mine, theirs) / min(mine, theirs)

    def converts_to(self, other: Quantity) -> bool:
        """Return whether the two figures are in different units of one dimension.

        Such figures compare after conversion ("150 miles" and "241 km"); figures whose
        units measure different things ("150 miles", "150 kg") never compare.

        >>> q = lambda t, v, u: Quantity(text=t, start=0, end=len(t), value=v, unit=u)
        >>> q("150 miles", 150, "mile").converts_to(q("240 km", 240, "km"))
        True
        >>> q("150 miles", 150, "mile").converts_to(q("150 kg", 150, "kg"))
        False
        """
        mine, theirs = self.measure, other.measure
        if mine is None or theirs is None:
            return False
        return self.unit != other.unit and mine.dimension == theirs.dimension

    def in_base_unit(self, low: float, high: float) -> tuple[float, float]:
        """Return the interval ``[low, high]``, in the figure's unit, in its dimension's base unit.

        Each end moves out by half the dimension's conversion tolerance (1.5%, so two figures
        within 3% of each other meet: a writer who converts rounds), and a word that names
        several units ("ton") spans all of them.

        >>> q = Quantity(text="150 miles", start=0, end=9, value=150, unit="mile")
        >>> [round(x) for x in q.in_base_unit(149.5, 150.5)]
        [236988, 245839]
        """
        unit = self.measure
        if unit is None:
            return low, high
        tolerance = CONVERSION_TOLERANCE.get(unit.dimension, 0.0) / 2
        base_low = low * unit.factor + unit.offset
        base_high = high * (unit.factor if unit.factor_high is None else unit.factor_high) + unit.offset
        return base_low - tolerance * abs(base_low), base_high + tolerance * abs(base_high)

    def written_interval(self) -> tuple[float, float]:
        """Return the values the figure's words allow, an exact figure read at its written precision.

        "240" covers 239.5..240.5, "5.8" 5.75..5.85, "1.5 million" 1.45..1.55 million: a
        figure converted from another unit is rounded where its writer stopped writing digits.
        Bounds, ranges and approximate figures keep :meth:`bounds`, and so does one whole unit
        ("a fortnight" is 14 days, not 7 to 21).

        >>> Quantity(text="5.8 quarts", start=0, end=10, value=5.8, low=5.8, high=5.8).written_interval()
        (5.75, 5.85)
        """
        low, high = self.bounds()
        if self.value is None or self.approximate or low != high or self.kind == "fraction":
            return low, high  # "a third" is 1/3 to the last digit
        if self.text.casefold().startswith(("a ", "an ")) and self.value == 1:
            return low, high  # "a fortnight", "an hour": one whole unit is no rounded count
        half = _written_step(self.text, float(self.value)) / 2
        return float(self.value) - half, float(self.value) + half

    def overlaps(self, other: Quantity) -> bool:
        """Return whether the two figures' intervals share a value ("about 80" and 78 do).

        >>> q = lambda t, v, **kw: Quantity(text=t, start=0, end=len(t), value=v, **kw)
        >>> q("12", 12).overlaps(q("a dozen", 12, approximate=True))
        True
        >>> q("12", 12).overlaps(q("30", 30))
        False

        Bounds are compared as bounds: "more than 10 percent" (10, inf) and "nearly 10%"
        [9, 10) share no value.

        >>> q("more than 10", 10, low=10, low_inclusive=False).overlaps(q("nearly 10", 10, low=9, high=10,
        ...     high_inclusive=False, approximate=True))
        False

        Figures in different units of one dimension compare after conversion, each at its
        written precision and within 3% (:meth:`in_base_unit`): 150 miles is 241.4 km.

        >>> q("150 miles", 150, unit="mile").overlaps(q("240 km", 240, unit="km"))
        True
        >>> q("150 miles", 150, unit="mile").overlaps(q("300 km", 300, unit="km"))
        False

        Scores compare tally by tally, in either order ("3-2" is "2-3" reordered).

        >>> q("3-2", None, kind="score", tallies=(3, 2)).overlaps(q("3-1", None, kind="score", tallies=(3, 1)))
        False
        """
        if self.tallies or other.tallies:
            return sorted(self.tallies) == sorted(other.tallies)
        if self.converts_to(other):
            alo, ahi = self.in_base_unit(*self.written_interval())
            blo, bhi = other.in_base_unit(*other.written_interval())
            return alo <= bhi and blo <= ahi
        (alo, ahi), (blo, bhi) = self.bounds(), other.bounds()
        if ahi < blo or bhi < alo:
            return False
        if ahi == blo and not (self._closed_high() and other._closed_low()):
            return False
        return not (bhi == alo and not (other._closed_high() and self._closed_low()))

    def _closed_low(self) -> bool:
        return self.low_inclusive or self.low is None

    def _closed_high(self) -> bool:
        return self.high_inclusive or self.high is None

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "approximate": self.approximate,
            "unit": self.unit,
            "kind": self.kind,
            "low_inclusive": self.low_inclusive,
            "high_inclusive": self.high_inclusive,
            **({"tallies": list(self.tallies)} if self.tallies else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quantity:
        """Rebuild a Quantity from :meth:`to_dict` output (``tallies`` only for a score)."""
        try:
            fields = {field.name: data[field.name] for field in attrs.fields(cls) if field.name != "tallies"}
        except KeyError as exc:
            raise SchemaError(f"quantity lacks the key {exc.args[0]!r}") from exc
        return cls(**fields, tallies=data.get("tallies", ()))


#: The digits of a figure as written: "1,234.5" (group 1 holds the decimals).
_WRITTEN_DIGITS = re.compile(r"[0-9][0-9,]*(?:\.([0-9]+))?")


def _written_step(text: str, value: float) -> float:
    """Return the unit of the last digit a figure is written with: 1 for "240", 0.1 for "5.8",
    0.1 million for "1.5 million"; for a figure in words, 1 below a thousand, else its last
    significant digit ("two million": one million)."""
    found = _WRITTEN_DIGITS.search(text)
    if found is None:
        if abs(value) < 1000 or value == 0:
            return 1.0
        return 10.0 ** math.floor(math.log10(abs(value)) - len(f"{abs(value):.0f}".rstrip("0")) + 1)
    decimals = len(found.group(1) or "")
    literal = float(found.group(0).replace(",", ""))
    scale = abs(value) / literal if literal else 1.0
    if scale <= 0 or abs(math.log10(scale) - round(math.log10(scale))) > 1e-9:
        scale = 1.0  # the digits are not the figure scaled ("two hours and 22 minutes")
    return 10.0**-decimals * scale


def _clock(value: Iterable[int] | None) -> tuple[int, int] | None:
    """Converter: a clock span from JSON (a list) or code (a tuple); None stays None."""
    if value is None:
        return None
    low, high = value
    return (low, high)


#: The setters of Quantity's slots, for :meth:`Quantity.of_reading`.
(
    _q_text,
    _q_start,
    _q_end,
    _q_value,
    _q_low,
    _q_high,
    _q_approximate,
    _q_unit,
    _q_kind,
    _q_low_inclusive,
    _q_high_inclusive,
    _q_tallies,
) = (Quantity.__dict__[field.name].__set__ for field in attrs.fields(Quantity))


@attrs.frozen(kw_only=True)
class DateMention:
    """A date or time expression, its granularity and, when resolvable, its calendar interval."""

    text: str
    """The mention's words: ``source_text[start:end]``."""
    start: int = attrs.field(validator=_check_offsets)
    """Offset of the first character."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past the last character."""
    granularity: Granularity = attrs.field(converter=Granularity)
    """How precise the words are: "2023" is YEAR, "Thursday" is DAY, "Thursday morning" PART_OF_DAY."""
    low: _dt.date | None = None
    """First calendar day the words allow, when it can be resolved."""
    high: _dt.date | None = None
    """Last calendar day the words allow (inclusive), when it can be resolved."""
    weekday: int | None = None
    """0 for Monday .. 6 for Sunday when the words name a weekday."""
    part_of_day: str | None = None
    """"early_hours", "morning", "afternoon", "evening" or "night" when named."""
    relative: bool = False
    """True when the words are relative to the publication date ("last year", "Thursday")."""
    clock: tuple[int, int] | None = attrs.field(default=None, converter=_clock)
    """For a clock time ("6:20 p.m.", "about 3.40am"): the first and last minute after
    midnight the words allow; None for other mentions."""
    zone: str | None = None
    """The time zone a clock time names ("GMT", "ET", "local" for local time), or None."""

    def clock_apart(self, other: DateMention) -> bool | None:
        """Return whether two clock times cannot be the same moment; None when they cannot be
        compared (either is no clock time, or they are in different zones: "6:20 p.m." local
        time and "1720 GMT" may well be one moment).

        >>> t = lambda lo, hi, zone=None: DateMention(text="t", start=0, end=1, granularity="time",
        ...                                           clock=(lo, hi), zone=zone)
        >>> t(1100, 1100).clock_apart(t(1082, 1082)), t(1100, 1100).clock_apart(t(1085, 1115))
        (True, False)
        >>> print(t(1100, 1100, "local").clock_apart(t(1040, 1040, "GMT")))
        None
        """
        if self.clock is None or other.clock is None or (self.zone or "local") != (other.zone or "local"):
            return None
        return self.clock[1] < other.clock[0] or other.clock[1] < self.clock[0]

    @classmethod
    def of_reading(
        cls, text: str, start: int, end: int, granularity: Granularity, low: _dt.date | None, high: _dt.date | None,
        weekday: int | None, part_of_day: str | None, relative: bool,
    ) -> DateMention:
        """Return a date (no clock time) that a stage read at its own offsets, without validation.

        Each field is set through its slot, as :meth:`Quantity.of_reading` does: a text dense
        with dates ("on Thursday, May 4, 2023" repeated) holds 40,000 per MB.

        >>> day = _dt.date(2023, 5, 4)
        >>> DateMention.of_reading("May 4", 3, 8, Granularity.DAY, day, day, 3, None, False) == DateMention(
        ...     text="May 4", start=3, end=8, granularity="day", low=day, high=day, weekday=3)
        True
        """
        mention = _new_object(cls)
        _d_text(mention, text)
        _d_start(mention, start)
        _d_end(mention, end)
        _d_granularity(mention, granularity)
        _d_low(mention, low)
        _d_high(mention, high)
        _d_weekday(mention, weekday)
        _d_part_of_day(mention, part_of_day)
        _d_relative(mention, relative)
        _d_clock(mention, None)
        _d_zone(mention, None)
        return mention

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "granularity": self.granularity.value,
            "low": _date_to_json(self.low),
            "high": _date_to_json(self.high),
            "weekday": self.weekday,
            "part_of_day": self.part_of_day,
            "relative": self.relative,
            "clock": None if self.clock is None else list(self.clock),
            "zone": self.zone,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        """Rebuild a DateMention from :meth:`to_dict` output."""
        try:
            return cls(
                text=data["text"],
                start=data["start"],
                end=data["end"],
                granularity=Granularity(data["granularity"]),
                low=_date_from_json(data["low"], "date.low"),
                high=_date_from_json(data["high"], "date.high"),
                weekday=data["weekday"],
                part_of_day=data["part_of_day"],
                relative=data["relative"],
                clock=data.get("clock"),  # reports before clock times have neither key
                zone=data.get("zone"),
            )
        except KeyError as exc:
            raise SchemaError(f"date lacks the key {exc.args[0]!r}") from exc
        except ValueError as exc:
            raise SchemaError(f"date has a bad value: {exc}") from exc


#: The setters of DateMention's slots, for :meth:`DateMention.of_reading`.
(
    _d_text,
    _d_start,
    _d_end,
    _d_granularity,
    _d_low,
    _d_high,
    _d_weekday,
    _d_part_of_day,
    _d_relative,
    _d_clock,
    _d_zone,
) = (DateMention.__dict__[field.name].__set__ for field in attrs.fields(DateMention))


#: A UTF-16 surrogate pair held as two code points: JSON writes it as the one character it
#: encodes ("\ud800\udc00" reads back as U+10000), so a report of it could not round-trip.
_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _check_no_surrogate_pair(name: str, value: str) -> None:
    found = _SURROGATE_PAIR.search(value)
    if found is not None:
        raise InvalidValue(
            f"{name} holds a UTF-16 surrogate pair as two code points at offset {found.start()}: "
            "decode the text to Unicode first (one character, not two halves)"
        )


def _check_source(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidArgument(f"source must be a str, got {type(value).__name__} {short_repr(value)}")
    if not value.strip():
        raise InvalidValue(f"source must be a non-empty name, got {short_repr(value)}")
    _check_no_surrogate_pair("source", value)


def _check_text(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str):
        raise InvalidArgument(f"text must be a str, got {type(value).__name__} {short_repr(value)}")
    _check_no_surrogate_pair("text", value)


def _require_published(value: object) -> None:
    if value is not None and not isinstance(value, _dt.date):
        raise InvalidArgument(
            f"published must be a datetime.date, a datetime.datetime or None, got {short_repr(value)}"
        )


def _check_published(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
    _require_published(value)


def _published_to_json(value: _dt.date | None) -> str | None:
    """Write a publication date as ISO 8601: ``2024-06-20``, or with its time ``2024-06-20T14:30:00+07:00``."""
    return None if value is None else value.isoformat()


def _published_from_json(value: Any, name: str) -> _dt.date | None:
    """Read what :func:`_published_to_json` wrote: a day, or a day and time (with its offset, if any)."""
    if not isinstance(value, str) or "T" not in value:
        return _date_from_json(value, name)
    try:
        return _dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise SchemaError(f"{name} must be an ISO date or date and time, or null, got {short_repr(value)}") from exc


def published_day(value: _dt.date | None) -> _dt.date | None:
    """Return the calendar day of a publication date: a datetime's own day, in its own zone.

    >>> published_day(_dt.datetime(2024, 6, 20, 23, 30, tzinfo=_dt.timezone(_dt.timedelta(hours=7))))
    datetime.date(2024, 6, 20)
    """
    return value.date() if isinstance(value, _dt.datetime) else value


def read_bytes(name: str, *, label: str, expected: str) -> bytes:
    """Read a file the caller named, as bytes; an unreadable one is an :class:`InputFileError`.

    Messages name the file as the caller knows it: ``label`` is "path" or an option such
    as "--ignore", ``expected`` what a directory was taken for ("a text file").
    """
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except IsADirectoryError as exc:
        raise InputFileError(f"{label} {name!r} is a directory, expected {expected}") from exc
    except FileNotFoundError as exc:
        raise InputFileError(f"{label} {name!r}: no such file") from exc
    except OSError as exc:
        raise InputFileError(f"{label} {name!r}: cannot read ({exc.strerror or exc})") from exc


def decode_text(raw: bytes, *, where: str, encoding: str = "utf-8", allow_empty: bool = False) -> str:
    """Decode an article's bytes as :meth:`Article.from_path` does: no NUL byte, valid text in
    ``encoding``, a leading byte order mark dropped, not empty unless ``allow_empty``.

    ``where`` names the input in messages (``"path 'a.txt'"``, ``"standard input"``).

    Raises:
        InputFileError: the bytes are binary, not valid text in ``encoding``, or hold no text.
        InvalidValue: ``encoding`` is not a known codec.

    >>> decode_text("\ufeffRain.".encode(), where="standard input")
    'Rain.'
    """
    if b"\x00" in raw:
        raise InputFileError(f"{where} looks binary (it holds NUL bytes), expected text")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputFileError(f"{where} is not valid {encoding} text (byte {exc.start}: {exc.reason})") from exc
    except LookupError as exc:
        raise InvalidValue(f"encoding {encoding!r} is not a known codec") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() and not allow_empty:
        raise InputFileError(f"{where} is empty, expected article text")
    return text


@attrs.frozen
class Article:
    """One source's article: the raw text as fetched, boilerplate and all.

    >>> Article(source="reuters", text="Putin arrived on Thursday.").source
    'reuters'
    """

    source: str = attrs.field(validator=_check_source)
    """Name of the source; unique within one comparison."""
    text: str = attrs.field(validator=_check_text)
    """The original text. Every offset claimdiff reports points into it."""
    published: _dt.date | None = attrs.field(default=None, kw_only=True, validator=_check_published)
    """Publication date, if known: a ``datetime.date``, or a ``datetime.datetime`` when the time is
    known too. When None, cleaning reads it from a leading ``date YYYY-MM-DD`` line.

    A datetime is kept as given, time and ``tzinfo`` included (JSON writes it as ISO 8601,
    ``2024-06-20T14:30:00+07:00``), and never converted to another zone. A naive datetime is read
    as the local time where the article was published; an aware one is read in its own zone. Relative
    dates ("on Thursday", "last year") resolve from the calendar day it names in that zone:
    ``published.date()``, so 23:30 on 20 June at UTC+7 resolves from 20 June, not from 20 June
    16:30 UTC's day. Publication times also tell a figure that grew between two reports from a
    conflict: how dates, aware and naive datetimes compare is
    :func:`claimdiff.timeline.compare_moments`."""

    @classmethod
    def from_path(
        cls,
        path: str | os.PathLike[str],
        *,
        source: str | None = None,
        encoding: str = "utf-8",
        allow_empty: bool = False,
        published: _dt.date | None = None,
    ) -> Article:
        """Read an article from a text file; ``source`` defaults to the file's stem.

        ``allow_empty=True`` reads a file that holds no text (empty or only white space)
        as an article with that text, for ``compare(..., allow_empty=True)``. ``published``
        is the article's publication date or date and time (see :attr:`published`).

        Raises:
            InputFileError: the file is missing, unreadable, binary, not valid text in
                ``encoding``, or holds no text (unless ``allow_empty``).
        """
        if not isinstance(path, (str, os.PathLike)):
            raise InvalidArgument(f"path must be a str or os.PathLike, got {short_repr(path)}")
        _require_published(published)  # before reading: a bad argument is not a bad file
        name = os.fspath(path)
        raw = read_bytes(name, label="path", expected="a text file")
        text = decode_text(raw, where=f"path {name!r}", encoding=encoding, allow_empty=allow_empty)
        stem = os.path.splitext(os.path.basename(name))[0]
        return cls(source=stem if source is None else source, text=text, published=published)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {"source": self.source, "text": self.text, "published": _published_to_json(self.published)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output."""
        return cls(
            source=_require(data, "source", "article"),
            text=_require(data, "text", "article"),
            published=_published_from_json(data.get("published"), "article.published"),
        )


@attrs.frozen(kw_only=True)
class Reference:
    """A word or description that opens a sentence and stands for someone or something the
    sentence before named: "She" for "Interior Minister Ana Ruiz", "The carrier" for "Aldmoor
    Airlines". Offsets are into the original ``Article.text``."""

    text: str
    """The back-reference as written ("She", "The minister", "The 54-year-old")."""
    start: int = attrs.field(validator=_check_offsets)
    """Offset of the back-reference."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past it."""
    antecedent: str
    """What it stands for, as the earlier sentence writes it ("Interior Minister Ana Ruiz")."""
    antecedent_start: int = attrs.field(validator=_check_offsets)
    """Offset of the antecedent."""
    antecedent_end: int = attrs.field(validator=_check_offsets)
    """Offset one past it."""

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "antecedent": self.antecedent,
            "antecedent_start": self.antecedent_start,
            "antecedent_end": self.antecedent_end,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Reference:
        """Rebuild a Reference from :meth:`to_dict` output."""
        keys = ("text", "start", "end", "antecedent", "antecedent_start", "antecedent_end")
        return cls(**{key: data[key] for key in keys})


@attrs.frozen(kw_only=True)
class Claim:
    """Something one article asserts: a statement, a figure, a date, a quote, a name.

    The base of the claim types, with what every claim has; each kind of claim is a
    subclass that adds its own reading: :class:`StatementClaim`, :class:`QuantityClaim`
    (its ``quantity``), :class:`DateClaim` (its ``date``), :class:`QuoteClaim` (its
    ``speaker``) and :class:`EntityClaim`. ``isinstance(c, QuantityClaim)`` tells a type
    checker that ``c.quantity`` is there; ``c.kind`` names the type in JSON.

    ``text`` is an exact slice of the source article: ``article.text[start:end] == text``.
    """

    kind: ClassVar[ClaimKind]
    """What the claim is about: one kind per claim type."""
    source: str
    """The ``Article.source`` it came from."""
    text: str
    """The claim's own words, e.g. "11 agreements"."""
    start: int = attrs.field(validator=_check_offsets)
    """Offset into the original ``Article.text``."""
    end: int = attrs.field(validator=_check_offsets)
    """Offset one past the claim's last character."""
    sentence: Sentence
    """The sentence that holds the claim."""
    key: str = ""
    """Normalised topic used to align claims: the counted noun, a speaker, an entity's canonical name."""

    def __attrs_pre_init__(self) -> None:
        if type(self) is Claim:
            raise InvalidArgument(
                "Claim is the base of the claim types; make a StatementClaim, QuantityClaim, DateClaim, "
                "QuoteClaim or EntityClaim"
            )

    @property
    def negated(self) -> bool:
        """Whether the claim is denied ("did not sign"). Dates and names never are."""
        return False

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict: the same keys for every kind, null where a kind has none."""
        return {
            "source": self.source,
            "kind": self.kind.value,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "key": self.key,
            "sentence": self.sentence.to_dict(),
            "quantity": self.quantity.to_dict() if isinstance(self, QuantityClaim) else None,
            "date": self.date.to_dict() if isinstance(self, DateClaim) else None,
            "speaker": self.speaker if isinstance(self, QuoteClaim) else None,
            "negated": self.negated,
            "measure": self.measure if isinstance(self, QuantityClaim) else None,
            "polarity": self.polarity.value if isinstance(self, AssertionClaim) else None,
            "arguments": list(self.arguments) if isinstance(self, AssertionClaim) else None,
            "subject": self.subject if isinstance(self, AssertionClaim) else None,
            "reference": self.reference.to_dict() if isinstance(self, StatementClaim) and self.reference else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Claim:
        """Rebuild a claim, of the type its ``"kind"`` names, from :meth:`to_dict` output.

        A claim of an older report whose kind is ``"other"`` reads as a :class:`StatementClaim`.
        """
        try:
            kind = _read_claim_kind(data["kind"])
            common: dict[str, Any] = {
                "source": data["source"],
                "text": data["text"],
                "start": data["start"],
                "end": data["end"],
                "key": data["key"],
                "sentence": Sentence.from_dict(data["sentence"]),
            }
            if kind is ClaimKind.QUANTITY:
                return QuantityClaim(
                    **common,
                    quantity=Quantity.from_dict(data["quantity"]),
                    negated=data["negated"],
                    measure=data.get("measure") or "",  # reports before frames have no measure
                )
            if kind is ClaimKind.DATE:
                return DateClaim(**common, date=DateMention.from_dict(data["date"]))
            if kind is ClaimKind.QUOTE:
                return QuoteClaim(**common, speaker=data["speaker"], negated=data["negated"])
            if kind is ClaimKind.ENTITY:
                return EntityClaim(**common)
            if kind is ClaimKind.ASSERTION:
                return AssertionClaim(
                    **common,
                    polarity=Polarity(data["polarity"]),
                    arguments=tuple(data["arguments"]),
                    subject=data.get("subject") or "",  # reports before subjects have none
                )
            found = data.get("reference")  # reports before references have none
            reference = Reference.from_dict(found) if found else None
            return StatementClaim(**common, negated=data["negated"], reference=reference)
        except KeyError as exc:
            raise SchemaError(f"claim lacks the key {exc.args[0]!r}") from exc
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"claim has a bad value: {exc}") from exc


@attrs.frozen(kw_only=True)
class StatementClaim(Claim):
    """A sentence, whole: one claim per sentence, which the aligner groups with the sentences
    of other sources that say the same thing (and the negation rule compares)."""

    kind: ClassVar[ClaimKind] = ClaimKind.STATEMENT
    negated: bool = False
    """True when the sentence holds a negation ("did not sign")."""
    reference: Reference | None = None
    """What the word or description that opens the sentence stands for, when it names again
    someone or something of the sentence before ("She said ..." after "Minister Ana Ruiz
    visited ..."): :func:`claimdiff.claims.references.find_references`."""


@attrs.frozen(kw_only=True)
class QuantityClaim(Claim):
    """A number-like mention; ``key`` is the noun it counts."""

    kind: ClassVar[ClaimKind] = ClaimKind.QUANTITY
    quantity: Quantity
    """The reading of the figure."""
    negated: bool = False
    """True when the figure's sentence holds a negation."""
    measure: str = ""
    """What the figure measures ("deaths", "arrested", "budget"), read from the words around it
    (:mod:`claimdiff.claims.frames`); "" when no word near it says."""


@attrs.frozen(kw_only=True)
class DateClaim(Claim):
    """A date or time expression; ``key`` is its granularity."""

    kind: ClassVar[ClaimKind] = ClaimKind.DATE
    date: DateMention
    """The reading of the date."""


@attrs.frozen(kw_only=True)
class QuoteClaim(Claim):
    """A passage in quotation marks; ``key`` is its speaker's folded name."""

    kind: ClassVar[ClaimKind] = ClaimKind.QUOTE
    speaker: str | None = None
    """Who is said to have spoken, as written in the article; None when no one is named."""
    negated: bool = False
    """True when the quoted words hold a negation."""


@attrs.frozen(kw_only=True)
class EntityClaim(Claim):
    """A name (a person, place or organisation); ``key`` is its canonical form."""

    kind: ClassVar[ClaimKind] = ClaimKind.ENTITY


@attrs.frozen(kw_only=True)
class AssertionClaim(Claim):
    """An act or state one sentence asserts: ``key`` is its predicate, a concept ("confirm",
    "approve", "find"), read from a verb, a nominalisation or a phrase ("the approval",
    "cleared the way"); ``text`` runs from the cue of its polarity to the predicate ("would
    not confirm", "no bacteria had been found") or is the predicate alone when affirmed."""

    kind: ClassVar[ClaimKind] = ClaimKind.ASSERTION
    polarity: Polarity = attrs.field(default=Polarity.AFFIRMED, converter=Polarity)
    """Whether it happened, did not, is denied, is open, is planned or is ruled out."""
    arguments: tuple[str, ...] = attrs.field(default=(), converter=_words)
    """The content words of its sentence it is about, folded, nearest the predicate first (its own
    words left out): "rejected the customers' bid for punitive damages" -> ("customer", "bid", ...)."""
    subject: str = ""
    """The surname or name its sentence opens with as its subject, folded ("fenwick" for "Dale
    Fenwick, who ..."), or "" when the sentence opens otherwise."""

    @property
    def negated(self) -> bool:
        """Whether the assertion says its act did not happen or is denied."""
        return self.polarity.answer == "no"


@attrs.frozen(kw_only=True)
class Alignment:
    """A group of claims, from two or more sources, judged to speak of the same thing."""

    kind: ClaimKind = attrs.field(converter=ClaimKind)
    """The kind shared by the claims."""
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    """The claims, in (source, offset) order."""
    score: float = 0.0
    """How sure the aligner is that they speak of the same thing, 0..100."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Return the distinct sources in the group, sorted."""
        return tuple(sorted({c.source for c in self.claims}))

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict."""
        return {
            "kind": self.kind.value,
            "score": self.score,
            "claims": [c.to_dict() for c in self.claims],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alignment:
        """Rebuild an Alignment from :meth:`to_dict` output."""
        try:
            return cls(
                kind=_read_claim_kind(data["kind"]),
                score=data["score"],
                claims=tuple(Claim.from_dict(c) for c in data["claims"]),
            )
        except KeyError as exc:
            raise SchemaError(f"alignment lacks the key {exc.args[0]!r}") from exc
        except ValueError as exc:
            raise SchemaError(f"alignment has a bad value: {exc}") from exc


def _reading(claim: Claim, kind: Kind, reason: str = "") -> str:
    """Return what a claim says in a finding of ``kind``, whoever says it: its reading.

    A quote's reading is its words (who said them is the point of an attribution finding
    only, and a pronoun's speaker depends on the paragraphs around it); in an
    ``opposite-direction`` finding a figure's reading holds the words around it ("fell 0.6%").
    """
    if isinstance(claim, QuantityClaim):
        q = claim.quantity
        turned = (_with_neighbours(claim).casefold(),) if reason == "opposite-direction" else ()
        extra = q.reading[4:]  # a measured figure's unit, a score's tallies
        bounds = (q.value, q.low, q.high, q.approximate, q.low_inclusive, q.high_inclusive)
        parts = ("q", claim.key, *bounds, *extra, *turned)
        return "\x1f".join(map(str, parts))
    if isinstance(claim, DateClaim):
        d = claim.date
        clock = () if d.clock is None else (*d.clock, d.zone)  # other dates keep the ids they had
        return "\x1f".join(map(str, ("d", d.granularity.value, d.low, d.high, d.weekday, d.part_of_day, *clock)))
    if isinstance(claim, EntityClaim) and claim.key:
        return "\x1f".join(("e", claim.key))
    if kind is Kind.QUOTE:
        return "\x1f".join(("t", fold_text(claim.text)))
    return "\x1f".join(("t", fold_text(claim.text), claim.key or "", str(claim.negated)))


_NEIGHBOUR = re.compile(r"[^\W\d_]+")


def _with_neighbours(claim: Claim) -> str:
    """Return a claim's words with the word before and after it: "fell 0.6% against"."""
    sent, lo, hi = claim.sentence, claim.start - claim.sentence.start, claim.end - claim.sentence.start
    before = _NEIGHBOUR.findall(sent.text[max(0, lo - 30) : lo])[-1:]
    after = _NEIGHBOUR.findall(sent.text[hi : hi + 30])[:1]
    return " ".join([*before, " ".join(claim.text.split()), *after])


@attrs.frozen(kw_only=True)
class Discrepancy:
    """Claims from different sources that speak of the same thing and disagree."""

    kind: Kind = attrs.field(converter=Kind)
    """What they disagree about."""
    severity: Severity = attrs.field(converter=Severity)
    """How much it matters."""
    claims: tuple[Claim, ...] = attrs.field(converter=_claims)
    """The conflicting claims, from at least two sources, in (source, offset) order."""
    reason: str = ""
    """Short machine-friendly label of the rule that fired, e.g. "approximate-vs-exact"."""
    detail: str = ""
    """Human explanation, e.g. a word-level diff of two quotes."""
    sides: tuple[Side, ...] = attrs.field(converter=_sides, default=())
    """The claims grouped by what they say, each side with its sources and independent voices
    (:mod:`claimdiff.consensus`), most voices first, then by what they say; empty in a discrepancy
    built without them."""
    timeline: tuple[TimelineEntry, ...] = attrs.field(converter=_timeline, default=())
    """For an ``update`` (a figure that grew between publication times, :mod:`claimdiff.timeline`):
    its values in the order they were published; empty otherwise."""

    @property
    def sources(self) -> tuple[str, ...]:
        """Return the distinct sources involved, sorted."""
        return tuple(sorted({c.source for c in self.claims}))

    @property
    def consensus(self) -> Consensus | None:
        """Return the side most independent voices support, the outliers or a tie; None without sides."""
        return Consensus.of(self.sides)

    @property
    def id(self) -> str:
        """Return a stable short id from the kind and the readings disagreed about.

        The id names *what* is disagreed about, not who says it: the kind and the distinct
        readings of the claims (a figure's noun and interval, a date's days, a name's key, a
        quote's folded words, and its speaker in an attribution finding). It survives re-runs, changes elsewhere in the
        articles, and another source joining one side ("11" from a third outlet), so users
        can accept a known difference by id. Two findings over the same readings in one
        report (12 vs 14 people, once for the dead and once for the injured) share an id.
        """
        parts = sorted({self.reading_of(c) for c in self.claims})
        digest = hashlib.sha1("\x1e".join([self.kind.value, *parts]).encode("utf-8", "surrogatepass")).hexdigest()
        return digest[:12]

    def reading_of(self, claim: Claim) -> str:
        """Return what ``claim`` says in this finding, whoever says it, as a comparable string.

        Claims of one side share a reading ("11 agreements" and "eleven pacts"); the sides'
        readings differ. The id is made of the distinct readings.
        """
        return _reading(claim, self.kind, self.reason)

    def describe(self) -> str:
        """Return one line for people: ``'11 agreements (000) vs a dozen agreements (003)'``.

        Claims that read the same (the same figure in other words, the same quote) stand on
        one side, joined by " / "; the sides are separated by " vs ".
        """
        sides: dict[object, dict[str, list[str]]] = {}
        for claim in self.claims:
            label = " ".join(claim.text.split())
            if isinstance(claim, QuoteClaim) and claim.speaker and self.kind in (Kind.QUOTE, Kind.ATTRIBUTION):
                label = f"{label} [{claim.speaker}]"
            reading: object = fold_text(claim.text)
            if isinstance(claim, QuantityClaim):
                q = claim.quantity
                reading = q.reading
                if self.reason == "opposite-direction":  # the same figure, told as a rise and a fall
                    label = _with_neighbours(claim)
                    reading = (reading, label.casefold())
            if self.kind is Kind.QUOTE:
                # A quote that another side contains (a partial quote) stands on that side.
                folded = fold_text(claim.text)
                reading = next((r for r in sides if isinstance(r, str) and (folded in r or r in folded)), folded)
            labels = sides.setdefault(reading, {})
            sources = labels.setdefault(label, [])
            if claim.source not in sources:
                sources.append(claim.source)
        parts = [
            " / ".join(f"{label} ({', '.join(sources)})" for label, sources in labels.items())
            for labels in sides.values()
        ]
        line = " vs ".join(parts) if parts else "(no claims)"
        head = self.kind.value if not self.reason else f"{self.kind.value}, {self.reason}"
        return f"{head}: {line}"

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict; ``consensus`` is derived from ``sides``, and a
        report without ``sides`` or ``timeline`` (written before they existed) reads as empty."""
        consensus = self.consensus
        return {
            "id": self.id,
            "kind": self.kind.value,
            "severity": self.severity.value,
            "reason": self.reason,
            "detail": self.detail,
            "description": self.describe(),
            "claims": [c.to_dict() for c in self.claims],
            "sides": [side.to_dict() for side in self.sides],
            "consensus": None if consensus is None else consensus.to_dict(),
            "timeline": [entry.to_dict() for entry in self.timeline],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Discrepancy:
        """Rebuild a Discrepancy from :meth:`to_dict` output."""
        try:
            return cls(
                kind=Kind(data["kind"]),
                severity=Severity(data["severity"]),
                reason=data["reason"],
                detail=data["detail"],
                claims=tuple(Claim.from_dict(c) for c in data["claims"]),
                sides=tuple(Side.from_dict(side) for side in data.get("sides") or ()),
                timeline=tuple(TimelineEntry.from_dict(entry) for entry in data.get("timeline") or ()),
            )
        except KeyError as exc:
            raise SchemaError(f"discrepancy lacks the key {exc.args[0]!r}") from exc
        except ValueError as exc:
            raise SchemaError(f"discrepancy has a bad value: {exc}") from exc


def _warnings(items: Iterable[str]) -> tuple[str, ...]:
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise InvalidArgument(f"warnings must be an iterable of str, got {type(items).__name__} {short_repr(items)}")
    result = tuple(items)
    for item in result:
        if not isinstance(item, str):
            raise InvalidArgument(f"warnings must hold str, got {type(item).__name__} {short_repr(item)}")
    return result


#: How many source names a Report's repr shows before it says how many more there are.
_REPR_SOURCES = 6


@attrs.frozen(kw_only=True, repr=False)
class Report:
    """What :func:`claimdiff.compare` found.

    Its repr is one short line, not the articles' texts: the sources, the discrepancies by
    severity, and how many alignments and warnings it holds.

    >>> Report(articles=[Article("reuters", "Rain."), Article("ap", "Rain.")])
    Report(sources=('reuters', 'ap'), discrepancies=0, alignments=0, warnings=0)
    """

    articles: tuple[Article, ...] = attrs.field(converter=_articles)
    """The articles compared, in the order given."""
    alignments: tuple[Alignment, ...] = attrs.field(converter=_alignments, default=())
    """Groups of claims judged to say the same thing."""
    discrepancies: tuple[Discrepancy, ...] = attrs.field(converter=_discrepancies, default=())
    """Disagreements, most important first."""
    warnings: tuple[str, ...] = attrs.field(converter=_warnings, default=())
    """Lines for people about the comparison itself, not a disagreement: the articles share
    no aligned claim (``claimdiff.errors.NO_SHARED_CLAIMS``), or an article with no text was
    compared under ``allow_empty=True``. Empty when all is well."""

    def __repr__(self) -> str:
        names = [a.source for a in self.articles]
        shown = repr(tuple(names[:_REPR_SOURCES]))
        if len(names) > _REPR_SOURCES:
            shown = f"{shown[:-1]}, ... {len(names) - _REPR_SOURCES} more)"
        found = str(len(self.discrepancies))
        if self.discrepancies:
            counts = {s: sum(1 for d in self.discrepancies if d.severity is s) for s in reversed(Severity)}
            found += " (" + ", ".join(f"{n} {s.value}" for s, n in counts.items() if n) + ")"
        return (
            f"Report(sources={shown}, discrepancies={found}, "
            f"alignments={len(self.alignments)}, warnings={len(self.warnings)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict with a fixed key order and ``"schema": 1``."""
        return {
            "schema": SCHEMA_VERSION,
            "articles": [a.to_dict() for a in self.articles],
            "alignments": [a.to_dict() for a in self.alignments],
            "discrepancies": [d.to_dict() for d in self.discrepancies],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """Rebuild a Report from :meth:`to_dict` output.

        A dict without ``"warnings"`` (written before reports had warnings) reads as a
        report without warnings.

        Raises:
            SchemaError: ``data`` is not a report of a schema version this library reads.
        """
        if not isinstance(data, Mapping):
            raise SchemaError(f"data must be a mapping from Report.to_dict(), got {short_repr(data)}")
        schema = data.get("schema")
        if schema != SCHEMA_VERSION:
            raise SchemaError(f"data has schema {short_repr(schema)}, this claimdiff reads {SCHEMA_VERSION}")
        warnings = data.get("warnings", [])
        if not isinstance(warnings, list) or not all(isinstance(w, str) for w in warnings):
            raise SchemaError(f"report warnings must be a list of str, got {short_repr(warnings)}")
        try:
            return cls(
                articles=tuple(Article.from_dict(a) for a in _require(data, "articles", "report")),
                alignments=tuple(Alignment.from_dict(a) for a in _require(data, "alignments", "report")),
                discrepancies=tuple(Discrepancy.from_dict(d) for d in _require(data, "discrepancies", "report")),
                warnings=warnings,
            )
        except TypeError as exc:
            raise SchemaError(f"data does not fit the report schema: {exc}") from exc
