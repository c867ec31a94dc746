"""The whole job: :func:`compare` runs the stages in order.

``Article -> clean -> split_sentences -> extract_claims -> align_claims -> find_discrepancies -> Report``
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .align import AlignOptions, align_claims
from .claims import extract_claims
from .diff import DiffOptions, find_discrepancies
from .errors import DuplicateSource, InvalidArgument, InvalidValue, UnknownOption, short_repr, suggest
from .models import Article, Claim, Report, Severity
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
}


def analyse(article: Article) -> tuple[Claim, ...]:
    """Run the per-article stages: clean, split into sentences, extract claims.

    >>> [c.text for c in analyse(Article(source="a", text="They signed 11 deals."))]
    ['They signed 11 deals.', '11 deals']
    """
    if not isinstance(article, Article):
        raise InvalidArgument(f"article must be a claimdiff.Article, got {short_repr(article)}")
    cleaning = clean(article.text)
    sentences = split_sentences(article.text, skip=cleaning.skips)
    published = article.published or cleaning.published
    return extract_claims(article, sentences, published=published)


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
              contained in another (and so agree with it).

    Returns:
        A :class:`Report`; the discrepancies do not depend on the order of ``articles``.

    Raises:
        InvalidArgument: ``articles`` is not a sequence of ``Article``.
        InvalidValue: fewer than two articles, or a threshold out of range.
        DuplicateSource: two articles share a ``source``.
        UnknownOption: an option name, kind or severity is not known.

    >>> a = Article(source="a", text="Officials said 40 people died on Tuesday.")
    >>> b = Article(source="b", text="Officials said 55 people died on Tuesday.")
    >>> compare([a, b]).discrepancies[0].describe()
    'quantity, conflict: 40 people (a) vs 55 people (b)'
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
    claims = {article.source: analyse(article) for article in items}
    alignments = align_claims(claims, options=align_opts)
    discrepancies = find_discrepancies(alignments, options=diff_opts, source_order=list(claims))
    return Report(articles=items, alignments=alignments, discrepancies=discrepancies)

