"""The command line: main([...]) in process with capsys, and one subprocess smoke test.

Most tests stand in a small fake for the pipeline (``claimdiff.cli._compare``), so they
check the command's own behaviour whatever the pipeline finds; the tests marked
``e2e`` run the real pipeline on the seeds.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

import claimdiff
from claimdiff import cli
from claimdiff.cli import main
from claimdiff.models import Discrepancy, Kind, Report, Sentence, Severity, StatementClaim

from .conftest import ROOT, SEEDS
from .test_report import DOCS, code_blocks

_FIGURE = re.compile(r"\d+ \w+")


class FakeCompare:
    """Stand-in for the pipeline: the first "<number> <word>" of each article, a HIGH quantity
    discrepancy when they differ; it honours kinds and min_severity, records what it got and
    puts ``warnings`` on every report."""

    def __init__(self, delay: float = 0.0, warnings: tuple[str, ...] = ()) -> None:
        self.calls: list[dict[str, object]] = []
        self.delay = delay
        self.warnings = warnings

    def __call__(self, articles, kinds, min_severity, allow_empty=False) -> Report:
        self.calls.append(
            {"sources": [a.source for a in articles], "kinds": kinds, "min_severity": min_severity, "allow_empty": allow_empty}
        )
        if self.delay:
            time.sleep(self.delay)
        claims = []
        for a in articles:
            m = _FIGURE.search(a.text)
            if m:
                sentence = Sentence(a.text, 0, len(a.text))
                claims.append(StatementClaim(source=a.source, text=m.group(), start=m.start(), end=m.end(), sentence=sentence))
        found = []
        if len({c.text for c in claims}) > 1:
            found.append(Discrepancy(kind=Kind.QUANTITY, severity=Severity.HIGH, reason="conflict", claims=claims))
        found = [
            d
            for d in found
            if (kinds is None or d.kind in kinds) and (min_severity is None or d.severity >= min_severity)
        ]
        return Report(articles=articles, discrepancies=found, warnings=self.warnings)


class TTY(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeCompare:
    stand_in = FakeCompare()
    monkeypatch.setattr(cli, "_compare", stand_in)
    monkeypatch.delenv("NO_COLOR", raising=False)
    return stand_in


@pytest.fixture
def pair(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text("Officials said 40 people died.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 55 people died.\n", encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


@pytest.fixture
def same(tmp_path: Path) -> list[str]:
    (tmp_path / "x.txt").write_text("Officials said 40 people died.\n", encoding="utf-8")
    (tmp_path / "y.txt").write_text("Officials said 40 people died, police said.\n", encoding="utf-8")
    return [str(tmp_path / "x.txt"), str(tmp_path / "y.txt")]


def _pair_id(pair: list[str]) -> str:
    stand_in = FakeCompare()
    from claimdiff.models import Article

    return stand_in([Article.from_path(p) for p in pair], None, None).discrepancies[0].id


def _error_line(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("claimdiff: error: ")
    assert "Traceback" not in err
    return lines[0]


# --- normal runs --------------------------------------------------------------------------------


def test_discrepancies_exit_1_with_text_report(fake, pair, capsys) -> None:
    assert main(pair) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert "[" + _pair_id(pair) + "] quantity/high" in out
    assert "  a: Officials said »40 people« died." in out
    assert out.endswith("1 discrepancy (1 high, 0 medium, 0 low) across 2 sources\n")
    assert "\x1b[" not in out  # capsys is not a terminal


def test_agreement_exits_0(fake, same, capsys) -> None:
    assert main(same) == 0
    assert capsys.readouterr().out == "No discrepancies found across 2 sources.\n"


def test_directory_means_its_txt_files_sorted(fake, tmp_path, capsys) -> None:
    for name, n in [("c.txt", 3), ("a.txt", 1), ("b.txt", 2)]:
        (tmp_path / name).write_text(f"They counted {n} ships.", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "sub.txt").mkdir()
    assert main([str(tmp_path)]) == 1
    assert fake.calls[0]["sources"] == ["a", "b", "c"]


def test_directory_and_file_mix(fake, tmp_path, pair, capsys) -> None:
    extra = tmp_path / "more"
    extra.mkdir()
    (extra / "z.txt").write_text("Officials said 41 people died.", encoding="utf-8")
    assert main([str(extra), pair[0]]) == 1
    assert fake.calls[0]["sources"] == ["z", "a"]


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("json", lambda out: json.loads(out)["schema"] == 1),
        ("markdown", lambda out: out.startswith("# claimdiff report\n")),
        ("html", lambda out: out.startswith("<!DOCTYPE html>") and "<mark" in out),
        ("text", lambda out: "quantity/high" in out),
        ("HTML", lambda out: out.startswith("<!DOCTYPE html>")),
    ],
)
def test_formats(fake, pair, capsys, fmt, check) -> None:
    assert main([*pair, "--format", fmt]) == 1
    assert check(capsys.readouterr().out)


def test_json_output_round_trips(fake, pair, capsys) -> None:
    main([*pair, "-f", "json"])
    report = Report.from_dict(json.loads(capsys.readouterr().out))
    assert [d.id for d in report.discrepancies] == [_pair_id(pair)]


def test_output_file(fake, pair, tmp_path, capsys) -> None:
    target = tmp_path / "report.html"
    assert main([*pair, "--format", "html", "-o", str(target)]) == 1
    assert capsys.readouterr() == ("", "")
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    plain = tmp_path / "report.txt"
    main([*pair, "--output", str(plain), "--color", "always"])
    assert "\x1b[" not in plain.read_text(encoding="utf-8")


def test_kinds_and_min_severity_filter_the_report(fake, pair, capsys) -> None:
    """The command compares everything once and filters the report itself, so it can say what it dropped."""
    assert main([*pair, "--kinds", "quantity, Date,quantity", "--min-severity", "Medium"]) == 1
    assert fake.calls[-1]["kinds"] is None and fake.calls[-1]["min_severity"] is None
    assert "filtered out" not in capsys.readouterr().out
    assert main([*pair, "--kinds", "date"]) == 0
    assert capsys.readouterr().out == (
        "No discrepancies found across 2 sources.\n(1 discrepancy filtered out by --kinds date)\n"
    )
    assert main(pair) == 1
    assert fake.calls[-1]["kinds"] is None and fake.calls[-1]["min_severity"] is None


def test_ignore_file_drops_accepted_ids(fake, pair, tmp_path, capsys) -> None:
    ignore = tmp_path / "accepted.txt"
    ignore.write_text(f"# accepted after review\n\n{_pair_id(pair)}  # the death toll\nffffffffffff\n", encoding="utf-8")
    assert main([*pair, "--ignore", str(ignore)]) == 0
    out, err = capsys.readouterr()
    assert out == "No discrepancies found across 2 sources.\n(1 discrepancy filtered out by --ignore)\n"
    assert err == "claimdiff: warning: --ignore id 'ffffffffffff' matches no discrepancy\n"
    ignore.write_text("# nothing accepted\n", encoding="utf-8")
    assert main([*pair, "--ignore", str(ignore)]) == 1
    assert capsys.readouterr().err == ""


def test_ignore_ids_that_match_nothing_each_get_a_warning(fake, pair, same, tmp_path, capsys) -> None:
    """Issue 13: a stale or mistyped --ignore id is named on stderr, once, in file order; matching ids stay filtered."""
    ignore = tmp_path / "accepted.txt"
    ignore.write_text(f"abc\n{_pair_id(pair)}\nabc  # again\n0123456789ab\n", encoding="utf-8")
    assert main([*pair, "--ignore", str(ignore)]) == 0
    out, err = capsys.readouterr()
    assert out == "No discrepancies found across 2 sources.\n(1 discrepancy filtered out by --ignore)\n"
    assert err.splitlines() == [
        "claimdiff: warning: --ignore id 'abc' matches no discrepancy",
        "claimdiff: warning: --ignore id '0123456789ab' matches no discrepancy",
    ]
    assert main([*same, "--ignore", str(ignore), "--quiet"]) == 0  # nothing to match at all
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 3 and _pair_id(pair) in err


def test_report_warnings_go_to_stderr_one_line_each(pair, monkeypatch, capsys) -> None:
    """Issue 13: each warning on the report is one ``claimdiff: warning:`` line on stderr, --quiet or not."""
    warnings = ("the articles share no aligned claim: they may not be about the same event", "second")
    monkeypatch.setattr(cli, "_compare", FakeCompare(warnings=warnings))
    assert main(pair) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"claimdiff: warning: {w}" for w in warnings]
    assert "warning: second" in out  # the text report shows them too
    assert main([*pair, "-q"]) == 1
    assert capsys.readouterr() == ("", "".join(f"claimdiff: warning: {w}\n" for w in warnings))

def test_quiet_prints_nothing(fake, pair, same, capsys) -> None:
    assert main([*pair, "--quiet"]) == 1
    assert main([*same, "-q"]) == 0
    assert capsys.readouterr() == ("", "")


def test_quiet_still_reports_trouble(fake, tmp_path, capsys) -> None:
    assert main([str(tmp_path / "nope.txt"), str(tmp_path / "nope2.txt"), "--quiet"]) == 2
    assert "no such file" in _error_line(capsys)


def test_version(capsys) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"claimdiff {claimdiff.__version__}\n"


def test_help_lists_every_option(capsys) -> None:
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for option in (
        "--format", "--output", "--kinds", "--min-severity", "--ignore", "--quiet", "--version", "--color", "--allow-empty",
    ):
        assert option in out


# --- colour and progress ------------------------------------------------------------------------


def test_colour_on_a_terminal(fake, pair, monkeypatch) -> None:
    tty = TTY()
    monkeypatch.setattr(sys, "stdout", tty)
    assert main(pair) == 1
    assert "\x1b[1;31m" in tty.getvalue()


def test_no_color_disables_colour(fake, pair, monkeypatch) -> None:
    tty = TTY()
    monkeypatch.setattr(sys, "stdout", tty)
    monkeypatch.setenv("NO_COLOR", "1")
    main(pair)
    assert "\x1b[" not in tty.getvalue()


def test_color_option(fake, pair, capsys) -> None:
    main([*pair, "--color", "always"])
    assert "\x1b[1;31m" in capsys.readouterr().out
    main([*pair, "--color", "always", "--format", "json"])
    assert "\x1b[" not in capsys.readouterr().out


def test_colour_never_on_a_terminal(fake, pair, monkeypatch) -> None:
    tty = TTY()
    monkeypatch.setattr(sys, "stdout", tty)
    main([*pair, "--color", "never"])
    assert "\x1b[" not in tty.getvalue()


def test_progress_on_a_terminal_for_slow_runs(pair, monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "_compare", FakeCompare(delay=0.3))
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.05)
    err = TTY()
    monkeypatch.setattr(sys, "stderr", err)
    assert main(pair) == 1
    assert "\rclaimdiff: comparing 2 articles... 0s" in err.getvalue()
    assert err.getvalue().endswith("\r\x1b[K")
    assert "quantity/high" in capsys.readouterr().out


def test_no_progress_when_fast_quiet_or_not_a_terminal(pair, monkeypatch, capsys) -> None:
    monkeypatch.setattr(cli, "_compare", FakeCompare(delay=0.2))
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 0.01)
    main(pair)
    assert capsys.readouterr().err == ""  # capsys' stderr is not a terminal
    err = TTY()
    monkeypatch.setattr(sys, "stderr", err)
    main([*pair, "--quiet"])
    assert err.getvalue() == ""
    monkeypatch.setattr(cli, "_compare", FakeCompare())
    monkeypatch.setattr(cli, "PROGRESS_DELAY", 5.0)
    main(pair)
    assert err.getvalue() == ""


# --- trouble: exit 2, one line on stderr --------------------------------------------------------


def test_missing_file(fake, pair, tmp_path, capsys) -> None:
    missing = str(tmp_path / "missing.txt")
    assert main([pair[0], missing]) == 2
    line = _error_line(capsys)
    assert repr(missing) in line and "no such file" in line


def test_empty_file(fake, pair, tmp_path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n", encoding="utf-8")
    assert main([pair[0], str(empty)]) == 2
    line = _error_line(capsys)
    assert repr(str(empty)) in line and "empty" in line


def test_binary_file(fake, pair, tmp_path, capsys) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert main([pair[0], str(binary)]) == 2
    line = _error_line(capsys)
    assert repr(str(binary)) in line and "binary" in line


def test_non_utf8_file(fake, pair, tmp_path, capsys) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le président a signé 11 accords.".encode("latin-1"))
    assert main([pair[0], str(latin)]) == 2
    line = _error_line(capsys)
    assert repr(str(latin)) in line and "not valid utf-8" in line


def test_directory_with_fewer_than_two_articles(fake, tmp_path, capsys) -> None:
    (tmp_path / "only.txt").write_text("Officials said 40 people died.", encoding="utf-8")
    assert main([str(tmp_path)]) == 2
    line = _error_line(capsys)
    assert "need at least 2 articles to compare, got 1" in line and "only.txt" in line


def test_empty_directory(fake, tmp_path, capsys) -> None:
    assert main([str(tmp_path)]) == 2
    line = _error_line(capsys)
    assert "got 0" in line and f"{str(tmp_path)!r} holds no *.txt file" in line


def test_single_file(fake, pair, capsys) -> None:
    assert main(pair[:1]) == 2
    assert "need at least 2 articles" in _error_line(capsys)


def test_unknown_format_suggests(fake, pair, capsys) -> None:
    assert main([*pair, "--format", "htm"]) == 2
    line = _error_line(capsys)
    assert "unknown format 'htm'; did you mean 'html'?" in line
    assert fake.calls == []  # checked before any work


def test_unknown_kind_suggests(fake, pair, capsys) -> None:
    assert main([*pair, "--kinds", "quantity,dat"]) == 2
    assert "--kinds: unknown kind 'dat'; did you mean 'date'?" in _error_line(capsys)
    assert main([*pair, "--kinds", " , "]) == 2
    assert "--kinds must name at least one kind" in _error_line(capsys)


def test_unknown_severity_suggests(fake, pair, capsys) -> None:
    assert main([*pair, "--min-severity", "hihg"]) == 2
    assert "--min-severity: unknown severity 'hihg'; did you mean 'high'?" in _error_line(capsys)


def test_ignore_file_trouble(fake, pair, tmp_path, capsys) -> None:
    assert main([*pair, "--ignore", str(tmp_path / "none.txt")]) == 2
    assert "--ignore" in _error_line(capsys)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00x")
    assert main([*pair, "--ignore", str(bad)]) == 2
    assert "not valid UTF-8" in _error_line(capsys)
    assert main([*pair, "--ignore", str(tmp_path)]) == 2
    assert "is a directory" in _error_line(capsys)


def test_unwritable_output(fake, pair, tmp_path, capsys) -> None:
    assert main([*pair, "-o", str(tmp_path)]) == 2
    assert "--output" in _error_line(capsys)


def test_duplicate_source_names(fake, pair, tmp_path, capsys) -> None:
    assert main([pair[0], pair[0]]) == 2
    assert "the same file twice" in _error_line(capsys)
    other = tmp_path / "other"
    other.mkdir()
    (other / "a.txt").write_text("Officials said 41 people died.", encoding="utf-8")
    assert main([pair[0], str(other / "a.txt"), "--label", f"other={other / 'a.txt'}", "--label", f"other={pair[0]}"]) == 2
    assert _error_line(capsys).endswith("both give the source name 'other'; name them with --label NAME=PATH")


def test_library_errors_become_one_line(pair, monkeypatch, capsys) -> None:
    def broken(articles, kinds, min_severity, allow_empty=False):
        raise claimdiff.UnknownOption("compare() got an unknown option 'x'")

    monkeypatch.setattr(cli, "_compare", broken)
    assert main(pair) == 2
    assert _error_line(capsys) == "claimdiff: error: compare() got an unknown option 'x'"


def test_usage_errors_exit_2(capsys) -> None:
    assert main([]) == 2
    assert "usage: claimdiff" in capsys.readouterr().err
    assert main(["a", "b", "--bogus"]) == 2
    assert main(["a", "b", "--color", "blue"]) == 2


def test_unencodable_output_is_escaped(fake, pair, monkeypatch) -> None:
    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii")
    monkeypatch.setattr(sys, "stdout", ascii_out)
    assert main(pair) == 1
    ascii_out.flush()
    assert b"\\xbb40 people\\xab" in raw.getvalue()


# --- end to end ---------------------------------------------------------------------------------


def _pipeline_error() -> str | None:
    try:
        importlib.import_module("claimdiff.pipeline")
    except ImportError as exc:  # the pipeline is being written in parallel
        return str(exc)
    return None


def _pipeline_or_skip() -> None:
    error = _pipeline_error()
    if error is not None:
        pytest.skip(f"claimdiff.pipeline does not import yet: {error}")


def test_e2e_seeds_text_and_json(capsys) -> None:
    _pipeline_or_skip()
    status = main([str(SEEDS)])
    out = capsys.readouterr().out
    report = claimdiff.compare([claimdiff.Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert status == (1 if report.discrepancies else 0)
    assert out.rstrip().endswith("across 5 sources" if report.discrepancies else "across 5 sources.")
    main([str(SEEDS), "--format", "json"])
    assert Report.from_dict(json.loads(capsys.readouterr().out)) == report


def test_e2e_ignore_every_seed_discrepancy(tmp_path, capsys) -> None:
    _pipeline_or_skip()
    main([str(SEEDS), "-f", "json"])
    ids = [d["id"] for d in json.loads(capsys.readouterr().out)["discrepancies"]]
    ignore = tmp_path / "accepted"
    ignore.write_text("".join(f"{i}  # reviewed\n" for i in ids), encoding="utf-8")
    assert main([str(SEEDS), "--ignore", str(ignore)]) == 0
    assert capsys.readouterr().out == (
        f"No discrepancies found across 5 sources.\n({len(ids)} discrepancies filtered out by --ignore)\n"
    )


# --- issue 13: a gate that cannot pass by accident ---------------------------------------------

_STORY = "Officials said 40 people died in the floods in Hanoi on Tuesday.\n"
_EMPTY_FILES = {
    "cookies": "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n",
    "dateline": "June 20, 2024 10:32 AM\n",
    "metadata": " date 2024-06-20\n",
}


@pytest.mark.parametrize("name", sorted(_EMPTY_FILES))
def test_article_with_no_text_after_cleaning_exits_2_naming_the_file(tmp_path, capsys, name) -> None:
    _pipeline_or_skip()
    (tmp_path / "a.txt").write_text(_STORY, encoding="utf-8")
    empty = tmp_path / f"{name}.txt"
    empty.write_text(_EMPTY_FILES[name], encoding="utf-8")
    assert main([str(tmp_path / "a.txt"), str(empty)]) == 2
    line = _error_line(capsys)
    assert repr(str(empty)) in line
    assert "no text left after cleaning" in line and "--allow-empty" in line


def test_allow_empty_compares_the_empty_article_with_warnings(tmp_path, capsys) -> None:
    _pipeline_or_skip()
    (tmp_path / "a.txt").write_text(_STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(_EMPTY_FILES["cookies"], encoding="utf-8")
    (tmp_path / "c.txt").write_text("  \n", encoding="utf-8")
    paths = [str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]
    assert main(paths) == 2
    assert repr(paths[2]) in _error_line(capsys)  # a blank file fails as it is read
    assert main([*paths, "--allow-empty"]) == 0
    out, err = capsys.readouterr()
    assert out.endswith("No discrepancies found across 3 sources.\n")
    assert err.splitlines() == [
        "claimdiff: warning: articles[1] (source 'b') has no text left after cleaning; "
        "it was compared anyway (allow_empty=True) and contributes no claim",
        "claimdiff: warning: articles[2] (source 'c') has no text left after cleaning; "
        "it was compared anyway (allow_empty=True) and contributes no claim",
        "claimdiff: warning: the articles share no aligned claim: they may not be about the same event",
    ]


def test_unrelated_stories_warn_on_stderr(tmp_path, capsys) -> None:
    _pipeline_or_skip()
    (tmp_path / "flood.txt").write_text(_STORY, encoding="utf-8")
    (tmp_path / "match.txt").write_text("The home side won the cup final 3-1 at Wembley on Saturday.\n", encoding="utf-8")
    assert main([str(tmp_path)]) == 0
    out, err = capsys.readouterr()
    assert err == "claimdiff: warning: the articles share no aligned claim: they may not be about the same event\n"
    assert "warning: the articles share no aligned claim" in out
    assert main([str(tmp_path), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["warnings"] == ["the articles share no aligned claim: they may not be about the same event"]


def test_subprocess_smoke(tmp_path) -> None:
    """`python -m claimdiff` is the same program: version, a real comparison, and an error."""
    run = [sys.executable, "-m", "claimdiff"]
    version = subprocess.run([*run, "--version"], capture_output=True, text=True, cwd=ROOT, check=False)
    assert (version.returncode, version.stdout) == (0, f"claimdiff {claimdiff.__version__}\n")
    missing = subprocess.run([*run, "nope1.txt", "nope2.txt"], capture_output=True, text=True, cwd=tmp_path, check=False)
    assert missing.returncode == 2
    assert missing.stderr == "claimdiff: error: path 'nope1.txt': no such file\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("It rained in Hanoi on Thursday.", encoding="utf-8")
    b.write_text("It rained in Hanoi on Thursday.", encoding="utf-8")
    if _pipeline_error() is not None:
        return
    agree = subprocess.run([*run, str(a), str(b)], capture_output=True, text=True, check=False, env={"PATH": "", "NO_COLOR": "1"})
    assert (agree.returncode, agree.stdout, agree.stderr) == (0, "No discrepancies found across 2 sources.\n", "")


# --- docs/cli.md --------------------------------------------------------------------------------


def test_cli_doc_commands_run(tmp_path) -> None:
    """Every line of the bash blocks in docs/cli.md runs from a copy of the repository layout."""
    _pipeline_or_skip()
    shutil.copytree(SEEDS, tmp_path / "seeds")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    lines = [line for block in code_blocks(DOCS / "cli.md", "bash") for line in block.splitlines() if line.strip()]
    assert len(lines) >= 8
    (tmp_path / "articles").mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(p, tmp_path / "articles")
    for line in lines:
        result = subprocess.run(["bash", "-c", line], cwd=tmp_path, env=env, capture_output=True, text=True, check=False)
        assert result.returncode in (0, 1), (line, result.stderr)
        assert "error" not in result.stderr, (line, result.stderr)
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["schema"] == 1
    assert (tmp_path / "claimdiff.md").read_text(encoding="utf-8").startswith("# claimdiff report")


def test_cli_doc_error_line_for_unknown_format(fake, pair, capsys) -> None:
    main([*pair, "--format", "htm"])
    documented = [line for line in (DOCS / "cli.md").read_text(encoding="utf-8").splitlines() if "unknown format" in line]
    assert documented == [_error_line(capsys)]


def test_cli_doc_error_line_for_an_empty_article(tmp_path, monkeypatch, capsys) -> None:
    _pipeline_or_skip()
    monkeypatch.chdir(tmp_path)
    (tmp_path / "scraped").mkdir()
    (tmp_path / "scraped" / "story.txt").write_text(_STORY, encoding="utf-8")
    (tmp_path / "scraped" / "consent.txt").write_text(_EMPTY_FILES["cookies"], encoding="utf-8")
    assert main(["scraped/story.txt", "scraped/consent.txt"]) == 2
    documented = [line for line in (DOCS / "cli.md").read_text(encoding="utf-8").splitlines() if "consent.txt" in line]
    assert documented == [_error_line(capsys)]
    assert main(["scraped/story.txt", "scraped/consent.txt", "--allow-empty"]) == 0
    warning = capsys.readouterr().err.splitlines()[0]
    assert warning in (DOCS / "cli.md").read_text(encoding="utf-8").splitlines()


def test_e2e_kinds_and_min_severity_filter(capsys) -> None:
    _pipeline_or_skip()
    main([str(SEEDS), "-f", "json", "--kinds", "quantity,date", "--min-severity", "medium"])
    found = json.loads(capsys.readouterr().out)["discrepancies"]
    assert all(d["kind"] in ("quantity", "date") and d["severity"] in ("medium", "high") for d in found)
    assert main([str(SEEDS), "--kinds", "negation", "--min-severity", "high", "-q"]) in (0, 1)
