"""The documentation: every Python example runs, printed output is real, and the site builds.

Conventions in the Markdown pages (``docs/*.md`` and ``README.md``):

* Every fenced ``python`` block runs. A page's blocks run in order in one namespace, so a
  later block may use names an earlier one defined. The working directory is a scratch copy
  of the repository layout (``seeds/``), so ``seeds/...`` paths work as they do from the
  repository root, and files an example writes (``report.html``) land in the scratch copy,
  not in the working tree.
* ``<!-- skip: why -->`` on the line before a block skips it; the reason is required
  (an example that needs Dask or a cluster, say).
* ``<!-- output -->`` before a block says: this is what the block before printed. The test
  compares it with the captured stdout. A ``bash`` block followed by an output block is run
  too, line by line (each line must be a ``claimdiff`` command); other bash blocks are not.
* After a page's blocks ran, the ``test_*`` functions it defined that take no argument
  (fixtures are pytest's business; ``tests/test_pytest_plugin.py`` runs those) are called.

``mkdocs build --strict`` runs when mkdocs, mkdocs-material and mkdocstrings are installed
(the ``docs`` extra); CI installs them.
"""

from __future__ import annotations

import contextlib
import importlib.util
import inspect
import io
import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

_FENCE_OPEN = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})\s*(?P<info>[\w+-]*)[^\n]*$")
_COMMENT = re.compile(r"^\s*<!--\s*(?P<body>.*?)\s*-->\s*$")


@dataclass(frozen=True)
class Block:
    """A fenced code block of a Markdown page."""

    lang: str
    code: str
    line: int
    """1-based line number of the opening fence."""
    marker: str
    """The body of an HTML comment on the line before the fence ('' when none), e.g. 'skip: needs dask'."""

    @property
    def skip_reason(self) -> str | None:
        if not re.match(r"skip\b", self.marker):
            return None
        return self.marker[len("skip") :].lstrip(" :").strip()

    @property
    def is_output(self) -> bool:
        return self.marker == "output"


def read_blocks(path: Path) -> list[Block]:
    """Return the fenced code blocks of a Markdown file, indentation removed, with their markers."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        opening = _FENCE_OPEN.match(lines[i])
        if not opening:
            i += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        previous = next((line for line in reversed(lines[:i]) if line.strip()), "")
        comment = _COMMENT.match(previous)
        body: list[str] = []
        j = i + 1
        while j < len(lines) and not re.match(rf"^ {{0,{len(indent)}}}{re.escape(fence)}\s*$", lines[j]):
            body.append(lines[j][len(indent) :] if lines[j].startswith(indent) else lines[j].lstrip())
            j += 1
        code = "\n".join(body) + "\n"
        blocks.append(Block(opening["info"].lower(), code, i + 1, comment["body"] if comment else ""))
        i = j + 1
    return blocks


def page_id(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.fixture
def scratch(tmp_path, monkeypatch) -> Path:
    """A scratch working directory with the repository's seeds, as the examples expect."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run_bash(block: Block, cwd: Path) -> str:
    """Run each line of a bash block (claimdiff commands only) and return their joined stdout."""
    env = {
        **os.environ,
        "NO_COLOR": "1",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    out = []
    for line in block.code.splitlines():
        if not line.strip():
            continue
        argv = shlex.split(line)
        assert argv[0] == "claimdiff", f"line {block.line}: only claimdiff commands are run, got {line!r}"
        result = subprocess.run(
            [sys.executable, "-m", "claimdiff", *argv[1:]],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode in (0, 1), (line, result.stderr)
        out.append(result.stdout)
    return "".join(out)


def _same_output(printed: str, documented: str) -> bool:
    def norm(text: str) -> list[str]:
        return [line.rstrip() for line in text.rstrip("\n").splitlines()]

    return norm(printed) == norm(documented)


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_page_examples_run(page: Path, scratch: Path) -> None:
    blocks = read_blocks(page)
    namespace: dict[str, object] = {"__name__": "docs_example", "__file__": str(scratch / page_id(page))}
    printed: str | None = None  # stdout of the last block that ran
    ran = 0
    for index, block in enumerate(blocks):
        where = f"{page_id(page)}:{block.line}"
        if block.is_output:
            assert printed is not None, f"{where}: an output block must follow a block that runs"
            assert _same_output(printed, block.code), (
                f"{where}: the documented output differs from what the example printed:\n{printed}"
            )
            printed = None
            continue
        printed = None
        if block.lang == "bash" and index + 1 < len(blocks) and blocks[index + 1].is_output:
            printed = _run_bash(block, scratch)
            ran += 1
            continue
        if block.lang != "python":
            continue
        if block.skip_reason is not None:
            assert block.skip_reason, f"{where}: say why the block is skipped: <!-- skip: reason -->"
            continue
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            try:
                exec(compile(block.code, where, "exec"), namespace)
            except Exception as exc:
                raise AssertionError(f"{where}: the example raised {type(exc).__name__}: {exc}") from exc
        printed = buffer.getvalue()
        ran += 1
    for name, func in list(namespace.items()):
        if name.startswith("test_") and inspect.isfunction(func) and not inspect.signature(func).parameters:
            with contextlib.redirect_stdout(io.StringIO()):
                func()
    if not any(b.lang == "python" for b in blocks):
        pytest.skip(f"{page_id(page)} has no Python example")
    assert ran, f"{page_id(page)}: every Python example is skipped"


def test_skip_markers_give_a_reason() -> None:
    for page in PAGES:
        for block in read_blocks(page):
            if block.skip_reason is not None:
                assert block.skip_reason, f"{page_id(page)}:{block.line}: <!-- skip --> needs a reason"
                assert block.lang == "python", f"{page_id(page)}:{block.line}: only python blocks are run or skipped"


def test_every_page_is_in_the_nav() -> None:
    nav = re.findall(r"^\s*-\s*[^:\n]+:\s*(\S+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), flags=re.M)
    assert sorted(nav) == sorted(p.name for p in DOCS.glob("*.md"))
    assert nav[0] == "index.md"


def test_compare_options_table_matches_pipeline() -> None:
    """docs/concepts.md lists every option of compare() with its default."""
    from claimdiff.pipeline import OPTIONS

    text = (DOCS / "concepts.md").read_text(encoding="utf-8")
    section = text.split("## Options of `compare()`", 1)[1].split("\n## ", 1)[0]
    rows = dict(re.findall(r"^\| `(\w+)` \| `([^`]*)` \|", section, flags=re.M))
    assert set(rows) == set(OPTIONS)
    for name, default in OPTIONS.items():
        shown = "None" if default is None else str(getattr(default, "value", default))
        assert rows[name].strip("'\"") in (shown, shown.removesuffix(".0")), name


def test_block_reader(tmp_path) -> None:
    page = "\n".join(
        [
            "text",
            "<!-- skip: needs dask -->",
            "```python",
            "import dask",
            "```",
            "",
            "- item:",
            "",
            "  ```python",
            "  x = 1",
            "  ```",
            "<!-- output -->",
            "```text",
            "1",
            "```",
        ]
    )
    path = tmp_path / "page.md"
    path.write_text(page, encoding="utf-8")
    blocks = read_blocks(path)
    assert [(b.lang, b.code, b.line, b.skip_reason, b.is_output) for b in blocks] == [
        ("python", "import dask\n", 3, "needs dask", False),
        ("python", "x = 1\n", 9, None, False),
        ("text", "1\n", 13, None, True),
    ]


def _missing_docs_tools() -> list[str]:
    return [
        name for name in ("mkdocs", "material", "mkdocstrings", "mkdocstrings_handlers.python") if _find(name) is None
    ]


def _find(name: str) -> object:
    try:
        return importlib.util.find_spec(name)
    except ModuleNotFoundError:
        return None


def test_mkdocs_build_strict(tmp_path) -> None:
    missing = _missing_docs_tools()
    if missing:
        pytest.skip(f"the docs tools are not installed ({', '.join(missing)}): pip install -e '.[docs]'")
    site = tmp_path / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--config-file",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for name in ("claimdiff.compare", "claimdiff.Article", "claimdiff.Report", "claimdiff.split_sentences"):
        assert f'id="{name}"' in api, name
    assert "&gt;&gt;&gt;" not in re.sub(r"<pre.*?</pre>", "", api, flags=re.S), (
        "a doctest rendered outside a code block"
    )
    for page in ("getting-started", "concepts", "performance", "changelog", "cli", "scale"):
        assert (site / page / "index.html").is_file(), page
