"""Render a :class:`~claimdiff.models.Report` as text, JSON, Markdown or HTML.

Every renderer is a pure function from a report to a string: it prints nothing
and writes no file (the CLI does that), and equal reports give identical output.

* :func:`render_text`: for a terminal, grouped by severity, ANSI colour on request;
* :func:`render_json`: ``Report.to_dict()`` as JSON, the input of ``Report.from_dict``;
* :func:`render_markdown`: a summary table and a section per discrepancy, for GitHub;
* :func:`render_html`: one self-contained page with the articles side by side and
  every conflicting claim highlighted;
* :func:`render`: any of them by name.

One module per format (``text``, ``json``, ``markdown``, ``html``), helpers they share in
``_common``, the page's style sheet in ``report.css``; this module names the formats and
dispatches on them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import InvalidArgument, UnknownOption, short_repr, suggest
from ..models import Report
from ._common import check_report
from .html import render_html
from .json import render_json
from .markdown import render_markdown
from .text import render_text

__all__ = ["FORMATS", "check_format", "render", "render_html", "render_json", "render_markdown", "render_text"]

#: The format names :func:`render` and the CLI's ``--format`` accept.
FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")

_RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "json": render_json,
    "markdown": render_markdown,
    "html": render_html,
}


def check_format(format: object) -> str:
    """Return ``format`` if it names a format, else raise with a suggestion.

    Raises:
        InvalidArgument: ``format`` is not a str.
        UnknownOption: ``format`` is not one of :data:`FORMATS`.

    >>> check_format("html")
    'html'
    """
    if not isinstance(format, str):
        raise InvalidArgument(f"format must be a str, got {type(format).__name__} {short_repr(format)}")
    if format not in _RENDERERS:
        raise UnknownOption(
            f"unknown format {short_repr(format)}{suggest(format, FORMATS)} (expected one of {', '.join(FORMATS)})"
        )
    return format


def render(report: Report, format: str) -> str:
    """Render a report in the named format: ``"text"``, ``"json"``, ``"markdown"`` or ``"html"``.

    Args:
        report: what :func:`claimdiff.compare` returned.
        format: one of :data:`FORMATS`.

    Returns:
        What the matching ``render_*`` function returns (text without colour).

    Raises:
        InvalidArgument: ``report`` is not a Report or ``format`` not a str.
        UnknownOption: ``format`` is not a known format; the message suggests the closest.

    >>> from claimdiff.models import Article, Report
    >>> render(Report(articles=[Article(source="a", text="Rain.")]), "text")
    'No discrepancies found across 1 source.\\n'
    """
    return _RENDERERS[check_format(format)](check_report(report))
