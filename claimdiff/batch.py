"""Compare many stories: one :func:`~claimdiff.compare` per story, serially or on a process pool.

A *story* is the set of articles about one event; stories are independent, so
they spread over processes with no coordination. :func:`compare_many` streams:
it keeps only a bounded number of stories in flight, so an iterable of millions
of stories runs in flat memory, and it yields the reports in input order.
"""

from __future__ import annotations

import concurrent.futures
import datetime as _dt
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Sized
from typing import TYPE_CHECKING, Any

from .errors import ClaimdiffError, InvalidArgument, InvalidValue, short_repr
from .models import Article, Report
from .options import Options
from .pipeline import check_articles, compare

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .options import OptionsDict

__all__ = ["compare_many", "compare_record"]

#: Stories submitted to the pool per worker before the oldest result is awaited.
_IN_FLIGHT_PER_WORKER = 4

Progress = Callable[[int, "int | None"], None]


def _check_story(story_id: object, articles: object) -> tuple[str, tuple[Article, ...]]:
    """Check one story's id and articles; errors name the story.

    Args:
        story_id: must be a ``str``.
        articles: two or more :class:`~claimdiff.Article` with unique sources.

    Returns:
        The story id and the articles as a tuple.

    Raises:
        InvalidArgument: the id is not a ``str`` or an article is not an ``Article``.
        InvalidValue: fewer than two articles, or two share a source.

    >>> a, b = Article(source="a", text="x"), Article(source="b", text="y")
    >>> _check_story("s1", [a, b])[0]
    's1'
    """
    if not isinstance(story_id, str):
        raise InvalidArgument(
            f"story id must be a str, got {type(story_id).__name__} {short_repr(story_id)}"
        )
    try:
        return story_id, check_articles(articles)
    except ClaimdiffError as exc:
        raise type(exc)(f"story {short_repr(story_id)}: {exc}") from exc


def _iter_pairs(stories: object) -> Iterator[tuple[object, object]]:
    if isinstance(stories, Mapping):
        yield from stories.items()
        return
    assert isinstance(stories, Iterable)
    for i, pair in enumerate(stories):
        if isinstance(pair, (str, bytes)) or not isinstance(pair, Sequence) or len(pair) != 2:
            raise InvalidArgument(
                f"stories[{i}] must be a (story_id, articles) pair, got {type(pair).__name__} {short_repr(pair)}"
            )
        yield pair[0], pair[1]


def _compare_story(story_id: str, articles: tuple[Article, ...], options: Options) -> Report:
    """Run one story; the process pool's task (module level so it pickles by reference)."""
    try:
        return compare(articles, options=options)
    except ClaimdiffError as exc:
        named = type(exc)(f"story {short_repr(story_id)}: {exc}")
        named.__dict__.update(exc.__dict__)  # EmptyArticle's index and source
        raise named from exc


def _to_article(item: object, story_id: str, index: int) -> object:
    """Turn a ``{source, text, published}`` dict into an Article; pass anything else through."""
    if not isinstance(item, Mapping):
        return item
    where = f"story {short_repr(story_id)}: articles[{index}]"
    for key in ("source", "text"):
        if key not in item:
            raise InvalidArgument(f"{where} lacks the key {key!r}; expected a dict with source, text, published")
    published = item.get("published")
    if isinstance(published, str):
        try:
            published = _dt.date.fromisoformat(published)
        except ValueError as exc:
            raise InvalidArgument(f"{where}: published must be an ISO date, got {short_repr(published)}") from exc
    try:
        return Article(source=item["source"], text=item["text"], published=published)
    except ClaimdiffError as exc:
        raise type(exc)(f"{where}: {exc}") from exc


def compare_record(
    record: object, options: Options | Mapping[str, Any] | None = None
) -> tuple[str, dict[str, Any]]:
    """Compare one ``(story_id, articles)`` record and return ``(story_id, report.to_dict())``.

    It is what :func:`claimdiff.dask.compare_bag` maps over a bag, and it suits any engine
    that ships plain data to workers (a Spark ``rdd.map``, a multiprocessing pool).

    Args:
        record: a ``(story_id, articles)`` pair; each article is an :class:`~claimdiff.Article`
            or a dict with ``source``, ``text`` and optionally ``published`` (an ISO date
            string, a ``datetime.date`` or None).
        options: a :class:`~claimdiff.Options`, or a dict of options by name (plain data,
            for engines that ship it to workers); the defaults when None.

    Returns:
        The story id and the JSON-serialisable report dict.

    Raises:
        InvalidArgument: the record is not a pair, the id is not a ``str`` or an article
            is neither an ``Article`` nor a dict of one (the message names the story).
        InvalidValue: fewer than two articles, or two share a source.
        UnknownOption: an option name, kind or severity is not known.

    >>> sid, report = compare_record(("s1", [{"source": "a", "text": "40 died."},
    ...                                      {"source": "b", "text": "55 died."}]))
    >>> sid, report["schema"], len(report["discrepancies"])
    ('s1', 1, 1)
    """
    if not isinstance(options, Options):
        options = Options.from_keywords(options or {}, caller="compare_record")
    if isinstance(record, (str, bytes)) or not isinstance(record, Sequence) or len(record) != 2:
        raise InvalidArgument(
            f"each record must be a (story_id, articles) pair, got {type(record).__name__} {short_repr(record)}"
        )
    raw_id, raw_articles = record
    if isinstance(raw_id, str) and isinstance(raw_articles, Sequence) and not isinstance(raw_articles, (str, bytes)):
        raw_articles = [_to_article(item, raw_id, i) for i, item in enumerate(raw_articles)]
    story_id, articles = _check_story(raw_id, raw_articles)
    return story_id, _compare_story(story_id, articles, options).to_dict()


def compare_many(
    stories: Mapping[str, Sequence[Article]] | Iterable[tuple[str, Sequence[Article]]],
    *,
    workers: int | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    options: Options | None = None,
    **kwargs: Unpack[OptionsDict],
) -> Iterator[tuple[str, Report]]:
    """Compare each story's articles and yield ``(story_id, report)`` pairs in input order.

    Each report is exactly ``compare(articles, options=options, **kwargs)``. Arguments and
    options are checked before any work starts; each story is checked as it is read, so an
    error in story 10,000 of a stream is raised after the first 9,999 reports.

    Args:
        stories: a mapping ``{story_id: articles}`` or an iterable of
            ``(story_id, articles)`` pairs; ``story_id`` is a ``str`` and ``articles``
            a sequence of two or more :class:`~claimdiff.Article`. The iterable is
            read lazily. Ids are passed through as given; they need not be unique.
        workers: processes to use. ``1`` runs in this process; ``None`` (the default)
            uses ``os.cpu_count()``; more than one uses a
            :class:`concurrent.futures.ProcessPoolExecutor` with at most
            ``4 * workers`` stories in flight.
        progress: called as ``progress(done, total)`` after each story is yielded;
            ``total`` is ``len(stories)`` when ``stories`` has a length, else ``None``.
        options: options for :func:`~claimdiff.compare` (:class:`~claimdiff.Options`).
        **kwargs: options by name, as for :func:`~claimdiff.compare`.

    Returns:
        An iterator of ``(story_id, Report)`` pairs. Closing it early (``break``)
        cancels the stories not yet started and shuts the pool down.

    Raises:
        InvalidArgument: ``stories`` is not a mapping or an iterable of pairs,
            ``workers`` is not an int, ``progress`` is not callable, a story id is
            not a ``str`` or an article not an ``Article`` (the message names the story).
        InvalidValue: ``workers`` is less than 1, a threshold is out of range, or a
            story has fewer than two articles or two with one source.
        UnknownOption: an option name, kind or severity is not known.

    >>> from claimdiff import Article
    >>> story = [Article(source="a", text="Officials said 40 people died."),
    ...          Article(source="b", text="Officials said 55 people died.")]
    >>> [(sid, len(r.discrepancies)) for sid, r in compare_many({"quake": story}, workers=1)]
    [('quake', 1)]
    """
    _check_run(stories, workers, progress)
    opts = Options.from_keywords(kwargs, base=options, caller="compare_many")
    total = len(stories) if isinstance(stories, Sized) else None
    count = workers if workers is not None else (os.cpu_count() or 1)
    if total is not None:
        count = max(1, min(count, total))
    if count == 1:
        return _serial(stories, progress, total, opts)
    return _pooled(stories, progress, total, opts, count)


def _check_run(stories: object, workers: object, progress: object) -> None:
    """Check the arguments of :func:`compare_many` other than the options."""
    if isinstance(stories, (str, bytes, Article)) or not isinstance(stories, Iterable):
        raise InvalidArgument(
            "stories must be a mapping {story_id: articles} or an iterable of (story_id, articles) pairs, "
            f"got {type(stories).__name__} {short_repr(stories)}"
        )
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool)):
        raise InvalidArgument(f"workers must be an int or None, got {type(workers).__name__} {short_repr(workers)}")
    if workers is not None and workers < 1:
        raise InvalidValue(f"workers must be at least 1, got {workers!r}")
    if progress is not None and not callable(progress):
        raise InvalidArgument(
            f"progress must be callable or None, got {type(progress).__name__} {short_repr(progress)}"
        )


def _serial(
    stories: object, progress: Progress | None, total: int | None, options: Options
) -> Iterator[tuple[str, Report]]:
    for done, (raw_id, raw_articles) in enumerate(_iter_pairs(stories), start=1):
        story_id, articles = _check_story(raw_id, raw_articles)
        report = _compare_story(story_id, articles, options)
        yield story_id, report
        if progress is not None:
            progress(done, total)


def _pooled(
    stories: object, progress: Progress | None, total: int | None, options: Options, workers: int
) -> Iterator[tuple[str, Report]]:
    limit = workers * _IN_FLIGHT_PER_WORKER
    pending: deque[tuple[str, concurrent.futures.Future[Report]]] = deque()
    pairs = _iter_pairs(stories)
    done = 0
    # A bad story is raised only after the reports of the stories before it, as in _serial.
    error: ClaimdiffError | None = None
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            exhausted = False
            while True:
                while not exhausted and len(pending) < limit:
                    try:
                        raw_id, raw_articles = next(pairs)
                        story_id, articles = _check_story(raw_id, raw_articles)
                    except StopIteration:
                        exhausted = True
                        break
                    except ClaimdiffError as exc:
                        error, exhausted = exc, True
                        break
                    pending.append((story_id, pool.submit(_compare_story, story_id, articles, options)))
                if not pending:
                    if error is not None:
                        raise error
                    return
                story_id, future = pending.popleft()
                report = future.result()
                done += 1
                yield story_id, report
                if progress is not None:
                    progress(done, total)
        finally:
            for _, future in pending:
                future.cancel()
