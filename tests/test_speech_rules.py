"""Who said what, in short phrases and through spokespeople: rules worked out on the
``probe8_speech`` stories, tested with example sentences written for these tests."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff._quotewording import one_word_apart, swap_masks
from claimdiff.claims import find_quotes
from claimdiff.claims.quotes import find_speaker_rule
from claimdiff.claims.sources import same_source

OPENING = "A gas leak closed the market hall in Brodny on Monday. "


def _found(a: str, b: str) -> list[str]:
    articles = [claimdiff.Article(source=s, text=OPENING + t) for s, t in (("one", a), ("two", b))]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies]


def _speaker(sentence: str) -> str | None:
    found = find_speaker_rule(sentence, [(q.start, q.end) for q in find_quotes(sentence)])
    return None if found is None else found[0]


# --- short phrases with one word swapped ---------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("deeply worrying", "deeply reassuring", True),
        ("a real setback", "a real success", True),
        ("Totally unacceptable", "totally understandable", True),
        ("a setback", "a success", False),  # only an article shared: two things said
        ("deeply worrying", "deeply worrying", False),
        ("we apologise", "we apologize", False),  # a spelling
        ("deeply worrying", "worrying and sad", False),
        ("far too slow for the town", "far too fast for the town", False),  # longer: the overlap test's
    ],
)
def test_one_word_apart(a: str, b: str, apart: bool) -> None:
    assert one_word_apart(a, b) is apart


def test_swap_masks_meet_phrases_one_word_apart() -> None:
    assert set(swap_masks("deeply worrying")) & set(swap_masks("deeply reassuring")) == {("deeply", "")}
    assert swap_masks("worrying") == [] and swap_masks("one two three four five") == []


def test_a_short_phrase_of_one_speaker_with_a_word_swapped_is_a_quote_finding() -> None:
    a = 'Fire officer Lena Dorsch, who led the crews, called the damage "fairly minor".'
    b = 'The fire officer in charge, Lena Dorsch, described the damage as "fairly extensive".'
    found = _found(a, b)
    assert any(line.startswith("quote") and "minor" in line and "extensive" in line for line in found), found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two speakers: not one phrase reworded
        ('Fire officer Lena Dorsch called the damage "fairly minor".',
         'Stallholder Piet Anker called the damage "fairly extensive".'),
        # one source gives both phrases: two things said, not one reworded
        ('Lena Dorsch called the damage "fairly minor". Lena Dorsch called the clean-up "fairly extensive".',
         'Lena Dorsch described the clean-up as "fairly extensive".'),
    ],
)
def test_short_phrases_of_two_speakers_or_both_in_one_source_are_no_quote_finding(a: str, b: str) -> None:
    assert not any(line.startswith("quote") for line in _found(a, b))


# --- who speaks ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verb that characterises gives the speaker set off by an apposition, as a verb of saying does
        ('Lena Dorsch, the fire officer in charge, called the damage "fairly minor".', "Lena Dorsch"),
        ('The fire officer in charge, Lena Dorsch, described the damage as "fairly minor".', "Lena Dorsch"),
        # a spokesperson for someone is the speaker, not the one they speak for
        ('A spokesman for the mayor said: "The hall will reopen on Friday."', "A spokesman for the mayor"),
        ('An aide to Mayor Ilse Brandt told reporters: "The hall will reopen on Friday."', "An aide to Mayor Ilse Brandt"),
        ('Mayor Ilse Brandt said: "The hall will reopen on Friday."', "Mayor Ilse Brandt"),
    ],
)
def test_speakers_of_characterised_and_spokesperson_quotes(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        # a name beside any description names the source
        ("One stallholder, Piet Anker", "Piet Anker, who has sold fish there for 30 years", True),
        ("Ilse Brandt, the mayor's spokeswoman", "Brandt, Kessler's spokeswoman", True),
        # an unnamed spokesperson may be the named one of the same office
        ("Brandt, Kessler's spokeswoman", "a spokeswoman for the mayor", None),
        ("Ilse Brandt, the mayor's spokeswoman", "a spokeswoman for the mayor", True),
        # two names beside their descriptions are two people
        ("Piet Anker, a stallholder", "Rosa Vey, a stallholder", False),
        ("Ilse Brandt, the mayor's spokeswoman", "Kai Rook, the mayor's spokesman", False),
    ],
)
def test_same_source_by_apposed_names_and_unnamed_spokespeople(a: str, b: str, same: bool | None) -> None:
    assert same_source(a, b) is same


def test_a_quote_and_its_paraphrase_by_one_person_described_two_ways_is_no_finding() -> None:
    a = "Another stallholder, Piet Anker, said the smell of gas had been there for days."
    b = 'Piet Anker, who has sold fish in the hall for 30 years, said: "The smell of gas had been there for days."'
    assert not any(line.startswith("attribution") for line in _found(a, b))


def test_a_named_spokeswoman_and_a_spokeswoman_for_her_principal_are_no_finding() -> None:
    a = 'Ilse Brandt, the mayor\'s spokeswoman, said: "The hall will reopen on Friday."'
    b = 'A spokeswoman for the mayor said: "The hall will reopen on Friday."'
    assert not any(line.startswith("attribution") for line in _found(a, b))


def test_a_spokeswoman_and_her_principal_are_still_two_speakers() -> None:
    a = '"The hall will reopen on Friday," said council spokeswoman Ilse Brandt.'
    b = '"The hall will reopen on Friday," Mayor Otto Kessler told reporters.'
    assert any(line.startswith("attribution") for line in _found(a, b))


# --- words of opposite sense inside a long quote -------------------------------------------

LONG = "{} the plan to move the market into the old tram depot while the hall is repaired,"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("We support", "We oppose"),
        ("Traders have accepted", "Traders have rejected"),
        ("The council has approved", "The council has blocked"),
        ("We welcomed", "We condemned"),
        ("The union won the vote on", "The union lost the vote on"),
    ],
)
def test_words_of_opposite_sense_in_a_long_quote_are_a_quote_finding(one: str, other: str) -> None:
    a = f'"{LONG.format(one)}" market manager Rosa Vey said.'
    b = f'"{LONG.format(other)}" market manager Rosa Vey told reporters.'
    found = _found(a, b)
    assert any(line.startswith("quote") for line in found), found


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("We support", "We back"),  # one side of one axis
        ("We support", "We strongly support"),
        ("Traders have accepted", "Traders have welcomed"),
    ],
)
def test_words_of_one_sense_in_a_long_quote_are_no_finding(one: str, other: str) -> None:
    a = f'"{LONG.format(one)}" market manager Rosa Vey said.'
    b = f'"{LONG.format(other)}" market manager Rosa Vey told reporters.'
    assert not any(line.startswith(("quote", "attribution")) for line in _found(a, b))


# --- a name beside its description against a one-word body --------------------------------


@pytest.mark.parametrize(
    ("named", "flagged"),
    [
        ("The regional governor, Ilse Marr,", True),  # a body and a named official of another
        ("Amina Sow, Unicef's regional director,", False),  # a body and its named director: one source
    ],
)
def test_a_one_word_body_against_a_name_beside_its_description(named: str, flagged: bool) -> None:
    told = "said the trucks had been held at the Kessin crossing for four days."
    assert any(line.startswith("attribution") for line in _found(f"Unicef {told}", f"{named} {told}")) is flagged


# --- nearly the same words, another speaker; listeners after "told" --------------------------


@pytest.mark.parametrize(
    ("mayor", "deputy", "flagged"),
    [
        ("have been badly let down", "have been let down", True),  # nearly the same words
        ("have been let down", "have not been let down", False),  # a negation apart: other words
    ],
)
def test_nearly_the_same_quote_from_two_speakers_is_an_attribution_finding(mayor: str, deputy: str, flagged: bool) -> None:
    a = f'"The stallholders {mayor} by this council," said the mayor, Ilse Brandt.'
    b = f'"The stallholders {deputy} by this council," her deputy, Otto Kessler, said.'
    assert any(line.startswith("attribution") for line in _found(a, b)) is flagged


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The mayor told reporters that the hall would reopen on Friday.", "the hall would reopen on Friday"),
        ("The mayor told the Brodny Courier the hall would reopen on Friday.", "the hall would reopen on Friday"),
        ("The mayor told Reuters the hall would reopen on Friday.", "the hall would reopen on Friday"),
        ("The mayor told the court the hall had been safe.", "the hall had been safe"),
        ("The mayor told traders the hall would reopen on Friday.", "traders the hall would reopen on Friday"),
    ],
)
def test_the_listener_of_told_is_not_what_is_told(sentence: str, content: str) -> None:
    from claimdiff.claims.sources import credit

    found = credit(sentence)
    assert found is not None and found.content == content


@pytest.mark.parametrize(
    ("speaker", "flagged"),
    [
        ("The fire officer", True),  # one office: one speaker
        ("A stallholder", False),  # someone new each time: no one in particular
    ],
)
def test_a_short_phrase_of_a_described_speaker_with_a_word_swapped(speaker: str, flagged: bool) -> None:
    a = f"{speaker} said the damage was 'fairly minor'."
    b = f'{speaker} said the damage was "fairly extensive".'
    assert any(line.startswith("quote") for line in _found(a, b)) is flagged


@pytest.mark.parametrize(("one", "other"), [("stay", "go"), ("remain", "leave")])
def test_staying_and_going_are_of_opposite_sense(one: str, other: str) -> None:
    a = f'"We have always said, and we say again today, that the market will {one} in the old hall," Vey said.'
    b = f'"We have always said, and we say again today, that the market will {other} the old hall," Vey said.'
    assert any(line.startswith("quote") for line in _found(a, b))


@pytest.mark.parametrize(
    ("named", "office", "flagged"),
    [
        ("Police chief Omar Diallo", "The mayor", True),  # a named speaker given another office
        ("Deputy mayor Omar Diallo", "The mayor", True),  # a rank makes another office
        ("Mayor Omar Diallo", "The mayor", False),  # the office the named speaker holds
        ("Omar Diallo, the mayor,", "The mayor", False),
        ("Omar Diallo, the mayor's spokesman,", "A spokesman for the mayor", False),  # not the mayor
    ],
)
def test_a_named_speaker_s_office_against_an_office_quoted_elsewhere(named: str, office: str, flagged: bool) -> None:
    a = f'{named} described the gas leak as "a disaster that was waiting to happen".'
    b = f'{office} described the gas leak as "a disaster that was waiting to happen".'
    assert any(line.startswith("attribution") for line in _found(a, b)) is flagged


def test_a_pronoun_does_not_stand_for_the_object_of_a_preposition_before_it() -> None:
    from claimdiff.pipeline import analyse

    text = (
        "Mayor Ilse Brandt resigned on Monday.\n\n"
        'In a letter to council leader Otto Kessler, she wrote that she was leaving "so the inquiry can work in peace".'
    )
    speakers = [c.speaker for c in analyse(claimdiff.Article(source="one", text=text)) if c.kind.value == "quote"]
    assert speakers == ["Ilse Brandt"]
