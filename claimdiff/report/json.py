"""Render a report as JSON: :func:`render_json`, the input of ``Report.from_dict``."""

from __future__ import annotations

import json

from ..models import Report
from ._common import check_report

__all__ = ["render_json"]


def render_json(report: Report) -> str:
    """Render ``report.to_dict()`` as indented JSON, ending with a newline.

    Equal reports give byte-identical output, so the JSON suits snapshot files;
    ``Report.from_dict(json.loads(render_json(r))) == r``.

    Args:
        report: what :func:`claimdiff.compare` returned.

    Returns:
        The JSON text (non-ASCII characters kept as they are).

    Raises:
        InvalidArgument: ``report`` is not a :class:`~claimdiff.models.Report`.

    >>> from claimdiff.models import Article, Report
    >>> report = Report(articles=[Article(source="a", text="Rain.")])
    >>> json.loads(render_json(report))["schema"]
    1
    """
    report = check_report(report)
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"
