"""Tests for claimdiff.dates: the seeds' dates, resolution rules and properties."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff.claims.dates import RULES, dates_apart, find_dates
from claimdiff.claims.quantities import find_quantities
from claimdiff.errors import InvalidArgument
from claimdiff.models import Granularity

from .strategies import any_text, hostile_text, newsy_text, number_text, symbol_runs

PUB = dt.date(2024, 6, 20)  # a Thursday


def one(text: str, published: dt.date | None = PUB):
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "words", "granularity", "low", "high", "part"),
    [
        ("a state visit to Vietnam on Thursday that", "on Thursday", "day", "2024-06-20", "2024-06-20", None),
        ("In March 2023, the court", "In March 2023", "month", "2023-03-01", "2023-03-31", None),
        ("In 2023, the court", "In 2023", "year", "2023-01-01", "2023-12-31", None),
        ("visited Vietnam last year.", "last year", "year", "2023-01-01", "2023-12-31", None),
        ("In September, Biden visited", "In September", "month", "2023-09-01", "2023-09-30", None),
        ("A statement this week said", "this week", "week", "2024-06-17", "2024-06-23", None),
        ("A statement earlier in the week said", "earlier in the week", "week", "2024-06-17", "2024-06-20", None),
        ("who arrived in the early hours on Thursday, is", "in the early hours on Thursday", "part_of_day",
         "2024-06-20", "2024-06-20", "early_hours"),
        ("arrived in Hanoi early on Thursday morning from", "early on Thursday morning", "part_of_day",
         "2024-06-20", "2024-06-20", "morning"),
        ("arrived on Thursday afternoon, where", "on Thursday afternoon", "part_of_day", "2024-06-20",
         "2024-06-20", "afternoon"),
        ("his last visit since 2017 when", "since 2017", "year", "2017-01-01", "2017-12-31", None),
        ("his studies in the 1980s.", "in the 1980s", "decade", "1980-01-01", "1989-12-31", None),
        ("Since the early 2000s, Russia", "Since the early 2000s", "decade", "2000-01-01", "2003-12-31", None),
        ("leave the country this Thursday night.", "this Thursday night", "part_of_day", "2024-06-20",
         "2024-06-20", "night"),
        ("By Aniruddha Ghosal – June 20, 2024", "June 20, 2024", "day", "2024-06-20", "2024-06-20", None),
        ("invaded Ukraine in February 2022 in what", "in February 2022", "month", "2022-02-01", "2022-02-28", None),
        ("sworn in for a fifth term in May.", "in May", "month", "2024-05-01", "2024-05-31", None),
        ("Bezdetko on Wednesday, as reported", "on Wednesday", "day", "2024-06-19", "2024-06-19", None),
    ],
)
def test_seed_dates(text, words, granularity, low, high, part):
    d = one(text)
    assert (d.text, d.granularity.value, str(d.low), str(d.high), d.part_of_day) == (
        words, granularity, low, high, part)
    assert text[d.start : d.end] == d.text


def test_relative_flag_and_unresolved_without_publication():
    d = one("on Thursday", published=None)
    assert (d.low, d.high, d.weekday, d.relative) == (None, None, 3, True)  # relative either way (issue 17)
    assert one("on Thursday").relative
    assert not one("In March 2023").relative
    assert one("In March 2023", published=None).low == dt.date(2023, 3, 1)
    assert one("last year", published=None).low is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("on Saturday", "2024-06-15"), ("last Thursday", "2024-06-13"), ("next Monday", "2024-06-24"),
     ("this Saturday", "2024-06-22"), ("yesterday", "2024-06-19"), ("June 25", "2024-06-25"),
     ("It was on June 25", "2023-06-25"), ("the 4th of May", "2024-05-04"), ("2024-06-20", "2024-06-20")],
)
def test_day_resolution(text, day):
    d = one(text)
    assert str(d.low) == str(d.high) == day


def test_part_of_day_without_day():
    d = one("Putin arrived in Hanoi early in the morning from")
    assert (d.text, d.granularity, d.part_of_day, d.low) == ("early in the morning", Granularity.PART_OF_DAY,
                                                            "morning", None)


@pytest.mark.parametrize("text", ["You may go.", "March on!", "He will march 5 miles.", "a sunny day",
                                  "one of his priorities", "the 2,000 people"])
def test_no_false_dates(text):
    assert find_dates(text, published=PUB) == []


def test_rules_are_named_data():
    assert RULES[0][0] == "iso_date"


def test_bad_arguments():
    with pytest.raises(InvalidArgument, match="text"):
        find_dates(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match="published"):
        find_dates("on Thursday", published="2024-06-20")  # type: ignore[arg-type]


@given(any_text)
def test_never_raises_and_spans_are_exact(text):
    last = 0
    for d in find_dates(text, published=PUB):
        assert text[d.start : d.end] == d.text and d.start >= last
        assert d.low is None or d.high is None or d.low <= d.high
        last = d.end


@given(newsy_text)
def test_newsy_text(text):
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text


def test_decade_of_year_zero_is_not_a_date():
    """Found by the property suite: "0S" read as the decade 0-9 crashed (year 0 is out of range)."""
    assert find_dates("0S") == []
    assert find_dates("in the 0s and 0000") == []


# --- shortcuts: shared tokens and gated candidates change nothing ---------------------------


@given(st.one_of(number_text, symbol_runs, hostile_text(40)))
def test_split_runs_are_the_runs_of_the_text(text):
    """split_runs keeps whole only a quiet run's middle and the middle of a list glued by commas."""
    from claimdiff.claims.tokens import _quiet, _tokenize, split_runs

    got = split_runs(text, _tokenize(text, _quiet(2, 6)))
    want = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+|[0-9]+|\S", text)]
    j = 0
    for tok in got:
        if (tok.end - tok.start > 1 and not tok.text[0].isalnum()) or tok.text.endswith(","):
            # a quiet run's middle, or the middle of a list glued by commas: several tokens in one
            while j < len(want) and want[j][0] < tok.end:
                assert want[j][0] >= tok.start
                j += 1
            continue
        assert (tok.start, tok.end) == want[j], (text, tok, want[j])
        assert tok.text == text[tok.start : tok.end] and tok.low == tok.text.lower()
        j += 1
    assert j == len(want)


def _every_trigger(c):
    from claimdiff.claims.dates import _TRIGGERS

    return [
        k
        for k, tok in enumerate(c.toks)
        if tok.low in _TRIGGERS or "0" <= tok.text[0] <= "9" or k in c.years or k in c.ago or tok.low in ("a", "an", "one")
    ]


@given(st.one_of(number_text, newsy_text), st.booleans())
def test_gated_candidates_change_nothing(text, with_date):
    import claimdiff.claims.dates as dates

    published = dt.date(2024, 6, 20) if with_date else None
    fast = find_dates(text, published=published)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dates, "_picked", _every_trigger)
        mp.setattr(dates, "_may_start", lambda c, k: True)
        slow = find_dates(text, published=published)
    assert fast == slow


@given(st.one_of(number_text, newsy_text), st.booleans())
def test_a_rule_reads_nothing_outside_its_first_words(text, with_date):
    """The scan calls a rule only at the first words of RULE_STARTS (and at years and counts before "ago")."""
    from claimdiff.claims.dates import RULE_STARTS, _Ctx

    c = _Ctx(text, dt.date(2024, 6, 20) if with_date else None, None, None)
    for k, tok in enumerate(c.toks):
        if k in c.years or k in c.ago:
            continue
        key = "0" if "0" <= tok.text[0] <= "9" else tok.low
        for name, rule in RULES:
            if key not in RULE_STARTS[name]:
                assert rule(c, k) is None, (text, k, name)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("on Monday's visit", ["on Monday"]),
        ("May 4,2023,2024,2025", ["May 4,2023", "2024", "2025"]),
        ("from 2019,2020,2021 on", ["from 2019", "2020"]),
        ("the 4th of May and the morning of June 20", ["the 4th of May", "the morning of June 20"]),
    ],
)
def test_dates_next_to_figures_and_lists(text, words):
    assert [d.text for d in find_dates(text, published=dt.date(2024, 6, 20))] == words


WED = dt.date(2026, 3, 11)  # a Wednesday


#: Sentence | publication date | first day read. A bare weekday is the coming one in a clause
#: of the future, else the last one; a yearless day or month the last one in the past, the next
#: one in the future, else the nearest; a past verb says nothing of where a state "until" a day
#: ends; a weekday given with the day picks the year (17 December 2025 is a Wednesday); an
#: infinitive with no tense word in its whole clause is a plan (the headline "Nurses to walk out
#: from Thursday"), but not when a past verb lies beyond the words read.
TENSE_CASES = """
The two men will face a judge on Friday.        | 2026-03-11 | 2026-03-13
On Friday, the two men will face a judge.       | 2026-03-11 | 2026-03-13
The men will face a judge on Friday. "It was well planned," police said. | 2026-03-11 | 2026-03-13
The verdict is expected on Monday.              | 2026-03-11 | 2026-03-16
The two men faced a judge on Friday.            | 2026-03-11 | 2026-03-06
The shop reopened on Monday.                    | 2026-03-11 | 2026-03-09
The inquiry opened on May 2.                    | 2025-04-20 | 2024-05-02
The inquiry will open on May 2.                 | 2025-06-20 | 2026-05-02
The fiscal year begins on July 1.               | 2025-06-11 | 2025-07-01
The closing date is May 30.                     | 2025-05-12 | 2025-05-30
Hearings resumed on May 6.                      | 2025-05-12 | 2025-05-06
Flights were suspended until April 2.           | 2026-03-28 | 2026-04-02
The board meets on Wednesday, December 17.      | 2025-01-10 | 2025-12-17
The board met on Wednesday, December 17.        | 2026-11-05 | 2025-12-17
The board met on Wednesday, Dec. 17.            | 2026-11-05 | 2025-12-17
Jan. 5 was the coldest day.                     | 2026-03-11 | 2026-01-05
The depot will close in September.              | 2025-06-11 | 2025-09-01
In September, the minister visited the depot.   | 2025-06-11 | 2024-09-01
The old depot closed in September.              | 2025-06-11 | 2024-09-01
The season starts in August.                    | 2025-06-11 | 2025-08-01
The next talks will be held in January.         | 2025-06-11 | 2026-01-01
Nurses to walk out from Thursday                | 2026-03-10 | 2026-03-12
Ministers to meet union leaders on Friday       | 2026-03-10 | 2026-03-13
He went back to London to see the bank's board on Friday. | 2026-03-10 | 2026-03-06
Shares jumped to a record on Friday.            | 2026-03-10 | 2026-03-06
Friday's crash should not have happened.        | 2026-03-10 | 2026-03-06
The leak may have started on Friday.            | 2026-03-10 | 2026-03-06
The fire could have begun on Friday night.      | 2026-03-10 | 2026-03-06
The vote should take place on Friday.           | 2026-03-10 | 2026-03-13
"""


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [tuple(part.strip() for part in line.split("|")) for line in TENSE_CASES.strip().splitlines()],
)
def test_relative_days_follow_the_tense_of_their_clause(text: str, published: str, day: str) -> None:
    [d] = find_dates(text, published=dt.date.fromisoformat(published))
    assert str(d.low) == day, d
    assert d.granularity.value == "month" or d.high == d.low, d


def test_this_and_last_parts_of_the_day_are_resolved() -> None:
    pub = dt.date(2025, 9, 15)
    found = find_dates("The gala ended last night; the winners spoke this morning.", published=pub)
    assert [(d.text, str(d.low), d.part_of_day) for d in found] == [
        ("last night", "2025-09-14", "night"), ("this morning", "2025-09-15", "morning")]
    assert find_dates("on the last morning of the trip", published=pub) == []


@pytest.mark.parametrize(
    ("text", "dated"),
    [("The vote restored Sunday hours at the pools.", False), ("Friday prayers were held outdoors.", False),
     ("The council met on Sunday.", True), ("Sunday's vote was close.", True), ("It opened Sunday night.", True)],
)
def test_a_weekday_before_a_habit_is_no_date(text: str, dated: bool) -> None:
    assert bool(find_dates(text, published=PUB)) is dated


def test_dates_apart_says_why_two_dates_cannot_coincide() -> None:
    def one_of(text: str):
        [d] = find_dates(text, published=PUB)
        return d

    assert dates_apart(one_of("on Tuesday"), one_of("on Wednesday")) == "different-day"
    assert dates_apart(one_of("in March 2023"), one_of("in May 2023")) == "different-period"
    assert dates_apart(one_of("at 6:20 p.m."), one_of("at 6:02 p.m.")) == "different-time"
    assert dates_apart(one_of("on Thursday morning"), one_of("on Thursday evening")) == "different-time-of-day"
    assert dates_apart(one_of("in 2023"), one_of("in March 2023")) is None
    assert dates_apart(one_of("on Thursday morning"), one_of("early on Thursday")) is None


@pytest.mark.parametrize(
    ("text", "words", "granularity", "low", "high"),
    [
        ("The firm was founded five years ago.", "five years ago", "year", "2021-01-01", "2021-12-31"),
        ("It closed a year ago.", "a year ago", "year", "2025-01-01", "2025-12-31"),
        ("The plan was dropped two months ago.", "two months ago", "month", "2026-01-01", "2026-01-31"),
        ("The fire started two weeks ago.", "two weeks ago", "week", "2026-02-22", "2026-02-28"),
        ("Three days ago, the rebels advanced.", "Three days ago", "day", "2026-03-08", "2026-03-08"),
        # an approximate count covers what rounds to it; a decade is ten years; an open count reaches back
        ("The club was set up almost 40 years ago.", "almost 40 years ago", "year", "1986-01-01", "1990-12-31"),
        ("It was built about 20 years ago.", "about 20 years ago", "year", "2004-01-01", "2008-12-31"),
        ("The mill shut two decades ago.", "two decades ago", "year", "2006-01-01", "2006-12-31"),
        ("The mill shut a decade ago.", "a decade ago", "year", "2016-01-01", "2016-12-31"),
        ("The mill shut more than 20 years ago.", "more than 20 years ago", "year", "0001-01-01", "2006-12-31"),
    ],
)
def test_counts_of_time_before_ago_are_dates(text: str, words: str, granularity: str, low: str, high: str) -> None:
    [d] = find_dates(text, published=WED)
    assert (d.text, d.granularity.value, str(d.low), str(d.high), d.relative) == (words, granularity, low, high, True)
    assert find_dates(text, published=None)[0].low is None
    assert find_dates("Five years later, it closed.", published=WED) == []


def test_the_past_year_runs_up_to_publication() -> None:
    def span(text: str) -> tuple[str, str]:
        [d] = find_dates(text, published=WED)
        return str(d.low), str(d.high)

    assert span("Prices rose over the past year.") == ("2025-03-11", "2026-03-11")
    assert span("Prices rose in the last month.") == ("2026-02-11", "2026-03-11")
    assert span("Prices rose last year.") == ("2025-01-01", "2025-12-31")
    assert span("Prices rose last month.") == ("2026-02-01", "2026-02-28")


@pytest.mark.parametrize(
    ("text", "found"),
    [("It ran in the journal Neurology Today.", []), ("USA Today reported it first.", []),
     ("Today, the court ruled.", ["Today"]), ("NORTH WEST TONIGHT", []), ("Tonight, police say more.", ["Tonight"])],
)
def test_today_and_tonight_that_end_a_name_are_no_dates(text: str, found: list[str]) -> None:
    assert [d.text for d in find_dates(text, published=WED)] == found


def test_relative_words_are_relative_without_a_publication_date_too() -> None:
    from claimdiff import find_dates

    found = {d.text: d.relative for d in find_dates("Last year it closed; it reopened yesterday, on Thursday, in March.")}
    assert found == {"Last year": True, "yesterday": True, "on Thursday": True, "in March": True}
    assert [d.relative for d in find_dates("It reopened on June 20, 2024.")] == [False]


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        ("The vote was held on the 9th.", "on the 9th", dt.date(2026, 3, 9)),  # past: on or before publication
        ("Polls closed on the 15th, officials said.", "on the 15th", dt.date(2026, 2, 15)),
        ("The hearing will resume on the 20th.", "on the 20th", dt.date(2026, 3, 20)),  # future: on or after
        ("They last met on the 31st.", "on the 31st", dt.date(2026, 1, 31)),  # February has none
        ("Results come on the 2nd; counting starts soon.", "on the 2nd", dt.date(2026, 3, 2)),  # nearest
    ],
)
def test_a_day_of_the_month_alone_takes_its_month_from_publication(text: str, words: str, day: dt.date) -> None:
    found = find_dates(text, published=dt.date(2026, 3, 11))
    assert [(d.text, d.low, d.granularity, d.relative) for d in found] == [(words, day, Granularity.DAY, True)]
    assert [q.text for q in find_quantities(text)] == []  # the day is no ordinal figure


@pytest.mark.parametrize("text", ["He finished on the 9th hole.", "The flat is on the 3rd floor.", "It came on the 2nd attempt."])
def test_an_ordinal_that_goes_on_is_no_day(text: str) -> None:
    assert find_dates(text, published=dt.date(2026, 3, 11)) == []
    assert len(find_quantities(text)) == 1


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a quote set after a colon has its own tense: the day is when it was said
        ('Speaking at the dock on Tuesday, the harbour master said: "The ferries will run again."', "2024-06-18"),
        ('On Tuesday the harbour master said: "We will reopen the dock."', "2024-06-18"),
        # a partial quote goes on with the sentence's own tense
        ('The harbour master said the dock would "open again on Tuesday".', "2024-06-25"),
    ],
)
def test_a_quote_after_a_colon_keeps_its_tense_to_itself(text: str, day: str) -> None:
    assert one(text).low.isoformat() == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day a past verb of saying governs is when it was said, whatever was said
        ("The harbour board said on Tuesday that the dock would reopen.", "2024-06-18"),
        ("The dock will reopen, the harbour board said in a statement on Tuesday.", "2024-06-18"),
        ("On Tuesday, the harbour board said the dock would reopen.", "2024-06-18"),
        ("The harbour master, speaking on Tuesday, said the dock would reopen.", "2024-06-18"),
        # a day of what was said, or a verb of saying set off by commas, keeps the clause's tense
        ("The harbour board said the dock would reopen on Tuesday.", "2024-06-25"),
        ("The vote on Tuesday, officials said, will be close.", "2024-06-25"),
    ],
)
def test_the_day_of_a_past_verb_of_saying_is_when_it_was_said(text: str, day: str) -> None:
    assert one(text).low.isoformat() == day


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        ("The brothers founded the firm in 1987.", "The brothers set up the firm almost 40 years ago.", False),
        ("The brothers founded the firm in 1987.", "The brothers set up the firm about 20 years ago.", True),
        ("The mill shut in 2015.", "The mill shut two decades ago.", True),
        ("The mill shut in 2015.", "The mill shut more than 20 years ago.", True),
        ("The mill shut in 2001.", "The mill shut more than 20 years ago.", False),
    ],
)
def test_a_year_against_a_count_of_years_ago(a: str, b: str, flagged: bool) -> None:
    articles = [claimdiff.Article(source=s, text=t, published=WED) for s, t in (("a", a), ("b", b))]
    assert bool(claimdiff.compare(articles).discrepancies) is flagged


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The fire broke out shortly before midnight on Saturday.", "on Saturday"),
        ("It began at 2am on Saturday morning.", "on Saturday morning"),
        ("The last message came at 1745 GMT on Monday.", "on Monday"),
    ],
)
def test_a_day_after_a_clock_time_is_read_on_its_own(text: str, day: str) -> None:
    found = find_dates(text, published=WED)
    assert found[0].granularity.value == "time"
    assert day in [d.text for d in found]


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The council voted on the plan on 3 March.", 2026),  # "the plan" is a noun: "voted" tells
        ("The plans were approved on 3 March.", 2026),
        ("The plan is to reopen on 3 March.", 2027),  # a plan's day to come
        ("They plan to reopen the road on 3 March.", 2027),  # the verb
    ],
)
def test_a_future_cue_after_a_determiner_is_a_noun_and_tells_no_tense(text: str, year: int) -> None:
    [d] = find_dates(text, published=WED)
    assert d.low is not None and d.low.year == year


@pytest.mark.parametrize(
    ("text", "published", "low"),
    [
        ("The shop was broken into over the weekend.", WED, "2026-03-07"),  # the one before, in the past
        ("The fair will be held at the weekend.", WED, "2026-03-14"),  # the coming one
        ("The shop was broken into over the weekend.", dt.date(2026, 3, 14), "2026-03-14"),  # on a Saturday: this one
    ],
)
def test_the_weekend_is_the_saturday_and_sunday_its_tense_points_to(text: str, published: dt.date, low: str) -> None:
    [d] = find_dates(text, published=published)
    assert (str(d.low), (d.high - d.low).days) == (low, 1)


def test_the_weekend_with_no_tense_or_no_date_is_left_unresolved() -> None:
    assert find_dates("The weekend was quiet.", published=WED) == []
    assert find_dates("The shop was broken into over the weekend.", published=None)[0].low is None


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The factory closed last summer.", "2025-06-01", "2025-08-31"),
        ("The results are due in the spring.", "2026-03-01", "2026-05-31"),  # under way, in the future
        ("It was built in the summer of 2019.", "2019-06-01", "2019-08-31"),
        ("It opened in winter 2024.", "2024-12-01", "2025-02-28"),  # a winter runs into the next year
        ("They will meet next summer.", "2026-06-01", "2026-08-31"),
        ("Sales fell during the winter.", "2025-12-01", "2026-02-28"),
    ],
)
def test_seasons_are_their_three_months(text: str, low: str, high: str) -> None:
    [d] = find_dates(text, published=WED)
    assert (str(d.low), str(d.high), d.granularity.value) == (low, high, "month")


@pytest.mark.parametrize(
    "text", ["The fall of the regime came fast.", "The winter was harsh.", "It opened in the fall of prices."]
)
def test_a_season_word_that_says_no_time_is_no_date(text: str) -> None:
    assert find_dates(text, published=WED) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Work is due to finish in the first quarter of 2027.", "2027-01-01", "2027-03-31"),
        ("Sales rose in Q3 2026.", "2026-07-01", "2026-09-30"),
        ("Output will rise in the second half of 2026.", "2026-07-01", "2026-12-31"),
        ("Profits fell in the final quarter of last year.", "2025-10-01", "2025-12-31"),
        ("It reported losses for H1 2025.", "2025-01-01", "2025-06-30"),
    ],
)
def test_quarters_and_halves_of_a_year_are_their_months(text: str, low: str, high: str) -> None:
    [d] = find_dates(text, published=WED)
    assert (str(d.low), str(d.high), d.granularity.value) == (low, high, "month")


@pytest.mark.parametrize(
    "text", ["Sales rose in the third quarter.", "He scored in the first half of the match.", "It rose in Q5 2026."]
)
def test_a_part_of_no_year_or_no_part_of_a_year_is_no_such_date(text: str) -> None:
    assert all(d.granularity.value != "month" for d in find_dates(text, published=WED))
