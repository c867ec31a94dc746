"""The finders that read the article's token stream against the text scans they replaced.

Each old scan is kept here as the slow, obvious reference; the token readers must agree with it
on any text and on any span of it (sentences and quotes are spans of the article's tokens).
"""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff._lexicon.negation import NEGATION_CUES
from claimdiff.claims import find_entities, is_negated, tokenize
from claimdiff.claims.entities import _name_words, find_entities_in
from claimdiff.claims.negation import negated_spans
from claimdiff.claims.tokens import span_tokens, split_span
from claimdiff.segment import split_sentences
from claimdiff.text import clean

from .conftest import SHARED
from .strategies import any_text, hostile_text, newsy_text

# --- references: the text scans the token readers replaced ------------------------------------


def negated_reference(text: str) -> bool:
    return NEGATION_CUES.search(text) is not None


_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")


def name_words_reference(text: str) -> list[tuple[int, int]]:
    """The words find_entities read before the token stream: this pattern's matches."""
    return [m.span() for m in _NAME_WORD.finditer(text)]


# --- text that reaches the edge cases of the readers ------------------------------------------

_reader_words = st.sampled_from(
    [
        "not", "Not", "NOT", "no", "never", "nor", "none", "nobody", "nothing", "cannot", "without",
        "neither", "NOTHİNG", "nothıng", "knot", "nothingness", "don't", "don’t", "isn’t", "n't", "rock'n't",
        "nobody’s", "x'not", "no_", "_not", "5not", "not5", "no²", "no\u0301", "T", "t", "n", "'", "’",
        "https://example.com/not", "www.nobody.org", "http://x.y/isn't", "Putin", "U.S.", "Jong-un", "A1",
        "1E5", "1,000", "5/17/2018", "9:30", "Vietnam’s", "Bank", "of", "England", "said", "“", "”", '"',
        ".", ",", "-", "_", "\n", "\n\n", "...", "O'Neil",
    ]
)
_reader_glue = st.sampled_from([" ", " ", "", "", "\n", ". ", "-", "'", "’"])
#: Text dense in the words, marks and joints the token readers must read as the scans did.
reader_text = st.lists(st.tuples(_reader_words, _reader_glue), max_size=30).map(
    lambda pairs: "".join(word + glue for word, glue in pairs)
)
texts = st.one_of(reader_text, any_text, newsy_text, hostile_text(40))


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


def _gold_texts() -> list[str]:
    """The seeds and the dev gold articles, whose outputs the readers must keep."""
    root = Path(__file__).resolve().parent.parent
    out = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "gold" / "dev").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.extend(text for text in data["articles"].values() if isinstance(text, str))
    return out


GOLD = _gold_texts()


def _passages(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text, skip=clean(text).skips)]


# --- negation ---------------------------------------------------------------------------------


@given(spans())
def test_is_negated_reads_tokens_as_the_pattern_reads_text(case: tuple[str, int, int]) -> None:
    text, start, end = case
    assert is_negated(text, tokens=tokenize(text), start=start, end=end) is negated_reference(text[start:end])
    assert is_negated(text[start:end]) is negated_reference(text[start:end])


@pytest.mark.parametrize("index", range(len(GOLD)))
def test_is_negated_on_gold_sentences(index: int) -> None:
    text = GOLD[index]
    tokens = tokenize(text)
    for start, end in _passages(text):
        assert is_negated(text, tokens=tokens, start=start, end=end) is negated_reference(text[start:end])


# --- entities ---------------------------------------------------------------------------------


def _shifted(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(a + by, b + by) for a, b in spans]


@given(spans())
def test_name_words_read_from_tokens_as_the_pattern_read_text(case: tuple[str, int, int]) -> None:
    text, start, end = case
    words = list(_name_words(text, span_tokens(text, tokenize(text), start, end)))
    assert words == _shifted(name_words_reference(text[start:end]), start)


@given(spans())
def test_find_entities_on_a_span_is_find_entities_on_its_text(case: tuple[str, int, int]) -> None:
    text, start, end = case
    expected = _shifted(find_entities(text[start:end]), start)
    assert find_entities(text, tokens=tokenize(text), start=start, end=end) == expected


@pytest.mark.parametrize("index", range(len(GOLD)))
def test_name_words_on_gold_sentences(index: int) -> None:
    text = GOLD[index]
    tokens = tokenize(text)
    for start, end in _passages(text):
        words = list(_name_words(text, span_tokens(text, tokens, start, end)))
        assert words == _shifted(name_words_reference(text[start:end]), start)


@given(spans())
def test_span_tokens_stay_inside_the_span(case: tuple[str, int, int]) -> None:
    text, start, end = case
    toks = span_tokens(text, tokenize(text), start, end)
    assert all(start <= t.start < t.end <= end and text[t.start : t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(toks))


# --- the per-article readers: every span of one token stream ----------------------------------


@given(texts, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8))
def test_negated_spans_is_is_negated_of_each_span(text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds]
    expected = [negated_reference(text[a:b]) for a, b in spans]
    assert negated_spans(text, tokenize(text), spans) == expected


@given(texts, st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8))
def test_find_entities_in_is_find_entities_of_each_span(text: str, bounds: list[tuple[int, int]]) -> None:
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds]
    expected = [_shifted(find_entities(text[a:b]), a) for a, b in spans]
    assert find_entities_in(text, tokenize(text), spans) == expected


@given(spans())
def test_split_span_is_span_tokens(case: tuple[str, int, int]) -> None:
    text, start, end = case
    tokens = tokenize(text)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    head, whole, tail = split_span(text, tokens, starts, ends, start, end)
    assert head + [tokens[i] for i in whole] + tail == span_tokens(text, tokens, start, end)


@pytest.mark.parametrize("index", range(len(GOLD)))
def test_per_article_readers_on_gold_sentences(index: int) -> None:
    text = GOLD[index]
    spans = _passages(text)
    tokens = tokenize(text)
    assert negated_spans(text, tokens, spans) == [negated_reference(text[a:b]) for a, b in spans]
    assert find_entities_in(text, tokens, spans) == [_shifted(find_entities(text[a:b]), a) for a, b in spans]
