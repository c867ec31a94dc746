"""The pytest plugin (claimdiff_snapshot, --claimdiff-update) via pytester, and claimdiff.testing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import types
import warnings

import attrs
import pytest

from claimdiff import EmptyArticle, InputFileError, Options, UnknownOption, UnusedAllowWarning
from claimdiff.errors import NO_SHARED_CLAIMS, InvalidArgument
from claimdiff.models import Article, Report
from claimdiff.pytest_plugin import snapshot_diff
from claimdiff.report import render_json
from claimdiff.testing import assert_consistent

from .test_report import DOCS, code_blocks, make_report, pipeline_or_skip

pytest_plugins = ["pytester"]

TEST_MODULE = '''
from claimdiff.models import Article, Discrepancy, Report, Sentence, StatementClaim

FIGURE = {figure!r}
EXTRA = {extra!r}


def claim(article, words):
    start = article.text.index(words)
    return StatementClaim(source=article.source, text=words, start=start, end=start + len(words),
                          sentence=Sentence(article.text, 0, len(article.text)))


def make():
    a = Article("a", f"Officials said {{FIGURE}} died on Tuesday.")
    b = Article("b", "Officials said 55 people died on Wednesday.")
    found = [Discrepancy(kind="quantity", severity="high", reason="conflict",
                         claims=[claim(a, FIGURE), claim(b, "55 people")])]
    if EXTRA:
        found.append(Discrepancy(kind="date", severity="high", reason="conflict",
                                 claims=[claim(a, "Tuesday"), claim(b, "Wednesday")]))
    return Report(articles=[a, b], discrepancies=found)


def test_report(claimdiff_snapshot):
    claimdiff_snapshot(make())


def test_named(claimdiff_snapshot):
    claimdiff_snapshot(make(), name="toll/with slash")
'''


def _write(pytester: pytest.Pytester, figure: str = "40 people", extra: bool = False) -> None:
    pytester.makepyfile(test_snap=TEST_MODULE.format(figure=figure, extra=extra))


def _snapshot(pytester: pytest.Pytester, name: str = "test_report"):
    return pytester.path / "__snapshots__" / "test_snap" / f"{name}.json"


def test_help_lists_the_update_option(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(["*--claimdiff-update*"])


def test_missing_snapshot_is_written_and_fails_once(pytester: pytest.Pytester, monkeypatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    _write(pytester)
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        [
            "*claimdiff snapshot *test_report.json did not exist: it was written now; review it and commit it. "
            "It holds 1 discrepancy:",
            "*+ [[]*[]] quantity/high: quantity, conflict: 40 people (a) vs 55 people (b)",
            "*the next run compares against it",
        ]
    )
    assert _snapshot(pytester).is_file()
    pytester.runpytest().assert_outcomes(passed=2)


def test_missing_snapshot_on_ci_fails_and_is_not_written(pytester: pytest.Pytester, monkeypatch) -> None:
    monkeypatch.setenv("CI", "true")
    _write(pytester)
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    result.stdout.fnmatch_lines(
        ["*claimdiff snapshot *test_report.json does not exist (CI is set, so it was not written); "
         "run pytest with --claimdiff-update where you can review it, and commit it"]
    )
    assert not _snapshot(pytester).exists()
    pytester.runpytest().assert_outcomes(failed=2)  # still missing: CI never passes on a snapshot it made


def test_update_writes_the_snapshot_then_it_passes(pytester: pytest.Pytester) -> None:
    _write(pytester)
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=2)
    path = _snapshot(pytester)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["claimdiff_snapshot"] == 1 and len(data["discrepancies"]) == 1
    assert path.read_bytes().endswith(b"}\n") and b"\r\n" not in path.read_bytes()
    assert _snapshot(pytester, "toll_with_slash").is_file()
    pytester.runpytest().assert_outcomes(passed=2)


def test_mismatch_lists_discrepancies_added_and_removed(pytester: pytest.Pytester) -> None:
    _write(pytester)
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=2)
    _write(pytester, figure="41 people", extra=True)
    result = pytester.runpytest("-k", "test_report")
    result.assert_outcomes(failed=1, deselected=1)
    result.stdout.fnmatch_lines(
        [
            "*claimdiff report differs from the snapshot *test_report.json:",
            "*- [[]*[]] quantity/high: quantity, conflict: 40 people (a) vs 55 people (b)",
            "*+ [[]*[]] quantity/high: quantity, conflict: 41 people (a) vs 55 people (b)",
            "*+ [[]*[]] date/high: date, conflict: Tuesday (a) vs Wednesday (b)",
            "*run pytest with --claimdiff-update to accept it*",
        ]
    )
    assert '"schema"' not in result.stdout.str()  # not a raw JSON diff
    pytester.runpytest("--claimdiff-update").assert_outcomes(passed=2)
    pytester.runpytest().assert_outcomes(passed=2)


def test_changed_articles_with_same_discrepancies(pytester: pytest.Pytester) -> None:
    _write(pytester)
    pytester.runpytest("--claimdiff-update")
    module = pytester.path / "test_snap.py"
    source = module.read_text()
    module.write_text(source.replace("articles=[a, b]", "articles=[a, b, Article('c', 'Nothing.')]"))
    result = pytester.runpytest("-k", "test_report")
    result.assert_outcomes(failed=1, deselected=1)
    result.stdout.fnmatch_lines(["*the discrepancies are the same; what changed:", "*+ source 'c'"])
    # an edit outside the claims changes no finding: the default snapshot pins findings, not texts
    module.write_text(source.replace("on Wednesday.", "on Wednesday, police said."))
    pytester.runpytest("-k", "test_report").assert_outcomes(passed=1, deselected=1)


def test_snapshot_names_and_misuse(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_names='''
import pytest
from claimdiff.models import Article, Report

R = Report(articles=[Article("a", "x"), Article("b", "y")])

@pytest.mark.parametrize("n", ["one", "two/three"])
def test_param(claimdiff_snapshot, n):
    claimdiff_snapshot(R)

def test_twice(claimdiff_snapshot):
    claimdiff_snapshot(R)
    claimdiff_snapshot(R)

def test_not_a_report(claimdiff_snapshot):
    claimdiff_snapshot({"schema": 1})
'''
    )
    result = pytester.runpytest("--claimdiff-update")
    result.assert_outcomes(passed=2, failed=2)
    result.stdout.fnmatch_lines(["*already checked in this test; pass a distinct name=*", "*must be a claimdiff.Report*"])
    names = sorted(p.name for p in (pytester.path / "__snapshots__" / "test_names").iterdir())
    assert names == ["test_not_a_report.json", "test_param[one].json", "test_param[two_three].json", "test_twice.json"] or names == [
        "test_param[one].json",
        "test_param[two_three].json",
        "test_twice.json",
    ]


def test_plugin_import_is_cheap() -> None:
    code = "import sys, claimdiff.pytest_plugin; print(sorted(m for m in sys.modules if m.startswith('claimdiff')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['claimdiff', 'claimdiff.pytest_plugin']"


def test_snapshot_diff_reports_changes_in_place() -> None:
    report = make_report()
    old = render_json(report)
    data = json.loads(old)
    data["discrepancies"][0]["severity"] = "low"
    lines = snapshot_diff(old, json.dumps(data))
    assert lines == [f"~ [{report.discrepancies[0].id}] severity: 'high' -> 'low'"]
    data = json.loads(old)
    data["discrepancies"].reverse()
    assert snapshot_diff(old, json.dumps(data))[0] == "the discrepancies are the same but in a different order:"
    assert snapshot_diff(old, old) == []
    assert snapshot_diff("{", old) == ["the snapshot file is not valid JSON"]
    assert snapshot_diff(old, json.dumps(json.loads(old))) == ["the report differs from the snapshot only in formatting"]


# --- claimdiff.testing.assert_consistent --------------------------------------------------------


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    """Replace claimdiff.pipeline with a stand-in whose compare returns make_report()'s discrepancies."""
    calls: list[dict] = []

    def compare(articles, **options):
        calls.append({"articles": list(articles), **options})
        report = make_report()
        return Report(articles=articles, discrepancies=report.discrepancies)

    module = types.ModuleType("claimdiff.pipeline")
    module.compare = compare  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "claimdiff.pipeline", module)
    return calls


def test_assert_consistent_message_is_the_text_report(fake_pipeline) -> None:
    articles = [Article("a", "x"), Article("b", "y")]
    with pytest.raises(AssertionError) as info:
        assert_consistent(articles)
    message = str(info.value)
    ids = [d.id for d in make_report().discrepancies]
    assert message.startswith("the articles disagree:\n\nHIGH (1)\n")
    assert f"[{ids[0]}] date/high" in message
    assert "3 discrepancies (1 high, 2 medium, 0 low) across 2 sources" in message
    assert message.rstrip().endswith(f"pass allow={ids!r}")


def test_assert_consistent_allow_drops_by_id(fake_pipeline) -> None:
    ids = [d.id for d in make_report().discrepancies]
    articles = [Article("a", "x"), Article("b", "y")]
    report = assert_consistent(articles, allow=ids)
    assert report.discrepancies == ()
    with pytest.raises(AssertionError) as info:
        assert_consistent(articles, allow=ids[0])
    assert ids[0] not in str(info.value) and ids[1] in str(info.value)
    with pytest.raises(InvalidArgument, match="allow must"):
        assert_consistent(articles, allow=[1])  # type: ignore[list-item]
    with pytest.raises(InvalidArgument, match="allow must"):
        assert_consistent(articles, allow=3)  # type: ignore[arg-type]


def test_assert_consistent_passes_options_and_reads_paths(fake_pipeline, tmp_path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    ids = [d.id for d in make_report().discrepancies]
    assert_consistent([tmp_path / "a.txt", Article("b", "y")], allow=ids, kinds=["date"], min_severity="high", quote_threshold=70)
    call = fake_pipeline[-1]
    assert [a.source for a in call["articles"]] == ["a", "b"]
    assert call["options"] == Options(kinds=["date"], min_severity="high", quote_threshold=70)
    assert_consistent([Article("a", "x"), Article("b", "y")], allow=ids)
    assert fake_pipeline[-1]["options"] == Options()
    assert_consistent([Article("a", "x"), Article("b", "y")], allow=ids, options=Options(kinds="date"), quote_threshold=70)
    assert fake_pipeline[-1]["options"] == Options(kinds=["date"], quote_threshold=70)
    with pytest.raises(UnknownOption, match=r"^assert_consistent\(\) got an unknown option 'kind'; did you mean 'kinds'"):
        assert_consistent([Article("a", "x"), Article("b", "y")], kind=["date"])  # type: ignore[call-arg]
    with pytest.raises(InvalidArgument, match="articles must be"):
        assert_consistent("seeds/")


def test_assert_consistent_end_to_end() -> None:
    pipeline_or_skip()
    a = Article("a", "Officials said 40 people died on Tuesday.")
    b = Article("b", "Officials said 55 people died on Tuesday.")
    with pytest.raises(AssertionError, match="40 people") as info:
        assert_consistent([a, b])
    ids = re.findall(r"^\[([0-9a-f]{12})\]", str(info.value), flags=re.M)
    assert ids
    assert assert_consistent([a, b], allow=ids).discrepancies == ()
    same = Article("c", a.text)
    assert assert_consistent([a, same]).discrepancies == ()


# --- issue 13: assert_consistent cannot pass by accident -------------------------------------

FLOOD = Article("a", "Officials said 40 people died in the floods in Hanoi on Tuesday.")
MATCH = Article("b", "The home side won the cup final 3-1 at Wembley on Saturday.")


def test_assert_consistent_fails_on_unrelated_stories() -> None:
    pipeline_or_skip()
    with pytest.raises(AssertionError) as info:
        assert_consistent([FLOOD, MATCH])
    message = str(info.value)
    assert message.startswith(f"{NO_SHARED_CLAIMS}, so they cannot be checked for consistency:")
    assert message.rstrip().endswith("pass require_overlap=False")
    report = assert_consistent([FLOOD, MATCH], require_overlap=False)
    assert report.discrepancies == () and report.warnings == (NO_SHARED_CLAIMS,)
    with pytest.raises(InvalidArgument, match="require_overlap must be a bool"):
        assert_consistent([FLOOD, MATCH], require_overlap="no")  # type: ignore[arg-type]


def test_assert_consistent_empty_article_is_an_error_unless_allowed(tmp_path) -> None:
    pipeline_or_skip()
    same = Article("c", FLOOD.text)
    banner = Article("b", "We use cookies to improve your experience. By continuing you accept our cookie policy.")
    with pytest.raises(EmptyArticle, match=r"articles\[1\] \(source 'b'\)"):
        assert_consistent([FLOOD, banner, same])
    report = assert_consistent([FLOOD, banner, same], allow_empty=True)
    assert len(report.warnings) == 1 and "source 'b'" in report.warnings[0]
    blank = tmp_path / "blank.txt"
    blank.write_text(" \n", encoding="utf-8")
    with pytest.raises(InputFileError, match="empty"):
        assert_consistent([FLOOD, blank, same])
    assert "source 'blank'" in assert_consistent([FLOOD, blank, same], allow_empty=True).warnings[0]
    # an empty article beside one story shares no claim: that still fails unless require_overlap=False
    with pytest.raises(AssertionError, match="share no aligned claim"):
        assert_consistent([FLOOD, banner], allow_empty=True)
    assert assert_consistent([FLOOD, banner], allow_empty=True, require_overlap=False).discrepancies == ()


def test_assert_consistent_warns_of_allow_ids_that_match_nothing(fake_pipeline) -> None:
    ids = [d.id for d in make_report().discrepancies]
    articles = [Article("a", "x"), Article("b", "y")]
    with pytest.warns(UnusedAllowWarning, match=r"^allow id 'ffffffffffff' matches no discrepancy") as record:
        report = assert_consistent(articles, allow=[*ids, "ffffffffffff", " ffffffffffff"])
    assert report.discrepancies == ()  # the ids that match are still dropped
    assert len(record) == 1 and record[0].filename == __file__  # once, pointing at the caller
    assert issubclass(UnusedAllowWarning, UserWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_consistent(articles, allow=ids)  # every id used: no warning


def test_assert_consistent_unused_allow_id_end_to_end() -> None:
    pipeline_or_skip()
    same = Article("c", FLOOD.text)
    with pytest.warns(UnusedAllowWarning, match="'0123456789ab'"):
        assert_consistent([FLOOD, same], allow="0123456789ab")


def test_snapshot_diff_names_warnings_lost_and_gained() -> None:
    report = make_report()
    old = render_json(report)
    new = render_json(attrs.evolve(report, warnings=["w1"]))
    assert snapshot_diff(old, new) == ["+ warning: w1"]
    assert snapshot_diff(new, old) == ["- warning: w1"]
    legacy = json.loads(old)
    del legacy["warnings"]
    assert snapshot_diff(json.dumps(legacy, ensure_ascii=False, indent=2) + "\n", old) == [
        "the snapshot predates report warnings (it has no 'warnings' key); the report has none"
    ]


# --- docs/testing.md ----------------------------------------------------------------------------


def _shown_in(block: str, output: list[str]) -> bool:
    """True when the lines of a documented block appear, in a row, in pytest's output."""
    lines = block.rstrip("\n").splitlines()
    return any(output[k : k + len(lines)] == lines for k in range(len(output) - len(lines) + 1))


def test_testing_doc_examples_run(pytester: pytest.Pytester, monkeypatch) -> None:
    """The Python blocks of docs/testing.md run, and every pytest output it shows is what pytest
    prints for its snapshot example: the first run, CI, a change, the update, an unused file."""
    pipeline_or_skip()
    blocks = code_blocks(DOCS / "testing.md", "python")
    tests = [b for b in blocks if "\ndef test_" in b]
    scripts = [b for b in blocks if b not in tests]
    assert len(tests) == 2 and len(scripts) == 2
    for script in scripts:
        exec(compile(script, "docs/testing.md", "exec"), {"__name__": "docs_example"})
    pytester.makepyfile(test_consistent=tests[0])
    pytester.runpytest("test_consistent.py").assert_outcomes(passed=1)
    first_run, on_ci, changed, update, unused = code_blocks(DOCS / "testing.md", "")[1:]
    monkeypatch.setenv("CI", "true")
    pytester.makepyfile(test_news=tests[1])
    result = pytester.runpytest("test_news.py")
    result.assert_outcomes(failed=2)
    assert _shown_in(on_ci, result.stdout.lines), result.stdout.str()
    monkeypatch.delenv("CI")
    result = pytester.runpytest("test_news.py")
    result.assert_outcomes(failed=2)
    assert _shown_in(first_run, result.stdout.lines), result.stdout.str()
    (snapshot,) = code_blocks(DOCS / "testing.md", "json")
    assert (pytester.path / "__snapshots__" / "test_news" / "test_fire.json").read_text(encoding="utf-8") == snapshot
    pytester.runpytest("test_news.py").assert_outcomes(passed=2)
    wednesday = tests[1].replace("in the fire on Tuesday.\")\n\n", "in the fire on Wednesday.\")\n\n")
    pytester.makepyfile(test_news=wednesday)
    result = pytester.runpytest("test_news.py")
    result.assert_outcomes(failed=1, passed=1)
    assert _shown_in(changed, result.stdout.lines), result.stdout.str()
    result = pytester.runpytest("test_news.py", "--claimdiff-update")
    assert _shown_in(update, result.stdout.lines), result.stdout.str()
    pytester.makepyfile(test_news=wednesday.split("\n\ndef test_fire_figures")[0])
    result = pytester.runpytest("test_news.py")
    assert _shown_in(unused, result.stdout.lines), result.stdout.str()


def test_testing_doc_failure_message_is_real() -> None:
    pipeline_or_skip()
    wire = Article("wire", "Officials said 40 people died.")
    site = Article("site", "Officials said 55 people died.")
    with pytest.raises(AssertionError) as info:
        assert_consistent([wire, site])
    documented = code_blocks(DOCS / "testing.md", "")[0]
    assert documented == f"AssertionError: {info.value}\n"


def test_snapshot_diff_tells_apart_findings_that_share_an_id() -> None:
    """Two findings over the same readings share an id (12 vs 14 dead, 12 vs 14 injured)."""
    from claimdiff.pytest_plugin import snapshot_diff

    def report(second: str) -> str:
        entry = {"id": "0a1b2c3d4e5f", "kind": "quantity", "severity": "high"}
        return json.dumps({"schema": 1, "discrepancies": [
            {**entry, "description": "quantity: 12 (a) vs 14 (b) dead"},
            {**entry, "description": second},
        ]})

    lines = snapshot_diff(report("quantity: 12 (a) vs 14 (b) injured"), report("quantity: 12 (a) vs 14 (c) injured"))
    assert lines == [
        "~ [0a1b2c3d4e5f#2] description: 'quantity: 12 (a) vs 14 (b) injured' -> 'quantity: 12 (a) vs 14 (c) injured'"
    ]


def test_a_claim_field_added_with_a_null_value_is_named_in_the_change() -> None:
    from claimdiff import pytest_plugin

    before = [{"source": "a", "text": "11", "key": ""}]
    after = [{"source": "a", "text": "11", "key": "", "measure": None}]
    assert pytest_plugin._claim_changes("x", before, after) == ["~ [x] claim '11' (a): measure changed"]
