"""Helpers for regression suites: fail a test when articles disagree.

See also the pytest plugin (:mod:`claimdiff.pytest_plugin`): the
``claimdiff_snapshot`` fixture and the ``--claimdiff-update`` option.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .errors import NO_SHARED_CLAIMS, InvalidArgument, UnusedAllowWarning, short_repr

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .models import Article, Report
    from .options import Options, OptionsDict

__all__ = ["assert_consistent"]


def _accepted(allow: object) -> tuple[str, ...]:
    """Return the accepted ids, stripped, without repeats, in the order given."""
    if isinstance(allow, str):
        return (allow.strip(),)
    if not isinstance(allow, Iterable):
        raise InvalidArgument(f"allow must be an iterable of discrepancy ids, got {short_repr(allow)}")
    ids = []
    for item in allow:
        if not isinstance(item, str):
            raise InvalidArgument(f"allow must hold discrepancy ids (str), got {short_repr(item)}")
        ids.append(item.strip())
    return tuple(dict.fromkeys(ids))


def _check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(f"{name} must be a bool, got {type(value).__name__} {short_repr(value)}")
    return value


def assert_consistent(
    articles: Iterable[Article | str | os.PathLike[str]],
    *,
    allow: Iterable[str] = (),
    require_overlap: bool = True,
    accept_outliers_below: int = 0,
    options: Options | None = None,
    **kwargs: Unpack[OptionsDict],
) -> Report:
    """Compare articles and raise ``AssertionError`` if any discrepancy remains.

    Two articles about different events share no claim, so they cannot disagree: by
    default that fails too, since "no discrepancy" would pass by accident.

    Args:
        articles: :class:`~claimdiff.models.Article` objects, or paths of article
            files (read with ``Article.from_path``; a plain ``str`` is a path).
        allow: ids of known, accepted discrepancies (``Discrepancy.id``); they are
            dropped before the check. A single id may be given as a str. An id that
            matches no discrepancy of the report issues an
            :class:`~claimdiff.errors.UnusedAllowWarning` (it is stale or mistyped).
        require_overlap: fail when the articles share no aligned claim (the report's warning
            :data:`~claimdiff.errors.NO_SHARED_CLAIMS`); pass False when that is expected.
        accept_outliers_below: drop the discrepancies with a consensus whose outliers have fewer
            independent voices (``Discrepancy.consensus``): 2 accepts one lone voice; not a tie.
        options: options for :func:`claimdiff.compare` (:class:`~claimdiff.Options`).
        **kwargs: options by name, as for :func:`claimdiff.compare`: ``kinds`` and
            ``min_severity`` filter what must be consistent; with ``allow_empty=True`` an
            empty article (and an empty file given by path) is compared instead of
            raising :class:`~claimdiff.errors.EmptyArticle`.

    Returns:
        The report without the allowed discrepancies (it holds none), for further checks.

    Raises:
        AssertionError: discrepancies remain, or the articles share no aligned claim
            and ``require_overlap`` is True; the message is the text report
            (:func:`claimdiff.report.render_text`) with the discrepancies' ids.
        EmptyArticle: an article has no text left after cleaning and ``allow_empty``
            is False.
        ClaimdiffError: bad articles or options, as from :func:`claimdiff.compare`.

    >>> from claimdiff.models import Article
    >>> same = "The ministry said 11 agreements were signed on Thursday."
    >>> report = assert_consistent([Article("a", same), Article("b", same)])
    >>> report.discrepancies
    ()
    """
    __tracebackhide__ = True  # pytest shows the caller's assertion, not this helper's source
    from .options import Options
    from .pipeline import compare

    accepted = _accepted(allow)
    _check_bool("require_overlap", require_overlap)
    below = _outlier_voices(accept_outliers_below)
    opts = Options.from_keywords(kwargs, base=options, caller="assert_consistent")
    report = _drop_allowed(compare(_articles(articles, opts.allow_empty), options=opts), accepted)
    report = _drop_minor_outliers(report, below)
    _fail_unless_consistent(report, require_overlap)
    return report


def _articles(articles: object, allow_empty: bool) -> list[Article]:
    """Return the articles given, reading each path with ``Article.from_path``."""
    from .models import Article

    if isinstance(articles, (str, bytes, Article)) or not isinstance(articles, Iterable):
        raise InvalidArgument(f"articles must be an iterable of Article or paths, got {short_repr(articles)}")
    return [a if isinstance(a, Article) else Article.from_path(a, allow_empty=allow_empty) for a in articles]


def _fail_unless_consistent(report: Report, require_overlap: bool) -> None:
    """Raise ``AssertionError`` with the text report if discrepancies remain or nothing overlaps."""
    __tracebackhide__ = True
    from .report import render_text

    if require_overlap and NO_SHARED_CLAIMS in report.warnings:
        raise AssertionError(
            f"{NO_SHARED_CLAIMS}, so they cannot be checked for consistency:\n\n"
            + render_text(report)
            + "\nif the articles are not meant to overlap, pass require_overlap=False"
        )
    if report.discrepancies:
        ids = ", ".join(repr(d.id) for d in report.discrepancies)
        raise AssertionError(
            "the articles disagree:\n\n" + render_text(report) + f"\nto accept these differences, pass allow=[{ids}]"
        )


def _drop_allowed(report: Report, accepted: tuple[str, ...]) -> Report:
    """Return the report without the accepted discrepancies; warn of each id that matches none."""
    found = {d.id for d in report.discrepancies}
    for ident in accepted:
        if ident not in found:
            warnings.warn(
                f"allow id {short_repr(ident)} matches no discrepancy of the report; "
                "remove it if the difference is gone, or check the id",
                UnusedAllowWarning,
                stacklevel=3,  # the caller of assert_consistent
            )
    dropped = set(accepted)
    kept: list[Any] = [d for d in report.discrepancies if d.id not in dropped]
    return attrs.evolve(report, discrepancies=tuple(kept))


def _outlier_voices(value: object) -> int:
    from .consensus import check_voices

    return check_voices(value, name="accept_outliers_below")


def _drop_minor_outliers(report: Report, below: int) -> Report:
    """Return the report without the discrepancies whose outliers have fewer than ``below`` voices."""
    from .consensus import outliers_below

    if not below:
        return report
    kept = tuple(d for d in report.discrepancies if not outliers_below(d, below))
    return attrs.evolve(report, discrepancies=kept)
