"""Layout rules of the package, read from its source with ``ast``.

* No module imports a private (underscore) name of another module of the library, nor reads
  one as ``module._name``: what modules share has a public name. A module's own private
  names are its own business, and importing a private *module* (``from . import _lexicon``,
  ``from ._lexicon import numbers``) is fine.
* No function of :mod:`claimdiff.claims` is longer than 60 lines.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import claimdiff

ROOT = Path(claimdiff.__file__).parent
MAX_FUNCTION_LINES = 60


def _module_name(path: Path) -> str:
    parts = ["claimdiff", *path.relative_to(ROOT).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(path): path for path in sorted(ROOT.rglob("*.py"))}


def _is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _absolute(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    """The absolute name of the module a ``from ... import`` reads from."""
    if node.level == 0:
        return node.module or ""
    package = module if is_package else module.rpartition(".")[0]
    for _ in range(node.level - 1):
        package = package.rpartition(".")[0]
    return f"{package}.{node.module}" if node.module else package


def _violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    tree = ast.parse(source)
    found: list[str] = []
    module_aliases: set[str] = set()  # local names bound to modules of the library
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("claimdiff"):
                    if alias.asname:
                        module_aliases.add(alias.asname)
                    if _is_private(alias.name.rpartition(".")[2]) and alias.name not in MODULES:
                        found.append(f"{module}:{node.lineno} imports {alias.name}")
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(module, is_package, node)
            if not origin.startswith("claimdiff") or origin == module:
                continue
            for alias in node.names:
                if f"{origin}.{alias.name}" in MODULES:
                    module_aliases.add(alias.asname or alias.name)
                elif _is_private(alias.name):
                    found.append(f"{module}:{node.lineno} imports {alias.name} from {origin}")
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in module_aliases
            and _is_private(node.attr)
        ):
            found.append(f"{module}:{node.lineno} reads {node.value.id}.{node.attr}")
    return found


@pytest.mark.parametrize(
    "module",
    sorted(MODULES),
)
def test_no_private_name_crosses_a_module(module):
    path = MODULES[module]
    assert _violations(module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py") == []


def test_the_walk_finds_private_names_and_allows_private_modules():
    source = (
        "from .quantities._rules import _near_month, STARTERS\n"
        "from .._lexicon import numbers as lex\n"
        "from .. import _lexicon\n"
        "import claimdiff.claims.tokens as tokens\n"
        "lex._x, lex.UNIT_WORDS, tokens._QUIET, _lexicon.dates\n"
        "from ._private_helpers import _own\n"
    )
    assert _violations("claimdiff.claims.dates", source) == [
        "claimdiff.claims.dates:1 imports _near_month from claimdiff.claims.quantities._rules",
        "claimdiff.claims.dates:6 imports _own from claimdiff.claims._private_helpers",
        "claimdiff.claims.dates:5 reads lex._x",
        "claimdiff.claims.dates:5 reads tokens._QUIET",
    ]


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.startswith("claimdiff.claims")))
def test_no_long_function_in_the_claims_package(module):
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
        and node.end_lineno is not None
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert long == []


def _enum_member_reads(source: str, enums: frozenset[str]) -> list[str]:
    """Return where ``source`` reads a member off one of ``enums`` inside a function body."""
    found = []
    for func in ast.walk(ast.parse(source)):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            named = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
            if named and node.value.id in enums and node.attr.isupper():
                found.append(f"{func.name}:{node.lineno} {node.value.id}.{node.attr}")
    return found


@pytest.mark.parametrize("module", sorted(name for name in MODULES if name.startswith("claimdiff.claims")))
def test_the_readers_compare_token_kinds_by_module_constant(module):
    """The claim readers run per token and per candidate: on Python 3.11 reading a member off its
    Enum class (``TokenKind.WORD``) goes through ``EnumType.__getattr__``, several times the cost
    of a global, so function bodies use the constants of :mod:`claimdiff.claims.tokens` (``WORD``)
    and :mod:`claimdiff.claims.dates` (``_DAY``)."""
    source = MODULES[module].read_text(encoding="utf-8")
    assert _enum_member_reads(source, frozenset({"TokenKind", "Granularity"})) == []


def test_the_enum_member_walk_finds_reads_in_functions_only():
    source = "K = TokenKind.WORD\ndef f(t):\n    return t.kind is TokenKind.NUM or t is WORD\n"
    assert _enum_member_reads(source, frozenset({"TokenKind"})) == ["f:3 TokenKind.NUM"]
