"""claimdiff: compare news articles about the same event and report where their claims disagree.

>>> import claimdiff
>>> a = claimdiff.Article(source="a", text="The two sides signed 11 agreements on Tuesday.")
>>> b = claimdiff.Article(source="b", text="The two sides signed a dozen agreements on Tuesday.")
>>> report = claimdiff.compare([a, b])
>>> [d.kind.value for d in report.discrepancies]
['quantity']

The names are loaded on first use, so ``import claimdiff`` stays cheap (the pytest
plugin imports it in every test run of a project that installs claimdiff).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .batch import compare_many
    from .claims.dates import find_dates
    from .claims.quantities import find_quantities
    from .errors import (
        ClaimdiffError,
        DuplicateSource,
        EmptyArticle,
        InputFileError,
        InvalidArgument,
        InvalidValue,
        MissingDependency,
        SchemaError,
        UnknownOption,
        UnusedAllowWarning,
    )
    from .models import (
        Alignment,
        Article,
        Claim,
        Cleaning,
        DateMention,
        Discrepancy,
        Granularity,
        Kind,
        Quantity,
        Report,
        Sentence,
        Severity,
        Skip,
    )
    from .pipeline import compare
    from .segment import split_sentences
    from .text import clean

__version__ = "0.1.0"

_LAZY = {
    "Alignment": "models",
    "Article": "models",
    "Claim": "models",
    "ClaimdiffError": "errors",
    "Cleaning": "models",
    "DateMention": "models",
    "Discrepancy": "models",
    "DuplicateSource": "errors",
    "EmptyArticle": "errors",
    "Granularity": "models",
    "InputFileError": "errors",
    "InvalidArgument": "errors",
    "InvalidValue": "errors",
    "Kind": "models",
    "MissingDependency": "errors",
    "Quantity": "models",
    "Report": "models",
    "SchemaError": "errors",
    "Sentence": "models",
    "Severity": "models",
    "Skip": "models",
    "UnknownOption": "errors",
    "UnusedAllowWarning": "errors",
    "clean": "text",
    "compare": "pipeline",
    "compare_many": "batch",
    "find_dates": "claims.dates",
    "find_quantities": "claims.quantities",
    "split_sentences": "segment",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
