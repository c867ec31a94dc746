"""The whole job: :func:`compare` runs the stages in order.

``Article -> clean -> split_sentences -> extract_claims -> align_claims -> find_discrepancies
-> find_updates -> weigh_discrepancies -> Report``
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from .align import align_claims, find_copies, join_copies
from .claims import FILED_SLACK, extract_claims
from .consensus import find_voices, weigh_discrepancies
from .diff import find_discrepancies, order_discrepancies
from .errors import NO_SHARED_CLAIMS, DuplicateSource, EmptyArticle, InvalidArgument, InvalidValue, short_repr
from .models import Alignment, Article, Claim, Discrepancy, Report, Sentence, published_day
from .options import OPTIONS, Options
from .segment import split_sentences
from .text import clean
from .timeline import find_updates, publication_moment

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .options import OptionsDict

__all__ = ["OPTIONS", "Options", "analyse", "check_articles", "compare"]


def analyse(article: Article) -> tuple[Claim, ...]:
    """Run the per-article stages: clean, split into sentences, extract claims.

    >>> [c.text for c in analyse(Article(source="a", text="They signed 11 deals."))]
    ['They signed 11 deals.', 'signed', '11 deals']
    """
    if not isinstance(article, Article):
        raise InvalidArgument(f"article must be a claimdiff.Article, got {short_repr(article)}")
    return _extract(article, _read(article))


class _Read(NamedTuple):
    """What cleaning and splitting read of an article."""

    sentences: list[Sentence]
    """Its sentences outside boilerplate."""
    published: _dt.date | None
    """The day relative dates resolve from."""
    moment: _dt.date | None
    """When it was published, as precisely as known (:func:`claimdiff.timeline.publication_moment`)."""


def _read(article: Article) -> _Read:
    """Clean and split an article: its sentences outside boilerplate, and its publication date."""
    cleaning = clean(article.text)
    sentences = split_sentences(article.text, skip=cleaning.skips)
    return _Read(sentences, resolve_day(published_day(article.published), cleaning.published),
                 publication_moment(article, cleaning))


def resolve_day(given: _dt.date | None, own: _dt.date | None) -> _dt.date | None:
    """Return the day an article's relative dates resolve from: the day it gives at its top
    (``own``, a dated header such as a broadcast's "Monday 13 October 2025, 18:00") when that
    is up to :data:`~claimdiff.claims.FILED_SLACK` days before the ``given`` one (its "this
    morning" was said that day, whenever it was collected), else ``given``, else ``own``.

    >>> import datetime as dt
    >>> resolve_day(dt.date(2025, 10, 14), dt.date(2025, 10, 13)), resolve_day(dt.date(2025, 10, 14), None)
    (datetime.date(2025, 10, 13), datetime.date(2025, 10, 14))
    """
    if given is not None and own is not None and 0 < (given - own).days <= FILED_SLACK:
        return own
    return given or own


def _extract(article: Article, read: _Read) -> tuple[Claim, ...]:
    return extract_claims(article, read.sentences, published=read.published)


def _empty_message(index: int, article: Article) -> str:
    return f"articles[{index}] (source {short_repr(article.source)}) has no text left after cleaning"


def check_articles(articles: object) -> tuple[Article, ...]:
    """Return ``articles`` as a tuple of two or more Articles with unique sources, or raise.

    Raises:
        InvalidArgument: not a sequence of ``Article``.
        InvalidValue: fewer than two articles.
        DuplicateSource: two articles share a ``source``.
    """
    if isinstance(articles, (str, bytes, Article)) or not isinstance(articles, Iterable):
        raise InvalidArgument(
            f"articles must be a sequence of claimdiff.Article, got {type(articles).__name__} "
            f"{short_repr(articles)}"
        )
    items = tuple(articles)
    for i, item in enumerate(items):
        if not isinstance(item, Article):
            raise InvalidArgument(
                f"articles[{i}] must be a claimdiff.Article, got {type(item).__name__} {short_repr(item)}"
            )
    if len(items) < 2:
        raise InvalidValue(f"articles must hold at least two articles to compare, got {len(items)}")
    seen: set[str] = set()
    for item in items:
        if item.source in seen:
            raise DuplicateSource(f"articles has two articles with source {item.source!r}; sources must be unique")
        seen.add(item.source)
    return items


def compare(articles: Sequence[Article], *, options: Options | None = None, **kwargs: Unpack[OptionsDict]) -> Report:
    """Compare articles about the same event and report where their claims disagree.

    Args:
        articles: two or more articles, each with a unique ``source``.
        options: what to report and how strictly to compare (:class:`~claimdiff.Options`);
            the defaults when None.
        **kwargs: the same options by name (``kinds``, ``min_severity``, ``sentence_threshold``,
            ``quantity_threshold``, ``quote_threshold``, ``negation_similarity``,
            ``quote_containment``, ``allow_empty``: the fields of :class:`~claimdiff.Options`);
            they replace the fields of ``options``.

    Returns:
        A :class:`Report`; the discrepancies do not depend on the order of ``articles``.
        Its ``warnings`` say when the articles share no aligned claim (they may not be
        about the same event) and name each empty article ``allow_empty`` let through.

    Raises:
        InvalidArgument: ``articles`` is not a sequence of ``Article``, ``options`` is not
            an ``Options``, or an option has the wrong type (``allow_empty`` not a bool).
        InvalidValue: fewer than two articles, or a threshold out of range.
        DuplicateSource: two articles share a ``source``.
        EmptyArticle: an article has no text left after cleaning (empty, white space,
            only a cookie banner or a dateline) and ``allow_empty`` is False; the
            message names the article's index and source.
        UnknownOption: an option name, kind or severity is not known.

    >>> a = Article(source="a", text="Officials said 40 people died on Tuesday.")
    >>> b = Article(source="b", text="Officials said 55 people died on Tuesday.")
    >>> compare([a, b]).discrepancies[0].describe()
    'quantity, conflict: 40 people (a) vs 55 people (b)'
    >>> compare([a, b], options=Options(min_severity="high"), kinds=["date"]).discrepancies
    ()
    >>> compare([a, Article(source="c", text="Heavy rain hit Hanoi.")]).warnings
    ('the articles share no aligned claim: they may not be about the same event',)
    """
    opts = Options.from_keywords(kwargs, base=options)
    items = check_articles(articles)
    read = [_read(article) for article in items]
    warnings = _empty_warnings(items, read, allow_empty=opts.allow_empty)
    claims = {article.source: _extract(article, r) for article, r in zip(items, read, strict=True)}
    copies = find_copies({article.source: (article.text, article.published) for article in items})
    copied = {source for others in copies.values() for source in others}
    originals = {source: found for source, found in claims.items() if source not in copied}
    alignments = join_copies(align_claims(originals, options=opts.align_options()), claims, copies)
    discrepancies = _weigh(alignments, items, read, copies, opts)
    if not alignments:
        warnings.append(NO_SHARED_CLAIMS)
    return Report(articles=items, alignments=alignments, discrepancies=discrepancies, warnings=warnings)


def _weigh(
    alignments: tuple[Alignment, ...],
    items: Sequence[Article],
    read: Sequence[_Read],
    copies: dict[str, tuple[str, ...]],
    opts: Options,
) -> tuple[Discrepancy, ...]:
    """Find the discrepancies, tell updates from conflicts by publication time, then count each
    side's sources and voices."""
    moments = {article.source: r.moment for article, r in zip(items, read, strict=True)}
    found = find_updates(find_discrepancies(alignments, options=opts.diff_options()), moments, alignments=alignments)
    if not found:
        return found
    voices = find_voices({a.source: (a.text, r.sentences) for a, r in zip(items, read, strict=True)}, copies=copies)
    return order_discrepancies(weigh_discrepancies(found, voices), options=opts.diff_options())


def _empty_warnings(items: Sequence[Article], read: Sequence[_Read], *, allow_empty: bool) -> list[str]:
    """Return a warning for each article that cleaning leaves without a sentence.

    Raises:
        EmptyArticle: there is such an article and ``allow_empty`` is False.
    """
    warnings: list[str] = []
    for index, (article, r) in enumerate(zip(items, read, strict=True)):
        if r.sentences:
            continue
        message = _empty_message(index, article)
        if not allow_empty:
            raise EmptyArticle(
                f"{message}: its text {short_repr(article.text, 60)} is empty, white space or only "
                "boilerplate (a cookie banner, a dateline, a byline); pass allow_empty=True to compare it anyway",
                index=index,
                source=article.source,
            )
        warnings.append(f"{message}; it was compared anyway (allow_empty=True) and contributes no claim")
    return warnings
