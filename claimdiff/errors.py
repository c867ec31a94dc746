"""Errors and warnings raised by claimdiff.

Every error the library raises on bad input derives from :class:`ClaimdiffError`
and from the matching built-in exception, so callers can catch either::

    ClaimdiffError(Exception)
    ├── InvalidArgument(ClaimdiffError, TypeError)      wrong type for an argument
    ├── InvalidValue(ClaimdiffError, ValueError)        right type, unusable value
    │   ├── DuplicateSource(InvalidValue)               two articles share a source
    │   ├── EmptyArticle(InvalidValue)                  an article has no text left after cleaning
    │   └── UnknownOption(InvalidValue)                 unknown option or choice name
    ├── SchemaError(ClaimdiffError, ValueError)         a report dict that does not fit the schema
    ├── InputFileError(ClaimdiffError, OSError)         a file that cannot be read as an article
    └── MissingDependency(ClaimdiffError, ImportError)  an optional extra (dask) is not installed

Messages name the offending argument, show its value (``repr``, cut to 80
characters) and say what was expected.

Warnings issued with :func:`warnings.warn` (never on a :class:`~claimdiff.models.Report`,
whose ``warnings`` are plain strings) are::

    UserWarning
    └── UnusedAllowWarning                              an accepted id matches no discrepancy
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "NO_SHARED_CLAIMS",
    "ClaimdiffError",
    "DuplicateSource",
    "EmptyArticle",
    "InputFileError",
    "InvalidArgument",
    "InvalidValue",
    "MissingDependency",
    "SchemaError",
    "UnknownOption",
    "UnusedAllowWarning",
    "short_repr",
    "suggest",
]


class ClaimdiffError(Exception):
    """Root of every error claimdiff raises on bad input."""


class InvalidArgument(ClaimdiffError, TypeError):
    """An argument has the wrong type."""


class InvalidValue(ClaimdiffError, ValueError):
    """An argument has the right type but an unusable value."""


class DuplicateSource(InvalidValue):
    """Two articles passed to one comparison share a ``source`` name."""


class EmptyArticle(InvalidValue):
    """An article has no text left after cleaning, so it has nothing to compare.

    Its text is empty, white space, or only what :func:`claimdiff.clean` skips (a
    cookie banner, a dateline, a byline, share buttons). ``compare(..., allow_empty=True)``
    compares such an article anyway.

    Attributes:
        index: the article's position in the ``articles`` given, when known.
        source: the article's ``source``, when known.
    """

    def __init__(self, message: str, *, index: int | None = None, source: str | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.source = source


class UnknownOption(InvalidValue):
    """An option name or a choice (format, kind, severity) is not known."""


class SchemaError(ClaimdiffError, ValueError):
    """A serialised report does not match the schema ``Report.from_dict`` reads."""


class InputFileError(ClaimdiffError, OSError):
    """A file cannot be read as an article (missing, binary, not UTF-8, empty)."""


class MissingDependency(ClaimdiffError, ImportError):
    """An optional dependency needed by the function called is not installed."""


class UnusedAllowWarning(UserWarning):
    """An id given to accept a discrepancy (``allow=``) matches no discrepancy of the report.

    The difference it accepted is gone, or the id is mistyped or stale: remove it, or look
    the current id up in the report.
    """


#: The warning :func:`claimdiff.compare` puts on a report whose articles share no aligned claim.
NO_SHARED_CLAIMS = "the articles share no aligned claim: they may not be about the same event"


def short_repr(value: object, limit: int = 80) -> str:
    """Return ``repr(value)`` cut to ``limit`` characters.

    >>> short_repr("x" * 100)[-4:]
    'x...'
    """
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def suggest(name: str, choices: Iterable[str]) -> str:
    """Return "; did you mean 'x'?" for the closest choice, or an empty string.

    >>> suggest("htm", ["text", "json", "html"])
    "; did you mean 'html'?"
    """
    close = difflib.get_close_matches(name, sorted(choices), n=1, cutoff=0.5)
    return f"; did you mean {close[0]!r}?" if close else ""
