"""Issue 17, inputs and messages: publication dates with a time, ``Article.from_path(published=)``,
the command's ``--published``, ``-`` for standard input, source labels, ``--kinds`` limited to
kinds a rule reports, the count of filtered discrepancies, a short ``Report`` repr, and one
direction for a quote's word diff."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

import claimdiff
from claimdiff import cli
from claimdiff.cli import main
from claimdiff.diff import REPORTED_KINDS
from claimdiff.errors import InputFileError, InvalidArgument, SchemaError
from claimdiff.models import Article, Discrepancy, Kind, Report, published_day
from claimdiff.report import render_html, render_json, render_markdown, render_text

from .conftest import ROOT, SEEDS

SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
UTC7 = dt.timezone(dt.timedelta(hours=7))


# --- Article.published: a date, or a date and time ----------------------------------------------


@pytest.mark.parametrize(
    "published",
    [dt.datetime(2024, 6, 20, 23, 30, tzinfo=UTC7), dt.datetime(2024, 6, 20, 9, 5, 7, 120), dt.date(2024, 6, 20)],
    ids=["aware", "naive", "date"],
)
def test_published_accepts_a_datetime_and_keeps_its_time(published) -> None:
    article = Article("a", "Rain on Thursday.", published=published)
    assert article.published == published and type(article.published) is type(published)
    report = Report(articles=[article, Article("b", "Rain.")])
    data = json.loads(render_json(report))
    jsonschema.validate(data, SCHEMA)
    assert data["articles"][0]["published"] == published.isoformat()
    back = Report.from_dict(data).articles[0].published
    assert back == published and type(back) is type(published)
    if isinstance(published, dt.datetime):
        assert back.tzinfo == published.tzinfo


def test_published_still_refuses_what_is_not_a_date() -> None:
    with pytest.raises(InvalidArgument, match=r"datetime\.datetime"):
        Article("a", "x", published="2024-06-20")  # type: ignore[arg-type]
    data = Report(articles=[Article("a", "x")]).to_dict()
    data["articles"][0]["published"] = "2024-06-20T25:00"
    with pytest.raises(SchemaError, match=r"article\.published"):
        Report.from_dict(data)


def test_relative_dates_resolve_from_the_day_in_the_datetimes_own_zone() -> None:
    """23:30 on Thursday 20 June at UTC+7 is Thursday there (16:30 UTC the same day; 00:30 on
    Friday at UTC+8 would be Friday): 'yesterday' is the 19th, read from the zone given."""
    assert published_day(dt.datetime(2024, 6, 21, 0, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))) == dt.date(2024, 6, 21)
    late = dt.datetime(2024, 6, 20, 23, 30, tzinfo=UTC7)
    a = Article("a", "Officials said the talks ended yesterday.", published=late)
    b = Article("b", "Officials said the talks ended on Wednesday.", published=dt.date(2024, 6, 20))
    c = Article("c", "Officials said the talks ended on Tuesday.", published=dt.date(2024, 6, 20))
    assert claimdiff.compare([a, b]).discrepancies == ()
    (found,) = claimdiff.compare([a, c]).discrepancies
    assert found.kind is Kind.DATE


def test_from_path_takes_published(tmp_path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text("Rain.", encoding="utf-8")
    when = dt.datetime(2024, 6, 20, 14, 30, tzinfo=UTC7)
    assert Article.from_path(path, published=when) == Article("wire", "Rain.", published=when)
    assert Article.from_path(path).published is None
    with pytest.raises(InvalidArgument, match="published"):
        Article.from_path(tmp_path / "missing.txt", published="2024-06-20")  # type: ignore[arg-type]


# --- the command: --published, '-', --label, --kinds ----------------------------------------------


class Recorder:
    """Stands in for the pipeline: records the articles, reports nothing."""

    def __init__(self) -> None:
        self.articles: list[Article] = []

    def __call__(self, articles, kinds, min_severity, allow_empty=False) -> Report:
        self.articles = list(articles)
        return Report(articles=articles)


@pytest.fixture
def recorder(monkeypatch) -> Recorder:
    stand_in = Recorder()
    monkeypatch.setattr(cli, "_compare", stand_in)
    return stand_in


@pytest.fixture
def stories(tmp_path, monkeypatch) -> Path:
    """reuters/story.txt and ap/story.txt: two files with the same name, in the working directory."""
    for folder, figure in (("reuters", 40), ("ap", 55)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Officials said {figure} people died.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _stdin(monkeypatch, text: str) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-06-20", dt.date(2024, 6, 20)),
        ("2024-06-20T14:30", dt.datetime(2024, 6, 20, 14, 30)),
        ("2024-06-20T14:30+07:00", dt.datetime(2024, 6, 20, 14, 30, tzinfo=UTC7)),
        ("2024-06-20T07:30Z", dt.datetime(2024, 6, 20, 7, 30, tzinfo=dt.timezone.utc)),
    ],
)
def test_published_option_dates_every_article(recorder, stories, value, expected) -> None:
    assert main(["--published", value, "reuters/story.txt", "ap/story.txt"]) == 0
    assert [a.published for a in recorder.articles] == [expected, expected]


def test_published_option_rejects_what_is_not_iso(recorder, stories, capsys) -> None:
    assert main(["--published", "20 June", "reuters/story.txt", "ap/story.txt"]) == 2
    assert capsys.readouterr().err == (
        "claimdiff: error: --published: expected an ISO date (2024-06-20) or date and time "
        "(2024-06-20T14:30+07:00), got '20 June'\n"
    )


def test_files_with_one_name_in_two_folders_are_named_by_their_folders(recorder, stories) -> None:
    assert main(["reuters/story.txt", "ap/story.txt"]) == 0
    assert [a.source for a in recorder.articles] == ["reuters/story", "ap/story"]
    (stories / "ap" / "news").mkdir()
    (stories / "ap" / "news" / "story.txt").write_text("Officials said 41 people died.", encoding="utf-8")
    assert main([str(stories / "reuters" / "story.txt"), "ap/story.txt", "ap/news/story.txt"]) == 0
    assert [a.source for a in recorder.articles] == ["reuters/story", "ap/story", "news/story"]


def test_label_names_an_article(recorder, stories, capsys) -> None:
    assert main(["--label", "Reuters=reuters/story.txt", "reuters/story.txt", "ap/story.txt"]) == 0
    assert [a.source for a in recorder.articles] == ["Reuters", "story"]
    assert main(["--label", "AP=./ap//story.txt", "--label", "R=reuters/story.txt", "reuters", "ap"]) == 0
    assert [a.source for a in recorder.articles] == ["R", "AP"]  # a file found in a directory, too
    assert main(["--label", "AP=ap/other.txt", "reuters/story.txt", "ap/story.txt"]) == 2
    assert capsys.readouterr().err == (
        "claimdiff: error: --label AP=ap/other.txt: 'ap/other.txt' is not one of the articles "
        "('reuters/story.txt', 'ap/story.txt')\n"
    )
    assert main(["--label", "reuters/story.txt", "reuters/story.txt", "ap/story.txt"]) == 2
    assert "--label expects NAME=PATH" in capsys.readouterr().err


def test_dash_reads_standard_input(recorder, stories, monkeypatch, capsys) -> None:
    _stdin(monkeypatch, "\ufeffOfficials said 41 people died.")
    assert main(["-", "ap/story.txt"]) == 0
    assert (recorder.articles[0].source, recorder.articles[0].text) == ("stdin", "Officials said 41 people died.")
    _stdin(monkeypatch, "Officials said 41 people died.")
    assert main(["--label", "afp=-", "ap/story.txt", "-"]) == 0
    assert [a.source for a in recorder.articles] == ["story", "afp"]
    assert main(["-", "-"]) == 2
    assert capsys.readouterr().err == "claimdiff: error: '-' (standard input) can be read once, got it 2 times\n"
    _stdin(monkeypatch, "  \n")
    assert main(["-", "ap/story.txt"]) == 2
    assert capsys.readouterr().err == "claimdiff: error: standard input is empty, expected article text\n"


def test_the_issues_stdin_command_runs(tmp_path) -> None:
    """``claimdiff --published 2024-06-20 - < seeds/003_….txt seeds/000_….txt``, as a user types it."""
    with open(SEEDS / "003_a62b60f1638a424a.txt", "rb") as stdin:
        result = subprocess.run(
            [sys.executable, "-m", "claimdiff", "--published", "2024-06-20", "-", str(SEEDS / "000_67dde2332e213a7d.txt")],
            stdin=stdin,
            capture_output=True,
            text=True,
            check=False,
            env={"NO_COLOR": "1", "PATH": ""},
        )
    assert result.returncode == 1, result.stderr
    assert "a dozen agreements (stdin)" in result.stdout and result.stderr == ""


def test_kinds_accepts_only_kinds_a_rule_reports(recorder, stories, capsys) -> None:
    assert set(Kind) - set(REPORTED_KINDS) == {Kind.OTHER}
    assert main(["--kinds", "other", "reuters/story.txt", "ap/story.txt"]) == 2
    assert capsys.readouterr().err == (
        "claimdiff: error: --kinds: no rule reports the kind 'other', so it would always be empty "
        "(expected one of quantity, date, quote, entity, attribution, negation)\n"
    )
    with pytest.raises(SystemExit):
        cli._parser().parse_args(["--help"])
    assert "other" not in capsys.readouterr().out.split("--kinds", 1)[1].split("--min-severity", 1)[0]


# --- what the filters dropped ------------------------------------------------------------------


def test_min_severity_says_how_many_it_filtered_out(capsys) -> None:
    report = claimdiff.compare([Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))])
    low = sum(1 for d in report.discrepancies if d.severity.value != "high")
    assert low and low == len(report.discrepancies), "the seeds' findings are all below high"
    assert main([str(SEEDS), "--min-severity", "high", "--color", "never"]) == 0
    assert capsys.readouterr().out.splitlines()[-2:] == [
        "No discrepancies found across 5 sources.",
        f"({low} discrepancies filtered out by --min-severity high)",
    ]
    assert main([str(SEEDS), "--min-severity", "high", "-f", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["discrepancies"] == []  # JSON stays what render_json writes
    assert err == f"claimdiff: note: {low} discrepancies filtered out by --min-severity high\n"
    assert main([str(SEEDS), "--min-severity", "high", "-q"]) == 0
    assert capsys.readouterr() == ("", "")


def test_filters_are_counted_each_by_its_option(capsys) -> None:
    assert main([str(SEEDS), "--kinds", "quote,date", "--min-severity", "high"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("(") and "filtered out: " in last
    assert "by --kinds quote,date" in last and "by --min-severity high" in last


# --- Report repr ---------------------------------------------------------------------------------


def test_report_repr_is_short() -> None:
    articles = [Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]
    report = claimdiff.compare(articles)
    text = repr(report)
    assert str(report) == text and "\n" not in text and len(text) < 300
    assert text.startswith("Report(sources=('000_67dde2332e213a7d', '001_26f67e45babfd5c0',")
    assert f"discrepancies={len(report.discrepancies)} (" in text and f"alignments={len(report.alignments)}" in text
    many = Report(articles=[Article(f"s{i}", "x") for i in range(9)])
    assert repr(many) == (
        "Report(sources=('s0', 's1', 's2', 's3', 's4', 's5', ... 3 more), discrepancies=0, alignments=0, warnings=0)"
    )


# --- one word diff, one direction ----------------------------------------------------------------

LONG = Article("ap", 'The minister said: "We will build a credible and adequate security architecture in the region."')
SHORT = Article("reuters", 'The minister said he wanted a "reliable security architecture" for the region.')


def _quote_finding(articles) -> Discrepancy:
    (found,) = [d for d in claimdiff.compare(articles).discrepancies if d.kind is Kind.QUOTE]
    return found


@pytest.mark.parametrize("order", [[LONG, SHORT], [SHORT, LONG]], ids=["long-first", "short-first"])
def test_quote_word_diff_reads_in_the_order_the_report_lists_the_sources(order) -> None:
    """The claims are listed by source (ap, then reuters): the diff goes from ap's words to
    reuters', whichever passage is the shorter and whatever order the articles came in."""
    found = _quote_finding(order)
    assert [c.source for c in found.claims] == ["ap", "reuters"]
    assert found.describe().index("(ap)") < found.describe().index("(reuters)")
    old, new = _sides(found.detail)
    assert "{+reliable+}" in found.detail and "adequate" in old and "reliable" in new
    assert old in " ".join(found.claims[0].text.split()) and new in " ".join(found.claims[1].text.split())


def _sides(detail: str) -> tuple[str, str]:
    """The words a ``[-…-]``/``{+…+}`` diff reads from and to."""
    old = re.sub(r"\{\+.*?\+\} ?", "", detail).replace("[-", "").replace("-]", "")
    new = re.sub(r"\[-.*?-\] ?", "", detail).replace("{+", "").replace("+}", "")
    return " ".join(old.split()), " ".join(new.split())


def test_each_format_renders_the_one_word_diff_once() -> None:
    report = claimdiff.compare([LONG, SHORT])
    (found,) = report.discrepancies
    text, markdown, page = render_text(report), render_markdown(report), render_html(report)
    assert f"  detail: {found.detail}" in text
    as_markdown = found.detail.replace("[-", "~~").replace("-]", "~~").replace("{+", "**").replace("+}", "**")
    assert f"*Word diff:* {as_markdown}" in markdown
    assert "[-" not in markdown and "Word diff," not in markdown
    as_html = found.detail.replace("[-", "<del>").replace("-]", "</del>").replace("{+", "<ins>").replace("+}", "</ins>")
    assert f'<p class="detail wdiff">{as_html}</p>' in page
    assert "[-" not in page and page.count("<del>") == found.detail.count("[-")


def test_a_detail_that_is_not_a_diff_of_its_claims_is_shown_as_it_is() -> None:
    report = claimdiff.compare([LONG, SHORT])
    (found,) = report.discrepancies
    import attrs

    odd = attrs.evolve(found, detail="[-nothing like the quotes-] {+at all+}")
    page = render_html(attrs.evolve(report, discrepancies=[odd]))
    assert '<p class="detail">[-nothing like the quotes-] {+at all+}</p>' in page


def test_input_file_errors_still_name_the_path(tmp_path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputFileError, match=r"^path '.*e\.txt' is empty, expected article text$"):
        Article.from_path(empty)


# --- mypy --strict on a user's file ----------------------------------------------------------------

USER_17 = '''
from __future__ import annotations

import datetime as dt

from claimdiff import {names}
from claimdiff.pytest_plugin import PINS, snapshot_diff, snapshot_text

NAMES = [{names}]


def use(path: str) -> list[str]:
    when = dt.datetime(2024, 6, 20, 14, 30, tzinfo=dt.timezone.utc)
    a = Article("a", "Rain on Thursday.", published=when)
    b = Article.from_path(path, published=dt.date(2024, 6, 20))
    report: Report = compare([a, b])
    text: str = snapshot_text(report, PINS[-1])
    return [repr(report), *snapshot_diff(text, snapshot_text(report))]
'''


def test_mypy_strict_on_the_public_names_and_the_new_arguments(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    names = ", ".join(claimdiff.__all__)
    (tmp_path / "user17.py").write_text(USER_17.format(names=names), encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "user17.py"]
    run = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=600, check=False)
    assert run.returncode == 0, run.stdout
