"""Negations told across outlets in other words and other sentences: acts of general news
vocabulary (recommending, sharing, carrying, an alarm sounding, marrying, insurance, being at a
news conference, hospital treatment, handing in one's notice, a vote not cast), names inside a
phrase ("taken to Inverbrae hospital"), and who a sentence that opens with "he", "she", "his" or
"her" is about. Every sentence here is written for this file."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.claims.references import find_references
from claimdiff.claims.statements import find_assertions
from claimdiff.segment import split_sentences


def negations(first: str, second: str) -> list[str]:
    report = claimdiff.compare([claimdiff.Article(source="a", text=first), claimdiff.Article(source="b", text=second)])
    return [d.kind.value for d in report.discrepancies if d.kind.value == "negation"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # an act of general news vocabulary, affirmed in one outlet and negated in another
        ("The club's directors recommended the takeover offer to members.",
         "The club's directors never recommended the takeover offer."),
        ("The developer shared its plans for the harbour site with residents on Tuesday.",
         "The developer has not shared its plans for the harbour site with residents."),
        ("The climber was carrying an emergency radio when she fell.",
         "The climber was not carrying an emergency radio."),
        ("The jockey was wearing a body protector at the time of the fall.",
         "The jockey was not wearing a body protector."),
        ("The smoke alarm in the flat sounded at 3am, neighbours said.",
         "The smoke alarm in the flat never went off, neighbours said."),
        ("The actor Tom Reyes married his partner Lena Ruiz in Seville on Friday.",
         "The actor Tom Reyes has not married his partner Lena Ruiz, a friend said."),
        ("The stolen sculpture carried no insurance, the museum admitted.",
         "The stolen sculpture was insured, the museum said."),
        # a phrase of being there against a negated attendance
        ("Finance minister Carla Osei told a news conference in the capital that talks had stalled.",
         "Finance minister Carla Osei did not attend the news conference in the capital."),
        # handing in one's notice is resigning
        ("Headmaster Paul Grady handed in his notice on Monday.",
         "Headmaster Paul Grady said he had no intention of stepping down."),
    ],
)
def test_an_act_told_in_other_words_meets_its_negation(first: str, second: str) -> None:
    assert negations(first, second) == ["negation"]
    assert negations(second, first) == ["negation"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one polarity, told two ways
        ("The smoke alarm in the flat never went off.", "The smoke alarm in the flat failed to sound."),
        ("The climber was not carrying an emergency radio.", "The climber had no emergency radio with her."),
        ("The developer has not shared its plans for the harbour.", "The developer has kept its plans for the harbour to itself."),
        ("The couple married in Seville on Friday.", "The couple tied the knot in Seville on Friday."),
    ],
)
def test_one_polarity_in_other_words_is_no_negation(first: str, second: str) -> None:
    assert negations(first, second) == []


def test_a_name_may_stand_inside_a_phrase() -> None:
    text = "The driver was taken to Kelvin Royal hospital."
    [act] = [a for a in find_assertions(text) if a.predicate == "hospitalise"]
    assert text[act.start : act.end] == "taken to Kelvin Royal hospital"
    # a name of three words is read no further
    assert not [a for a in find_assertions("He was taken to Kelvin Royal Park hospital.") if a.predicate == "hospitalise"]


def test_hospital_treatment_not_needed_answers_a_trip_to_hospital() -> None:
    first = "Rescuers found Ms Ana Cole on the ridge on Sunday.\n\nMs Cole was taken to Dunvale hospital with a broken leg."
    second = "Walker Ana Cole was found by rescuers on Sunday. She did not need hospital treatment."
    assert negations(first, second) == ["negation"]


def test_a_paragraph_still_bounds_who_he_or_she_stands_for() -> None:
    # a finding must not hang on the order of paragraphs, so the look back stops at a break
    text = "Mayor Derek Hollis chaired the meeting.\n\nHe did not vote."
    assert find_references(text, split_sentences(text), for_acts=True)[1] is None
    text = "Mayor Derek Hollis chaired the meeting. He did not vote."
    ref = find_references(text, split_sentences(text), for_acts=True)[1]
    assert ref is not None and ref.antecedent == "Mayor Derek Hollis"


def test_a_lone_surname_names_a_person_the_article_names_in_full() -> None:
    text = "Sprinter Elena Varga was banned on Tuesday.\n\nAt the hearing, Varga spoke by video link. She admitted it."
    refs = find_references(text, split_sentences(text), for_acts=True)
    assert refs[-1] is not None and refs[-1].antecedent == "Varga"


def test_his_or_her_before_someone_close_is_about_another_person() -> None:
    text = "Aled Morgan died on the hill. His walking partner was found alive."
    assert find_references(text, split_sentences(text), for_acts=True)[1] is None
    text = "Aled Morgan was banned. His lawyers have lodged an appeal."
    ref = find_references(text, split_sentences(text), for_acts=True)[1]
    assert ref is not None and ref.antecedent == "Aled Morgan"


def test_a_vote_not_cast_answers_a_vote_for_a_motion() -> None:
    first = "Mayor Derek Hollis voted in favour of the closure of the library."
    second = "The library closure was approved by councillors. Mayor Derek Hollis chaired the meeting. He did not vote."
    assert negations(first, second) == ["negation"]


def test_a_vote_not_cast_by_one_person_is_no_answer_to_another_persons_vote() -> None:
    first = "Councillor Ann Brook voted in favour of the library budget."
    second = "Mayor Derek Hollis chaired the meeting. He did not vote on the library budget."
    assert negations(first, second) == []
    same = "Mayor Derek Hollis voted in favour of the library budget."
    assert negations(same, second) == ["negation"]


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("The couple asked guests to give to Doctors Without Borders instead of buying gifts.", "buying"),
        ("The Not Forgotten Association welcomed the decision.", "welcomed"),
        ("Members of Never Again Kelso handed out leaflets at the meeting.", "meeting"),
        ("No Frills Air confirmed the delay. The jet was operated by No Frills Air.", "confirmed"),
    ],
)
def test_a_negation_word_inside_a_name_negates_nothing(text: str, act: str) -> None:
    found = {text[a.start : a.end]: a.polarity.value for a in find_assertions(text)}
    assert found[act] == "affirmed"


@pytest.mark.parametrize(
    "text",
    [
        "No British troops were hurt. The base was run by British forces.",  # "No" never a name here
        "The jet was operated by No Frills Air. No Frills Air has not confirmed the delay.",
        "Police said no arrests were made.",
    ],
)
def test_a_negation_word_outside_a_name_still_negates(text: str) -> None:
    assert any(a.polarity.value != "affirmed" for a in find_assertions(text))


def test_a_charity_named_with_without_is_no_denial_across_outlets() -> None:
    first = "Instead of gifts, the couple asked guests to donate to Doctors Without Borders."
    second = "The couple asked guests to give to Doctors Without Borders rather than buy presents."
    assert negations(first, second) == []


def test_what_a_condition_supposes_is_no_claim() -> None:
    text = "The ban could be lifted if the second test did not confirm the first."
    assert [a.predicate for a in find_assertions(text)] == ["ban", "lift"]
    # "if" after a word of asking opens a question, left open as before
    asked = "Asked if he would resign, the mayor said nothing."
    assert [(a.predicate, a.polarity.value) for a in find_assertions(asked)] == [("resign", "open")]


def test_a_condition_is_no_denial_across_outlets() -> None:
    first = "The second laboratory confirmed the result on Friday."
    second = "Her ban will be lifted if the second laboratory did not confirm the result."
    assert negations(first, second) == []


def test_once_before_a_determiner_opens_a_clause_of_time() -> None:
    text = "The firm will no longer be listed in London once the sale completes."
    found = {a.predicate: a.polarity.value for a in find_assertions(text)}
    assert found["sell"] == "affirmed"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Engineers' letters show the port authority was warned about the corroded cranes in 2024.",
         "The port authority said it had received no warnings before the crane fell."),
        ("The trust held a month-long consultation with patients last spring, a spokesman said.",
         "Campaigners were angry that no consultation with patients took place before the decision."),
    ],
)
def test_an_act_done_to_someone_meets_its_negation_on_who(first: str, second: str) -> None:
    assert negations(first, second) == ["negation"]


def test_an_act_done_to_someone_else_is_another_act() -> None:
    first = "The trust held a month-long consultation with patients last spring."
    second = "Campaigners were angry that no consultation with nurses took place before the decision."
    assert negations(first, second) == []
