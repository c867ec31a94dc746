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
    # "as" marks each name as re-exported for type checkers (mypy --strict, pyright).
    from .batch import compare_many as compare_many
    from .claims.dates import find_dates as find_dates
    from .claims.quantities import find_quantities as find_quantities
    from .errors import ClaimdiffError as ClaimdiffError
    from .errors import DuplicateSource as DuplicateSource
    from .errors import EmptyArticle as EmptyArticle
    from .errors import InputFileError as InputFileError
    from .errors import InvalidArgument as InvalidArgument
    from .errors import InvalidValue as InvalidValue
    from .errors import MissingDependency as MissingDependency
    from .errors import SchemaError as SchemaError
    from .errors import UnknownOption as UnknownOption
    from .errors import UnusedAllowWarning as UnusedAllowWarning
    from .models import Alignment as Alignment
    from .models import Article as Article
    from .models import AssertionClaim as AssertionClaim
    from .models import Claim as Claim
    from .models import ClaimKind as ClaimKind
    from .models import Cleaning as Cleaning
    from .models import Consensus as Consensus
    from .models import DateClaim as DateClaim
    from .models import DateMention as DateMention
    from .models import Discrepancy as Discrepancy
    from .models import EntityClaim as EntityClaim
    from .models import Granularity as Granularity
    from .models import Kind as Kind
    from .models import Polarity as Polarity
    from .models import Quantity as Quantity
    from .models import QuantityClaim as QuantityClaim
    from .models import QuoteClaim as QuoteClaim
    from .models import Report as Report
    from .models import Sentence as Sentence
    from .models import Severity as Severity
    from .models import Side as Side
    from .models import Skip as Skip
    from .models import StatementClaim as StatementClaim
    from .models import TimelineEntry as TimelineEntry
    from .options import Options as Options
    from .pipeline import compare as compare
    from .segment import split_sentences as split_sentences
    from .text import clean as clean

__version__ = "0.1.0"

_LAZY = {
    "Alignment": "models",
    "Article": "models",
    "Claim": "models",
    "ClaimKind": "models",
    "ClaimdiffError": "errors",
    "Cleaning": "models",
    "Consensus": "models",
    "DateClaim": "models",
    "DateMention": "models",
    "Discrepancy": "models",
    "DuplicateSource": "errors",
    "EmptyArticle": "errors",
    "AssertionClaim": "models",
    "EntityClaim": "models",
    "Granularity": "models",
    "InputFileError": "errors",
    "InvalidArgument": "errors",
    "InvalidValue": "errors",
    "Kind": "models",
    "Polarity": "models",
    "MissingDependency": "errors",
    "Options": "options",
    "Quantity": "models",
    "QuantityClaim": "models",
    "QuoteClaim": "models",
    "Report": "models",
    "SchemaError": "errors",
    "Sentence": "models",
    "Severity": "models",
    "Side": "models",
    "Skip": "models",
    "StatementClaim": "models",
    "TimelineEntry": "models",
    "UnknownOption": "errors",
    "UnusedAllowWarning": "errors",
    "clean": "text",
    "compare": "pipeline",
    "compare_many": "batch",
    "find_dates": "claims.dates",
    "find_quantities": "claims.quantities",
    "split_sentences": "segment",
}

__all__ = [
    "Alignment",
    "Article",
    "AssertionClaim",
    "Claim",
    "ClaimKind",
    "ClaimdiffError",
    "Cleaning",
    "Consensus",
    "DateClaim",
    "DateMention",
    "Discrepancy",
    "DuplicateSource",
    "EmptyArticle",
    "EntityClaim",
    "Granularity",
    "InputFileError",
    "InvalidArgument",
    "InvalidValue",
    "Kind",
    "MissingDependency",
    "Options",
    "Polarity",
    "Quantity",
    "QuantityClaim",
    "QuoteClaim",
    "Report",
    "SchemaError",
    "Sentence",
    "Severity",
    "Side",
    "Skip",
    "StatementClaim",
    "TimelineEntry",
    "UnknownOption",
    "UnusedAllowWarning",
    "clean",
    "compare",
    "compare_many",
    "find_dates",
    "find_quantities",
    "split_sentences",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'claimdiff' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
