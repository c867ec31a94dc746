"""Discrepancies are disagreements between sources (issue 13).

Four invariants, checked on every corpus the project has (the seeds, every article of
``../shared/gold/dev/``) and, as hypothesis properties, on generated news-like text that
packs several figures of one noun into a sentence (killed and injured, lists, changes "from
X to Y", "rather than", per-unit prices, vote shares):

1. ``compare([a, copy_of_a])`` reports nothing, for an exact copy and for a near copy that
   the copy detection does not catch;
2. adding an exact copy of an article already compared adds no discrepancy: the copy only
   joins agreeing sides;
3. appending unrelated sentences to one article, or reordering its paragraphs, changes no
   other finding (findings about the appended sentences themselves aside) (reordering may change an attribution: "he said" reads the paragraph
   before it);
4. every reported discrepancy has at least two sources whose readings differ, on opposite
   sides: no source stands on both.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimdiff
from claimdiff.models import Article, Discrepancy, Report

from .conftest import SEEDS, SHARED

DEV = SHARED / "gold" / "dev"
#: A paragraph about something else entirely, for invariant 3.
UNRELATED = (
    "\n\nIn other news, the city zoo welcomed a baby giraffe named Poppy, which weighed 54 kilograms "
    "at birth. Her keepers said she was healthy and would meet visitors in 3 weeks."
)


def _stories() -> list[tuple[str, dt.date | None, dict[str, str]]]:
    stories: list[tuple[str, dt.date | None, dict[str, str]]] = [
        ("seeds", None, {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))})
    ]
    for path in sorted(DEV.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        stories.append((gold["story"], dt.date.fromisoformat(gold["published"]), dict(gold["articles"])))
    return stories


STORIES = _stories()
ARTICLES = [
    pytest.param(published, source, text, id=f"{story}:{source}")
    for story, published, texts in STORIES
    for source, text in texts.items()
]


def test_the_corpora_are_there() -> None:
    assert len(STORIES) >= 17, f"expected the seeds and the dev stories in {DEV}"
    assert len(ARTICLES) >= 70


def _ids(report: Report) -> list[tuple[str, str]]:
    return sorted((d.kind.value, d.id) for d in report.discrepancies)


def _without_text_after(report: Report, source: str, end: int) -> Report:
    """Drop the findings that quote ``source`` past ``end``: about the text appended there."""
    kept = [d for d in report.discrepancies if not any(c.source == source and c.end > end for c in d.claims)]
    return attrs.evolve(report, discrepancies=tuple(kept))


def _unattributed(ids: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(kind, i) for kind, i in ids if kind != "attribution"]


def _opposed(d: Discrepancy) -> bool:
    """Invariant 4: two sources read differently, and not every source holds every reading."""
    readings: dict[str, set[str]] = {}
    for c in d.claims:
        readings.setdefault(c.source, set()).add(d.reading_of(c))
    return any(readings[x] != readings[y] for x in readings for y in readings) and len(readings) >= 2


def _articles(texts: dict[str, str], published: dt.date | None) -> list[Article]:
    return [Article(source=s, text=t, published=published) for s, t in texts.items()]


# --- 1. an article never disagrees with itself ------------------------------------------------


@pytest.mark.parametrize(("published", "source", "text"), ARTICLES)
def test_an_article_never_disagrees_with_its_copy(published: dt.date | None, source: str, text: str) -> None:
    a = Article(source=source, text=text, published=published)
    exact = claimdiff.compare([a, Article(source=source + "~copy", text=text, published=published)])
    assert exact.discrepancies == ()
    assert exact.alignments, "an article and its copy share every claim"
    # A near copy (a trailing line more) is not caught as a copy: it must agree on its own.
    near = Article(source=source + "~near", text=text + "\n\nFollow us for more.", published=published)
    found = claimdiff.compare([a, near]).discrepancies
    assert found == (), [d.describe() for d in found]


# --- 2, 3, 4 on whole stories -----------------------------------------------------------------


@pytest.mark.parametrize(("story", "published", "texts"), [pytest.param(*s, id=s[0]) for s in STORIES])
def test_copies_appended_text_and_reordered_paragraphs_change_no_finding(
    story: str, published: dt.date | None, texts: dict[str, str]
) -> None:
    articles = _articles(texts, published)
    base = claimdiff.compare(articles)
    assert all(_opposed(d) for d in base.discrepancies)
    expected = _ids(base)
    for i, a in enumerate(articles):
        copy = Article(source=a.source + "~copy", text=a.text, published=published)
        with_copy = claimdiff.compare([*articles, copy])
        assert _ids(with_copy) == expected, f"a copy of {a.source} changed the findings"
        for d in with_copy.discrepancies:
            sides = {c.source for c in d.claims}
            assert (a.source in sides) == (copy.source in sides), "the copy stands where its original stands"
        longer = Article(source=a.source, text=a.text + UNRELATED, published=published)
        appended = claimdiff.compare([*articles[:i], longer, *articles[i + 1 :]])
        assert _ids(_without_text_after(appended, a.source, len(a.text))) == expected, (
            f"appending an unrelated paragraph to {a.source} changed the findings"
        )
        paragraphs = a.text.split("\n\n")
        if len(paragraphs) > 2:
            shuffled = "\n\n".join([paragraphs[0], *reversed(paragraphs[1:])])
            moved = Article(source=a.source, text=shuffled, published=published)
            # Who said a quote can hang on the paragraph before it ("he said"), so reordering
            # may change attributions; every other finding stays.
            reordered = _ids(claimdiff.compare([*articles[:i], moved, *articles[i + 1 :]]))
            assert _unattributed(reordered) == _unattributed(expected), (
                f"reordering the paragraphs of {a.source} changed the findings"
            )


# --- the cases the issue reported ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The attack killed 12 people and injured 30 people.", None),
        ("2 people were killed and 7 people were hurt.", "Two people were killed and seven people were hurt."),
        ("The storm killed five people and left 20,000 people without power.", None),
        ("The attack killed 12 and injured 30.", "In the attack 30 were injured and 12 killed."),
        ("The river fell from 6 feet to 3 feet overnight.", "Overnight the river fell from 6 feet to 3 feet."),
        ("The kettle costs $40 and the toaster $60.", "The kettle costs $40, and the toaster costs $60."),
        ("Smith won 52% of the vote, Jones 31% and Lee 17%.", "Lee won 17%, Jones 31% and Smith 52% of the vote."),
        ("Revenue was $4.8 billion, or $1.47 per share.", "Revenue came to $4.8 billion, or $1.47 a share."),
    ],
)
def test_several_figures_of_one_noun_in_a_sentence_are_several_claims(left: str, right: str | None) -> None:
    report = claimdiff.compare([Article("a", left), Article("b", right or left)])
    assert report.discrepancies == (), [d.describe() for d in report.discrepancies]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The attack killed 12 people and injured 30 people.",
            "The attack injured 30 people and killed 14 people.",
            "quantity, conflict: 12 people (a) vs 14 people (b)",
        ),
        (
            "The river fell from 6 feet to 3 feet overnight.",
            "The river fell from 6 feet to 4 feet overnight.",
            "quantity, conflict: 3 feet (a) vs 4 feet (b)",
        ),
        (
            "Smith won 52% of the vote, Jones 31% and Lee 17%.",
            "Smith won 52% of the vote, Jones 29% and Lee 17%.",
            "quantity, conflict: 31% (a) vs 29% (b)",
        ),
    ],
)
def test_the_one_figure_that_differs_is_the_one_reported(left: str, right: str, expected: str) -> None:
    found = claimdiff.compare([Article("a", left), Article("b", right)]).discrepancies
    assert [d.describe() for d in found] == [expected]


def test_the_id_names_what_is_disagreed_about_not_who_says_it() -> None:
    a = Article("a", "The two sides signed 11 agreements on Thursday.")
    b = Article("b", "The two sides signed a dozen agreements on Thursday.")
    c = Article("c", "On Thursday the two sides signed eleven agreements.")
    two = claimdiff.compare([a, b]).discrepancies
    three = claimdiff.compare([a, b, c]).discrepancies
    assert len(two) == len(three) == 1
    assert two[0].id == three[0].id
    assert three[0].sources == ("a", "b", "c")


def test_seed_ids_survive_an_agreeing_source(seed_paths: Sequence[Path]) -> None:
    pair = [Article.from_path(p) for p in seed_paths if p.stem.startswith(("000", "003"))]
    every = [Article.from_path(p) for p in seed_paths]
    two = {d.id for d in claimdiff.compare(pair, kinds=["quantity"]).discrepancies}
    five = {d.id for d in claimdiff.compare(every, kinds=["quantity"]).discrepancies}
    assert two and two <= five


# --- generated news-like text -------------------------------------------------------------------

_small = st.integers(2, 60)
_big = st.integers(1_000, 90_000)
_price = st.integers(5, 400)
_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine", 10: "ten"}


@st.composite
def _figure(draw: st.DrawFn, numbers: st.SearchStrategy[int] = _small) -> str:
    n = draw(numbers)
    if n in _WORDS and draw(st.booleans()):
        return _WORDS[n]
    return f"{n:,}"


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(["Hanoi", "Kelso", "Arequipa", "Brayton", "Lagos", "Calderbrook"]))
    thing = draw(st.sampled_from(["kettle", "toaster", "blender", "fryer", "heater"]))
    other = draw(st.sampled_from(["lamp", "radio", "fan", "grill"]))
    names = draw(st.permutations(["Smith", "Okafor", "Lindgren", "Moreau"]))
    n, m = draw(_figure()), draw(_figure())
    templates = [
        f"The attack in {place} killed {n} people and injured {m} people.",
        f"{n.capitalize()} people were killed and {m} people were hurt in {place}.",
        f"The storm killed {n} people and left {draw(_figure(_big))} people without power in {place}.",
        f"Officials in {place} said {n} were injured and {m} killed.",
        f"The price of the {thing} rose from ${draw(_price)} to ${draw(_price)} in {place}.",
        f"The river at {place} fell from {n} feet to {m} feet.",
        f"The council in {place} bought {n} buses rather than {m} trams.",
        f"The {thing} costs ${draw(_price)} each, and the {other} sells for ${draw(_price)} per unit.",
        f"{names[0]} won {n}% of the vote, {names[1]} {m}% and {names[2]} {draw(_figure())}%.",
        f"Revenue was ${draw(_price)}.{draw(st.integers(1, 9))} billion, or ${draw(st.integers(1, 9))}.{draw(st.integers(10, 99))} per share.",
        f"Tickets in {place} cost ${draw(_price)}, ${draw(_price)}, ${draw(_price)} and ${draw(_price)}.",
        f"The team from {place} scored {n} goals and conceded {m} goals in {draw(_figure())} games.",
    ]
    return draw(st.sampled_from(templates))


@st.composite
def news_article(draw: st.DrawFn) -> str:
    paragraphs = draw(st.lists(st.lists(_sentence(), min_size=1, max_size=3), min_size=1, max_size=4))
    return "\n\n".join(" ".join(p) for p in paragraphs)


@given(news_article())
def test_generated_article_never_disagrees_with_its_copy(text: str) -> None:
    a = Article("a", text)
    assert claimdiff.compare([a, Article("b", text)]).discrepancies == ()
    near = claimdiff.compare([a, Article("b", text + "\n\nFollow us for more.")]).discrepancies
    assert near == (), [d.describe() for d in near]


@given(news_article(), news_article())
def test_generated_copy_only_joins_agreeing_sides(left: str, right: str) -> None:
    articles = [Article("a", left), Article("b", right)]
    base = claimdiff.compare(articles)
    assert all(_opposed(d) for d in base.discrepancies)
    with_copy = claimdiff.compare([*articles, Article("a2", left)])
    assert _ids(with_copy) == _ids(base)
    assert all(_opposed(d) for d in with_copy.discrepancies)


@given(news_article(), news_article())
def test_generated_unrelated_paragraph_changes_no_finding(left: str, right: str) -> None:
    base = claimdiff.compare([Article("a", left), Article("b", right)])
    longer = claimdiff.compare([Article("a", left + UNRELATED), Article("b", right)])
    assert _ids(_without_text_after(longer, "a", len(left))) == _ids(base)
