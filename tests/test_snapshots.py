"""Issue 17: the pytest plugin as a user's project meets it, run in a toy project with pytester.

Short failures for ``assert_consistent``, compact snapshots that name what changed, the
``--claimdiff-update`` summary, unused snapshot files, and what a missing snapshot does
locally and on CI.
"""

from __future__ import annotations

import json

import pytest

import claimdiff
from claimdiff.models import Article
from claimdiff.pytest_plugin import snapshot_diff, snapshot_text

from .conftest import SEEDS

pytest_plugins = ["pytester"]

CONSISTENT = '''
from claimdiff import Article
from claimdiff.testing import assert_consistent


def test_wire_matches_site():
    wire = Article("wire", "Officials said 40 people died in the fire on Tuesday.")
    site = Article("site", "Officials said 55 people died in the fire on Tuesday.")
    assert_consistent([wire, site])
'''

SNAPSHOTS = '''
import claimdiff

WIRE = "Officials said {wire} people died in the fire on Tuesday. The mayor visited the site."
SITE = "Officials said 55 people died in the fire on {day}."


def report():
    return claimdiff.compare([claimdiff.Article("wire", WIRE), claimdiff.Article("site", SITE)])


def test_fire(claimdiff_snapshot):
    claimdiff_snapshot(report())
{extra}
'''

SECOND = '''

def test_fire_again(claimdiff_snapshot):
    claimdiff_snapshot(report(), name="again")
'''


@pytest.fixture(autouse=True)
def _local(monkeypatch) -> None:
    """The toy project runs as on a developer's machine unless a test says CI."""
    monkeypatch.delenv("CI", raising=False)


def _project(pytester: pytest.Pytester, wire: int = 40, day: str = "Tuesday", extra: str = SECOND) -> None:
    pytester.makepyfile(test_news=SNAPSHOTS.format(wire=wire, day=day, extra=extra))


def _dir(pytester: pytest.Pytester):
    return pytester.path / "__snapshots__" / "test_news"


def test_assert_consistent_failure_is_short_and_shows_the_users_assertion(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_consistent=CONSISTENT)
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    out = result.stdout.lines
    start = next(i for i, line in enumerate(out) if "test_wire_matches_site __" in line)
    end = next(i for i, line in enumerate(out) if "short test summary info" in line)
    failure = out[start:end]
    assert len(failure) < 30, "\n".join(failure)
    text = "\n".join(failure)
    assert ">       assert_consistent([wire, site])" in text
    assert "E       AssertionError: the articles disagree:" in text
    assert "quantity, conflict: 40 people (wire) vs 55 people (site)" in text or "55 people (site) vs 40 people (wire)" in text
    assert "_fail_unless_consistent" not in text and "accepted = _accepted" not in text, "the helper's source is hidden"


def test_update_says_what_it_wrote_then_what_it_updated(pytester: pytest.Pytester) -> None:
    _project(pytester)
    result = pytester.runpytest("--claimdiff-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["claimdiff: 2 snapshots written, 0 updated, 0 unused"])
    result = pytester.runpytest("--claimdiff-update")
    result.stdout.fnmatch_lines(["claimdiff: 0 snapshots written, 0 updated, 0 unused"])
    _project(pytester, wire=41)
    result = pytester.runpytest("--claimdiff-update")
    result.stdout.fnmatch_lines(["claimdiff: 0 snapshots written, 2 updated, 0 unused"])
    result = pytester.runpytest()
    result.assert_outcomes(passed=2)
    assert "claimdiff:" not in result.stdout.str(), "a plain run with nothing to say says nothing"


def test_unused_snapshots_are_listed_and_deleted_by_update(pytester: pytest.Pytester) -> None:
    _project(pytester)
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=2)
    _project(pytester, extra="")  # test_fire_again is gone; its snapshot is not
    again = _dir(pytester) / "again.json"
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "claimdiff: 0 snapshots written, 0 updated, 1 unused",
            "  unused: __snapshots__/test_news/again.json",
            "  run pytest with --claimdiff-update to delete them (no test checks them)",
        ]
    )
    result = pytester.runpytest("--claimdiff-update", "-k", "fire")
    result.stdout.fnmatch_lines(["claimdiff: 0 snapshots written, 0 updated, 1 unused (deleted)"])
    assert not again.exists() and (_dir(pytester) / "test_fire.json").is_file()


def test_a_partial_run_calls_nothing_unused(pytester: pytest.Pytester) -> None:
    """With -k, or a failing test, the module did not run whole: its other snapshots may be in use."""
    _project(pytester)
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=2)
    result = pytester.runpytest("--claimdiff-update", "-k", "test_fire and not again")
    result.assert_outcomes(passed=1, deselected=1)
    result.stdout.fnmatch_lines(["claimdiff: 0 snapshots written, 0 updated, 0 unused"])
    assert (_dir(pytester) / "again.json").is_file()
    broken = SECOND.replace('claimdiff_snapshot(report(), name="again")', "raise RuntimeError('before the check')")
    _project(pytester, extra=broken)
    result = pytester.runpytest("--claimdiff-update")
    result.assert_outcomes(passed=1, failed=1)
    assert (_dir(pytester) / "again.json").is_file()


def test_a_changed_finding_is_named(pytester: pytest.Pytester) -> None:
    _project(pytester)
    pytester.runpytest("--claimdiff-update")
    _project(pytester, day="Wednesday")
    result = pytester.runpytest("-k", "test_fire and not again")
    result.assert_outcomes(failed=1, deselected=1)
    result.stdout.fnmatch_lines(
        [
            "*claimdiff report differs from the snapshot *test_fire.json:",
            "*+ [[]*[]] date/high: date, different-day: on Wednesday (site) vs on Tuesday (wire)",
            "*review the change, then run pytest with --claimdiff-update to accept it",
        ]
    )
    assert len(result.stdout.lines) < 30


def test_pin_report_names_the_article_that_changed(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nclaimdiff_pin = report\n")
    _project(pytester, extra="")
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=1)
    data = json.loads((_dir(pytester) / "test_fire.json").read_text(encoding="utf-8"))
    assert data["schema"] == 1 and [a["source"] for a in data["articles"]] == ["wire", "site"]
    module = pytester.path / "test_news.py"
    module.write_text(module.read_text().replace("The mayor visited the site.", "The mayor came."))
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*the discrepancies are the same; what changed:",
            "*~ article 'wire': text changed at character 64: 'visited the site.' -> 'came.'",
        ]
    )
    assert "articles' differs" not in result.stdout.str()


def test_pin_per_call_and_a_bad_pin(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_pins='''
import claimdiff

R = claimdiff.compare([claimdiff.Article("a", "40 people died."), claimdiff.Article("b", "55 people died.")])

def test_whole(claimdiff_snapshot):
    claimdiff_snapshot(R, pin="report")

def test_bad(claimdiff_snapshot):
    claimdiff_snapshot(R, pin="everything")
'''
    )
    result = pytester.runpytest("--claimdiff-update")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*pin must be one of 'discrepancies', 'report', got 'everything'"])
    assert "schema" in (pytester.path / "__snapshots__" / "test_pins" / "test_whole.json").read_text()


def test_the_seeds_snapshot_is_small_and_pins_findings_with_their_claims() -> None:
    report = claimdiff.compare([Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))])
    text = snapshot_text(report)
    assert len(text.encode("utf-8")) < 5_000
    data = json.loads(text)
    assert [d["id"] for d in data["discrepancies"]] == [d.id for d in report.discrepancies]
    for entry, d in zip(data["discrepancies"], report.discrepancies, strict=True):
        assert [(c["source"], c["text"]) for c in entry["claims"]] == [(c.source, c.text) for c in d.claims]
    assert not any("start" in c or "sentence" in c for d in data["discrepancies"] for c in d["claims"])
    assert "articles" not in data and "alignments" not in data
    assert snapshot_text(report, "report") == claimdiff.report.render_json(report)


def test_a_claims_reading_change_is_named() -> None:
    a = Article("a", "Officials said 40 people died.")
    b = Article("b", "Officials said 55 people died.")
    old = snapshot_text(claimdiff.compare([a, b]))
    data = json.loads(old)
    data["discrepancies"][0]["claims"][0]["quantity"]["value"] = 41
    ident = data["discrepancies"][0]["id"]
    assert snapshot_diff(old, json.dumps(data)) == [f"~ [{ident}] claim '40 people' (a): quantity changed"]
    assert snapshot_diff(old, claimdiff.report.render_json(claimdiff.compare([a, b]))) == [
        "the snapshot pins the discrepancies, the test pins the whole report"
    ]


def test_under_xdist_the_summary_counts_every_worker(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    _project(pytester)
    result = pytester.runpytest_subprocess("-p", "xdist", "-n", "2", "--claimdiff-update")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["claimdiff: 2 snapshots written, 0 updated, 0 unused"])
    _project(pytester, extra="")
    result = pytester.runpytest_subprocess("-p", "xdist", "-n", "2", "--claimdiff-update")
    result.stdout.fnmatch_lines(["claimdiff: 0 snapshots written, 0 updated, 1 unused (deleted)"])
