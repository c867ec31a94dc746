"""Render a :class:`~claimdiff.models.Report` as text, JSON, Markdown or HTML.

Every renderer is a pure function from a report to a string: it prints nothing
and writes no file (the CLI does that), and equal reports give identical output.

* :func:`render_text`: for a terminal, grouped by severity, ANSI colour on request;
* :func:`render_json`: ``Report.to_dict()`` as JSON, the input of ``Report.from_dict``;
* :func:`render_markdown`: a summary table and a section per discrepancy, for GitHub;
* :func:`render_html`: one self-contained page with the articles side by side and
  every conflicting claim highlighted;
* :func:`render`: any of them by name.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from ._worddiff import WordOp, mark_words, word_ops
from .errors import InvalidArgument, UnknownOption, short_repr, suggest
from .models import Article, Claim, Discrepancy, Kind, Report, Severity

__all__ = ["FORMATS", "check_format", "render", "render_html", "render_json", "render_markdown", "render_text"]

#: The format names :func:`render` and the CLI's ``--format`` accept.
FORMATS: tuple[str, ...] = ("text", "json", "markdown", "html")

_SEVERITIES_HIGH_FIRST = (Severity.HIGH, Severity.MEDIUM, Severity.LOW)
_SPACE = re.compile(r"\s+")
# C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides, shown escaped in text output.
_UNSAFE_IN_TERMINAL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# Markdown punctuation to backslash-escape; "_" only where it could start or end emphasis (not inside a word).
_MARKDOWN_SPECIAL = re.compile(r"([\\`*\[\]<|~&]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))")
_ANSI_RESET = "\x1b[0m"
_ANSI_SEVERITY = {Severity.HIGH: "\x1b[1;31m", Severity.MEDIUM: "\x1b[1;33m", Severity.LOW: "\x1b[1;36m"}
_ANSI_DIM = "\x1b[2m"
_ANSI_CLAIM = "\x1b[1;4m"
_ANSI_WARNING = "\x1b[1;35m"


def _check_report(report: object) -> Report:
    if not isinstance(report, Report):
        raise InvalidArgument(f"report must be a claimdiff.Report, got {type(report).__name__} {short_repr(report)}")
    return report


def _plural(count: int, word: str, plural: str | None = None) -> str:
    return f"{count} {word if count == 1 else (plural or word + 's')}"


def _summary(report: Report) -> str:
    sources = _plural(len(report.articles), "source")
    if not report.discrepancies:
        return f"No discrepancies found across {sources}."
    counts = {s: sum(1 for d in report.discrepancies if d.severity is s) for s in _SEVERITIES_HIGH_FIRST}
    by_severity = ", ".join(f"{counts[s]} {s.value}" for s in _SEVERITIES_HIGH_FIRST)
    return f"{_plural(len(report.discrepancies), 'discrepancy', 'discrepancies')} ({by_severity}) across {sources}"


def _squash(text: str) -> str:
    """Collapse runs of white space (newlines included) to one space."""
    return _SPACE.sub(" ", text)


@attrs.frozen
class _Context:
    """A claim in its sentence: ``before + claim + after``, white space as in the article."""

    before: str
    claim: str
    after: str


def _context(claim: Claim, articles: Mapping[str, Article]) -> _Context:
    """Return the claim's sentence split around the claim, using offsets into the article."""
    article = articles.get(claim.source)
    sentence = claim.sentence
    if article is not None and article.text[claim.start : claim.end] == claim.text:
        text = article.text
        if text[sentence.start : sentence.end] == sentence.text:
            low, high = min(sentence.start, claim.start), max(sentence.end, claim.end)
        else:
            low, high = claim.start, claim.end
        return _Context(text[low : claim.start], claim.text, text[claim.end : high])
    # A report built by hand may not carry consistent offsets: fall back to searching the sentence.
    where = sentence.text.find(claim.text) if claim.text else -1
    if where < 0:
        return _Context("", claim.text, "")
    return _Context(sentence.text[:where], claim.text, sentence.text[where + len(claim.text) :])


def _articles_by_source(report: Report) -> dict[str, Article]:
    return {a.source: a for a in report.articles}


def _grouped(report: Report) -> list[tuple[Severity, list[Discrepancy]]]:
    groups = [(s, [d for d in report.discrepancies if d.severity is s]) for s in _SEVERITIES_HIGH_FIRST]
    return [(s, ds) for s, ds in groups if ds]


def _distinct_claims(discrepancy: Discrepancy) -> list[Claim]:
    """Return the claims without repeats of the same (source, span)."""
    seen: set[tuple[str, int, int]] = set()
    result = []
    for claim in discrepancy.claims:
        key = (claim.source, claim.start, claim.end)
        if key not in seen:
            seen.add(key)
            result.append(claim)
    return result


# --- text ---------------------------------------------------------------------------------------


def _terminal_safe(text: str) -> str:
    return _UNSAFE_IN_TERMINAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _plain(text: str) -> str:
    return _terminal_safe(_squash(text))


def render_text(report: Report, *, color: bool = False) -> str:
    """Render a report for a terminal, grouped by severity, high first.

    Each discrepancy is a block: ``[id] kind/severity``, its ``describe()`` line,
    then each claim's sentence with the claim between ``»`` and ``«``. A summary
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
    report = _check_report(report)
    if not isinstance(color, bool):
        raise InvalidArgument(f"color must be a bool, got {short_repr(color)}")

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_ANSI_RESET}" if color else text

    articles = _articles_by_source(report)
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
            for claim in _distinct_claims(d):
                ctx = _context(claim, articles)
                marked = paint(_ANSI_CLAIM, f"»{_plain(ctx.claim).strip()}«")
                before, after = _plain(ctx.before).lstrip(), _plain(ctx.after).rstrip()
                lines.append(f"  {_plain(claim.source)}: {before}{marked}{after}")
            lines.append("")
    for warning in report.warnings:
        lines.append(f"{paint(_ANSI_WARNING, 'warning:')} {_plain(warning)}")
    lines.append(_summary(report))
    return "\n".join(lines) + "\n"


# --- JSON ---------------------------------------------------------------------------------------


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
    report = _check_report(report)
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n"


# --- quote word diffs (Markdown and HTML) -------------------------------------------------------


def _quote_diffs(d: Discrepancy) -> list[tuple[Claim, Claim, tuple[tuple[WordOp, str], ...]]]:
    """For a quote discrepancy, diff each differently worded claim against the first claim."""
    if d.kind is not Kind.QUOTE:
        return []
    claims = _distinct_claims(d)
    if len(claims) < 2:
        return []
    base = claims[0]
    seen = {_squash(base.text).strip()}
    result = []
    for other in claims[1:]:
        words = _squash(other.text).strip()
        if words in seen or other.source == base.source:
            continue
        seen.add(words)
        ops = word_ops(base.text, other.text)
        if any(op == "equal" for op, _ in ops):  # quotes with no word in common are not a rewording
            result.append((base, other, ops))
    return result


# --- Markdown -----------------------------------------------------------------------------------


def _md(text: str) -> str:
    """Escape text for Markdown inline content (one line)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", _squash(text))


def _md_bold(text: str) -> str:
    inner = _md(text).strip()
    return f"**{inner}**" if inner else ""


def _cut(text: str, limit: int = 80) -> str:
    text = _squash(text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def render_markdown(report: Report) -> str:
    """Render a report as GitHub-flavoured Markdown.

    A summary table (kind, severity, sources, claims) comes first, then a
    section per discrepancy that quotes each claim's sentence with the claim in
    bold; quotes worded differently get a word-level diff (``~~removed~~``,
    ``**added**``). Report warnings follow the summary line as ``> **Warning:**``
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
    report = _check_report(report)
    articles = _articles_by_source(report)
    sources = ", ".join(_md(a.source) for a in report.articles)
    summary = _summary(report).rstrip(".")
    lines = ["# claimdiff report", "", f"{summary}: {sources}."]
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
        if d.detail:
            lines += ["", f"*Detail:* {_md(d.detail)}"]
        for claim in _distinct_claims(d):
            ctx = _context(claim, articles)
            sentence = f"{_md(ctx.before).lstrip()}{_md_bold(ctx.claim)}{_md(ctx.after).rstrip()}"
            lines += ["", f"> {sentence}", ">", f"> — *{_md(claim.source)}*"]
        for base, other, ops in _quote_diffs(d):
            words = mark_words(ops, delete=("~~", "~~"), insert=("**", "**"), escape=_md)
            lines += ["", f"Word diff, *{_md(base.source)}* → *{_md(other.source)}*: {words}"]
    return "\n".join(lines) + "\n"


# --- HTML ---------------------------------------------------------------------------------------


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


_CSS = """
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #5f6368; --line: #d9d9d9;
  --high: #ffb3ad; --medium: #ffd98a; --low: #fff3a3; --panel: #f6f7f9; }
@media (prefers-color-scheme: dark) { :root { --bg: #16181d; --fg: #e6e6e6; --muted: #a0a4ab;
  --line: #3a3f47; --high: #7a2b26; --medium: #6b5314; --low: #55511f; --panel: #1f2229; } }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  background: var(--bg); color: var(--fg); }
header, footer { padding: .75rem 1.25rem; border-bottom: 1px solid var(--line); }
footer { border-top: 1px solid var(--line); border-bottom: 0; color: var(--muted); font-size: .85em; }
h1 { font-size: 1.3rem; margin: 0 0 .25rem; }
h2 { font-size: 1.05rem; margin: 0 0 .5rem; }
h3 { font-size: 1rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
.summary { margin: 0 0 .5rem; }
.warning { margin: 0 0 .5rem; padding: .3rem .6rem; border-left: 4px solid var(--medium); background: var(--panel); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; }
.filters fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 0; padding: .2rem .6rem; }
.filters legend { color: var(--muted); font-size: .85em; padding: 0 .25rem; }
.filters label { margin-right: .75rem; white-space: nowrap; }
main { display: grid; grid-template-columns: minmax(18rem, 30rem) minmax(0, 1fr); gap: 1rem; padding: 1rem 1.25rem; }
@media (max-width: 60rem) { main { grid-template-columns: minmax(0, 1fr); } }
.discrepancies { align-self: start; position: sticky; top: 0; max-height: 100vh; overflow: auto; }
@media (max-width: 60rem) { .discrepancies { position: static; max-height: none; } }
.discrepancies ol { list-style: none; margin: 0; padding: 0; }
.disc { border: 1px solid var(--line); border-left: 5px solid var(--low); border-radius: 6px;
  padding: .5rem .7rem; margin-bottom: .6rem; background: var(--panel); }
.disc.sev-medium { border-left-color: var(--medium); }
.disc.sev-high { border-left-color: var(--high); }
.disc p { margin: .25rem 0; overflow-wrap: anywhere; }
.disc ul { margin: .25rem 0 0; padding-left: 1.1rem; }
.disc li { overflow-wrap: anywhere; }
.badge { display: inline-block; font-size: .75em; font-weight: 600; text-transform: uppercase;
  letter-spacing: .03em; padding: 0 .4em; border-radius: 4px; border: 1px solid var(--line); }
.sev-high > .head .sev { background: var(--high); }
.sev-medium > .head .sev { background: var(--medium); }
.sev-low > .head .sev { background: var(--low); }
code { font-size: .85em; color: var(--muted); }
.detail { color: var(--muted); font-size: .9em; }
del { background: var(--high); } ins { background: #b7f0c0; text-decoration: none; }
@media (prefers-color-scheme: dark) { ins { background: #245a2d; } }
.articles { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
  gap: 1rem; align-items: start; align-content: start; align-self: start; }
.article { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; min-width: 0; }
.article .meta { color: var(--muted); font-size: .85em; margin: 0 0 .4rem; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; font: inherit; }
mark.claim { color: inherit; background: var(--low); border-radius: 2px; padding: 0 1px;
  box-shadow: inset 0 -2px 0 rgba(0,0,0,.25); }
mark.claim.sev-medium { background: var(--medium); }
mark.claim.sev-high { background: var(--high); }
mark.claim mark.claim { box-shadow: inset 0 -3px 0 rgba(0,0,0,.45); }
mark.claim:target { outline: 3px solid #1a73e8; outline-offset: 1px; scroll-margin: 30vh; }
a { color: #1a73e8; }
@media print { .filters, .discrepancies { position: static; max-height: none; } }
"""


def _filter_css(values: Iterable[str], prefix: str) -> str:
    rules = []
    for value in values:
        off = f"body:has(#f-{prefix}-{value}:not(:checked))"
        rules.append(f"{off} .disc.{prefix}-{value} {{ display: none; }}")
        rules.append(f"{off} mark.claim.{prefix}-{value} {{ background: transparent; box-shadow: none; }}")
    return "\n".join(rules)


def _html_context(claim: Claim, articles: Mapping[str, Article]) -> str:
    ctx = _context(claim, articles)
    return f"{_esc(_squash(ctx.before).lstrip())}<b>{_esc(_squash(ctx.claim))}</b>{_esc(_squash(ctx.after).rstrip())}"


def _html_discrepancy(d: Discrepancy, articles: Mapping[str, Article], index: Mapping[str, int]) -> str:
    classes = f"disc kind-{d.kind.value} sev-{d.severity.value}"
    parts = [
        f'<li id="d-{_esc(d.id)}" class="{classes}">',
        f'<div class="head"><span class="badge sev">{_esc(d.severity.value)}</span> '
        f'<span class="badge kind">{_esc(d.kind.value)}</span> <code>{_esc(d.id)}</code></div>',
        f'<p class="desc">{_esc(d.describe())}</p>',
        '<ul class="claims">',
    ]
    for claim in _distinct_claims(d):
        i = index.get(claim.source)
        valid = i is not None and articles[claim.source].text[claim.start : claim.end] == claim.text
        source = _esc(claim.source)
        label = f'<a href="#{_esc(_claim_ident(i, claim))}">{source}</a>' if valid and i is not None else source
        parts.append(f"<li>{label}: {_html_context(claim, articles)}</li>")
    parts.append("</ul>")
    for base, other, ops in _quote_diffs(d):
        words = mark_words(ops, delete=("<del>", "</del>"), insert=("<ins>", "</ins>"), escape=_esc)
        parts.append(f'<p class="wdiff">{_esc(base.source)} → {_esc(other.source)}: {words}</p>')
    if d.detail:
        parts.append(f'<p class="detail">{_esc(d.detail)}</p>')
    parts.append("</li>")
    return "\n".join(parts)


def _checkboxes(prefix: str, legend: str, counts: Mapping[str, int]) -> str:
    boxes = "".join(
        f'<label><input type="checkbox" id="f-{prefix}-{value}" checked> {_esc(value)} ({count})</label>'
        for value, count in counts.items()
    )
    return f"<fieldset><legend>{legend}</legend>{boxes}</fieldset>"


def render_html(report: Report) -> str:
    """Render a report as one self-contained HTML page.

    The articles sit side by side (stacked on narrow screens) with every claim
    that takes part in a discrepancy wrapped in ``<mark class="claim kind-…
    sev-…" data-discrepancy="<id>">``; the list of discrepancies links to the
    highlights, and checkboxes filter by kind and severity in pure CSS. Report
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
    report = _check_report(report)
    from . import __version__

    articles = _articles_by_source(report)
    index = {a.source: i for i, a in enumerate(report.articles)}
    spans = _spans(report)
    summary = _summary(report)
    kinds = {k.value: sum(1 for d in report.discrepancies if d.kind is k) for k in Kind}
    kinds = {k: n for k, n in kinds.items() if n}
    severities = {s.value: sum(1 for d in report.discrepancies if d.severity is s) for s in _SEVERITIES_HIGH_FIRST}
    severities = {s: n for s, n in severities.items() if n}
    css = "\n".join([_CSS.strip(), _filter_css(kinds, "kind"), _filter_css(severities, "sev")])
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="claimdiff {_esc(__version__)}">',
        f"<title>claimdiff report: {_esc(summary)}</title>",
        f"<style>\n{css}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>claimdiff report</h1>",
        f'<p class="summary">{_esc(summary)}</p>',
    ]
    out += [f'<p class="warning" role="alert"><b>Warning:</b> {_esc(w)}</p>' for w in report.warnings]
    if report.discrepancies:
        out.append(
            '<form class="filters" aria-label="Filter discrepancies">'
            f"{_checkboxes('kind', 'Kind', kinds)}{_checkboxes('sev', 'Severity', severities)}</form>"
        )
    out += ["</header>", "<main>", '<section class="discrepancies" aria-labelledby="h-discrepancies">']
    out.append('<h2 id="h-discrepancies">Discrepancies</h2>')
    if report.discrepancies:
        out.append("<ol>")
        out += [_html_discrepancy(d, articles, index) for d in report.discrepancies]
        out.append("</ol>")
    else:
        out.append("<p>None.</p>")
    out += ["</section>", '<section class="articles" aria-label="Articles">']
    for i, article in enumerate(report.articles):
        published = f'<p class="meta">published {article.published.isoformat()}</p>' if article.published else ""
        out.append(
            f'<article class="article" id="a-{i}"><h3>{_esc(article.source)}</h3>{published}'
            f'<div class="text">{_highlight(article.text, spans.get(i, []))}</div></article>'
        )
    digest = hashlib.sha1(render_json(report).encode("utf-8", "surrogatepass")).hexdigest()[:12]
    out += [
        "</section>",
        "</main>",
        f"<footer>claimdiff {_esc(__version__)} · report {digest}</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(out) + "\n"


# --- dispatch -----------------------------------------------------------------------------------

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
    return _RENDERERS[check_format(format)](_check_report(report))
