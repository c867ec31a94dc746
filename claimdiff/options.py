"""The options of :func:`claimdiff.compare`: one frozen :class:`Options`, checked when it is made.

Every function that runs comparisons (``compare``, ``compare_many``, ``compare_bag``,
``assert_consistent``) takes ``options=Options(...)``, the same options as keywords, or both
(the keywords replace fields of ``options``). :class:`OptionsDict` spells the keywords out for
type checkers, so a misspelt or mistyped option is an error before the code runs, and still an
:class:`~claimdiff.errors.UnknownOption` with a suggestion when it runs.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import Any, TypedDict

import attrs

from .align import AlignOptions, check_score
from .diff import DiffOptions, kinds_option, severity_option
from .errors import InvalidArgument, UnknownOption, short_repr, suggest
from .models import Kind, Severity

__all__ = ["OPTIONS", "Options", "OptionsDict"]

#: The stages' own defaults, which Options takes on.
_ALIGN, _DIFF = AlignOptions(), DiffOptions()


def _check_bool(instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    """attrs validator: a flag must be a bool (``"no"`` and ``0`` are mistakes, not False)."""
    if not isinstance(value, bool):
        raise InvalidArgument(f"{attribute.name} must be a bool, got {type(value).__name__} {short_repr(value)}")


@attrs.frozen(kw_only=True)
class Options:
    """What :func:`claimdiff.compare` reports and how strictly it aligns and compares claims.

    Each field is checked when the object is made, with claimdiff's own errors:
    :class:`~claimdiff.errors.UnknownOption` for an unknown kind or severity,
    :class:`~claimdiff.errors.InvalidValue` for a threshold outside 0..100,
    :class:`~claimdiff.errors.InvalidArgument` for a value of the wrong type.

    >>> Options(kinds=["quote", "date"], min_severity="medium").min_severity
    <Severity.MEDIUM: 'medium'>
    >>> Options(sentence_threshold=140)
    Traceback (most recent call last):
    claimdiff.errors.InvalidValue: sentence_threshold must be a number from 0 to 100, got 140
    """

    kinds: frozenset[Kind] = attrs.field(default=None, converter=kinds_option)
    """Kinds to report (:class:`~claimdiff.Kind` members or their names, one or many); all when None."""
    min_severity: Severity = attrs.field(default=Severity.LOW, converter=severity_option)
    """Least severity to report (a :class:`~claimdiff.Severity` or its name)."""
    sentence_threshold: float = attrs.field(default=_ALIGN.sentence_threshold, validator=check_score)
    """Least IDF-weighted Dice overlap (0..100) of content words for two sentences to be aligned."""
    quantity_threshold: float = attrs.field(default=_ALIGN.quantity_threshold, validator=check_score)
    """Least context similarity (rapidfuzz ``token_set_ratio``) for two figures of the same noun
    in unaligned sentences to be compared; they must also share a distinctive word near the figure."""
    quote_threshold: float = attrs.field(default=_ALIGN.quote_threshold, validator=check_score)
    """Least share (percent) of the shorter quote's content words found in another quote for the
    two to be compared."""
    negation_similarity: float = attrs.field(default=_DIFF.negation_similarity, validator=check_score)
    """Least ``fuzz.ratio`` of two sentences, negation words removed, for a polarity difference to count."""
    quote_containment: float = attrs.field(default=_DIFF.quote_containment, validator=check_score)
    """Least ``fuzz.partial_ratio`` for one quote to count as contained in another (and so agree with it)."""
    allow_empty: bool = attrs.field(default=False, validator=_check_bool)
    """Compare an article with no text left after cleaning (it contributes no claim, and the report
    warns about it) instead of raising :class:`~claimdiff.errors.EmptyArticle`."""

    @classmethod
    def from_keywords(
        cls, keywords: Mapping[str, Any], *, base: Options | None = None, caller: str = "compare"
    ) -> Options:
        """Return ``base`` (the defaults when None) with the options named in ``keywords`` replaced.

        Args:
            keywords: option names and values, as given to ``compare(articles, **keywords)``.
            base: the options to start from.
            caller: the public function's name, for the message about an unknown name.

        Raises:
            UnknownOption: a name is not an option; the message suggests the closest.
            InvalidArgument: ``base`` is not an :class:`Options`, or a value has the wrong type.
            InvalidValue: a threshold is out of range.

        >>> Options.from_keywords({"min_severity": "high"}, base=Options(kinds="date")).kinds
        frozenset({<Kind.DATE: 'date'>})
        """
        unknown = sorted(set(keywords) - set(OPTIONS))
        if unknown:
            raise UnknownOption(
                f"{caller}() got an unknown option {unknown[0]!r}{suggest(unknown[0], OPTIONS)}; "
                f"options are {', '.join(sorted(OPTIONS))}"
            )
        if base is None:
            base = cls()
        elif not isinstance(base, Options):
            raise InvalidArgument(
                f"options must be a claimdiff.Options or None, got {type(base).__name__} {short_repr(base)}"
            )
        return attrs.evolve(base, **keywords) if keywords else base

    def align_options(self) -> AlignOptions:
        """Return the aligner's share of the options."""
        return AlignOptions(
            sentence_threshold=self.sentence_threshold,
            quantity_threshold=self.quantity_threshold,
            quote_threshold=self.quote_threshold,
        )

    def diff_options(self) -> DiffOptions:
        """Return the tolerance rules' share of the options."""
        return DiffOptions(
            kinds=self.kinds,
            min_severity=self.min_severity,
            negation_similarity=self.negation_similarity,
            quote_containment=self.quote_containment,
        )


#: Every option's name and the default it takes when not given; read-only (the fields of :class:`Options`).
OPTIONS: Mapping[str, object] = types.MappingProxyType({field.name: field.default for field in attrs.fields(Options)})


class OptionsDict(TypedDict, total=False):
    """The options as keywords, for type checkers: ``**kwargs: Unpack[OptionsDict]``.

    The keys and their meaning are the fields of :class:`Options`; ``compare(articles,
    **options)`` with ``options: OptionsDict`` is checked name by name.
    """

    kinds: Iterable[Kind | str] | None
    min_severity: Severity | str
    sentence_threshold: float
    quantity_threshold: float
    quote_threshold: float
    negation_similarity: float
    quote_containment: float
    allow_empty: bool
