"""The public surface: __all__ is complete, sorted and every name resolves."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import claimdiff

CONTRACT = {
    "Article", "Report", "Discrepancy", "Claim", "Kind", "Sentence", "Quantity",
    "compare", "split_sentences", "find_quantities", "ClaimdiffError",
}


def test_all_is_sorted_and_unique() -> None:
    assert claimdiff.__all__ == sorted(set(claimdiff.__all__))


def test_contract_names_are_exported() -> None:
    assert set(claimdiff.__all__) >= CONTRACT


@pytest.mark.parametrize("name", claimdiff.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(claimdiff, name) is not None


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        claimdiff.nope  # noqa: B018


def test_import_is_cheap() -> None:
    """``import claimdiff`` loads no stage module (the pytest plugin imports it in every run)."""
    code = "import sys, claimdiff; print(sorted(m for m in sys.modules if m.startswith('claimdiff')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['claimdiff']"


def test_errors_inherit_builtins() -> None:
    assert issubclass(claimdiff.InvalidArgument, TypeError)
    assert issubclass(claimdiff.InvalidValue, ValueError)
    assert issubclass(claimdiff.InputFileError, OSError)
    assert issubclass(claimdiff.MissingDependency, ImportError)
    for name in ("InvalidArgument", "InvalidValue", "DuplicateSource", "UnknownOption", "SchemaError",
                 "MissingDependency"):
        assert issubclass(getattr(claimdiff, name), claimdiff.ClaimdiffError)


def test_issue13_empty_article_error_and_unused_allow_warning() -> None:
    import claimdiff.errors

    assert issubclass(claimdiff.EmptyArticle, claimdiff.InvalidValue)
    assert issubclass(claimdiff.EmptyArticle, ValueError)
    assert issubclass(claimdiff.UnusedAllowWarning, UserWarning)
    assert not issubclass(claimdiff.UnusedAllowWarning, claimdiff.ClaimdiffError)
    assert {"EmptyArticle", "UnusedAllowWarning"} <= set(claimdiff.__all__)
    doc = claimdiff.errors.__doc__ or ""
    assert "EmptyArticle(InvalidValue)" in doc and "UnusedAllowWarning" in doc


def test_empty_article_error_keeps_index_and_source_through_pickle() -> None:
    import pickle

    error = claimdiff.EmptyArticle("articles[1] (source 'b') has no text", index=1, source="b")
    again = pickle.loads(pickle.dumps(error))
    assert (str(again), again.index, again.source) == (str(error), 1, "b")


# --- issue 14: the names are exported for type checkers ---------------------------------------

INIT = Path(claimdiff.__file__)


def _type_checking_imports() -> dict[str, str]:
    """Return {name: module} of the imports under ``if TYPE_CHECKING:`` in claimdiff/__init__.py."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    found: dict[str, str] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names:
            assert alias.asname == alias.name, f"{alias.name} needs 'as {alias.name}' to be re-exported"
            found[alias.name] = node.module
    return found


def test_all_is_written_out_and_matches_the_imports() -> None:
    """__all__ is a literal list (type checkers read it) naming exactly what is re-exported and lazily loaded."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    (value,) = [n.value for n in tree.body if isinstance(n, ast.Assign) and ast.unparse(n.targets[0]) == "__all__"]
    assert isinstance(value, ast.List) and all(isinstance(e, ast.Constant) for e in value.elts)
    assert _type_checking_imports() == claimdiff._LAZY
    assert sorted(claimdiff._LAZY) == claimdiff.__all__


USER_CODE = '''
from __future__ import annotations

from claimdiff import Article, Discrepancy, Kind, Options, Report, Severity, compare, find_quantities


def check(first: str, second: str) -> list[str]:
    articles = [Article(source="a", text=first), Article.from_path("b.txt")]
    options = Options(kinds=["quantity", Kind.DATE], min_severity="medium", sentence_threshold=50)
    report: Report = compare(articles, options=options, quote_threshold=60.0, allow_empty=True)
    lines: list[str] = []
    for d in report.discrepancies:
        found: Discrepancy = d
        severity: Severity = found.severity
        lines.append(f"{d.kind.value} {severity.value} {d.id} {d.describe()}")
        lines += [f"{c.source} {c.text} {c.start}-{c.end} {c.sentence.text}" for c in d.claims]
    q = find_quantities("signed a dozen agreements")[0]
    value: float | None = q.value
    unit: str | None = q.unit
    lines.append(f"{q.text} {q.start} {q.end} {value} {q.low} {q.high} {q.approximate} {unit}")
    assert Report.from_dict(report.to_dict()) == report
    return lines
'''

MISTAKES = '''
from claimdiff import Article, compare

articles = [Article(source="a", text="x"), Article(source="b", text="y")]
compare(articles, kind=["quote"])
compare(articles, sentence_threshold="high")
'''


def test_mypy_strict_passes_on_user_code(tmp_path: Path) -> None:
    """A user's ``mypy --strict`` sees the public names, compare's options and their types."""
    pytest.importorskip("mypy")
    (tmp_path / "user.py").write_text(USER_CODE, encoding="utf-8")
    (tmp_path / "mistakes.py").write_text(MISTAKES, encoding="utf-8")
    (tmp_path / "mypy.ini").write_text("[mypy]\n", encoding="utf-8")
    command = [sys.executable, "-m", "mypy", "--strict", "--config-file", "mypy.ini", "user.py", "mistakes.py"]
    run = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, timeout=600)
    errors = [line for line in run.stdout.splitlines() if ": error:" in line]
    assert not [line for line in errors if line.startswith("user.py")], run.stdout
    assert any('mistakes.py:5: error: Unexpected keyword argument "kind"' in line for line in errors), run.stdout
    assert any(line.startswith("mistakes.py:6: error: Argument") for line in errors), run.stdout
