"""Counts of two disjoint kinds of people (crew and passengers, adults and children) are never
linked as one figure, whatever measure they share; counts of one kind still are."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff._lexicon.measures import TOLD_APART
from claimdiff.align._figures import told_apart
from claimdiff.claims import extract_claims
from claimdiff.segment import split_sentences

_PLURALS = {"man": "men", "woman": "women", "child": "children", "baby": "babies", "police": "police",
            "crew": "crew", "police officer": "officers"}


def _findings(a: str, b: str) -> list[str]:
    report = claimdiff.compare([claimdiff.Article("a", a), claimdiff.Article("b", b)])
    return [d.describe() for d in report.discrepancies]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police said 14 officers were injured in the clashes.", "Some 40 protesters were injured in the clashes."),
        ("Three men were arrested after the fight.", "Two women were arrested after the fight, police said."),
        ("Doctors said 40 patients were evacuated from the ward.", "Some 12 nurses were evacuated from the ward."),
    ],
)
def test_counts_of_two_kinds_of_people_are_not_one_figure(a: str, b: str) -> None:
    assert _findings(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Police said 14 officers were injured in the clashes.", "Police said 19 officers were injured in the clashes."),
        ("Three men were arrested after the fight.", "Five people were arrested after the fight, police said."),
    ],
)
def test_counts_of_one_kind_or_of_people_in_general_still_disagree(a: str, b: str) -> None:
    assert [f.split(",")[0] for f in _findings(a, b)] == ["quantity"]


def test_parts_of_one_group_and_nouns_of_no_group() -> None:
    assert told_apart("crew", "passenger") and told_apart("passenger", "driver") and told_apart("nurse", "patient")
    assert not told_apart("pupil", "student")  # one part
    assert not told_apart("passenger", "person") and not told_apart(None, "crew") and not told_apart("", "")


@pytest.mark.parametrize("noun", sorted({noun for parts in TOLD_APART.values() for part in parts for noun in part}))
def test_every_noun_of_the_lexicon_is_a_counted_noun_as_the_reader_gives_it(noun: str) -> None:
    # a noun the reader folds into another ("civilians" -> person) would never apply
    text = f"Officials said 12 {_PLURALS.get(noun, noun + 's')} were there."
    keys = [c.key for c in extract_claims(claimdiff.Article("a", text), split_sentences(text)) if c.kind.value == "quantity"]
    assert keys == [noun]
