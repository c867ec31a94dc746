"""Clock times: their own readings, compared as times, never as figures (issue 15)."""

from __future__ import annotations

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
