"""Claims: quotes, speakers, negation, and the claims an article yields."""

from __future__ import annotations

import pytest
from hypothesis import given

from claimdiff.claims import extract_claims, find_quotes, find_speaker, is_negated, speaker_key
from claimdiff.models import Article, ClaimKind
from claimdiff.segment import split_sentences
from claimdiff.text import clean

from .strategies import any_text, newsy_text


def quotes(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said “we are ready to talk” on Friday.", ["we are ready to talk"]),
        ('He said "we are ready to talk" and "we will win".', ["we are ready to talk", "we will win"]),
        ("Russia’s war and Putin’s visit.", []),
        ("It is a ‘bamboo diplomacy’ policy.", ["bamboo diplomacy"]),
        ("Hanoi is practicing its 'bamboo diplomacy', in which it tries", ["bamboo diplomacy"]),
        ("“I don’t think it’ll last,” he said.", ["I don’t think it’ll last"]),
        ("the so-called “ticker” word", []),
        ("an unclosed “quote that runs on", []),
        ("“one\n\nparagraph” break", []),
        # titles and names in quotation marks are no quotes; a chant in capitals is
        ('Fun fact: "The Lantern Keeper" runs three hours.', []),
        ("the documentary ‘Ten Days in the Life of a Port’ aired", []),
        ('Crowds chanted "NO MORE CUTS" outside.', ["NO MORE CUTS"]),
        ('She said "We Will Not Be Moved, ever."', ["We Will Not Be Moved, ever"]),
    ],
)
def test_find_quotes(text: str, expected: list[str]) -> None:
    assert quotes(text) == expected


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“We are ready,” Putin said.", "Putin"),
        ("“We are ready,” said Carlyle Thayer, emeritus professor at the academy.", "Carlyle Thayer"),
        ("“We are ready”, he claimed.", "he"),
        ("Putin was quoted as saying “we are ready” by Russian media.", "Putin"),
        ("“Russia matters,” the Russian president said after the meeting.", "the Russian president"),
        ("According to Putin, the two countries have “mutual interest”.", "Putin"),
        ("Vietnam also hopes to “boost defense cooperation,” To Lam said.", "To Lam"),
    ],
)
def test_find_speaker(sentence: str, speaker: str) -> None:
    spans = [(q.start, q.end) for q in find_quotes(sentence)]
    found = find_speaker(sentence, spans)
    assert found is not None
    words, start, end = found
    assert words == speaker and sentence[start:end] == words


def test_name_inside_the_quote_is_not_the_speaker() -> None:
    sentence = "“Putin said nothing new,” Hiebert said."
    spans = [(q.start, q.end) for q in find_quotes(sentence)]
    assert find_speaker(sentence, spans)[0] == "Hiebert"


@pytest.mark.parametrize(
    ("speaker", "key"),
    [("Putin", "putin"), ("President Vladimir Putin", "putin"), ("To Lam", "lam"), ("he", ""),
     ("the Russian president", ""), (None, "")],
)
def test_speaker_key(speaker: str | None, key: str) -> None:
    assert speaker_key(speaker) == key


@pytest.mark.parametrize(
    ("text", "negated"),
    [("They are not members.", True), ("Neither is a member.", True), ("It doesn’t matter.", True),
     ("No country should do it.", True), ("They signed the deal.", False), ("Nothingness is a word.", False)],
)
def test_is_negated(text: str, negated: bool) -> None:
    assert is_negated(text) is negated


def claims_of(text: str, source: str = "a"):
    art = Article(source=source, text=text)
    cleaning = clean(text)
    return extract_claims(art, split_sentences(text, skip=cleaning.skips), published=cleaning.published)


def test_claims_carry_exact_offsets_and_sentences() -> None:
    text = "The leaders signed 11 agreements on Thursday.\n\n“It is historic,” Lam said. They did not sign a pact."
    found = claims_of(text)
    assert found, "no claims"
    for c in found:
        assert text[c.start:c.end] == c.text
        assert c.sentence.start <= c.start and c.end <= c.sentence.end
        assert text[c.sentence.start:c.sentence.end] == c.sentence.text
    kinds = {c.kind for c in found}
    assert {ClaimKind.STATEMENT, ClaimKind.QUANTITY, ClaimKind.DATE, ClaimKind.QUOTE} <= kinds
    (q,) = [c for c in found if c.kind is ClaimKind.QUANTITY]
    assert q.text == "11 agreements" and q.key == "agreement"
    (quote,) = [c for c in found if c.kind is ClaimKind.QUOTE]
    assert quote.speaker == "Lam" and quote.key == "lam"
    assert [c.negated for c in found if c.kind is ClaimKind.STATEMENT] == [False, False, True]


def test_pronoun_speaker_falls_back_to_the_last_named_speaker() -> None:
    text = "“We are ready,” Putin said. “We have a shared interest in peace”, he claimed."
    speakers = [c.key for c in claims_of(text) if c.kind is ClaimKind.QUOTE]
    assert speakers == ["putin", "putin"]


def test_seed_claims(seed_texts: dict[str, str]) -> None:
    for source, text in seed_texts.items():
        for c in claims_of(text, source):
            assert text[c.start:c.end] == c.text
    reuters = claims_of(seed_texts["000_67dde2332e213a7d"])
    assert "11 agreements" in [c.text for c in reuters if c.kind is ClaimKind.QUANTITY]
    afp = claims_of(seed_texts["003_a62b60f1638a424a"])
    assert "a dozen agreements" in [c.text for c in afp if c.kind is ClaimKind.QUANTITY]


@given(any_text)
def test_never_raises_and_offsets_exact_on_any_text(text: str) -> None:
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text


@given(newsy_text)
def test_offsets_exact_on_newsy_text(text: str) -> None:
    for c in claims_of(text):
        assert text[c.start:c.end] == c.text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Bank of England raised rates.", ["Bank of England"]),
        ("Vietnam’s President To Lam met Putin.", ["Vietnam", "President To Lam", "Putin"]),
        ("They met on Monday in March in Hanoi.", ["Hanoi"]),
        ("But Smith said so.", ["Smith"]),
        ("the U.S. and the EU agreed", ["U.S.", "EU"]),
    ],
)
def test_find_entities(text: str, names: list[str]) -> None:
    from claimdiff.claims import find_entities

    assert [text[a:b] for a, b in find_entities(text)] == names


def test_entity_keys_fold_variants() -> None:
    from claimdiff.claims import entity_key

    assert entity_key("U.S.") == entity_key("US") == entity_key("United States")
    assert entity_key("the European Union") == entity_key("EU")
    assert entity_key("Kim Jong Un") == entity_key("Kim Jong-un")
    assert entity_key("Paris") != entity_key("Geneva")


def test_sentence_initial_word_is_a_name_only_if_capitalised_elsewhere() -> None:
    heading = [c.text for c in claims_of("Flexible diplomacy\nThe plan is flexible.") if c.kind is ClaimKind.ENTITY]
    assert heading == []
    named = [c.text for c in claims_of("Smith arrived.\nThey met Smith later.") if c.kind is ClaimKind.ENTITY]
    assert named == ["Smith", "Smith"]
    surname = [c.text for c in claims_of("Dana Okafor joined in May. Okafor scored twice.") if c.kind is ClaimKind.ENTITY]
    assert surname == ["Dana Okafor", "Okafor"]
