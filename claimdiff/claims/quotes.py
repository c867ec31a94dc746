"""Quotes and speakers: passages in quotation marks, and who a sentence says is speaking.

Speakers are the one finder of :mod:`claimdiff.claims` that still reads the sentence text
rather than the article's token stream: :data:`SPEAKER_RULES` are patterns (data) over the
sentence with its quotes masked, extended by the speaker work of issue 16 while issue 14
moved negation and names onto the token stream with byte-identical reports. They run only on
the sentences that hold a quote (118 of the 1,312 sentences of the dev stories). Moving them
onto tokens, with the same speakers in every report, is a change of its own.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Sequence

import attrs

from .._lexicon.abbreviations import PLACE_PREPOSITIONS
from .._lexicon.attribution import SPOKES_NOUNS
from .._lexicon.dates import MONTHS, WEEKDAYS
from .._lexicon.people import BODY_WORDS, NAME_SUFFIXES, ROLE_NOUNS, SPEAKER_PRONOUNS, TITLES
from .._lexicon.speech import ADDRESSEE_VERBS, CHARACTERISING_VERBS, SPEECH_VERBS
from .._lexicon.stopwords import STOPWORDS
from ..errors import InvalidArgument, short_repr

__all__ = [
    "SPEAKER_RULES",
    "QuoteSpan",
    "find_quotes",
    "find_speaker",
    "find_speaker_rule",
    "is_body",
    "name_key",
    "same_speaker",
    "speaker_identity",
    "speaker_key",
    "speaker_name",
]


@attrs.frozen
class QuoteSpan:
    """A passage in quotation marks: offsets of its inner words (marks excluded)."""

    start: int
    end: int
    mark: str


_OPEN_CLOSE = {"\u201c": "\u201d", "\u2018": "\u2019", '"': '"', "'": "'", "\u00ab": "\u00bb"}
_MAX_QUOTE = 1500
#: Straight single quotes double as apostrophes, so they only pair over a short span.
_MAX_SINGLE_QUOTE = 200
#: Punctuation that typography puts inside closing marks but that belongs to the sentence.
_TRAILING = ",;:."
_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def find_quotes(text: str) -> list[QuoteSpan]:
    """Find passages in quotation marks, with the offsets of the words inside the marks.

    Curly double quotes, straight double quotes, guillemets and curly single quotes are
    paired left to right within one paragraph; an apostrophe inside a word ("Russia’s")
    never opens or closes a quote. Passages of fewer than two words are not quotes but
    names or scare quotes, and are left out, as are titles (:func:`_is_title`: "The Salt
    Road", "Operation Sea Lion").

    >>> text = 'He called it “a reliable security architecture” on Thursday.'
    >>> [text[q.start:q.end] for q in find_quotes(text)]
    ['a reliable security architecture']
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    found: list[QuoteSpan] = []
    closers = _positions(text)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        close = _OPEN_CLOSE.get(ch)
        if close is None or not _opens_quote(text, i):
            i += 1
            continue
        j = _find_close(text, i + 1, close, closers)
        if j < 0:
            i += 1
            continue
        start, end = i + 1, j
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
            end -= 1
        words = _WORD.findall(text, start, end)
        if len(words) >= 2 and not _is_title(words, text, start, end):
            found.append(QuoteSpan(start, end, ch))
        i = j + 1
    return found


#: Words a title leaves in lower case ("Pride and Prejudice", "The Hatton Garden Job: 10 Years On").
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of in on at to for with from by as vs via into onto over under up off out".split()
)
#: Most words of a title in quotation marks.
_MAX_TITLE_WORDS = 8


def _is_title(words: list[str], text: str, start: int, end: int) -> bool:
    """Return whether a quoted passage is a title or a name, not words someone said: at most
    :data:`_MAX_TITLE_WORDS` words, each capitalised, a figure or a small word, the first
    capitalised, not all in capitals (a chant), and no mark of a sentence inside.

    >>> _is_title(["The", "Salt", "Road"], "The Salt Road", 0, 13)
    True
    >>> _is_title(["We", "will", "win"], "We will win", 0, 11)
    False
    >>> _is_title(["STOP", "THE", "WAR"], "STOP THE WAR", 0, 12)
    False
    """
    if len(words) > _MAX_TITLE_WORDS or not words[0][:1].isupper() or not any(w[1:].islower() for w in words):
        return False
    if any(mark in text[start:end] for mark in ".!?,;"):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _TITLE_SMALL_WORDS for w in words)


def _opens_quote(text: str, i: int) -> bool:
    ch = text[i]
    nxt = text[i + 1] if i + 1 < len(text) else ""
    if not nxt or nxt.isspace():
        return False
    if ch in "\u2018'\"":
        prev = text[i - 1] if i > 0 else " "
        # An apostrophe or a closing straight quote sits after a letter; an opening one does not.
        if _is_word_char(prev):
            return False
    return True


def _positions(text: str) -> dict[str, list[int]]:
    """Return the offsets of every closing mark and of every paragraph break, in one pass."""
    marks = set(_OPEN_CLOSE.values()) | {"\n\n"}
    out: dict[str, list[int]] = {mark: [] for mark in marks}
    for k, ch in enumerate(text):
        if ch in out:
            out[ch].append(k)
        if ch == "\n" and text[k + 1 : k + 2] == "\n":
            out["\n\n"].append(k)
    return out


#: Apostrophes ("it’s") skipped while looking for a closing single mark, at most.
_MAX_APOSTROPHES = 32


def _find_close(text: str, start: int, close: str, closers: dict[str, list[int]]) -> int:
    limit = min(len(text), start + (_MAX_SINGLE_QUOTE if close == "'" else _MAX_QUOTE))
    breaks = closers["\n\n"]
    k = bisect.bisect_left(breaks, start)
    if k < len(breaks) and breaks[k] < limit:
        limit = breaks[k]
    positions = closers[close]
    k = bisect.bisect_left(positions, start)
    for j in positions[k : k + _MAX_APOSTROPHES]:
        if j >= limit:
            return -1
        nxt = text[j + 1] if j + 1 < len(text) else " "
        # A single closing mark followed by a letter is an apostrophe ("it’s").
        if close in "\u2019'" and _is_word_char(nxt):
            continue
        return j
    return -1


# --- speakers of one sentence ------------------------------------------------------------

#: The verbs of saying as one alternation, longest first.
_SPEECH_VERBS = "|".join(sorted(SPEECH_VERBS, key=lambda verb: (-len(verb), verb)))
#: Upper-case letters: ASCII and the Latin letters of names ("Élodie", "Łukasz").
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_SP = r"[^\S\n]+"
_NAME_WORD = rf"[{_UPPER}][\w\u2019'.-]*"
_JOINER = r"(?:de|da|del|della|der|di|du|la|le|van|von|bin|ibn|al|el|dos|das)"
_NAME = rf"(?:{_NAME_WORD}(?:{_SP}(?:{_JOINER}{_SP})?{_NAME_WORD}){{0,6}})"
_DETERMINER = r"(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur)"
#: A description: "the Russian president", "the study’s lead author", "Halyard’s chief executive".
_DESCRIPTOR = rf"(?:{_DETERMINER}(?:{_SP}[\w\u2019'-]+){{1,4}}|{_NAME_WORD}[\u2019']s(?:{_SP}[a-z][\w-]*){{1,3}})"
_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)"
#: A name and its body: "Lars Moen of Nordbank".
_NAME_OF = rf"(?:{_NAME}(?:{_SP}of{_SP}{_NAME})?)"
_SUBJECT = rf"(?:{_DESCRIPTOR}|{_PRONOUN}|{_NAME_OF})"
#: Role words before a name behind its verb: "regional governor", "UN envoy", "EU foreign policy chief".
_ROLE_WORDS = rf"(?:{_NAME}{_SP}(?=[a-z]))?(?:[a-z][\w\u2019'-]*{_SP}){{0,4}}"
#: Words between a speaker and the verb: "also said", "has told", "actually said".
_MOD_WORDS = r"(?:also|later|then|again|once|earlier|previously|[a-z]+ly|has|had|have|was|is|would|will|did)"
_MODS = rf"(?:{_MOD_WORDS}{_SP}){{0,2}}"
_VERB = rf"(?:{_SPEECH_VERBS})\b"
#: A verb of saying that a speaker may follow ("said the minister"): not one whose object is
#: the listener ("told the Courier").
_INVERTIBLE_VERBS = "|".join(sorted(SPEECH_VERBS - ADDRESSEE_VERBS, key=lambda verb: (-len(verb), verb)))
_VERB_BEFORE_SPEAKER = rf"(?:{_INVERTIBLE_VERBS})\b"
_NOT_IN_WORD = r"(?<![\w\u2019'-])"
#: After a speaker named behind its verb: the sentence's end, punctuation, or an apposition.
_SPEAKER_END = rf"(?=[^\S\n]*(?:[,.;:!?)]|$)|{_SP}(?:of|who|whose|from|at|on|in|after|before|during|as|when|while)\b)"
#: An apposition between commas, without a quote: "who commands the brigade", "the trust's director".
_APPOSITION = r"[^,\n\"\u201c\u201d]{1,120}"

#: A role before a name that opens a sentence, a capitalised word then lower-case ones ("Police
#: chief", "Opposition leader", "Union boss"): the name after it is the subject.
_ROLE_BEFORE_NAME = rf"(?:[{_UPPER}][a-z]+{_SP}(?:[a-z][\w-]*{_SP}){{1,2}}(?=[{_UPPER}]))?"

#: Participles of saying whose speaker is the subject of the sentence ("..., saying that").
_PARTICIPLES = "saying|adding|telling|insisting|warning|noting|arguing|explaining|stressing|calling"
_PARTICIPLE = rf"(?:{_PARTICIPLES})\b"
#: What may open a sentence before its subject: a conjunction, a clause and its comma.
_OPENING = rf"(?:(?:And|But|Yet|Still|Then){_SP})?(?:[^,\n\"\u201c\u201d]{{1,100}},{_SP})?"
#: A colon that opens a quote: "Kerr put it bluntly: \"...\"".
_COLON_QUOTE = rf":{_SP}[\"\u201c]"
#: What every speaker pattern needs: a verb of saying, "quoted", "according to" or a colon
#: that opens a quote.
_CHARACTERISING = "|".join(sorted(CHARACTERISING_VERBS, key=lambda verb: (-len(verb), verb)))
#: A verb that gives a speaker's words, of saying or characterising: the subject set off by an
#: apposition is the speaker either way ("Dr Nair, the medical director, called the risk \"low\"").
_TELLING = rf"(?:{_SPEECH_VERBS}|{_CHARACTERISING})\b"
_CUE = re.compile(rf"\b(?:{_SPEECH_VERBS}|{_CHARACTERISING}|quoted|[Aa]ccording|{_PARTICIPLES})\b|{_COLON_QUOTE}")
#: What may open a sentence before the subject of a colon that opens a quote: a clause and
#: its comma ("In closing,"), or one capitalised adverb ("Meanwhile").
_COLON_OPENING = (
    rf"(?:[^,\n\"\u201c\u201d:]{{1,60}},{_SP}|[{_UPPER}][a-z]+ly{_SP}|(?:Meanwhile|Later|Afterwards){_SP})?"
)
#: The predicate between that subject and the colon: a few lower-case words ("struck a
#: contrite tone", "summed it up", "put it bluntly"), no name, comma or verb of saying.
_COLON_PREDICATE = rf"(?:{_SP}[a-z][\w\u2019'-]*){{1,6}}{_COLON_QUOTE}"

#: Speaker patterns, as data: (name, pattern). The group ``who`` is the speaker.
SPEAKER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Halyard's chief executive, Nadia Kerr, told us": the name set off by commas before the verb
    ("name-in-apposition", re.compile(rf",{_SP}(?P<who>{_NAME}),{_SP}{_MODS}{_TELLING}")),
    # "Colonel Marco Tello, who commands the brigade, told me"; "Dr Nair, the medical director, said"
    (
        "name-then-apposition",
        re.compile(rf"{_NOT_IN_WORD}(?P<who>{_NAME}|{_DESCRIPTOR})(?:,{_SP}{_APPOSITION}){{1,2}},{_SP}{_MODS}{_TELLING}"),
    ),
    # "..., said regional governor Lucía Paredes, who ..."; "said the minister."
    (
        "verb-then-name",
        re.compile(rf"\b{_VERB_BEFORE_SPEAKER}{_SP}(?P<who>{_ROLE_WORDS}{_NAME_OF}|{_DESCRIPTOR}){_SPEAKER_END}"),
    ),
    ("quoted-as-saying", re.compile(rf"{_NOT_IN_WORD}(?P<who>{_SUBJECT}){_SP}(?:was|were|is){_SP}quoted\b")),
    ("according-to", re.compile(rf"\b[Aa]ccording to{_SP}(?P<who>{_NAME}|{_DESCRIPTOR})")),
    ("name-then-verb", re.compile(rf"{_NOT_IN_WORD}(?P<who>{_SUBJECT}){_SP}{_MODS}{_VERB}")),
    # "The coach called the decision \"a disgrace\"": the subject gives the quoted words
    # "Police chief Omar Diallo described the attack as \"cowardly\"": role words before the name
    (
        "subject-then-characterises",
        re.compile(rf"^{_OPENING}{_ROLE_BEFORE_NAME}(?P<who>{_SUBJECT}){_SP}{_MODS}(?:{_CHARACTERISING})\b"),
    ),
    # "Ellison refused to blame the referee, saying only that she would ..."
    ("subject-then-participle", re.compile(rf"^{_OPENING}(?P<who>{_SUBJECT}){_SP}[^\n]{{1,150}}?,{_SP}{_PARTICIPLE}")),
    # "The trust's medical director, Dr Anil Prakash, struck a contrite tone: \"...\""
    (
        "apposition-then-colon",
        re.compile(rf"^{_COLON_OPENING}{_DESCRIPTOR},{_SP}(?P<who>{_NAME}),{_COLON_PREDICATE}"),
    ),
    # "In closing, prosecutor Kevin Marsh summed it up: \"...\""
    (
        "subject-then-colon",
        re.compile(rf"^{_COLON_OPENING}(?P<who>(?:[a-z][\w-]*{_SP}){{0,2}}{_NAME_OF}|{_SUBJECT}){_COLON_PREDICATE}"),
    ),
)


def find_speaker(sentence: str, quotes: Sequence[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
    """Return who a sentence says is speaking, as ``(words, start, end)`` in ``sentence``.

    ``quotes`` are the spans of quoted passages inside the sentence: they are masked so a
    name inside a quote is not taken as its speaker. The match nearest after the last quote
    wins, then the nearest before it. The words are as written: a name with its titles, a
    description ("the Russian president") or a pronoun; :func:`speaker_name` trims them.

    >>> find_speaker('"We are ready," Putin said.', [(1, 13)])
    ('Putin', 16, 21)
    >>> find_speaker('"Tonight was textbook," said launch director Sam Ibarra, who ...', [(1, 21)])[0]
    'launch director Sam Ibarra'
    >>> find_speaker('"We need tents," a nurse in Kherson said.', [(1, 15)])[0]
    'a nurse in Kherson'
    >>> find_speaker('"We need tents," Kherson said.', [(1, 15)])[0]
    'Kherson'
    """
    found = find_speaker_rule(sentence, quotes)
    return None if found is None else found[:3]


def find_speaker_rule(sentence: str, quotes: Sequence[tuple[int, int]] = ()) -> tuple[str, int, int, str] | None:
    """Return :func:`find_speaker`'s answer and the name of the rule that found it."""
    return _speaker_rule(sentence, tuple((start, end) for start, end in quotes))


@functools.lru_cache(maxsize=1 << 12)
def _speaker_rule(sentence: str, quotes: tuple[tuple[int, int], ...]) -> tuple[str, int, int, str] | None:
    """:func:`find_speaker_rule`, read once per sentence and quotes: wire copy repeats sentences."""
    plain = _mask(sentence, quotes)
    if not _CUE.search(plain):
        return None  # no verb of saying, no "according to": no rule can match
    anchor = quotes[-1][1] if quotes else 0
    best: tuple[tuple[int, int], str, int, int, str] | None = None
    named: list[tuple[int, int, int]] = []  # names set off by commas: (start, end, end of match)
    for name, rule in SPEAKER_RULES:
        for m in rule.finditer(plain):
            start, end = _trim_speaker(sentence, *m.span("who"), inverted=name == "verb-then-name")
            if start >= end or any(start < q_end and q_start < end for q_start, q_end in quotes):
                continue
            if _JOINT.search(plain, max(0, start - 40), start):
                continue  # "Smith and Jones said": no one speaker
            if name == "name-then-verb" and plain[max(0, start - 12) : start].split()[-1:] in _PLACE_WORD_BEFORE:
                continue  # "a Red Cross worker in Kherson said": a place, not who spoke
            start = _spokesperson_start(plain, start) if name == "name-then-verb" else start
            if name == "name-in-apposition":
                named.append((start, end, m.end()))
            distance = _distance(plain, anchor, start, end)
            if best is None or distance < best[0]:
                best = (distance, sentence[start:end], start, end, name)
    if best is not None and best[4] == "name-then-apposition" and (
        not speaker_name(best[1]) or _OF_BEFORE.search(plain, max(0, best[2] - 4), best[2])
    ):
        # "The trust's medical director, Dr Priya Nair, said": the name, not the description;
        # "the chief executive of Northgate Hospital, Mark Davey, said": not the body either
        inner = [(a, b) for a, b, verb in named if best[3] < a < verb]
        if inner:
            return sentence[inner[0][0] : inner[0][1]], inner[0][0], inner[0][1], "name-in-apposition"
    if best is not None and best[4] == "verb-then-name" and not speaker_name(best[1]):
        # "..., said the club's owner, Jo Park.": the name the description is set beside
        named_after = _NAME_AFTER_DESCRIPTION.match(plain, best[3])
        if named_after is not None:
            start, end = named_after.span("who")
            if sentence[end - 1] == "." and len(sentence[start:end].split()[-1]) > 2:
                end -= 1  # the sentence's full stop, not an initial's
            return sentence[start:end], start, end, "verb-then-name"
    return None if best is None else best[1:]


#: A name set off by a comma after a description behind its verb, ending the clause
#: ("said the club's owner, Jo Park."; not "said the owner, who ...").
_NAME_AFTER_DESCRIPTION = re.compile(rf",{_SP}(?P<who>{_NAME})(?=[^\S\n]*(?:[,.;:!?)]|$))")


#: Before a speaker that is someone's principal, not the speaker: "a spokeswoman for", "an aide
#: to", "a representative of" (read at the end of a short window, so it cannot run long).
_SPOKESPERSON_BEFORE = re.compile(
    rf"(?:\b(?:[Aa]n?|[Tt]he|[{_UPPER}][\w\u2019'.-]*){_SP})?(?:[a-z][\w-]*{_SP}){{0,2}}"
    rf"(?:{'|'.join(sorted(SPOKES_NOUNS, key=lambda w: (-len(w), w)))}){_SP}(?:for|of|to){_SP}\Z"
)
#: Characters read before a speaker for :data:`_SPOKESPERSON_BEFORE`.
_SPOKESPERSON_WINDOW = 60


def _spokesperson_start(plain: str, start: int) -> int:
    """Return where the speaker starts when a name or description is a spokesperson's principal
    ("A spokeswoman for the prime minister said": the spokeswoman, not the prime minister);
    ``start`` otherwise.

    >>> text = "A spokeswoman for the prime minister said"
    >>> text[_spokesperson_start(text, text.index("the prime")):]
    'A spokeswoman for the prime minister said'
    """
    head = max(0, start - _SPOKESPERSON_WINDOW)
    found = _SPOKESPERSON_BEFORE.search(plain[head:start])
    return head + found.start() if found is not None else start


#: Right before a name that is the object of a description ("the chief executive of Northgate
#: Hospital, Mark Davey, said"), not the speaker.
_OF_BEFORE = re.compile(r"\sof\s\Z")
#: Before a speaker: another name and "and" ("Smith and Jones said", "Acme, Brill and Coe said").
_JOINT = re.compile(rf"[{_UPPER}][\w\u2019'.-]*{_SP}(?:and|&){_SP}\Z")


def _distance(plain: str, anchor: int, start: int, end: int) -> tuple[int, int]:
    """Rank a speaker match against the last quote's end: right after it ('"...," Putin said')
    first, then before it ('Putin said "..."'), then after it past other words ('"..." as he
    continued a swing'); nearest first within each."""
    if start >= anchor:
        adjacent = not any(ch.isalnum() for ch in plain[anchor:start])
        return (0 if adjacent else 2, start - anchor)
    return (1, anchor - end)


def _mask(sentence: str, quotes: Sequence[tuple[int, int]]) -> str:
    masked = list(sentence)
    for start, end in quotes:
        for k in range(max(0, start), min(len(masked), end)):
            masked[k] = " " if masked[k].isspace() else "x"
    return "".join(masked)


_LEADING_JUNK = re.compile(r"(?:And|But|Then|Also|So|When|While|As|If|Yet|Now|Later|Still)\s+")


def _trim_speaker(sentence: str, start: int, end: int, *, inverted: bool) -> tuple[int, int]:
    """Trim a matched speaker: a leading conjunction ("But Smith said"); behind the verb, lower-case
    words before the name must be a role ("said regional governor Lucía Paredes"), not "said on Friday"."""
    lead = _LEADING_JUNK.match(sentence, start, end)
    if lead and lead.end() < end:
        start = lead.end()
    words = sentence[start:end].split()
    if inverted and words[0].casefold() not in _DETERMINERS:
        cut = next(
            (i for i, w in enumerate(words) if w[:1].islower() and w in STOPWORDS and not _in_name(words, i)), None
        )
        if cut is not None:  # "said Kallas on Friday" -> "Kallas"; "said on Friday": no one
            words = words[:cut]
            if not words or not words[-1][:1].isupper():
                return start, start
            end = start + sentence[start:end].index(words[-1]) + len(words[-1])
            while end > start and sentence[end - 1] in ",;:":
                end -= 1
    folded = [w.strip(".,").casefold() for w in words]
    if all(w in STOPWORDS and w not in SPEAKER_PRONOUNS for w in folded):
        return start, start  # "The" of "The plan, ..., saying"
    if len(folded) > 1 and folded[-1] in STOPWORDS:
        return start, start  # "his staff and" of "thanked his staff and said"
    capitalised = [w.strip(".,").casefold() for w in words if w[:1].isupper()]
    if capitalised and all(w in _NOT_NAMES for w in capitalised):
        return start, start  # "said Friday"
    last = words[-1][:-1]
    if sentence[end - 1] == "." and "." not in last and len(last) > 1 and last.casefold() not in NAME_SUFFIXES:
        end -= 1  # the sentence's full stop, not "Jr." or an initial
    return start, end


_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
#: Capitalised words that are no speaker's name: months and weekdays ("said Friday").
_NOT_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_TRAIL = ".,;:!?\u2019'\"\u201d) "


def speaker_name(speaker: str | None) -> str:
    """Return the name in a speaker's words, titles and punctuation trimmed; '' for a pronoun,
    a description ("the Russian president", "Halyard’s chief executive") or no speaker.

    The name is the run of capitalised words that ends the words ("UN envoy Hélène Dubois",
    "the health minister Brandvold"), less its titles; of "<person> of <body>" the person.

    >>> speaker_name("Governor Tom Price."), speaker_name("regional governor Lucía Paredes")
    ('Tom Price', 'Lucía Paredes')
    >>> speaker_name("Detective Chief Inspector Sarah Quinn"), speaker_name("she")
    ('Sarah Quinn', '')
    >>> speaker_name("Russia’s Putin"), speaker_name("Halyard’s chief executive")
    ('Putin', '')
    >>> speaker_name("Lars Moen of Nordbank"), speaker_name("the Bank of England")
    ('Lars Moen', 'Bank of England')
    >>> speaker_name("a Red Cross worker in Kherson")
    ''
    """
    words = (speaker or "").split()
    start = len(words)
    while start and _in_name(words, start - 1):
        start -= 1
    if start and words[start - 1] in _PLACE_BEFORE:
        return ""  # "a Unicef official in Sudan": the place is not who spoke
    words = words[start:]
    while words and (words[0] in _JOINERS or words[0] == "of"):
        words.pop(0)
    if not words or words[-1].endswith(_POSSESSIVES):
        return ""  # a pronoun, a description ("the Russian president", "Halyard’s chief executive")
    if "of" in words:  # "Lars Moen of Nordbank"; "Secretary of State Antony Blinken"; "Bank of England"
        person, rest = words[: words.index("of")], words[words.index("of") + 1 :]
        if person and all(w.strip(".").casefold() in TITLES for w in person):
            words = rest
        elif person and not is_body(" ".join(person)):
            words = person
    while len(words) > 1 and words[0].casefold() in _OPENERS:
        words.pop(0)  # "But Smith", "The Bank of England"; not "To Lam"
    titled = [i for i, w in enumerate(words[:-1]) if w.strip(".").casefold() in TITLES]
    if titled:
        words = words[titled[-1] + 1 :]
    name = " ".join(words).strip(_TRAIL)
    if name.casefold() in SPEAKER_PRONOUNS or _is_common_noun(name):
        return ""  # "he"; "Officials said", "Police said": no one named
    return name


_POSSESSIVES = ("\u2019s", "'s")
#: Words before the place where a speaker is ("an aid worker in Gaza"); not "at", which may
#: name the body a speaker works for ("an economist at Nordbank").
_PLACE_BEFORE = PLACE_PREPOSITIONS - {"at"}
_PLACE_WORD_BEFORE = [[word] for word in sorted(_PLACE_BEFORE)]


def _is_common_noun(name: str) -> bool:
    """Return whether a one-word name is a common noun of people or bodies ("Officials",
    "Police", "Residents"), capitalised only because it opens the sentence."""
    word = name.casefold()
    if " " in word:
        return False
    singular = word[:-1] if word.endswith("s") else word
    return any(w in ROLE_NOUNS or w in BODY_WORDS for w in (word, singular, word.removesuffix("ies") + "y"))
#: Words that open a clause before a name ("But Smith said", "When Governor Price says").
_OPENERS = frozenset(
    "and but then also so when while as if yet now later still the a an in on at after before during for with by"
    .split()
)


def _in_name(words: Sequence[str], i: int) -> bool:
    """Return whether word ``i`` belongs to the name that ends ``words``: capitalised, or a
    joiner or "of" inside it; a possessive ends the name before it ("Russia’s Putin")."""
    word = words[i]
    if i + 1 < len(words) and word.endswith(_POSSESSIVES):
        return False
    if word in _JOINERS or word == "of":  # "Ursula von der Leyen", "Lars Moen of Nordbank"
        return i + 1 < len(words) and (words[i + 1][:1].isupper() or words[i + 1] in _JOINERS)
    return word[:1].isupper()


_JOINERS = frozenset(
    {"de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "dos", "das"}
)


def name_key(name: str) -> str:
    """Return the comparable form of a name: a person's surname, a body's whole name, folded
    (case, accents, dots, a possessive); '' for no name.

    >>> name_key("Lucía Paredes"), name_key("Dr. Lena Brandvold"), name_key("Greater Manchester Police")
    ('paredes', 'brandvold', 'greatermanchesterpolice')
    """
    words = [w for w in name.replace("\u2019", "'").split() if w.strip(".").casefold() not in NAME_SUFFIXES]
    if not words:
        return ""
    if is_body(name):
        return _fold_name("".join(words))
    return _fold_name(words[-1])


_NOT_ALNUM = re.compile(r"[\W_]+")


def _fold_name(word: str) -> str:
    word = word.removesuffix("'s").casefold()
    if not word.isascii():
        word = "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))
    return _NOT_ALNUM.sub("", word)


def is_body(name: str) -> bool:
    """Return whether a name is a body's (a police force, a bank, a company), not a person's.

    >>> is_body("Greater Manchester Police"), is_body("Sarah Quinn")
    (True, False)
    """
    return any(w.strip(".,").casefold() in BODY_WORDS for w in name.split())


def speaker_identity(key: str, speaker: str | None) -> str:
    """Return what tells a quote's speaker: their name's key, else a definite description
    folded ("the minister"); '' for none, a pronoun, or someone new ("a resident").

    >>> speaker_identity("kane", "Ruth Kane"), speaker_identity("", "The Minister"), speaker_identity("", "a resident")
    ('kane', 'the minister', '')
    """
    if key:
        return key
    words = (speaker or "").casefold().split()
    return " ".join(words) if len(words) > 1 and words[0] == "the" else ""


def same_speaker(a: str, b: str) -> bool:
    """Return whether two speakers' names can be one person or body: the same surname key,
    the words of one among the other's ("Xi" / "Xi Jinping"), or the same letters
    ("Kim Jong Un" / "Kim Jong-un"). Titles are trimmed first.

    >>> same_speaker("Dr. Lena Brandvold", "Brandvold"), same_speaker("Kim Jong Un", "Kim Jong-un")
    (True, True)
    >>> same_speaker("Xi", "President Xi Jinping"), same_speaker("Sam Ibarra", "Nadia Kerr")
    (True, False)
    """
    na, nb = speaker_name(a) or a, speaker_name(b) or b
    if name_key(na) == name_key(nb):
        return True
    wa, wb = ({_fold_name(w) for w in re.split(r"[\s-]+", n) if w} for n in (na, nb))
    if wa <= wb or wb <= wa:
        return True
    return _fold_name("".join(na.split())) == _fold_name("".join(nb.split()))


def speaker_key(speaker: str | None) -> str:
    """Return a comparable form of a speaker: the surname of a name; '' for a pronoun,
    a description ("the Russian president") or no speaker, which compare as unknown.

    >>> speaker_key("President Vladimir Putin"), speaker_key("he"), speaker_key("the minister")
    ('putin', '', '')
    """
    return name_key(speaker_name(speaker))
