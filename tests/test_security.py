"""The HTML report is safe to open: nothing an article or a source name says becomes markup.

Each payload goes into article text (inside a claim that takes part in a discrepancy, so it
is highlighted, quoted in ``title`` attributes and described) and into a source name. The
report is parsed with :mod:`html.parser`; no payload may add an element, an attribute, an
event handler, a ``javascript:`` URL, or end the report's own ``<style>``.
"""

from __future__ import annotations

import html.parser
import re

import pytest

from claimdiff import Article, compare
from claimdiff.report import render_html, render_markdown

PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '" onmouseover="alert(1)',
    "' onmouseover='alert(1)",
    '" autofocus onfocus=alert(1) x="',
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    "</style><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    "</title><script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<!-- <script>alert(1)</script> -->",
    "--><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
    "\u003cscript\u003ealert(1)\u003c/script\u003e",
    "＜script＞alert(1)＜/script＞",
    "<iframe srcdoc='<script>alert(1)</script>'></iframe>",
    "<meta http-equiv=refresh content='0;url=javascript:alert(1)'>",
    "<base href=//evil.example/>",
    "<style>@import 'http://evil.example/x.css';</style>",
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
]


class _Collector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.comments: list[str] = []
        self.style_text: list[str] = []
        self.data: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        self.data.append(data)
        if self._in_style:
            self.style_text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)

    def unknown_decl(self, data: str) -> None:  # CDATA and the like
        self.comments.append(data)


def _parse(page: str) -> _Collector:
    parser = _Collector()
    parser.feed(page)
    parser.close()
    return parser


def _baseline() -> _Collector:
    report = compare(
        [
            Article("alpha", "Officials said 11 agreements were signed on Tuesday."),
            Article("beta", "Officials said 15 agreements were signed on Tuesday."),
        ]
    )
    return _parse(render_html(report))


BASE = _baseline()
#: The elements and attribute names the report itself writes.
OWN_TAGS = {tag for tag, _ in BASE.tags}
OWN_ATTRS = {name for _, attrs in BASE.tags for name, _ in attrs}


def _reports(payload: str) -> list[str]:
    in_text = compare(
        [
            Article("alpha", f"Officials said 11 agreements {payload} were signed on Tuesday. “{payload},” Lam said."),
            Article("beta", f"Officials said 15 agreements {payload} were signed on Tuesday. “{payload}!” Lam said."),
        ]
    )
    in_source = compare(
        [
            Article(f"alpha {payload}", "Officials said 11 agreements were signed on Tuesday."),
            Article(f"beta{payload}", "Officials said 15 agreements were signed on Tuesday."),
        ]
    )
    assert in_text.discrepancies and in_source.discrepancies
    return [render_html(in_text), render_html(in_source)]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_adds_no_markup(payload: str) -> None:
    for page in _reports(payload):
        parsed = _parse(page)
        tags = [tag for tag, _ in parsed.tags]
        assert set(tags) <= OWN_TAGS, f"new elements: {set(tags) - OWN_TAGS}"
        assert tags.count("script") == 0
        assert tags.count("style") == 1
        for tag, attrs in parsed.tags:
            for name, value in attrs:
                assert name in OWN_ATTRS, f"new attribute {name!r} on <{tag}>"
                assert not name.startswith("on"), f"event handler {name!r} on <{tag}>"
                if name in ("href", "src", "action", "formaction", "xlink:href"):
                    assert value is not None
                    assert not re.match(r"\s*(javascript|data|vbscript):", value, re.IGNORECASE)
                    assert value.startswith("#"), f"{name}={value!r} leaves the page"
        assert parsed.comments == BASE.comments
        assert "".join(parsed.style_text) == "".join(BASE.style_text), "the payload got into or ended <style>"
        assert "<script" not in page.lower()


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_is_shown_as_text(payload: str) -> None:
    """The words survive, escaped: the reader sees what the article said."""
    for page in _reports(payload):
        assert payload in "".join(_parse(page).data)


def test_page_forbids_scripts_by_policy() -> None:
    metas = [dict(attrs) for tag, attrs in BASE.tags if tag == "meta"]
    policies = [
        m.get("content") or "" for m in metas if (m.get("http-equiv") or "").lower() == "content-security-policy"
    ]
    assert policies and "default-src 'none'" in policies[0] and "script-src" not in policies[0]


@pytest.mark.parametrize("payload", ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- x -->"])
def test_markdown_escapes_html(payload: str) -> None:
    """Every "<" from an article is backslash-escaped, so Markdown shows it as text."""
    report = compare(
        [
            Article("a", f"Officials said 11 agreements {payload} signed."),
            Article("b", f"Officials said 15 agreements {payload} signed."),
        ]
    )
    assert not re.search(r"(?<!\\)<", render_markdown(report))
