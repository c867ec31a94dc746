"""Claims that only look alike: figures, days and denials of different things, in sentences
that share a generic word or two, are never aligned into a finding (false alarms found on
outlets telling one story in different words, and on articles of different stories)."""

from __future__ import annotations

import datetime as dt

import claimdiff
from claimdiff import Article


def _findings(a: str, b: str, *, published: dt.date | None = None) -> list[str]:
    report = claimdiff.compare([Article("a", a, published=published), Article("b", b, published=published)])
    return [d.describe() for d in report.discrepancies]


def test_two_statement_days_in_unrelated_sentences_are_two_statements() -> None:
    a = "Nine boats were stranded in the fog at Kelvin Point, coastguard officials said on Monday."
    b = "The regatta committee postponed its final race, race officials said on Friday."
    assert _findings(a, b) == []


def test_the_day_of_one_event_still_conflicts() -> None:
    a = "The lifeboat crew rescued the stranded kayakers off Kelvin Point on Monday evening."
    b = "The stranded kayakers were rescued off Kelvin Point by the lifeboat crew on Friday evening."
    assert len(_findings(a, b)) == 1
