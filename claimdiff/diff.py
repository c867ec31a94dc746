"""Discrepancies: which aligned claims disagree, how, and how much it matters.

Tolerance rules, one per kind (each is a named rule in :data:`RULES`):

* **quantity**: every figure reads as an interval (``Quantity.low``/``high``). Two exact
  figures that differ, or two intervals that are disjoint, are a ``conflict`` (HIGH).
  An approximate figure covers what rounds to it at its own precision ("about 80": 75..85;
  "nearly 30": 28.5..30); against a different exact figure its interval holds but it does
  not cover ("a dozen" vs 11) it is ``approximate-vs-exact`` (MEDIUM); two approximations
  whose covered values do not meet ("some 18,000" vs "nearly 20,000") are
  ``approximations-apart`` (MEDIUM). An exact figure written with a decimal point covers
  its rounding ("$7.3bn" / "$7.31 billion"). The same value in other words ("twelve" /
  "12", "3.5 million" / "3,500,000") agrees. A bound covers all it allows ("up to 90" and
  80 agree). Figures in different units of one dimension compare after conversion, each
  exact one at its written precision, within 3% ("150 miles" and "240 km" agree, "300 km"
  conflicts); scores compare as pairs of tallies ("3-2" vs "3-1").
* **date**: every date reads as a calendar interval at its own granularity. Two dates
  conflict only when their intervals are disjoint: "Tuesday" vs "Wednesday" in articles
  of the same week (``different-day``), "March 2023" vs "May 2023" (``different-period``),
  both HIGH; or when they name parts of the same day that cannot overlap, "early hours"
  vs "evening" (``different-time-of-day``, MEDIUM). "2023" vs "March 2023" overlap: a
  difference of precision, not a conflict, and not reported. Weekdays that cannot be
  resolved (no publication date) are compared by name.
* **quote**: two quotes of one passage (:mod:`claimdiff._quotewording`) are
  ``quote-wording`` (MEDIUM), with a word-level diff in ``detail``, when the words that
  differ change what was said: a negation, a modal of another class ("will rise" / "may
  rise"), a number or a time word, even inside a passage the other quote holds; or, when
  neither holds the other, any content word. A passage of the other ("reliable security
  architecture" in "developing a reliable security architecture"), a trim with "...",
  spelling ("organise" / "organize", "non-interference" / "noninterference"),
  contractions and function words agree. Quotes credited to different people are not
  compared for wording. The same words (a whole quote, or a passage of four words or more)
  credited to two different named people or bodies are ``attribution`` (HIGH): not when the
  names are one person's ("Dr. Lena Brandvold" / "Brandvold",
  :func:`~claimdiff.claims.quotes.same_speaker`), nor a body and a person, nor when a
  speaker is unknown (no speaker, an unresolved pronoun or description).
* **entity**: two names that fill one role (:mod:`claimdiff.claims.roles`: "launched from
  Vandenberg" / "the launch from Cape Canaveral") are ``different-entity`` (HIGH, the role in
  ``detail``), and two names in the same place of aligned sentences that fill none ("signed
  by Smith in Paris" vs "signed by Jones in Paris") ``different-entity`` (MEDIUM), unless they
  are forms of one name: aliases ("U.S." / "United States", "EU" / "European Union"),
  demonyms ("Swiss" / "Switzerland"), spelling ("Kim Jong Un" / "Kim Jong-un"), a title or a
  first name more or less ("To Lam" / "President To Lam"), or the same surname; or places of
  different sizes, one of which may lie in the other ("Washington state" / "Kelso"). The
  author of one act ("the report, written by Inspector Hale" / "by Inspector Moreau") is an
  ``attribution`` (``different-author``, HIGH), as the guide has it.
* **negation**: two sentences that say the same thing word for word, except that one
  holds a negation the other lacks, are ``negation`` (HIGH).
"""

from __future__ import annotations

import decimal
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from typing import TypeVar

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ._lexicon import direction
from ._lexicon.negation import NEGATION_CUES
from ._lexicon.people import OFFICES, SAME_OFFICES
from ._quotewording import changed_words, contained, one_word_apart
from ._worddiff import mark_words, word_ops
from .align import AlignOptions, check_score
from .claims.dates import dates_apart
from .claims.negation import (
    cue_scopes,
    inherent_negations,
    is_negated,
    prefix_negations,
    reported_core,
    timed_negation,
)
from .claims.quotes import find_speaker, is_body, same_speaker, speaker_identity
from .claims.roles import fill_alike, name_roles
from .claims.sources import Credit, abbreviates, credit, same_source
from .claims.speakers import role_of
from .claims.statements import accounts_meet, act_word, forecloses, sole_acts, whole_group_ended
from .errors import InvalidArgument, short_repr
from .models import (
    Alignment,
    AssertionClaim,
    Claim,
    ClaimKind,
    DateClaim,
    Discrepancy,
    Kind,
    Quantity,
    QuantityClaim,
    QuoteClaim,
    Severity,
    StatementClaim,
)
from .words import Tokenizer, fold_quote, fold_text, has_letter, quote_overlap, spoken_text

__all__ = [
    "REPORTED_KINDS", "RULES", "DiffOptions", "compare_quantities", "find_discrepancies", "kinds_option",
    "opposed", "order_discrepancies", "quantity_detail", "severity_option", "word_diff",
]

_C = TypeVar("_C", bound=Claim)


def kinds_option(value: Iterable[Kind | str] | None) -> frozenset[Kind]:
    """Read the ``kinds`` option: kinds or their names (one, or an iterable of them); all when None.

    Raises:
        InvalidArgument: ``value`` is neither a name nor an iterable.
        UnknownOption: a name is not a kind; the message suggests the closest.

    >>> sorted(kinds_option(["Quote", Kind.DATE]))
    [<Kind.DATE: 'date'>, <Kind.QUOTE: 'quote'>]
    """
    if value is None:
        return frozenset(Kind)
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, Iterable):
        raise InvalidArgument(
            f"kinds must be a kind, its name or an iterable of them, got {type(value).__name__} {short_repr(value)}"
        )
    return frozenset(Kind.parse(item, label="kinds has an unknown kind") for item in value)


def severity_option(value: Severity | str) -> Severity:
    """Read the ``min_severity`` option: a severity or its name.

    Raises:
        UnknownOption: ``value`` is not a severity; the message suggests the closest.

    >>> severity_option("medium")
    <Severity.MEDIUM: 'medium'>
    """
    return Severity.parse(value, label="unknown min_severity")


@attrs.frozen(kw_only=True)
class DiffOptions:
    """Which discrepancies to report and how strict the rules are."""

    kinds: frozenset[Kind] = attrs.field(default=None, converter=kinds_option)
    """Kinds to report; all by default."""
    min_severity: Severity = attrs.field(default=Severity.LOW, converter=severity_option)
    """Least severity to report."""
    negation_similarity: float = attrs.field(default=90.0, validator=check_score)
    """Least ``fuzz.ratio`` of two sentences, negation words removed, to compare their polarity."""
    quote_containment: float = attrs.field(default=95.0, validator=check_score)
    """Least ``fuzz.partial_ratio`` for a quote to count as contained in another."""
    quote_overlap: float = attrs.field(default=AlignOptions().quote_threshold, validator=check_score)
    """Least share of the shorter quote's content words in the other for the two to be compared:
    quotes grouped only through a third, longer quote are different passages, not rewordings."""


def word_diff(old: str, new: str) -> str:
    """Return a word-level diff: removed words as ``[-w-]``, added words as ``{+w+}``.

    >>> word_diff("developing a reliable security architecture", "creating a credible security architecture")
    '[-developing-] {+creating+} a [-reliable-] {+credible+} security architecture'
    """
    return mark_words(word_ops(old, new), delete=("[-", "-]"), insert=("{+", "+}"))


def _order(claims: Iterable[_C]) -> tuple[_C, ...]:
    unique = {(c.source, c.start, c.end, c.kind.value): c for c in claims}
    return tuple(unique[k] for k in sorted(unique))


@attrs.frozen
class _Finding:
    kind: Kind
    severity: Severity
    claims: tuple[Claim, ...]
    reason: str
    detail: str


# --- quantity -----------------------------------------------------------------------------


def compare_quantities(a: Quantity, b: Quantity) -> tuple[Severity, str] | None:
    """Judge two figures of one thing: None when they agree, else the severity and the reason.

    >>> q = lambda t, v: Quantity(text=t, start=0, end=len(t), value=v)
    >>> compare_quantities(q("12", 12), q("19", 19))
    (<Severity.HIGH: 'high'>, 'conflict')
    """
    if a.tallies or b.tallies:  # "3-2" vs "3-1": a score is one reading, compared whole
        return None if a.overlaps(b) else (Severity.HIGH, "conflict")
    if a.converts_to(b):
        return _compare_converted(a, b)
    if _rounded_alike(a, b):
        return None
    if not a.overlaps(b):
        return Severity.HIGH, "conflict"
    if a.value is None or b.value is None:
        return _approximate_vs_range(a, b)
    if float(a.value) == float(b.value):
        return None
    if a.approximate and b.approximate:
        (alo, ahi), (blo, bhi) = _covered(a), _covered(b)
        if ahi < blo or bhi < alo:  # "some 18,000" and "nearly 20,000": neither rounds into the other
            return Severity.MEDIUM, "approximations-apart"
        return None
    if a.approximate or b.approximate:
        approx, exact = (a, b) if a.approximate else (b, a)
        low, high = _covered(approx)
        if low <= float(exact.value) <= high:  # type: ignore[arg-type]
            return None
        return Severity.MEDIUM, "approximate-vs-exact"
    return Severity.HIGH, "conflict"


def _approximate_vs_range(a: Quantity, b: Quantity) -> tuple[Severity, str] | None:
    """Judge an approximate figure against a range: "roughly $19.8 billion" does not round into
    "$19.1bn-$19.4bn", though its loose bounds may reach it; "about 45" covers "40 to 50".

    >>> q = lambda t, v, lo, hi, ap: Quantity(text=t, start=0, end=len(t), value=v, low=lo, high=hi, approximate=ap)
    >>> _approximate_vs_range(q("about 80", 80, 72, 88, True), q("60 to 70", None, 60, 70, False))
    (<Severity.MEDIUM: 'medium'>, 'approximate-vs-exact')
    """
    approx, other = (a, b) if a.value is not None else (b, a)
    if not approx.approximate or approx.value is None or other.value is not None or other.approximate:
        return None
    low, high = _covered(approx)
    other_low, other_high = other.bounds()
    if not (math.isfinite(other_low) and math.isfinite(other_high)) or (low <= other_high and other_low <= high):
        return None
    return Severity.MEDIUM, "approximate-vs-exact"


def _compare_converted(a: Quantity, b: Quantity) -> tuple[Severity, str] | None:
    """Compare two figures in different units of one dimension, after conversion.

    Each figure stands for what its words allow, an exact one read at its written precision
    (:meth:`Quantity.written_interval`), converted to the base unit with the conversion
    tolerance (:meth:`Quantity.in_base_unit`): "150 miles" (241.4 km) agrees with "240 km"
    and "241 km" and conflicts with "300 km"; "about 550 km" agrees with "about 340 miles".
    An approximate figure that misses the other one is a MEDIUM finding, as in one unit.
    """
    if not a.overlaps(b):
        return Severity.HIGH, "conflict"
    if a.value is None or b.value is None:
        return None
    (alo, ahi), (blo, bhi) = (q.in_base_unit(*(_covered(q) if q.approximate else q.written_interval())) for q in (a, b))
    if alo <= bhi and blo <= ahi:
        return None
    if a.approximate and b.approximate:
        return Severity.MEDIUM, "approximations-apart"
    return Severity.MEDIUM, "approximate-vs-exact"


def _rounded_alike(a: Quantity, b: Quantity) -> bool:
    """Return whether two exact figures are one value at two precisions.

    An unmarked figure is rounded at the precision it is written at: "$7.3bn" covers
    "$7.31 billion". Only a figure written with a decimal point and at least two significant
    digits says its precision; "$0.6bn" and "$640 million", "140" and "141" differ. A share
    is no count: a whole percentage of two digits or more is one rounded to the unit ("81
    per cent" covers "81.2%"), while "140" people are exactly 140.
    """
    if a.approximate or b.approximate or a.value is None or b.value is None:
        return False
    (unit, coarse), (fine_unit, fine) = sorted(((_precision(a), a), (_precision(b), b)), key=lambda p: -p[0])
    if not (_DECIMAL.search(coarse.text) or coarse.unit in _ROUNDED_UNITS) or unit <= fine_unit:
        return False
    digits = decimal.Decimal(repr(coarse.value)).normalize().as_tuple().digits
    if len(digits) < 2:
        return False
    return abs(float(fine.value) - float(coarse.value)) <= unit / 2  # type: ignore[arg-type]


#: A figure written with a decimal point ("$7.3bn", "51.3%"): its precision is deliberate.
_DECIMAL = re.compile(r"\d[.,]\d")
#: Units of a share, which a whole figure gives rounded: "58 per cent" is 58.4% told plainly.
_ROUNDED_UNITS = frozenset({"percent"})
#: How far below N "nearly N", "almost N" and "just under N" reach (GOLD_GUIDE: about 5%).
_NEARLY = 0.05


def _precision(q: Quantity) -> float:
    """Return the unit of the last significant digit of a figure's value: 10 for 80, 0.1 for 4.8."""
    if q.value is None or not math.isfinite(float(q.value)):
        return 0.0
    exponent = decimal.Decimal(repr(q.value)).normalize().as_tuple().exponent
    return 10.0 ** exponent if isinstance(exponent, int) else 0.0


def _covered(q: Quantity) -> tuple[float, float]:
    """Return the values an approximate figure covers: what rounds to it at its own precision.

    "about 80" covers 75..85 (within its interval), "about 4.8 billion" 4.75..4.85 billion,
    "nearly 30" 28.5..30, "a dozen" 11.5..12.5 (so 11 misses it). A fraction in words has no
    digit to round at, so an approximate one covers the span its words allow: "about a third"
    0.30..0.37 (so "35 percent" is within it). A bound covers all it
    allows, as the guide compares bounds as bounds: "more than 300" (300, inf), "up to $90
    million" [0, 90 million], so "$80 million" is within it.
    """
    low, high = q.bounds()
    if q.value is None or q.kind == "fraction":  # "about a third": no digit to round at, its words' span
        return low, high
    value = float(q.value)
    if low < value < high:
        half = _precision(q) / 2
        return max(low, value - half), min(high, value + half)
    if high == value and low < value and q.low is not None:  # "nearly N" reaches a little under N
        return max(low, value * (1 - _NEARLY) if value > 0 else low), high
    return low, high


_WORD = re.compile(r"[^\W\d_]+")


def _direction(c: QuantityClaim) -> int:
    """Return +1 when the figure is a rise ("rose 0.6%", "a 0.6% gain"), -1 a fall, 0 neither.

    Up to three words before the figure are read, and the one word after it; a level marker
    in between ("rose to 3.75%", "fell from 4%") makes the figure a level, not a change. A
    game's margin ("two goals up") has no direction: one side's lead is the other's deficit.
    """
    if c.quantity.unit in direction.MARGIN_UNITS:
        return 0  # a lead, told from either side
    sent = c.sentence
    at = c.start - sent.start
    back = max(0, at - 40)
    # a figure among figures has no word before it: the letter test is cheaper than the pattern
    before = [w.casefold() for w in _WORD.findall(sent.text, back, at)] if has_letter(sent.text, back, at) else []
    for word in reversed(before[-3:]):
        if word in direction.LEVEL_MARKERS:
            break
        if word in direction.RISE_BEFORE:
            return 1
        if word in direction.FALL_BEFORE:
            return -1
    after = _WORD.match(sent.text, c.end - sent.start + 1)  # the word after one space
    word = after.group().casefold() if after is not None else ""
    return 1 if word in direction.RISE_AFTER else -1 if word in direction.FALL_AFTER else 0


def _direction_rule(claims: Sequence[QuantityClaim]) -> _Finding | None:
    """Flag the same change told as a rise by some sources and as a fall by others."""
    directions = [_direction(c) for c in claims]
    if 1 not in directions or -1 not in directions:
        return None  # most groups: no claim-keyed table (a claim's hash reads every field)
    signs = dict(zip(claims, directions, strict=True))  # equal claims kept once, as before
    ups = [c for c, sign in signs.items() if sign > 0]
    downs = [c for c, sign in signs.items() if sign < 0]
    if not ups or not downs or not opposed(ups, downs):
        return None
    if not any(u.quantity.overlaps(d.quantity) for u in ups for d in downs):
        return None  # different figures: the figure rule speaks for them
    involved = _order([*ups, *downs])
    detail = "; ".join(f"{c.source}: {c.text!r} {'rose' if signs[c] > 0 else 'fell'}" for c in involved)
    return _Finding(Kind.QUANTITY, Severity.HIGH, involved, "opposite-direction", detail)


def _quantity_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    readings: dict[tuple[object, ...], list[QuantityClaim]] = {}
    for c in group.claims:
        if not isinstance(c, QuantityClaim):
            continue
        q = c.quantity
        readings.setdefault(q.reading, []).append(c)
    keys = sorted(readings, key=repr) if len(readings) > 1 else list(readings)
    worst: tuple[Severity, str] | None = None
    involved: list[QuantityClaim] = []
    for x, ka in enumerate(keys):
        for kb in keys[x + 1 :]:
            ca, cb = readings[ka], readings[kb]
            if not opposed(ca, cb):
                continue
            verdict = compare_quantities(ca[0].quantity, cb[0].quantity)
            if verdict is None:
                continue
            involved.extend(ca + cb)
            if worst is None or verdict[0] > worst[0]:
                worst = verdict
    if worst is None or len({c.source for c in involved}) < 2:
        turned = _direction_rule([c for c in group.claims if isinstance(c, QuantityClaim)])
        return [] if turned is None else [turned]
    claims = _order(involved)
    return [_Finding(Kind.QUANTITY, worst[0], claims, worst[1], quantity_detail(claims))]


def quantity_detail(claims: Iterable[QuantityClaim]) -> str:
    """Return the ``detail`` of a figure finding: what each claim reads as, in order.

    >>> from claimdiff.models import Sentence
    >>> s = Sentence("12 died.", 0, 8)
    >>> quantity_detail([QuantityClaim(source="a", text="12", start=0, end=2, sentence=s,
    ...                                quantity=Quantity(text="12", start=0, end=2, value=12))])
    "a: '12' reads as 12"
    """
    return "; ".join(f"{c.source}: {c.text!r} reads as {_describe_quantity(c.quantity)}" for c in claims)


def _describe_quantity(q: Quantity) -> str:
    if not q.approximate and q.low is None and q.high is None:
        return f"{q.value}"
    if q.value is None:
        low = "-inf" if q.low is None else f"{q.low}"
        high = "inf" if q.high is None else f"{q.high}"
        return f"[{low}, {high}]"
    low = "-inf" if q.low is None else f"{q.low}"
    high = "inf" if q.high is None else f"{q.high}"
    about = "about " if q.approximate else ""
    return f"{about}{q.value} [{low}, {high}]"


# --- date ---------------------------------------------------------------------------------

#: Severity of each reason :func:`~claimdiff.claims.dates.dates_apart` gives.
_DATE_SEVERITY = {
    "different-time": Severity.HIGH,
    "different-day": Severity.HIGH,
    "different-period": Severity.HIGH,
    "different-time-of-day": Severity.MEDIUM,
}


def _compare_dates(a: DateClaim, b: DateClaim) -> tuple[Severity, str] | None:
    reason = dates_apart(a.date, b.date)
    return None if reason is None else (_DATE_SEVERITY[reason], reason)


def opposed(left: Sequence[Claim], right: Sequence[Claim]) -> bool:
    """Return whether two readings are told by different sources, against each other.

    A discrepancy is a disagreement *between sources*: some source must give the left
    reading without the right one, and another the right without the left. A source that
    gives both (two figures of one noun for two things, two quotes) speaks of two things,
    and never makes a conflict on its own, nor does an exact copy of it.
    """
    ls, rs = {c.source for c in left}, {c.source for c in right}
    return not ls <= rs and not rs <= ls


def _buckets(claims: Iterable[_C], signature: Callable[[_C], Hashable]) -> list[list[_C]]:
    """Group claims whose readings are identical, so each distinct pair is judged once."""
    buckets: dict[Hashable, list[_C]] = {}
    for claim in claims:
        buckets.setdefault(signature(claim), []).append(claim)
    return list(buckets.values())


def _pairwise_rule(
    claims: Sequence[_C],
    compare: Callable[[_C, _C], tuple[Severity, str] | None],
    kind: Kind,
    signature: Callable[[_C], Hashable],
) -> list[_Finding]:
    """Judge every pair of distinct readings from different sources; report the worst verdict."""
    buckets = _buckets(claims, signature)
    worst: tuple[Severity, str] | None = None
    involved: list[_C] = []
    for x, left in enumerate(buckets):
        for right in buckets[x + 1 :]:
            if not opposed(left, right):
                continue
            verdict = compare(left[0], right[0])
            if verdict is None:
                continue
            involved.extend((*left, *right))
            if worst is None or verdict[0] > worst[0]:
                worst = verdict
    if worst is None:
        return []
    return [_Finding(kind, worst[0], _order(involved), worst[1], "")]


def _date_signature(c: DateClaim) -> Hashable:
    d = c.date
    return (d.granularity, d.low, d.high, d.weekday, d.part_of_day, d.clock, d.zone)


def _date_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    dates = [c for c in group.claims if isinstance(c, DateClaim)]
    return _pairwise_rule(dates, _compare_dates, Kind.DATE, _date_signature)


# --- quote and attribution ----------------------------------------------------------------


def _quote_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    spoken = {id(c): spoken_text(c.text) for c in group.claims}  # a passage split by its tag is whole
    buckets = _buckets(group.claims, lambda c: (fold_quote(spoken[id(c)]), c.key, _office_of(c)))
    passages = [spoken[id(b[0])] for b in buckets]
    folded = [fold_quote(p) for p in passages]
    words = [set(tok(p)) for p in passages]
    speakers = [_speaker_of(b[0]) for b in buckets]
    offices = [_office_of(b[0]) for b in buckets]
    held = [_role_held(b[0]) for b in buckets]  # the role a named speaker is given beside the quote

    def contains(x: int, y: int) -> bool:
        return contained(passages[x], passages[y], opts.quote_containment)

    wording: list[tuple[int, int]] = []
    attribution: list[tuple[int, int]] = []
    for x, left in enumerate(buckets):
        for y in range(x + 1, len(buckets)):
            right = buckets[y]
            if not opposed(left, right):
                continue
            fa, fb = folded[x], folded[y]
            if fa != fb and quote_overlap(words[x], words[y]) < opts.quote_overlap and not _swapped(left[0], right[0]):
                continue
            verdict = "same" if fa == fb else _compare_quotes(passages[x], passages[y], contains(x, y), opts)
            others = (
                _different_speakers(speakers[x], speakers[y])
                or _different_offices(offices[x], offices[y])
                or _different_offices(offices[x], held[y])
                or _different_offices(held[x], offices[y])
            )
            if others and (_names_outside(left[0], speakers[y]) or _names_outside(right[0], speakers[x])):
                others = False  # "said Agnes Callamard, head of Amnesty International" / "Amnesty said"
            if others and (verdict == "same" or (_nearly_same(passages[x], passages[y]))):
                attribution.append((x, y))  # the same words, or nearly ("badly let down" / "let down")
            elif verdict == "wording" and not others:
                wording.append((x, y))
    findings: list[_Finding] = []
    for family, counterparts in _quote_families(wording, buckets, contains):
        shown = max(family, key=lambda i: (len(folded[i]), -i))
        other = min(counterparts)
        involved = _order(c for i in (*family, *counterparts) for c in buckets[i])
        passage_first = min(_claim_key(c) for i in family for c in buckets[i]) <= min(
            _claim_key(c) for i in counterparts for c in buckets[i]
        )
        detail = _wording_detail(passages[shown], passages[other], passage_first)
        findings.append(_Finding(Kind.QUOTE, Severity.MEDIUM, involved, "quote-wording", detail))
    if attribution:
        involved = _order(c for x, y in attribution for c in (*buckets[x], *buckets[y]))
        named = ", ".join(
            sorted({f"{c.speaker} ({c.source})" for c in involved if isinstance(c, QuoteClaim) and c.speaker})
        )
        findings.append(
            _Finding(Kind.ATTRIBUTION, Severity.HIGH, involved, "different-speaker", f"attributed to {named}")
        )
    return findings


def _swapped(a: Claim, b: Claim) -> bool:
    """Return whether two quotes are one speaker's short phrase with one word swapped
    ("very low" / "very serious"): too short to share the words the overlap test needs."""
    if not isinstance(a, QuoteClaim) or not isinstance(b, QuoteClaim):
        return False
    who = speaker_identity(a.key, a.speaker)  # a name, or a definite description ("the minister")
    same = bool(who) and who == speaker_identity(b.key, b.speaker)
    return same and one_word_apart(spoken_text(a.text), spoken_text(b.text))


def _speaker_of(c: Claim) -> str:
    """Return the name a quote is credited to, '' when unknown (no speaker, a description)."""
    return c.speaker or "" if isinstance(c, QuoteClaim) and c.key else ""


def _office_of(c: Claim) -> str:
    """Return the office a quote is credited to when it names no one ("the mayor said"): a
    role one person holds (:data:`OFFICES`), with its rank ("deputy mayor"); '' otherwise."""
    if not isinstance(c, QuoteClaim) or c.key or not c.speaker:
        return ""
    role = role_of(_PRINCIPAL.split(c.speaker, maxsplit=1)[0])  # "a spokeswoman for the mayor": not the mayor
    role = SAME_OFFICES.get(role, role)
    return role if role in OFFICES or role.partition(" ")[2] in OFFICES else ""


#: What turns a role into someone else's: "a spokeswoman for the mayor", "an aide to the governor".
_PRINCIPAL = re.compile(r"\s(?:for|to)\s")


def _role_held(c: Claim) -> str:
    """Return the role a named speaker is given where their quote is told ("Police chief Omar
    Diallo described it as ...": chief), so that an office quoted elsewhere ("the mayor said")
    can be told from them; '' for none, or for a speaker not named."""
    if not isinstance(c, QuoteClaim) or not c.key or not c.speaker:
        return ""
    text = c.sentence.text
    found = find_speaker(text, [(c.start - c.sentence.start, c.end - c.sentence.start)])
    if found is None or c.speaker not in found[0]:
        return ""
    before = _CLAUSE_BREAK.split(text[: found[1]].rstrip().rstrip(","))[-1].split()[-_ROLE_REACH:]
    after = _CLAUSE_BREAK.split(text[found[2] :].lstrip(","))[0].split() if text[found[2] :].startswith(",") else []
    role = role_of(" ".join([*before, found[0], *after[:_ROLE_REACH]]))
    return SAME_OFFICES.get(role, role)


#: Where a clause around a speaker's name ends: "Police chief Omar Diallo", "Ruth Kane, the mayor,".
_CLAUSE_BREAK = re.compile(r"[,;:\"\u201c\u201d()]")
#: Most words read before and after a speaker's name for the role it is given.
_ROLE_REACH = 4


def _different_offices(a: str, b: str) -> bool:
    """Return whether two offices are two people's: "the mayor" and "the governor", "the
    mayor" and "the deputy mayor".

    >>> _different_offices("mayor", "governor"), _different_offices("mayor", "mayor"), _different_offices("mayor", "")
    (True, False, False)
    """
    return bool(a and b and a != b)


def _different_speakers(a: str, b: str) -> bool:
    """Return whether two named speakers are different people: both known, not one person
    by :func:`~claimdiff.claims.quotes.same_speaker`, and not a body and a person (a police
    force and its officer speak for one another)."""
    if not a or not b or same_speaker(a, b):
        return False
    return is_body(a) == is_body(b)


def _names_outside(quote: Claim, name: str) -> bool:
    """Return whether a quote's sentence names someone outside the quoted words: a body and its
    head, a person and their employer are credited together ("said Agnes Callamard, head of
    Amnesty International" names Amnesty International)."""
    if not name:
        return False
    sentence = quote.sentence
    outside = f"{sentence.text[: quote.start - sentence.start]} {sentence.text[quote.end - sentence.start :]}"
    return any(
        not outside[at - 1 : at].isalnum() and not outside[at + len(name) : at + len(name) + 1].isalnum()
        for at in _occurrences(outside, name)
    )


def _occurrences(text: str, part: str) -> list[int]:
    """Return where ``part`` starts in ``text``, every time."""
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found


def _compare_quotes(a: str, b: str, contained: bool, opts: DiffOptions) -> str:
    """Judge two quotes of one passage: 'same' words (one holds the other, or only spelling,
    contractions or function words differ), 'agree' (a close paraphrase: contained, with
    only content words drifting) or 'wording' (the words that carry what was said differ:
    a negation, a modal, a number, a time word; or, when neither holds the other, any
    noun, verb or other content word)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    strong, content = changed_words(short, long)
    if strong or (content and not contained):
        return "wording"
    if content:
        return "agree"
    if fuzz.ratio(fold_quote(a), fold_quote(b)) >= opts.quote_containment:
        return "same"
    return "same" if contained and len(fold_quote(short).split()) >= _MIN_SHARED_WORDS else "agree"


#: Least words of a passage quoted inside a longer one for the two to count as the same words
#: of two speakers: a short phrase ("a historic day") is anyone's.
_MIN_SHARED_WORDS = 4
#: Least words of the shorter of two quotes that differ in a content word or two (a close
#: paraphrase) for them to count as one speaker's words credited to two: a sentence, not a phrase.
_MIN_NEAR_WORDS = 6


#: Least similarity (rapidfuzz ratio of the folded quotes) of two quotes that are nearly the same words.
_NEAR_RATIO = 85.0


def _nearly_same(a: str, b: str) -> bool:
    """Return whether two quotes are nearly the same words: a sentence long
    (:data:`_MIN_NEAR_WORDS`), alike (:data:`_NEAR_RATIO`), and no word that differs carries a
    negation, a modal, a number, a time, a scope or an opposite sense.

    >>> told = "The traders have been let down by this council"
    >>> _nearly_same(told, told.replace("been", "been badly")), _nearly_same(told, told.replace("been", "not been"))
    (True, False)
    """
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    if len(short.split()) < _MIN_NEAR_WORDS or fuzz.ratio(fold_quote(a), fold_quote(b)) < _NEAR_RATIO:
        return False
    return not changed_words(short, long)[0]


def _claim_key(claim: Claim) -> tuple[str, int, int]:
    """Where a claim stands in a finding: findings list their claims by source, then offset."""
    return (claim.source, claim.start, claim.end)


def _wording_detail(passage: str, counterpart: str, passage_first: bool) -> str:
    """Diff a reworded passage with the words of its counterpart that match it, in the order the
    report lists them: from the side whose first claim comes first (by source) to the other, as
    the ``describe()`` line reads left to right."""
    window = _matching_window(passage, counterpart)
    return word_diff(passage, window) if passage_first else word_diff(window, passage)


def _matching_window(short: str, long: str) -> str:
    """Return the part of ``long`` that best matches ``short``, in whole words with one word
    of context each side, so a short passage is diffed against its counterpart, not a whole
    long quote."""
    if len(long) <= 1.5 * len(short):
        return long
    found = fuzz.partial_ratio_alignment(short.casefold(), long.casefold())
    if found is None:
        return long
    start, end = found.dest_start, found.dest_end
    for _ in range(2):  # out to the word boundary, then one word more of context
        while start > 0 and long[start - 1].isspace():
            start -= 1
        while start > 0 and not long[start - 1].isspace():
            start -= 1
        while end < len(long) and long[end].isspace():
            end += 1
        while end < len(long) and not long[end].isspace():
            end += 1
    return long[start:end].strip()


def _quote_families(
    pairs: Sequence[tuple[int, int]], buckets: Sequence[Sequence[Claim]], contains: Callable[[int, int], bool]
) -> list[tuple[list[int], list[int]]]:
    """Split reworded-quote pairs into one finding per passage.

    In each pair the quote with fewer words is the passage and the other its counterpart;
    passages contained in one another ("reliable security architecture" in "developing a
    reliable security architecture") are one family. A long quote that rewords two separate
    passages yields two findings, each readable on its own.
    """
    def size(i: int) -> tuple[int, int]:
        return (len(spoken_text(buckets[i][0].text).split()), i)

    sides: dict[int, set[int]] = defaultdict(set)
    for x, y in pairs:
        short, long = (x, y) if size(x) <= size(y) else (y, x)
        sides[short].add(long)
    shorts = sorted(sides)
    family_of = {i: i for i in shorts}
    for a_pos, a in enumerate(shorts):
        for b in shorts[a_pos + 1 :]:
            if family_of[b] == b and contains(a, b):
                family_of[b] = family_of[a]
    families: dict[int, list[int]] = defaultdict(list)
    for i in shorts:
        families[family_of[i]].append(i)
    out = []
    for members in families.values():
        counterparts = sorted({j for i in members for j in sides[i]} - set(members))
        if counterparts:
            out.append((members, counterparts))
    return out


# --- entity -------------------------------------------------------------------------------


def _entity_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    def compare(a: Claim, b: Claim) -> tuple[Severity, str] | None:
        # an abbreviation and its name are one: "ECB" / "European Central Bank"
        if fill_alike(a, b) or abbreviates(a.text, b.text) or abbreviates(b.text, a.text):
            return None
        return Severity.MEDIUM, "different-entity"

    return [_with_role(f) for f in _pairwise_rule(group.claims, compare, Kind.ENTITY, lambda c: c.key)]


def _with_role(finding: _Finding) -> _Finding:
    """Name the role the differing names fill, read from their sentences ("at:launch": the
    launch site), and make the finding high: different names in one role are a hard conflict.
    Names linked only by the place they stand in their sentences keep a medium finding."""
    counts = Counter(
        role
        for c in finding.claims
        for role in name_roles(c.sentence.text, c.start - c.sentence.start, c.end - c.sentence.start)
    )
    if not counts:
        return finding
    role = min(counts, key=lambda r: (-counts[r], r))
    names = "; ".join(f"{c.source}: {c.text!r}" for c in finding.claims)
    kind, reason = _ACT_ROLES.get(":".join(role.split(":")[:2]), (Kind.ENTITY, finding.reason))  # by:authorship:bill
    return attrs.evolve(finding, kind=kind, reason=reason, severity=Severity.HIGH, detail=f"{role}: {names}")


#: Roles that credit an act rather than fill a place: the guide calls "the report, written by
#: Inspector Hale" vs "by Inspector Moreau" an attribution, not an entity discrepancy.
_ACT_ROLES: dict[str, tuple[Kind, str]] = {"by:authorship": (Kind.ATTRIBUTION, "different-author")}
#: Reasons of the findings about names, whichever kind they are.
_NAME_REASONS = frozenset({"different-entity", "different-author"})


# --- attribution of told and reported words ----------------------------------------------


def _source_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    """Sentences that credit the same words to two different sources (:mod:`claimdiff.claims.sources`):
    "The mayor said the water was safe" / "The chief engineer said the water was safe";
    "According to the coastguard, the boat capsized" / "The boat capsized, the harbour master
    said"; "A study by Oxford University found ..." / "A Harvard study found ...". Not when one
    source is named two ways, nor when a bare name meets a description."""

    read: dict[tuple[str, str], tuple[Credit, list[str]] | None] = {}  # read once per sentence, not per pair

    def credited(c: Claim) -> tuple[Credit, list[str]] | None:
        ref = c.reference if isinstance(c, StatementClaim) else None
        key = (c.text, ref.antecedent if ref is not None else "")
        if key not in read:
            found = credit(c.text)
            if found is not None and ref is not None and found.source.casefold() == ref.text.casefold():
                # "She said ...": who "she" is; "The minister said": "minister Lena Brandvold"
                role = ref.text.split(" ", 1)[1] if " " in ref.text else ""
                named = f"{role} {ref.antecedent}".strip()
                found = attrs.evolve(found, source=named)
            read[key] = None if found is None else (found, _credited_words(found.content, tok))
        return read[key]

    def compare(a: Claim, b: Claim) -> tuple[Severity, str] | None:
        ca, cb = credited(a), credited(b)
        if ca is None or cb is None or not ca[1] or ca[1] != cb[1]:
            return None
        return (Severity.HIGH, "different-source") if same_source(ca[0].source, cb[0].source) is False else None

    return _pairwise_rule(group.claims, compare, Kind.ATTRIBUTION, lambda c: c.text)


#: Least words of a credited passage of small words only ("We did all we could") for its
#: words to stand for it.
_MIN_PLAIN_WORDS = 4


def _credited_words(content: str, tok: Tokenizer) -> list[str]:
    """The words that tell what a sentence credits: its content words, or all its words when it
    has none and is long enough to be someone's own ("We did all we could")."""
    words = tok(content, keep_numbers=True)
    if words:
        return words
    plain = [w.strip(".,;:!?\"'\u201c\u201d").casefold() for w in content.split()]
    return plain if len(plain) >= _MIN_PLAIN_WORDS else []


def _drop_source_repeats(findings: list[_Finding]) -> list[_Finding]:
    """Drop different-source findings over sentences another attribution finding (a quote's
    speaker, an act's author) already reports."""
    told = {
        (c.source, c.sentence.start)
        for f in findings
        if f.kind is Kind.ATTRIBUTION and f.reason != "different-source"
        for c in f.claims
    }
    return [
        f
        for f in findings
        if f.reason != "different-source" or not all((c.source, c.sentence.start) in told for c in f.claims)
    ]


# --- negation -----------------------------------------------------------------------------

def _negation_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    def apart(x: str, y: str, x_cue: bool, y_cue: bool) -> bool:
        """Whether two near copies differ in polarity: a cue, a negating prefix ("unsafe") or a
        word that negates in itself ("absent"); a cue on one side only must negate a word the
        other side tells (:func:`_scope_told`)."""
        wx, wy = (tok(NEGATION_CUES.sub(" ", t), keep_numbers=True) for t in (x, y))
        x_denies = x_cue ^ ((prefix_negations(wx, wy) + inherent_negations(wx, wy)) % 2 == 1)
        y_denies = y_cue ^ ((prefix_negations(wy, wx) + inherent_negations(wy, wx)) % 2 == 1)
        if x_denies == y_denies or fuzz.ratio(" ".join(wx), " ".join(wy)) < opts.negation_similarity:
            return False
        if x_cue == y_cue:
            return True
        cued, words, other = (x, wx, wy) if x_cue else (y, wy, wx)
        return not timed_negation(cued) and _scope_told(cued, words, other, tok)

    def compare(a: Claim, b: Claim) -> tuple[Severity, str] | None:
        denials = (_denies(a), _denies(b))
        if apart(a.text, b.text, *denials) or (
            _reports_apart(a, b) and apart(reported_core(a.text), reported_core(b.text), *denials)
        ):
            return Severity.HIGH, "affirmed-vs-denied"
        return None

    return _pairwise_rule(group.claims, compare, Kind.NEGATION, lambda c: (_denies(c), c.text))


#: Most content words of a near copy whose words are aligned to read a cue's scope: a sentence
#: of thousands of words (a scraped table) is taken as telling it, so the cost stays bounded.
_ALIGNED_WORDS = 200


def _scope_told(text: str, words: Sequence[str], other: Sequence[str], tok: Tokenizer) -> bool:
    """Whether a near copy's other side (``other``, its content words) tells what a cue of
    ``text`` (content words ``words``) negates (:func:`~claimdiff.claims.negation.cue_scopes`):
    a negated word that the alignment of the two word lists keeps or replaces ("did not
    stop" / "stopped"; "was not informed" / "was told"), not one only ``text`` holds ("No one
    was hurt when a cylinder exploded" / "A cylinder exploded at 7pm" tell no injury). A cue
    that negates no word read ("has yet to") is taken as told."""
    negated = frozenset(tok(" ".join(cue_scopes(text)), keep_numbers=True))
    if not negated or max(len(words), len(other)) > _ALIGNED_WORDS:
        return True
    ops = Levenshtein.opcodes(words, other)
    return not negated.isdisjoint(words[k] for op in ops if op.tag != "delete" for k in range(op.src_start, op.src_end))


#: "has yet to resign" says what "has not yet resigned" says: not done, so far.
_YET_TO = re.compile(r"\byet\s+to\b", re.IGNORECASE)


def _reports_apart(a: Claim, b: Claim) -> bool:
    """Whether two sentences whose polarity differs hold it in what they report, not in a frame
    of reporting (:func:`~claimdiff.claims.negation.reported_core`): "The victim knew his
    attacker, detectives said" / "Detectives said the victim did not know his attacker", but
    not "Police said ..." / "Police did not say ..."."""
    cores = [reported_core(c.text) for c in (a, b)]
    if cores == [a.text, b.text]:
        return False
    denials = [_denies(c) for c in (a, b)]
    return denials == [is_negated(core) or _YET_TO.search(core) is not None for core in cores]


def _denies(c: Claim) -> bool:
    """Whether a sentence's claim is denied: a negation cue, or "yet to" ("has yet to resign")."""
    return c.negated or _YET_TO.search(c.text) is not None


#: What two answers to "did it happen?" make, when they differ: (reason, severity).
_ANSWERS_APART = {
    frozenset(("yes", "no")): ("affirmed-vs-negated", Severity.HIGH),
    frozenset(("yes", "open")): ("affirmed-vs-open", Severity.MEDIUM),
    frozenset(("no", "open")): ("negated-vs-open", Severity.MEDIUM),
    frozenset(("later", "never")): ("planned-vs-ruled-out", Severity.HIGH),
    frozenset(("later", "open")): ("planned-vs-open", Severity.MEDIUM),
    frozenset(("later", "no")): ("planned-vs-refused", Severity.HIGH),
    frozenset(("yes", "never")): ("affirmed-vs-ruled-out", Severity.MEDIUM),
    frozenset(("open", "never")): ("open-vs-ruled-out", Severity.MEDIUM),
}


def _compare_assertions(
    a: AssertionClaim, b: AssertionClaim, *, sole: bool = False, named: bool = False
) -> tuple[Severity, str] | None:
    """Judge two assertions of one act: one affirmed and the other negated, denied or open
    ("found" / "no bacteria had been found"); two affirmed antonyms ("confirmed" / "denied");
    a general act not done against a specific one done ("has not ruled on" / "granted")."""
    how = accounts_meet(a, b, least=AlignOptions().assertion_arguments, sole=sole, named=named)
    if not how and whole_group_ended(a, b):
        how = "antonym"  # "both men remain at large" / "Kealy was recaptured"
    if not how:
        return None
    answers = {a.polarity.answer, b.polarity.answer}
    if how == "antonym" and (forecloses(a, b) or forecloses(b, a)):
        return Severity.HIGH, "planned-vs-ruled-out"  # "will go ahead" / "has been cancelled"
    if how == "antonym":
        # two acts done, or two plans of one time ("will remain open" / "would shut")
        return (Severity.HIGH, "opposite-acts") if answers in ({"yes"}, {"later"}) else None
    apart = _ANSWERS_APART.get(frozenset(answers))
    if apart is None or (how == "general" and "yes" not in answers):
        return None
    return apart[1], apart[0]


def _assertion_rule(group: Alignment, opts: DiffOptions, tok: Tokenizer) -> list[_Finding]:
    claims = [c for c in group.claims if isinstance(c, AssertionClaim)]
    sole = sole_acts(claims)  # one account of the act in each source: one shared word will do

    def compare(a: AssertionClaim, b: AssertionClaim) -> tuple[Severity, str] | None:
        named = {(a.source, act_word(a)), (b.source, act_word(b))} <= sole
        return _compare_assertions(a, b, sole={(a.source, a.key), (b.source, b.key)} <= sole, named=named)

    return _pairwise_rule(
        claims,
        compare,
        Kind.NEGATION,
        lambda c: (c.key, c.polarity, fold_text(c.text), c.arguments, c.subject),
    )


#: The rules, as data: (name, kind of alignment it reads, rule).
RULES: tuple[tuple[str, ClaimKind, Callable[[Alignment, DiffOptions, Tokenizer], list[_Finding]]], ...] = (
    ("quantity", ClaimKind.QUANTITY, _quantity_rule),
    ("date", ClaimKind.DATE, _date_rule),
    ("quote", ClaimKind.QUOTE, _quote_rule),
    ("entity", ClaimKind.ENTITY, _entity_rule),
    ("negation", ClaimKind.STATEMENT, _negation_rule),
    ("source", ClaimKind.STATEMENT, _source_rule),
    ("assertion", ClaimKind.ASSERTION, _assertion_rule),
)

#: The kinds of discrepancy the rules report, in the order of :class:`Kind`: the quote rule
#: reports both ``QUOTE`` (other words) and ``ATTRIBUTION`` (another speaker). ``Kind.OTHER``
#: is reserved: no rule reports it, so the command line does not offer it (``--kinds``).
REPORTED_KINDS: tuple[Kind, ...] = (
    Kind.QUANTITY, Kind.DATE, Kind.QUOTE, Kind.ENTITY, Kind.ATTRIBUTION, Kind.NEGATION,
)


def _drop_speaker_names(findings: list[_Finding]) -> list[_Finding]:
    """Drop entity findings that only restate an attribution finding: the differing names
    are the speakers of the differently attributed quote."""
    speakers = {
        (c.source, c.sentence.start, c.speaker)
        for f in findings
        if f.kind is Kind.ATTRIBUTION
        for c in f.claims
        if isinstance(c, QuoteClaim) and c.speaker
    }
    if not speakers:
        return findings
    return [
        f
        for f in findings
        if f.kind is not Kind.ENTITY
        or not all(any((c.source, c.sentence.start) == (src, start) and _names_speaker(c.text, who)
                       for src, start, who in speakers) for c in f.claims)
    ]


def _names_speaker(name: str, speaker: str) -> bool:
    """Return whether a name is (a form of) a speaker's: "Chief Executive Nadia Kerr" / "Nadia Kerr"."""
    return name in speaker or same_speaker(name, speaker)


def _drop_quoted_denials(findings: list[_Finding]) -> list[_Finding]:
    """Drop negation findings that only restate a quote finding: the negation that differs
    lies inside the quotes the quote finding reports ('Strand said: "We are not on a fixed
    course"' vs '"We are on a fixed course"' is one quote finding, not also a negation)."""
    quoted: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    for f in findings:
        if f.kind is Kind.QUOTE:
            for c in f.claims:
                quoted[(c.source, c.sentence.start)].append((c.start, c.end))
    if not quoted:
        return findings

    def outside(c: Claim) -> str | None:
        """The words of a claim's sentence outside the quotes a quote finding reports."""
        spans = quoted.get((c.source, c.sentence.start))
        if not spans:
            return None
        text, cut = c.sentence.text, c.sentence.start
        for start, end in sorted(spans, reverse=True):
            text = text[: start - cut] + " " + text[end - cut :]
        return text

    def restates(f: _Finding) -> bool:
        rest = [outside(c) for c in f.claims]
        polarity = {NEGATION_CUES.search(r) is None for r in rest if r is not None}
        return None not in rest and len(polarity) == 1

    return [f for f in findings if f.kind is not Kind.NEGATION or not restates(f)]


def _sentences_of(f: _Finding) -> set[tuple[str, int]]:
    return {(c.source, c.sentence.start) for c in f.claims}


def _restated(f: _Finding, other: _Finding) -> bool:
    """Return whether another finding sets every claim of an assertion finding against the
    others: it holds a claim that overlaps each ("Not a single shot was fired" / "Two shots
    were fired"), not merely another claim of their sentences ("Takahara, 29, did not attend"
    / "the 34-year-old ... on stage": an age and an attendance)."""
    return all(
        any(c.source == o.source and c.start < o.end and o.start < c.end for o in other.claims) for c in f.claims
    )


def _one_report_per_act(findings: list[_Finding]) -> list[_Finding]:
    """Report each disagreement between sentences once.

    An assertion finding all of whose sentences another finding already sets against each other
    ("Not a single shot was fired" / "Two shots were fired": a figure; a near-copy negation)
    is dropped; assertion findings that share a sentence ("have not signed the border
    agreement": the signing and the agreement) become one, of the worst severity.
    """
    asserted = [f for f in findings if f.claims and all(isinstance(c, AssertionClaim) for c in f.claims)]
    if not asserted:
        return findings
    others = [f for f in findings if not any(f is a for a in asserted)]
    kept: list[tuple[_Finding, set[tuple[str, int]]]] = []
    for f in sorted(asserted, key=lambda f: (-f.severity.rank, f.claims[0].source, f.claims[0].start)):
        mine = _sentences_of(f)
        if any(_restated(f, g) for g in others):
            continue
        for k, (g, theirs) in enumerate(kept):
            if not mine.isdisjoint(theirs):
                kept[k] = (attrs.evolve(g, claims=_order((*g.claims, *f.claims))), theirs | mine)
                break
        else:
            kept.append((f, mine))
    return others + [f for f, _ in kept]


def _drop_entity_repeats(findings: list[_Finding]) -> list[_Finding]:
    """Drop a finding about names whose names another such finding holds too: names that stand
    in one place of two aligned sentences often fill one role as well, and are one conflict."""
    names = {
        x: frozenset((c.source, c.start, c.end) for c in f.claims)
        for x, f in enumerate(findings)
        if f.reason in _NAME_REASONS
    }
    holding: dict[tuple[str, int, int], list[int]] = defaultdict(list)
    for x, mine in names.items():
        for claim in mine:
            holding[claim].append(x)
    repeats = {
        x
        for x, mine in names.items()
        if any(y != x and (mine < names[y] or (mine == names[y] and y < x)) for y in holding[min(mine)])
    }
    return [f for x, f in enumerate(findings) if x not in repeats]


def find_discrepancies(
    alignments: Sequence[Alignment], *, options: DiffOptions | None = None
) -> tuple[Discrepancy, ...]:
    """Apply the tolerance rules to every alignment and return the discrepancies.

    Args:
        alignments: groups from :func:`claimdiff.align.align_claims`.
        options: which kinds and severities to report, and rule thresholds.

    Returns:
        Discrepancies, most severe first, then by their first claim's source (by name) and
        position; the order does not depend on the order of the sources.

    >>> find_discrepancies(())
    ()
    """
    opts = options or DiffOptions()
    if not isinstance(opts, DiffOptions):
        raise InvalidArgument(f"options must be a DiffOptions, got {short_repr(opts)}")
    findings: list[_Finding] = []
    tok = Tokenizer()
    for _name, kind, rule in RULES:
        for group in alignments:
            if group.kind is kind:
                findings.extend(rule(group, opts, tok))
    findings = _drop_source_repeats(findings)
    findings = _one_report_per_act(_drop_quoted_denials(_drop_entity_repeats(_drop_speaker_names(findings))))
    found = [Discrepancy(kind=f.kind, severity=f.severity, claims=f.claims, reason=f.reason, detail=f.detail)
             for f in findings]
    return order_discrepancies(found, options=opts)


def order_discrepancies(
    discrepancies: Iterable[Discrepancy], *, options: DiffOptions | None = None
) -> tuple[Discrepancy, ...]:
    """Return the discrepancies of the kinds and severities ``options`` report, each once (by
    kind and claims), most severe first, then by their first claim's source (by name) and
    position: an order that does not depend on the order of the sources.

    >>> order_discrepancies([])
    ()
    """
    opts = options or DiffOptions()
    out: dict[tuple[object, ...], Discrepancy] = {}
    for d in discrepancies:
        if d.kind not in opts.kinds or d.severity < opts.min_severity:
            continue
        # an update and a conflict over the same claims are two findings (claimdiff.timeline)
        out.setdefault((d.kind.value, tuple((c.source, c.start, c.end) for c in d.claims), bool(d.timeline)), d)

    def position(d: Discrepancy) -> tuple[object, ...]:
        first = d.claims[0]
        return (-d.severity.rank, first.source, first.start, d.kind.value, d.id)

    return tuple(sorted(out.values(), key=position))
