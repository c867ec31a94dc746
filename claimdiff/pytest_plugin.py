"""pytest plugin: the ``claimdiff_snapshot`` fixture and the ``--claimdiff-update`` option.

pytest loads this module in every test run of a project that installs claimdiff
(entry point ``pytest11``), so it imports nothing from claimdiff at module level:
the fixture loads what it needs on first use.

A snapshot is a JSON file beside the test, ``<test dir>/__snapshots__/<test module
stem>/<name>.json``. By default it pins what a reviewer checks: the sources, the
discrepancies and the claims they cite (their words and readings, not their offsets), and
the report's warnings, so an edit elsewhere in an article does not fail it;
``pin="report"`` pins the whole JSON report (:func:`claimdiff.report.render_json`). On a
mismatch the failure names what changed: discrepancies added, removed or changed by id,
claims by source and words, articles by source. ``pytest --claimdiff-update`` writes the
files and deletes the unused ones; every run that wrote or found unused snapshots ends with
a summary line. A missing snapshot is written and fails its test once, except on CI (the
``CI`` environment variable set), where it only fails.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .models import Claim, Report

__all__ = ["PINS", "claimdiff_snapshot", "pytest_addoption", "pytest_configure", "snapshot_diff", "snapshot_text"]

_UPDATE_OPTION = "--claimdiff-update"
_UNSAFE = re.compile(r"[^\w.\-\[\]]+")
#: What a snapshot can pin: the findings (the default), or the whole JSON report.
PINS: tuple[str, ...] = ("discrepancies", "report")
_FORMAT_KEY = "claimdiff_snapshot"
#: How many added or removed alignments a failure lists before it says how many more.
_SHOWN_ALIGNMENTS = 8
_LEDGER = pytest.StashKey["_Ledger"]()
#: The reading of a figure and of a date that a snapshot pins (not their offsets).
_QUANTITY_FIELDS = ("value", "low", "high", "approximate", "unit")
_DATE_FIELDS = ("granularity", "low", "high", "weekday", "part_of_day", "clock", "zone")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--claimdiff-update`` to pytest's options and ``claimdiff_pin`` to its ini keys."""
    group = parser.getgroup("claimdiff", "claimdiff report snapshots")
    group.addoption(
        _UPDATE_OPTION,
        action="store_true",
        default=False,
        dest="claimdiff_update",
        help="write claimdiff snapshot files (__snapshots__/<module>/<name>.json) from the current "
        "reports instead of comparing, and delete the unused ones of test modules that ran whole.",
    )
    parser.addini(
        "claimdiff_pin",
        "what claimdiff snapshots pin unless a test says: 'discrepancies' (the findings and the claims "
        "they cite; the default) or 'report' (the whole JSON report)",
        default="discrepancies",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Keep a ledger of the snapshots this run checks, writes and leaves unused."""
    ledger = config.stash[_LEDGER] = _Ledger()
    config.pluginmanager.register(_Tracker(config, ledger), "claimdiff-snapshots")


def _on_ci() -> bool:
    """True when the ``CI`` environment variable says so (``true``, ``1``: set by CI services)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def _file_name(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip("._")
    return cleaned or "snapshot"


# --- what a snapshot holds ----------------------------------------------------------------------


def _reading(claim: Claim) -> dict[str, Any]:
    """A claim as a snapshot pins it: source, kind, words, and what it was read as."""
    data = claim.to_dict()
    out: dict[str, Any] = {"source": data["source"], "kind": data["kind"], "text": data["text"]}
    if data.get("key"):
        out["key"] = data["key"]
    quantity = data.get("quantity")
    if quantity:
        out["quantity"] = {k: quantity[k] for k in _QUANTITY_FIELDS if quantity.get(k) not in (None, "")}
    date = data.get("date")
    if date:
        out["date"] = {k: date[k] for k in _DATE_FIELDS if date.get(k) is not None}
    if data.get("speaker"):
        out["speaker"] = data["speaker"]
    if data.get("negated"):
        out["negated"] = True
    return out


def _one_line(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def _compact_json(data: dict[str, Any]) -> str:
    """Write a compact snapshot: indented like ``render_json``, each claim and the sources on one line."""
    lines = ["{", f'  "{_FORMAT_KEY}": {data[_FORMAT_KEY]},', f'  "sources": {_one_line(data["sources"])},']
    found = data["discrepancies"]
    lines.append('  "discrepancies": [' if found else '  "discrepancies": [],')
    for n, entry in enumerate(found):
        lines.append("    {")
        for key in ("id", "kind", "severity", "reason", "detail", "description"):
            lines.append(f"      {_one_line(key)}: {_one_line(entry[key])},")
        lines.append('      "claims": [')
        claims = entry["claims"]
        lines += [f"        {_one_line(c)}{',' if i < len(claims) - 1 else ''}" for i, c in enumerate(claims)]
        lines += ["      ]", "    }" + ("," if n < len(found) - 1 else "")]
    if found:
        lines.append("  ],")
    lines += [f'  "warnings": {_one_line(data["warnings"])}', "}"]
    return "\n".join(lines) + "\n"


def snapshot_text(report: Report, pin: str = "discrepancies") -> str:
    """Return the text a snapshot file holds for ``report``.

    Args:
        report: what :func:`claimdiff.compare` returned.
        pin: ``"discrepancies"``: the sources, each discrepancy (id, kind, severity, reason,
            detail, description) with the claims it cites (source, kind, words, key and
            reading: figure, date, speaker, denial), and the warnings; offsets and the
            articles' texts are left out. ``"report"``: the whole JSON report.

    >>> from claimdiff.models import Article, Report
    >>> print(snapshot_text(Report(articles=[Article("a", "Rain."), Article("b", "Rain.")])), end="")
    {
      "claimdiff_snapshot": 1,
      "sources": ["a", "b"],
      "discrepancies": [],
      "warnings": []
    }
    """
    from .report import render_json

    if pin not in PINS:
        raise ValueError(f"pin must be one of {', '.join(map(repr, PINS))}, got {pin!r}")
    if pin == "report":
        return render_json(report)
    found = []
    for d in report.discrepancies:
        entry = {k: v for k, v in d.to_dict().items() if k != "claims"}
        found.append({**entry, "claims": [_reading(c) for c in d.claims]})
    data = {
        _FORMAT_KEY: 1,
        "sources": [a.source for a in report.articles],
        "discrepancies": found,
        "warnings": list(report.warnings),
    }
    return _compact_json(data)


# --- what changed ------------------------------------------------------------------------------


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


def _first_difference(old: str, new: str) -> str:
    """Say where two texts start to differ, with a few characters of each."""
    at = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), min(len(old), len(new)))
    return f"at character {at}: {old[at : at + 30]!r} -> {new[at : at + 30]!r}"


def _article_changes(old: Any, new: Any) -> list[str]:
    """Name the articles added, removed or changed (by source), and what changed in each."""
    def keyed(items: Any) -> dict[str, dict[str, Any]]:
        return {str(a.get("source")): a for a in items if isinstance(a, dict)} if isinstance(items, list) else {}

    before, after = keyed(old), keyed(new)
    lines = [f"- article {s!r}" for s in before if s not in after]
    lines += [f"+ article {s!r}" for s in after if s not in before]
    for source, article in after.items():
        previous = before.get(source)
        if previous is None or previous == article:
            continue
        if previous.get("text") != article.get("text"):
            text_a, text_b = str(previous.get("text")), str(article.get("text"))
            lines.append(f"~ article {source!r}: text changed {_first_difference(text_a, text_b)}")
        if previous.get("published") != article.get("published"):
            dates = f"{previous.get('published')!r} -> {article.get('published')!r}"
            lines.append(f"~ article {source!r}: published {dates}")
    if not lines and list(before) != list(after):
        lines.append(f"the articles are the same, in another order: {', '.join(map(repr, after))}")
    return lines


def _alignment_label(group: Any) -> str:
    claims = group.get("claims") if isinstance(group, dict) else None
    cited = [c for c in (claims if isinstance(claims, list) else ()) if isinstance(c, dict)]
    words = " / ".join(f"{c.get('text')!r} ({c.get('source')})" for c in cited)
    return f"{group.get('kind', '?') if isinstance(group, dict) else '?'}: {words}"


def _alignment_changes(old: Any, new: Any) -> list[str]:
    """List the alignments only in the snapshot (``-``) and only in the report (``+``), by their claims."""
    before = [_alignment_label(g) for g in old] if isinstance(old, list) else []
    after = [_alignment_label(g) for g in new] if isinstance(new, list) else []
    changes = [f"- alignment {label}" for label in before if label not in after]
    changes += [f"+ alignment {label}" for label in after if label not in before]
    if not changes:
        return [f"~ alignments: the same groups, with other scores or offsets ({len(after)} of them)"]
    shown = changes[:_SHOWN_ALIGNMENTS]
    if len(changes) > len(shown):
        shown.append(f"... and {len(changes) - len(shown)} more alignment changes")
    return shown


def _other_changes(old: Any, new: Any) -> list[str]:
    """Name the parts of two reports with the same discrepancies that differ (not warnings)."""
    lines: list[str] = []
    if not isinstance(old, dict) or not isinstance(new, dict):
        return lines
    for key in sorted({*old, *new} - {"warnings", "discrepancies"}):  # warnings: see _warning_changes
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        if key == "articles":
            lines += _article_changes(before, after)
        elif key == "alignments":
            lines += _alignment_changes(before, after)
        elif key == "sources" and isinstance(before, list) and isinstance(after, list):
            lines += [f"- source {s!r}" for s in before if s not in after]
            lines += [f"+ source {s!r}" for s in after if s not in before]
            if set(before) == set(after):
                lines.append(f"~ sources in another order: {', '.join(map(repr, after))}")
        else:
            lines.append(f"~ {key}: {before!r} -> {after!r}")
    if lines:
        lines.insert(0, "the discrepancies are the same; what changed:")
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
    lines += [f"~ [{ident}] claim {k[1]!r} ({k[0]}) is no longer cited" for k in old if k not in new]
    lines += [f"~ [{ident}] claim {k[1]!r} ({k[0]}) is now cited" for k in new if k not in old]
    if not lines:
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


def _discrepancy_changes(old: Any, new: Any) -> list[str]:
    old_entries, new_entries = _discrepancy_entries(old), _discrepancy_entries(new)
    lines = [f"- {_describe_entry(e)}" for i, e in old_entries.items() if i not in new_entries]
    lines += [f"+ {_describe_entry(e)}" for i, e in new_entries.items() if i not in old_entries]
    for ident, entry in new_entries.items():
        before = old_entries.get(ident)
        if before is None or before == entry:
            continue
        for key in sorted(k for k in {*before, *entry} if before.get(k) != entry.get(k)):
            if key == "claims":
                lines += _claim_changes(ident, before.get("claims"), entry.get("claims"))
            else:
                lines.append(f"~ [{ident}] {key}: {before.get(key)!r} -> {entry.get(key)!r}")
    if not lines and list(old_entries) != list(new_entries):
        lines.append("the discrepancies are the same but in a different order:")
        lines += [f"  {_describe_entry(e)}" for e in new_entries.values()]
    return lines


def snapshot_diff(expected: str, actual: str) -> list[str]:
    """Return readable lines saying how snapshot text ``actual`` differs from ``expected``.

    Discrepancies are matched by id: ``-`` lines are in the snapshot only, ``+``
    lines in the new report only, ``~`` lines changed in place (a claim by its source and
    words). Report warnings lost or gained are ``- warning: ...`` and ``+ warning: ...``
    lines. When the discrepancies agree, the lines name what else changed: a source, an
    article (by source, and where its text first differs), an alignment (by its claims).

    Args:
        expected: the text stored in the snapshot file.
        actual: the text :func:`snapshot_text` gives for the report under test.

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
    if isinstance(old, dict) and isinstance(new, dict) and (_FORMAT_KEY in old) != (_FORMAT_KEY in new):
        pins = ["the discrepancies", "the whole report"]
        if _FORMAT_KEY not in old:
            pins.reverse()
        return [f"the snapshot pins {pins[0]}, the test pins {pins[1]}"]
    lines = _discrepancy_changes(old, new) or _other_changes(old, new)
    lines += _warning_changes(old, new)
    return lines or ["the report differs from the snapshot only in formatting"]


# --- the fixture and the run's ledger ------------------------------------------------------------


class _Ledger:
    """What this run did with snapshots, and which test modules ran whole (all selected, all passed)."""

    def __init__(self) -> None:
        self.written: list[str] = []
        self.updated: list[str] = []
        self.used: set[str] = set()
        self.unused: list[str] = []
        self.deleted = False
        self.items: dict[str, set[str]] = {}  # test module path -> node ids selected
        self.partial: set[str] = set()  # test modules with deselected tests
        self.passed: set[str] = set()
        self.failed: set[str] = set()

    def to_json(self) -> dict[str, Any]:
        return {
            "written": self.written, "updated": self.updated, "used": sorted(self.used),
            "items": {k: sorted(v) for k, v in self.items.items()}, "partial": sorted(self.partial),
        }

    def merge(self, data: dict[str, Any]) -> None:
        self.written += data.get("written", [])
        self.updated += data.get("updated", [])
        self.used.update(data.get("used", []))
        for module, ids in data.get("items", {}).items():
            self.items.setdefault(module, set()).update(ids)
        self.partial.update(data.get("partial", []))

    def whole_modules(self) -> list[str]:
        """Test modules every test of which was selected and passed: their unused snapshots are known."""
        return [
            module for module, ids in self.items.items()
            if module not in self.partial and ids and ids <= self.passed and not ids & self.failed
        ]

    def find_unused(self) -> list[str]:
        unused = []
        for module in self.whole_modules():
            path = Path(module)
            directory = path.parent / "__snapshots__" / path.stem
            if directory.is_dir():
                unused += [str(p) for p in sorted(directory.glob("*.json")) if str(p) not in self.used]
        return unused


class _Snapshot:
    """The callable behind the ``claimdiff_snapshot`` fixture (one per test)."""

    def __init__(
        self, directory: Path, default_name: str, update: bool, pin: str, ledger: _Ledger, root: Path
    ) -> None:
        self._root = root
        self._directory = directory
        self._default_name = default_name
        self._update = update
        self._pin = pin
        self._ledger = ledger
        self._used: set[str] = set()

    def __call__(self, report: Report, name: str | None = None, *, pin: str | None = None) -> None:
        __tracebackhide__ = True
        from .models import Report

        if not isinstance(report, Report):
            raise TypeError(f"claimdiff_snapshot: report must be a claimdiff.Report, got {type(report).__name__}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"claimdiff_snapshot: name must be a str or None, got {name!r}")
        if pin is not None and pin not in PINS:
            raise ValueError(f"claimdiff_snapshot: pin must be one of {', '.join(map(repr, PINS))}, got {pin!r}")
        stem = _file_name(self._default_name if name is None else name)
        if stem in self._used:
            raise ValueError(
                f"claimdiff_snapshot: the snapshot {stem!r} was already checked in this test; "
                "pass a distinct name= for each report"
            )
        self._used.add(stem)
        path = self._directory / f"{stem}.json"
        self._ledger.used.add(str(path))
        self._check(path, snapshot_text(report, pin or self._pin))

    def _shown(self, path: Path) -> str:
        """The path as people read it: relative to pytest's rootdir when it is inside it."""
        try:
            return str(path.relative_to(self._root))
        except ValueError:
            return str(path)

    def _check(self, path: Path, actual: str) -> None:
        __tracebackhide__ = True
        expected = path.read_text(encoding="utf-8") if path.is_file() else None
        if self._update:
            if expected != actual:
                self._write(path, actual, new=expected is None)
            return
        if expected is None:
            self._missing(path, actual)
        elif expected != actual:
            lines = snapshot_diff(expected, actual)
            pytest.fail(
                f"claimdiff report differs from the snapshot {self._shown(path)}:\n"
                + "\n".join(f"  {line}" for line in lines)
                + f"\nreview the change, then run pytest with {_UPDATE_OPTION} to accept it",
                pytrace=False,
            )

    def _missing(self, path: Path, actual: str) -> None:
        __tracebackhide__ = True
        if _on_ci():
            pytest.fail(
                f"claimdiff snapshot {self._shown(path)} does not exist (CI is set, so it was not written); "
                f"run pytest with {_UPDATE_OPTION} where you can review it, and commit it",
                pytrace=False,
            )
        self._write(path, actual, new=True)
        found = [f"  + {_describe_entry(e)}" for e in _discrepancy_entries(json.loads(actual)).values()]
        pytest.fail(
            f"claimdiff snapshot {self._shown(path)} did not exist: it was written now; review it and commit it. "
            f"It holds {len(found)} {'discrepancy' if len(found) == 1 else 'discrepancies'}"
            + (":\n" + "\n".join(found) if found else ".")
            + "\nthe next run compares against it",
            pytrace=False,
        )

    def _write(self, path: Path, text: str, *, new: bool) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        (self._ledger.written if new else self._ledger.updated).append(str(path))


@pytest.fixture
def claimdiff_snapshot(request: pytest.FixtureRequest) -> Callable[..., None]:
    """Return ``check(report, name=None, *, pin=None)``, which compares a report with its snapshot file.

    The file is ``<test dir>/__snapshots__/<test module stem>/<name or test name>.json``.
    ``pin`` says what it holds (:data:`PINS`); the ini key ``claimdiff_pin`` sets the default,
    ``"discrepancies"``. A different snapshot fails the test, naming what changed; a missing
    one is written and fails the test once (on CI it only fails); ``--claimdiff-update``
    writes it.
    """
    module_path = Path(str(request.node.path))
    directory = module_path.parent / "__snapshots__" / module_path.stem
    update = bool(request.config.getoption("claimdiff_update"))
    pin = str(request.config.getini("claimdiff_pin")).strip() or "discrepancies"
    if pin not in PINS:
        raise pytest.UsageError(f"ini claimdiff_pin must be one of {', '.join(PINS)}, got {pin!r}")
    ledger = request.config.stash.get(_LEDGER, None) or _Ledger()
    return _Snapshot(directory, request.node.name, update, pin, ledger, Path(str(request.config.rootpath)))


# --- the run: which modules ran whole, the summary ------------------------------------------------


class _Tracker:
    """The hooks that follow one run (a plugin object per pytest config, so runs nested by
    ``pytester`` keep their own ledgers)."""

    def __init__(self, config: pytest.Config, ledger: _Ledger) -> None:
        self.config = config
        self.ledger = ledger

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for item in session.items:
            self.ledger.items.setdefault(str(item.path), set()).add(item.nodeid)

    def pytest_deselected(self, items: Iterable[pytest.Item]) -> None:
        self.ledger.partial.update(str(item.path) for item in items)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.failed or report.skipped:
            self.ledger.failed.add(report.nodeid)
        elif report.when == "call":
            self.ledger.passed.add(report.nodeid)

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        """Under pytest-xdist, gather what each worker collected, wrote and used."""
        data = getattr(node, "workeroutput", {}).get("claimdiff")
        if data:
            self.ledger.merge(data)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        workeroutput = getattr(self.config, "workeroutput", None)
        if workeroutput is not None:  # a pytest-xdist worker: the controller sums up
            workeroutput["claimdiff"] = self.ledger.to_json()
            return
        self.ledger.unused = self.ledger.find_unused()
        if self.ledger.unused and self.config.getoption("claimdiff_update"):
            for name in self.ledger.unused:
                Path(name).unlink(missing_ok=True)
            self.ledger.deleted = True

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """End the run with ``claimdiff: N snapshots written, M updated, K unused`` when there is news."""
        ledger = self.ledger
        if not (self.config.getoption("claimdiff_update") or ledger.written or ledger.unused):
            return
        unused = f"{len(ledger.unused)} unused" + (" (deleted)" if ledger.deleted else "")
        terminalreporter.write_line(
            f"claimdiff: {_plural(len(ledger.written), 'snapshot')} written, {len(ledger.updated)} updated, {unused}"
        )
        if ledger.unused and not ledger.deleted:
            root = Path(str(self.config.rootpath))
            for name in ledger.unused:
                path = Path(name)
                shown = path.relative_to(root) if path.is_relative_to(root) else path
                terminalreporter.write_line(f"  unused: {shown}")
            terminalreporter.write_line(f"  run pytest with {_UPDATE_OPTION} to delete them (no test checks them)")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"
