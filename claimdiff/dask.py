"""Compare stories on a Dask cluster: :func:`compare_bag` maps a bag of stories to report dicts.

Dask is an optional dependency (``pip install 'claimdiff[dask]'``). This module
imports it only when :func:`compare_bag` is called, so importing ``claimdiff``
or ``claimdiff.dask`` never loads it. The workers need ``claimdiff`` installed,
as they import it to run the comparisons.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .batch import compare_record
from .errors import InvalidArgument, MissingDependency, short_repr
from .options import Options

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .options import OptionsDict

__all__ = ["MissingDependency", "compare_bag"]


def _import_dask_bag() -> Any:
    try:
        return importlib.import_module("dask.bag")
    except ImportError as exc:
        raise MissingDependency(
            "claimdiff.dask.compare_bag needs dask with its bag extra; "
            "install it with: pip install 'claimdiff[dask]' (or 'dask[bag]')",
            name="dask",
        ) from exc


def compare_bag(bag: Any, *, options: Options | None = None, **kwargs: Unpack[OptionsDict]) -> Any:
    """Map a Dask bag of stories to a bag of ``(story_id, report_dict)`` pairs.

    Each ``report_dict`` is exactly ``compare(articles, options=options, **kwargs).to_dict()``. The
    bag stays lazy: call ``.compute()`` or write it out (``.map(json.dumps).to_textfiles``).
    Option names and values are checked now, on the client; story errors are raised
    by the workers when the bag is computed.

    Args:
        bag: a :class:`dask.bag.Bag` whose elements are ``(story_id, articles)`` pairs;
            articles are :class:`~claimdiff.Article` objects or dicts with ``source``,
            ``text`` and optionally ``published``.
        options: options for :func:`~claimdiff.compare` (:class:`~claimdiff.Options`).
        **kwargs: options by name, as for :func:`~claimdiff.compare`.

    Returns:
        A :class:`dask.bag.Bag` of ``(story_id, report_dict)`` pairs, one per story,
        partitioned as ``bag``.

    Raises:
        MissingDependency: dask is not installed (it is also an ``ImportError``).
        InvalidArgument: ``bag`` is not a Dask bag.
        UnknownOption: an option name, kind or severity is not known.
        InvalidValue: a threshold is out of range.

    >>> import pytest; db = pytest.importorskip("dask.bag")  # the example needs dask
    >>> stories = [("s1", [{"source": "a", "text": "40 died."}, {"source": "b", "text": "55 died."}])]
    >>> [(sid, len(r["discrepancies"])) for sid, r in compare_bag(db.from_sequence(stories)).compute()]
    [('s1', 1)]
    """
    dask_bag = _import_dask_bag()
    if not isinstance(bag, dask_bag.Bag):
        raise InvalidArgument(f"bag must be a dask.bag.Bag, got {type(bag).__name__} {short_repr(bag)}")
    opts = Options.from_keywords(kwargs, base=options, caller="compare_bag")
    return bag.map(compare_record, options=opts)
