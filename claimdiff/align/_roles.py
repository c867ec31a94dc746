"""Names that fill one role: the launch site, the mediator, the third-placed candidate.

Every sentence's names read their roles (:func:`claimdiff.claims.roles.find_roles`); names of
different sources that fill one role join one group, however differently their sentences are
worded ("launched from Vandenberg" / "the launch from Cape Canaveral"). A question before a
sentence ("Who mediated?", "Where?") gives the role of the name that answers it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence

from .._lexicon.stopwords import STOPWORDS
from ..claims.entities import entity_key
from ..claims.roles import NameRole, a_name_by_its_deed, fill_alike, find_event, find_roles, place_level
from ..models import Alignment, Claim, EntityClaim, Sentence
from ._groups import order_claims

#: How sure a role link is: the words say the role, the names are not compared.
_ROLE_SCORE = 90.0


def align_roles(names: Sequence[Claim], statements: Sequence[Claim]) -> list[Alignment]:
    """Group the names of different sources that fill one role.

    Args:
        names: the entity claims of every source.
        statements: the statement claims (one per sentence) of every source, which give each
            sentence the one before it.

    Returns:
        One alignment per role that two or more sources fill.
    """
    by_role: dict[str, dict[tuple[str, int, int], Claim]] = defaultdict(dict)
    for role, claim in _role_claims(names, statements):
        by_role[role].setdefault((claim.source, claim.start, claim.end), claim)
    out = []
    for role in sorted(by_role):
        claims = _single_fillers(list(by_role[role].values()))
        if len({c.source for c in claims}) >= 2:
            out.append(Alignment(kind=claims[0].kind, claims=order_claims(claims), score=_ROLE_SCORE))
    return out


def _single_fillers(claims: Sequence[Claim]) -> list[Claim]:
    """Keep the claims of the sources that fill a role with one name: a source that fills it
    with two different names ("Arsenal beat Spurs ... United beat Chelsea": two winners) speaks
    of several things, or contradicts itself, and disagrees with no one about it."""
    by_source: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_source[c.source].append(c)
    single = set()
    for source, mine in by_source.items():
        names = list({c.text: c for c in mine}.values())  # one claim per way of naming
        if all(fill_alike(a, b) for x, a in enumerate(names) for b in names[x + 1 :]):
            single.add(source)
    return [c for c in claims if c.source in single]


#: A word written in lower case: an article that writes "officials" so has no name "Officials".
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
#: The first word of a sentence.
_FIRST_WORD = re.compile(r"\W*([^\W\d_]+)")


def _opens_with_place(text: str) -> bool:
    """Whether a sentence opens with a place or a people's word ("Norwegian diplomats
    mediated"), a name the claims leave out as a capitalised opening word."""
    first = _FIRST_WORD.match(text)
    # a place or a people's word is capitalised: a lower-case opening ("x", a scraped line) is none
    return first is not None and first.group(1)[:1].isupper() and bool(place_level(first.group(1)))


def _lone_opener(text: str, start: int, name: str) -> bool:
    """Whether a name the claims do not know is one capitalised word that opens its sentence
    ("Officials", "Diplomats", "Brandt") and names no place or people."""
    opens = not any(ch.isalnum() for ch in text[:start])
    return opens and " " not in name and not place_level(name)


def _opens_with_word(text: str) -> bool:
    """Whether a sentence opens with a capitalised word that is no function word ("Brandt
    scored", not "The goal"): one that may name the doer of its deed."""
    first = _FIRST_WORD.match(text)
    return first is not None and first.group(1)[:1].isupper() and first.group(1).casefold() not in STOPWORDS


def _topic(sentences: Sequence[Sentence]) -> str:
    """The event an article tells: the one most of its sentences name first (ties by name), so
    the order of its paragraphs does not matter."""
    counts = Counter(event for event in (find_event(s.text) for s in sentences) if event)
    return min(counts, key=lambda e: (-counts[e], e)) if counts else ""


def _role_claims(names: Sequence[Claim], statements: Sequence[Claim]) -> Iterator[tuple[str, Claim]]:
    """Yield (role, name claim) for every name with a role; a name that fills a role with part
    of its words ("Swiss" of "Swiss-brokered") becomes a claim of that part."""
    known = {(c.source, c.start, c.end): c for c in names}
    named = {(c.source, c.sentence.start) for c in names}
    sentences: dict[str, list[Sentence]] = defaultdict(list)
    for c in statements:
        sentences[c.source].append(c.sentence)
    memo: dict[tuple[str, str, str], tuple[NameRole, ...]] = {}
    for source in sorted(sentences):
        ordered = sorted(sentences[source], key=lambda s: s.start)
        lowered: set[str] | None = None  # the article's lower-case words, read when needed
        topic: str | None = None  # read once, when a question asks for it
        for k, sent in enumerate(ordered):
            before = ordered[k - 1].text if k else ""
            question = before if before.rstrip().endswith("?") else ""
            if question and topic is None:
                topic = _topic(ordered)
            unnamed = (source, sent.start) not in named  # only its opening word may name a doer
            if unnamed and not _opens_with_word(sent.text):
                continue  # no name the article knows: no role to read
            context = (sent.text, question, topic or "")
            if context not in memo:  # wire copy repeats sentences across sources
                memo[context] = find_roles(sent.text, question=question, topic=topic or "")
            for found in memo[context]:
                start, end = sent.start + found.start, sent.start + found.end
                claim = known.get((source, start, end))
                if claim is None:
                    text = sent.text[found.start : found.end]
                    if unnamed and not _opens_with_place(sent.text) and not _lone_opener(sent.text, found.start, text):
                        continue
                    if _lone_opener(sent.text, found.start, text):
                        if lowered is None:
                            lowered = {w for s in ordered for w in _LOWER_WORD.findall(s.text)}
                        if not a_name_by_its_deed(text, found.role) or text.casefold() in lowered:
                            continue  # "Officials mediated": a capitalised opening word, no name
                    claim = EntityClaim(
                        source=source, text=text, start=start, end=end, sentence=sent, key=entity_key(text)
                    )
                yield found.role, claim
