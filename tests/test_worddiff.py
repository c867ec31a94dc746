"""The one word diff: operations that rebuild both passages, and the marks each caller writes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimdiff._worddiff import mark_words, word_ops
from claimdiff.diff import word_diff

from .strategies import any_text, newsy_text

passages = st.one_of(newsy_text, any_text)


@given(passages, passages)
def test_ops_rebuild_both_passages(old: str, new: str) -> None:
    ops = word_ops(old, new)
    assert " ".join(w for op, w in ops if op != "insert") == " ".join(old.split())
    assert " ".join(w for op, w in ops if op != "delete") == " ".join(new.split())
    assert all(op in ("equal", "delete", "insert") and words for op, words in ops)


def test_a_replaced_run_is_a_delete_then_an_insert() -> None:
    assert word_ops("signed 11 deals", "signed a dozen deals") == (
        ("equal", "signed"),
        ("delete", "11"),
        ("insert", "a dozen"),
        ("equal", "deals"),
    )
    assert word_ops("", " \n ") == ()


def test_marks_and_escape_wrap_runs_not_the_space_between() -> None:
    ops = word_ops("a <b> c", "a <i> c")
    assert mark_words(ops, delete=("<del>", "</del>"), insert=("<ins>", "</ins>"), escape=str.upper) == (
        "A <del><B></del> <ins><I></ins> C"
    )


@given(passages, passages)
def test_word_diff_is_the_ops_with_detail_marks(old: str, new: str) -> None:
    expected = []
    for op, words in word_ops(old, new):
        expected.append({"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}[op].format(words))
    assert word_diff(old, new) == " ".join(expected)
