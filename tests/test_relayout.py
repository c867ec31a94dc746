"""An article never disagrees with a copy of itself laid out differently.

Scraped copies of one article differ in white space and typography: a converter that doubles
spaces, one that joins the paragraphs, one that straightens the quotes; an outlet may also run
only the first paragraphs of a wire story, or write its figures and dates in its house style
("5%", "$2m", "Dec. 17", "Organization"). None of that changes a claim (an omission is no
disagreement), so comparing an article with such a copy must find nothing (the shared scorer's
``self`` figure checks exact copies only). The articles are the repository's own stories and,
when the shared corpus is beside the repository, the dev corpus.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

import claimdiff

from .conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures"
#: Stories whose texts are in the file (the tuned probe sets; the holdouts are left unread).
STORY_FILES = [
    *sorted((FIXTURES / "probe").glob("*.json")),
    *sorted((FIXTURES / "probe3").glob("*.json")),
    *sorted((SHARED / "gold" / "dev").glob("*.json")),
]

#: Copies of one text laid out differently.
RELAYOUTS: dict[str, Callable[[str], str]] = {
    "double spaces": lambda text: text.replace(" ", "  "),
    "paragraphs joined": lambda text: re.sub(r"(?<=[.!?\"\u201d])\n+(?=\S)", " ", text),
    "straight quotes": lambda text: text.translate(str.maketrans("\u201c\u201d\u2018\u2019", "\"\"''")),
    "British quotes": lambda text: re.sub(
        r'"([^"\n]*)"', "\u2018\\1\u2019", text.translate(str.maketrans("\u201c\u201d", "\u2018\u2019"))
    ),
    "blank lines": lambda text: text.replace("\n", "\n\n"),
    "Windows line ends": lambda text: text.replace("\n", "\r\n"),
    "no-break spaces by figures": lambda text: re.sub(r"(?<=\d) (?=\w)|(?<=\w) (?=\d)", "\u00a0", text),
    "cut short": lambda text: "\n".join(text.split("\n")[: max(1, text.count("\n") * 6 // 10)]),
    # house styles: the same figures and dates written the other way
    "percent signs": lambda text: re.sub(r"(?<=\d) ?(?:percent|per cent)\b", "%", text),
    "short millions": lambda text: re.sub(
        r"([$\u00a3\u20ac]\d+(?:\.\d+)?) (million|billion)\b", lambda m: m[1] + ("m" if m[2] == "million" else "bn"), text
    ),
    "figures without separators": lambda text: re.sub(r"(?<=\d),(?=\d{3}\b)", "", text),
    "American spelling": lambda text: re.sub("isation", "ization", text).replace("entre", "enter").replace("abour", "abor"),
    "short months": lambda text: re.sub(
        r"\b(Jan|Feb|Aug|Sept|Oct|Nov|Dec)[a-z]*(?= \d{1,2}\b)", lambda m: m[1] + ".", text
    ),
}


def _articles(path: Path) -> list[claimdiff.Article]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(gold["published"]) if gold.get("published") else None
    out = []
    for source, text in sorted(gold["articles"].items()):
        if isinstance(text, str):  # dev items may point at a seed file instead
            out.append(claimdiff.Article(source=source, text=text, published=published))
    return out


@pytest.mark.parametrize("path", STORY_FILES, ids=lambda path: path.stem)
def test_an_article_agrees_with_its_copy_laid_out_differently(path: Path) -> None:
    found = []
    for article in _articles(path):
        for name, relayout in RELAYOUTS.items():
            text = relayout(article.text)
            if text == article.text:
                continue
            copy = claimdiff.Article(source=article.source + "-copy", text=text, published=article.published)
            report = claimdiff.compare([article, copy])
            found += [f"{name}: {d.describe()}" for d in report.discrepancies]
    assert found == []

