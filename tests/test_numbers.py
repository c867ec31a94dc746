"""Tests for claimdiff.numbers: seeds phrases, intervals, false positives and properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff.claims.quantities import RULES, find_quantities, parse_number_words
from claimdiff.errors import InvalidArgument

from .strategies import any_text, hostile_text, newsy_text, number_text, symbol_runs


def one(text: str):
    found = find_quantities(text)
    assert len(found) == 1, found
    return found[0]


# --- the seeds, as a journalist reads them --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "value", "unit", "kind", "approximate"),
    [
        ("the exchange of 11 agreements and", "11 agreements", 11, "agreement", "cardinal", False),
        ("signed a dozen agreements in justice", "a dozen agreements", 12, "agreement", "cardinal", True),
        ("The 11 pacts signed in Hanoi", "11 pacts", 11, "pact", "cardinal", False),
        ("the country of 100 million inhabitants", "100 million inhabitants", 10**8, "inhabitant", "cardinal", False),
        ("accounted for about 80 percent of", "about 80 percent", 80, "percent", "percent", True),
        ("welcomed with a 21-gun salute", "21-gun", 21, "gun", "cardinal", False),
        ("sworn in for a fifth term in May", "a fifth term", 5, "term", "ordinal", False),
        ("the final stop of his two-nation tour", "two-nation", 2, "nation", "cardinal", False),
        ("2024 marks 30 years of a treaty", "30 years", 30, "year", "cardinal", False),
        ("The 80-year-old leader spent", "80-year-old", 80, "year", "cardinal", False),
        ("The two presidents witnessed", "two presidents", 2, "president", "cardinal", False),
    ],
)
def test_seed_phrases(text, words, value, unit, kind, approximate):
    found = [q for q in find_quantities(text) if q.kind != "year"]
    assert len(found) == 1, found
    q = found[0]
    assert (q.text, q.value, q.unit, q.kind, q.approximate) == (words, value, unit, kind, approximate)
    assert text[q.start : q.end] == q.text


@pytest.mark.parametrize(
    ("text", "value"),
    [("diplomatic relations since 1950", 1950), ("his last visit in 2017.", 2017), ("invaded in February 2022 in", 2022),
     ("and 2024 marks 30 years", 2024), ("In 2023, the court", 2023)],
)
def test_years_in_date_context(text, value):
    years = [q for q in find_quantities(text) if q.kind == "year"]
    assert [q.value for q in years] == [value]


def test_decades_span_ten_years():
    q = one("in the 1980s")
    assert (q.kind, q.value, q.low, q.high) == ("year", 1980, 1980, 1989)


def test_a_count_of_years_is_no_year():
    assert one("In 2000 cases, the court").kind == "cardinal"


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("Output fell between 2016 and 2019, the agency said.", [2016, 2019]),
        ("He ran the club from 1998 to 2004.", [1998, 2004]),
        ("Prices rose sharply in 2011-2013.", [2011, 2013]),
    ],
)
def test_a_span_of_two_years_is_two_years(text, years):
    found = find_quantities(text)
    assert [(q.kind, q.value) for q in found] == [("year", y) for y in years]


@pytest.mark.parametrize(
    ("text", "words", "value", "unit"),
    [
        ("She signed a three-and-a-half-year contract.", "three-and-a-half-year", 3.5, "year"),
        ("The two-and-a-quarter-mile route reopened.", "two-and-a-quarter-mile", 2.25, "mile"),
        ("after a six-and-a-half-hour hearing", "six-and-a-half-hour", 6.5, "hour"),
        ("after a 6-and-a-half-hour hearing", "6-and-a-half-hour", 6.5, "hour"),
        ("Prices rose 5 and a half percent.", "5 and a half percent", 5.5, "percent"),
        ("The repair took 3 and three quarters hours.", "3 and three quarters hours", 3.75, "hour"),
    ],
)
def test_a_whole_and_a_half_written_as_one_adjective(text, words, value, unit):
    q = one(text)
    assert (q.text, q.value, q.unit) == (words, value, unit)


def test_after_digits_only_halves_and_quarters_join_the_whole():
    found = find_quantities("They finished 2 and a third place went to Ostrava.")
    assert [q.text for q in found] == ["2", "a third place"]


def test_a_range_of_counts_that_look_like_years_stays_a_range():
    q = one("Between 2000 and 2500 fans attended.")
    assert (q.kind, q.low, q.high, q.unit) == ("range", 2000, 2500, "fan")


# --- intervals ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high", "low_inclusive", "high_inclusive"),
    [
        ("about 80 percent", 72, 88, True, True),
        ("nearly 1,000 people", 900, 1000, True, False),
        ("more than 300 people", 300, None, False, True),
        ("at least 12 people", 12, None, True, True),
        ("up to 5,000 troops", None, 5000, True, True),
        ("fewer than 10 cases", None, 10, True, False),
        ("just over 100 people", 100, 110, False, True),
        ("a dozen agreements", 10, 14, True, True),
        ("11 agreements", 11, 11, True, True),
    ],
)
def test_approximators_become_intervals(text, low, high, low_inclusive, high_inclusive):
    q = one(text)
    assert (q.low, q.high, q.low_inclusive, q.high_inclusive) == (low, high, low_inclusive, high_inclusive)
    assert q.approximate == (text != "11 agreements")


def test_dozen_contains_eleven_and_twelve_but_names_twelve():
    dozen = one("a dozen agreements")
    assert dozen.low <= 11 <= dozen.high and dozen.value == 12 and dozen.approximate


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("dozens of people", 24, 120), ("hundreds of homes", 200, 1000), ("tens of thousands of troops", 20000, 100000)],
)
def test_vague_plurals_have_no_value(text, low, high):
    q = one(text)
    assert (q.value, q.low, q.high, q.approximate, q.high_inclusive) == (None, low, high, True, False)


@pytest.mark.parametrize("text", ["10 to 12 people", "10-12 people", "between 10 and 12 people"])
def test_ranges(text):
    q = one(text)
    assert (q.kind, q.value, q.low, q.high, q.unit, q.text) == ("range", None, 10, 12, "person", text)


def test_scores_are_no_ranges():
    """A score is one reading with its two tallies, never a range (issue 15)."""
    found = find_quantities("won 52 to 48 and 2-1")
    assert [(q.text, q.kind, q.tallies, q.low, q.high) for q in found] == [
        ("52 to 48", "score", (52, 48), None, None),
        ("2-1", "score", (2, 1), None, None),
    ]


# --- forms ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit", "kind"),
    [
        ("1,000", 1000, None, "cardinal"),
        ("3.5", 3.5, None, "cardinal"),
        ("-2", -2, None, "cardinal"),
        ("eleven", 11, None, "cardinal"),
        ("one hundred and five", 105, None, "cardinal"),
        ("a 3.5m grant", 3_500_000, None, "cardinal"),
        ("raised $2.3bn", 2_300_000_000, "usd", "money"),
        ("10k", 10_000, None, "cardinal"),
        ("1.5 trillion dong", 1_500_000_000_000, "vnd", "money"),
        ("€5 million", 5_000_000, "eur", "money"),
        ("£3bn", 3_000_000_000, "gbp", "money"),
        ("USD 7", 7, "usd", "money"),
        ("200 dollars", 200, "usd", "money"),
        ("half", 0.5, None, "fraction"),
        ("a third", 1 / 3, None, "fraction"),
        ("one in five", 0.2, None, "fraction"),
        ("two-thirds", 2 / 3, None, "fraction"),
        ("3/4", 0.75, None, "fraction"),
        ("the 21st century", 21, "century", "ordinal"),
        ("the third-largest economy", 3, "economy", "ordinal"),
        ("80%", 80, "percent", "percent"),
        ("80 per cent", 80, "percent", "percent"),
        ("5 percentage points", 5, "percentage point", "percent"),
        ("half a dozen", 6, None, "cardinal"),
        ("three dozen eggs", 36, "egg", "cardinal"),
        # a participle before a plural noun qualifies the counted noun
        ("300 planned operations were postponed", 300, "operation", "cardinal"),
        ("Officials counted 17 confirmed cases.", 17, "case", "cardinal"),
    ],
)
def test_forms(text, value, unit, kind):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert (q.unit, q.kind) == (unit, kind)


@pytest.mark.parametrize(
    "text",
    [
        "strengthening ties is one of his priorities",
        "Once again, someone or anyone",
        "The one you mentioned",
        "Which one do you prefer?",
        "bur-ah/pz/pc/zm",
        "see https://example.com/a/2024/06/20/story-11",
        "the G7 and the A320",
        "Book a first class seat",
        "at first",
        "a previous version, a last resort",
        "some countries",
    ],
)
def test_no_false_positives(text):
    assert find_quantities(text) == []


def test_labels_are_counted_without_a_head_noun():
    q = one("the COVID-19 pandemic")
    assert (q.value, q.unit) == (19, None)


def test_partitive_counts_the_noun():
    q = one("embraced by two of its Communist leaders")
    assert (q.value, q.unit) == (2, "leader")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("after three cancelled flights", "flight"),
        ("Two injured miners were flown out", "miner"),
        ("five missing climbers", "climber"),
        ("eleven armed men", "man"),
    ],
)
def test_a_participle_before_the_noun_keeps_the_unit(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize("text", ["three killed in the blast", "The two signed agreements", "Four were injured"])
def test_a_participle_as_verb_is_no_unit(text):
    assert one(text).unit is None


def test_verb_after_number_is_no_unit():
    assert one("as the two met in Hanoi").unit is None
    assert one("The two signed agreements").unit is None


def test_over_a_duration_is_no_bound():
    q = one("over 3 years")
    assert (q.text, q.approximate) == ("3 years", False)


def test_rules_are_named_data():
    names = [name for name, _ in RULES]
    assert names[-1] == "number" and len(names) == len(set(names))


def test_non_str_raises_invalid_argument():
    with pytest.raises(InvalidArgument, match="text"):
        find_quantities(b"11")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_number_words(11)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("words", "value"),
    [("twenty-one", 21), ("one hundred and five", 105), ("a dozen", 12), ("two thirds", 2 / 3), ("3.5 million", 3_500_000),
     ("eleven agreements", None), ("", None), ("the", None)],
)
def test_parse_number_words(words, value):
    got = parse_number_words(words)
    assert got == (pytest.approx(value) if value is not None else None)


# --- properties -----------------------------------------------------------------------------

_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _below_thousand(n: int, *, british: bool) -> str:
    words = []
    if n >= 100:
        words += [_ONES[n // 100], "hundred"]
        n %= 100
        if n and british:
            words.append("and")
    if n >= 20:
        words.append(_TENS[n // 10] + (f"-{_ONES[n % 10]}" if n % 10 else ""))
    elif n or not words:
        words.append(_ONES[n])
    return " ".join(words)


def render(n: int, *, british: bool = False) -> str:
    """Render 0..10**12 in English words ("one hundred and five" when british)."""
    if n == 0:
        return "zero"
    parts = []
    for size, name in _SCALES:
        if n >= size:
            parts.append(f"{_below_thousand(n // size, british=british)} {name}")
            n %= size
    if n:
        parts.append(_below_thousand(n, british=british and not parts))
    return " ".join(parts)


def test_renderer():
    assert render(105, british=True) == "one hundred and five"
    assert render(1_000_000_000_000) == "one trillion"
    assert render(21_300) == "twenty-one thousand three hundred"


@given(st.integers(0, 10**12), st.booleans())
def test_words_round_trip(n, british):
    words = render(n, british=british)
    assert parse_number_words(words) == n
    found = find_quantities(words)
    assert [q.value for q in found] == [n] and found[0].text == words


@given(st.integers(0, 10**12))
def test_digits_with_separators_round_trip(n):
    text = f"{n:,}"
    found = find_quantities(f"about {text} people")
    assert [q.value for q in found] == [n]
    assert parse_number_words(text) == n


@given(st.one_of(any_text, newsy_text))
def test_never_raises_and_spans_are_exact(text):
    found = find_quantities(text)
    last = 0
    for q in found:
        assert text[q.start : q.end] == q.text
        assert q.start >= last
        last = q.end


def test_long_input_of_figures_letters_and_digits():
    # its speed is benchmarks/bench_adversarial.py's to measure, not a timing assert's
    text = ("1,000 " * 20000) + ("a" * 100000) + ("9" * 5000) + (" one" * 20000)
    found = find_quantities(text)
    assert [q.value for q in found] == [1000] * 20000 + [1] * 20000  # 5,000 digits are no number


# --- the scan's shortcuts give exactly what the rules give -----------------------------------


def _dates_then_words():
    """A date ("May 4, 2023") and a word after its year, then number-dense text: the shape of the
    scan's fast path for a year that closes a date."""
    from claimdiff._lexicon.dates import MONTHS
    from claimdiff.claims.quantities._rules import _INERT_WORDS_AFTER_A_DATE, STARTERS

    readers = ["people", "km", "percent", "million", "to", "in", "of", "and", "a", "per", "dollars", "over", "out"]
    after = st.one_of(st.sampled_from(sorted(_INERT_WORDS_AFTER_A_DATE)), st.sampled_from(sorted({*STARTERS, *readers})))
    return st.tuples(
        st.sampled_from(sorted(MONTHS)).map(str.title),
        st.sampled_from(["4", "31", "4th", "1,000"]),
        st.sampled_from([", ", ", ", " ", " (", " - "]),
        st.sampled_from(["2023", "1999", "2023", "2023s", "2023-24"]),
        st.sampled_from([" ", " ", "", "-"]),
        after,
        number_text,
    ).map(lambda parts: parts[0] + " " + "".join(parts[1:-1]) + " " + parts[-1])


def _inert_words():
    from claimdiff.claims.quantities._rules import _INERT_WORDS_AFTER_A_DATE

    return sorted(_INERT_WORDS_AFTER_A_DATE)


@pytest.mark.parametrize("word", [*_inert_words(), "km", "million", "percent", "to", "in", "people", "and"])
def test_a_year_closing_a_date_is_read_alike_by_the_fast_path_and_the_rules(word):
    from claimdiff.claims.quantities._rules import bare_figure
    from claimdiff.claims.quantities._words import Reader
    from claimdiff.claims.tokens import tokenize

    text = f"It opened on May 4, 2023 {word} 12 people"
    toks = tokenize(text)
    k = next(k for k, tok in enumerate(toks) if tok.text == "2023")
    bare = bare_figure(Reader(text, toks), k)
    hit = next(hit for _name, rule in RULES if (hit := rule(Reader(text, toks), k)) is not None)
    if bare is not None:  # the fast path answers only where the rules read the year alone
        assert hit.quantity == bare and hit.end == k + 1
    assert (bare is not None) == (word in _inert_words())


def _every_starter(toks):
    """The candidates before gates: every token some rule's first word could be."""
    from claimdiff.claims.quantities import _ALWAYS
    from claimdiff.claims.quantities._rules import STARTERS
    from claimdiff.claims.tokens import TokenKind

    return [
        k
        for k, tok in enumerate(toks)
        if tok.kind in _ALWAYS
        or tok.low in STARTERS
        or (tok.kind is TokenKind.WORD and k + 1 < len(toks) and toks[k + 1].text == "$" and toks[k + 1].start == tok.end)
    ]


@given(st.one_of(number_text, symbol_runs, _dates_then_words()))
def test_gates_and_bare_figures_change_nothing(text):
    import claimdiff.claims.quantities as numbers
    from claimdiff.claims.quantities._rules import RULES
    from claimdiff.claims.tokens import TokenKind

    fast = find_quantities(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(numbers, "_candidates", _every_starter)
        mp.setattr(numbers, "bare_figure", lambda r, k: None)
        mp.setattr(numbers, "RULES_BY_KIND", dict.fromkeys(TokenKind, RULES))
        slow = find_quantities(text)
    assert fast == slow


@given(st.one_of(number_text, symbol_runs))
def test_a_rule_reads_nothing_at_a_token_of_another_kind(text):
    from claimdiff.claims.quantities._rules import _RULE_KINDS, RULES
    from claimdiff.claims.quantities._words import Reader
    from claimdiff.claims.tokens import tokenize

    toks = tokenize(text)
    r = Reader(text, toks)
    for k, tok in enumerate(toks):
        for name, rule in RULES:
            if tok.kind not in _RULE_KINDS[name]:
                assert rule(r, k) is None, (text, k, name)


@given(st.one_of(number_text, symbol_runs, _dates_then_words()))
def test_bare_figure_is_what_the_rules_read(text):
    from claimdiff.claims.quantities import _chain_quantities
    from claimdiff.claims.quantities._rules import bare_figure
    from claimdiff.claims.quantities._words import Reader
    from claimdiff.claims.tokens import TokenKind, tokenize

    toks = tokenize(text)
    r = Reader(text, toks)
    for k in range(len(toks)):
        bare = bare_figure(r, k)
        if bare is None:
            continue
        name, hit = next((name, hit) for name, rule in RULES if (hit := rule(r, k)) is not None)
        assert name == "number" and hit.end == k + 1, (text, k, name)
        assert hit.quantity == bare
    assert all(q.kind in ("cardinal", "year") for tok in toks if tok.kind is TokenKind.CHAIN for q in _chain_quantities(text, tok))


def _one_pass(text):
    from claimdiff.claims.tokens import TOKEN_RULES, Token

    plain = re.compile("|".join(f"(?P<{kind.value}>{pattern})" for kind, pattern in TOKEN_RULES))
    kinds = {kind.value: kind for kind, _ in TOKEN_RULES}
    return [Token(kinds[m.lastgroup], m.start(), m.end(), m.group(), m.group().lower()) for m in plain.finditer(text)]


@given(st.one_of(symbol_runs, number_text, hostile_text(40)))
def test_quiet_runs_replace_only_the_middle_of_symbol_runs(text):
    from claimdiff.claims.tokens import TokenKind, _quiet, _tokenize

    got = _tokenize(text, _quiet(2, 6))
    want = _one_pass(text)
    j = 0
    for tok in got:
        if tok.kind is TokenKind.SYM and len(tok.text) > 1:  # a quiet run's middle: symbols and spaces only
            assert not any(ch.isalnum() or ch == "_" for ch in tok.text)
            assert text[tok.start : tok.end] == tok.text and not tok.text[0].isspace()
            inside = 0
            while j < len(want) and want[j].start < tok.end:
                assert want[j].start >= tok.start and want[j].kind is TokenKind.SYM
                j += 1
                inside += 1
            assert inside >= 2
            continue
        assert tok == want[j]
        j += 1
    assert j == len(want)


@given(st.one_of(symbol_runs, number_text))
def test_quiet_runs_change_no_quantity(text):
    import claimdiff.claims.tokens as tokens

    wide = find_quantities(text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tokens, "_QUIET", tokens._quiet(2, 6))
        narrow = find_quantities(text)
    assert wide == narrow


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("scores 1,5,10,15 and 20", [1, 5, 10, 15, 20]),
        ("5,10,15 percent", [5, 10, 15]),
        ("in 2019,2020,2021", [2019, 2020, 2021]),
        ("1,000,000 and 1,2,3,4", [1_000_000, 1, 2, 3, 4]),
    ],
)
def test_lists_glued_by_commas_read_each_figure(text, values):
    found = find_quantities(text)
    assert [q.value for q in found] == values
    assert found[-1].unit == ("percent" if "percent" in text else None)


@pytest.mark.parametrize(
    ("text", "mention", "value", "low", "high", "approximate", "unit"),
    [
        ("They hold a single patent.", "a single patent", 1, 1, 1, False, "patent"),
        ("Not a single vote was cast.", "Not a single vote", 0, 0, 0, False, "vote"),
        ("She scored a pair of goals.", "a pair of goals", 2, 2, 2, False, "goal"),
        ("A trio of judges heard it.", "A trio of judges", 3, 3, 3, False, "judge"),
        ("It took a couple of weeks.", "a couple of weeks", 2, 2, 3, True, "week"),
        ("A couple hundred fans came.", "A couple hundred fans", 200, 200, 300, True, "fan"),
        ("A handful of fans came.", "A handful of fans", None, 2, 10, True, "fan"),
        ("A few fans came.", "A few fans", None, 2, 10, True, "fan"),
        ("Several fans came.", "Several fans", None, 3, 15, True, "fan"),
        ("A few hundred fans came.", "A few hundred fans", None, 200, 1000, True, "fan"),
        ("Several thousand fans came.", "Several thousand fans", None, 3000, 15000, True, "fan"),
        ("A few dozen fans came.", "A few dozen fans", None, 24, 120, True, "fan"),
        ("Several hundred thousand fans came.", "Several hundred thousand fans", None, 300_000, 1_500_000, True, "fan"),
        ("Several of the fans came.", "Several of the fans", None, 3, 15, True, "fan"),
        ("Dozens of fans came.", "Dozens of fans", None, 24, 120, True, "fan"),
        ("Tens of thousands of fans came.", "Tens of thousands of fans", None, 20000, 100000, True, "fan"),
    ],
)
def test_counts_without_a_number(text, mention, value, low, high, approximate, unit):
    q = one(text)
    assert (q.text, q.value, q.low, q.high, q.approximate, q.unit) == (mention, value, low, high, approximate, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Quite a few fans came.",  # many, not a few
        "A couple was found safe.",  # two people, not a count before a scale word
        "A single-engine plane landed.",  # a compound adjective
        "He left a few minutes ago.",  # a vague offset in time, no count
        "They met in a few days.",
    ],
)
def test_count_words_that_count_nothing(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Half of the residents left.", "share"),
        ("Half the residents left.", "share"),
        ("A third of voters stayed home.", "share"),
        ("One in five adults smokes.", "share"),
        ("It took half an hour.", None),  # a share of a unit is a measure
        ("It lasted a quarter of an hour.", None),
        ("The quarter-point cut came in May.", None),
    ],
)
def test_a_fraction_of_a_whole_is_a_share(text, unit):
    fractions = [q for q in find_quantities(text) if q.kind == "fraction"]
    assert [q.unit for q in fractions] == [unit]


def test_a_participle_that_is_the_figure_s_verb_ends_it() -> None:
    assert [(q.text, q.unit) for q in find_quantities("The blast left 12 killed and 30 injured.")] == [
        ("12", None),
        ("30", None),
    ]


@given(st.one_of(number_text, symbol_runs))
def test_no_prefix_is_read_at_a_digit_literal(text):
    """_number skips _prefix at a digit literal: no approximator, currency or sign is one."""
    from claimdiff.claims.quantities._rules import _prefix
    from claimdiff.claims.quantities._words import Reader
    from claimdiff.claims.tokens import TokenKind, tokenize

    toks = tokenize(text)
    r = Reader(text, toks)
    for k, tok in enumerate(toks):
        if tok.kind is TokenKind.NUM:
            assert tuple(_prefix(r, k)) == (None, False, None, 1, k), (text, k)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("A 2016 quake hit the town.", "year"), ("It cites a 1998 report.", "year"), ("a 2000 km trip", "cardinal")],
)
def test_a_year_after_a_or_an_is_one_thing_s_year(text, kind):
    assert find_quantities(text)[0].kind == kind
