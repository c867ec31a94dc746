"""Issue 19: updates vs conflicts. A figure of an evolving measure that grew between publication
times is an update (low, with its timeline); reports of one time, or without times, conflict."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff import Article
from claimdiff.claims.frames import find_measure
from claimdiff.models import Quantity, QuantityClaim, Sentence
from claimdiff.text import clean
from claimdiff.timeline import UPDATE, compare_moments, header_moment, newer_cue, publication_moment

UTC = dt.timezone.utc
PLUS2 = dt.timezone(dt.timedelta(hours=2))


def at(hour: int, minute: int = 0, tz: dt.tzinfo | None = UTC, day: int = 4) -> dt.datetime:
    return dt.datetime(2025, 11, day, hour, minute, tzinfo=tz)


def findings(*articles: Article, **options) -> list[tuple[str, str, str]]:
    report = claimdiff.compare(list(articles), **options)
    return [(d.reason, d.severity.value, d.describe().split(": ", 1)[1]) for d in report.discrepancies]


# --- publication times ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (dt.date(2025, 11, 4), dt.date(2025, 11, 4), 0),  # one day is one time
        (dt.date(2025, 11, 5), dt.date(2025, 11, 4), 1),
        (dt.date(2025, 11, 4), at(9), None),  # a date and a time of that day: neither is later
        (at(9), dt.date(2025, 11, 4), None),
        (dt.date(2025, 11, 5), at(23), 1),  # another day
        (at(23, tz=PLUS2), dt.date(2025, 11, 4), None),  # the datetime's own day, in its own zone
        (at(13), at(9), 1),
        (at(9), at(9), 0),
        (at(13, tz=PLUS2), at(11), 0),  # one instant in two zones
        (at(12, tz=PLUS2), at(11), -1),
        (at(13, 40), at(13, 5), 0),  # one hour: one time
        (at(14, 5), at(13, 5), 1),
        (at(14, 4), at(13, 5), 0),
        (at(13, tz=None), at(9, tz=None), 1),  # two naive times: wall clocks of one zone
        (at(19, 30, tz=None), at(13), None),  # naive and aware: closer than the zones reach
        (at(13), at(19, 30, tz=None), None),
        (at(23, tz=None, day=5), at(1), 1),  # more than 14 hours (and one) apart: ordered
        (at(1), at(23, tz=None, day=5), -1),
        (at(15, tz=None), at(1), None),  # 14 hours apart: within the zones and the hour
        (None, at(9), None),
        (None, None, None),
    ],
)
def test_compare_moments(a, b, expected) -> None:
    assert compare_moments(a, b) == expected


def test_publication_moment_reads_the_argument_then_the_date_line() -> None:
    text = "date 2025-11-04T12:15:00+02:00\nThe toll rose to 19."
    assert publication_moment(Article("a", text), clean(text)) == at(12, 15, tz=PLUS2)
    given = Article("a", text, published=at(9))
    assert publication_moment(given, clean(text)) == at(9)
    for line, expected in [
        ("date 2025-11-04T12:15Z", at(12, 15)),
        ("date 2025-11-04 12:15", at(12, 15, tz=None)),
        ("published: 2025-11-04T12:15:30-05:00", dt.datetime(2025, 11, 4, 12, 15, 30, tzinfo=dt.timezone(-dt.timedelta(hours=5)))),
        ("date 2025-11-04", dt.date(2025, 11, 4)),
    ]:
        text = f"{line}\nThe toll rose to 19."
        assert publication_moment(Article("a", text), clean(text)) == expected, line
    plain = "The toll rose to 19."
    assert publication_moment(Article("a", plain), clean(plain)) is None
    assert publication_moment(Article("a", plain)) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated June 11, 2025, 6:15 a.m.", dt.datetime(2025, 6, 11, 6, 15)),
        ("By Ann Lee | Saturday, May 17, 2025, 9:12 PM | 3 min read", dt.datetime(2025, 5, 17, 21, 12)),
        ("Published 18.03.2026, 09:40 | Source: AMP", dt.datetime(2026, 3, 18, 9, 40)),
        ("Updated 29/04/2025 21:05 | Reading time: 3 min", dt.datetime(2025, 4, 29, 21, 5)),
        ("By Gemma Price | 8 Oct 2025, 11:04 | Updated 14:22", dt.datetime(2025, 10, 8, 14, 22)),  # the last time
        ("Last updated: Monday 9 February 2026, 11:32 CET", dt.datetime(2026, 2, 9, 11, 32, tzinfo=dt.timezone(dt.timedelta(hours=1)))),
        ("Posted 5 Nov 2025, 14:20 GMT", at(14, 20, day=5)),
        ("By Kyle Brandt | April 14, 2026 | 11:48 PM PT", dt.datetime(2026, 4, 14, 23, 48)),  # PT: two offsets, naive
        ("Broadcast: Saturday 17 May 2025", None),  # no time
        ("Floods hit the valley at 9:40 on 4 November 2025", None),  # a headline, no header
    ],
)
def test_header_moment_reads_the_publication_line_at_the_top(line: str, expected: dt.datetime | None) -> None:
    text = f"Floods in the valley\n{line}\nThe river burst its banks at 3:10 a.m. on 4 November 2025, officials said."
    assert header_moment(text, clean(text)) == expected


def test_a_header_time_refines_the_day_the_caller_gives() -> None:
    text = "Updated November 4, 2025, 6:15 p.m.\nFloods in the valley killed 12 people, officials said."
    assert publication_moment(Article("a", text, published=dt.date(2025, 11, 4)), clean(text)) == at(18, 15, tz=None)
    other_day = Article("a", text, published=dt.date(2025, 11, 5))  # the caller's day stands
    assert publication_moment(other_day, clean(text)) == dt.date(2025, 11, 5)


# --- words that tell a newer figure -----------------------------------------------------------


def figure(text: str, number: str) -> QuantityClaim:
    at_ = text.index(number)
    return QuantityClaim(
        source="a",
        text=number,
        start=at_,
        end=at_ + len(number),
        sentence=Sentence(text, 0, len(text)),
        quantity=Quantity(text=number, start=at_, end=at_ + len(number), value=int(number)),
    )


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("The death toll rose to 19 on Tuesday.", "19", "newer"),
        ("The number of dead has climbed overnight to 19, officials said.", "19", "newer"),
        ("The latest toll is 19 dead.", "19", "newer"),
        ("Police now say 19 people were arrested.", "19", "newer"),
        ("In all, 19 people have now died.", "19", "newer"),
        ("Officials said 19 people died, up from 12 on Monday.", "19", "newer"),
        ("Another body was found, bringing the toll to 19.", "19", "newer"),
        ("The toll now stands at 19.", "19", "newer"),
        ("The toll was revised down to 17 after a double count.", "17", "revision"),
        ("Officials said 17 people died, down from 19 reported earlier.", "17", "revision"),
        ("Officials said 19 people died on Tuesday.", "19", ""),
        ("Shares rose 19 percent on Tuesday.", "19", ""),  # a change, not a level
        ("There were 19 new cases on Tuesday.", "19", ""),  # "new" after the figure is the day's count
        ("Power was cut to 104 homes in the valley.", "104", ""),  # whose power, not a new level
    ],
)
def test_newer_cue(text: str, number: str, expected: str) -> None:
    assert newer_cue(figure(text, number)) == expected


@pytest.mark.parametrize(
    ("text", "number", "measure"),
    [
        ("The death toll from the floods in the valley has risen to 19.", "19", "deaths"),
        ("The number of people injured in the warehouse fire has climbed to 15.", "15", "injured"),
        ("The number of people evacuated from the valley now stands at 5,200.", "5,200", "evacuated"),
    ],
)
def test_a_figure_a_change_ends_at_measures_the_subject(text: str, number: str, measure: str) -> None:
    """The frame reader reads past "has risen to" to what rose (issue 19)."""
    start = text.index(number)
    q = Quantity(text=number, start=start, end=start + len(number), value=0)
    assert find_measure(Sentence(text, 0, len(text)), q, "") == measure


# --- updates and conflicts --------------------------------------------------------------------

EARLY = "Floods in the valley killed 12 people on Tuesday, officials said."
LATER = "Floods in the valley killed 19 people on Tuesday, officials said."


def test_a_toll_that_grew_between_reports_is_an_update_with_its_timeline() -> None:
    a = Article("a", EARLY, published=at(8))
    b = Article("b", LATER, published=at(13))
    (d,) = claimdiff.compare([a, b]).discrepancies
    assert (d.kind.value, d.reason, d.severity.value) == ("quantity", UPDATE, "low")
    assert [(e.published, e.reading, e.sources) for e in d.timeline] == [
        (at(8), "12 people", ("a",)),
        (at(13), "19 people", ("b",)),
    ]
    assert [d.claims[i].source for e in d.timeline for i in e.claims] == ["a", "b"]
    assert d.detail == "timeline: 2025-11-04 08:00+00:00 12 people (a) -> 2025-11-04 13:00+00:00 19 people (b)"


def test_reports_of_one_time_conflict_and_so_do_reports_without_times() -> None:
    same = [Article("a", EARLY, published=at(13)), Article("b", LATER, published=at(13, tz=None).replace(tzinfo=UTC))]
    assert findings(*same) == [("conflict", "high", "12 people (a) vs 19 people (b)")]
    assert findings(Article("a", EARLY), Article("b", LATER)) == [("conflict", "high", "12 people (a) vs 19 people (b)")]
    # one day, no time: one time, whatever the words say
    day = dt.date(2025, 11, 4)
    risen = "The death toll from the floods in the valley rose to 19 on Tuesday, officials said."
    assert findings(Article("a", EARLY, published=day), Article("b", risen, published=day))[0][:2] == ("conflict", "high")


def test_a_floor_that_rose_is_an_update_though_the_figures_do_not_conflict() -> None:
    """'At least 12' and 'at least 19' never conflict, yet a toll that went from one to the other
    through the day is an update; a floor that fell, or figures of one time, are nothing."""
    floor = "Floods in the valley killed at least {} people on Tuesday, officials said."
    rising = [Article("a", floor.format(12), published=at(8)), Article("b", floor.format(19), published=at(13))]
    (d,) = claimdiff.compare(rising).discrepancies
    assert (d.reason, d.severity.value, [e.reading for e in d.timeline]) == (
        UPDATE, "low", ["at least 12 people", "at least 19 people"]
    )
    exact_later = [rising[0], Article("b", LATER, published=at(13))]  # 19 is within "at least 12"
    assert findings(*exact_later)[0][:2] == (UPDATE, "low")
    assert claimdiff.compare([rising[1], Article("a", floor.format(12), published=at(18))]).discrepancies == ()
    assert claimdiff.compare([Article("a", floor.format(12), published=at(13)), rising[1]]).discrepancies == ()
    assert claimdiff.compare([Article(a.source, a.text) for a in rising]).discrepancies == ()
    approximate = [Article("a", "Floods in the valley killed about 20 people, officials said.", published=at(8)),
                   Article("b", "Floods in the valley killed 22 people, officials said.", published=at(13))]
    assert claimdiff.compare(approximate).discrepancies == ()  # "about 20" was no floor


def test_a_figure_whose_frame_says_nothing_goes_with_the_measure_of_its_group() -> None:
    a = Article("a", EARLY, published=at(8))
    b = Article("b", "Floods in the valley on Tuesday: 19 people, officials said.", published=at(13))
    assert {c.measure for c in claimdiff.compare([a, b]).discrepancies[0].claims} == {"deaths", ""}
    assert findings(a, b)[0][:2] == (UPDATE, "low")


def test_a_measure_that_does_not_evolve_conflicts_at_any_time() -> None:
    a = Article("a", "The river peaked at 4.2 metres above its normal level at the Stone Bridge gauge.", published=at(8))
    b = Article("b", "The river peaked at 4.8 metres above its normal level at the Stone Bridge gauge.", published=at(18))
    assert findings(a, b) == [("conflict", "high", "4.2 metres (a) vs 4.8 metres (b)")]


def test_a_running_total_that_falls_conflicts_unless_it_was_revised() -> None:
    earlier = Article("a", LATER, published=at(8))
    lower = Article("b", EARLY, published=at(13))
    assert findings(earlier, lower)[0][:2] == ("conflict", "high")
    revised = Article("b", "The death toll from the floods in the valley was revised down to 12, officials said.", published=at(13))
    assert findings(earlier, revised)[0][:2] == (UPDATE, "low")


def test_ballots_counted_are_a_running_total() -> None:
    counted = "By then {} million ballots had been counted, the electoral commission said."
    a = Article("a", counted.format("1.2"), published=at(21))
    b = Article("b", counted.format("1.9"), published=at(23))
    assert {c.measure for c in claimdiff.compare([a, b]).discrepancies[0].claims} == {"counted"}
    assert findings(a, b)[0][:2] == (UPDATE, "low")
    assert findings(Article("a", a.text, published=at(23)), b)[0][:2] == ("conflict", "high")


def test_a_level_may_move_either_way() -> None:
    a = Article("a", "Some 31,000 homes in the valley were without power on Tuesday, the grid operator said.", published=at(7))
    b = Article("b", "About 18,000 homes in the valley were without power on Tuesday, the grid operator said.", published=at(12))
    ((reason, severity, _),) = findings(a, b)
    assert (reason, severity) == (UPDATE, "low")


def test_when_times_do_not_order_two_reports_their_words_do() -> None:
    risen = "The death toll from the floods in the valley has risen to 19, officials said on Tuesday."
    # a date without a time and a time of that day
    day = dt.date(2025, 11, 4)
    assert findings(Article("a", EARLY, published=day), Article("b", risen, published=at(13)))[0][:2] == (UPDATE, "low")
    assert findings(Article("a", EARLY, published=day), Article("b", LATER, published=at(13)))[0][:2] == ("conflict", "high")
    # a naive time and an aware one, closer than the zones reach
    naive, aware = at(19, 30, tz=None), at(13)
    assert findings(Article("a", EARLY, published=aware), Article("b", risen, published=naive))[0][:2] == (UPDATE, "low")
    # one report without a time
    assert findings(Article("a", EARLY, published=aware), Article("b", risen))[0][:2] == (UPDATE, "low")
    # neither has a time: as before issue 19
    assert findings(Article("a", EARLY), Article("b", risen))[0][:2] == ("conflict", "high")


def test_a_same_hour_conflict_stays_a_conflict_beside_the_update() -> None:
    articles = [
        Article("a", EARLY, published=at(8)),
        Article("b", LATER, published=at(13)),
        Article("c", "Floods in the valley killed 23 people on Tuesday, officials said.", published=at(13)),
        Article("d", "Floods in the valley killed 27 people on Tuesday, officials said.", published=at(19)),
    ]
    report = claimdiff.compare(articles)
    conflict, update = report.discrepancies
    assert (conflict.reason, conflict.severity.value, conflict.sources) == ("conflict", "high", ("b", "c"))
    assert (update.reason, update.severity.value) == (UPDATE, "low")
    assert [(e.published.hour, e.reading) for e in update.timeline] == [
        (8, "12 people"), (13, "19 people"), (13, "23 people"), (19, "27 people")
    ]
    # the filters apply to what the updates leave
    assert [d.reason for d in claimdiff.compare(articles, min_severity="medium").discrepancies] == ["conflict"]
    assert claimdiff.compare(articles, kinds=["date"]).discrepancies == ()


def test_an_update_round_trips_through_json() -> None:
    report = claimdiff.compare([Article("a", EARLY, published=at(8)), Article("b", LATER, published=dt.date(2025, 11, 5))])
    (d,) = report.discrepancies
    assert d.timeline[1].published == dt.date(2025, 11, 5)
    assert claimdiff.Report.from_dict(report.to_dict()) == report
