"""The whole job: :func:`compare` runs the stages in order.

``Article -> clean -> split_sentences -> extract_claims -> align_claims -> find_discrepancies -> Report``
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable, Sequence
from typing import Any

from .align import AlignOptions, align_claims, find_copies, join_copies
from .claims import extract_claims
from .diff import DiffOptions, find_discrepancies
from .errors import (
    NO_SHARED_CLAIMS,
    DuplicateSource,
    EmptyArticle,
    InvalidArgument,
    InvalidValue,
    UnknownOption,
    short_repr,
    suggest,
)
from .models import Article, Claim, Report, Sentence, Severity
from .segment import split_sentences
from .text import clean

__all__ = ["OPTIONS", "analyse", "compare"]

#: Every keyword option :func:`compare` takes, with its default.
OPTIONS: dict[str, object] = {
    "kinds": None,
    "min_severity": Severity.LOW,
    "sentence_threshold": AlignOptions().sentence_threshold,
    "quantity_threshold": AlignOptions().quantity_threshold,
    "quote_threshold": AlignOptions().quote_threshold,
    "negation_similarity": DiffOptions().negation_similarity,
    "quote_containment": DiffOptions().quote_containment,
    "allow_empty": False,
}


def analyse(article: Article) -> tuple[Claim, ...]:
    """Run the per-article stages: clean, split into sentences, extract claims.

    >>> [c.text for c in analyse(Article(source="a", text="They signed 11 deals."))]
    ['They signed 11 deals.', '11 deals']
    """
    if not isinstance(article, Article):
        raise InvalidArgument(f"article must be a claimdiff.Article, got {short_repr(article)}")
    return _extract(article, _read(article))


def _read(article: Article) -> tuple[list[Sentence], _dt.date | None]:
    """Clean and split an article: its sentences outside boilerplate, and its publication date."""
    cleaning = clean(article.text)
    sentences = split_sentences(article.text, skip=cleaning.skips)
    return sentences, article.published or cleaning.published


def _extract(article: Article, read: tuple[list[Sentence], _dt.date | None]) -> tuple[Claim, ...]:
    sentences, published = read
    return extract_claims(article, sentences, published=published)


def _empty_message(index: int, article: Article) -> str:
    return f"articles[{index}] (source {short_repr(article.source)}) has no text left after cleaning"


def _check_articles(articles: object) -> tuple[Article, ...]:
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


def compare(articles: Sequence[Article], **options: Any) -> Report:
    """Compare articles about the same event and report where their claims disagree.

    Args:
        articles: two or more articles, each with a unique ``source``.
        **options: keyword options:

            * ``kinds``: kinds to report (``Kind`` or their names), all by default;
            * ``min_severity``: least severity to report, ``"low"`` by default;
            * ``sentence_threshold`` (45): least IDF-weighted Dice overlap (0..100) of
              content words for two sentences to be aligned;
            * ``quantity_threshold`` (40): least context similarity (rapidfuzz
              ``token_set_ratio``) for two figures of the same noun in unaligned sentences
              to be compared; they must also share a distinctive word near the figure;
            * ``quote_threshold`` (50): least share of the shorter quote's content words
              found in another quote for the two to be compared;
            * ``negation_similarity`` (90): least similarity of two sentences, negation
              words removed, for a polarity difference to count;
            * ``quote_containment`` (95): least ``partial_ratio`` for one quote to count as
              contained in another (and so agree with it);
            * ``allow_empty`` (False): compare an article with no text left after
              cleaning (it contributes no claim, and the report warns about it) instead
              of raising :class:`~claimdiff.errors.EmptyArticle`.

    Returns:
        A :class:`Report`; the discrepancies do not depend on the order of ``articles``.
        Its ``warnings`` say when the articles share no aligned claim (they may not be
        about the same event) and name each empty article ``allow_empty`` let through.

    Raises:
        InvalidArgument: ``articles`` is not a sequence of ``Article``, or ``allow_empty``
            is not a bool.
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
    >>> compare([a, Article(source="c", text="Heavy rain hit Hanoi.")]).warnings
    ('the articles share no aligned claim: they may not be about the same event',)
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise UnknownOption(
            f"compare() got an unknown option {unknown[0]!r}{suggest(unknown[0], OPTIONS)}; "
            f"options are {', '.join(sorted(OPTIONS))}"
        )
    items = _check_articles(articles)
    settings: dict[str, Any] = {**OPTIONS, **options}
    align_opts = AlignOptions(
        sentence_threshold=settings["sentence_threshold"],
        quantity_threshold=settings["quantity_threshold"],
        quote_threshold=settings["quote_threshold"],
    )
    diff_opts = DiffOptions(
        kinds=settings["kinds"],
        min_severity=settings["min_severity"],
        negation_similarity=settings["negation_similarity"],
        quote_containment=settings["quote_containment"],
    )
    allow_empty = settings["allow_empty"]
    if not isinstance(allow_empty, bool):
        raise InvalidArgument(
            f"allow_empty must be a bool, got {type(allow_empty).__name__} {short_repr(allow_empty)}"
        )
    read = [_read(article) for article in items]
    warnings: list[str] = []
    for index, (article, (sentences, _)) in enumerate(zip(items, read, strict=True)):
        if sentences:
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
    claims = {article.source: _extract(article, r) for article, r in zip(items, read, strict=True)}
    copies = find_copies({article.source: (article.text, article.published) for article in items})
    copied = {source for others in copies.values() for source in others}
    originals = {source: found for source, found in claims.items() if source not in copied}
    alignments = join_copies(align_claims(originals, options=align_opts), claims, copies)
    discrepancies = find_discrepancies(alignments, options=diff_opts)
    if not alignments:
        warnings.append(NO_SHARED_CLAIMS)
    return Report(articles=items, alignments=alignments, discrepancies=discrepancies, warnings=warnings)

