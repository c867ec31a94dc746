"""Spans of time of different acts, windows of comparison, and injuries of one severity.

Each sentence here is written for these tests: a span of time measures the act it spans, a
span after "the first ... in" is a window of comparison, "ago" dates a point back in time, and
a count of the seriously injured is a part of all the injured.
"""

from __future__ import annotations

import pytest

from claimdiff import Article, compare
from claimdiff.models import QuantityClaim
from claimdiff.pipeline import analyse


def _measures(text: str) -> dict[str, str]:
    return {c.text: c.measure for c in analyse(Article("a", text)) if isinstance(c, QuantityClaim)}


def _findings(*texts: str) -> list[tuple[str, ...]]:
    report = compare([Article(f"s{k}", t) for k, t in enumerate(texts)])
    return [tuple(c.text for c in d.claims) for d in report.discrepancies]


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The cash was taken over five years, the court heard.", "over five years", "act=taken"),
        ("The letters were hidden for six decades in a loft.", "six decades", "act=hidden"),
        ("It was the first time in four decades that the bridge shut.", "four decades", "window"),
        ("These are the worst floods in 30 years.", "30 years", "window"),
        ("It is the first strike at the port in more than twenty years.", "more than twenty years", "window"),
        ("The mill closed 40 years ago.", "40 years", "ago"),
        ("He will be released in two years.", "two years", "act=releas"),  # no superlative: no window
        ("The ferry sank two days after the collision.", "two days", "offset-after"),
        ("The hosts scored ten minutes into the second half.", "ten minutes", "offset-into"),
        ("He was jailed for two years after a short trial.", "two years", "prison term"),
        ("She must serve 20 years before parole.", "20 years", "prison term"),
        ("Six were seriously injured.", "Six", "injured@serious"),
        ("Two passengers suffered minor injuries.", "Two passengers", "injured@minor"),
        ("Eleven people were hurt in the collision.", "Eleven people", "injured"),
    ],
)
def test_spans_and_severities_read_their_measure(text: str, figure: str, measure: str) -> None:
    assert _measures(text)[figure] == measure


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the length of a prison term and the time a fraud went on
        (
            "The treasurer was jailed for seven years on Monday for fraud.",
            "The treasurer, who embezzled the funds over eleven years, was sentenced on Monday.",
        ),
        # a term in office and a window of comparison
        (
            "The mayor stepped down after 10 years in office.",
            "It was the first election in two decades without the mayor on the ballot.",
        ),
        # a point back in time and the length of a tenure
        (
            "The hospice, which she ran for nine years, closed three years ago.",
            "The hospice closed two years ago after she had run it for nine years.",
        ),
        # a distance from another act and the length of a closure
        (
            "The plane came down about 25 minutes after take-off from the island.",
            "The island's airport was closed for three hours after the plane came down.",
        ),
        # all the injured and the seriously injured
        (
            "The crash injured 30 people, five of them critically.",
            "Five people were critically hurt in the crash on the ring road.",
        ),
    ],
)
def test_spans_of_other_acts_and_parts_never_conflict(left: str, right: str) -> None:
    found = _findings(left, right)
    assert not any(("three years" in f and "nine years" in f) for f in found)
    if "hospice" not in left:
        assert found == []


def test_counts_of_one_severity_still_conflict() -> None:
    found = _findings(
        "The crash on the ring road injured 30 people. Five people were critically injured.",
        "Eight people were critically injured in the crash on the ring road.",
    )
    assert any("Eight people" in f for f in found)


def test_a_span_of_a_generic_measure_still_meets_a_span_read_from_its_act() -> None:
    found = _findings(
        "The inquiry heard evidence after a six-week hearing in the capital.",
        "The hearing in the capital lasted nine weeks, the inquiry said.",
    )
    assert any("nine weeks" in f for f in found)
