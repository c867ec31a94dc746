"""The public surface: __all__ is complete, sorted and every name resolves."""

from __future__ import annotations

import subprocess
import sys

import pytest

import claimdiff

CONTRACT = {
    "Article", "Report", "Discrepancy", "Claim", "Kind", "Sentence", "Quantity",
    "compare", "split_sentences", "find_quantities", "ClaimdiffError",
}


def test_all_is_sorted_and_unique() -> None:
    assert claimdiff.__all__ == sorted(set(claimdiff.__all__))


def test_contract_names_are_exported() -> None:
    assert set(claimdiff.__all__) >= CONTRACT


@pytest.mark.parametrize("name", claimdiff.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(claimdiff, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        claimdiff.nope  # noqa: B018


def test_import_is_cheap() -> None:
    """``import claimdiff`` loads no stage module (the pytest plugin imports it in every run)."""
    code = "import sys, claimdiff; print(sorted(m for m in sys.modules if m.startswith('claimdiff')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['claimdiff']"


def test_errors_inherit_builtins() -> None:
    assert issubclass(claimdiff.InvalidArgument, TypeError)
    assert issubclass(claimdiff.InvalidValue, ValueError)
    assert issubclass(claimdiff.InputFileError, OSError)
    assert issubclass(claimdiff.MissingDependency, ImportError)
    for name in ("InvalidArgument", "InvalidValue", "DuplicateSource", "UnknownOption", "SchemaError",
                 "MissingDependency"):
        assert issubclass(getattr(claimdiff, name), claimdiff.ClaimdiffError)


def test_issue13_empty_article_error_and_unused_allow_warning() -> None:
    import claimdiff.errors

    assert issubclass(claimdiff.EmptyArticle, claimdiff.InvalidValue)
    assert issubclass(claimdiff.EmptyArticle, ValueError)
    assert issubclass(claimdiff.UnusedAllowWarning, UserWarning)
    assert not issubclass(claimdiff.UnusedAllowWarning, claimdiff.ClaimdiffError)
    assert {"EmptyArticle", "UnusedAllowWarning"} <= set(claimdiff.__all__)
    doc = claimdiff.errors.__doc__ or ""
    assert "EmptyArticle(InvalidValue)" in doc and "UnusedAllowWarning" in doc


def test_empty_article_error_keeps_index_and_source_through_pickle() -> None:
    import pickle

    error = claimdiff.EmptyArticle("articles[1] (source 'b') has no text", index=1, source="b")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.index, again.source) == (str(error), 1, "b")
