"""Figures whose nouns make one compound worded two ways ("passenger bookings" / "bookings of passengers")."""

from __future__ import annotations

import pytest

from claimdiff import Article, compare
from claimdiff.models import Kind


def _quantity_findings(left: str, right: str) -> list[set[str]]:
    report = compare([Article(source="a", text=left), Article(source="b", text=right)])
    return [{c.text for c in d.claims} for d in report.discrepancies if d.kind is Kind.QUANTITY]


@pytest.mark.parametrize(
    ("left", "right", "figures"),
    [
        (
            "The airline said 12,000 passenger bookings were cancelled by the strike.",
            "Bookings of 21,000 passengers were cancelled by the strike, the airline said.",
            {"12,000 passenger bookings", "21,000 passengers"},
        ),
        (
            "The carmaker confirmed 1,800 job losses at the plant on Monday.",
            "The carmaker confirmed the loss of 2,300 jobs at the plant on Monday.",
            {"1,800 job losses", "2,300 jobs"},
        ),
    ],
)
def test_compound_counts_that_differ_are_flagged(left: str, right: str, figures: set[str]) -> None:
    assert any(figures <= found for found in _quantity_findings(left, right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same count in both wordings
        (
            "The airline said 12,000 passenger bookings were cancelled by the strike.",
            "Bookings of 12,000 passengers were cancelled by the strike, the airline said.",
        ),
        # two nouns that are no compound of each other: different counts of different things
        (
            "The airline said 40 flights were cancelled by the strike on Friday.",
            "The airline said 6,000 passengers were stranded by the strike on Friday.",
        ),
    ],
)
def test_no_compound_conflict(left: str, right: str) -> None:
    assert _quantity_findings(left, right) == []
