"""Errors raised by claimdiff.

Every error the library raises on bad input derives from :class:`ClaimdiffError`
and from the matching built-in exception, so callers can catch either::

    ClaimdiffError(Exception)
    ├── InvalidArgument(ClaimdiffError, TypeError)      wrong type for an argument
    ├── InvalidValue(ClaimdiffError, ValueError)        right type, unusable value
    │   ├── DuplicateSource(InvalidValue)               two articles share a source
    │   └── UnknownOption(InvalidValue)                 unknown option or choice name
    ├── SchemaError(ClaimdiffError, ValueError)         a report dict that does not fit the schema
    ├── InputFileError(ClaimdiffError, OSError)         a file that cannot be read as an article
    └── MissingDependency(ClaimdiffError, ImportError)  an optional extra (dask) is not installed

Messages name the offending argument, show its value (``repr``, cut to 80
characters) and say what was expected.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = [
    "ClaimdiffError",
    "DuplicateSource",
    "InputFileError",
    "InvalidArgument",
    "InvalidValue",
    "MissingDependency",
    "SchemaError",
    "UnknownOption",
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


class UnknownOption(InvalidValue):
    """An option name or a choice (format, kind, severity) is not known."""


class SchemaError(ClaimdiffError, ValueError):
    """A serialised report does not match the schema ``Report.from_dict`` reads."""


class InputFileError(ClaimdiffError, OSError):
    """A file cannot be read as an article (missing, binary, not UTF-8, empty)."""


class MissingDependency(ClaimdiffError, ImportError):
    """An optional dependency needed by the function called is not installed."""


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
