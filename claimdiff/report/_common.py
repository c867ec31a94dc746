"""What the renderers share: the argument check, the summary line, claims in context, a quote's word diff.

Private to :mod:`claimdiff.report`; the format modules import these names, nothing else should.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import attrs

from .._worddiff import WordOp, read_marks
from ..errors import InvalidArgument, short_repr
from ..models import Article, Claim, Discrepancy, Kind, Report, Severity

SEVERITIES_HIGH_FIRST = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
_SPACE = re.compile(r"\s+")


def check_report(report: object) -> Report:
    """Return ``report`` if it is a Report, else raise :class:`~claimdiff.errors.InvalidArgument`."""
    if not isinstance(report, Report):
        raise InvalidArgument(f"report must be a claimdiff.Report, got {type(report).__name__} {short_repr(report)}")
    return report


def plural(count: int, word: str, many: str | None = None) -> str:
    """Return ``count`` with ``word``, or with its plural (``many``, else ``word`` + s)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


def summary(report: Report) -> str:
    """Return the one-line summary: how many discrepancies of each severity, across how many sources."""
    sources = plural(len(report.articles), "source")
    if not report.discrepancies:
        return f"No discrepancies found across {sources}."
    counts = {s: sum(1 for d in report.discrepancies if d.severity is s) for s in SEVERITIES_HIGH_FIRST}
    by_severity = ", ".join(f"{counts[s]} {s.value}" for s in SEVERITIES_HIGH_FIRST)
    return f"{plural(len(report.discrepancies), 'discrepancy', 'discrepancies')} ({by_severity}) across {sources}"


def squash(text: str) -> str:
    """Collapse runs of white space (newlines included) to one space."""
    return _SPACE.sub(" ", text)


@attrs.frozen
class Context:
    """A claim in its sentence: ``before + claim + after``, white space as in the article."""

    before: str
    claim: str
    after: str


def context(claim: Claim, articles: Mapping[str, Article]) -> Context:
    """Return the claim's sentence split around the claim, using offsets into the article."""
    article = articles.get(claim.source)
    sentence = claim.sentence
    if article is not None and article.text[claim.start : claim.end] == claim.text:
        text = article.text
        if text[sentence.start : sentence.end] == sentence.text:
            low, high = min(sentence.start, claim.start), max(sentence.end, claim.end)
        else:
            low, high = claim.start, claim.end
        return Context(text[low : claim.start], claim.text, text[claim.end : high])
    # A report built by hand may not carry consistent offsets: fall back to searching the sentence.
    where = sentence.text.find(claim.text) if claim.text else -1
    if where < 0:
        return Context("", claim.text, "")
    return Context(sentence.text[:where], claim.text, sentence.text[where + len(claim.text) :])


def articles_by_source(report: Report) -> dict[str, Article]:
    """Return the report's articles keyed by source."""
    return {a.source: a for a in report.articles}


def distinct_claims(discrepancy: Discrepancy) -> list[Claim]:
    """Return the claims without repeats of the same (source, span)."""
    seen: set[tuple[str, int, int]] = set()
    result = []
    for claim in discrepancy.claims:
        key = (claim.source, claim.start, claim.end)
        if key not in seen:
            seen.add(key)
            result.append(claim)
    return result


def word_diff_ops(d: Discrepancy) -> tuple[tuple[WordOp, str], ...] | None:
    """Return the word diff in a quote finding's ``detail`` as operations, for a renderer to mark
    its own way (the one diff the rule computed, read in the order the report lists the sources).

    None when there is none to read: another kind, no detail, or a detail that does not read
    back into words of the finding's claims (a report built by hand); show ``detail`` as it is.
    """
    if d.kind is not Kind.QUOTE or not d.detail:
        return None
    ops = read_marks(d.detail)
    if not ops or all(op == "equal" for op, _ in ops):
        return None
    old = " ".join(words for op, words in ops if op != "insert")
    new = " ".join(words for op, words in ops if op != "delete")
    texts = [f" {' '.join(c.text.split())} " for c in distinct_claims(d)]
    if any(f" {old} " in t for t in texts) and any(f" {new} " in t for t in texts):
        return ops
    return None
