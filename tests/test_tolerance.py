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
    ("a few hundred", "about 300"),  # a vague count covers its interval (issue 15)
    ("thousands of", "7,500"),
    ("tens of thousands of", "50,000"),
    ("several", "12"),
    ("a handful of", "four"),
    ("a couple of hundred", "250"),
    ("between 40 and 50", "45"),  # a range compares with a count of the same thing
    ("up to 90", "80"),  # a bound covers all it allows: "up to" is [0, 90]
    ("fewer than 20", "15"),
    ("81 per cent", "81.2%"),  # a whole percentage is a share rounded to the unit
    ("58 percent", "58.4 percent"),
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
    ("between 40 and 50", "55", "conflict"),
    ("a handful of", "40", "conflict"),
    ("several", "40", "conflict"),
    ("a few hundred", "2,000", "conflict"),
    ("dozens of", "300", "conflict"),
    ("up to 90", "95", "conflict"),
    ("81 per cent", "81.7%", "conflict"),  # 81.7% rounds to 82
    ("5 percent", "5.4 percent", "conflict"),  # one significant digit says no precision
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


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        ("The crown fell 0.6% against the euro.", "The crown rose 0.6% against the euro.", True),
        ("Sales rose 5% in May.", "Sales posted a 5% drop in May.", True),
        ("Sales rose 5% in May.", "Sales posted a 5% gain in May.", False),
        ("The rate rose to 3.75% in May.", "The rate fell to 3.75% in May.", False),  # a level, not a change
        ("Exports climbed 2.1% last year.", "Exports increased 2.1% last year.", False),
        # a game's margin is a lead told from either side, no change
        ("Harlow came back from two goals down in the final.", "Dunmore were two goals up in the final.", False),
        ("Index futures were 40 points down at noon.", "Index futures were 40 points up at noon.", True),
    ],
)
def test_a_change_told_as_a_rise_and_as_a_fall_is_flagged(left: str, right: str, flagged: bool) -> None:
    found = claimdiff.compare([Article("a", left), Article("b", right)]).discrepancies
    assert [d.reason for d in found] == (["opposite-direction"] if flagged else [])


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("A magnitude 6.8 earthquake struck the region on Tuesday.", "The 7.1-magnitude earthquake struck the region on Tuesday."),
        ("Takahara, 29, won the award on Sunday night.", "The 34-year-old Takahara won the award on Sunday night."),
    ],
)
def test_what_a_bare_figure_measures_comes_from_the_words_before_it(left: str, right: str) -> None:
    found = claimdiff.compare([Article("a", left), Article("b", right)]).discrepancies
    assert [(d.kind.value, d.reason) for d in found] == [("quantity", "conflict")], [d.describe() for d in found]


SHARE = "Officials said {} of the residents left the town before the storm."


@pytest.mark.parametrize(
    ("left", "right", "flagged"),
    [
        ("The firm holds a single patent on the design.", "The firm holds three patents on the design.", True),
        ("The firm holds one patent on the design.", "The firm holds a single patent on the design.", False),
        ("Okafor scored a pair of goals in the second half.", "Okafor scored three goals in the second half.", True),
        ("Okafor scored a pair of goals in the second half.", "Okafor scored two goals in the second half.", False),
        ("Not a single shot was fired at the border post.", "Two shots were fired at the border post.", True),
        # a share in words compares with a percentage: the guide's "half" / "50 percent", "a quarter" / "25%"
        (SHARE.format("half"), SHARE.format("50 percent"), False),
        (SHARE.format("a quarter"), SHARE.format("25%"), False),
        (SHARE.format("two-thirds"), SHARE.format("67 per cent"), False),
        (SHARE.format("one in five"), SHARE.format("20%"), False),
        (SHARE.format("half"), SHARE.format("30 percent"), True),
        (SHARE.format("a quarter"), SHARE.format("40%"), True),
        (SHARE.format("a third"), SHARE.format("30%"), True),
    ],
)
def test_counts_and_shares_in_words_compare_as_figures(left: str, right: str, flagged: bool) -> None:
    found = claimdiff.compare([Article("a", left), Article("b", right)]).discrepancies
    assert [(d.kind.value, d.reason) for d in found] == ([("quantity", "conflict")] if flagged else [])
