"""The HTML report in a real browser: headless Chromium driven by Playwright.

Checks the highlights are in the DOM, the links and filters work (without JavaScript
too), a hostile article runs no script and shows literally, and the page makes no
network request. Saves a screenshot to test-artifacts/report.png.

Needs /usr/bin/chromium (``apt-get install chromium chromium-driver``) and the
``playwright`` package (``pip install playwright``; no ``playwright install``: the
system Chromium is used). ``.ci/install-browser`` sets both up.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from claimdiff.models import Article, Report
from claimdiff.report import render_html

from .conftest import ROOT, SEEDS
from .test_report import HOSTILE_TEXT, hostile_report, make_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"

if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing: run .ci/install-browser (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed: run .ci/install-browser (pip install playwright)"
)


def _seed_report() -> tuple[Report, bool]:
    """The seeds' report when the pipeline works, else the hand-built one (and whether it is the seeds')."""
    try:
        pipeline = importlib.import_module("claimdiff.pipeline")
    except ImportError:
        return make_report(), False
    return pipeline.compare([Article.from_path(p) for p in sorted(SEEDS.glob("*.txt"))]), True


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield instance
        finally:
            instance.close()


class Page:
    """A page loaded from a file, recording dialogs, console errors and requests."""

    def __init__(self, browser: Any, path: Path, *, javascript: bool = True, width: int = 1400) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.context = browser.new_context(java_script_enabled=javascript, viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.page.on("dialog", self._on_dialog)
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def _on_dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, report: Report, name: str) -> Path:
    path = tmp_path / name
    path.write_text(render_html(report), encoding="utf-8")
    return path


def _claim_ident(report: Report, claim: Any) -> str:
    index = [a.source for a in report.articles].index(claim.source)
    return f"c-{index}-{claim.start}-{claim.end}"


_CLAIM_TEXT_JS = """ident => Array.from(document.querySelectorAll('mark')).
    filter(m => m.dataset.claim === ident).map(m => m.textContent).join('')"""


def _check_marks(view: Page, report: Report) -> None:
    for d in report.discrepancies:
        for claim in d.claims:
            ident = _claim_ident(report, claim)
            first = view.page.locator(f"mark#{ident}")
            assert first.count() == 1, ident
            assert d.id in (first.get_attribute("data-discrepancy") or "").split()
            assert view.page.evaluate(_CLAIM_TEXT_JS, ident) == claim.text
            assert view.page.locator(f'a[href="#{ident}"]').count() >= 1


def test_report_highlights_links_and_screenshot(browser: Any, tmp_path: Path) -> None:
    report, _ = _seed_report()
    view = Page(browser, _write(tmp_path, report, "report.html"))
    try:
        page = view.page
        assert page.title().startswith("claimdiff report")
        _check_marks(view, report)
        texts = page.locator("article .text").all_text_contents()
        assert texts == [a.text for a in report.articles]
        if report.discrepancies:
            first_link = page.locator(".claims a").first
            target = first_link.get_attribute("href")
            first_link.click()
            assert page.evaluate("location.hash") == target
            assert page.locator(f"mark{target}").evaluate("m => m.matches(':target')")
            assert page.locator(f"mark{target}").is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.evaluate("window.scrollTo(0, 0)")
        page.screenshot(path=str(ARTIFACTS / "report.png"))
        assert (ARTIFACTS / "report.png").stat().st_size > 10_000
        assert view.dialogs == [] and view.errors == []
        assert view.requests == [view.url], "no request beyond the page itself"
    finally:
        view.close()


def test_side_by_side_on_wide_screens_stacked_on_narrow(browser: Any, tmp_path: Path) -> None:
    path = _write(tmp_path, make_report(), "layout.html")
    for width, side_by_side in ((1400, True), (480, False)):
        view = Page(browser, path, width=width)
        try:
            boxes = [view.page.locator("article.article").nth(i).bounding_box() for i in range(2)]
            assert boxes[0] and boxes[1]
            assert (boxes[0]["y"] == boxes[1]["y"]) is side_by_side, (width, boxes)
            scroll_width = view.page.evaluate("document.documentElement.scrollWidth")
            assert scroll_width <= width, "no horizontal scrolling"
        finally:
            view.close()


def test_every_source_has_a_column_and_they_scroll_together(browser: Any, tmp_path: Path) -> None:
    """Issue 17: the seeds' five articles stand in five columns of one row, in one scroll
    container, so the page is about a screen tall (it was about 7,000 px) and a reader scrolls
    them side by side."""
    report, is_seeds = _seed_report()
    if not is_seeds:
        pytest.skip("needs the pipeline for the seeds' report")
    view = Page(browser, _write(tmp_path, report, "columns.html"))
    try:
        page = view.page
        count = page.locator("article.article").count()
        assert count == len(report.articles) == 5
        boxes = [page.locator("article.article").nth(i).bounding_box() for i in range(count)]
        assert len({round(b["y"]) for b in boxes}) == 1, boxes
        assert all(b["width"] >= 17 * 15 - 1 for b in boxes), "each column at least 17rem wide"
        assert page.evaluate("document.documentElement.scrollHeight") < 1_400
        assert page.evaluate("document.documentElement.scrollWidth") <= 1400
        page.locator("section.articles").evaluate("s => { s.scrollTop = 600; }")
        moved = [page.locator("article.article").nth(i).bounding_box() for i in range(count)]
        assert {round(b["y"] - m["y"]) for b, m in zip(boxes, moved, strict=True)} == {600}
        heads = [page.locator("article.article h3").nth(i).bounding_box() for i in range(count)]
        assert len({round(h["y"]) for h in heads}) == 1, "the source names stay in view above the columns"
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("section.articles").evaluate("s => { s.scrollTop = 0; }")
        page.screenshot(path=str(ARTIFACTS / "columns.png"))
    finally:
        view.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_filters_work_with_and_without_javascript(browser: Any, tmp_path: Path, javascript: bool) -> None:
    report = make_report()
    date, quantity, quote = report.discrepancies
    view = Page(browser, _write(tmp_path, report, "filters.html"), javascript=javascript)
    try:
        page = view.page
        items = {d.id: page.locator(f"li#d-{d.id}") for d in report.discrepancies}
        mark = page.locator(f"mark#{_claim_ident(report, date.claims[0])}")
        before = mark.evaluate("m => getComputedStyle(m).backgroundColor")
        assert all(item.is_visible() for item in items.values())
        page.locator("#f-sev-high").uncheck()
        assert not items[date.id].is_visible()
        assert items[quantity.id].is_visible() and items[quote.id].is_visible()
        assert mark.evaluate("m => getComputedStyle(m).backgroundColor") != before
        page.locator("#f-sev-high").check()
        page.locator("#f-kind-quote").uncheck()
        assert items[date.id].is_visible() and not items[quote.id].is_visible()
        assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == before
        assert view.dialogs == []
    finally:
        view.close()


def test_hostile_article_runs_no_script_and_shows_literally(browser: Any, tmp_path: Path) -> None:
    report = hostile_report()
    view = Page(browser, _write(tmp_path, report, "hostile.html"))
    try:
        page = view.page
        _check_marks(view, report)
        for mark in page.locator("mark").all():  # an attribute injection would fire on hover
            mark.hover()
        for link in page.locator("a").all():
            link.click()
        page.wait_for_timeout(200)
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert view.dialogs == []
        assert page.locator("script").count() == 0
        assert page.locator("img").count() == 0
        assert page.locator("body style").count() == 0
        assert page.locator('a[href^="javascript"]').count() == 0
        assert page.locator("article .text").first.text_content() == HOSTILE_TEXT
        assert page.locator("article h3").first.text_content() == report.articles[0].source
        assert page.locator("body").is_visible(), "the injected </style><style> did not hide the page"
        assert view.requests == [view.url]
        assert os.path.exists(tmp_path / "hostile.html")
    finally:
        view.close()
