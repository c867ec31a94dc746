"""Every model pickles and unpickles equal: process pools, Dask and Spark ship them between processes."""

from __future__ import annotations

import pickle

import pytest

import claimdiff
from claimdiff import Article, Claim, ClaimKind, DateClaim, Kind, QuantityClaim, Report
from claimdiff.pipeline import analyse

from .conftest import SEEDS

PROTOCOLS = range(2, pickle.HIGHEST_PROTOCOL + 1)


@pytest.fixture(scope="module")
def report() -> Report:
    # 000 (Reuters) and 003 disagree on the agreements count and both date the visit.
    return claimdiff.compare([Article.from_path(SEEDS / name) for name in (
        "000_67dde2332e213a7d.txt", "003_a62b60f1638a424a.txt")])


def _claims(report: Report) -> list[Claim]:
    return [c for group in (*report.alignments, *report.discrepancies) for c in group.claims]


def _first(items, what):
    for item in items:
        if item is not None:
            return item
    pytest.fail(f"the report of two seeds holds no {what}")


def _quantity(report: Report, claims: list[Claim]) -> object:
    """A Quantity from the report's claims or, if none was aligned, from the stage itself."""
    found = [c.quantity for c in claims if isinstance(c, QuantityClaim)]
    return found[0] if found else _first(iter(claimdiff.find_quantities(report.articles[0].text)), "quantity")


def _date(report: Report, claims: list[Claim]) -> object:
    found = [c.date for c in claims if isinstance(c, DateClaim)]
    text = report.articles[0].text
    return found[0] if found else _first(iter(claimdiff.find_dates(text)), "date mention")


@pytest.fixture(scope="module")
def objects(report: Report) -> dict[str, object]:
    claims = _claims(report)
    return {
        "Article": report.articles[0],
        "Sentence": claims[0].sentence,
        "Quantity": _quantity(report, claims),
        "DateMention": _date(report, claims),
        **{type(c).__name__: c for c in reversed(analyse(report.articles[0]))},  # the first claim of each type
        "Alignment": _first(iter(report.alignments), "alignment"),
        "Discrepancy": _first(iter(report.discrepancies), "discrepancy"),
        "Report": report,
        "Kind": Kind.QUOTE,
        "ClaimKind": ClaimKind.STATEMENT,
        "Severity": claimdiff.Severity.HIGH,
    }


@pytest.mark.parametrize("protocol", PROTOCOLS)
@pytest.mark.parametrize(
    "name", ["Article", "Sentence", "Quantity", "DateMention", "StatementClaim", "QuantityClaim", "DateClaim",
             "QuoteClaim", "EntityClaim", "Alignment", "Discrepancy", "Report", "Kind", "ClaimKind", "Severity"]
)
def test_model_round_trips(objects, name, protocol) -> None:
    obj = objects[name]
    assert type(obj).__name__ == name
    back = pickle.loads(pickle.dumps(obj, protocol=protocol))
    assert back == obj
    assert type(back) is type(obj)
    assert hash(back) == hash(obj)


def test_every_claim_of_the_report_round_trips(report) -> None:
    for claim in _claims(report):
        assert pickle.loads(pickle.dumps(claim)) == claim


def test_report_dict_survives_pickle(report) -> None:
    data = report.to_dict()
    back = pickle.loads(pickle.dumps(report))
    assert back.to_dict() == data
    assert list(back.to_dict()) == list(data)


@pytest.mark.parametrize(
    "error",
    ["ClaimdiffError", "InvalidArgument", "InvalidValue", "DuplicateSource", "UnknownOption", "SchemaError",
     "InputFileError"],
)
def test_errors_round_trip(error) -> None:
    """A worker's error reaches the parent process with its type and message."""
    exc = getattr(claimdiff, error)("story 's1': articles must hold at least two articles")
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
