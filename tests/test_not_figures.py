"""Numbers that are part of a name count nothing, so they make no figure claim (issue 15)."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff import Article, QuantityClaim
from claimdiff.pipeline import analyse


def _figures(text: str) -> list[str]:
    return [c.text for c in analyse(Article("a", text)) if isinstance(c, QuantityClaim)]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("COVID-19 cases rose to 40 in the city.", ["40"]),
        ("The Boeing 737 crashed, killing 132 people.", ["132 people"]),
        ("The new Windows 11 update reached 2 million users.", ["2 million users"]),
        ("He was charged with first-degree murder of 2 people.", ["2 people"]),
        ("Sound Valley Rail's Train 517 carried 210 passengers.", ["210 passengers"]),
        ("Some 40 people died.", ["Some 40 people"]),
        ('"About 300 died," he said.', ["About 300"]),
        ("Officials: 40 dead.", ["40"]),
        ("Putin signed 11 agreements.", ["11 agreements"]),
        ("The Formula 1 season opened with 20 drivers.", ["20 drivers"]),
        ("The iPhone 15 sold 3 million units.", ["3 million units"]),
        ("Police searched 221 Baker Street and arrested 2 men.", ["2 men"]),
        ("Crowds gathered outside 10 Downing St. on Friday.", []),
        ("Jones 31 votes, Smith 12 votes.", ["31 votes", "12 votes"]),
        ("He paid 40 pounds for 12 roses.", ["40 pounds", "12 roses"]),
        ("Margins, adjusted for one-time items, rose to 18%.", ["18%"]),
        ("A one-off payment of $500 went to 300 staff.", ["$500", "300 staff"]),
        ("The two-time champion won 3 titles.", ["two-time", "3 titles"]),
    ],
)
def test_numbers_in_names_make_no_figure_claim(text: str, figures: list[str]) -> None:
    assert _figures(text) == figures


def test_find_quantities_still_reads_every_number_like_mention() -> None:
    assert [q.text for q in claimdiff.find_quantities("SCP-173 and the Boeing 737")] == ["173", "737"]


def test_a_model_number_is_no_conflict() -> None:
    a = Article("a", "The airline grounded every Boeing 737 after the crash on Monday.")
    b = Article("b", "The airline grounded every Boeing 787 after the crash on Monday.")
    assert [d.kind.value for d in claimdiff.compare([a, b]).discrepancies] != ["quantity"]


@pytest.mark.parametrize(
    "text", ["Smith won 52% of the vote, Jones 31% and Lee 17%.", "Smith won 52 seats, Jones 31 and Lee 17."]
)
def test_figures_after_names_in_a_list_are_figures(text: str) -> None:
    assert len(_figures(text)) == 3


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("LIMA, March 18 (Andes Press Agency) - A quake killed 31 people.", ["31 people"]),
        ("DENHOLT, March 12 - A fire injured eight workers.", ["eight workers"]),
        ("ROME, May 4 (ANSA) — Rain fell for 3 days.", ["3 days"]),
        ("In May 4 people died.", ["4 people"]),  # the modal's guard still holds: "may 4 people"
        ("Troops march 12 miles a day.", ["12 miles"]),
    ],
)
def test_the_day_of_a_wire_dateline_is_no_figure(text: str, figures: list[str]) -> None:
    """Issue 19: "March 18 (Reuters) -" is a date, as "March 18," is; read as a figure, a
    dateline's day joined the story's tolls."""
    assert _figures(text) == figures
