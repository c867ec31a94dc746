"""Regression cases: one test per crash or blow-up found by tests/test_properties.py, the
fuzzer (fuzz/) or benchmarks/bench_adversarial.py. The id says what broke.

Cases marked ``xfail(strict=True)`` are known bugs whose fix lies in a module owned
elsewhere; the reason names the cause and the fix. When the fix lands the test passes,
strict xfail turns that into a failure, and the marker must go.
"""

from __future__ import annotations

import json

import pytest

import claimdiff
from claimdiff import Article, QuantityClaim, compare, find_dates, find_quantities, split_sentences
from claimdiff.report import render_html, render_json


def _stages(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text
    for d in find_dates(text):
        assert text[d.start : d.end] == d.text
    claimdiff.clean(text)


# --- numbers.py: int() of a digit string longer than 4,300 digits ------------------------------


def test_issue7_a_5000_digit_number_does_not_raise_valueerror() -> None:
    """_skip_day_of_month called int() before checking the length (sys.int_max_str_digits)."""
    text = "1" * 5000
    _stages(text)
    assert find_quantities(text) == []


def test_issue7_a_100k_digit_token_in_a_line_does_not_raise() -> None:
    _stages(("7" * 100_000 + " ") * 3)


def test_issue7_an_exponent_of_5000_digits_does_not_raise() -> None:
    """_literal called int() on the exponent of "1e999...9" before checking its length."""
    _stages("1e" + "9" * 5000)
    _stages("1e" + "0" * 5000 + "1")
    assert [q.text for q in find_quantities("1e-0300 and 1e+99 and 1e301")] == ["1e-0300", "1e+99"]


def test_issue7_a_fraction_with_a_5000_digit_denominator_does_not_raise() -> None:
    _stages("1/" + "2" * 5000)


def test_issue7_a_power_with_a_long_exponent_does_not_raise() -> None:
    _stages("1^" + "2" * 5000)
    _stages("1.1.1.1" + "1" * 5000)


# --- dates.py: a decade outside the calendar (found by the thorough hypothesis profile) ----------


@pytest.mark.parametrize("text", ["0S", "the 0s", "in the 10000s", "the 99990s", " 0S"])
def test_issue7_a_decade_outside_years_1_to_9999_is_no_date(text: str) -> None:
    """find_dates built dt.date(0, 1, 1) for "0S" (numbers.py reads it as the decade 0..9).

    Found by the thorough hypothesis profile and, independently, by fuzz/fuzz_pipeline.py
    (a 1,420-byte input holding "0s") after 12 minutes.
    """
    assert find_dates(text) == []
    compare([Article("a", text), Article("b", "0")])


def test_issue7_the_last_decade_of_the_calendar_is_still_a_date() -> None:
    assert [d.text for d in find_dates("in the 9990s")] == ["in the 9990s"]


# --- lone surrogates (models.py Discrepancy.id, report/html.py render_html) ---------------------


def test_issue7_lone_surrogate_in_a_source_name_does_not_crash_compare() -> None:
    compare([Article("a\ud800", "11 agreements were signed."), Article("b", "15 agreements were signed.")])


def test_issue7_lone_surrogate_in_a_conflicting_claim_does_not_crash_compare() -> None:
    report = compare(
        [
            Article("a", "Officials said the \udfff deal was signed on Monday."),
            Article("b", "Officials said the \udfff deal was not signed on Monday."),
        ]
    )
    assert report.discrepancies


def test_issue7_lone_surrogate_in_article_text_does_not_crash_render_html() -> None:
    report = claimdiff.Report(articles=[Article("a", "\ud800 text"), Article("b", "text")])
    render_json(report)
    render_html(report)


# --- time blow-ups: timed in benchmarks/bench_adversarial.py, read back here -----------------
# The speed of these inputs is measured by the benchmark (shapes digit_groups and
# figures_line), never by a timing assert here: these machines are shared and noisy.


def test_issue7_digit_groups_read_every_figure() -> None:
    """ "1,1,1,..." made find_quantities and find_dates slow (a token per group, each re-read)."""
    text = "1," * 20_000
    found = find_quantities(text)
    assert len(found) == 20_000 and {(q.value, q.kind) for q in found} == {(1, "cardinal")}
    assert all(text[q.start : q.end] == "1" for q in found)
    assert find_dates(text) == []


def test_issue7_compare_of_one_long_line_of_figures() -> None:
    """compare() was quadratic in the figures of one sentence (is_negated and window_tokens
    re-read the whole sentence per figure); fixed in claims.py and align.py (150169c)."""
    line = "Officials said 1,000 people met on Thursday and " * 120
    report = compare([Article("a", line), Article("b", line.replace("1,000", "1,200"))])
    flagged = {(c.quantity.value if isinstance(c, QuantityClaim) else None) for d in report.discrepancies for c in d.claims}
    assert {1000, 1200} <= flagged


def test_issue7_surrogate_pair_as_two_code_points_is_rejected_not_garbled() -> None:
    """JSON writes a high+low surrogate pair held as two code points as \\ud800\\udc00, which
    json.loads reads back as one astral character (U+10000): the article text, and every offset
    after it, changed in the round trip. Found by HYPOTHESIS_PROFILE=thorough on
    tests/test_properties.py; Article now rejects such text with a message naming it."""
    from claimdiff.errors import InvalidValue

    with pytest.raises(InvalidValue, match=r"^text holds a UTF-16 surrogate pair as two code points at offset 33"):
        Article("AP", " PutinPutinPutin PutinPutinPutin \ud800\udc00")
    report = compare([Article("reuters", "x"), Article("AP", "lone \ud800 and \udc00\ud800 reversed")])
    assert claimdiff.Report.from_dict(json.loads(json.dumps(report.to_dict()))) == report


# --- issue 13: a gate that cannot pass by accident -----------------------------------------------


def test_issue13_an_article_emptied_by_cleaning_no_longer_passes_silently() -> None:
    """A scraped page that held only a cookie banner compared as 'no discrepancy'."""
    story = Article("a", "Officials said 40 people died in the floods on Tuesday.")
    with pytest.raises(claimdiff.EmptyArticle, match=r"source 'b'"):
        compare([story, Article("b", "We use cookies. Accept all cookies to continue browsing.")])


def test_issue13_unrelated_stories_are_not_consistent() -> None:
    """Two one-sentence stories about different events shared no claim, so assert_consistent passed."""
    from claimdiff.testing import assert_consistent

    flood = Article("a", "Officials said 40 people died in the floods on Tuesday.")
    match = Article("b", "The home side won the cup final 3-1 at Wembley on Saturday.")
    with pytest.raises(AssertionError, match="share no aligned claim"):
        assert_consistent([flood, match])


# --- issue 18: scraped layout and dense dates (timed in benchmarks/bench_adversarial.py) -------


def test_issue18_blank_and_one_word_lines_are_read_whole() -> None:
    """Blank and one-word lines ('" \\n"', '"x\\n"') cost a block each in split_sentences and every
    line rule in clean(); now read by one pattern and judged once per distinct short line."""
    text = " \n" * 2_000 + "x\n" * 2_000 + "Advertisement\n" * 50 + "It rained. Roads closed.\n"
    sentences = split_sentences(text)
    assert [s.text for s in sentences[-2:]] == ["It rained.", "Roads closed."]
    assert len(sentences) == 2_000 + 50 + 2
    skips = claimdiff.clean(text).skips
    assert [s.rule for s in skips] == ["ui_label"] * 50


def test_issue18_a_sentence_of_many_dates_keeps_every_frame() -> None:
    """The frame of each date read every word and event of its sentence (quadratic in one
    sentence of thousands of dates); now by bisection. Every date is still compared."""
    line = "The vote was on Thursday, May 4, 2023 and " * 60
    report = compare([Article("a", line), Article("b", line.replace("May 4", "May 5"))])
    assert any(d.kind.value == "date" for d in report.discrepancies)
