"""compare_bag on a two-process Dask LocalCluster gives the same bytes as a local serial run."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import claimdiff
from claimdiff import Article, InvalidArgument, InvalidValue, UnknownOption
from claimdiff.dask import MissingDependency, compare_bag

from .conftest import SEEDS
from .test_batch import load_synthetic


@pytest.fixture(scope="module")
def db():
    pytest.importorskip("dask", reason="compare_bag needs dask: pip install 'claimdiff[dask]'")
    return pytest.importorskip("dask.bag", reason="compare_bag needs dask[bag]: pip install 'claimdiff[dask]'")


@pytest.fixture(scope="module")
def client(db):
    distributed = pytest.importorskip("distributed", reason="the cluster test needs dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def stories() -> list[tuple[str, list[Article]]]:
    seeds = [Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]
    out = [("seeds", seeds), ("seeds-0-3", [seeds[0], seeds[3]]), ("seeds-2-1", [seeds[2], seeds[1]])]
    out += list(load_synthetic().make_stories(9, n_sources=4, sentences_per_source=15, seed=3).items())
    return out


def _serial(stories, **options) -> list[tuple[str, str]]:
    return [(sid, json.dumps(claimdiff.compare(a, **options).to_dict())) for sid, a in stories]


def _dumped(pairs) -> list[tuple[str, str]]:
    return [(sid, json.dumps(report, sort_keys=False)) for sid, report in pairs]


def test_cluster_has_two_worker_processes(client) -> None:
    workers = client.scheduler_info()["workers"]
    assert len(workers) == 2
    assert len({w["pid"] if "pid" in w else w["id"] for w in workers.values()}) == 2


def test_cluster_results_are_byte_identical_to_serial(db, client, stories) -> None:
    bag = db.from_sequence(stories, npartitions=4)
    got = compare_bag(bag).compute()
    assert _dumped(got) == _serial(stories)


def test_article_dicts_give_the_same_reports(db, client, stories) -> None:
    as_dicts = [(sid, [a.to_dict() for a in articles]) for sid, articles in stories]
    got = compare_bag(db.from_sequence(as_dicts, npartitions=3)).compute()
    assert _dumped(got) == _serial(stories)


def test_options_reach_the_workers(db, client, stories) -> None:
    options = {"min_severity": "medium", "kinds": ["quantity", "date"]}
    got = compare_bag(db.from_sequence(stories, npartitions=2), **options).compute()
    assert _dumped(got) == _serial(stories, **options)


def test_bag_is_lazy_and_keeps_partitions(db, stories) -> None:
    bag = db.from_sequence(stories, npartitions=5)
    out = compare_bag(bag)
    assert isinstance(out, db.Bag)
    assert out.npartitions == bag.npartitions > 1


def test_bad_story_raises_on_compute_with_its_id(db, client, stories) -> None:
    bad = [*stories[:2], ("lonely", [stories[0][1][0]])]
    with pytest.raises(InvalidValue, match="story 'lonely'"):
        compare_bag(db.from_sequence(bad, npartitions=2)).compute()


def test_not_a_bag(db) -> None:
    with pytest.raises(InvalidArgument, match=r"bag must be a dask\.bag\.Bag, got list"):
        compare_bag([("s", [])])


def test_unknown_option_is_raised_before_compute(db, stories) -> None:
    with pytest.raises(UnknownOption, match="compare_bag\\(\\) got an unknown option 'kind'; did you mean 'kinds'"):
        compare_bag(db.from_sequence(stories), kind=["quantity"])
    with pytest.raises(InvalidValue):
        compare_bag(db.from_sequence(stories), sentence_threshold=-1)


def test_missing_dask_gives_a_clear_error(monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.bag", None)  # makes ``import dask.bag`` raise ImportError
    with pytest.raises(MissingDependency, match=r"pip install 'claimdiff\[dask\]'") as info:
        compare_bag(object())
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, claimdiff.ClaimdiffError)


def test_importing_claimdiff_dask_does_not_import_dask() -> None:
    code = "import sys, claimdiff, claimdiff.batch, claimdiff.dask; print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

