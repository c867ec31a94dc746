"""Vessels named two ways: names that share their last word and differ in another."""

from __future__ import annotations

import pytest

from claimdiff import Article, compare
from claimdiff.models import Kind


def _entity_findings(*texts: str) -> list[set[str]]:
    arts = [Article(source=f"s{k}", text=t) for k, t in enumerate(texts)]
    return [{c.text for c in d.claims} for d in compare(arts).discrepancies if d.kind is Kind.ENTITY]


@pytest.mark.parametrize(
    ("left", "right", "names"),
    [
        (
            "The tanker Ocean Heron ran aground off the headland on Sunday night.",
            "The Atlantic Heron, a Maltese-flagged oil tanker, ran aground off the headland on Sunday night.",
            {"Ocean Heron", "Atlantic Heron"},
        ),
        (
            "Coastguards said the fishing trawler Silver Dawn sent a distress call before it sank.",
            "The Golden Dawn, a trawler from Kilkeel, sent a distress call before it sank, coastguards said.",
            {"Silver Dawn", "Golden Dawn"},
        ),
    ],
)
def test_vessels_named_apart_are_flagged(left: str, right: str, names: set[str]) -> None:
    assert any(names <= found for found in _entity_findings(left, right))


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one vessel's name in two spellings or with and without its prefix word
        ("The ferry Isle of Arran left port at noon.", "The ferry Isle of Arran left port at noon, crew said."),
        ("The tanker Sea-Heron ran aground on Sunday.", "The tanker Sea Heron ran aground on Sunday."),
        # names of two different kinds of thing that share a word: no vessel among them
        (
            "Ana Ruiz of the Labour Party spoke to the crowd beside the ship.",
            "Hundreds marched past the Conservative Party offices near the ferry terminal on Friday.",
        ),
    ],
)
def test_no_vessel_conflict(left: str, right: str) -> None:
    assert _entity_findings(left, right) == []


def test_a_source_naming_both_sister_ships_keeps_them_apart() -> None:
    left = "The cargo ship Nordic Star collided with the tug Baltic Star near the harbour mouth."
    right = "The cargo ship Nordic Star collided with a tug near the harbour mouth."
    third = "The tug Baltic Star was towing a barge when the cargo ship struck it."
    found = _entity_findings(left, right, third)
    assert not any({"Nordic Star", "Baltic Star"} <= names for names in found)
