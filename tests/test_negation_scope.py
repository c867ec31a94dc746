"""Negation read in its scope and in words that negate in themselves, and the acts and states
that the second set of negation pairs asks for. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff.claims.negation import cue_scopes, inherent_negations

OPENING = "The events took place in the town of Brackley this week. "


def negation_findings(a: str, b: str) -> list[str]:
    articles = [
        claimdiff.Article(source=s, text=OPENING + t, published=dt.date(2026, 5, 6)) for s, t in (("a", a), ("b", b))
    ]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies if d.kind.value == "negation"]


def test_a_cue_scope_runs_to_the_end_of_its_clause() -> None:
    assert cue_scopes("Nobody was injured after the lorry overturned.") == ["was injured"]
    assert cue_scopes("The council has not yet approved the budget for next year, officials said.") == [
        "yet approved the budget for next"
    ]
    assert cue_scopes("The bridge opened.") == []


def test_words_that_negate_in_themselves_are_counted_when_the_other_side_lacks_them() -> None:
    assert inherent_negations(["mayor", "absent", "meeting"], ["mayor", "attend", "meeting"]) == 1
    assert inherent_negations(["mayor", "absent"], ["mayor", "absent"]) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the negated clause is one side's own: the other does not tell it
        (
            "Nobody was injured when a water main burst on Castle Street on Monday morning.",
            "A water main burst on Castle Street on Monday morning, the water company said.",
        ),
        # a word that negates in itself against a cue: the same polarity
        (
            "The chairman was absent from the board meeting on Friday.",
            "The chairman did not attend the board meeting on Friday.",
        ),
    ],
)
def test_near_copies_of_one_polarity_are_not_flagged(a: str, b: str) -> None:
    assert negation_findings(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The lorry driver did not stop after hitting the barrier on the bypass.",
            "The lorry driver stopped after hitting the barrier on the bypass.",
        ),
        (
            "The head teacher was present at the meeting with parents on Tuesday evening.",
            "The head teacher was absent from the meeting with parents on Tuesday evening.",
        ),
    ],
)
def test_near_copies_of_opposite_polarity_are_flagged(a: str, b: str) -> None:
    assert negation_findings(a, b)
