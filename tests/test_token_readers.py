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

from claimdiff._lexicon.dates import MONTHS, WEEKDAYS
from claimdiff._lexicon.negation import NEGATION_CUES
from claimdiff._lexicon.stopwords import STOPWORDS
from claimdiff.claims import find_entities, find_quotes, is_negated, tokenize
from claimdiff.claims.entities import find_entities_in
from claimdiff.claims.negation import find_cues, negated_spans
from claimdiff.claims.tokens import split_span
from claimdiff.segment import split_sentences
from claimdiff.text import clean

from .conftest import SHARED
from .strategies import any_text, hostile_text, newsy_text, symbol_runs

# --- references: the text scans the token readers replaced ------------------------------------


def cues_reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in NEGATION_CUES.finditer(text)]


def negated_reference(text: str) -> bool:
    return NEGATION_CUES.search(text) is not None


_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")
_NAME_JOINERS = frozenset({"of", "de", "del", "la", "le", "bin", "al", "van", "von", "der", "du", "da"})
_NOT_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSSESSIVE = re.compile(r"[\u2019']s?$")


def entities_reference(text: str) -> list[tuple[int, int]]:
    """find_entities as it read the text before the token stream (main at 64869fb)."""
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and (run[-1][2].lower() in _NAME_JOINERS or run[-1][2].lower() in _NOT_NAMES):
            run.pop()
        while run and (run[0][2].lower() in _NOT_NAMES or run[0][2].lower() in _NAME_JOINERS):
            run.pop(0)
        if run:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    previous_end = 0
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        gap = text[previous_end : m.start()]
        if run and (gap.strip() or "\n" in gap):
            flush()
        previous_end = m.end()
        if word[:1].isupper():
            end = m.end()
            trimmed = _POSSESSIVE.search(word)
            if trimmed and len(word) > 2:
                end = m.start() + trimmed.start()
                run.append((m.start(), end, text[m.start() : end]))
                flush()
                continue
            if word.endswith(".") and "." not in word[:-1]:
                end -= 1
            run.append((m.start(), end, text[m.start() : end]))
        elif run and word in _NAME_JOINERS:
            run.append((m.start(), m.end(), word))
        else:
            flush()
    flush()
    return spans


# --- text that reaches the edge cases of the readers ------------------------------------------

_reader_words = st.sampled_from(
    [
        "not", "Not", "NOT", "no", "never", "nor", "none", "nobody", "nothing", "cannot", "without",
        "neither", "NOTHİNG", "nothıng", "wıthout", "knot", "nothingness", "don't", "don’t", "isn’t",
        "N'T", "n't", "rock'n't", "rock’n’T", "not'n't", "nobody’s", "x'not", "no_", "_not", "5not",
        "not5", "no²", "no\u0301", "no٣", "T", "t", "n", "'", "’", "https://example.com/not",
        "www.nobody.org", "http://x.y/isn't", "http://x.y/Not", "Putin", "U.S.", "Jong-un", "A1", "A٣",
        "1E5", "1.3e6", "1,000", "1,000,000,000", "5,10,15,20", "5/17/2018", "9:30", "Vietnam’s",
        "Vietnam's", "Lam’S", "O'", "Bank", "of", "the", "The", "van", "Monday", "England", "said", "Mr.",
        "Ab.", "“", "”", '"', ".", ",", "-", "_", "\n", "\n\n", "...", "O'Neil", "." * 70, "-. " * 30,
    ]
)
_reader_glue = st.sampled_from([" ", " ", "", "", "\n", ". ", "-", "'", "’", "  "])
#: Text dense in the words, marks and joints the token readers must read as the scans did.
reader_text = st.lists(st.tuples(_reader_words, _reader_glue), max_size=30).map(
    lambda pairs: "".join(word + glue for word, glue in pairs)
)
texts = st.one_of(reader_text, any_text, newsy_text, hostile_text(40), symbol_runs)


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return text, start, end


def _some_spans(text: str, bounds: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in bounds]


_bounds = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 200)), max_size=8)


def _gold_texts() -> list[str]:
    """The seeds and the dev gold articles, whose outputs the readers must keep."""
    root = Path(__file__).resolve().parent.parent
    out = [p.read_text(encoding="utf-8") for p in sorted((root / "seeds").glob("*.txt"))]
    for path in sorted((SHARED / "gold" / "dev").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out.extend(text for text in data["articles"].values() if isinstance(text, str))
    return out


GOLD = _gold_texts()


def _sentences(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in split_sentences(text, skip=clean(text).skips)]


def _shifted(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(a + by, b + by) for a, b in spans]


# --- the token stream of a span ---------------------------------------------------------------


@given(spans())
def test_split_span_covers_the_span_once(case: tuple[str, int, int]) -> None:
    text, start, end = case
    tokens = tokenize(text)
    head, whole, tail = split_span(text, tokens, start, end)
    toks = head + [tokens[i] for i in whole] + tail
    assert all(start <= t.start < t.end <= end and text[t.start : t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in itertools.pairwise(toks))
    covered = {k for t in toks for k in range(t.start, t.end)}
    assert covered >= {k for k in range(start, end) if not text[k].isspace()}


# --- negation ---------------------------------------------------------------------------------


@given(texts)
def test_find_cues_reads_tokens_as_the_pattern_reads_text(text: str) -> None:
    assert find_cues(text, tokenize(text)) == cues_reference(text)
    assert is_negated(text) is negated_reference(text)


@given(texts, _bounds)
def test_negated_spans_is_the_pattern_on_each_span(text: str, bounds: list[tuple[int, int]]) -> None:
    passages = _some_spans(text, bounds)
    assert negated_spans(text, tokenize(text), passages) == [negated_reference(text[a:b]) for a, b in passages]


@pytest.mark.parametrize(
    "text, start, end, negated",
    [
        ("xnot yes", 1, 4, True),  # the span cuts "xnot" at its start: "not" stands alone in it
        ("nothing", 0, 3, True),  # ... and "nothing" at its end
        ("don't5", 0, 5, True),  # "n't" before the span's end
        ("rock'n'tx", 0, 8, True),  # "n" + "'t" over three tokens
        ("rock'n'tx", 5, 9, False),
        ("xxnot5", 2, 5, True),
        ("knot", 0, 4, False),
        ("a not b", 2, 5, True),
        ("a not b", 3, 5, False),
    ],
)
def test_negated_spans_reads_a_cut_word_against_the_span(text: str, start: int, end: int, negated: bool) -> None:
    assert negated_reference(text[start:end]) is negated  # the examples say what the pattern says
    assert negated_spans(text, tokenize(text), [(start, end)]) == [negated]


@pytest.mark.parametrize("index", range(len(GOLD)))
def test_negation_on_gold_sentences_and_quotes(index: int) -> None:
    text = GOLD[index]
    tokens = tokenize(text)
    passages = _sentences(text) + [(q.start, q.end) for q in find_quotes(text)]
    assert find_cues(text, tokens) == cues_reference(text)
    assert negated_spans(text, tokens, passages) == [negated_reference(text[a:b]) for a, b in passages]


# --- entities ---------------------------------------------------------------------------------


@given(texts)
def test_find_entities_reads_tokens_as_the_scan_read_text(text: str) -> None:
    assert find_entities(text) == entities_reference(text)


@given(texts, _bounds)
def test_find_entities_in_is_the_scan_of_each_span(text: str, bounds: list[tuple[int, int]]) -> None:
    passages = _some_spans(text, bounds)
    expected = [_shifted(entities_reference(text[a:b]), a) for a, b in passages]
    assert find_entities_in(text, tokenize(text), passages) == expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("Jong-un and the U.S. Army", ["Jong-un", "U.S. Army"]),  # name words of several tokens
        ("1,000,000 Lam. 5Ab", ["Lam", "Ab"]),  # a figure is one run; a name word starts at a letter
        ("See http://x.org/Lam Putin", ["See", "Lam Putin"]),  # runs inside a URL
        ("Vietnam’s Lam", ["Vietnam", "Lam"]),  # a possessive ends a name
        ("The Bank of England.", ["Bank of England"]),
    ],
)
def test_find_entities_examples(text: str, names: list[str]) -> None:
    assert [text[a:b] for a, b in entities_reference(text)] == names
    assert [text[a:b] for a, b in find_entities(text)] == names


@pytest.mark.parametrize("index", range(len(GOLD)))
def test_find_entities_in_on_gold_sentences(index: int) -> None:
    text = GOLD[index]
    passages = _sentences(text)
    expected = [_shifted(entities_reference(text[a:b]), a) for a, b in passages]
    assert find_entities_in(text, tokenize(text), passages) == expected
