"""Quotes split by their speaker's tag, sums given as ranges, spans of one unit of time, forecasts.

Sentences written for these tests (see tests/fixtures/vocabulary/tuned_quotes2.txt for pairs).
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff.claims import extract_claims
from claimdiff.words import spoken_text


def _findings(a: str, b: str) -> list[str]:
    articles = [
        claimdiff.Article(source=s, text="A storm hit the coast this week. " + t, published=dt.date(2026, 3, 11))
        for s, t in (("a", a), ("b", b))
    ]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies]


def _quotes(text: str) -> list[str]:
    article = claimdiff.Article(source="a", text=text)
    return [c.text for c in extract_claims(article, claimdiff.split_sentences(text)) if c.kind.value == "quote"]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('"The ferry," the captain said, "leaves at noon."', ['The ferry," the captain said, "leaves at noon']),
        ("“We tried,” said Ms Lund, “and we failed.”", ["We tried,” said Ms Lund, “and we failed"]),
        # a new sentence after the tag is a quote of its own
        ('"We tried," she said. "We failed."', ["We tried", "We failed"]),
        # no speech verb between: two quotes
        ('He called it "a mess", then "a scandal".', ["a mess", "a scandal"]),
    ],
)
def test_a_passage_split_by_its_speaker_s_tag_is_one_quote(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes
    for quote in _quotes(text):
        assert quote in text  # offsets stay exact: the claim spans the tag


def test_the_tag_is_left_out_of_the_words_compared() -> None:
    assert spoken_text('The ferry," the captain said, "leaves at noon') == "The ferry, leaves at noon"
    assert spoken_text('a mess", then "a scandal') == 'a mess", then "a scandal'


def test_a_split_quote_reworded_is_flagged_and_one_told_whole_is_not() -> None:
    split = '"The ferry," the captain said, "will leave the harbour at noon."'
    assert _findings(split, '"The ferry," the captain said, "may never leave the harbour."')
    assert _findings(split, '"The ferry will leave the harbour at noon," the captain said.') == []
    assert _findings(
        '"Our housing plan," the mayor said, "will help every family."',
        '"Our housing plan will hurt every family," the mayor said.',
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The bill is put at between $40m and $45m.", 40_000_000, 45_000_000),
        ("Losses of £3bn to £4bn are feared.", 3_000_000_000, 4_000_000_000),
        ("a bid of €5m-€6m", 5_000_000, 6_000_000),
    ],
)
def test_a_range_of_sums_may_repeat_its_currency(text: str, low: int, high: int) -> None:
    (q,) = claimdiff.find_quantities(text)
    assert (q.kind, q.low, q.high) == ("range", low, high)


def test_a_range_of_sums_agrees_with_a_sum_inside_it_and_not_outside() -> None:
    assert _findings("The bill is put at between $40m and $45m.", "The bill is put at $42 million.") == []
    assert _findings("The bill is put at between $40m and $45m.", "The bill is put at $60 million.")


def test_an_approximate_sum_outside_a_range_is_flagged() -> None:
    assert _findings("Sales of between $3.1bn and $3.3bn are expected.", "Sales of roughly $3.8bn are expected.")
    assert _findings("Sales of between $3.1bn and $3.3bn are expected.", "Sales of about $3.2bn are expected.") == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [("The siege lasted a fortnight.", "fortnight"), ("The repair took an hour.", "hour"), ("It lasted a decade.", "decade")],
)
def test_one_unit_of_time_after_a_verb_of_duration_is_a_span(text: str, unit: str) -> None:
    (q,) = claimdiff.find_quantities(text)
    assert (q.value, q.unit) == (1, unit)


def test_one_unit_of_time_as_a_rate_is_no_span() -> None:
    assert claimdiff.find_quantities("She trains twice a week.") == []


def test_one_whole_unit_of_time_is_not_rounded() -> None:
    assert _findings("The siege lasted 10 days.", "The siege lasted a fortnight.")
    assert _findings("The siege lasted 14 days.", "The siege lasted a fortnight.") == []


def test_a_sum_a_company_expects_is_a_forecast() -> None:
    text = "The firm now expects annual revenue of $8.2 billion."
    article = claimdiff.Article(source="a", text=text)
    (claim,) = [c for c in extract_claims(article, claimdiff.split_sentences(text)) if c.kind.value == "quantity"]
    assert claim.measure == "expected"
