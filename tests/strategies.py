"""Shared hypothesis strategies for text."""

from __future__ import annotations

from hypothesis import strategies as st

#: Any str, every code point category included (NUL, surrogates, combining marks, RTL).
any_text = st.text(st.characters(codec=None), max_size=400)

_news_words = st.sampled_from(
    [
        "Putin", "said", "the", "U.S.", "Mr.", "Dr.", "agreements", "11", "a dozen", "1,000", "3.5",
        "percent", "on", "Thursday", "“quoted words”", "(aside)", "...", "?", "!", ".", ",", "\n\n",
        "Jan.", "a.m.", "$2.3bn", "twenty-one", "fifth", "J. R. R.", "Inc.", "e.g.", "—", "'",
    ]
)
#: Text that looks like news: many abbreviations, numbers, quotes and punctuation.
newsy_text = st.lists(_news_words, max_size=60).map(" ".join)
