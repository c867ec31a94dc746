"""Tests for claimdiff.segment.split_sentences."""

from __future__ import annotations

import json
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff import segment
from claimdiff.errors import ClaimdiffError, InvalidArgument
from claimdiff.models import Skip
from claimdiff.segment import PERIOD_RULES, SPLIT_RULES, layout, split_sentences
from claimdiff.text import clean

from .strategies import any_text, hostile_text, newsy_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def texts(text: str, **kwargs: object) -> list[str]:
    sentences = split_sentences(text, **kwargs)  # type: ignore[arg-type]
    for s in sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in sentences]


# --------------------------------------------------------------------------------------
# Hand cases on invented text: (id, input, expected sentences)

CASES = [
    # abbreviations
    ("us-adjective", "The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
    ("us-final", "Talks were held in the U.S. They ended Friday.", ["Talks were held in the U.S.", "They ended Friday."]),
    ("eu-final", "She moved to the E.U. The move was hard.", ["She moved to the E.U.", "The move was hard."]),
    ("titles", "Mr. Lee met Dr. Kim and Gen. Park. Sen. Ross was absent.",
     ["Mr. Lee met Dr. Kim and Gen. Park.", "Sen. Ross was absent."]),
    ("company", "Shares of Acme Inc. fell. Acme Inc. Chief Executive Jo Ray resigned.",
     ["Shares of Acme Inc. fell.", "Acme Inc. Chief Executive Jo Ray resigned."]),
    ("company-final", "He sued Acme Corp. The case is pending.", ["He sued Acme Corp.", "The case is pending."]),
    ("month-day", "The vote is on Jan. 5 in Kyiv. Results follow.", ["The vote is on Jan. 5 in Kyiv.", "Results follow."]),
    ("am-pm", "Polls open at 7 a.m. Thursday and close at 8 p.m. Turnout was low.",
     ["Polls open at 7 a.m. Thursday and close at 8 p.m.", "Turnout was low."]),
    ("time-zone", "It starts at 9 a.m. EST in New York.", ["It starts at 9 a.m. EST in New York."]),
    ("eg-ie", "Some fruit, e.g. Apples, i.e. Fuji ones, are cheap.", ["Some fruit, e.g. Apples, i.e. Fuji ones, are cheap."]),
    ("no-number", "He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
    ("versus", "It was Brazil vs. Germany. Brazil lost.", ["It was Brazil vs. Germany.", "Brazil lost."]),
    ("etc", "They sold pens, ink, etc. The shop closed.", ["They sold pens, ink, etc.", "The shop closed."]),
    # initials
    ("tolkien", "J. R. R. Tolkien wrote it. He was British.", ["J. R. R. Tolkien wrote it.", "He was British."]),
    ("middle-initial", "Ambassador Gennady S. Bezdetko spoke. Nobody replied.",
     ["Ambassador Gennady S. Bezdetko spoke.", "Nobody replied."]),
    ("pronoun-i", "You and I. We are the team.", ["You and I.", "We are the team."]),
    # numbers
    ("decimal", "Growth was 3.5 percent. Inflation was 2.1.", ["Growth was 3.5 percent.", "Inflation was 2.1."]),
    ("version", "Version 2.4.1 is out. Update now.", ["Version 2.4.1 is out.", "Update now."]),
    ("money", "It cost $2.3bn. That was a record.", ["It cost $2.3bn.", "That was a record."]),
    ("year-final", "He left in 2017. In 2019 he came back.", ["He left in 2017.", "In 2019 he came back."]),
    # ellipses
    ("ellipsis-lower", "I don't know... maybe later.", ["I don't know... maybe later."]),
    ("ellipsis-upper", "I don't know... The rest is history.", ["I don't know...", "The rest is history."]),
    ("ellipsis-char", "Southeast Asia … and now Vietnam … Putin came.", ["Southeast Asia … and now Vietnam …", "Putin came."]),
    ("spaced-three", "It was . . . fine. Then it rained.", ["It was . . . fine.", "Then it rained."]),
    # quotations
    ("quote-question-attribution", "“Is it over?” Putin asked. Nobody answered.",
     ["“Is it over?” Putin asked.", "Nobody answered."]),
    ("quote-question-said", "“Why now?” said Lam. He smiled.", ["“Why now?” said Lam.", "He smiled."]),
    ("quote-period-lower", "“It is over.” he said. Then he left.", ["“It is over.” he said.", "Then he left."]),
    ("quote-period-attribution", "“We are ready.” Mr. Lam said.", ["“We are ready.” Mr. Lam said."]),
    ("quote-period-new", "“We are ready.” Lam said the talks went well.",
     ["“We are ready.”", "Lam said the talks went well."]),
    ("quote-final", "Kim calls him his “best friend.” Russia agrees.", ["Kim calls him his “best friend.”", "Russia agrees."]),
    ("quote-starts", "He spoke. “We will win,” he said.", ["He spoke.", "“We will win,” he said."]),
    ("exclaim-lower", "She works at Yahoo! in Paris.", ["She works at Yahoo! in Paris."]),
    # brackets
    ("parenthesis", "The court (It sits in The Hague.) issued a warrant. He denies it.",
     ["The court (It sits in The Hague.) issued a warrant.", "He denies it."]),
    ("paren-after", "The ICC (based in The Hague) acted. Moscow objected.",
     ["The ICC (based in The Hague) acted.", "Moscow objected."]),
    ("unbalanced", "1) one thing. (And another. It ends.", ["1) one thing.", "(And another.", "It ends."]),
    # lists
    ("numbered", "1. Energy deals 2. Education 3. Nuclear science", ["1. Energy deals", "2. Education", "3. Nuclear science"]),
    ("bullets", "Agreed: • oil and gas • education", ["Agreed:", "• oil and gas", "• education"]),
    ("not-a-list", "He finished 2. The others lagged.", ["He finished 2.", "The others lagged."]),
    # paragraph breaks and headings
    ("newline", "Putin arrived\nHe met Lam", ["Putin arrived", "He met Lam"]),
    ("blank-line", "One.\n\nTwo.\r\nThree.", ["One.", "Two.", "Three."]),
    ("heading-dashes", "– Flexible diplomacy –\nAfter the welcome, he left.", ["– Flexible diplomacy –", "After the welcome, he left."]),
    ("heading-glued", "U.S., EU CRITICISMVietnam’s hosting drew fire.", ["U.S., EU CRITICISM", "Vietnam’s hosting drew fire."]),
    ("acronym-plural", "NGOs and CEOs met. KFCs opened.", ["NGOs and CEOs met.", "KFCs opened."]),
    ("acronym-name", "JPMorgan rose.", ["JPMorgan rose."]),
    # odd input
    ("empty", "", []),
    ("white", " \n\t \n", []),
    ("only-dots", "...", ["..."]),
    ("url", "See https://example.com/a.b.html. Then leave.", ["See https://example.com/a.b.html.", "Then leave."]),
    ("email", "Write to jane.doe@example.org. She answers.", ["Write to jane.doe@example.org.", "She answers."]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=i) for i, t, e in CASES])
def test_case(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _fixture_cases(path: Path) -> list[object]:
    """Read cases written as a title line, ".", the input, ".", the expected sentences, "."."""
    lines = path.read_text(encoding="utf-8").split("\n")
    cases = []
    i = lines.index(".") - 1  # the first title: the lines before it are a comment
    while i + 1 < len(lines) and lines[i + 1] == ".":
        title = lines[i]
        end_input = lines.index(".", i + 2)
        end_expected = lines.index(".", end_input + 1)
        text = "\n".join(lines[i + 2 : end_input])
        cases.append(pytest.param(text, lines[end_input + 1 : end_expected], id=title))
        i = end_expected + 2  # past the blank line between cases
    return cases


@pytest.mark.parametrize(("text", "expected"), _fixture_cases(FIXTURES / "segment_web_and_news.txt"))
def test_fixture(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_fixture_file_is_read_whole() -> None:
    path = FIXTURES / "segment_web_and_news.txt"
    assert len(_fixture_cases(path)) == path.read_text(encoding="utf-8").count("\n.\n") // 3


def test_offsets_point_into_the_input() -> None:
    text = "  Hello there.  General Kenobi!\n\n  You are a bold one.  "
    sentences = split_sentences(text)
    assert [(s.start, s.end) for s in sentences] == [(2, 14), (16, 31), (35, 54)]


def test_rule_tables_are_named_and_ordered() -> None:
    names = [name for name, _ in PERIOD_RULES]
    assert len(names) == len(set(names))
    assert names[-1] == "default"
    assert all(isinstance(name, str) and doc for name, doc in SPLIT_RULES)


# --------------------------------------------------------------------------------------
# Skips


def test_skip_spans_are_left_out_and_are_hard_boundaries() -> None:
    text = "Putin arrived. Photo: AFP He met Lam."
    cut = text.index("Photo")
    skip = [Skip(cut, cut + len("Photo: AFP"), "photo_caption")]
    assert texts(text, skip=skip) == ["Putin arrived.", "He met Lam."]


def test_skip_splits_a_sentence() -> None:
    text = "date 2024-06-20 Headline here"
    assert texts(text, skip=[Skip(0, 15, "metadata")]) == ["Headline here"]


def test_skips_in_any_order_overlapping_or_out_of_bounds() -> None:
    text = "One. Two. Three. Four."
    skip = [Skip(10, 16, "b"), Skip(5, 12, "a"), Skip(20, 500, "c")]
    assert texts(text, skip=skip) == ["One.", "Fou"]


def test_skip_must_hold_skips() -> None:
    with pytest.raises(InvalidArgument, match="skip"):
        split_sentences("Hello.", skip=[(0, 3)])  # type: ignore[list-item]
    with pytest.raises(InvalidArgument, match="skip"):
        split_sentences("Hello.", skip=5)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [None, b"bytes", 3, ["a list"]])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgument, match="text") as info:
        split_sentences(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, ClaimdiffError) and isinstance(info.value, TypeError)


# --------------------------------------------------------------------------------------
# Gold: the seeds' expected sentences after cleaning


def _gold() -> dict[str, list[str]]:
    path = SHARED / "gold" / "seeds_sentences.json"
    if not path.is_file():
        pytest.skip(f"gold sentences not found at {path}")
    data: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def test_gold_seed_sentences() -> None:
    for stem, expected in _gold().items():
        text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
        got = texts(text, skip=clean(text).skips)
        missing = [e for e in expected if e not in got]
        assert not missing, f"{stem}: {missing}"
        assert got == expected, stem


def test_headings_in_seeds_are_their_own_units() -> None:
    got = set()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        got.update(texts(text, skip=clean(text).skips))
    for heading in ("– Flexible diplomacy –", "'Bamboo diplomacy'", "Concrete measures", "US, EU criticism",
                    "U.S., EU CRITICISM"):
        assert heading in got


# --------------------------------------------------------------------------------------
# Adversarial inputs: these must finish (linear time); no timing asserts.

ADVERSARIAL = [
    pytest.param("." * 100_000, id="100k-periods"),
    pytest.param(". " * 50_000, id="50k-spaced-periods"),
    pytest.param("U.S. " * 20_000, id="U.S.-x20000"),
    pytest.param("x" * 200_000, id="200k-line"),
    pytest.param("a.a" * 70_000, id="dotted-token"),
    pytest.param("Mr. " * 30_000, id="titles"),
    pytest.param("A" * 100_000 + "Bcd", id="caps-run"),
    pytest.param("(" * 50_000 + ")" * 50_000, id="brackets"),
    pytest.param("!”" * 50_000 + " A", id="closers"),
    pytest.param("1. a 2. b " * 10_000, id="list"),
    pytest.param("“Why?” " * 20_000, id="quotes"),
]


@pytest.mark.parametrize("text", ADVERSARIAL)
def test_adversarial_inputs_finish(text: str) -> None:
    sentences = split_sentences(text)
    assert all(text[s.start : s.end] == s.text for s in sentences)


# --------------------------------------------------------------------------------------
# Properties


def _check_partition(text: str, sentences: list, skips: list[tuple[int, int]]) -> None:
    position = 0
    covered = [0] * len(text)
    for s in sentences:
        assert text[s.start : s.end] == s.text
        assert s.text and s.text == s.text.strip()
        assert s.start >= position
        position = s.end
        for i in range(s.start, s.end):
            covered[i] += 1
    skipped = [False] * len(text)
    for start, end in skips:
        for i in range(start, min(end, len(text))):
            skipped[i] = True
    for i, char in enumerate(text):
        if skipped[i]:
            assert covered[i] == 0
        elif not char.isspace():
            assert covered[i] == 1, (i, char)


@given(any_text)
def test_any_text_partitions(text: str) -> None:
    _check_partition(text, split_sentences(text), [])


@given(newsy_text)
def test_newsy_text_partitions(text: str) -> None:
    _check_partition(text, split_sentences(text), [])


@given(st.data())
def test_skips_are_respected(data: st.DataObject) -> None:
    text = data.draw(newsy_text | any_text)
    bounds = st.integers(min_value=0, max_value=len(text) + 3)
    pairs = data.draw(st.lists(st.tuples(bounds, bounds), max_size=4))
    skips = [Skip(min(a, b), max(a, b), "test") for a, b in pairs]
    _check_partition(text, split_sentences(text, skip=skips), [(s.start, s.end) for s in skips])


@given(newsy_text)
def test_deterministic(text: str) -> None:
    assert split_sentences(text) == split_sentences(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plane landed at 2 a.m. Moscow time on Thursday.", ["The plane landed at 2 a.m. Moscow time on Thursday."]),
        ("The plane landed at 2 a.m. Putin was greeted by Lam.",
         ["The plane landed at 2 a.m.", "Putin was greeted by Lam."]),
        ("He spoke at the St. Petersburg forum. He left.", ["He spoke at the St. Petersburg forum.", "He left."]),
        ("Rep. Liz Cheney, R-Wyo., said no. Others agreed.", ["Rep. Liz Cheney, R-Wyo., said no.", "Others agreed."]),
        ("“Why?” President Putin asked. Lam smiled.", ["“Why?” President Putin asked.", "Lam smiled."]),
        ("The 9/11 attacks happened on Sept. 11, 2001. They changed policy.",
         ["The 9/11 attacks happened on Sept. 11, 2001.", "They changed policy."]),
    ],
)
def test_more_news_cases(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_other_scripts() -> None:
    assert texts("普京抵达河内。他会见了苏林！是吗？") == ["普京抵达河内。", "他会见了苏林！", "是吗？"]
    assert texts("هل وصل؟ نعم وصل.") == ["هل وصل؟", "نعم وصل."]
    assert texts("Путин прибыл в Ханой. Он встретился с То Ламом.") == [
        "Путин прибыл в Ханой.", "Он встретился с То Ламом."]


@given(newsy_text | any_text)
def test_clean_then_split_partitions(text: str) -> None:
    skips = clean(text).skips
    _check_partition(text, split_sentences(text, skip=skips), [(s.start, s.end) for s in skips])


@given(st.lists(st.sampled_from([
    " date 2024-06-20 Headline", "By Jane Doe", "3 minutes", "Photo: REUTERS/Jo Li", "Vietnam News",
    "Putin arrived.", "Mr. Lam said: “Welcome!” He smiled.", "bur-ah/pz", "\n", "\n\n", " ",
]), max_size=20).map("".join))
def test_clean_then_split_partitions_on_article_like_text(text: str) -> None:
    skips = clean(text).skips
    _check_partition(text, split_sentences(text, skip=skips), [(s.start, s.end) for s in skips])


# --------------------------------------------------------------------------------------
# Shortcuts: the verdict memo and the list item search must not change a sentence.

_MARK_PIECES = st.sampled_from([
    "U.S.", "U.S.A.", "a.m.", "p.m.", "Mr.", "Dr.", "No.", "p.", "Jan.", "Inc.", "Co.", "St.", "e.g.", "vs.",
    "etc.", "J.", "R.", "I.", "A.", "a.", "b.", "x.", "1.", "2.", "3.", "1)", "2)", "b)", "1.)", "02.", "98.", "٢.",
    "said", "said.", "asked.", "Putin", "Lam", "He", "The", "How", "and", "the", "time", "Moscow", "At", "at", "5",
    "Thursday", "EST", "?", "!", "?!", "...", "....", "…", ".", ". . .", ". . . .", "“", "”", "'", '"', "(", ")", "[",
    "]", "?”", ".”", '."', ".)", "…”", "“Why?”", "Mr.”", "•", "▪", "• 1.", "CRITICISMVietnam", "中国。", "؟", "x", "y",
    ":)", ":D", "<3", "^_^", "[4]", ".[4]", "[4][5]", "stay.Staff", "Yahoo!", "Ltd.", "D.C.", "Calif.", "Prof.", "sun.",
    "fine.", "then", "Analysts", "were", "-", "–", "“", "wrong.“", "(It", "ends.)", "...", "it.", "J.", "Arthur",
])
_LENGTH = st.integers(min_value=0, max_value=160)
#: Rules that read far: an attribution up to 160 characters on, "X time" 100 on, an initial's previous token.
_FAR_PIECES = st.one_of(
    st.builds("“Is it?” A{} B{} said.".format, _LENGTH.map("b".__mul__), _LENGTH.map("c".__mul__)),
    st.builds("at 5 a.m. M{} time".format, _LENGTH.map("o".__mul__)),
    st.builds("{} E. Smith".format, _LENGTH.map("Ab".__mul__) | _LENGTH.map("ab".__mul__)),
)
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\t", "\xa0", "\n", ""])
#: Text made of terminal marks in the contexts the rules look at.
marky_text = st.lists(st.tuples(_MARK_PIECES | _FAR_PIECES, _GAPS).map("".join), max_size=40).map("".join)
#: The same, repeated: what the memo is for.
repeated_text = st.tuples(marky_text, st.integers(min_value=2, max_value=40)).map(lambda pair: pair[0] * pair[1])


def _without_memo(text: str, skips: list[Skip] | tuple[Skip, ...] = ()) -> list:
    return segment._split(text, segment._check_skips(skips, len(text)), memo=False)


@given(st.one_of(marky_text, repeated_text, newsy_text, any_text, hostile_text()))
def test_memo_changes_no_sentence(text: str) -> None:
    assert split_sentences(text) == _without_memo(text)


@given(st.one_of(marky_text, repeated_text))
def test_memo_changes_no_sentence_when_it_forgets(text: str) -> None:
    with patch.object(segment, "_MEMO_SIZE", 2):
        assert split_sentences(text) == _without_memo(text)


def _corpora() -> list[str]:
    texts = [text for _, text, _ in CASES]
    texts += [param.values[0] for param in ADVERSARIAL]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    rules = SHARED / "bench" / "golden_rules_en.json"
    if rules.is_file():
        texts += [case["text"] for case in json.loads(rules.read_text(encoding="utf-8"))]
    return texts


def test_memo_changes_no_sentence_in_the_corpora() -> None:
    for text in _corpora():
        assert split_sentences(text) == _without_memo(text), text[:80]
        skips = clean(text).skips
        assert split_sentences(text, skip=skips) == _without_memo(text, skips), text[:80]


_LIST_PIECES = st.sampled_from([
    "1.", "2.", "3.", "4.", "01.", "02.", "002.", "10.", "11.", "12.", "99.", "97.", "98.", "a.", "b.", "c.", "B.",
    "C.", "1)", "2)", "3)", "1.)", "2.)", "b)", "c)", "•", "▪", "x.", "word", "2", "b", "(2.", "2.x", "12.3.",
])


@given(st.tuples(_LIST_PIECES, st.lists(st.tuples(_GAPS, _LIST_PIECES).map("".join), max_size=30)).map(
    lambda pair: pair[0] + "".join(pair[1])))
def test_list_item_search_agrees_with_reading_every_marker(block: str) -> None:
    first = layout._MARKER_RE.match(block)
    if first is not None:
        assert layout._search_items(block, first) == layout._scan_items(block, first)


@pytest.mark.parametrize("text", ["x. " * 50_000, "a. b. " * 30_000, "1. x. " * 30_000 + "2. end"])
def test_list_item_search_in_a_flood_of_markers(text: str) -> None:
    first = layout._MARKER_RE.match(text)
    assert first is not None
    assert layout._search_items(text, first) == layout._scan_items(text, first)


def test_memo_judges_a_repeated_mark_once() -> None:
    judged = []
    judge = segment._judge
    with patch.object(segment, "_judge", side_effect=lambda mark: judged.append(mark) or judge(mark)):
        sentences = split_sentences("U.S. " * 2000 + "\n" + "It was 5 a.m. " * 2000)
    assert len(sentences) == 2001
    assert len(judged) < 40  # 6000 marks, a few distinct keys each for the narrow and the wide memo
