"""Scores and vote tallies (issue 15): "3-2", "won 3-1", "a 7-2 vote", "five to two" are one
reading with two tallies, compared as a pair; ranges, dates, labels and ages are no scores."""

from __future__ import annotations

import json

import pytest

import claimdiff
from claimdiff import Article, find_quantities
from claimdiff.models import Quantity, Report
from claimdiff.report import render_json

from .test_schema import _errors


def scores(text: str) -> list[tuple[str, tuple[int, ...], str | None]]:
    out = []
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
        if q.kind == "score":
            out.append((q.text, q.tallies, q.unit))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rovers won 2-0 at home on Saturday.", [("2-0", (2, 0), "score")]),
        ("It finished 4–1 to the visitors.", [("4–1", (4, 1), "score")]),
        ("It finished 4 – 1 to the visitors.", [("4 – 1", (4, 1), "score")]),
        ("A 2-1 win sent them top.", [("2-1", (2, 1), "score")]),
        ("Harlow beat Dunmore 5-3 in the semi-final.", [("5-3", (5, 3), "score")]),
        ("The hosts took a 1-0 lead before the break.", [("1-0", (1, 0), "score")]),
        ("The match ended 1-1 after extra time.", [("1-1", (1, 1), "score")]),
        ("Dunmore lost 0-3 at home.", [("0-3", (0, 3), "score")]),  # a loser's score first, after a result word
        ("The side won by four goals to one.", [("four goals to one", (4, 1), "score")]),
        ("The final score was 27-24 to the Lions.", [("27-24", (27, 24), "score")]),
        ("Their 31-28 comeback stunned the league.", [("31-28", (31, 28), "score")]),  # a sport word in the sentence
        ("The board voted 6-1 to close the school.", [("6-1", (6, 1), "vote")]),
        ("The appeal failed on a 3-2 vote.", [("3-2", (3, 2), "vote")]),
        ("The senators voted 52 to 48.", [("52 to 48", (52, 48), "vote")]),
        ("The panel ruled four to three against him.", [("four to three", (4, 3), "vote")]),
        ("The motion was carried by nine votes to four.", [("nine votes to four", (9, 4), "vote")]),
        ("It passed by a vote of 218 to 214.", [("218 to 214", (218, 214), "vote")]),
        ("The judges split 2-1 in the decision.", [("2-1", (2, 1), "vote")]),
    ],
)
def test_scores_and_tallies_are_one_reading(text: str, expected: list[tuple[str, tuple[int, ...], str]]) -> None:
    assert scores(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Delivery takes 3-5 days.",  # a range
        "The survey ran from 2019-2021.",
        "The 2019-20 season was cut short.",  # a season, four digits
        "Section 5-2 of the bill was struck out.",  # a label
        "Call 555-1234 for tickets.",
        "COVID-19 cases rose again.",
        "The Boeing 737-800 landed safely.",
        "A 10-year-old boy was hurt.",  # an age
        "Prices fell from 7 to 2 percent.",  # a change with a unit
        "The count fell from nine to four.",  # a change
        "She works 9-5 in the city.",  # no sport, no vote
        "The team plays a 4-3-3 formation.",
        "Between five to ten people came.",
        "Gates open at 3-4pm.",
        "The court gives the appeal a 50-50 chance.",  # odds
        "She is the 4-1 favourite for the cup final.",
        "The party is projected to win 3-5 seats.",  # a range of a count after a result word
        "Pupils scored 3 to 5 points higher.",
    ],
)
def test_what_is_no_score(text: str) -> None:
    assert scores(text) == []


def _pair(left: str, right: str, template: str) -> list[str]:
    report = claimdiff.compare([Article("a", template.format(left)), Article("b", template.format(right))])
    return [d.describe() for d in report.discrepancies]


MATCH = "Harlow {} against Dunmore in the cup final on Saturday."
VOTE = "The council {} to approve the new budget on Tuesday."


def test_a_different_score_is_one_conflict_shown_with_both_scores() -> None:
    assert _pair("won 3-2", "won 3-1", MATCH) == ["quantity, conflict: 3-2 (a) vs 3-1 (b)"]


@pytest.mark.parametrize(
    ("left", "right", "template"),
    [
        ("won 3-2", "won 3–2", MATCH),
        ("won 3-2", "won three goals to two", MATCH),
        ("won 3-2", "won 3 to 2", MATCH),
        ("won 2-1", "lost 1-2", MATCH),  # reordered tallies: the guide never flags reordering
        ("voted 7-2", "voted seven to two", VOTE),
        ("voted 7-2", "voted by seven votes to two", VOTE),
    ],
)
def test_the_same_score_in_other_words_agrees(left: str, right: str, template: str) -> None:
    assert _pair(left, right, template) == []


@pytest.mark.parametrize(
    ("left", "right", "template"),
    [("voted 7-2", "voted six to three", VOTE), ("won 4-2", "won 4-1", MATCH), ("won 1-0", "won 2-0", MATCH)],
)
def test_a_different_tally_is_a_conflict(left: str, right: str, template: str) -> None:
    found = claimdiff.compare([Article("a", template.format(left)), Article("b", template.format(right))])
    assert [(d.kind.value, d.reason) for d in found.discrepancies] == [("quantity", "conflict")]


def test_a_score_is_not_compared_with_a_count() -> None:
    left = "Harlow won 3-2 in the cup final on Saturday."
    right = "Harlow won 3 games in the cup on Saturday."
    assert claimdiff.compare([Article("a", left), Article("b", right)]).discrepancies == ()


def test_a_score_round_trips_and_fits_the_schema() -> None:
    report = claimdiff.compare([Article("a", MATCH.format("won 3-2")), Article("b", MATCH.format("won 3-1"))])
    data = json.loads(render_json(report))
    assert _errors(data) == []
    assert Report.from_dict(data) == report
    (finding,) = data["discrepancies"]
    assert [c["quantity"]["tallies"] for c in finding["claims"]] == [[3, 2], [3, 1]]
    plain = Quantity(text="3", start=0, end=1, value=3, low=3, high=3)
    assert "tallies" not in plain.to_dict()  # written only for a score
    assert Quantity.from_dict(plain.to_dict()) == plain
