"""Who a sentence credits (claimdiff.claims.sources), with example sentences written for these tests."""

from __future__ import annotations

import pytest

from claimdiff.claims.sources import abbreviates, credit, same_source


@pytest.mark.parametrize(
    ("sentence", "source", "content"),
    [
        ("According to the lifeboat crew, the yacht sank at noon.", "the lifeboat crew", "the yacht sank at noon"),
        ("The yacht sank at noon, according to the lifeboat crew.", "the lifeboat crew", "The yacht sank at noon,"),
        ("The yacht sank at noon, the harbour master told reporters.", "the harbour master", "The yacht sank at noon,"),
        ('"We saw it go down," said skipper Ian Hope.', "skipper Ian Hope", "We saw it go down,"),
        ("A poll by Ipsos put the mayor's approval at 38%.", "A poll by Ipsos", "the mayor's approval at 38%"),
        ("At worst, the bill could reach $9 million, lawyers for the town said.", "lawyers for the town",
         "At worst, the bill could reach $9 million,"),
        ("In a note to staff, the director said the office would shut.", "the director", "In a note to staff, the office would shut"),
    ],
)
def test_a_credited_sentence_splits_into_source_and_content(sentence: str, source: str, content: str) -> None:
    found = credit(sentence)
    assert found is not None
    assert (found.source, found.content) == (source, content)


def test_a_sentence_that_credits_no_one_is_none() -> None:
    assert credit("The yacht sank at noon near the harbour.") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("a spokeswoman for the council", "the council", True),
        ("a council spokesman", "the council", True),
        ("Transport Minister Eva Holm", "Holm", True),
        ("the transport minister", "Transport Minister Eva Holm", True),
        ("the International Labour Organization", "the ILO", True),
        ("Nordbank's survey", "a Nordbank survey", True),
        ("the University of Leeds", "Leeds University", True),
        ("Russia", "the Russian defence ministry", True),
        ("the transport minister", "the finance minister", False),
        ("Ipsos", "Gallup", False),
        ("the police", "a witness", False),
        ("the transport minister", "Eva Holm", None),  # she may be the minister
        ("the transport ministry", "Transport Minister Eva Holm", None),  # a minister speaks for the ministry
        ("Nordbank Ltd", "the bank", None),  # the bank may be Nordbank
        ("she", "the minister", None),
    ],
)
def test_one_source_named_two_ways(a: str, b: str, same: bool | None) -> None:
    assert same_source(a, b) is same
    assert same_source(b, a) is same


def test_an_abbreviation_is_its_name_initials() -> None:
    assert abbreviates("ILO", "International Labour Organization")
    assert abbreviates("USGS", "US Geological Survey")
    assert not abbreviates("ILO", "International Monetary Fund")
    assert not abbreviates("Ilo", "International Labour Organization")
