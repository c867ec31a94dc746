"""Negation read in its scope and in words that negate in themselves, and the acts and states
that the second set of negation pairs asks for. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff.claims.negation import cue_scopes, inherent_negations
from claimdiff.claims.statements import find_assertions

OPENING = "The events took place in the town of Brackley this week. "


def negation_findings(a: str, b: str) -> list[str]:
    articles = [
        claimdiff.Article(source=s, text=OPENING + t, published=dt.date(2026, 5, 6)) for s, t in (("a", a), ("b", b))
    ]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies if d.kind.value == "negation"]


def test_a_cue_scope_runs_to_the_end_of_its_clause() -> None:
    assert cue_scopes("Nobody was injured after the lorry overturned.") == ["was injured"]
    assert cue_scopes("The council has not yet approved the budget for next year, officials said.") == [
        "yet approved the budget for next"
    ]
    assert cue_scopes("The bridge opened.") == []


def test_words_that_negate_in_themselves_are_counted_when_the_other_side_lacks_them() -> None:
    assert inherent_negations(["mayor", "absent", "meeting"], ["mayor", "attend", "meeting"]) == 1
    assert inherent_negations(["mayor", "absent"], ["mayor", "absent"]) == 0


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # the negated clause is one side's own: the other does not tell it
        (
            "Nobody was injured when a water main burst on Castle Street on Monday morning.",
            "A water main burst on Castle Street on Monday morning, the water company said.",
        ),
        # a word that negates in itself against a cue: the same polarity
        (
            "The chairman was absent from the board meeting on Friday.",
            "The chairman did not attend the board meeting on Friday.",
        ),
    ],
)
def test_near_copies_of_one_polarity_are_not_flagged(a: str, b: str) -> None:
    assert negation_findings(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The lorry driver did not stop after hitting the barrier on the bypass.",
            "The lorry driver stopped after hitting the barrier on the bypass.",
        ),
        (
            "The head teacher was present at the meeting with parents on Tuesday evening.",
            "The head teacher was absent from the meeting with parents on Tuesday evening.",
        ),
    ],
)
def test_near_copies_of_opposite_polarity_are_flagged(a: str, b: str) -> None:
    assert negation_findings(a, b)


def polarities(text: str, concept: str) -> list[str]:
    return [a.polarity.value for a in find_assertions(text) if a.predicate == concept]


@pytest.mark.parametrize(
    ("text", "concept", "polarity"),
    [
        # "neither ... nor" is one negation
        ("Neither the coach nor the captain attended the awards dinner.", "attend", "negated"),
        ("The coach did not resign, nor did he apologise.", "apologise", "negated"),
        # "ruled out" an act named by a noun: negated, and, as a refusal, it answers a plan of it
        ("The treasurer ruled out a rise in council tax next year.", "rise", "negated"),
        ("The governor ruled out any tax increases before the election.", "rise", "negated"),
        ("Investigators ruled out a link to the warehouse fire.", "link", "negated"),
        # a decision against an act
        ("The board decided against closing the Hexham branch.", "close", "negated"),
        ("The operator opted against raising fares this winter.", "rise", "negated"),
        # a plan dropped: its act is ruled out
        ("The retailer has shelved plans to open a store in Carlisle.", "open", "ruled-out"),
        ("The regulator threw out the proposal to raise water bills.", "rise", "ruled-out"),
        ("The club called off its bid to buy the stadium.", "acquire", "ruled-out"),
        ("Ministers scrapped their controversial plans to close the coastguard station.", "close", "ruled-out"),
        # a noun of a plan before "to" makes its act planned
        ("The proposal to close the library was put to a vote.", "close", "planned"),
        ("The drilling rig, which was scrapped, plans to close.", "close", "planned"),
    ],
)
def test_cues_of_the_second_negation_set(text: str, concept: str, polarity: str) -> None:
    assert polarity in polarities(text, concept)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The treasurer ruled out a rise in council tax at the meeting on Monday.",
            "The treasurer said council tax would go up, at the meeting on Monday.",
        ),
        (
            "The retailer has shelved plans to open a store in Carlisle. The site is on Botchergate.",
            "The site is on Botchergate. The retailer said it would open the store in Carlisle in May.",
        ),
        (
            "The bank decided against cutting interest rates on Thursday.",
            "The bank cut interest rates on Thursday.",
        ),
        (
            "Neither the coach nor the captain attended the awards dinner in Leeds.",
            "The captain attended the awards dinner in Leeds and collected a trophy.",
        ),
    ],
)
def test_a_plan_dropped_or_an_act_refused_meets_the_act(a: str, b: str) -> None:
    assert negation_findings(a, b)


def test_a_plan_ruled_out_in_other_words_agrees() -> None:
    assert negation_findings(
        "The treasurer ruled out a rise in council tax.", "The treasurer said council tax would not go up."
    ) == []


@pytest.mark.parametrize(
    ("text", "concept", "polarity"),
    [
        # states said by a form of "be", and the words that deny them
        ("The skipper was on board the trawler when it sank.", "aboard", "affirmed"),
        ("The skipper was not on board the trawler.", "aboard", "negated"),
        ("The cyclist wasn't insured, the court heard.", "insured", "negated"),
        ("The cyclist was uninsured, the court heard.", "insured", "negated"),
        ("The intruder was unarmed when officers arrived.", "armed", "negated"),
        ("The climber was still conscious when the helicopter landed.", "conscious", "affirmed"),
        ("The climber was unconscious when the helicopter landed.", "conscious", "negated"),
        ("The winger is fit to face Burnley on Saturday.", "fit", "affirmed"),
        ("The winger is unfit to face Burnley on Saturday.", "fit", "negated"),
        ("The library was open on Sunday afternoon.", "stay-open", "affirmed"),
        ("The bus driver was uninjured in the crash.", "injure", "negated"),
        # a test's result
        ("Three riders tested positive for the drug.", "test-positive", "affirmed"),
        ("None of the riders tested positive for the drug.", "test-positive", "negated"),
        ("All the riders tested negative for the drug.", "test-negative", "affirmed"),
        # acts named by these words
        ("The band never performed at the festival in Bath.", "participate", "negated"),
        ("The plant no longer manufactures tyres.", "produce", "negated"),
        ("The blaze was started deliberately, investigators said.", "start", "affirmed"),
        ("Two of the walkers needed hospital treatment.", "treat", "affirmed"),
    ],
)
def test_states_and_acts_of_the_second_negation_set(text: str, concept: str, polarity: str) -> None:
    assert polarity in polarities(text, concept)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sailed with 300 passengers on board.",  # no form of "be": no state told
        "Campaigners wrote an open letter to the council.",
        "The fit between the parts was tight.",
    ],
)
def test_state_words_without_a_form_of_be_tell_no_state(text: str) -> None:
    told = {a.predicate for a in find_assertions(text)}
    assert told.isdisjoint({"aboard", "stay-open", "fit"})


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        (
            "The skipper was on board the trawler when it sank off Whitby.",
            "The trawler sank off Whitby. The skipper was not on board at the time.",
            True,
        ),
        (
            "The cyclist was insured, the court heard. The collision happened in June.",
            "The collision happened in June. The court heard that the cyclist was uninsured.",
            True,
        ),
        (
            "Three riders tested positive for the drug after the stage, the team said.",
            "The team said the three riders tested negative for the drug after the stage.",
            True,
        ),
        (
            "The library on Church Street was open on Sunday, the council said.",
            "The council said the library on Church Street was closed on Sunday.",
            True,
        ),
        # one polarity in other words
        (
            "The intruder was unarmed when officers arrived at the house.",
            "The intruder was not armed when officers arrived at the house.",
            False,
        ),
        (
            "All the riders tested negative for the drug, the team said.",
            "The team said none of the riders had tested positive for the drug.",
            False,
        ),
    ],
)
def test_states_meet_their_denials(a: str, b: str, flagged: bool) -> None:
    assert bool(negation_findings(a, b)) is flagged


@pytest.mark.parametrize(
    ("text", "concept", "polarity"),
    [
        # "before" a time that bounds the event is no earlier time
        ("The lifeboat failed to reach the yacht before dark.", "reach", "negated"),
        ("The crews did not reach the farm before midnight.", "reach", "negated"),
    ],
)
def test_a_negation_bounded_by_a_time_of_the_event_is_read(text: str, concept: str, polarity: str) -> None:
    assert polarity in polarities(text, concept)


def test_a_sign_of_something_is_no_signature() -> None:
    assert polarities("There was no sign of the missing canoe.", "sign") == []
    assert polarities("The mayor did not sign the order.", "sign") == ["negated"]


def test_the_verb_of_a_cue_is_no_argument_of_its_act() -> None:
    (scored,) = [a for a in find_assertions("The winger failed to score against Hull.") if a.predicate == "score"]
    assert "fail" not in scored.arguments and "hull" in scored.arguments
    assert negation_findings(
        "The winger scored in the second half against Hull.", "The winger failed to score against Hull."
    )


@pytest.mark.parametrize(
    ("text", "concept", "polarity"),
    [
        ("The two men were released without charge.", "charge", "negated"),
        ("Firefighters were unable to save the chapel.", "rescue", "negated"),
        # a noun after "despite" is outside the negation before it
        ("The pool has not closed despite the cuts.", "fall", "affirmed"),
    ],
)
def test_without_a_noun_save_and_despite(text: str, concept: str, polarity: str) -> None:
    assert polarities(text, concept) == [polarity]


def test_the_object_inside_a_separable_phrase_is_an_argument() -> None:
    (convicted,) = [a for a in find_assertions("The jury found the courier guilty of fraud.") if a.predicate == "convict"]
    assert convicted.arguments[0] == "courier"
    assert negation_findings(
        "The jury found the courier guilty of fraud at Leeds Crown Court.",
        "The courier was acquitted of fraud at Leeds Crown Court.",
    )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "There were no survivors, the lifeboat crew said. The yacht sank off Lundy.",
            "The yacht sank off Lundy. Three sailors survived, the lifeboat crew said.",
        ),
        (
            "The food lorries never arrived in the valley, the charity said.",
            "The charity said the food lorries arrived in the valley on Tuesday.",
        ),
        (
            "The contractor failed to carry out the safety checks on the lift.",
            "The contractor carried out the safety checks on the lift in April.",
        ),
    ],
)
def test_survivors_arrivals_and_works_done_meet_their_denials(a: str, b: str) -> None:
    assert negation_findings(a, b)


def test_an_act_denied_of_nothing_but_its_own_phrase_is_said_of_the_whole_story() -> None:
    # "taken to hospital": its words say the act; the denial is of everyone in the story
    assert negation_findings(
        "A fire broke out at a hostel in Kirkby on Sunday. Fire crews said all 40 guests got out and no one was "
        "taken to hospital.",
        "Forty guests fled a fire at a hostel in Kirkby on Sunday. A cook was taken to hospital with burns, the "
        "ambulance service said.",
    )


def test_a_fire_that_broke_out_started() -> None:
    assert polarities("A fire broke out in the kitchen.", "start") == ["affirmed"]
    assert polarities("A fire broke out in the kitchen.", "violate") == []


@pytest.mark.parametrize(
    ("text", "concept", "told"),
    [
        # a participle after its noun, before the verb of its clause: done, not denied
        ("Neither of the two women detained at the airport has been charged.", "arrest", []),
        ("None of the jewellery stolen in the burglary has been recovered.", "recover", ["negated"]),
        # a past tense that is the verb of its clause is denied
        ("None of the cyclists tested positive after the race.", "test-positive", ["negated"]),
        ("No one hurt in the blast.", "injure", ["negated"]),
        # a dam or a main that burst gave way
        ("The dam did not burst, officials said.", "collapse", ["negated"]),
    ],
)
def test_participles_after_their_noun_and_bursts(text: str, concept: str, told: list[str]) -> None:
    assert polarities(text, concept) == told


def test_a_participle_after_its_noun_is_not_denied_by_the_clause() -> None:
    assert negation_findings(
        "Neither of the two women detained at the airport on Friday has been charged.",
        "The two women detained at the airport on Friday have not been charged.",
    ) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The van driver was over the limit, police said.", "Police said the van driver was under the limit."),
        ("The brewery made a profit last year, the company said.", "The company said the brewery made a loss last year."),
        (
            "The hospital said the climber's condition had improved overnight.",
            "The climber's condition worsened overnight, the hospital said.",
        ),
    ],
)
def test_opposite_states_and_results_are_flagged(a: str, b: str) -> None:
    assert negation_findings(a, b)


def test_a_change_is_told_of_its_holder() -> None:
    assert negation_findings(
        "Air quality in the city improved last year, the council said.",
        "Traffic in the city worsened last year, the council said.",
    ) == []


def test_a_negation_until_a_time_tells_when_not_whether() -> None:
    assert negation_findings(
        "The county council said the coast road would not reopen until Friday, when the repairs end.",
        "The county council said the coast road would reopen on Friday, when the repairs end.",
    ) == []
    assert negation_findings(
        "The county council said the coast road would not reopen this week, because of the repairs.",
        "The county council said the coast road would reopen this week, despite the repairs.",
    )


def test_an_act_denied_of_one_part_and_told_of_another_meets_only_its_part() -> None:
    assert negation_findings(
        "The trial found that the pill did not lower the risk of strokes, but it did cut the risk of falls in "
        "people over 70.",
        "The trial found that the pill cut the risk of falls in people over 70.",
    ) == []
    assert negation_findings(
        "The trial found that the pill did not lower the risk of strokes, but it did cut the risk of falls in "
        "people over 70.",
        "The trial found that the pill lowered the risk of strokes in people over 70.",
    )


@pytest.mark.parametrize(
    ("text", "polarities"),
    [
        ("Investigators have not yet established how the blaze started.", [("start", "affirmed")]),
        ("Police have not determined who fired the shots.", [("find", "negated"), ("use", "affirmed")]),
        ("The club would not say why the manager was sacked.", [("dismiss", "affirmed")]),
        ("Engineers could not confirm whether the dam failed.", [("confirm", "open"), ("fail", "open")]),
    ],
)
def test_a_question_after_a_verb_of_knowing_or_saying_takes_its_act_as_done(
    text: str, polarities: list[tuple[str, str]]
) -> None:
    got = [(a.predicate, a.polarity.value) for a in find_assertions(text)]
    assert [pair for pair in got if pair in polarities] == polarities


def test_not_knowing_how_it_happened_is_no_denial_that_it_happened() -> None:
    a = "Firefighters have not determined how the warehouse fire began."
    b = "The warehouse fire started shortly after midnight, firefighters said."
    assert negation_findings(a, b) == []
    assert negation_findings("The warehouse fire did not start in the kitchen.", "The warehouse fire started in the kitchen.")


@pytest.mark.parametrize(
    ("text", "polarities"),
    [
        ("The no-frills carrier scrapped 30 flights.", [("end", "affirmed")]),
        ("A no-deal budget was approved by the board.", [("approve", "affirmed")]),
        ("No-one was injured in the crash.", [("injure", "negated")]),
    ],
)
def test_a_negation_word_hyphened_to_the_next_is_a_compound_not_a_cue(
    text: str, polarities: list[tuple[str, str]]
) -> None:
    got = [(a.predicate, a.polarity.value) for a in find_assertions(text)]
    assert [pair for pair in got if pair in polarities] == polarities


def test_no_one_hyphened_is_nobody_not_a_count_of_one() -> None:
    assert [q.text for q in claimdiff.find_quantities("No-one was injured, and one car was towed.")] == ["one car"]
    assert negation_findings("The no-frills carrier scrapped 30 flights.", "The budget carrier scrapped 30 flights.") == []
