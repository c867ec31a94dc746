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
import os
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import attrs

from .errors import ClaimdiffError, EmptyArticle, InputFileError, InvalidValue, short_repr

if TYPE_CHECKING:
    from .models import Article, Kind, Report, Severity
    from .options import OptionsDict

__all__ = ["main"]

PROG = "claimdiff"
#: Seconds a run may take before a progress line appears on a terminal's stderr.
PROGRESS_DELAY = 1.0


def _parser() -> argparse.ArgumentParser:
    from . import __version__
    from .models import Kind
    from .report import FORMATS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Compare news articles about the same event and report where their claims disagree.",
        epilog="Exit status: 0 no discrepancy, 1 discrepancies found, 2 trouble (bad input, unreadable file).",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE_OR_DIR",
        help="article text files (UTF-8); a directory stands for every *.txt file in it, sorted by name",
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
        "--kinds",
        metavar="KIND[,KIND...]",
        help=f"report only these kinds, comma-separated: {', '.join(k.value for k in Kind)} (default: all)",
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
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    return parser


def _parse_kinds(value: str) -> tuple[Kind, ...]:
    from .models import Kind

    names = [part.strip().lower() for part in value.split(",") if part.strip()]
    if not names:
        raise InvalidValue(f"--kinds must name at least one kind, got {short_repr(value)}")
    return tuple(dict.fromkeys(Kind.parse(name, label="--kinds: unknown kind") for name in names))


def _parse_severity(value: str) -> Severity:
    from .models import Severity

    return Severity.parse(value, label="--min-severity: unknown severity")


def _article_paths(arguments: Sequence[str]) -> list[Path]:
    paths: list[Path] = []
    empty_dirs: list[str] = []
    for argument in arguments:
        path = Path(argument)
        if path.is_dir():
            found = sorted(p for p in path.glob("*.txt") if p.is_file())
            if not found:
                empty_dirs.append(argument)
            paths += found
        else:
            paths.append(path)  # a missing file is reported when it is read
    if len(paths) < 2:
        where = f" ({', '.join(repr(d) for d in empty_dirs)} holds no *.txt file)" if empty_dirs else ""
        found_text = ", ".join(repr(str(p)) for p in paths) or "none"
        raise InputFileError(
            f"need at least 2 articles to compare, got {len(paths)}{where}; articles found: {found_text}"
        )
    return paths


def _read_articles(paths: Sequence[Path], *, allow_empty: bool = False) -> list[Article]:
    from .models import Article

    articles = [Article.from_path(path, allow_empty=allow_empty) for path in paths]
    seen: dict[str, Path] = {}
    for article, path in zip(articles, paths, strict=True):
        if article.source in seen:
            other = seen[article.source]
            detail = "the same file twice" if other.resolve() == path.resolve() else "two files with the same name"
            raise InvalidValue(
                f"{str(other)!r} and {str(path)!r} both give the source name {article.source!r} ({detail}); "
                "each article needs its own file name"
            )
        seen[article.source] = path
    return articles


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


def _filter(report: Report, ignore: Sequence[str]) -> tuple[Report, list[str]]:
    """Drop the discrepancies whose ids are in ``ignore``; also return the ids that matched none."""
    if not ignore:
        return report, []
    found = {d.id for d in report.discrepancies}
    unused = [ident for ident in ignore if ident not in found]
    dropped = set(ignore)
    kept: list[Any] = [d for d in report.discrepancies if d.id not in dropped]
    return attrs.evolve(report, discrepancies=tuple(kept)), unused


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


def _run(args: argparse.Namespace, stdout: TextIO, stderr: TextIO) -> int:
    from .report import check_format, render, render_text

    fmt = check_format(args.format.strip().lower())
    kinds = None if args.kinds is None else _parse_kinds(args.kinds)
    min_severity = None if args.min_severity is None else _parse_severity(args.min_severity)
    ignore = [] if args.ignore is None else _read_ignore(args.ignore)
    paths = _article_paths(args.paths)
    with _progress(f"comparing {len(paths)} articles...", stderr, enabled=not args.quiet):
        articles = _read_articles(paths, allow_empty=args.allow_empty)
        report = _compare_files(paths, articles, kinds, min_severity, args.allow_empty)
    report, unused = _filter(report, ignore)
    for warning in report.warnings:
        _warn(stderr, warning)
    for ident in unused:
        _warn(stderr, f"--ignore id {short_repr(ident)} matches no discrepancy")
    status = 1 if report.discrepancies else 0
    if args.output is not None:
        text = render(report, fmt)
        try:
            with open(args.output, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        except OSError as exc:
            raise InputFileError(f"--output {args.output!r}: cannot write ({exc.strerror or exc})") from exc
    elif not args.quiet:
        color = _use_color(args.color, stdout)
        text = render_text(report, color=color) if fmt == "text" else render(report, fmt)
        _write(stdout, text)
    return status


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
    stdout, stderr = sys.stdout, sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(None if argv is None else list(argv))
    except SystemExit as exc:  # --help, --version, or a usage error (already printed)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    try:
        return _run(args, stdout, stderr)
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
