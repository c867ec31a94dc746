"""Clock times: their own readings, compared as times, never as figures (issue 15)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff import Article
from claimdiff.claims.times import find_times


@pytest.mark.parametrize(
    ("text", "words", "low", "high", "zone"),
    [
        ("It left at 6:42 a.m. near Kelso.", "at 6:42 a.m.", (6, 42), (6, 42), None),
        ("The blast came at 6:20 p.m. local time.", "at 6:20 p.m. local time", (18, 20), (18, 20), "local"),
        ("The quake struck at 1745 GMT.", "at 1745 GMT", (17, 45), (17, 45), "GMT"),
        ("The raid was at about 3.40am.", "about 3.40am", (3, 25), (3, 55), None),
        ("They fled shortly before 2am.", "shortly before 2am", (1, 30), (2, 0), None),
        ("Doors open at 9am.", "at 9am", (9, 0), (9, 0), None),
        ("It ended at 12 p.m. sharp.", "at 12 p.m.", (12, 0), (12, 0), None),
        ("Trading resumed at 18:20 hours.", "at 18:20 hours", (18, 20), (18, 20), None),
        ("Landfall came at 10:17 p.m. PDT.", "at 10:17 p.m. PDT", (22, 17), (22, 17), "PT"),
        ("It closed at 11:52  p.m. that day.", "at 11:52  p.m.", (23, 52), (23, 52), None),  # spaces of scraped text
    ],
)
def test_clock_times_are_read(text: str, words: str, low: tuple[int, int], high: tuple[int, int], zone: str | None) -> None:
    [found] = find_times(text)
    assert text[found.start : found.end] == words
    assert (divmod(found.low, 60), divmod(found.high, 60), found.zone) == (low, high, zone)


@pytest.mark.parametrize(
    "text",
    ["Spain won 3:1 at home.", "The bank cut its rate to 3.50 percent.", "The town was founded in 1745.",
     "I am here.", "The ratio fell to 2.30 in May.", "Shares rose 4.5% to 3.50."],
)
def test_scores_rates_and_years_are_no_clock_times(text: str) -> None:
    assert find_times(text) == []


def test_a_clock_time_is_no_figure_and_is_a_date_mention() -> None:
    text = "The train left at 10:30 a.m. on Friday with 200 passengers."
    assert [q.text for q in claimdiff.find_quantities(text)] == ["200 passengers"]
    times = [d for d in claimdiff.find_dates(text) if d.granularity.value == "time"]
    assert [(d.text, d.clock, d.zone) for d in times] == [("at 10:30 a.m.", (630, 630), None)]


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("at 6:42 a.m.", "at 6:24 a.m.", ["date, different-time: at 6:42 a.m. (a) vs at 6:24 a.m. (b)"]),
        ("at 10 a.m.", "at 10 p.m.", ["date, different-time: at 10 a.m. (a) vs at 10 p.m. (b)"]),
        ("at 6:42 a.m.", "at about 6:40 a.m.", []),  # about covers a quarter of an hour
        ("at 6:20 p.m. local time", "at 1720 GMT", []),  # local time and GMT: no offset known
        ("at 6:42 a.m.", "at 6:42 a.m. local time", []),
    ],
)
def test_clock_times_are_compared_as_times(left: str, right: str, found: list[str]) -> None:
    template = "The train derailed {} near the town of Kelso, officials said."
    report = claimdiff.compare([Article("a", template.format(left)), Article("b", template.format(right))])
    assert [d.describe() for d in report.discrepancies] == found


@given(st.text(alphabet="0123456789:. apmAPMGTUC", max_size=40))
def test_find_times_spans_are_exact_and_in_the_day(text: str) -> None:
    for t in find_times(text):
        assert 0 <= t.start < t.end <= len(text)
        assert 0 <= t.low <= t.high < 24 * 60


def test_dates_of_unaligned_sentences_link_by_the_words_next_to_them() -> None:
    import datetime as dt

    day = dt.date(2025, 6, 11)
    a = Article("a", "Officials said the public hearing was held on May 27 in the council chamber.", published=day)
    b = Article("b", "Residents spoke against the cuts at the public hearing held on May 20, before the final vote.",
                published=day)
    found = claimdiff.compare([a, b]).discrepancies
    assert [(d.kind.value, d.reason) for d in found] == [("date", "different-day")], [d.describe() for d in found]


def test_a_wire_dateline_is_no_date_of_the_story() -> None:
    from claimdiff.models import DateClaim
    from claimdiff.pipeline import analyse

    text = "LIMA, March 18 (Andes Press Agency) - A quake struck late on Tuesday."
    assert [c.text for c in analyse(Article("a", text)) if isinstance(c, DateClaim)] == ["late on Tuesday"]


@pytest.mark.parametrize(
    ("text", "words", "low", "high"),
    [
        ("The dam burst just after nine in the evening.", "just after nine", (21, 0), (21, 15)),
        ("Looters arrived at six this morning.", "at six", (6, 0), (6, 0)),
        ("The roof fell in at twenty to midnight on Friday.", "at twenty to midnight", (23, 40), (23, 40)),
        ("Polls closed shortly before midnight.", "shortly before midnight", (23, 29), (23, 59)),
        ("The ship docked at half past four in the afternoon.", "at half past four", (16, 30), (16, 30)),
        ("The vote began at a quarter to seven in the morning.", "at a quarter to seven", (6, 45), (6, 45)),
        ("The fire was put out at around eleven at night.", "around eleven", (22, 45), (23, 15)),
        ("Talks resumed at noon on Tuesday.", "at noon", (12, 0), (12, 0)),
        ("The plane landed at 7 in the evening.", "at 7", (19, 0), (19, 0)),
        ("The alarm rang at three o'clock in the morning.", "at three o'clock", (3, 0), (3, 0)),
        ("Doors opened at nine thirty on Sunday morning.", "at nine thirty", (9, 30), (9, 30)),
    ],
)
def test_clock_times_in_words_are_read(text: str, words: str, low: tuple[int, int], high: tuple[int, int]) -> None:
    [found] = find_times(text)
    assert text[found.start : found.end] == words
    assert (divmod(found.low, 60), divmod(found.high, 60)) == (low, high)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed two in the morning and three in the afternoon.",  # counts, with no "at" or hedge
        "We will meet at nine o'clock.",  # no part of the day: morning or evening
        "The curfew lasts until midnight.",  # midnight alone: the end of one day or the start of the next
        "Ten of them left in the evening.",
        "It was the one in the morning paper.",
    ],
)
def test_words_that_leave_the_time_open_are_no_clock_times(text: str) -> None:
    assert find_times(text) == []


def test_a_time_in_words_is_no_figure_and_keeps_its_part_of_the_day() -> None:
    import datetime as dt

    text = "The bridge gave way just after nine in the evening on Sunday, with 40 cars on it."
    assert [q.text for q in claimdiff.find_quantities(text)] == ["40 cars"]
    dates = claimdiff.find_dates(text, published=dt.date(2026, 2, 16))
    assert [(d.text, d.granularity.value) for d in dates] == [
        ("just after nine", "time"), ("in the evening on Sunday", "part_of_day")
    ]


@pytest.mark.parametrize(
    ("left", "right", "found"),
    [
        ("at 11:40 p.m.", "just after nine in the evening", ["date, different-time"]),
        ("at 6 a.m.", "at six in the morning", []),
        ("at 5:40 a.m.", "shortly before eight in the morning", ["date, different-time"]),
        ("at 11:40 p.m.", "at twenty to midnight", []),
    ],
)
def test_clock_times_in_words_are_compared_as_times(left: str, right: str, found: list[str]) -> None:
    template = "The old bridge over the river collapsed {}, the county council said."
    report = claimdiff.compare([Article("a", template.format(left)), Article("b", template.format(right))])
    assert [d.describe().split(":")[0] for d in report.discrepancies] == found


@given(st.lists(st.sampled_from(["nine ", "at ", "twenty ", "to ", "midnight ", "in the ", "evening ", "half ", "past ",
                                  "just after ", "o'clock ", "7 ", "tonight ", ", "]), max_size=12).map("".join))
def test_times_in_words_are_exact_in_order_and_in_the_day(text: str) -> None:
    found = find_times(text)
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert 0 <= t.low <= t.high < 24 * 60
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


_CLOCK_WORDS = ["1745", "2023", "0900", "2359", "9", "6:20", " ", "  ", "\n", "hours", "hrs", "h", "GMT", "z", "ET",
                "local", "time", "localtime", "at", "about", "p.m.", "am", ",", ".", "%", "to", "won", "3:1"]


@given(st.lists(st.sampled_from(_CLOCK_WORDS), max_size=16).map(" ".join))
def test_four_digits_are_left_to_the_scan_only_where_they_are_no_time(text: str) -> None:
    """The lookahead after four digits keeps exactly the times the pattern without it gave."""
    import re

    import claimdiff.claims.times as times

    lookahead = re.search(r"\(\?=\\s\*\(\?:hours\|hrs\|local.*?\)\\b\)", times._CLOCK.pattern)
    assert lookahead is not None
    plain = re.compile(times._CLOCK.pattern.replace(lookahead.group(), ""), times._CLOCK.flags)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(times, "_CLOCK", plain)
        slow = find_times(text)
    assert find_times(text) == slow
