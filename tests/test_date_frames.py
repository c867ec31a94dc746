"""Event frames of dates: what a date dates, and dates that align by it across rewording (issue 15)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff import Article
from claimdiff._lexicon.events import EVENTS, PHASES, VERB_FORMS
from claimdiff.align._events import Frame, frame_of


def frame(sentence: str, date: str) -> Frame:
    start = sentence.index(date)
    return frame_of(sentence, start, start + len(date))


@pytest.mark.parametrize(
    ("sentence", "date", "event", "phase"),
    [
        ("Residents lodged the complaint in 2018.", "in 2018", "filing", None),
        ("The suit, brought in 2018, names four banks.", "in 2018", "filing", None),
        ("The tribunal's hearing on June 3 was adjourned.", "on June 3", "hearing", None),
        ("The pair are due in court on Tuesday.", "on Tuesday", "court appearance", None),
        ("The probe blasted off on Sunday night.", "on Sunday night", "launch", None),
        ("Thursday's launch went well.", "Thursday", "launch", None),
        ("On Monday, the board approved the merger.", "On Monday", "vote", None),
        ("The strike began on March 4 at the docks.", "on March 4", "strike", "begin"),
        ("The truce has held since April 2022.", "since April 2022", "ceasefire", "begin"),
        ("The offer expires on Friday.", "on Friday", None, "end"),
        ("Police said on Tuesday that two men were held.", "on Tuesday", "statement", None),
        ("The nurses were kidnapped on 3 May near the border.", "on 3 May", "kidnapping", None),
        ("Gunmen abducted the crew on Sunday.", "on Sunday", "kidnapping", None),
        ("The trawler capsized on Monday night off the cape.", "on Monday night", "crash", None),
        ("The bill goes before parliament on May 2.", "on May 2", "vote", None),
        ("The measure will come to a vote on Thursday.", "on Thursday", "vote", None),
        # a verb in between governs the date: the count, not the vote
        ("With most ballots counted on Monday, the lead held.", "on Monday", None, None),
        # an adjective in -ed does not: "shared" border
        ("The truce along their shared border has held since May 2021.", "since May 2021", "ceasefire", "begin"),
        # the event after a date that does not open its clause is another event's
        ("Crews searched the rubble on Friday after the quake.", "on Friday", None, None),
        # phrases that hold an event word but name no event
        ("Negotiators saw no sign of progress tonight.", "tonight", None, None),
        ("Officials have not ruled out a recall since May 2024.", "since May 2024", "recall", "begin"),
        # finding out, however it is told
        ("The leak was detected on Sunday by a night guard.", "on Sunday", "discovery", None),
        ("A nurse noticed the missing vials at 6 a.m.", "at 6 a.m.", "discovery", None),
        ("The alarm was raised at about 4.30am by a neighbour.", "at about 4.30am", "discovery", None),
        ("The fraud only came to light in March.", "in March", "discovery", None),
        ("Engineers spotted the crack on Friday evening.", "on Friday evening", "discovery", None),
        ("The volcano last erupted in 1951.", "in 1951", "eruption", None),
        ("Its previous eruption, in 1951, was small.", "in 1951", "eruption", None),
        # phases of the general vocabulary of news
        ("The power cut started at 10pm.", "at 10pm", "crash", "begin"),
        ("The factory shut on Friday.", "on Friday", None, "end"),
        ("The plant will close down on June 30.", "on June 30", None, "end"),
        ("The jury began deliberating on Monday.", "on Monday", "deliberation", "begin"),
        ("Polls closed at 10pm.", "at 10pm", "vote", "end"),
    ],
)
def test_the_frame_is_the_nearest_event_word(sentence: str, date: str, event: str | None, phase: str | None) -> None:
    found = frame(sentence, date)
    assert (found.event, found.phase) == (event, phase)


#: Sentences of the general vocabulary of news, the date in each, and the event it dates ("-" for none).
NEWS_EVENTS = """
    # accidents told with the craft: "overturn" alone is a court's, "sink" alone a share price's
    The ferry overturned on Saturday. | on Saturday | crash
    The court overturned the ban on Saturday. | on Saturday | ruling
    The fishing boat sank on Tuesday night. | on Tuesday night | crash
    Shares sank on Tuesday. | on Tuesday | -
    The helicopter came down at 4pm. | at 4pm | crash
    The sinking of the ferry on May 3 shocked the island. | on May 3 | crash
    # a storm's landfall, a river's flood
    The storm made landfall on Sunday. | on Sunday | landfall
    The hurricane came ashore on Monday. | on Monday | landfall
    The river burst its banks on Thursday. | on Thursday | flood
    The river flooded on Friday. | on Friday | flood
    A flood warning was issued on Friday. | on Friday | -
    # the courts: a verdict, a plea, charges brought
    He was found guilty on Monday. | on Monday | ruling
    He pleaded guilty on Monday. | on Monday | plea
    Prosecutors filed charges against him on Friday. | on Friday | charge
    # escapes, births, bodies found, openings, fires that erupted
    Two inmates escaped on Monday night. | on Monday night | escape
    Two prisoners broke out on Sunday night. | on Sunday night | escape
    Fighting broke out on Sunday night. | on Sunday night | -
    The princess gave birth on Monday. | on Monday | birth
    The body was found on Monday. | on Monday | discovery
    The bridge opened to traffic on May 1. | on May 1 | opening
    The bridge reopened on May 8. | on May 8 | reopening
    The blaze erupted on Monday. | on Monday | fire
    The treaty was signed when they put pen to paper on Friday. | on Friday | signing
    # a verb that says the event took place leaves the date to the event
    The blast ripped through the plant at 11 a.m. | at 11 a.m. | explosion
    The collision occurred at 7:40 a.m. | at 7:40 a.m. | crash
    The couple married on Saturday. | on Saturday | wedding
    He will be laid to rest on Thursday. | on Thursday | funeral
    He was extradited on Monday. | on Monday | extradition
    The plane was hijacked on Friday. | on Friday | kidnapping
    The company floated on the stock market in May. | in May | listing
    Gunmen opened fire on the crowd on Tuesday night. | on Tuesday night | attack
    # juries, remands, acts of parliament, storms, reefs, polls, people who vanish
    Jurors retired to consider their verdict on Tuesday. | on Tuesday | deliberation
    He was refused bail on Thursday. | on Thursday | remand
    The bill became law on Tuesday. | on Tuesday | enactment
    The president signed the bill into law on Friday. | on Friday | enactment
    The hurricane hit on Sunday. | on Sunday | landfall
    The ship hit rocks on Sunday. | on Sunday | crash
    The first units shipped on Sunday. | on Sunday | shipping
    The man was last seen on Tuesday. | on Tuesday | disappearance
    The boy went missing on Saturday. | on Saturday | disappearance
    # a structure that comes down, however it is said; a price that drops is no collapse
    Onlookers said the footbridge dropped into the canal at about 3 p.m. | at about 3 p.m. | crash
    The crane toppled onto the street on Monday. | on Monday | crash
    The roof fell in on Thursday night. | on Thursday night | crash
    The old viaduct gave way at dawn on Friday. | on Friday | crash
    Share prices dropped on Monday. | on Monday | -
    # where it happened, however long, stands between the event word and its date
    The trawler capsized in heavy swell some 12 nautical miles north of the island of Gorran on Friday night. | on Friday night | crash
    The lorry overturned on the hard shoulder just outside the town of Pellow on Monday. | on Monday | crash
    # a message is dated by its sending, however it is told
    The chief executive told staff in an email on Friday morning. | on Friday morning | message
    Workers learned of the closure in a memo sent on Thursday evening. | on Thursday evening | message
    # a flight sent elsewhere lands there; a craft or a line put to use; a site checked
    The flight was diverted to Cork late on Sunday. | late on Sunday | landing
    The airliner made an emergency landing at 6:05 p.m. | at 6:05 p.m. | landing
    The new trains entered service in 2019. | in 2019 | entry into service
    The tanker joined the fleet five years ago. | five years ago | entry into service
    The dam was last inspected in March. | in March | inspection
    Regulators carried out a safety inspection on May 2. | on May 2 | inspection
    # how witnesses hear an explosion, and a verb that only says it took place
    Neighbours heard a loud bang at about 9pm. | at about 9pm | explosion
    The blast happened at 2:10 p.m. in the boiler room. | at 2:10 p.m. | explosion
    # but not another clause: "who has run the agency since 2019" is no statement's date
    "We are ready," said Chief Morgan, who has run the county's rescue agency since 2019. | since 2019 | -
"""


def _news_events() -> list[tuple[str, str, str | None]]:
    rows = [line.strip().split(" | ") for line in NEWS_EVENTS.splitlines() if line.strip()[:1] not in ("", "#")]
    return [(sentence, date, None if event == "-" else event) for sentence, date, event in rows]


@pytest.mark.parametrize(("sentence", "date", "event"), _news_events())
def test_the_general_vocabulary_of_news_names_what_a_date_dates(sentence: str, date: str, event: str | None) -> None:
    assert frame(sentence, date).event == event


def test_the_frame_carries_the_tense_of_its_clause() -> None:
    sentence = "The panel met on Monday and will meet again on Friday."
    assert (frame(sentence, "on Monday").tense, frame(sentence, "on Friday").tense) == ("past", "future")
    assert frame("The union has kept the port shut since Monday, and there is no end in sight.",
                 "since Monday").tense == "past"
    # "Tuesday's derailment" happened whatever the clause says of the inquiry
    assert frame("Tuesday's derailment will be investigated for a year.", "Tuesday").tense == ""


def test_frames_agree_on_one_event_and_phase() -> None:
    assert Frame("launch").agrees(Frame("launch")) is True
    assert Frame("launch").agrees(Frame("landing")) is False
    assert Frame("strike", "begin").agrees(Frame("strike")) is True  # the event's own date is its start
    assert Frame("strike", "end").agrees(Frame("strike", "begin")) is False
    assert Frame(None, "end").agrees(Frame(None, "end")) is True
    assert Frame("launch").agrees(Frame(None, "begin")) is None
    assert Frame("statement").agrees(Frame(None, "begin")) is False  # said on a day / began then
    assert Frame().agrees(Frame()) is None
    assert Frame("statement").weak and not Frame("launch").weak


def test_the_lexicon_is_data_with_no_word_claimed_twice() -> None:
    from claimdiff.align._events import _EVENT_INDEX

    assert all(isinstance(words, tuple) and words for words in EVENTS.values())
    assert set(PHASES.values()) == {"begin", "end"}
    assert all(lemma in forms or lemma == "found" for lemma, forms in VERB_FORMS.items())
    owners: dict[str, set[str]] = {}
    for form, patterns in _EVENT_INDEX.items():
        for pattern, name in patterns:
            if len(pattern) == 1 and name:
                owners.setdefault(form, set()).add(name)
    assert {form: names for form, names in owners.items() if len(names) > 1} == {}


def report(*texts: str, published: dt.date = dt.date(2025, 6, 11)) -> claimdiff.Report:
    return claimdiff.compare(
        [Article(source=f"s{k}", text=text, published=published) for k, text in enumerate(texts)]
    )


def date_findings(r: claimdiff.Report) -> list[tuple[str, ...]]:
    return [tuple(sorted(c.text for c in d.claims)) for d in r.discrepancies if d.kind.value == "date"]


def test_the_times_of_one_collapse_in_other_words_disagree() -> None:
    a = "The span of the Orrin Bridge gave way at 4:15 p.m., according to the fire service."
    b = "Witnesses on the quay said the bridge dropped shortly before 6 p.m., taking two vans with it."
    assert date_findings(report(a, b)) == [("at 4:15 p.m.", "shortly before 6 p.m.")]


def test_the_days_of_one_capsizing_told_with_its_place_disagree() -> None:
    a = ("Dozens are missing after a fishing boat capsized in rough seas about 30 nautical miles "
         "west of the island of Porla early on Monday, the navy said.")
    b = "Rescuers said the boat went down on Saturday evening, long before it was found."
    assert date_findings(report(a, b)) == [("early on Monday", "on Saturday evening")]


def test_the_days_of_one_message_in_other_words_disagree() -> None:
    a = "Orvell Foods will close two bakeries, its chief executive told staff in an email on Monday morning."
    b = "Bakers heard of the closures in an email sent on Sunday evening by the chief executive."
    assert date_findings(report(a, b)) == [("on Monday morning", "on Sunday evening")]


def test_the_days_of_one_diversion_in_other_words_disagree() -> None:
    a = "A Skyline jet bound for Oslo made an emergency landing in Bergen on Friday night after a cabin pressure alarm."
    b = "Passengers said their flight was forced to divert to Bergen late on Thursday, and that crew had stayed calm."
    assert date_findings(report(a, b)) == [("late on Thursday", "on Friday night")]


def test_the_times_of_one_explosion_heard_in_other_words_disagree() -> None:
    a = "The blast happened at 3:40 p.m. in a paint store at the back of the depot, the company said."
    b = "A delivery driver heard a loud bang shortly after 5 p.m. and saw smoke over the roofs."
    assert date_findings(report(a, b)) == [("at 3:40 p.m.", "shortly after 5 p.m.")]


def test_the_years_of_one_entry_into_service_disagree() -> None:
    a = "The ferry Island Star entered service on the route in 2009, the operator said."
    b = "Island Star, which joined the fleet twelve years ago, is due to be replaced."
    pub = dt.date(2026, 5, 4)
    r = claimdiff.compare([Article("a", a, published=pub), Article("b", b, published=pub)])
    assert date_findings(r) == [("in 2009", "twelve years ago")]


def test_dates_of_one_event_link_across_unlike_sentences() -> None:
    a = ("Tenants filed the suit against the landlord in 2019, saying repairs had stalled. "
         "The judge praised both sides.")
    b = ("The judge praised both sides. The case, lodged in 2017 by a tenants' group, "
         "drew wide attention in the borough.")
    assert date_findings(report(a, b)) == [("in 2017", "in 2019")]


def test_the_days_of_one_kidnapping_in_other_words_disagree() -> None:
    a = "Gunmen seized the three engineers on Friday near the border, the ministry said."
    b = "The three engineers were kidnapped on Saturday near the border, the ministry said."
    assert date_findings(report(a, b)) == [("on Friday", "on Saturday")]


def test_the_days_of_one_bill_before_a_chamber_disagree() -> None:
    a = "Lawmakers are due to vote on the housing bill on June 17, the speaker said."
    b = "The housing bill goes before parliament on June 24, the speaker said."
    assert date_findings(report(a, b)) == [("on June 17", "on June 24")]


def test_two_spans_of_years_of_one_change_disagree() -> None:
    a = "Membership of the club doubled between 2014 and 2018, the club said."
    b = "Membership of the club doubled from 2011 to 2013, the club said."
    assert date_findings(report(a, b)) == [("2014", "from 2011"), ("2013", "2018")]


def test_dates_of_different_events_never_link() -> None:
    a = "Tenants filed the suit against the landlord in 2019. The judge praised both sides."
    b = "The judge praised both sides. The appeals court ruled for the tenants in 2023."
    assert date_findings(report(a, b)) == []
    group_texts = [sorted(c.text for c in g.claims) for g in report(a, b).alignments if g.kind.value == "date"]
    assert ["in 2019", "in 2023"] not in group_texts


def test_the_times_of_one_discovery_in_other_words_disagree() -> None:
    a = "Guards discovered the empty cell at 6.10am on Sunday, the prison service said. Visits were cancelled."
    b = "Visits were cancelled. The alarm was raised at about 4am when a guard noticed the cell was empty."
    assert date_findings(report(a, b)) == [("about 4am", "at 6.10am")]


def test_the_years_of_one_earlier_eruption_disagree() -> None:
    a = "Mount Ossa erupted on Sunday for the first time since 1951. Flights were halted."
    b = "Flights were halted. Mount Ossa last erupted in 1915, when it buried a village."
    assert date_findings(report(a, b)) == [("in 1915", "since 1951")]


def test_a_statement_day_does_not_pair_with_where_something_began() -> None:
    a = '"It is the worst fire I have seen," said Chief Ana Ruiz, who has led the county fire service since 2016.'
    b = '"It is the worst fire I have seen," county fire chief Ana Ruiz said at a briefing on Monday.'
    assert date_findings(report(a, b)) == []


def test_a_statement_day_does_not_pair_with_the_day_of_the_event() -> None:
    a = "Two men were arrested after a raid on a jeweller, police said on Wednesday."
    b = "Two men were arrested after Monday's raid on a jeweller, police said."
    assert date_findings(report(a, b)) == []


def test_a_statement_day_never_pairs_with_the_start_of_a_state() -> None:
    a = '"We are ready," said Chief Ada Lund, who has led the county fire service since 2016.'
    b = '"We are ready," County Fire Chief Ada Lund said at a briefing on Monday.'
    assert Frame("statement").agrees(Frame(phase="begin")) is False
    assert date_findings(report(a, b)) == []


WED, MON = dt.date(2026, 3, 11), dt.date(2026, 2, 9)
ELECTION = "Officials said the official results are expected on Thursday. Turnout was high."
PANEL = "The inquiry panel met on Monday to hear the first witnesses. Rain fell all week."
ARREST = "Detectives arrested Daniel Hart on Monday at his flat. The shop stays shut."
CHARITY = "Rivas founded the charity in 2019 with two friends. Donations rose."


@pytest.mark.parametrize(
    ("published", "a", "b", "found"),
    [
        # an event told in the past and one told in the future are two events
        (WED, PANEL, "Rain fell all week. The committee will meet again on Friday, a spokesman said.", []),
        (WED, PANEL, "Rain fell all week. The committee meeting took place on Tuesday, a spokesman said.",
         [("on Monday", "on Tuesday")]),
        # events done to different people are two events
        (WED, ARREST, "The shop stays shut. Officers arrested Mara Quist on Tuesday in Leeds.", []),
        (WED, ARREST, "The shop stays shut. Officers arrested Hart on Tuesday in Leeds.", [("on Monday", "on Tuesday")]),
        # relative days resolve by tense before they are compared: the coming Thursday is 12 February
        (MON, ELECTION, "Turnout was high. The new parliament will meet on Friday, Feb. 13, for the first time.", []),
        (MON, ELECTION, "Turnout was high. Final results will come on Thursday, Feb. 12, the commission said.", []),
        (MON, ELECTION, "Turnout was high. Final results will come on Friday, Feb. 13, the commission said.",
         [("on Friday, Feb. 13", "on Thursday")]),
        # a year counted back meets a year named (the guide's "in 2019" vs "five years ago")
        (dt.date(2026, 3, 2), CHARITY, "Donations rose. The charity, founded five years ago by Rivas, has grown.",
         [("five years ago", "in 2019")]),
        (dt.date(2026, 3, 2), CHARITY, "Donations rose. The charity, founded seven years ago by Rivas, has grown.", []),
    ],
)
def test_dates_of_one_frame_disagree_only_when_they_date_one_event(
    published: dt.date, a: str, b: str, found: list[tuple[str, ...]]
) -> None:
    assert date_findings(report(a, b, published=published)) == found


def test_a_wire_filed_the_day_before_resolves_from_its_dateline() -> None:
    wire = "OSLO, March 3 (Nordwire) - The ferry Vesla capsized yesterday off Bergen, the coastguard said."
    paper = "The ferry Vesla capsized on Monday off Bergen, and the coastguard has opened an inquiry."
    pub = dt.date(2026, 3, 4)  # a Wednesday: the wire's "yesterday" is Monday 2 March, the day before it was filed
    assert date_findings(report(wire, paper, published=pub)) == []
    later = paper.replace("on Monday", "on Sunday")
    assert date_findings(report(wire, later, published=pub)) == [("on Sunday", "yesterday")]


def test_a_dateline_long_before_publication_is_not_its_filing_day() -> None:
    wire = "OSLO, Feb 20 (Nordwire) - The ferry Vesla capsized yesterday off Bergen, the coastguard said."
    paper = "The ferry Vesla capsized on Tuesday off Bergen, and the coastguard has opened an inquiry."
    pub = dt.date(2026, 3, 4)  # a dateline two weeks back is an archive date, not the day the words were written
    assert date_findings(report(wire, paper, published=pub)) == []


def test_a_broadcast_resolves_from_the_day_it_gives_at_its_top() -> None:
    tv = "Monday 2 March 2026, 18:00\nTRANSCRIPT\n\nREPORTER: The ferry capsized this morning off Bergen, Anna."
    paper = "The ferry capsized on Monday morning off Bergen, the coastguard said."
    assert date_findings(report(tv, paper, published=dt.date(2026, 3, 3))) == []


def test_a_day_of_one_event_against_the_month_another_source_gives_disagrees() -> None:
    a = "The regulator said the reactor had been inspected on March 12 and passed every test."
    b = "According to the operator, the reactor was last inspected in January, before the upgrade."
    assert date_findings(report(a, b, published=dt.date(2026, 4, 2))) == [("in January", "on March 12")]


def test_a_day_of_one_event_in_the_week_another_source_gives_agrees() -> None:
    pub = dt.date(2026, 6, 12)  # a Friday: last week is 1-7 June
    a = "The watchdog's findings, published on June 3, blamed poor maintenance by Delta Rail."
    b = "Ministers have been under pressure since the inquiry published its report last week."
    assert date_findings(report(a, b, published=pub)) == []
    c = "The watchdog's findings, published on May 20, blamed poor maintenance by Delta Rail."
    assert date_findings(report(c, b, published=pub)) == [("last week", "on May 20")]


def test_a_source_that_dates_one_event_twice_tells_of_two() -> None:
    a = "The bank cut rates on Wednesday. Its previous cut came in July, when inflation eased."
    b = "The bank's cut in July had come as a surprise to markets."
    assert date_findings(report(a, b, published=dt.date(2026, 10, 8))) == []


def test_a_month_that_bounds_a_span_is_not_the_day_of_the_event() -> None:
    a = "The recall covers heaters sold between March 2025 and June 2026 at Arlo stores."
    b = "Arlo announced a recall of the heaters this morning, citing a fire risk."
    assert date_findings(report(a, b, published=dt.date(2026, 9, 2))) == []


def test_a_news_day_does_not_pair_with_a_month_of_its_kind() -> None:
    a = "The explosion at the Harlan refinery on Monday injured four workers, the company said."
    b = "Residents recalled an explosion at the Harlan refinery in February that shattered windows."
    assert date_findings(report(a, b, published=dt.date(2026, 4, 8))) == []
