"""Issue 19 on stories of our own (``tests/fixtures/stories/``): timestamped outlets, syndicated
copies, a toll that rises through the day, genuine conflicts between same-hour reports. Each
file starts with its publication time (``date 2025-11-04T12:15:00+00:00``).

* ``flood-toll``: a wire (07:40) and a site that reruns it (08:30, "Source: Riverline"); two
  midday reports (12:15) of 14 and 17 dead; the evening's "latest toll" of 21. Evacuations grow,
  homes without power fall (a level), and the river's peak (no evolving measure) conflicts.
* ``warehouse-fire``: two reports of one minute (14:05+01:00) of 8 and 11 injured; a weekly
  dated only by its day, which is later than neither; an evening bulletin with a naive time
  (19:30), too close to the others to order by time, whose words ("has climbed to 15", "have
  now arrested three") say it is newer.
* ``election-count``: two outlets running one AFP copy (dateline, sign-off slug, "— AFP"), one
  of them half an hour later with the same count; two independent outlets; ballots counted
  rising through the night.

And the properties: adding a verbatim copy of an article changes no finding and no consensus,
only the sources on its side; the order of the articles changes nothing (byte-identical JSON).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import claimdiff
from claimdiff import Article, Discrepancy, Report

STORIES = Path(__file__).parent / "fixtures" / "stories"


@functools.cache
def story(name: str) -> tuple[Article, ...]:
    return tuple(Article.from_path(path) for path in sorted((STORIES / name).glob("*.txt")))


@functools.cache
def story_report(name: str) -> Report:
    return claimdiff.compare(story(name))


def summary(d: Discrepancy) -> tuple[object, ...]:
    return (d.kind.value, d.reason, d.severity.value, [(s.reading, s.sources, s.voice_count) for s in d.sides])


def timeline(d: Discrepancy) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.published.isoformat() if e.published else "", e.reading, e.sources) for e in d.timeline]


def test_flood_toll() -> None:
    found = story_report("flood-toll").discrepancies
    assert [summary(d) for d in found] == [
        # the two midday reports cannot both be current
        ("quantity", "conflict", "high", [("14", ("northern_echo_live",), 1), ("17 people", ("aske_fm",), 1)]),
        # the peak is no evolving figure; the rerun wire is one voice with the wire
        ("quantity", "conflict", "high",
         [("4.2 metres", ("riverline_wire", "valley_courier"), 1), ("4.8 metres", ("evening_post",), 1)]),
        ("quantity", "update", "low", [
            ("14", ("northern_echo_live",), 1), ("17 people", ("aske_fm",), 1), ("21", ("evening_post",), 1),
            ("nine people", ("riverline_wire", "valley_courier"), 1),
        ]),
        ("quantity", "update", "low", [
            ("About 2,400 residents", ("riverline_wire", "valley_courier"), 1),
            ("More than 4,000 people", ("northern_echo_live",), 1), ("some 5,200 people", ("evening_post",), 1),
        ]),
        ("quantity", "update", "low",
         [("About 18,000 homes", ("northern_echo_live",), 1), ("Some 31,000 homes", ("riverline_wire", "valley_courier"), 1)]),
    ]
    toll, evacuated, power = found[2:]
    assert timeline(toll) == [
        ("2025-11-04T07:40:00+00:00", "nine people", ("riverline_wire",)),
        ("2025-11-04T08:30:00+00:00", "nine people", ("valley_courier",)),
        ("2025-11-04T12:15:00+00:00", "14", ("northern_echo_live",)),
        ("2025-11-04T12:15:00+00:00", "17 people", ("aske_fm",)),
        ("2025-11-04T18:30:00+00:00", "21", ("evening_post",)),
    ]
    assert [e.reading for e in evacuated.timeline] == [
        "About 2,400 residents", "About 2,400 residents", "More than 4,000 people", "some 5,200 people"
    ]
    assert [e.reading for e in power.timeline][-1] == "About 18,000 homes"  # a level that fell


def test_warehouse_fire() -> None:
    found = story_report("warehouse-fire").discrepancies
    assert [summary(d) for d in found] == [
        # one minute, two counts; the weekly, dated by its day only, is no later than either
        ("quantity", "conflict", "high",
         [("Eight workers", ("metro_wire", "weekly_review"), 2), ("eleven workers", ("denholt_gazette",), 1)]),
        ("quantity", "update", "low", [
            ("Eight workers", ("metro_wire", "weekly_review"), 2), ("15", ("city_radio",), 1),
            ("eleven workers", ("denholt_gazette",), 1),
        ]),
        ("quantity", "update", "low",
         [("two men", ("denholt_gazette", "metro_wire"), 2), ("three people", ("city_radio",), 1)]),
    ]
    consensus = found[0].consensus
    assert (consensus.side, consensus.reading, consensus.outlier_voices) == (0, "Eight workers", 1)
    assert timeline(found[1]) == [
        ("2025-03-12", "Eight workers", ("weekly_review",)),
        ("2025-03-12T14:05:00+01:00", "eight workers", ("metro_wire",)),
        ("2025-03-12T14:05:00+01:00", "eleven workers", ("denholt_gazette",)),
        ("2025-03-12T19:30:00", "15", ("city_radio",)),
    ]


def test_election_count() -> None:
    found = story_report("election-count").discrepancies
    assert [summary(d) for d in found] == [
        # two sources, one AFP voice, against two independent voices: 421 is the consensus
        ("quantity", "conflict", "high", [
            ("421 constituencies", ("balt_daily", "radio_north"), 2),
            ("412 constituencies", ("harbour_times", "kestrel_news"), 1),
        ]),
        # same minute, two counts; the AFP rerun half an hour later still says 41
        ("quantity", "conflict", "high",
         [("41 percent", ("harbour_times", "kestrel_news"), 1), ("45 percent", ("radio_north",), 1)]),
        ("quantity", "update", "low", [
            ("41 percent", ("harbour_times", "kestrel_news"), 1), ("45 percent", ("radio_north",), 1),
            ("87 percent", ("balt_daily",), 1),
        ]),
    ]
    constituencies, counted, _ = found
    assert (constituencies.consensus.reading, constituencies.consensus.outlier_voices) == ("421 constituencies", 1)
    assert counted.consensus.is_tie  # two sources of one copy do not outvote one independent voice
    assert [e.reading for e in found[2].timeline][-1] == "87 percent"


@pytest.mark.parametrize("name", ["flood-toll", "warehouse-fire", "election-count"])
def test_every_rising_toll_is_an_update_and_every_same_time_difference_a_conflict(name: str) -> None:
    """Checked pair by pair against the publication times, independently of how findings group."""
    report = story_report(name)
    moments = {a.source: claimdiff.timeline.publication_moment(a, claimdiff.clean(a.text)) for a in report.articles}
    for d in report.discrepancies:
        if d.reason == "update":
            for earlier, later in zip(d.timeline, d.timeline[1:], strict=False):
                assert claimdiff.timeline.compare_moments(earlier.published, later.published) in (-1, 0, None)
        if d.reason == "conflict":
            times = {moments[c.source] for c in d.claims}
            ordered = [claimdiff.timeline.compare_moments(a, b) for a in times for b in times]
            # a conflict of an evolving measure holds claims of one time, or a total that fell
            assert 0 in ordered


def test_article_order_changes_nothing() -> None:
    for name in ("flood-toll", "warehouse-fire", "election-count"):
        articles = story(name)
        base = story_report(name)
        again = claimdiff.compare(list(reversed(articles)))
        assert json.dumps([d.to_dict() for d in again.discrepancies]) == json.dumps(
            [d.to_dict() for d in base.discrepancies]
        )
        assert json.dumps([a.to_dict() for a in again.alignments]) == json.dumps([a.to_dict() for a in base.alignments])


# --- properties -------------------------------------------------------------------------------

story_names = st.sampled_from(["flood-toll", "warehouse-fire", "election-count"])


def _without(d: Discrepancy, source: str) -> tuple[object, ...]:
    claims = tuple((c.source, c.start, c.end) for c in d.claims if c.source != source)
    return (d.kind.value, d.reason, d.severity.value, claims)


def _check_copy_changes_only_sources(before: Report, after: Report, original: str, copy: str) -> None:
    """Each finding is the same but for the copy's claims (the order of findings, which goes by
    their first claim's source, may move), with the same sides, voices and consensus."""
    old_findings = sorted(before.discrepancies, key=lambda d: repr(_without(d, copy)))
    new_findings = sorted(after.discrepancies, key=lambda d: repr(_without(d, copy)))
    assert [_without(d, copy) for d in new_findings] == [_without(d, copy) for d in old_findings]
    for old, new in zip(old_findings, new_findings, strict=True):
        assert [s.reading for s in new.sides] == [s.reading for s in old.sides]
        assert [s.voice_count for s in new.sides] == [s.voice_count for s in old.sides]
        assert [s.source_count - (copy in s.sources) for s in new.sides] == [s.source_count for s in old.sides]
        assert all((original in s.sources) == (copy in s.sources) for s in new.sides)
        assert (new.consensus.side, new.consensus.reading, new.consensus.tied) == (
            old.consensus.side, old.consensus.reading, old.consensus.tied
        )


source_names = st.text(st.characters(codec="ascii", categories=["L", "N", "P"]), min_size=1, max_size=8)


@settings(max_examples=40)
@given(story_names, st.data())
def test_a_verbatim_copy_of_a_story_article_changes_only_the_source_count(name: str, data: st.DataObject) -> None:
    """Under any name: the aligner reads sources in name order and aligns a group of exact
    copies once, under its first name, so a copy named to sort first moves its original in that
    order; on these stories that changes nothing (a wire's dateline day, "LIMA, March 18 (Andes)
    -", read as a figure, once made it matter)."""
    articles = story(name)
    original = data.draw(st.sampled_from(articles))
    name_st = source_names.filter(lambda n: n.strip() and n not in {a.source for a in articles})
    copy = Article(data.draw(name_st), original.text, published=original.published)
    after = claimdiff.compare([*articles, copy])
    _check_copy_changes_only_sources(story_report(name), after, original.source, copy.source)


@settings(max_examples=20)
@given(story_names, st.randoms(use_true_random=False))
def test_the_order_of_the_articles_changes_no_byte_of_the_findings(name: str, random) -> None:
    articles = list(story(name))
    random.shuffle(articles)
    report = claimdiff.compare(articles)
    assert json.dumps([d.to_dict() for d in report.discrepancies]) == json.dumps(
        [d.to_dict() for d in story_report(name).discrepancies]
    )


# Small generated stories: tolls worded in several ways, published at several kinds of time.

TOLLS = (
    "Floods in the valley killed {} people on Tuesday, officials said.",
    "The death toll from the floods in the valley rose to {}, officials said.",
    "Officials said {} people died in the valley floods on Tuesday.",
)
EVACUATED = "About {} residents were evacuated from the valley, the council said."
UTC = dt.timezone.utc
times = st.one_of(
    st.none(),
    st.just(dt.date(2025, 11, 4)),
    st.integers(6, 22).map(lambda h: dt.datetime(2025, 11, 4, h, tzinfo=UTC)),
    st.integers(6, 22).map(lambda h: dt.datetime(2025, 11, 4, h)),
)
article_st = st.tuples(st.sampled_from(TOLLS), st.integers(2, 60), st.sampled_from([None, 1200, 2400, 4800]), times)


def _generated(items: list[tuple[str, int, int | None, dt.date | None]]) -> list[Article]:
    out = []
    for n, (toll, dead, evacuated, published) in enumerate(items):
        text = toll.format(dead) + ("" if evacuated is None else " " + EVACUATED.format(f"{evacuated:,}"))
        out.append(Article(f"outlet{n}", text, published=published))
    return out


@settings(max_examples=40)
@given(st.lists(article_st, min_size=2, max_size=4), st.data())
def test_generated_stories_copies_and_order(items, data: st.DataObject) -> None:
    articles = _generated(items)
    before = claimdiff.compare(articles)
    original = data.draw(st.sampled_from(articles))
    name = data.draw(source_names.filter(lambda n: n.strip() and n not in {a.source for a in articles}))
    copy = Article(name, original.text, published=original.published)
    _check_copy_changes_only_sources(before, claimdiff.compare([*articles, copy]), original.source, copy.source)
    shuffled = data.draw(st.permutations(articles))
    assert json.dumps(claimdiff.compare(shuffled).to_dict()["discrepancies"]) == json.dumps(
        before.to_dict()["discrepancies"]
    )


@settings(max_examples=40)
@given(st.integers(2, 60), st.integers(2, 60), st.integers(6, 22), st.integers(6, 22))
def test_two_timed_tolls_are_an_update_exactly_when_the_later_is_higher(first, second, hour_a, hour_b) -> None:
    """The rule on its own: aware times, one toll each, worded alike."""
    if first == second:
        return
    a = Article("a", TOLLS[0].format(first), published=dt.datetime(2025, 11, 4, hour_a, tzinfo=UTC))
    b = Article("b", TOLLS[0].format(second), published=dt.datetime(2025, 11, 4, hour_b, tzinfo=UTC))
    (d,) = claimdiff.compare([a, b]).discrepancies
    rising = (hour_a < hour_b and first < second) or (hour_b < hour_a and second < first)
    assert (d.reason, d.severity.value) == (("update", "low") if rising else ("conflict", "high"))
    if rising:
        assert [e.reading for e in d.timeline] == [f"{low} people" for low in sorted((first, second))]
