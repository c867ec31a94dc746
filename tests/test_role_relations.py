"""Relation readers of roles: who was appointed, who succeeded whom, who a person was named as,
who won what, who made a work (claimdiff.claims.roles._relations). Sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from claimdiff import Article, compare
from claimdiff.claims.roles import find_roles


def _roles(text: str) -> set[tuple[str, str]]:
    return {(text[r.start : r.end], r.role) for r in find_roles(text)}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # appointments by a verb: passive, active with "as", a headline with no auxiliary
        ("Yara Benali has been appointed chief executive of the lender.", "Yara Benali", "appointee:ceo"),
        ("The trust has named Colm Reilly as its new chairman.", "Colm Reilly", "appointee:chair"),
        ("The airline hired Ines Duarte as chief financial officer.", "Ines Duarte", "appointee:cfo"),
        ("Petra Lund named new head coach of the Vikings", "Petra Lund", "appointee:manager"),
        ("Kwame Asante was sworn in as president on Monday.", "Kwame Asante", "appointee:president"),
        ("Ravi Menon was officially confirmed as the club's captain.", "Ravi Menon", "appointee:captain"),
        ("Dara Quinn was appointed foreign minister.", "Dara Quinn", "appointee:foreign minister"),
        ("Lea Voss was made head of research at the institute.", "Lea Voss", "appointee:head:research"),
        ("Owen Tully takes over as editor next month.", "Owen Tully", "appointee:editor"),
        ("Aiko Mori was picked to lead the review.", "Aiko Mori", "by:leadership:review"),
        ("Osei to head rail regulator", "Osei", "by:leadership:regulator"),
        ("Rail regulator to be headed by Osei", "Osei", "by:leadership:regulator"),
        ("Tilda Shaw wrote the lyrics.", "Tilda Shaw", "by:authorship"),
        ("Lena Ruiz was promoted to the role of managing director.", "Lena Ruiz", "appointee:managing director"),
        ("Bo Lind is to become the club's new manager.", "Bo Lind", "appointee:manager"),
        ("The appointment of Eva Roos as chief executive was welcomed.", "Eva Roos", "appointee:ceo"),
        ("Roos's selection as captain surprised fans.", "Roos", "appointee:captain"),
        # a new holder set beside a post
        ("The school's new principal is Greta Holm.", "Greta Holm", "appointee:principal"),
        ("Nils Berg will be the orchestra's next conductor.", "Nils Berg", "appointee:conductor"),
        ("The incoming CEO, Hana Ito, starts in May.", "Hana Ito", "appointee:ceo"),
        ("Caretaker manager Luis Prado named an unchanged side.", "Luis Prado", "appointee:interim manager"),
        # successions
        ("Mira Sol will succeed Arne Falk as governor.", "Mira Sol", "successor:falk"),
        ("Mira Sol will succeed Arne Falk as governor.", "Mira Sol", "appointee:governor"),
        ("Arne Falk was replaced as governor by Mira Sol.", "Mira Sol", "successor:falk"),
        ("Tariq Aziz takes over from Jon Lee at the helm of the firm.", "Tariq Aziz", "successor:lee"),
        ("Jon Lee's successor is Tariq Aziz.", "Tariq Aziz", "successor:lee"),
        ("The chancellor will be replaced by Oona Park.", "Oona Park", "successor:chancellor"),
        ("Omar Pike handed the baton to Lena Ruiz.", "Lena Ruiz", "successor:pike"),
        # identities
        ("The cyclist who was killed has been named as Ben Hardy.", "Ben Hardy", "identity:cyclist"),
        ("The dead woman was formally identified as Rosa Kemp.", "Rosa Kemp", "identity:woman"),
        ("Police identified the shooter as Cal Moody.", "Cal Moody", "identity:attacker"),
        ("Cal Moody was named as the suspect.", "Cal Moody", "identity:suspect"),
        ("The driver was named locally as Ed Sykes.", "Ed Sykes", "title:driver"),
        ("The father of the victim was named as Paul Ray.", "Paul Ray", "identity:father"),
        # winners
        ("Amos Kibet won the half-marathon in record time.", "Amos Kibet", "winner:half-marathon"),
        ("The yellow jersey went to Theo Marin.", "Theo Marin", "winner:yellow jersey"),
        ("The cup was lifted by Harbour City.", "Harbour City", "winner:match"),
        ("The contract was awarded to Delft Dredging.", "Delft Dredging", "winner:contract"),
        ("The sprint winner was Joel Okoye.", "Joel Okoye", "winner:sprint"),
        ("Sara Lindqvist was declared the winner of the runoff.", "Sara Lindqvist", "winner:election"),
        ("Hugo Petit came out on top in the vote.", "Hugo Petit", "winner:election"),
        ("The Orwell Prize went to Ada Mensah.", "Ada Mensah", "winner:named:orwell"),
        ("Kim Seo-yeon crossed the finish line first.", "Kim Seo-yeon", "rank:1"),
        ("Nadal Ortiz was knocked out by Ivo Karlsson.", "Ivo Karlsson", "winner:match"),
        ("Nadal Ortiz was knocked out by Ivo Karlsson.", "Nadal Ortiz", "loser:match"),
        ("Ada Brook lost the final to Mei Tan.", "Mei Tan", "winner:match"),
        ("Ruth Kane's victory in the runoff was confirmed.", "Ruth Kane", "winner:election"),
        ("The winner of the tournament was Hale Town.", "Hale Town", "winner:match"),
        ("The dead man has been named by Avon Police as Jack Tull.", "Jack Tull", "identity:man"),
        ("Ines Falk was awarded the Abel Prize.", "Ines Falk", "winner:named:abel"),
        ("The contract to run the ferries was awarded to Skerry Lines.", "Skerry Lines", "winner:contract"),
        ("Ashbury came from behind to win the cup.", "Ashbury", "winner:match"),
        ("Ashbury won the cup for the first time since 1987.", "Ashbury", "winner:match"),
        ("Pia Moss was first across the line.", "Pia Moss", "rank:1"),
        ("The victim, Jane Holt, was 34.", "Jane Holt", "identity:victim"),
        ("Nuno Reis was named man of the match.", "Nuno Reis", "award:player of the match"),
        ("The coach of the year award went to Dana Holt.", "Dana Holt", "award:coach of the year"),
        ("The ferry company was sold to Skerry Lines.", "Skerry Lines", "by:purchase"),
        ("The council sold the depot to Arden Homes.", "Arden Homes", "by:purchase"),
        ("Senator Ilse Marr tabled the amendment.", "Senator Ilse Marr", "by:authorship"),
        ("The club's owner is tycoon Emil Strand.", "Emil Strand", "by:ownership"),
        ("The club is owned by tycoon Emil Strand.", "Emil Strand", "by:ownership"),
        ("The asteroid was spotted by astronomer Lia Berg.", "Lia Berg", "by:discoverer"),
        ("The study's author is Dr Ines Coll.", "Ines Coll", "by:authorship"),
        ("The family's lawyer, Tom Reed, spoke.", "Tom Reed", "post:family:lawyer"),
        ("Tom Reed, the family's solicitor, spoke.", "Tom Reed", "post:family:lawyer"),
        # makers
        ("The fountain is the creation of sculptor Lorna Dey.", "Lorna Dey", "by:maker"),
        ("The new library is Farid Haddad's design.", "Farid Haddad", "by:maker"),
        ("A mural by Kofi Boateng was unveiled.", "Kofi Boateng", "by:maker"),
        ("The poster was created by Iris Wong.", "Iris Wong", "by:maker"),
    ],
)
def test_a_relation_gives_its_filler_a_role(text: str, name: str, role: str) -> None:
    assert (name, role) in _roles(text)


@pytest.mark.parametrize(
    "text",
    [
        "A man named John Hale lived nearby.",  # a name, no post
        "Carla Diaz confirmed the president would attend.",  # an object, no appointment
        "Carla Diaz was appointed a director of the charity.",  # one of several
        "Tom Eno served as coach for ten years.",  # a past post, no appointment
        "The chief executive is Ruth Amos.",  # the holder, not a new one
        "Police named the man on Tuesday.",  # no name given
        "Clara Moss won the 2019 election.",  # another contest
        "The money went to Oxfam.",  # nothing won
        "Jo Reed's portrait hangs in the hall.",  # a portrait of Jo Reed
        "The minister was replaced.",  # no successor named
        "Kim Alder claimed the election was rigged.",  # a claim, no win
        "United took the game to extra time.",  # a contest taken on, not won
        "Ola Berg replaced the tyres.",  # no post
        "Lena Ruiz became the first woman to win.",  # no post
        "Sam Orr passed the ball to Ruiz.",  # nothing handed over
        "Ian Cole was given a suspended sentence.",  # nothing won
        "A victim, Jane Holt, was hurt.",  # one of several
        "Ivo Marsh hopes to win the title.",  # a plan, not a win
        "Ivo Marsh did not win the race.",  # a denial
        "Two million pounds in prize money goes to Ashby.",  # money, not the prize
        "The best editing award went to Lea Holm.",  # a category the award roles read
        "The award for best editing went to Lea Holm.",  # the same
        "Rita Gomez, who was appointed chief executive in 2020, spoke.",  # another time
        "Kim Alder has won the title twice.",  # a record, not this win
        "Kim Alder won the race last year.",  # another race
        "Rita Gomez, the former coach, spoke.",  # a past post
        "Ola Berg sold tickets to fans.",  # no buyer named
        "Bestselling author Jane Smith spoke.",  # a trade, no work's author
        "Tom Reed, a lawyer for the family, spoke.",  # one of several
        "Defence lawyer Tom Reed spoke.",  # the side, no owner of a post
        "Lea Holm was named best director.",  # an award, no post
    ],
)
def test_no_relation_role_without_its_words(text: str) -> None:
    relation_kinds = ("appointee", "successor", "identity", "winner", "loser", "by:", "rank:1", "post:")
    assert not [role for _, role in _roles(text) if role.startswith(relation_kinds)]


def test_a_win_in_another_clause_is_not_its_object_s() -> None:
    roles = _roles("Ashby beat Crane 2-0 to lift the cup.")
    assert ("Crane", "loser:match") in roles
    assert not [role for name, role in roles if name == "Crane" and role.startswith("winner")]


def _found(a: str, b: str) -> list[str]:
    opening = "The news came on Tuesday. "
    articles = [
        Article(source=s, text=opening + t, published=dt.date(2026, 5, 6)) for s, t in (("a", a), ("b", b))
    ]
    return [d.describe() for d in compare(articles).discrepancies]


def test_two_appointees_of_one_post_disagree_and_one_told_twice_does_not() -> None:
    assert _found("Yara Benali was appointed chief executive.", "The new CEO is Sam Okoro.")
    assert not _found("Yara Benali was appointed chief executive.", "The new CEO is Ms Benali.")
    assert not _found("Yara Benali was appointed chief executive.", "The new finance director is Sam Okoro.")


def test_two_people_named_as_one_victim_disagree_and_two_roles_do_not() -> None:
    assert _found("The victim was named as Ali Khan.", "The victim has been identified as Omar Farah.")
    assert not _found("The victim was named as Ali Khan.", "The gunman has been identified as Omar Farah.")


def test_two_winners_of_one_thing_disagree() -> None:
    assert _found("Amos Kibet won the marathon.", "The marathon was won by Eliud Rono.")
    assert not _found("Amos Kibet won the marathon.", "The marathon winner was Kibet, a Kenyan.")
