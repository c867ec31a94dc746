"""Render a report as one self-contained HTML page: :func:`render_html`.

The page's style sheet is the package data file ``report.css``, inlined into the page
with one filter rule per kind and severity present.
"""

from __future__ import annotations

import functools
import hashlib
import html
import importlib.resources
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .._worddiff import mark_words
from ..models import Article, Claim, Discrepancy, Kind, Report
from ..support import format_moment
from ._common import (
    SEVERITIES_HIGH_FIRST,
    articles_by_source,
    check_report,
    context,
    distinct_claims,
    squash,
    summary,
    word_diff_ops,
)
from ._support import consensus_summary
from .json import render_json

__all__ = ["render_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


@attrs.frozen
class _Span:
    """A highlighted claim in one article: a span and the discrepancies it takes part in."""

    ident: str
    start: int
    end: int
    discrepancies: tuple[Discrepancy, ...]

    def classes(self) -> str:
        kinds = dict.fromkeys(f"kind-{d.kind.value}" for d in self.discrepancies)
        order = sorted({d.severity for d in self.discrepancies}, key=lambda s: s.rank)
        return " ".join(["claim", *kinds, *(f"sev-{s.value}" for s in order)])

    def open_tag(self, first: bool) -> str:
        ids = " ".join(dict.fromkeys(d.id for d in self.discrepancies))
        title = "\n".join(dict.fromkeys(f"[{d.id}] {d.severity.value}: {d.describe()}" for d in self.discrepancies))
        id_attr = f'id="{_esc(self.ident)}" ' if first else ""
        part = "" if first else " part"
        return (
            f'<mark {id_attr}class="{self.classes()}{part}" data-claim="{_esc(self.ident)}" '
            f'data-discrepancy="{_esc(ids)}" title="{_esc(title)}">'
        )


def _claim_ident(index: int, claim: Claim) -> str:
    return f"c-{index}-{claim.start}-{claim.end}"


def _spans(report: Report) -> dict[int, list[_Span]]:
    """Group the claims of every discrepancy by article and span (claims may repeat or overlap)."""
    index = {a.source: i for i, a in enumerate(report.articles)}
    found: dict[tuple[int, int, int], list[Discrepancy]] = {}
    for d in report.discrepancies:
        for claim in d.claims:
            i = index.get(claim.source)
            if i is None or report.articles[i].text[claim.start : claim.end] != claim.text:
                continue
            holders = found.setdefault((i, claim.start, claim.end), [])
            if d not in holders:
                holders.append(d)
    spans: dict[int, list[_Span]] = {}
    for (i, start, end), holders in found.items():
        spans.setdefault(i, []).append(_Span(f"c-{i}-{start}-{end}", start, end, tuple(holders)))
    return spans


def _highlight(text: str, spans: Sequence[_Span]) -> str:
    """Return escaped ``text`` with each span wrapped in ``<mark>``; overlapping spans are split.

    Spans that start together nest outer first. When a span ends while a span
    opened inside it is still open, the inner one is closed and reopened as a
    ``part`` mark after it, so the markup stays well nested and every character
    of every claim sits inside a mark carrying that claim's ``data-claim``.
    """
    starts: dict[int, list[_Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
    for group in starts.values():
        group.sort(key=lambda s: (-s.end, s.ident))
    boundaries = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[str] = []
    stack: list[_Span] = []
    pos = 0
    for point in boundaries:
        out.append(_esc(text[pos:point]))
        pos = point
        ending = [i for i, s in enumerate(stack) if s.end <= point]
        if ending:
            cut = ending[0]
            reopen = [s for s in stack[cut:] if s.end > point]
            out.append("</mark>" * (len(stack) - cut))
            del stack[cut:]
            for span in reopen:
                out.append(span.open_tag(first=False))
                stack.append(span)
        for span in starts.get(point, ()):
            out.append(span.open_tag(first=True))
            if span.end == span.start:
                out.append("</mark>")
            else:
                stack.append(span)
    out.append("</mark>" * len(stack))
    return "".join(out)


@functools.cache
def _stylesheet() -> str:
    """Return the page's fixed CSS, ``report.css`` beside this module, without surrounding white space."""
    return importlib.resources.files("claimdiff.report").joinpath("report.css").read_text(encoding="utf-8").strip()


def _filter_css(values: Iterable[str], prefix: str) -> str:
    rules = []
    for value in values:
        off = f"body:has(#f-{prefix}-{value}:not(:checked))"
        rules.append(f"{off} .disc.{prefix}-{value} {{ display: none; }}")
        rules.append(f"{off} mark.claim.{prefix}-{value} {{ background: transparent; box-shadow: none; }}")
    return "\n".join(rules)


def _html_context(claim: Claim, articles: Mapping[str, Article]) -> str:
    ctx = context(claim, articles)
    return f"{_esc(squash(ctx.before).lstrip())}<b>{_esc(squash(ctx.claim))}</b>{_esc(squash(ctx.after).rstrip())}"


def _html_discrepancy(d: Discrepancy, articles: Mapping[str, Article], index: Mapping[str, int]) -> str:
    classes = f"disc kind-{d.kind.value} sev-{d.severity.value}"
    parts = [
        f'<li id="d-{_esc(d.id)}" class="{classes}">',
        f'<div class="head"><span class="badge sev">{_esc(d.severity.value)}</span> '
        f'<span class="badge kind">{_esc(d.kind.value)}</span> <code>{_esc(d.id)}</code></div>',
        f'<p class="desc">{_esc(d.describe())}</p>',
        '<ul class="claims">',
    ]
    for claim in distinct_claims(d):
        i = index.get(claim.source)
        valid = i is not None and articles[claim.source].text[claim.start : claim.end] == claim.text
        source = _esc(claim.source)
        label = f'<a href="#{_esc(_claim_ident(i, claim))}">{source}</a>' if valid and i is not None else source
        parts.append(f"<li>{label}: {_html_context(claim, articles)}</li>")
    parts.append("</ul>")
    ops = word_diff_ops(d)
    if ops:
        words = mark_words(ops, delete=("<del>", "</del>"), insert=("<ins>", "</ins>"), escape=_esc)
        parts.append(f'<p class="detail wdiff">{words}</p>')
    elif d.timeline:
        parts.append(_html_timeline(d))
    elif d.detail:
        parts.append(f'<p class="detail">{_esc(d.detail)}</p>')
    parts += _html_support(d)
    parts.append("</li>")
    return "\n".join(parts)


def _html_timeline(d: Discrepancy) -> str:
    """An update's values in the order they were published."""
    items = "".join(
        f"<li><time>{_esc(format_moment(e.published))}</time> <b>{_esc(e.reading)}</b> "
        f"({_esc(', '.join(e.sources))})</li>"
        for e in d.timeline
    )
    return f'<ol class="timeline" aria-label="Timeline">{items}</ol>'


def _html_support(d: Discrepancy) -> list[str]:
    """A compact table of the sides: reading, sources, independent voices; the consensus row marked."""
    consensus = consensus_summary(d)
    if consensus is None or d.consensus is None:
        return []
    rows = []
    for i, side in enumerate(d.sides):
        mark = ' class="consensus"' if i == d.consensus.side else ""
        voices = "; ".join(" + ".join(voice) for voice in side.voices)
        rows.append(
            f"<tr{mark}><td>{_esc(side.reading)}</td><td title=\"{_esc(', '.join(side.sources))}\">"
            f"{side.source_count}</td><td title=\"{_esc(voices)}\">{side.voice_count}</td></tr>"
        )
    return [
        f'<table class="support"><caption>Consensus: {_esc(consensus)}</caption>'
        "<thead><tr><th>side</th><th>sources</th><th>voices</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    ]


def _checkboxes(prefix: str, legend: str, counts: Mapping[str, int]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" id="f-{prefix}-{value}" checked> {_esc(value)} ({count})</label>'
        for value, count in counts.items()
    )
    return f"<fieldset><legend>{legend}</legend>{boxes}</fieldset>"


def _filter_counts(report: Report) -> tuple[dict[str, int], dict[str, int]]:
    """Return how many discrepancies each kind and each severity has, leaving out those with none."""
    kinds = {k.value: sum(1 for d in report.discrepancies if d.kind is k) for k in Kind}
    severities = {s.value: sum(1 for d in report.discrepancies if d.severity is s) for s in SEVERITIES_HIGH_FIRST}
    return {k: n for k, n in kinds.items() if n}, {s: n for s, n in severities.items() if n}


def _head(title: str, version: str, css: str) -> list[str]:
    return [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="claimdiff {_esc(version)}">',
        f"<title>claimdiff report: {_esc(title)}</title>",
        f"<style>\n{css}\n</style>",
        "</head>",
    ]


def _header(report: Report, title: str, kinds: Mapping[str, int], severities: Mapping[str, int]) -> list[str]:
    out = ["<body>", "<header>", "<h1>claimdiff report</h1>", f'<p class="summary">{_esc(title)}</p>']
    out += [f'<p class="warning" role="alert"><b>Warning:</b> {_esc(w)}</p>' for w in report.warnings]
    if report.discrepancies:
        out.append(
            '<form class="filters" aria-label="Filter discrepancies">'
            f"{_checkboxes('kind', 'Kind', kinds)}{_checkboxes('sev', 'Severity', severities)}</form>"
        )
    out.append("</header>")
    return out


def _main(report: Report) -> list[str]:
    """Return the two columns: the list of discrepancies, then the articles with their claims marked."""
    articles = articles_by_source(report)
    index = {a.source: i for i, a in enumerate(report.articles)}
    out = ["<main>", '<section class="discrepancies" aria-labelledby="h-discrepancies">']
    out.append('<h2 id="h-discrepancies">Discrepancies</h2>')
    if report.discrepancies:
        out.append("<ol>")
        out += [_html_discrepancy(d, articles, index) for d in report.discrepancies]
        out.append("</ol>")
    else:
        out.append("<p>None.</p>")
    out += ["</section>", '<section class="articles" aria-label="Articles">']
    spans = _spans(report)
    for i, article in enumerate(report.articles):
        published = f'<p class="meta">published {article.published.isoformat()}</p>' if article.published else ""
        out.append(
            f'<article class="article" id="a-{i}"><h3>{_esc(article.source)}</h3>{published}'
            f'<div class="text">{_highlight(article.text, spans.get(i, []))}</div></article>'
        )
    out += ["</section>", "</main>"]
    return out


def render_html(report: Report) -> str:
    """Render a report as one self-contained HTML page.

    The articles sit side by side, one column per source in one scroll box, so they
    scroll together (stacked on narrow screens), with every claim
    that takes part in a discrepancy wrapped in ``<mark class="claim kind-…
    sev-…" data-discrepancy="<id>">``; the list of discrepancies links to the
    highlights, and checkboxes filter by kind and severity in pure CSS. Each discrepancy
    has a compact table of its sides (``<table class="support">``: reading, sources,
    independent voices, the consensus row marked ``class="consensus"``, the consensus or tie
    in its caption), and an update its timeline (``<ol class="timeline">``). Report
    warnings stand under the summary as ``<p class="warning">``. The
    page has inline CSS only: no script, no font, no network request, and a
    Content-Security-Policy that forbids them. All article text and source
    names are HTML-escaped.

    Args:
        report: what :func:`claimdiff.compare` returned.

    Returns:
        The HTML document, ending with a newline.

    Raises:
        InvalidArgument: ``report`` is not a :class:`~claimdiff.models.Report`.

    >>> from claimdiff.models import Article, Report
    >>> page = render_html(Report(articles=[Article(source="<a>", text="1 < 2")]))
    >>> page.startswith("<!DOCTYPE html>"), "&lt;a&gt;" in page, "<a>" in page
    (True, True, False)
    """
    report = check_report(report)
    from .. import __version__

    title = summary(report)
    kinds, severities = _filter_counts(report)
    css = "\n".join([_stylesheet(), _filter_css(kinds, "kind"), _filter_css(severities, "sev")])
    digest = hashlib.sha1(render_json(report).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    out = [
        *_head(title, __version__, css),
        *_header(report, title, kinds, severities),
        *_main(report),
        f"<footer>claimdiff {_esc(__version__)} · report {digest}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"
