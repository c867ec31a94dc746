"""Synonyms of counted nouns and aliases of names: data, plus the one lookup that reads it.

Two quantity claims can only speak of the same thing when they count the same thing,
so the nouns news writers use interchangeably fold to one canonical head noun.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .units import UNITS

#: canonical head noun -> nouns that count the same thing in news copy (singular forms).
UNIT_SYNONYMS: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "agreement": ("agreement", "pact", "deal", "accord", "treaty", "memorandum", "contract", "mou"),
    "person": ("person", "people", "individual", "civilian", "resident", "inhabitant", "citizen"),
    "death": ("death", "fatality", "dead", "killed", "casualty"),
    "soldier": ("soldier", "troop", "serviceman", "servicemen"),
    "country": ("country", "nation", "state"),
    "percent": ("percent", "per cent", "%"),
    "vehicle": ("vehicle", "car", "truck", "lorry"),
    "prisoner": ("prisoner", "inmate", "convict"),
    "missile": ("missile", "rocket"),
    "drone": ("drone", "uav"),
    "home": ("home", "house", "dwelling", "residence", "household", "property", "homestead"),
    "building": ("building", "structure"),
    "store": ("store", "shop", "branch"),
    "job": ("job", "worker", "employee", "staff", "position", "post", "role"),
    "company": ("company", "firm", "business", "enterprise"),
    "aircraft": ("aircraft", "plane", "jet", "airplane", "airliner"),
    "ship": ("ship", "vessel", "boat"),
    "protester": ("protester", "protestor", "demonstrator"),
    "police officer": ("police officer", "officer", "policeman", "policemen", "policewoman"),
    "child": ("child", "children", "kid", "minor"),
    "injury": ("injury", "injured", "wounded"),
})

#: British spellings of the words of names, in American spelling ("Harbour Centre" / "Harbor
#: Center"); a word's "-isation" is read as "-ization" besides ("World Health Organisation").
NAME_SPELLINGS: Mapping[str, str] = MappingProxyType({
    "centre": "center", "centres": "centers", "theatre": "theater", "defence": "defense", "licence": "license",
    "labour": "labor", "harbour": "harbor", "honour": "honor", "neighbour": "neighbor", "colour": "color",
})

#: Name -> canonical form, for names that differ only by convention.
NAME_ALIASES: Mapping[str, str] = MappingProxyType({
    "us": "united states",
    "u.s.": "united states",
    "usa": "united states",
    "u.s.a.": "united states",
    "america": "united states",
    "united states of america": "united states",
    "washington": "united states",
    "uk": "united kingdom",
    "u.k.": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "eu": "european union",
    "e.u.": "european union",
    "un": "united nations",
    "u.n.": "united nations",
    "dprk": "north korea",
    "democratic people's republic of korea": "north korea",
    "pyongyang": "north korea",
    "russian federation": "russia",
    "moscow": "russia",
    "kremlin": "russia",
    "beijing": "china",
    "prc": "china",
    "people's republic of china": "china",
    "hanoi": "vietnam",
    "viet nam": "vietnam",
    "icc": "international criminal court",
    "asean": "association of southeast asian nations",
    "nato": "north atlantic treaty organization",
    # a building or an address for the office in it
    "number 10": "downing street",
    "no 10": "downing street",
    "no. 10": "downing street",
    "pentagon": "us department of defense",
    "department of defense": "us department of defense",
    "defense department": "us department of defense",
    "us defense department": "us department of defense",
    # a body's name in its own language and in English
    "medecins sans frontieres": "doctors without borders",
    "médecins sans frontières": "doctors without borders",
    "msf": "doctors without borders",
})

_NOUN_LOOKUP: dict[str, str] = {
    variant: canonical for canonical, variants in UNIT_SYNONYMS.items() for variant in variants
}
_UNIT_LOOKUP: dict[str, str] = {
    **_NOUN_LOOKUP,
    **{unit: spec.dimension for unit, spec in UNITS.items()},  # "mile" and "km" both measure length
}


def canonical_unit(unit: str | None, *, dimension: bool = True) -> str:
    """Return the canonical head noun for a unit, or the unit itself, or '' for none.

    A unit of measure folds to what it measures, so figures in miles and in kilometres are
    claims about one thing (:data:`claimdiff._lexicon.units.UNITS`).

    With ``dimension=False`` (a rank: "the 23rd minute") a unit stays itself.

    >>> canonical_unit("pact"), canonical_unit("inhabitant"), canonical_unit(None), canonical_unit("mile")
    ('agreement', 'person', '', 'length')
    >>> canonical_unit("minute", dimension=False)
    'minute'
    """
    if not unit:
        return ""
    unit = unit.casefold()
    return (_UNIT_LOOKUP if dimension else _NOUN_LOOKUP).get(unit, unit)
