"""Render a report for a terminal: :func:`render_text`."""

from __future__ import annotations

import re

from ..errors import InvalidArgument, short_repr
from ..models import Discrepancy, Report, Severity
from ._common import SEVERITIES_HIGH_FIRST, articles_by_source, check_report, context, distinct_claims, squash, summary
from ._support import consensus_summary, copied_sides, side_summary

__all__ = ["render_text"]

# C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides, shown escaped in text output.
_UNSAFE_IN_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ANSI_RESET = "\x1b[0m"
_ANSI_SEVERITY = {Severity.HIGH: "\x1b[1;31m", Severity.MEDIUM: "\x1b[1;33m", Severity.LOW: "\x1b[1;36m"}
_ANSI_DIM = "\x1b[2m"
_ANSI_CLAIM = "\x1b[1;4m"
_ANSI_WARNING = "\x1b[1;35m"


def _grouped(report: Report) -> list[tuple[Severity, list[Discrepancy]]]:
    groups = [(s, [d for d in report.discrepancies if d.severity is s]) for s in SEVERITIES_HIGH_FIRST]
    return [(s, ds) for s, ds in groups if ds]


def _terminal_safe(text: str) -> str:
    return _UNSAFE_IN_TERMINAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _plain(text: str) -> str:
    return _terminal_safe(squash(text))


def _support_lines(d: Discrepancy) -> list[str]:
    """The consensus of a finding, and its sides' sources and voices when some are one voice."""
    consensus = consensus_summary(d)
    lines = [] if consensus is None else [f"  consensus: {_plain(consensus)}"]
    if copied_sides(d):
        lines.append(f"  voices: {_plain(' | '.join(side_summary(side) for side in d.sides))}")
    return lines


def render_text(report: Report, *, color: bool = False) -> str:
    """Render a report for a terminal, grouped by severity, high first.

    Each discrepancy is a block: ``[id] kind/severity``, its ``describe()`` line, its detail,
    its consensus (``consensus: 19 people (2 of 3 voices); outliers: 14 (1 voice)``), when
    some sources reproduce one another the sides' sources and voices (``voices: 19 people: 3
    sources, 2 voices (a+b) | ...``; sources joined by ``+`` are one voice), then each claim's
    sentence with the claim between ``»`` and ``«``. A summary
    line ends the report, after one ``warning: ...`` line per report warning.
    Control characters in article text are shown escaped, so an article cannot send
    escape sequences to the terminal.

    Args:
        report: what :func:`claimdiff.compare` returned.
        color: add ANSI colour codes (the CLI turns this on for a terminal
            when ``NO_COLOR`` is unset).

    Returns:
        The report, ending with a newline.

    Raises:
        InvalidArgument: ``report`` is not a :class:`~claimdiff.models.Report`.

    >>> from claimdiff.models import Article, Report
    >>> report = Report(articles=[Article(source="a", text="Rain."), Article(source="b", text="Rain.")])
    >>> print(render_text(report), end="")
    No discrepancies found across 2 sources.
    """
    report = check_report(report)
    if not isinstance(color, bool):
        raise InvalidArgument(f"color must be a bool, got {short_repr(color)}")

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_ANSI_RESET}" if color else text

    articles = articles_by_source(report)
    lines: list[str] = []
    for severity, discrepancies in _grouped(report):
        lines.append(paint(_ANSI_SEVERITY[severity], f"{severity.value.upper()} ({len(discrepancies)})"))
        lines.append("")
        for d in discrepancies:
            label = f"{d.kind.value}/{severity.value}"
            lines.append(f"{paint(_ANSI_DIM, f'[{d.id}]')} {paint(_ANSI_SEVERITY[severity], label)}")
            lines.append(f"  {_plain(d.describe())}")
            if d.detail:
                lines.append(f"  detail: {_plain(d.detail)}")
            lines += _support_lines(d)
            for claim in distinct_claims(d):
                ctx = context(claim, articles)
                marked = paint(_ANSI_CLAIM, f"»{_plain(ctx.claim).strip()}«")
                before, after = _plain(ctx.before).lstrip(), _plain(ctx.after).rstrip()
                lines.append(f"  {_plain(claim.source)}: {before}{marked}{after}")
            lines.append("")
    for warning in report.warnings:
        lines.append(f"{paint(_ANSI_WARNING, 'warning:')} {_plain(warning)}")
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
