"""compare_many: input shapes, order, serial against process pool, progress, errors."""

from __future__ import annotations

import importlib.util
import json
from types import ModuleType

import pytest

import claimdiff
from claimdiff import Article, ClaimdiffError, EmptyArticle, InvalidArgument, InvalidValue, UnknownOption
from claimdiff.batch import compare_many, compare_record

from .conftest import ROOT, SEEDS


def load_synthetic() -> ModuleType:
    """Load benchmarks/_synthetic.py by path: pysbd installs a top-level ``benchmarks`` package."""
    spec = importlib.util.spec_from_file_location("claimdiff_synthetic", ROOT / "benchmarks" / "_synthetic.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def seeds() -> list[Article]:
    return [Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def stories(seeds: list[Article]) -> dict[str, list[Article]]:
    """The seeds, two subsets of them, and synthetic variants: 9 stories in a fixed order."""
    out = {"seeds": seeds, "seeds-0-3": [seeds[0], seeds[3]], "seeds-1-2-4": [seeds[1], seeds[2], seeds[4]]}
    out.update(load_synthetic().make_stories(6, n_sources=3, sentences_per_source=10, seed=7))
    return out


@pytest.fixture(scope="module")
def expected(stories: dict[str, list[Article]]) -> list[tuple[str, claimdiff.Report]]:
    return [(sid, claimdiff.compare(articles)) for sid, articles in stories.items()]


def test_mapping_input_matches_compare_in_order(stories, expected) -> None:
    assert list(compare_many(stories, workers=1)) == expected


def test_pairs_input_and_generator_input(stories, expected) -> None:
    assert list(compare_many(list(stories.items()), workers=1)) == expected
    assert list(compare_many(((k, v) for k, v in stories.items()), workers=1)) == expected


def test_process_pool_is_identical_to_serial(stories, expected) -> None:
    pooled = list(compare_many(stories, workers=2))
    assert [sid for sid, _ in pooled] == list(stories)
    assert pooled == expected
    assert [json.dumps(r.to_dict()) for _, r in pooled] == [json.dumps(r.to_dict()) for _, r in expected]


def test_order_is_kept_when_later_stories_finish_first(stories, seeds) -> None:
    # A big story first and small ones after: the small ones finish first on the other worker.
    order = [("big", seeds), *((f"small-{i}", [seeds[0], seeds[3]]) for i in range(6))]
    assert [sid for sid, _ in compare_many(order, workers=2)] == [sid for sid, _ in order]


def test_workers_none_uses_the_cpu_count(stories, expected) -> None:
    assert list(compare_many(stories)) == expected


def test_options_are_passed_to_compare(stories) -> None:
    want = [(sid, claimdiff.compare(a, min_severity="high", kinds=["quantity"])) for sid, a in stories.items()]
    assert list(compare_many(stories, workers=2, min_severity="high", kinds=["quantity"])) == want
    options = claimdiff.Options(min_severity="high", kinds="date")
    assert list(compare_many(stories, workers=2, options=options, kinds=["quantity"])) == want
    sid, articles = next(iter(stories.items()))
    assert compare_record((sid, articles), options) == (sid, claimdiff.compare(articles, options=options).to_dict())


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_reports_done_and_total(stories, workers) -> None:
    calls: list[tuple[int, int | None]] = []
    for _ in compare_many(stories, workers=workers, progress=lambda done, total: calls.append((done, total))):
        pass
    n = len(stories)
    assert calls == [(i, n) for i in range(1, n + 1)]
    calls.clear()
    list(compare_many(iter(stories.items()), workers=workers, progress=lambda d, t: calls.append((d, t))))
    assert calls == [(i, None) for i in range(1, n + 1)]


def test_empty_input_yields_nothing() -> None:
    assert list(compare_many({}, workers=2)) == []
    assert list(compare_many(iter([]), workers=2)) == []


def test_stopping_early_shuts_the_pool_down(seeds) -> None:
    many = ((f"s{i}", [seeds[0], seeds[3]]) for i in range(1000))
    results = compare_many(many, workers=2)
    first = next(results)
    results.close()  # must not hang or run the other 999 stories
    assert first[0] == "s0"


def test_input_is_read_lazily_with_bounded_look_ahead(seeds) -> None:
    read: list[int] = []

    def source():
        for i in range(100):
            read.append(i)
            yield f"s{i}", [seeds[0], seeds[3]]

    results = compare_many(source(), workers=2)
    next(results)
    assert len(read) <= 2 * 4 + 1
    results.close()


@pytest.mark.parametrize(
    ("stories", "match"),
    [
        (None, "stories must be a mapping"),
        ("abc", "stories must be a mapping"),
        (42, "stories must be a mapping"),
    ],
)
def test_bad_stories_argument(stories, match) -> None:
    with pytest.raises(InvalidArgument, match=match):
        compare_many(stories)


@pytest.mark.parametrize("workers", [1.5, "2", True])
def test_workers_of_the_wrong_type(workers) -> None:
    with pytest.raises(InvalidArgument, match="workers must be an int or None"):
        compare_many({}, workers=workers)


@pytest.mark.parametrize("workers", [0, -3])
def test_workers_below_one(workers) -> None:
    with pytest.raises(InvalidValue, match=f"workers must be at least 1, got {workers}"):
        compare_many({}, workers=workers)


def test_progress_not_callable() -> None:
    with pytest.raises(InvalidArgument, match="progress must be callable"):
        compare_many({}, progress=3)


def test_unknown_option_suggests_the_closest() -> None:
    with pytest.raises(UnknownOption, match="unknown option 'min_severty'; did you mean 'min_severity'"):
        compare_many({}, min_severty="high")


@pytest.mark.parametrize("options", [{"min_severity": "huge"}, {"sentence_threshold": 400}, {"kinds": ["quantiy"]}])
def test_bad_option_values_raise_before_any_work(stories, options) -> None:
    calls: list[int] = []
    with pytest.raises(ClaimdiffError):
        compare_many(stories, workers=2, progress=lambda d, t: calls.append(d), **options)
    assert calls == []


def test_errors_are_subclasses_of_builtins() -> None:
    with pytest.raises(TypeError):
        compare_many(None)
    with pytest.raises(ValueError):
        compare_many({}, workers=0)


@pytest.mark.parametrize("workers", [1, 2])
def test_non_str_story_id_is_named(seeds, workers) -> None:
    with pytest.raises(InvalidArgument, match="story id must be a str, got int 17"):
        list(compare_many({17: seeds}, workers=workers))


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize(
    ("articles", "error", "match"),
    [
        (lambda s: [s[0]], InvalidValue, "story 'bad': articles must hold at least two"),
        (lambda s: [s[0], "text"], InvalidArgument, r"story 'bad': articles\[1\] must be a claimdiff.Article"),
        (lambda s: "text", InvalidArgument, "story 'bad': articles must be a sequence"),
        (lambda s: [s[0], s[0]], InvalidValue, "story 'bad': .*two articles with source"),
    ],
)
def test_bad_articles_name_the_story(seeds, workers, articles, error, match) -> None:
    with pytest.raises(error, match=match):
        list(compare_many({"good": seeds[:2], "bad": articles(seeds)}, workers=workers))


@pytest.mark.parametrize("workers", [1, 2])
def test_empty_article_names_the_story_unless_allowed(seeds, workers) -> None:
    """Issue 13: compare_many raises EmptyArticle for a story with an article that cleaning empties."""
    banner = Article("banner", "We use cookies to improve your experience. By continuing you accept our cookie policy.")
    stories = {"good": seeds[:2], "bad": [seeds[0], banner]}
    with pytest.raises(EmptyArticle, match=r"^story 'bad': articles\[1\] \(source 'banner'\) has no text") as info:
        list(compare_many(stories, workers=workers))
    assert (info.value.index, info.value.source) == (1, "banner")
    reports = dict(compare_many(stories, workers=workers, allow_empty=True))
    assert reports["good"].warnings == ()
    assert "source 'banner'" in reports["bad"].warnings[0]
    with pytest.raises(InvalidArgument, match="allow_empty must be a bool"):
        compare_many(stories, allow_empty=1)


def test_item_that_is_not_a_pair(seeds) -> None:
    with pytest.raises(InvalidArgument, match=r"stories\[1\] must be a \(story_id, articles\) pair"):
        list(compare_many([("a", seeds[:2]), "oops"], workers=1))


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_story_is_raised_after_the_reports_before_it(seeds, workers) -> None:
    stream = [("s0", seeds[:2]), ("s1", seeds[2:4]), ("s2", [seeds[0]]), ("s3", seeds[:2])]
    got: list[str] = []
    with pytest.raises(InvalidValue, match="story 's2'"):
        for sid, _ in compare_many(stream, workers=workers):
            got.append(sid)
    assert got == ["s0", "s1"]


def test_compare_record_takes_article_dicts(seeds) -> None:
    articles = [a.to_dict() for a in seeds[:3]]
    sid, report = compare_record(("story", articles), {"min_severity": "medium"})
    assert sid == "story"
    assert report == claimdiff.compare(seeds[:3], min_severity="medium").to_dict()


@pytest.mark.parametrize(
    ("record", "error", "match"),
    [
        ("ab", InvalidArgument, "each record must be a"),
        (("s", [{"text": "x"}, {"source": "b", "text": "y"}]), InvalidArgument, r"story 's': articles\[0\] lacks the key 'source'"),
        (("s", [{"source": "a", "text": "x", "published": "June"}, {"source": "b", "text": "y"}]),
         InvalidArgument, "published must be an ISO date"),
        (("s", [{"source": "", "text": "x"}, {"source": "b", "text": "y"}]), InvalidValue, r"story 's': articles\[0\]: source"),
        ((3, []), InvalidArgument, "story id must be a str"),
    ],
)
def test_compare_record_errors(record, error, match) -> None:
    with pytest.raises(error, match=match):
        compare_record(record)
