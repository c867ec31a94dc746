"""Claims that only look alike: figures, days and denials of different things, in sentences
that share a generic word or two, are never aligned into a finding (false alarms found on
outlets telling one story in different words, and on articles of different stories)."""

from __future__ import annotations

import datetime as dt

import pytest

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


#: One depth and one distance each, in other units and in the other order, less than twice apart
#: (so their scale tells them nothing): the two sentences match only loosely.
_KM = (
    "The tremor hit at 11:05 p.m. local time at a depth of 30 kilometres, about 45 km south-east of "
    "Korvany, according to the national seismology office."
)
_MILES = "The seismology office put the epicentre roughly 28 miles southeast of the port of Korvany, at a depth of {} miles."


@pytest.mark.parametrize("first", ["km", "miles"])
def test_two_figures_of_one_noun_in_two_loosely_matched_sentences_pair_by_reading(first: str) -> None:
    a, b = (_KM, _MILES.format(19)) if first == "km" else (_MILES.format(19), _KM)
    assert _findings(a, b) == []


def test_a_depth_that_cannot_be_the_other_still_conflicts() -> None:
    found = _findings(_KM, _MILES.format(25))
    assert any("25 miles (b)" in f for f in found)


def test_parts_of_two_different_wholes_are_not_one_measure() -> None:
    a = "The rate rise had been predicted by 14 of 20 analysts surveyed by the agency.\nMarkets barely moved."
    b = "Four of its six carriages left the rails, and one of them overturned near the bridge.\nThe line is closed."
    assert _findings(a, b) == []


def test_parts_of_one_whole_still_conflict() -> None:
    a = "Six of the nine judges backed the ruling on the harbour contract."
    b = "Five of the nine judges backed the ruling on the harbour contract."
    assert len(_findings(a, b)) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # only the period is shared ("last year" / "next year")
        (
            "Council staff will get a 4% pay rise under a deal agreed last year.\nThe deal runs to 2027.",
            "The central bank cut its growth forecast for next year to 1.1% from 1.8%.\nThe currency slipped.",
        ),
        # only the marker of an age is shared
        (
            "The patients, aged between 60 and 88, are being treated at Harlow General.\nThe ward is closed.",
            "Two women, aged 19 and 24, were arrested at a flat in Derby.\nBoth were released on bail.",
        ),
        # only the change verb is shared
        (
            "Jobless claims rose to 6.2% in March, the highest in two years.\nEconomists had expected less.",
            "Shares of the Leeds-based retailer rose 3.9% in early trading.\nThe company reports next week.",
        ),
    ],
    ids=["period", "age", "change"],
)
def test_figures_of_unrelated_sentences_sharing_only_a_word_every_figure_has_are_not_one(a: str, b: str) -> None:
    assert _findings(a, b) == []


def test_figures_of_differently_worded_sentences_about_one_thing_still_conflict() -> None:
    a = "Library spending rises 3.5% under the mayor's budget, officials said.\nThe vote is on Monday."
    b = "The mayor's plan gives the city's libraries a 5% increase in spending.\nCouncillors vote on Monday."
    assert _findings(a, b) == ["quantity, conflict: 3.5% (a) vs 5% (b)"]


def test_ages_of_two_people_named_at_the_start_of_their_sentences_are_two_ages() -> None:
    a = "Kell, 30, lost the Brisbane final in three sets."
    b = "Varga, 22, won the Brisbane final against the odds."
    assert _findings(a, b) == []


def test_two_ages_of_one_person_named_at_the_start_still_conflict() -> None:
    a = "Kell, 30, lost the Brisbane final in three sets."
    b = "The 26-year-old Kell lost the Brisbane final in three sets."
    assert _findings(a, b) == ["quantity, conflict: 30 (a) vs 26-year-old (b)"]


_SUNDAY = dt.date(2025, 3, 16)


def test_a_weekday_after_a_hyphenated_compound_keeps_the_clause_tense() -> None:
    # "three-set" holds "set", no plan ("set for Friday"): the win is last Saturday's
    a = "Lena Varga is the Brisbane champion after a three-set win over Jo Kell on Saturday."
    b = "Lena Varga beat Jo Kell in three sets on Saturday to win in Brisbane."
    assert _findings(a, b, published=_SUNDAY) == []


def test_a_plan_word_of_its_own_still_reads_as_the_future() -> None:
    a = "The Brisbane final is set for Saturday, organisers said."
    b = "The Brisbane final was played on Saturday, organisers said."
    assert len(_findings(a, b, published=_SUNDAY)) == 1


@pytest.mark.parametrize(("figure", "found"), [("35 percent", 0), ("33%", 0), ("45 percent", 1)])
def test_an_approximate_fraction_in_words_covers_its_span(figure: str, found: int) -> None:
    a = "Crews have contained about a third of the Ridge fire."
    b = f"The Ridge fire is {figure} contained."
    assert len(_findings(a, b)) == found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The narrow vote, five to four, shows that half the board shares the doubts.",
         "The narrow vote, 5 to 4, shows that half the board shares the doubts."),
        ("An audit three years ago warned that the roof was past its planned life.",
         "An audit 3 years ago warned that the roof was past its planned life."),
        ("Landlords have offered 4.5%, which tenants' groups called \"a joke\".",
         "Landlords have offered 4.5 per cent, which tenants' groups called \"a joke\"."),
    ],
    ids=["score", "years-ago", "percent"],
)
def test_a_source_written_with_its_figure_in_other_words_is_one_source(a: str, b: str) -> None:
    assert _findings(a, b) == []


def test_two_sources_still_differ_when_their_names_do() -> None:
    a = "The mayor said the water from the Kell reservoir was safe to drink."
    b = "The chief engineer said the water from the Kell reservoir was safe to drink."
    assert len(_findings(a, b)) == 1


_AUTUMN = dt.date(2025, 10, 2)


def test_an_irregular_participle_dates_its_clause_in_the_past() -> None:
    from claimdiff.claims.dates import TenseReader

    text = "Unemployment is now just above 5%, having risen from 4.6% in June."
    assert TenseReader(text)(text.index("in June")) == "past"


def test_dates_of_aligned_sentences_pair_with_the_one_they_can_be() -> None:
    a = "Unemployment is now just above 5%, having risen from 4.6% in June."
    b = "Unemployment rose to 5.1% in August from 4.6% in June."
    assert _findings(a, b, published=_AUTUMN) == []


def test_dates_of_aligned_sentences_that_cannot_be_one_still_conflict() -> None:
    a = "Unemployment rose to 5.1% in August from 4.6% in May, the statistics office said."
    b = "Unemployment rose to 5.1% in August from 4.6% in June, the statistics office said."
    assert _findings(a, b, published=_AUTUMN) == ["date, different-period: in May (a) vs in June (b)"]


@pytest.mark.xfail(
    strict=True,
    reason="loose links are ordered by score before agreement (an agreement-first order across "
    "sentence pairs broke paragraph-order invariance); two thresholds in differently scored "
    "sentences still cross",
)
def test_figures_that_can_be_one_link_first_across_unaligned_sentences() -> None:
    # two thresholds each (short and long walks), told in other words and orders
    a = (
        "Commuters who walk fewer than 20 minutes a day have a 15 per cent higher risk of back pain than those "
        "who walk an hour, according to a survey of 12,400 office workers published on Monday.\n"
        "The survey found no extra benefit for those who walked more than 90 minutes."
    )
    b = (
        "Walking less than 20 minutes a day raises the risk of back pain by 15 per cent, researchers at Tarn "
        "University have found.\n"
        "Keen walkers, those spending over 90 minutes on foot, saw no extra benefit, the survey reported."
    )
    assert _findings(a, b) == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("The talks lasted over three hours.", (3.0, float("inf"))),
        ("Those sleeping over nine hours saw no benefit.", (9.0, float("inf"))),
        ("He has served over 20 years in the force.", (20.0, float("inf"))),
        ("Prices rose 3% over two years.", (2.0, 2.0)),
        ("The festival is spread over three days.", (3.0, 3.0)),
    ],
)
def test_over_a_span_of_time_is_a_bound_after_a_verb_that_measures_it(text: str, bounds: tuple[float, float]) -> None:
    spans = [q for q in claimdiff.find_quantities(text) if q.unit in ("hour", "year", "day")]
    assert [q.bounds() for q in spans] == [bounds]


def test_the_whole_a_part_is_counted_from_is_not_the_other_sources_part() -> None:
    a = "Five of the eight board members backed the sale and three voted against it."
    b = "The board voted 5-3 for the sale, with three members opposed."
    assert _findings(a, b) == []


def test_two_wholes_of_parts_still_conflict() -> None:
    a = "Five of the eight board members backed the sale and three voted against it."
    b = "Five of the nine board members backed the sale and four voted against it."
    assert len(_findings(a, b)) >= 1


def test_parts_of_wholes_of_one_noun_link_across_wordings() -> None:
    a = "The proposal was backed by seven of the 12 councillors at Tuesday's meeting.\nIt now goes to the mayor."
    b = "Eight of the 12 councillors voted in favour, a council spokesman said.\nIt now goes to the mayor."
    assert len(_findings(a, b)) == 1
