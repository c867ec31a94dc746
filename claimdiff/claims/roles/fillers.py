"""Names that may fill one role together: forms of one name, or places of different sizes.

"Swiss Confederation" and "Switzerland", "Danny Okafor" and "Okafor", "University of
Tromsdal" and "Tromsdal University" are one name; "made in China" and "made in Foshan",
"in Washington state" and "near Kelso" are places of different sizes, one of which may lie in
the other, so neither disagrees. "Ramsey County District Court" and "Hennepin County
District Court" differ, for all the words they share.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..._lexicon import places
from ..._lexicon.people import SHORT_GIVEN_NAMES, TITLES
from ...models import Claim
from ..entities import entity_key

__all__ = ["container", "fill_alike", "place_level", "same_filler"]

_DEMONYMS = {form: country for country, forms in places.COUNTRIES.items() for form in (country, *forms)}
_LEVELS = (
    ("continent", places.CONTINENTS),
    ("country", frozenset(_DEMONYMS)),
    ("state", places.STATES),
    ("region", places.REGIONS),
)


def _folded(name: str) -> str:
    folded = " ".join(name.replace("’", "'").casefold().split()).removeprefix("the ")
    for prefix in places.STATE_PREFIXES:
        if folded.startswith(prefix) and folded != prefix.strip():
            return folded[len(prefix) :]
    return folded


def place_level(name: str, after: str = "") -> str:
    """Return how large a place a name is: ``continent``, ``country``, ``state``, ``region``,
    or ``""`` for a town, a person or an organisation (or a place on no list).

    ``after`` is the text that follows the name: a region word there ("Washington state",
    "the Arequipa region") says the size.

    >>> place_level("Swiss Confederation"), place_level("Calif."), place_level("Cowlitz County"), place_level("Kelso")
    ('country', 'state', 'region', '')
    >>> place_level("Arequipa", " region, where")
    'region'
    """
    folded = _folded(name)
    for level, members in _LEVELS:
        if folded in members:
            return level
    words = folded.split()
    marker = after.split(maxsplit=1)[0].casefold().strip(".,;:") if after.strip() else ""
    if marker in places.REGION_WORDS and after[:1].isspace():
        return places.REGION_WORDS[marker]
    if len(words) > 1 and words[-1] in places.REGION_WORDS:
        return places.REGION_WORDS[words[-1]]
    return ""


def _key(name: str) -> str:
    folded = _folded(name)
    return entity_key(_DEMONYMS.get(folded, folded))


def same_filler(
    a: str,
    b: str,
    *,
    level_a: str | None = None,
    level_b: str | None = None,
    within_a: str = "",
    within_b: str = "",
    lies_in_a: str = "",
    lies_in_b: str = "",
) -> bool:
    """Return whether two names may fill one role together, in either source.

    They may when they are forms of one name (aliases, demonyms, official names, one name's
    words inside the other's, a full name and a surname) or places of different sizes: a
    country and a town, a state and a county may lie one inside the other, and so may a
    place and the place its source says it lies in (``within_a``: "Salford" of "Salford,
    Greater Manchester" and "Manchester"). Names that end in the same word that says what
    they are ("Ramsey County District Court", "Hennepin County District Court") must agree in
    the words before it.

    ``level_a``/``level_b`` override :func:`place_level`. ``lies_in_a``/``lies_in_b`` is the
    country or state a source firmly says a town lies in ("Shenzhen, China."): a town in China
    and "Vietnam" are two places.

    >>> same_filler("Swiss Confederation", "Switzerland"), same_filler("Kelso", "Washington")
    (True, True)
    >>> same_filler("Nordbank", "Aldor Securities"), same_filler("Hennepin County Court", "Ramsey County Court")
    (False, False)
    >>> same_filler("Salford", "Manchester", within_a="Greater Manchester")
    True
    >>> same_filler("Shenzhen", "Vietnam", lies_in_a="China"), same_filler("Shenzhen", "China", lies_in_a="China")
    (False, True)
    """
    if _same_name(a, b) or (within_a and _same_name(within_a, b)) or (within_b and _same_name(a, within_b)):
        return True
    la = place_level(a) if level_a is None else level_a
    lb = place_level(b) if level_b is None else level_b
    if _inside_another(lies_in_a, b, lb) or _inside_another(lies_in_b, a, la):
        return False  # "Shenzhen, China" and "Vietnam": the town lies in another country
    return la != lb


def _inside_another(within: str, other: str, level: str) -> bool:
    """Whether the place a name is said to lie in ("China" of "Shenzhen, China") is another
    place as large as the ``other`` name, a country or a state (``level``)."""
    if not within or level not in {"country", "state"}:
        return False
    return place_level(within) == level and not _same_name(within, other)


def _same_name(a: str, b: str) -> bool:
    """Whether two names are forms of one name (see :func:`same_filler`)."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb or ka == kb or ka in kb or kb in ka:
        return True
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return True
    while len(wa) > 1 and len(wb) > 1 and wa[-1] == wb[-1] and wa[-1] in places.KIND_WORDS:
        wa, wb = wa[:-1], wb[:-1]
    if wa[-1] == wb[-1] and wa[-1] not in places.KIND_WORDS and _first_words_alike(wa[:-1], wb[:-1]):
        return True  # a surname: "Andrei Volan" and "Andrey Volan", "Volan" and "A. Volan"
    sa, sb = set(wa) - _JOINERS, set(wb) - _JOINERS
    return not sa or not sb or sa <= sb or sb <= sa


def _first_words_alike(a: list[str], b: list[str]) -> bool:
    """Whether the words before a shared last word can be one person's: none on one side, one
    initial, a title, or given names spelt alike ("Andrei" / "Andrey", "Tom" / "Thomas", "Bill" /
    "William") or one a short form of the other (:data:`SHORT_GIVEN_NAMES`: "Bob" / "Robert");
    "Baltic Tern" and "Nordic Tern", "Marcia Feld" and "Harriet Feld" are two."""
    if not a or not b:
        return True
    x, y = a[0].rstrip("."), b[0].rstrip(".")
    if len(x) == 1 or len(y) == 1:
        return x[:1] == y[:1]
    if x in TITLES or y in TITLES or SHORT_GIVEN_NAMES.get(x, x) == SHORT_GIVEN_NAMES.get(y, y):
        return True  # "Mayor Lira" / "Ana Lira"; "Bob" / "Robert"
    return fuzz.ratio(x, y) >= _GIVEN_NAME_LIKENESS


#: Least ``fuzz.ratio`` of two given names of one person: spellings and the common short
#: forms ("Tom" / "Thomas" 67, "Bill" / "William" 55, "Jim" / "James" 50); not "Bob" / "Robert".
_GIVEN_NAME_LIKENESS = 50


_CONTAINER = re.compile(r",\s+(?:the\s+)?((?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)")


def container(text: str, end: int) -> str:
    """Return the place a name ending at ``end`` of ``text`` is said to lie in ("Salford, Greater
    Manchester," -> "Greater Manchester"), or "".

    >>> container("found in Salford, Greater Manchester, on Monday", 16)
    'Greater Manchester'
    """
    found = _CONTAINER.match(text, end)
    return found.group(1) if found else ""


#: The place a name is said to lie in, closed by punctuation or the end: "Shenzhen, China." (not
#: "Graz, German officials said", whose capitalised word opens a new clause).
_FIRM_CONTAINER = re.compile(_CONTAINER.pattern + r"(?=[,.;:)]|$)")


def _lies_in(text: str, end: int) -> str:
    found = _FIRM_CONTAINER.match(text, end)
    return found.group(1).rstrip(".") if found else ""


_JOINERS = frozenset({"of", "the", "and", "de", "la", "del", "du", "von", "van"})


def _name_words(name: str) -> list[str]:
    """The folded words of a name, a demonym as its country ("Swiss" -> "switzerland")."""
    words = (w.strip(".,'") for w in re.split(r"[\s\-]+", _folded(name)))
    return [_DEMONYMS.get(w, w) for w in words if w]


def fill_alike(a: Claim, b: Claim) -> bool:
    """Return whether two name claims may fill one role together (:func:`same_filler`), their
    sentences read for a region word after each ("Washington state") and the place each is
    said to lie in ("Salford, Greater Manchester")."""
    ta, tb = a.sentence.text, b.sentence.text
    ea, eb = a.end - a.sentence.start, b.end - b.sentence.start
    return same_filler(
        a.text,
        b.text,
        level_a=place_level(a.text, ta[ea:]),
        level_b=place_level(b.text, tb[eb:]),
        within_a=container(ta, ea),
        within_b=container(tb, eb),
        lies_in_a=_lies_in(ta, ea),
        lies_in_b=_lies_in(tb, eb),
    )
