"""Who a sentence credits (claimdiff.claims.sources), with example sentences written for these tests."""

from __future__ import annotations

import pytest

import claimdiff
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
        # a role and a named person it may be; two lay people no one names; a speaker any body has
        ("a traffic officer", "Constable Rob Penn", None),
        ("an onlooker", "a neighbour", None),
        ("a senior aide", "the home secretary", None),
        ("the Nordbank chief", "Moen", None),
        ("Dr Mia Lund, who ran the trial", "the trial's chief investigator", None),
        ("the UN refugee agency", "UNHCR", None),
        # one body by another form of its word or its abbreviation beside a word both have
        ("Prosecutors", "the prosecution", True),
        ("the RCN union", "the Royal College of Nursing union", True),
        ("the DfT", "the Department for Transport", True),
        ("Opec", "the Organization of the Petroleum Exporting Countries", True),
        # an age, a time, a building for its office
        ("Ines Vidal, 61", "the 61-year-old harbour master", None),
        ("a U.K. embassy statement earlier in the week", "a British embassy statement", True),
        ("Number 10", "Downing Street", True),
        # a person someone's: the body's, a public owner's (may speak for it), or another's
        ("the brewery", "the brewery's owner", True),
        ("the council", "the city's mayor", None),
        ("the coastguard", "the trawler's skipper", False),
        # a capital for its country, a country before an agency's name
        ("the Kremlin", "Russian officials", True),
        ("the US Federal Aviation Administration", "the FAA", True),
        ("Kyiv", "Moscow", False),
        # still two
        ("a French embassy statement this week", "a German embassy statement", False),
        ("the Dutch trade minister", "the Belgian trade minister", False),
        ("a traffic officer", "a prison officer", False),
        ("the transport minister", "Fire Chief Ana Ruiz", False),
        ("the Nordbank chief", "Halvern boss Lars Moen", False),
        ("Eva Holm, the transport minister", "Moen", False),
        ("a witness", "the fire brigade", False),
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


def test_an_abbreviation_in_small_letters_or_as_a_word() -> None:
    assert abbreviates("MoJ", "Ministry of Justice")
    assert abbreviates("Nasa", "National Aeronautics and Space Administration")
    assert not abbreviates("MoJ", "Ministry of Defence")
    assert not abbreviates("Hale", "Health Agency")  # a name of two words: "Hale" is a surname


def _found(a: str, b: str) -> list[str]:
    opening = "The storm reached the coast of Vellmar late on Sunday. "
    articles = [claimdiff.Article(source=s, text=opening + t) for s, t in (("one", a), ("two", b))]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"The harbour wall held," said Ines Vidal, head of the Vellmar Port Authority.',
         '"The harbour wall held," the Vellmar Port Authority said.'),
        ('"We need blankets," a Red Cross worker in Vellmar said.', '"We need blankets," said aid worker Tomas Berg.'),
        ('"We need blankets," said Tomas Berg of the Red Cross.', '"We need blankets," the Red Cross said.'),
        ("A harbour police officer said the ferry had been moored.", "Sergeant Lea Holt said the ferry had been moored."),
        ("A resident said the sea wall had cracked.", "A fisherman said the sea wall had cracked."),
        ("Local officials said the coast road would stay shut until the storm passed.", "The regional governor said the coast road would stay shut until the storm passed."),
        ("The Nordbank chief said insurers would pay.", "Lars Moen said insurers would pay."),
    ],
)
def test_one_source_told_two_ways_is_no_attribution_finding(a: str, b: str) -> None:
    assert _found(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"The harbour wall held," said Ines Vidal, head of the port authority.',
         '"The harbour wall held," said Ian Rook, the town\'s fire chief.'),
        ("A harbour police officer said the ferry had been moored.", "A ferry deckhand said the ferry had been moored."),
        ("The mayor said the coast road would stay shut until the storm passed.", "The fire chief said the coast road would stay shut until the storm passed."),
        # a quote of small words only, its sentences too unlike to cluster for their sources
        ('"We did all we could," said coach Ines Vidal.', '"We did all we could," said captain Tomas Berg.'),
        ("Deputy Mayor Ana Ruiz said the coast road would stay shut until the storm passed.", "Fire Chief Ian Rook said the coast road would stay shut until the storm passed."),
    ],
)
def test_other_sources_of_the_same_words_are_found(a: str, b: str) -> None:
    assert any(line.startswith("attribution") for line in _found(a, b))


def test_a_fact_two_sources_each_report_is_not_linked_by_its_words_alone() -> None:
    # reported speech, not quoted words: each may have said it
    a = "Harbour master Ines Vidal-Moreno of Vellmar said the sea wall held."
    b = "Coastguard station officer Tomas Berg-Lindqvist said the sea wall held."
    assert not any(line.startswith("attribution") for line in _found(a, b))
