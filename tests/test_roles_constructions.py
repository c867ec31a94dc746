"""One role told in different constructions: a passive that names a job, the whole group of the
hurt taken somewhere, where a body met, a name a body owns, and a name with an aside."""

from __future__ import annotations

import pytest

from claimdiff._lexicon import roles as lex
from claimdiff.claims.roles import find_roles


def _roles(sentence: str) -> list[tuple[str, str]]:
    return [(sentence[r.start : r.end], r.role) for r in find_roles(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The cup final was refereed by Tom Baines.", ("Tom Baines", "title:referee")),
        ("The match was officiated by Tom Baines.", ("Tom Baines", "title:referee")),
        ("The lifeboat was skippered by Ann Pryce.", ("Ann Pryce", "title:skipper")),
        ("The side was captained by Ellie Ward.", ("Ellie Ward", "title:skipper")),
        ("The coach was driven by Peter Lang, 58.", ("Peter Lang", "title:driver")),
        ("The orchestra was conducted by Sir Mark Elder.", ("Sir Mark Elder", "title:conductor")),
        ("Both casualties were airlifted to Southmead Hospital.", ("Southmead Hospital", "at:hospital:hurt")),
        ("Councillors met at the Civic Centre.", ("Civic Centre", "at:meeting")),
        ("The meeting took place at the Guildhall.", ("Guildhall", "at:meeting")),
        ("The by-election was won by Labour's Priya Shah.", ("Priya Shah", "winner:election")),
        ("Priya Shah, the Labour candidate, won the by-election.", ("Priya Shah", "winner:election")),
    ],
)
def test_a_role_told_in_another_construction(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in _roles(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The match was refereed by the league's officials.",  # no name after "by"
        "Prices were driven by demand from China.",  # a cause, no one
        "Four casualties were airlifted to Southmead Hospital.",  # some of the hurt, not all
        "She met the minister in Paris.",  # a person met a person: no meeting place of a body
        "The deal was won by Lopez's assistant.",  # the owner's noun is no name
    ],
)
def test_no_role_where_the_construction_names_none(sentence: str) -> None:
    roles = {role for _name, role in _roles(sentence)}
    assert not roles & {"title:referee", "at:hospital:hurt", "at:meeting", "winner:election"}


def test_every_passive_names_a_job_of_the_titles() -> None:
    # the role a passive gives is the one its title gives ("refereed by X" as "referee X")
    assert all(lex.TITLES.get(title) == f"title:{title}" for title in lex.PASSIVE_TITLES.values())
