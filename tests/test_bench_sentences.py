"""The 48 English "Golden Rules" of sentence segmentation (pySBD's suite), one test each."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdiff.segment import split_sentences

GOLDEN = Path(__file__).resolve().parents[2] / "shared" / "bench" / "golden_rules_en.json"

#: Cases we knowingly fail, by name, with the reason (strict xfail: a pass is reported).
KNOWN_FAILURES: dict[str, str] = {}


def _cases() -> list[object]:
    if not GOLDEN.is_file():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{GOLDEN} not found"), id="absent")]
    params = []
    for case in json.loads(GOLDEN.read_text(encoding="utf-8")):
        marks = []
        if case["name"] in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[case["name"]]))
        params.append(pytest.param(case, marks=marks, id=case["name"]))
    return params


@pytest.mark.parametrize("case", _cases())
def test_golden_rule(case: dict[str, object]) -> None:
    text = case["text"]
    assert isinstance(text, str)
    sentences = split_sentences(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
    assert [s.text for s in sentences] == [e.strip() for e in case["expected"]]  # type: ignore[attr-defined]
