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

# --- hostile text: every script and the characters that break naive code -------------------

#: NUL and other C0/C1 controls.
controls = st.sampled_from(["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\x9b", "\t", "\v", "\f"])
#: Lone UTF-16 surrogates: valid in a Python str, not encodable as UTF-8.
surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
#: Combining marks (Mn, Mc, Me), stacked after letters and alone.
combining = st.characters(categories=["Mn", "Mc", "Me"])
#: Right-to-left letters (Hebrew, Arabic, Arabic-Indic digits) and bidi controls.
rtl = st.one_of(
    st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),
    st.sampled_from(
        [
            "\u200e",
            "\u200f",
            "\u202a",
            "\u202b",
            "\u202c",
            "\u202d",
            "\u202e",
            "\u2066",
            "\u2067",
            "\u2068",
            "\u2069",
            "שלום",
            "مرحبا",
            "٣٬٠٠٠",
            "؟",
        ]
    ),
)
#: Zero-width characters: space, joiners, word joiner, byte-order mark, soft hyphen.
zero_width = st.sampled_from(["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e"])
#: Every kind of line break and space.
breaks = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x1c", "\xa0", "\u202f", "\u3000", "  "])
#: Other scripts with their own punctuation and digits.
scripts = st.sampled_from(
    ["中国。", "日本語！", "한국어", "Ελλάδα;", "Россия 11 соглашений.", "हिन्दी।", "१२३", "๑๒๓", "𝟏𝟐", "Ⅻ", "½", "²"]
)
_piece = st.one_of(
    _news_words,
    _news_words,
    _news_words,
    controls,
    surrogates,
    combining,
    rtl,
    zero_width,
    breaks,
    scripts,
    st.characters(codec=None),
)


def hostile_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Return a strategy of news-like text salted with hostile characters, up to ``max_size`` pieces."""
    return st.lists(_piece, max_size=max_size).map(
        lambda parts: "".join(p if i % 3 else f" {p}" for i, p in enumerate(parts))
    )


# --- number-dense text: every starter word of the numbers stage and what may follow it --------


def _number_vocabulary() -> list[str]:
    from claimdiff._lexicon.dates import MONTHS
    from claimdiff.claims.quantities._rules import GATES, STARTERS

    followers = {word for after in GATES.values() for word in after}
    figures = ["1", "5", "12", "31", "7", "2019", "2024", "1,000", "3.5", "1,5", ".5", "1,2,3", "5,10,15,20"]
    figures += ["10:30", "20th", "1980s", "G7", "A320", "COVID-19", "2024-06-20", "US$", "A$", "$", "€", "%"]
    symbols = [",", ";", ":", ".", "(", ")", "[", "]", "-", "–", "/", '"', "'", "…"]
    words = ["the", "of", "on", "Thursday", "agreements", "people", "said", "years", "old", "to", "morning", "at", "when"]
    words += [month.title() for month in MONTHS]  # "May 4, 2023 at": dates read by the fast path
    return sorted({*STARTERS, *followers, *MONTHS, *figures, *symbols, *words})


_number_words = st.sampled_from(_number_vocabulary())
_number_glue = st.sampled_from([" ", " ", " ", "", ", ", "\n", "-", " . . . "])
#: Text dense in figures, number words, approximators, currencies, months and symbols.
number_text = st.lists(st.tuples(_number_words, _number_glue), max_size=24).map(
    lambda pairs: "".join(word + glue for word, glue in pairs)
)
#: Runs of symbols and spaces between words: the quiet runs claims.tokens compresses.
symbol_runs = st.lists(
    st.one_of(_number_words, st.text(st.sampled_from(".,;:!?-–—()[]«»“”‘’\"'/$%* \n\u00a0"), max_size=30)),
    max_size=12,
).map("".join)
