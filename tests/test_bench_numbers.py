"""The Recognizers-Text English number cases (shared/bench/numbers_en.json), one test each.

A case passes when the set of values find_quantities reads equals the expected set, as
``shared/tools/score_numbers.py`` scores it. The cases claimdiff misses by design or does
not yet read are marked xfail(strict=True), each with its reason.
"""

from __future__ import annotations

import json

import pytest

from claimdiff.numbers import find_quantities

from .conftest import SHARED

BENCH = SHARED / "bench" / "numbers_en.json"
CASES = json.loads(BENCH.read_text(encoding="utf-8")) if BENCH.exists() else []

_GLUED_UNIT = "by design: a number glued to a measurement unit ('180ml', '29km') is a quantity in news; the spec leaves dimensions out"
_SPACED_MINUS = "by design: a minus sign followed by a space ('- 10') is read as a dash, as news copy uses it"
XFAIL: dict[str, str] = {
    "the 180.25ml liquid": _GLUED_UNIT,
    "the 180ml liquid": _GLUED_UNIT,
    " 29km Road ": _GLUED_UNIT,
    "the .25ml liquid": _GLUED_UNIT,
    "- 1 4/5": _SPACED_MINUS,
    "- 10  k": _SPACED_MINUS,
    "1m isn't a number.": "by design: a glued 'm' after digits reads as million ('£3.5m'), as in British news",
    "one million two thousand two hundred three fifths": "the spec splits numerator and denominator where no rule we know does",
    "one hundred one thousand fifths": "the spec reads 'one thousand fifths' as a 1005th; not modelled",
}


def _key(value: object) -> str | None:
    try:
        return f"{float(str(value).replace(',', '').strip().rstrip('%')):.6g}"
    except (TypeError, ValueError):
        return None


def _params():
    for i, case in enumerate(CASES):
        marks = [pytest.mark.xfail(strict=True, reason=XFAIL[case["input"]])] if case["input"] in XFAIL else []
        yield pytest.param(case, id=f"{i:03d}", marks=marks)


@pytest.mark.skipif(not CASES, reason="shared/bench/numbers_en.json not found")
@pytest.mark.parametrize("case", list(_params()))
def test_case(case):
    text = case["input"]
    want = {k for r in case["results"] if (k := _key(r.get("value"))) is not None}
    found = find_quantities(text)
    for q in found:
        assert text[q.start : q.end] == q.text
    got = {k for q in found if q.value is not None and (k := _key(q.value)) is not None}
    assert got == want


def test_bar():
    """At least 90% of the cases pass (the issue's bar: 206 of 228)."""
    failing = sum(1 for c in CASES if c["input"] in XFAIL)
    assert len(CASES) - failing >= 0.9 * len(CASES)
