"""Render a report as GitHub-flavoured Markdown: :func:`render_markdown`."""

from __future__ import annotations

import re

from .._worddiff import mark_words
from ..models import Discrepancy, Report
from ._common import articles_by_source, check_report, context, distinct_claims, squash, summary, word_diff_ops
from ._support import consensus_summary

__all__ = ["render_markdown"]

# Markdown punctuation to backslash-escape; "_" only where it could start or end emphasis (not inside a word).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")


def _md(text: str) -> str:
    """Escape text for Markdown inline content (one line)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", squash(text))


def _md_bold(text: str) -> str:
    inner = _md(text).strip()
    return f"**{inner}**" if inner else ""


def _cut(text: str, limit: int = 80) -> str:
    text = squash(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _support_table(d: Discrepancy) -> list[str]:
    """The consensus line and a table of the sides: sources, independent voices (sources joined by
    ``+`` are one voice); the consensus side's reading in bold."""
    consensus = consensus_summary(d)
    if consensus is None:
        return []
    top = d.consensus.side if d.consensus is not None else None
    lines = ["", f"*Consensus:* {_md(consensus)}", "", "| side | sources | voices |", "|---|---:|---:|"]
    for i, side in enumerate(d.sides):
        reading = _md_bold(_cut(side.reading)) if i == top else _md(_cut(side.reading))
        shared = any(len(voice) > 1 for voice in side.voices)
        who = f" ({_md(', '.join('+'.join(voice) for voice in side.voices))})" if shared else ""
        lines.append(f"| {reading} | {side.source_count} | {side.voice_count}{who} |")
    return lines


def render_markdown(report: Report) -> str:
    """Render a report as GitHub-flavoured Markdown.

    A summary table (kind, severity, sources, claims) comes first, then a
    section per discrepancy that quotes each claim's sentence with the claim in
    bold; a quote in other words shows its ``detail`` as a word diff (``~~removed~~``,
    ``**added**``), read from the source listed first to the other; any other detail is shown
    as it is. A line gives the consensus (the reading most independent voices support, the
    outliers or a tie) and a table the sides: each reading, its sources and its voices, the
    consensus in bold. Report warnings follow the summary line as ``> **Warning:**``
    lines. Article text is escaped, so it cannot inject Markdown or HTML.

    Args:
        report: what :func:`claimdiff.compare` returned.

    Returns:
        The Markdown text, ending with a newline.

    Raises:
        InvalidArgument: ``report`` is not a :class:`~claimdiff.models.Report`.

    >>> from claimdiff.models import Article, Report
    >>> report = Report(articles=[Article(source="a", text="Rain."), Article(source="b", text="Rain.")])
    >>> print(render_markdown(report), end="")
    # claimdiff report
    <BLANKLINE>
    No discrepancies found across 2 sources: a, b.
    """
    report = check_report(report)
    articles = articles_by_source(report)
    sources = ", ".join(_md(a.source) for a in report.articles)
    headline = summary(report).rstrip(".")
    lines = ["# claimdiff report", "", f"{headline}: {sources}."]
    for warning in report.warnings:
        lines += ["", f"> **Warning:** {_md(warning)}"]
    if not report.discrepancies:
        return "\n".join(lines) + "\n"
    lines += ["", "| # | id | kind | severity | sources | claims |", "|---:|---|---|---|---|---|"]
    for number, d in enumerate(report.discrepancies, 1):
        claims = " vs ".join(dict.fromkeys(_md(_cut(c.text)) for c in d.claims))
        lines.append(
            f"| {number} | `{d.id}` | {d.kind.value} | {d.severity.value} | "
            f"{', '.join(_md(s) for s in d.sources)} | {claims} |"
        )
    for number, d in enumerate(report.discrepancies, 1):
        lines += ["", f"## {number}. {d.kind.value}/{d.severity.value} `{d.id}`", "", _md(d.describe())]
        ops = word_diff_ops(d)
        if ops:
            lines += ["", f"*Word diff:* {mark_words(ops, delete=('~~', '~~'), insert=('**', '**'), escape=_md)}"]
        elif d.detail:
            lines += ["", f"*Detail:* {_md(d.detail)}"]
        lines += _support_table(d)
        for claim in distinct_claims(d):
            ctx = context(claim, articles)
            sentence = f"{_md(ctx.before).lstrip()}{_md_bold(ctx.claim)}{_md(ctx.after).rstrip()}"
            lines += ["", f"> {sentence}", ">", f"> — *{_md(claim.source)}*"]
    return "\n".join(lines) + "\n"
