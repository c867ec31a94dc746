"""Agreement stories (``tests/fixtures/agreements/``): outlets that tell the same facts in
different words, so every finding is a false alarm (see the folder's README).

* ``tuned/``: stories whose findings were read while fixing the engine; none is allowed.
* ``heldout/``: stories written at the same time and never inspected; only their number of
  findings is checked, against a ceiling that may only go down. The assertion message gives
  the count alone, never the findings.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import claimdiff

AGREEMENTS = Path(__file__).parent / "fixtures" / "agreements"
#: Most findings the held-out agreement stories may give in all (every one a false alarm).
HELDOUT_CEILING = 3


def _articles(path: Path) -> list[claimdiff.Article]:
    story = json.loads(path.read_text(encoding="utf-8"))
    published = dt.date.fromisoformat(story["published"])
    return [claimdiff.Article(source, text, published=published) for source, text in story["articles"].items()]


def _stories(part: str) -> list[Path]:
    return sorted((AGREEMENTS / part).glob("*.json"))


def test_corpus_is_present() -> None:
    assert len(_stories("tuned")) >= 8 and len(_stories("heldout")) >= 4


@pytest.mark.parametrize("path", _stories("tuned"), ids=lambda p: p.stem)
def test_tuned_agreement_story_has_no_finding(path: Path) -> None:
    report = claimdiff.compare(_articles(path))
    assert [d.describe() for d in report.discrepancies] == []


def test_heldout_agreement_stories_stay_under_their_ceiling() -> None:
    count = sum(len(claimdiff.compare(_articles(path)).discrepancies) for path in _stories("heldout"))
    assert count <= HELDOUT_CEILING, f"{count} findings on the held-out agreement stories (ceiling {HELDOUT_CEILING})"
