"""States kept against the acts that end them, refusals and withdrawals, and opposite acts
told of their doer. The sentences are made up for these tests."""

from __future__ import annotations

import pytest

import claimdiff
from claimdiff.claims.statements import concept_of, find_assertions


def concepts(text: str) -> list[tuple[str, str, str]]:
    """(span, concept, polarity) of each assertion of ``text``."""
    return [(text[a.start : a.end], a.predicate, a.polarity.value) for a in find_assertions(text)]


def findings(first: str, second: str) -> list[tuple[str, str]]:
    report = claimdiff.compare([claimdiff.Article(source="a", text=first), claimdiff.Article(source="b", text=second)])
    return [(d.kind.value, d.reason) for d in report.discrepancies]


@pytest.mark.parametrize(
    ("text", "span", "concept"),
    [
        # acts held back did not happen
        ("The minister stopped short of confirming the closure.", "stopped short of confirming", "confirm/open"),
        ("The senator abstained from voting on the bill.", "abstained from voting", "vote/negated"),
        ("The club held off on signing the striker.", "held off on signing", "sign/negated"),
        ("The regulator refrained from approving the merger.", "refrained from approving", "approve/negated"),
        ("The minister rejected calls to resign.", "rejected calls to resign", "resign/negated"),
        ("The mayor defied calls to step down.", "defied calls to step down", "resign/negated"),
        ("The takeover is still awaiting regulatory approval.", "awaiting regulatory approval", "approve/open"),
        ("The firm has ruled out job cuts.", "has ruled out job cuts", "fall/negated"),
        # coming out whole is told, not avoided; an injury escaped is avoided
        ("The cyclist escaped unhurt.", "unhurt", "survive"),
        ("The cyclist escaped unscathed.", "unscathed", "survive"),
        ("The cyclist escaped injury.", "escaped injury", "injure/negated"),
        # states kept
        ("The palace has remained silent on the engagement.", "remained silent on", "stay-silent"),
        ("The winger remains sidelined with a calf strain.", "remains sidelined", "stay-sidelined"),
        ("The new wing is still under construction.", "still under construction", "stay-unbuilt"),
        ("Half the fee remains outstanding.", "remains outstanding", "stay-unpaid"),
        ("The treaty remains unsigned.", "remains unsigned", "stay-unsigned"),
        ("The land dispute remains unresolved.", "remains unresolved", "stay-unresolved"),
        ("The seat has remained vacant since May.", "remained vacant", "stay-vacant"),
        ("The trader was denied bail.", "denied bail", "stay-detained"),
        ("The teenager has been missing since Sunday.", "been missing", "stay-missing"),
        ("The pier has been closed since the storm.", "been closed", "stay-closed"),
        ("Divers are still searching for two anglers.", "still searching for", "stay-missing"),
        ("Police are still hunting the gunman.", "still hunting", "stay-at-large"),
        ("The motorway is still closed after the pile-up.", "still closed", "stay-closed"),
        ("The old pier has remained shut since March.", "remained shut", "stay-closed"),
        ("Both ferries stayed in service all winter.", "stayed in service", "stay-open"),
        ("The reporter continues to be held in the capital.", "continues to be held", "stay-detained"),
        ("Four suspects are still being held by police.", "still being held", "stay-detained"),
        ("The banker remains in police custody.", "remains in police custody", "stay-detained"),
        ("Two climbers remain unaccounted for.", "remain unaccounted for", "stay-missing"),
        ("The inmate is still on the run.", "still on the run", "stay-at-large"),
        ("Some villages are still without running water.", "still without running water", "stay-without-power"),
        ("The boxer remains in intensive care.", "remains in intensive care", "stay-in-hospital"),
        ("Rail services remained at a standstill.", "remained at a standstill", "stay-suspended"),
        ("The sect remains outlawed in the region.", "remains outlawed", "stay-banned"),
        ("Dozens of drivers are still stranded on the pass.", "still stranded", "stay-trapped"),
        ("The chief executive stayed on as chairman.", "stayed on", "stay-in-office"),
        ("The nurses remain on strike.", "remain on strike", "stay-on-strike"),
        ("The curfew remains firmly in force.", "remains firmly in force", "continue"),
        ("Guards kept the main gates closed.", "kept the main gates closed", "stay-closed"),
        ("The trawler stayed afloat overnight.", "stayed afloat", "stay-afloat"),
        ("It's still closed, the council said.", "still closed", "stay-closed"),
        ("He\u2019s still missing, his family said.", "still missing", "stay-missing"),
        ("The forest fire is still burning out of control.", "still burning", "stay-burning"),
        ("The inquiry into the collapse is still ongoing.", "still ongoing", "stay-ongoing"),
        ("The chapel tower is still standing.", "still standing", "stay-standing"),
        ("The corner shop is still trading.", "still trading", "stay-open"),
    ],
)
def test_a_state_kept_or_an_act_held_back_is_read_however_it_is_told(text: str, span: str, concept: str) -> None:
    concept, _, polarity = concept.partition("/")
    assert (span, concept, polarity or "affirmed") in concepts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The talks stayed on track.",  # "on" before a course is no office kept
        "He stayed on the island for a week.",
        "Prices continued to rise.",  # "continue" keeps a state only with "to be"
        "She still works at the firm.",
        "The plant remains a major employer.",
        "The pier has been closed.",  # the act of closing, not a state kept "since"
        "During his stay in hospital, he wrote a memoir.",  # "stay" as a noun
        "The patient's stay in hospital was short.",
    ],
)
def test_what_is_no_state_kept(text: str) -> None:
    assert not [c for _, c, _ in concepts(text) if c.startswith("stay-")]


@pytest.mark.parametrize(
    ("text", "concept", "absent"),
    [
        ("The missing climber was found.", "find", "skip"),  # "missing" is an adjective
        ("The escaped prisoner was caught by police.", "arrest", ""),  # "escaped" no "escaped injury"
        ("The premier missed the summit in Oslo.", "skip", ""),
        ("Police caught the fugitive near Leeds.", "arrest", ""),
        ("The former clerk confessed to the theft.", "admit", ""),
        ("The treasurer was dismissed from her post.", "dismiss", "reject"),
        ("The author declined the invitation.", "reject", "fall"),
        ("The sprinter pulled out of the final.", "withdraw", ""),
        ("The union took part in the talks.", "participate", ""),
        ("The envoy stayed away from the ceremony.", "skip", ""),
        ("The suspect handed himself in to police.", "surrender", ""),
        ("The two sailors were set free.", "release", ""),
        ("Power was restored to the valley.", "restore", ""),
        ("The fund manager was granted bail.", "release", "approve"),
        ("The fund manager was remanded in custody.", "stay-detained", ""),
        ("The second escapee was back behind bars by dawn.", "arrest", ""),
        ("The midfielder sat out the derby.", "skip", ""),
        ("Three councillors were absent from the vote.", "skip", ""),
        ("The mayor was present at the opening.", "attend", ""),
        ("The skier was found alive under the snow.", "survive", ""),
        ("The skier was found dead under the snow.", "die", ""),
        ("Regulators blocked the takeover of the brewer.", "reject", ""),
        ("The medicines agency cleared the vaccine.", "approve", ""),
        ("The union said no to the pay offer.", "reject", ""),
        ("The board rebuffed the bid.", "reject", ""),
        ("The mayor turned up at the funeral.", "attend", ""),
        ("The defender was ruled out of the final with a knee injury.", "skip", ""),
        ("Both sides honoured the truce.", "comply", ""),
        ("The rebels abided by the truce.", "comply", ""),
        ("The holders crashed out of the cup.", "eliminate", "crash"),
        ("The holders were eliminated from the cup.", "eliminate", ""),
        ("Crews put out the blaze by noon.", "extinguish", ""),
        ("The wildfire was brought under control.", "extinguish", ""),
        ("The general was overthrown in a coup.", "dismiss", ""),
        ("Two inmates broke out of the jail.", "escape", ""),
        ("The striker was left out of the squad.", "exclude", ""),
        ("No group has claimed responsibility for the blast.", "claim-responsibility", ""),
        ("The council took responsibility for the failings.", "admit", ""),
        ("The airline apologised to passengers.", "apologise", ""),
        ("Two people were taken to hospital.", "hospitalise", ""),
        ("The device did not detonate.", "crash", ""),
        ("The gunman fled the scene.", "leave", ""),
        ("The striker was dropped from the squad.", "exclude", "fall"),
        ("The striker was named in the squad.", "include", ""),
        ("The veteran was recalled to the side.", "include", "recall"),
        ("The inmate escaped from the prison.", "escape", ""),
        ("The tram line was back open by noon.", "open", ""),
        ("The website was back online by noon.", "restore", ""),
        ("The veteran played in the final.", "participate", ""),
        ("The minister played down the risk.", "downplay", "participate"),
        ("The holders were knocked out of the cup.", "eliminate", "affect"),
        ("The union walked out of the talks.", "withdraw", ""),
        ("The council pressed ahead with the bypass.", "continue", ""),
        ("The bypass plan was shelved.", "cancel", ""),
        ("The bypass was put on hold.", "cancel", ""),
    ],
)
def test_acts_of_the_new_vocabulary(text: str, concept: str, absent: str) -> None:
    found = [c for _, c, _ in concepts(text)]
    assert concept in found
    assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        "The striker missed the target.", "The barn caught fire.", "Sales declined in May.", "Protesters blocked the road.",
        "It is not clear whether the deal will go ahead.", "Crews cleared the road.", "The play opened on Friday.",
        "Shares dropped from the peak.",
    ],
)
def test_words_of_other_senses_are_no_such_act(text: str) -> None:
    assert not {c for _, c, _ in concepts(text)} & {"skip", "arrest", "reject", "approve", "participate", "exclude"}


def test_a_word_of_sense_is_read_beside_its_context() -> None:
    assert concept_of("missed") == ("skip", "miss")  # the lemma is read; its sense beside the text


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The tunnel is still closed to lorries.", "The tunnel reopened to lorries on Friday."),
        ("The cameraman remains in custody in the capital.", "The cameraman was released in the capital."),
        ("The teenager is still missing in the hills.", "The teenager was found in the hills."),
        ("The armed robber is still at large.", "The armed robber was recaptured."),
        ("Most of the town is still without electricity.", "Electricity was restored to most of the town."),
        ("The goalkeeper remains in hospital after the clash.", "The goalkeeper was discharged after the clash."),
        ("Train services remain suspended on the coast line.", "Train services resumed on the coast line."),
        ("The pesticide remains banned in the union.", "The pesticide was approved in the union."),
        ("The sailors are still trapped in the hull.", "The sailors were rescued from the hull."),
        ("The Norwegian team withdrew from the relay.", "The Norwegian team competed in the relay."),
        ("The governor boycotted the inauguration.", "The governor attended the inauguration."),
        ("The treasurer confessed to the fraud.", "The treasurer denied the fraud."),
        ("The senator rejected the pact.", "The senator signed the pact."),
        ("The holder retained his title in Vienna.", "The holder lost his title in Vienna."),
        ("The bishop resigned from the synod.", "The bishop was dismissed from the synod."),
        ("The skier was found alive under the snow.", "The skier was found dead under the snow."),
        ("Regulators blocked the takeover of the brewer.", "Regulators approved the takeover of the brewer."),
        ("The rebels honoured the truce in the north.", "The rebels breached the truce in the north."),
        ("The holders qualified for the quarter-finals.", "The holders were eliminated before the quarter-finals."),
        ("The nurses agreed the pay offer on Friday.", "The nurses rejected the pay offer on Friday."),
        ("The farmers' union welcomed the ruling on water rights.", "The farmers' union condemned the ruling on water rights."),
        ("Four councillors abstained on the budget motion.", "Four councillors voted for the budget motion."),
        ("The ministry has remained silent on the leak.", "The ministry confirmed the leak."),
        ("The warehouse blaze is still burning.", "The warehouse blaze was extinguished."),
        ("The audit of the charity is still ongoing.", "The audit of the charity was completed."),
        ("The chapel tower is still standing after the storm.", "The chapel tower collapsed in the storm."),
        ("The trader was refused bail on Friday.", "The trader was granted bail on Friday."),
        ("The rally in the square was put on hold.", "The rally in the square went ahead."),
        ("The union walked out of the pay talks.", "The union took part in the pay talks."),
        ("The winger remains sidelined with a calf strain.", "The winger played in the derby despite a calf strain."),
        ("The invoice for the roof remains unpaid.", "The council paid the invoice for the roof."),
        ("The post of chief constable remains vacant.", "A new chief constable was appointed to the post."),
        # a name of a rescue team is no rescue told, so it does not make a part and a rest
        ("The two walkers, who set out on Saturday, are still unaccounted for, mountain rescue said.",
         "Both walkers were found on Sunday morning, mountain rescue said."),
        ("Divers are still searching for two anglers off the point.", "Two anglers were found off the point."),
        ("Police are still hunting the armed robber.", "The armed robber was arrested."),
        ("The inmate escaped from the prison.", "The inmate remains in custody at the prison."),
        # what holds the state opens the sentence, past a relative clause
        ("The two divers, who went down on Saturday, are still unaccounted for, the coastguard said.",
         "Both divers were found on Sunday morning, the coastguard said."),
        ("The defender was ruled out of the final.", "The defender played in the final and took part in the final."),
        ("The rebels denied responsibility for the bombing.", "The rebels claimed responsibility for the bombing."),
        ("The fund manager was granted bail on Monday.", "The fund manager was remanded in custody on Monday."),
        ("The envoy remains in hospital in Geneva.", "The envoy was released from hospital in Geneva."),
        # the holder told apart from the state by a name in apposition, or by a longer subject
        ("The runaway inmate, Omar Vance, remains at large, officials said.",
         "Omar Vance, the runaway inmate, was recaptured near the docks, officials said."),
        ("The driver held after the crash on Friday remains in custody, police said.",
         "The driver held after Friday's crash was released on bail, police said."),
    ],
)
def test_a_state_kept_or_an_act_against_its_opposite_is_flagged(first: str, second: str) -> None:
    assert findings(first, second) == [("negation", "opposite-acts")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # one answer told both ways
        ("The tunnel is still closed to lorries.", "The tunnel has not reopened to lorries."),
        ("The cameraman remains in custody.", "The cameraman has not been released."),
        ("The Norwegian team withdrew from the relay.", "The Norwegian team pulled out of the relay."),
        # an ending act named by a noun is not told done
        ("The gunman remains at large in the hills.",
         "Police offered a reward for information leading to the gunman's arrest in the hills."),
        # what is still missing is not what was found
        ("Dozens of passengers are still missing after the ferry capsized.",
         "The ferry was found after it capsized."),
        # a part and the rest, told by each outlet
        ("Supply was restored to most farms in the valley, but 300 farms remain without water.",
         "About 300 farms were still without water on Friday, though supply was restored to the others."),
        # each outlet tells a part and the rest in two sentences
        ("Police have arrested two men over the raid. A third suspect is still at large, detectives said.",
         "Detectives are still hunting a third man after two suspects were arrested on Friday."),
        ("Four of the miners were rescued overnight. Two remain trapped underground, the company said.",
         "Rescuers brought four miners to the surface overnight, while two others are still trapped."),
        # who went and who stayed away
        ("The mayor attended the ceremony. The governor stayed away.",
         "The governor skipped the ceremony, which the mayor attended."),
        # the state is kept by one person, the act ending it done by another in another clause
        ("The chairman resigned on Monday. His deputy stayed on as acting chairman.",
         "His deputy will remain in post as acting chairman after the chairman stepped down."),
        # a search for one man is not ended by the arrest of another
        ("Police are still hunting the gunman.", "Police arrested his brother."),
        # opposite acts of two people
        ("The champion retained her title in Vienna.", "The challenger lost the title fight in Vienna."),
        ("The pilot survived the landing near Kelso.", "A passenger died in the landing near Kelso."),
        ("The bishop resigned from the synod.", "The deacon was dismissed from the synod."),
        # praise and blame of two judges, or of one thing each beside the other
        ("The farmers' union welcomed the ruling on water rights.", "Water companies condemned the ruling on water rights."),
        ("The mayor praised the crews after the flood.", "The mayor was criticised after the flood."),
        ("The union welcomed the pay rise but criticised the delay.", "The union criticised the delay in the pay rise."),
        # coming out unhurt is surviving
        ("The cyclist escaped unhurt from the crash.", "The cyclist survived the crash."),
    ],
)
def test_what_agrees_or_is_about_another_thing_is_not_flagged(first: str, second: str) -> None:
    assert findings(first, second) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The regulator refrained from approving the merger.", "The regulator approved the merger."),
        ("No group has claimed responsibility for the bombing.", "A militant group claimed responsibility for the bombing."),
        ("Nobody was taken to hospital after the pile-up.", "Two people were hospitalised after the pile-up."),
        ("The ferry operator has not apologised.", "The ferry operator apologised to passengers on Monday."),
        ("The audit of the council has yet to be published.", "The audit of the council was published on Monday."),
        ("Tenants were not notified of the eviction.", "Tenants were notified of the eviction by letter."),
        ("The new speed limit has not yet come into force.", "The new speed limit came into force on Monday."),
        ("The widow has not received any compensation.", "The widow received compensation last year."),
    ],
)
def test_an_act_held_back_or_told_in_new_words_meets_the_act_done(first: str, second: str) -> None:
    assert findings(first, second) == [("negation", "affirmed-vs-negated")]


def test_a_meeting_held_off_the_coast_negates_nothing() -> None:
    assert concepts("The talks were held off the coast and the treaty was signed.") == [
        ("signed", "sign", "affirmed")
    ]


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # a state planned to be kept, against the act that ended it
        ("The ice rink will remain closed on Saturday.", "The ice rink reopened on Saturday.", "planned-vs-ruled-out"),
        ("The coach will stay on at the academy.", "The coach has resigned from the academy.", "planned-vs-ruled-out"),
        # an ending told of an earlier time rules out no plan told now
        ("The ice rink will remain closed.", "The ice rink reopened in 2019.", ""),
        ("The ice rink will remain closed on Saturday.", "The ice rink will not reopen on Saturday.", ""),
    ],
)
def test_an_act_done_rules_out_a_plan_to_keep_the_state_it_ends(first: str, second: str, expected: str) -> None:
    assert findings(first, second) == ([("negation", expected)] if expected else [])



def test_a_state_kept_for_a_whole_group_meets_an_act_that_ended_it_for_one() -> None:
    first = (
        "Two inmates broke out of Harlow jail on Friday. Both prisoners are still on the run, "
        "and a reward has been offered."
    )
    second = "Two inmates broke out of Harlow jail on Friday. Tomas Ilves was recaptured on Saturday. Piotr Zak remains on the run."
    assert ("negation", "opposite-acts") in findings(first, second)


@pytest.mark.parametrize(
    "first",
    [
        # a part and the rest on both sides agree
        "Two inmates broke out of Harlow jail on Friday. One prisoner is still on the run.",
        # the state of one member, not of the whole group
        "Two inmates broke out of Harlow jail on Friday. Piotr Zak is still on the run.",
    ],
)
def test_a_state_kept_for_part_of_a_group_is_not_the_whole_group_s(first: str) -> None:
    second = "Two inmates broke out of Harlow jail on Friday. Tomas Ilves was recaptured on Saturday. Piotr Zak remains on the run."
    assert [f for f in findings(first, second) if f[0] == "negation"] == []


def test_a_whole_group_s_state_against_a_source_that_tells_no_part_and_rest_is_left_alone() -> None:
    # the second source tells an arrest of someone, and no one still on the run: another group may be meant
    first = "Two inmates broke out of Harlow jail on Friday. Both prisoners are still on the run."
    second = "Police said a man was arrested in Harlow on Saturday over a string of burglaries."
    assert [f for f in findings(first, second) if f[0] == "negation"] == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The owners said the brewery would remain open.", "The owners said the brewery would close."),
        ("The board has decided to keep the museum open.", "The board has decided to shut the museum."),
        ("The regulator said it would approve the merger.", "The regulator said it would reject the merger."),
    ],
)
def test_two_plans_of_opposite_acts_are_flagged(first: str, second: str) -> None:
    assert findings(first, second) == [("negation", "opposite-acts")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The owners said the brewery would remain open.", "The owners said the brewery would stay open."),
        ("The owners said the brewery would close.", "The brewery will shut, the owners said."),
        # a plan against an act done before it is no opposite plan
        ("The brewery closed in 2019.", "The owners said the brewery would remain open."),
    ],
)
def test_plans_of_one_act_or_of_another_time_are_not(first: str, second: str) -> None:
    assert findings(first, second) == []
