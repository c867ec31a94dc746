"""Dates linked by the act that governs them when their frames name no event (claimdiff.align._dates)."""

from __future__ import annotations

from claimdiff import Article, compare
from claimdiff.align._dates import date_act
from claimdiff.claims import extract_claims
from claimdiff.models import AssertionClaim, DateClaim
from claimdiff.segment import split_sentences


def _claims(text: str) -> tuple[list[DateClaim], list[AssertionClaim]]:
    art = Article(source="a", text=text)
    found = extract_claims(art, split_sentences(text))
    return ([c for c in found if isinstance(c, DateClaim)], [c for c in found if isinstance(c, AssertionClaim)])


def _date_findings(a: str, b: str) -> list[str]:
    report = compare([Article(source="a", text=a), Article(source="b", text=b)])
    return [d.describe() for d in report.discrepancies if str(d.kind) == "date"]


def test_act_just_before_a_date_governs_it() -> None:
    dates, acts = _claims("A silver chalice was stolen in 2003 from the abbey treasury.")
    assert [date_act(d, acts) for d in dates] == ["steal"]


def test_no_act_across_a_comma() -> None:
    dates, acts = _claims("The chalice was stolen, police believe, in 2003.")
    assert [date_act(d, acts) for d in dates] == [None]


def test_dates_of_one_act_in_unaligned_sentences_disagree() -> None:
    a = "A silver chalice belonging to Dunraven Abbey was stolen in 2003 and never found."
    b = "Visitors still ask about the theft in 2005 of the abbey's old chalice, the guide told us."
    assert any("2003" in f and "2005" in f for f in _date_findings(a, b))


def test_dates_of_different_acts_stay_apart() -> None:
    a = "A silver chalice belonging to Dunraven Abbey was stolen in 2003 and never found."
    b = "Visitors still ask about the roof, which was repaired in 2005 with lottery money, the guide told us."
    assert _date_findings(a, b) == []
