"""Issue 17: every output the docs show is checked by a test, so none can go stale.

Each fenced block of ``docs/*.md`` and ``README.md`` is one of: a Python example (run by
``tests/test_docs.py``), a bash block (commands; run and checked when an output block
follows), an ``<!-- output -->`` block (checked against what the block before printed), or
marked on the line before it:

* ``<!-- checked: tests/FILE.py::test_name -->``: that test compares the block with a real run;
* ``<!-- input: why -->``: not output (a synopsis, a diagram, commands, a file to write);
* ``<!-- measured: why -->``: timings from one machine, which no run repeats exactly; the
  command it shows must exist (:func:`test_measured_blocks_name_real_commands`).
"""

from __future__ import annotations

import ast
import re
import shlex
from pathlib import Path

import pytest

import claimdiff
from claimdiff.cli import main
from claimdiff.report import render_text

from .conftest import ROOT, SEEDS
from .test_docs import PAGES, Block, page_id, read_blocks

MARKER = re.compile(r"^(?P<what>checked|input|measured):\s*(?P<detail>\S.*)$")


def _unmarked_kind(blocks: list[Block], index: int) -> str | None:
    """How a block is checked without a marker, or None if it needs one."""
    block = blocks[index]
    if block.lang == "python" or block.is_output or block.lang == "bash":
        return block.lang or "output"
    return None


def _marked_blocks() -> list[tuple[str, Block]]:
    found = []
    for page in PAGES:
        blocks = read_blocks(page)
        for index, block in enumerate(blocks):
            if _unmarked_kind(blocks, index) is None:
                found.append((f"{page_id(page)}:{block.line}", block))
    return found


def test_every_shown_block_says_how_it_is_checked() -> None:
    missing = [where for where, block in _marked_blocks() if not MARKER.match(block.marker)]
    assert not missing, f"blocks with no <!-- output -->, checked:, input: or measured: marker: {missing}"


def _test_functions(path: Path) -> dict[str, str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    source = path.read_text(encoding="utf-8")
    return {
        node.name: ast.get_source_segment(source, node) or ""
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and node.name.startswith("test_")
    }


@pytest.mark.parametrize(("where", "block"), _marked_blocks(), ids=[w for w, _ in _marked_blocks()])
def test_checked_markers_name_a_test_that_reads_the_page(where: str, block: Block) -> None:
    found = MARKER.match(block.marker)
    if found is None or found["what"] != "checked":
        pytest.skip("not a checked: block")
    path, _, name = found["detail"].partition("::")
    functions = _test_functions(ROOT / path)
    assert name in functions, f"{where}: {found['detail']} names no test"
    page = Path(where.split(":")[0]).name
    assert page in functions[name] or page in (ROOT / path).read_text(encoding="utf-8"), (
        f"{where}: {found['detail']} does not read {page}"
    )


def test_measured_blocks_name_real_commands() -> None:
    """A timing block starts with ``$ python benchmarks/SCRIPT.py [--option ...]``: the script
    exists and takes every option shown."""
    measured = [(w, b) for w, b in _marked_blocks() if b.marker.startswith("measured:")]
    assert measured
    for where, block in measured:
        command = block.code.splitlines()[0].removeprefix("$ ").split("#")[0]
        argv = shlex.split(command)
        assert argv[0] == "python" and argv[1].startswith("benchmarks/"), where
        script = (ROOT / argv[1]).read_text(encoding="utf-8")
        for option in (a for a in argv[2:] if a.startswith("--")):
            assert f'"{option}"' in script, f"{where}: {argv[1]} has no option {option}"


# --- docs/cli.md -------------------------------------------------------------------------------

FORMATS_ARTICLES = [
    claimdiff.Article("reuters", "HANOI (Reuters) - Putin signed 11 agreements in Hanoi on Thursday. "
                      "Putin said: “We will build a reliable security architecture in Asia.”"),
    claimdiff.Article("vnexpress", "Putin signed a dozen agreements in Hanoi on Wednesday, officials said. "
                      "Putin said: “We shall build a security architecture in Asia.”"),
    claimdiff.Article("tass", "Vladimir Putin signed 11 agreements in Hanoi on Thursday."),
]


def _cli_blocks() -> list[Block]:
    return read_blocks(ROOT / "docs" / "cli.md")


def test_cli_doc_id_excerpt_is_real() -> None:
    """The id excerpt is the head of a finding of formats.md's example (whose articles these are);
    the ignore file lists ids of that report."""
    assert "Putin said: “We will build" in (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    report = claimdiff.compare(FORMATS_ARTICLES)
    text = render_text(report).splitlines()
    (excerpt,) = [b for b in _cli_blocks() if b.code.startswith("[")]
    lines = excerpt.code.rstrip("\n").splitlines()
    start = text.index(lines[0])
    assert text[start : start + len(lines)] == lines
    (ignore,) = [b for b in _cli_blocks() if b.code.startswith("# reviewed")]
    ids = [line.split("#")[0].strip() for line in ignore.code.splitlines() if line.split("#")[0].strip()]
    assert set(ids) <= {d.id for d in report.discrepancies}


def test_cli_doc_error_and_warning_lines_are_real(tmp_path, monkeypatch, capsys) -> None:
    """Each documented error and warning line is what the command prints in that situation."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:2]:
        (tmp_path / "seeds" / path.name).write_bytes(path.read_bytes())
    one = "seeds/000_67dde2332e213a7d.txt"
    for folder in ("notes", "old", "drafts", "scraped"):
        (tmp_path / folder).mkdir()
    (tmp_path / "notes" / "photo.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "old" / "latin1.txt").write_bytes("Hanoi, le président a signé".encode("latin-1"))
    (tmp_path / "drafts" / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "scraped" / "consent.txt").write_text(
        "We use cookies to improve your experience. By continuing you accept our cookie policy.\n", encoding="utf-8"
    )
    (tmp_path / "one.txt").write_text("Officials said 40 people died.", encoding="utf-8")
    (tmp_path / "abc.txt").write_text("abc\n", encoding="utf-8")
    (tmp_path / "rain.txt").write_text("Heavy rain hit the city of Hue overnight.", encoding="utf-8")
    runs = [
        ["seeds/missing.txt", one],
        ["notes/photo.txt", one],
        ["old/latin1.txt", one],
        ["drafts/empty.txt", one],
        ["scraped/consent.txt", one],
        ["drafts", "one.txt"],
        [one, "seeds/", "--format", "htm"],
        [one, "scraped/consent.txt", "--allow-empty", "--ignore", "abc.txt"],
        ["rain.txt", one],
    ]
    printed: list[str] = []
    for argv in runs:
        if argv[0] == "drafts":  # the same folder, once its empty draft is gone
            (tmp_path / "drafts" / "empty.txt").unlink()
        main(argv)
        printed += capsys.readouterr().err.splitlines()
    documented = [b for b in _cli_blocks() if b.code.startswith("claimdiff: ")]
    assert len(documented) == 2
    for block in documented:
        for line in block.code.splitlines():
            assert line in printed, f"docs/cli.md shows a line the command does not print: {line}"
