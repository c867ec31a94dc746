"""The ``claimdiff`` command: compare article files and print a report.

Exit status is like ``diff``'s: 0 when the articles agree, 1 when discrepancies
were found (after ``--ignore``), 2 on trouble. Every :class:`ClaimdiffError` becomes
one line on stderr, ``claimdiff: error: ...``, with no traceback; every warning of
the report (the articles share no aligned claim, an empty article let through by
``--allow-empty``) and every ``--ignore`` id that matches no discrepancy becomes one
line ``claimdiff: warning: ...``. This is the only module that writes to stdout,
stderr or files.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import attrs

from .errors import ClaimdiffError, EmptyArticle, InputFileError, InvalidValue, short_repr

if TYPE_CHECKING:
    from .models import Article, Kind, Report, Severity
    from .options import OptionsDict

__all__ = ["main"]

PROG = "claimdiff"
#: The file argument that reads an article from standard input, as in diff, and its source name.
STDIN = "-"
STDIN_SOURCE = "stdin"
#: Seconds a run may take before a progress line appears on a terminal's stderr.
PROGRESS_DELAY = 1.0


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .diff import REPORTED_KINDS
    from .report import FORMATS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Compare news articles about the same event and report where their claims disagree.",
        epilog="Exit status: 0 no discrepancy, 1 discrepancies found, 2 trouble (bad input, unreadable file).",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR",
        help="article text files (UTF-8); a directory stands for every *.txt file in it, sorted by name; "
        "'-' reads one article from standard input (source 'stdin')",
    )
    parser.add_argument(
        "-f",
        "--format",
        default="text",
        metavar="FORMAT",
        help=f"report format: {', '.join(FORMATS)} (default: text)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    parser.add_argument(
        "--label",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="name the article read from PATH (a file as given, or '-') NAME in the report, instead of "
        "its file name without extension; repeat for several articles. Two files with the same name in "
        "different folders are told apart by their folders without it ('reuters/story', 'ap/story')",
    )
    parser.add_argument(
        "--published",
        metavar="DATE",
        help="the publication date of every article, as an ISO date (2024-06-20) or date and time "
        "(2024-06-20T14:30+07:00); relative dates such as 'on Thursday' resolve from it. "
        "Default: each file's leading 'date YYYY-MM-DD' line, if any",
    )
    _add_filters(parser, REPORTED_KINDS)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _add_filters(parser: argparse.ArgumentParser, reported: Sequence[Kind]) -> None:
    """Add the options that choose what is reported and how it is shown."""
    parser.add_argument(
        "--kinds",
        metavar="KIND[,KIND...]",
        help=f"report only these kinds, comma-separated: {', '.join(k.value for k in reported)} "
        "(default: all)",
    )
    parser.add_argument(
        "--min-severity",
        metavar="SEVERITY",
        help="report only discrepancies at least this severe: low, medium or high (default: low)",
    )
    parser.add_argument(
        "--ignore",
        metavar="FILE",
        help="a file of accepted discrepancy ids, one per line ('#' starts a comment); "
        "they are dropped from the report and do not count for the exit status; "
        "an id that matches no discrepancy gets a warning",
    )
    parser.add_argument(
        "--accept-outliers-below",
        type=int,
        metavar="N",
        help="accept the discrepancies that have a consensus and whose outliers have fewer than N "
        "independent voices together (sources that reproduce one wire copy are one voice): 2 accepts "
        "one lone voice against the rest; they are dropped from the report and the exit status",
    )
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="compare an article with no text left after cleaning (an empty file, or only a cookie "
        "banner or a dateline) with a warning, instead of stopping with exit status 2",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour the text report: auto means when stdout is a terminal and NO_COLOR is unset (default: auto)",
    )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print no report and no progress, only the exit status tells (errors and warnings still go to stderr)",
    )


def _parse_kinds(value: str) -> tuple[Kind, ...]:
    from .diff import REPORTED_KINDS
    from .models import Kind

    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    if not names:
        raise InvalidValue(f"--kinds must name at least one kind, got {short_repr(value)}")
    kinds = tuple(dict.fromkeys(Kind.parse(name, label="--kinds: unknown kind") for name in names))
    for kind in kinds:
        if kind not in REPORTED_KINDS:
            raise InvalidValue(
                f"--kinds: no rule reports the kind {kind.value!r}, so it would always be empty "
                f"(expected one of {', '.join(k.value for k in REPORTED_KINDS)})"
            )
    return kinds


def _parse_published(value: str) -> _dt.date:
    """Read ``--published``: an ISO date, or an ISO date and time (``Z`` for UTC is accepted)."""
    text = value.strip()
    try:
        if len(text) == 10:
            return _dt.date.fromisoformat(text)
        return _dt.datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text)
    except ValueError:
        raise InvalidValue(
            f"--published: expected an ISO date (2024-06-20) or date and time (2024-06-20T14:30+07:00), "
            f"got {short_repr(value)}"
        ) from None


def _parse_severity(value: str) -> Severity:
    from .models import Severity

    return Severity.parse(value, label="--min-severity: unknown severity")


def _article_paths(arguments: Sequence[str]) -> list[Path]:
    paths: list[Path] = []
    empty_dirs: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if argument != STDIN and path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                empty_dirs.append(argument)
            paths += found
        else:
            paths.append(path)  # a missing file is reported when it is read
    if arguments.count(STDIN) > 1:
        raise InvalidValue(f"{STDIN!r} (standard input) can be read once, got it {arguments.count(STDIN)} times")
    if len(paths) < 2:
        where = f" ({', '.join(repr(d) for d in empty_dirs)} holds no *.txt file)" if empty_dirs else ""
        found_text = ", ".join(repr(str(p)) for p in paths) or "none"
        raise InputFileError(
            f"need at least 2 articles to compare, got {len(paths)}{where}; articles found: {found_text}"
        )
    return paths


def _parse_labels(values: Sequence[str]) -> list[tuple[str, str]]:
    labels = []
    for value in values:
        name, sep, target = value.partition("=")
        if not sep or not name.strip() or not target:
            raise InvalidValue(
                f"--label expects NAME=PATH (reuters=story.txt, or NAME=- for stdin), got {short_repr(value)}"
            )
        labels.append((name.strip(), target))
    return labels


def _same_path(path: Path, target: str) -> bool:
    if (str(path) == STDIN) != (target == STDIN):
        return False
    if os.path.normpath(path) == os.path.normpath(target):
        return True
    try:
        return os.path.samefile(path, target)
    except OSError:
        return False


def _labelled(paths: Sequence[Path], labels: Sequence[tuple[str, str]]) -> list[str | None]:
    """Return the name each ``--label NAME=PATH`` gives, by article; None where none does."""
    names: list[str | None] = [None] * len(paths)
    for name, target in labels:
        hits = [i for i, path in enumerate(paths) if _same_path(path, target)]
        if not hits:
            given = ", ".join(repr(str(p)) for p in paths)
            raise InvalidValue(f"--label {name}={target}: {target!r} is not one of the articles ({given})")
        for i in hits:
            if names[i] not in (None, name):
                raise InvalidValue(f"--label: {str(paths[i])!r} is labelled both {names[i]!r} and {name!r}")
            names[i] = name
    return names


def _folder_names(paths: Sequence[Path]) -> list[str]:
    """Name each file by its stem, and files that share one by as many parent folders as tell
    them apart, as editors do: ``reuters/story.txt`` and ``ap/story.txt`` are ``reuters/story``
    and ``ap/story``. Standard input is ``stdin``.

    >>> _folder_names([Path("/news/reuters/story.txt"), Path("/news/ap/story.txt"), Path("/x/notes.txt")])
    ['reuters/story', 'ap/story', 'notes']
    """
    parts = [
        (STDIN_SOURCE,) if str(p) == STDIN else Path(os.path.splitext(os.path.abspath(p))[0]).parts[1:]
        for p in paths
    ]
    depth = [1] * len(paths)
    changed = True
    while changed:
        changed = False
        groups: dict[str, list[int]] = {}
        for i, found in enumerate(parts):
            groups.setdefault("/".join(found[-depth[i] :]), []).append(i)
        for members in groups.values():
            if len(members) < 2 or len({parts[i] for i in members}) < 2:
                continue  # one file, or the same file twice (an error later)
            for i in members:
                if depth[i] < len(parts[i]):
                    depth[i] += 1
                    changed = True
    return ["/".join(found[-depth[i] :]) for i, found in enumerate(parts)]


def _source_names(paths: Sequence[Path], labels: Sequence[tuple[str, str]]) -> list[str]:
    """Return each article's source name: its ``--label``, else its file name without extension,
    with parent folders where two files share a name; two articles never share one."""
    names = _labelled(paths, labels)
    free = [i for i, name in enumerate(names) if name is None]
    for i, name in zip(free, _folder_names([paths[i] for i in free]), strict=True):
        names[i] = name
    seen: dict[str, int] = {}
    result = [name for name in names if name is not None]
    for i, name in enumerate(result):
        first = seen.setdefault(name, i)
        if first == i:
            continue
        other, path = paths[first], paths[i]
        if STDIN not in (str(path), str(other)) and other.resolve() == path.resolve():
            raise InvalidValue(f"{str(other)!r} and {str(path)!r} are the same file twice")
        raise InvalidValue(
            f"{str(other)!r} and {str(path)!r} both give the source name {name!r}; "
            "name them with --label NAME=PATH"
        )
    return result


def _read_articles(
    paths: Sequence[Path],
    *,
    labels: Sequence[tuple[str, str]] = (),
    published: _dt.date | None = None,
    allow_empty: bool = False,
    stdin: TextIO | None = None,
) -> list[Article]:
    from .models import Article, decode_text

    articles = []
    for path, name in zip(paths, _source_names(paths, labels), strict=True):
        if str(path) == STDIN:
            raw = _read_stdin(stdin or sys.stdin)
            text = decode_text(raw, where="standard input", allow_empty=allow_empty)
            articles.append(Article(source=name, text=text, published=published))
        else:
            articles.append(Article.from_path(path, source=name, published=published, allow_empty=allow_empty))
    return articles


def _read_stdin(stream: TextIO) -> bytes:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        data: bytes = buffer.read()
        return data
    return stream.read().encode("utf-8", "surrogateescape")


def _read_ignore(name: str) -> list[str]:
    from .models import read_bytes

    raw = read_bytes(name, label="--ignore", expected="a file of discrepancy ids")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputFileError(f"--ignore {name!r} is not valid UTF-8 text (byte {exc.start}: {exc.reason})") from exc
    ids: dict[str, None] = {}
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            ids[entry] = None
    return list(ids)


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def _progress(message: str, stream: TextIO, enabled: bool) -> Iterator[None]:
    """Show ``message`` and the elapsed seconds on a terminal's stderr if the block outlasts PROGRESS_DELAY."""
    isatty = getattr(stream, "isatty", None)
    if not enabled or not (isatty and isatty()):
        yield
        return
    done = threading.Event()
    shown = threading.Event()
    started = time.monotonic()

    def tick() -> None:
        if done.wait(PROGRESS_DELAY):
            return
        while True:
            shown.set()
            stream.write(f"\r{PROG}: {message} {time.monotonic() - started:.0f}s")
            stream.flush()
            if done.wait(0.5):
                return

    thread = threading.Thread(target=tick, name="claimdiff-progress", daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        if shown.is_set():
            stream.write("\r\x1b[K")
            stream.flush()


@attrs.frozen
class _Filtered:
    """What the filters of the command line dropped: how many, by which option."""

    counts: tuple[tuple[str, int], ...]

    def message(self) -> str:
        """Return ``3 discrepancies filtered out by --min-severity high`` (or '' when none were)."""
        found = [(label, n) for label, n in self.counts if n]
        total = sum(n for _, n in found)
        if not total:
            return ""
        head = f"{total} {'discrepancy' if total == 1 else 'discrepancies'} filtered out"
        if len(found) == 1:
            return f"{head} by {found[0][0]}"
        return f"{head}: " + ", ".join(f"{n} by {label}" for label, n in found)


def _filter(
    report: Report,
    kinds: tuple[Kind, ...] | None,
    min_severity: Severity | None,
    ignore: Sequence[str],
    outliers_below: int | None = None,
) -> tuple[Report, _Filtered, list[str]]:
    """Apply --kinds, --min-severity, --ignore and --accept-outliers-below in turn, counting what
    each drops; also return the --ignore ids that matched no discrepancy (of those the other
    filters kept)."""
    kept = list(report.discrepancies)
    counts: list[tuple[str, int]] = []
    if kinds is not None:
        before = len(kept)
        kept = [d for d in kept if d.kind in kinds]
        counts.append((f"--kinds {','.join(k.value for k in kinds)}", before - len(kept)))
    if min_severity is not None:
        before = len(kept)
        kept = [d for d in kept if d.severity >= min_severity]
        counts.append((f"--min-severity {min_severity.value}", before - len(kept)))
    found = {d.id for d in kept}
    unused = [ident for ident in ignore if ident not in found]
    if ignore:
        before = len(kept)
        dropped = set(ignore)
        kept = [d for d in kept if d.id not in dropped]
        counts.append(("--ignore", before - len(kept)))
    if outliers_below:
        from .consensus import outliers_below as minor

        before = len(kept)
        kept = [d for d in kept if not minor(d, outliers_below)]
        counts.append((f"--accept-outliers-below {outliers_below}", before - len(kept)))
    return attrs.evolve(report, discrepancies=tuple(kept)), _Filtered(tuple(counts)), unused


def _compare(
    articles: Sequence[Article],
    kinds: tuple[Kind, ...] | None,
    min_severity: Severity | None,
    allow_empty: bool = False,
) -> Report:
    from .pipeline import compare

    options: OptionsDict = {"kinds": kinds, "allow_empty": allow_empty}
    if min_severity is not None:
        options["min_severity"] = min_severity
    return compare(articles, **options)


def _compare_files(
    paths: Sequence[Path],
    articles: Sequence[Article],
    kinds: tuple[Kind, ...] | None,
    min_severity: Severity | None,
    allow_empty: bool,
) -> Report:
    """Run the comparison; an empty article's error names its file rather than its index."""
    try:
        return _compare(articles, kinds, min_severity, allow_empty)
    except EmptyArticle as exc:
        if exc.index is None or not 0 <= exc.index < len(paths):
            raise
        raise EmptyArticle(
            f"path {str(paths[exc.index])!r} has no text left after cleaning (it is empty or only "
            "boilerplate, such as a cookie banner or a dateline); pass --allow-empty to compare it anyway",
            index=exc.index,
            source=exc.source,
        ) from exc


def _warn(stream: TextIO, message: str) -> None:
    """Write one warning line; the messages show names and ids with ``repr``, so they are terminal-safe."""
    _write(stream, f"{PROG}: warning: {message}\n")


def _write(stream: TextIO, text: str) -> None:
    try:
        stream.write(text)
    except UnicodeEncodeError:
        encoding = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
    stream.flush()


def _run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO, stdin: TextIO | None = None) -> int:
    from .report import check_format

    fmt = check_format(args.format.strip().lower())
    kinds = None if args.kinds is None else _parse_kinds(args.kinds)
    min_severity = None if args.min_severity is None else _parse_severity(args.min_severity)
    published = None if args.published is None else _parse_published(args.published)
    outliers = _outliers_option(args)
    labels = _parse_labels(args.label)
    ignore = [] if args.ignore is None else _read_ignore(args.ignore)
    paths = _article_paths(args.paths)
    articles = _read_articles(paths, labels=labels, published=published, allow_empty=args.allow_empty, stdin=stdin)
    with _progress(f"comparing {len(paths)} articles...", stderr, enabled=not args.quiet):
        report = _compare_files(paths, articles, None, None, args.allow_empty)
    report, filtered, unused = _filter(report, kinds, min_severity, ignore, outliers)
    for warning in report.warnings:
        _warn(stderr, warning)
    for ident in unused:
        _warn(stderr, f"--ignore id {short_repr(ident)} matches no discrepancy")
    _emit(args, fmt, report, filtered.message(), stdout, stderr)
    return 1 if report.discrepancies else 0


def _outliers_option(args: argparse.Namespace) -> int | None:
    """Read ``--accept-outliers-below``: a count of voices, 0 or more."""
    from .consensus import check_voices

    value = args.accept_outliers_below
    return None if value is None else check_voices(value, name="--accept-outliers-below")


def _emit(args: argparse.Namespace, fmt: str, report: Report, filtered: str, stdout: TextIO, stderr: TextIO) -> None:
    """Write the report where it goes; say what the filters dropped: in the text report on
    stdout as its last line, otherwise as a note on stderr (JSON and files stay as rendered)."""
    from .report import render, render_text

    in_report = args.output is None and not args.quiet and fmt == "text"
    if filtered and not in_report and not args.quiet:
        _write(stderr, f"{PROG}: note: {filtered}\n")
    if args.output is not None:
        text = render(report, fmt)
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise InputFileError(f"--output {args.output!r}: cannot write ({exc.strerror or exc})") from exc
    elif not args.quiet:
        text = render_text(report, color=_use_color(args.color, stdout)) if fmt == "text" else render(report, fmt)
        _write(stdout, text + (f"({filtered})\n" if in_report and filtered else ""))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``claimdiff`` command and return its exit status.

    Args:
        argv: the arguments without the program name; ``sys.argv[1:]`` when None.

    Returns:
        0 when no discrepancy remains, 1 when some do, 2 on trouble (bad
        arguments, a missing, empty, binary or non-UTF-8 file).

    >>> main(["--version"])
    claimdiff 0.1.0
    0
    """
    stdout, stderr, stdin = sys.stdout, sys.stderr, sys.stdin
    parser = _parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        return _run(args, stdout, stderr, stdin)
    except ClaimdiffError as exc:
        stderr.write(f"{PROG}: error: {exc}\n")
        stderr.flush()
        return 2
    except BrokenPipeError:
        # The reader went away (e.g. `claimdiff seeds | head`): stop quietly, as other tools do.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 1
    except KeyboardInterrupt:
        stderr.write(f"\n{PROG}: interrupted\n")
        return 130
