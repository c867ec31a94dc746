"""Figures that agree and figures that do not, by the annotation guide's rounding and bound rules.

Each case is two sentences that differ only in how one figure is written; the comparison
goes through ``compare()``, so reading, alignment and the rule are all exercised.
"""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff import Article

AGREE = [
    ("about 61 percent", "61.4 percent"),  # an approximate figure covers what rounds to it
    ("about 80", "84"),
    ("nearly 30 percent", "29 percent"),  # nearly N reaches about 5% below N
    ("nearly 1,900", "1,870"),
    ("roughly 2.5 million", "2,480,000"),
    ("about $4.8 billion", "$4.83 billion"),
    ("$7.3bn", "$7.31 billion"),  # an unmarked figure is rounded at its written precision
    ("8.2 million", "8,195,000"),
    ("2.5 million", "2,500,000"),
    ("more than 300", "312"),  # bounds are compared as bounds
    ("at least 14", "14"),
    ("up to $90 million", "$90 million"),
    ("twelve", "12"),
    ("some 420", "more than 400"),  # two approximations that can meet
    ("about 4 percent", "roughly four percent"),
    ("17%", "17 per cent"),
]

DISAGREE = [
    ("11", "a dozen", "approximate-vs-exact"),  # a dozen is 12 in words
    ("about 80", "86", "approximate-vs-exact"),
    ("$640 million", "$0.6bn", "conflict"),  # one significant digit says no precision
    ("140", "141", "conflict"),
    ("more than 10 percent", "nearly 10 percent", "conflict"),  # (10, inf) and [9.5, 10)
    ("fewer than 20", "20", "conflict"),
    ("11", "15", "conflict"),
    ("some 18,000", "nearly 20,000", "approximations-apart"),  # 17,500..18,500 and 19,000..20,000
]


def _pair(left: str, right: str) -> tuple[Article, Article]:
    template = "Officials said {} people were evacuated from the valley on Tuesday."
    return Article("a", template.format(left)), Article("b", template.format(right))


@pytest.mark.parametrize(("left", "right"), AGREE)
def test_figures_that_agree_are_not_flagged(left: str, right: str) -> None:
    found = claimdiff.compare(_pair(left, right)).discrepancies
    assert found == (), [d.describe() for d in found]


@pytest.mark.parametrize(("left", "right", "reason"), DISAGREE)
def test_figures_that_disagree_are_flagged(left: str, right: str, reason: str) -> None:
    found = claimdiff.compare(_pair(left, right)).discrepancies
    assert [(d.kind.value, d.reason) for d in found] == [("quantity", reason)], [d.describe() for d in found]
