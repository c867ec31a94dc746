"""Helpers for regression suites: fail a test when articles disagree.

See also the pytest plugin (:mod:`claimdiff.pytest_plugin`): the
``claimdiff_snapshot`` fixture and the ``--claimdiff-update`` option.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InvalidArgument, short_repr

if TYPE_CHECKING:
    from .models import Article, Kind, Report, Severity

__all__ = ["assert_consistent"]


def _accepted(allow: object) -> frozenset[str]:
    if isinstance(allow, str):
        return frozenset({allow.strip()})
    if not isinstance(allow, Iterable):
        raise InvalidArgument(f"allow must be an iterable of discrepancy ids, got {short_repr(allow)}")
    ids = []
    for item in allow:
        if not isinstance(item, str):
            raise InvalidArgument(f"allow must hold discrepancy ids (str), got {short_repr(item)}")
        ids.append(item.strip())
    return frozenset(ids)


def assert_consistent(
    articles: Iterable[Article | str | os.PathLike[str]],
    *,
    allow: Iterable[str] = (),
    kinds: Iterable[Kind | str] | None = None,
    min_severity: Severity | str | None = None,
    **options: Any,
) -> Report:
    """Compare articles and raise ``AssertionError`` if any discrepancy remains.

    Args:
        articles: :class:`~claimdiff.models.Article` objects, or paths of article
            files (read with ``Article.from_path``; a plain ``str`` is a path).
        allow: ids of known, accepted discrepancies (``Discrepancy.id``); they are
            dropped before the check. A single id may be given as a str.
        kinds: report only these kinds (as for :func:`claimdiff.compare`).
        min_severity: report only discrepancies at least this severe.
        **options: further options for :func:`claimdiff.compare`.

    Returns:
        The report without the allowed discrepancies (it holds none), for further checks.

    Raises:
        AssertionError: discrepancies remain; the message is the text report
            (:func:`claimdiff.report.render_text`) with their ids.
        ClaimdiffError: bad articles or options, as from :func:`claimdiff.compare`.

    >>> from claimdiff.models import Article
    >>> same = "The ministry said 11 agreements were signed on Thursday."
    >>> report = assert_consistent([Article("a", same), Article("b", same)])
    >>> report.discrepancies
    ()
    """
    from .models import Article
    from .pipeline import compare
    from .report import render_text

    accepted = _accepted(allow)
    if isinstance(articles, (str, bytes, Article)) or not isinstance(articles, Iterable):
        raise InvalidArgument(f"articles must be an iterable of Article or paths, got {short_repr(articles)}")
    items = [a if isinstance(a, Article) else Article.from_path(a) for a in articles]
    if kinds is not None:
        options["kinds"] = kinds
    if min_severity is not None:
        options["min_severity"] = min_severity
    report = compare(items, **options)
    kept: list[Any] = [d for d in report.discrepancies if d.id not in accepted]
    report = attrs.evolve(report, discrepancies=tuple(kept))
    if report.discrepancies:
        ids = ", ".join(repr(d.id) for d in report.discrepancies)
        raise AssertionError(
            "the articles disagree:\n\n" + render_text(report) + f"\nto accept these differences, pass allow=[{ids}]"
        )
    return report
