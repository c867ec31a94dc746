"""pytest plugin: the ``claimdiff_snapshot`` fixture and the ``--claimdiff-update`` option.

pytest loads this module in every test run of a project that installs claimdiff
(entry point ``pytest11``), so it imports nothing from claimdiff at module level:
the fixture loads what it needs on first use.

A snapshot is the JSON report (:func:`claimdiff.report.render_json`) stored beside
the test as ``<test dir>/__snapshots__/<test module stem>/<name>.json``. On a
mismatch the failure lists the discrepancies added and removed, by id, with
their ``describe()`` lines; ``pytest --claimdiff-update`` rewrites the files.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .models import Report

__all__ = ["claimdiff_snapshot", "pytest_addoption", "snapshot_diff"]

_UPDATE_OPTION = "--claimdiff-update"
_UNSAFE = re.compile(r"[^\w.\-\[\]]+")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--claimdiff-update`` to pytest's options."""
    group = parser.getgroup("claimdiff", "claimdiff report snapshots")
    group.addoption(
        _UPDATE_OPTION,
        action="store_true",
        default=False,
        dest="claimdiff_update",
        help="rewrite claimdiff snapshot files (__snapshots__/<module>/<name>.json) "
        "with the current reports instead of comparing against them.",
    )


def _file_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip("._")
    return cleaned or "snapshot"


def _describe_entry(entry: dict[str, Any]) -> str:
    kind = entry.get("kind", "?")
    severity = entry.get("severity", "?")
    description = entry.get("description") or ""
    return f"[{entry.get('id', '?')}] {kind}/{severity}: {description}"


def _discrepancy_entries(data: Any) -> dict[str, dict[str, Any]]:
    """Key each discrepancy by its id; the n-th finding sharing an id (the same readings
    disagreed about in two places) is keyed ``id#n``."""
    entries: dict[str, dict[str, Any]] = {}
    if isinstance(data, dict):
        for entry in data.get("discrepancies") or ():
            if isinstance(entry, dict):
                ident = key = str(entry.get("id", "?"))
                n = 1
                while key in entries:
                    n += 1
                    key = f"{ident}#{n}"
                entries[key] = entry
    return entries


def _other_changes(old: Any, new: Any) -> list[str]:
    """Name the parts of two reports with the same discrepancies that differ (not warnings)."""
    lines: list[str] = []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return lines
    for key in sorted({*old, *new} - {"warnings"}):  # warnings: see _warning_changes
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if isinstance(before, list) and isinstance(after, list):
            lines.append(
                f"the discrepancies are the same; {key!r} differs "
                f"({len(before)} entries in the snapshot, {len(after)} now)"
            )
        else:
            lines.append(f"the discrepancies are the same; {key!r} differs: {before!r} -> {after!r}")
    return lines


def _claim_changes(ident: str, before: Any, after: Any) -> list[str]:
    """Say which fields of which claims changed, matching claims by source and words."""

    def keyed(claims: Any) -> dict[tuple[str, str], dict[str, Any]]:
        result: dict[tuple[str, str], dict[str, Any]] = {}
        for claim in claims if isinstance(claims, list) else ():
            if isinstance(claim, dict):
                result.setdefault((str(claim.get("source")), str(claim.get("text"))), claim)
        return result

    old, new = keyed(before), keyed(after)
    lines = []
    for key, claim in new.items():
        previous = old.get(key)
        if previous is not None and previous != claim:
            missing = object()  # a field added or dropped with a null value changed too
            fields = ", ".join(
                sorted(k for k in {*previous, *claim} if previous.get(k, missing) != claim.get(k, missing))
            )
            lines.append(f"~ [{ident}] claim {key[1]!r} ({key[0]}): {fields} changed")
    if not lines or set(old) != set(new):
        lines.append(f"~ [{ident}] claims changed: {len(old)} in the snapshot, {len(new)} now")
    return lines


def _warning_changes(old: Any, new: Any) -> list[str]:
    """Say which report warnings were lost or gained; a snapshot without the key predates them."""
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    if "warnings" not in old and new.get("warnings") == []:
        return ["the snapshot predates report warnings (it has no 'warnings' key); the report has none"]
    before, after = old.get("warnings") or [], new.get("warnings") or []
    if not isinstance(before, list) or not isinstance(after, list):
        return []
    lines = [f"- warning: {w}" for w in before if w not in after]
    lines += [f"+ warning: {w}" for w in after if w not in before]
    return lines


def snapshot_diff(expected: str, actual: str) -> list[str]:
    """Return readable lines saying how report JSON ``actual`` differs from ``expected``.

    Discrepancies are matched by id: ``-`` lines are in the snapshot only, ``+``
    lines in the new report only, ``~`` lines changed in place. Report warnings
    lost or gained are ``- warning: ...`` and ``+ warning: ...`` lines. When the
    discrepancies and warnings agree, the lines name the other parts of the report
    that changed.

    Args:
        expected: the JSON text stored in the snapshot file.
        actual: the JSON text of the report under test.

    Returns:
        Lines for people; empty when the two texts are equal.

    >>> old = '{"schema": 1, "articles": [], "alignments": [], "discrepancies": []}'
    >>> new = ('{"schema": 1, "articles": [], "alignments": [], "discrepancies": '
    ...        '[{"id": "0a1b2c3d4e5f", "kind": "date", "severity": "high", '
    ...        '"description": "date: Tuesday (a) vs Wednesday (b)"}]}')
    >>> snapshot_diff(old, new)
    ['+ [0a1b2c3d4e5f] date/high: date: Tuesday (a) vs Wednesday (b)']
    """
    if expected == actual:
        return []
    try:
        old, new = json.loads(expected), json.loads(actual)
    except ValueError:
        return ["the snapshot file is not valid JSON"]
    old_entries, new_entries = _discrepancy_entries(old), _discrepancy_entries(new)
    lines = [f"- {_describe_entry(e)}" for i, e in old_entries.items() if i not in new_entries]
    lines += [f"+ {_describe_entry(e)}" for i, e in new_entries.items() if i not in old_entries]
    for ident, entry in new_entries.items():
        before = old_entries.get(ident)
        if before is None or before == entry:
            continue
        changed = sorted(k for k in {*before, *entry} if before.get(k) != entry.get(k))
        for key in changed:
            if key == "claims":
                lines += _claim_changes(ident, before.get("claims"), entry.get("claims"))
            else:
                lines.append(f"~ [{ident}] {key}: {before.get(key)!r} -> {entry.get(key)!r}")
    if not lines and list(old_entries) != list(new_entries):
        lines.append("the discrepancies are the same but in a different order:")
        lines += [f"  {_describe_entry(e)}" for e in new_entries.values()]
    if not lines:
        lines = _other_changes(old, new)
    lines += _warning_changes(old, new)
    return lines or ["the report differs from the snapshot only in formatting"]


class _Snapshot:
    """The callable behind the ``claimdiff_snapshot`` fixture (one per test)."""

    def __init__(self, directory: Path, default_name: str, update: bool) -> None:
        self._directory = directory
        self._default_name = default_name
        self._update = update
        self._used: set[str] = set()

    def __call__(self, report: Report, name: str | None = None) -> None:
        from .models import Report
        from .report import render_json

        if not isinstance(report, Report):
            raise TypeError(f"claimdiff_snapshot: report must be a claimdiff.Report, got {type(report).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"claimdiff_snapshot: name must be a str or None, got {name!r}")
        stem = _file_name(self._default_name if name is None else name)
        if stem in self._used:
            raise ValueError(
                f"claimdiff_snapshot: the snapshot {stem!r} was already checked in this test; "
                "pass a distinct name= for each report"
            )
        self._used.add(stem)
        path = self._directory / f"{stem}.json"
        actual = render_json(report)
        expected = path.read_text(encoding="utf-8") if path.is_file() else None
        if self._update:
            if expected != actual:
                path.parent.mkdir(parents=True, exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="\n") as handle:
                    handle.write(actual)
            return
        if expected is None:
            pytest.fail(
                f"claimdiff snapshot {path} does not exist; run pytest with {_UPDATE_OPTION} to write it",
                pytrace=False,
            )
        if expected != actual:
            lines = snapshot_diff(expected, actual)
            pytest.fail(
                f"claimdiff report differs from the snapshot {path}:\n"
                + "\n".join(f"  {line}" for line in lines)
                + f"\nreview the change, then run pytest with {_UPDATE_OPTION} to accept it",
                pytrace=False,
            )


@pytest.fixture
def claimdiff_snapshot(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Return ``check(report, name=None)``, which compares a report with its snapshot file.

    The file is ``<test dir>/__snapshots__/<test module stem>/<name or test name>.json``.
    A missing or different snapshot fails the test; ``--claimdiff-update`` rewrites it.
    """
    module_path = Path(str(request.node.path))
    directory = module_path.parent / "__snapshots__" / module_path.stem
    update = bool(request.config.getoption("claimdiff_update"))
    return _Snapshot(directory, request.node.name, update)
