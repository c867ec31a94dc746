"""Roles of the people and bodies of news stories: who was charged, who made the arrest, who
rescued the crew, where a ship was towed, where all the injured were taken, who was appointed
after an aside."""

from __future__ import annotations

import pytest

from claimdiff import Article, compare
from claimdiff.claims.roles import find_roles, same_filler
from claimdiff.models import Kind


def _roles(text: str) -> list[tuple[str, str]]:
    return [(text[r.start : r.end], r.role) for r in find_roles(text)]


def _entity_names(*texts: str) -> list[str]:
    report = compare([Article(f"s{k}", text) for k, text in enumerate(texts)])
    return [d.describe() for d in report.discrepancies if d.kind is Kind.ENTITY]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # who faces a charge: a passive, a participle after a comma, a day between
        ("Ruth Abara, a councillor, was charged with fraud on Monday.", "Ruth Abara", "by:charge"),
        ("The club's treasurer, Leon Pike, was charged on Friday with theft.", "Leon Pike", "by:charge"),
        ("The surgeon, Amal Haddad, is accused of falsifying records.", "Amal Haddad", "by:charge"),
        ("Former minister Ivo Brandt has been indicted on corruption counts.", "Ivo Brandt", "by:charge"),
        ("Tom Eddy appeared in court on Tuesday, charged with arson.", "Tom Eddy", "by:charge"),
        # who made the arrest: "by", the people of a body between, or an active verb with its object
        ("The pair were arrested by the Border Force in Dover.", "Border Force", "by:detention"),
        ("He was detained on Sunday by officers of the Financial Crimes Unit.", "Financial Crimes Unit", "by:detention"),
        ("She was arrested by detectives from Merton Police.", "Merton Police", "by:detention"),
        ("The Customs Agency detained two men at the port.", "Customs Agency", "by:detention"),
        ("The Serious Fraud Office (SFO) arrested three executives.", "Serious Fraud Office", "by:detention"),
        # who rescued: a craft's kind before its name is no name
        ("The fishermen were rescued by the lifeboat Spirit of Wick.", "Spirit of Wick", "by:rescue"),
        ("All 14 crew were evacuated by the coastguard helicopter Osprey.", "Osprey", "by:rescue"),
        ("The warship Valiant rescued all 30 passengers.", "Valiant", "by:rescue"),
        # where a disabled vessel was towed
        ("A tug is towing the trawler to the port of Ullapool.", "Ullapool", "at:tow"),
        ("The tanker was towed into Falmouth overnight.", "Falmouth", "at:tow"),
        ("The ship is now under tow to Brest.", "Brest", "at:tow"),
        # where all the injured were taken: the whole group, however told
        ("The injured were taken to Riverside Hospital.", "Riverside Hospital", "at:hospital:hurt"),
        ("All of the wounded were treated at the Royal Infirmary.", "Royal Infirmary", "at:hospital:hurt"),
        ("Nine people were hurt and all were flown to Westmead Hospital.", "Westmead Hospital", "at:hospital:hurt"),
        # the ground of a fixture, as "the final was played at X"
        ("Rovers won 2-0 in a scrappy final at Elm Park.", "Elm Park", "at:venue:final"),
        ("The derby at Holloway Road ended goalless.", "Holloway Road", "at:venue:derby"),
        # where a vehicle left the road, however it went
        ("The van came off the road and rolled into a ditch near Alford.", "Alford", "at:crash"),
        ("The lorry veered off the carriageway outside Kelso.", "Kelso", "at:crash"),
        # who commands a ship, with or without the ship's possessive
        ("The ship's master, Captain Ola Berg, stayed on board.", "Captain Ola Berg", "title:master"),
        ("Its master, Ravi Nair, ordered the crew off.", "Ravi Nair", "title:master"),
        # where a body moves its seat or its work, whatever it calls its seat
        ("The insurer will move its head office from Bristol to Cardiff.", "Cardiff", "at:relocation:headquarters"),
        ("The bank is relocating its headquarters to Frankfurt.", "Frankfurt", "at:relocation:headquarters"),
        ("The carmaker will move 400 jobs to Slovakia.", "Slovakia", "at:relocation:job"),
        # who was appointed, past an aside or a trade before the name
        ("The board appointed Ana Ruiz, its finance director, as interim chief executive.", "Ana Ruiz",
         "appointee:interim ceo"),
        ("Members chose Piet Vos, a former judge, to serve as chair.", "Piet Vos", "appointee:chair"),
        ("The ministry appointed engineer Lena Holm as project director.", "Lena Holm", "appointee:project director"),
    ],
)
def test_a_name_reads_its_role_from_the_deed_of_its_body(text: str, name: str, role: str) -> None:
    assert (name, role) in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "The phone was charged overnight at Halden Station.",  # a battery, no charge
        "Customers were charged fees by Brightline Energy.",
        "Rivera arrested in Madrid after a chase.",  # a headline: Rivera was arrested
        "Four patients were treated at Mercy Hospital.",  # a count may be some of the injured
        "The most seriously injured were taken to Mercy Hospital.",  # a part of the group
        "The report was praised by members of Harwick Council.",  # no deed of a doer
        "City ended the season with a defeat at Elm Park.",  # one of a season's games
        "Outside the hall, police arrested four men.",  # no name did it
        "Harbour patrol boats and a passing trawler rescued 30 people.",
        "Dr Ames moved to Glasgow in 2010.",  # a person's move, no body's
        "The striker moved to Rovers in 2019.",
    ],
)
def test_no_role_without_its_deed(text: str) -> None:
    assert [
        role for _, role in _roles(text) if role.startswith(("by:charge", "by:detention", "by:rescue", "at:hospital", "at:venue", "at:relocation"))
    ] == []


def test_a_day_between_an_event_and_its_place_is_not_what_it_happened_to() -> None:
    assert ("Elm Hall", "at:venue:friday") not in _roles("The count was held on Friday at Elm Hall.")


def test_the_name_in_an_aside_is_not_the_appointee() -> None:
    text = "Councillors chose Ida Berg, leader of the Green group, to serve as acting mayor."
    assert [name for name, role in _roles(text) if role.startswith("appointee")] == ["Ida Berg"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The mayor's aide, Jon Tarr, was charged with fraud on Monday.", "The city clerk, Eva Lind, is accused of fraud."),
        (
            "The two men were arrested by officers of the National Crime Agency.",
            "The two men were detained by investigators from the Border Police.",
        ),
        ("The injured were taken to Riverside Hospital.", "All of the injured were treated at St Anne's Hospital."),
        ("A tug is towing the trawler to Ullapool.", "The trawler is under tow to Stornoway."),
        ("The crew were rescued by the frigate Argus.", "The crew were rescued by the navy patrol vessel Orion."),
        ("Rovers won 2-0 in the final at Elm Park.", "The final was played at Brook Lane on Saturday."),
        ("The ship's master, Captain Ola Berg, stayed aboard.", "Its master, Captain Ravi Nair, stayed aboard."),
        ("The insurer will move its head office to Cardiff.", "The insurer is relocating its headquarters to Newport."),
    ],
)
def test_one_deed_done_by_different_names_is_flagged(left: str, right: str) -> None:
    assert len(_entity_names(left, right)) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The two men were arrested by officers of the National Crime Agency.",
            "The National Crime Agency (NCA) detained the two men on Tuesday.",
        ),
        ("The injured were taken to Riverside Hospital.", "The wounded were treated at Riverside Hospital."),
        ("The crew were rescued by the frigate Argus.", "The navy frigate Argus rescued all 21 crew."),
        ("The insurer will move its head office from Bristol to Cardiff.", "Its HQ is moving to Cardiff."),
    ],
)
def test_one_deed_done_by_one_name_is_not_flagged(left: str, right: str) -> None:
    assert _entity_names(left, right) == []


@pytest.mark.parametrize(
    ("a", "b", "lies_in", "alike"),
    [
        ("Shenzhen", "Vietnam", "China", False),  # a town in one country is not in another
        ("Shenzhen", "China", "China", True),
        ("Kelso", "Oregon", "Washington", False),  # a town in one state is not in another
        ("Kelso", "Washington", "Washington", True),
        ("Shenzhen", "Guangdong", "China", True),  # a region may hold the town
    ],
)
def test_a_town_said_to_lie_in_a_country_is_in_no_other(a: str, b: str, lies_in: str, alike: bool) -> None:
    assert same_filler(a, b, lies_in_a=lies_in) is alike
    assert same_filler(b, a, lies_in_b=lies_in) is alike


def test_a_town_in_a_country_and_another_country_disagree_on_where_a_thing_is_made() -> None:
    assert len(_entity_names("The kettles were made at a plant in Foshan, China.", "The kettles are made in Vietnam.")) == 1
    assert _entity_names("The kettles were made at a plant in Foshan, China.", "The kettles are made in China.") == []
    assert _entity_names("The cars are made in Graz, Austrian officials said.", "The cars are made in Germany.") == []
