"""Frames: what a figure measures, read from the words around it.

A figure's *measure* names what it counts or weighs, from the lexicon in
:mod:`claimdiff._lexicon.measures`. It is read, in order, from:

1. an age: the counted noun says so ("the 44-year-old", "aged 47"), and whose age it is
   comes with it: ``age:engineer`` for "the 54-year-old engineer" and "the engineer, 45,";
2. the counted noun itself, when it names a measure ("three deaths", "four arrests");
3. the nearest trigger word on either side of the figure, within its clause: a few words
   back ("the blast killed 12", "a death toll of 71") or ahead ("12 people died", "two of
   them have died", "some 120 people on board"). A measure of what is done to things
   (``signed``) needs a counted noun: in "the two signed agreements", two are the signers.
   A figure that a change ends at ("the death toll from the floods has risen to 19", "the
   number of people injured in the fire has climbed to 15") measures the change's subject,
   read back past the change's words to the start of its clause.

The stretch read on each side stops at another figure, at punctuation and at a word that
opens a new clause or list item (:data:`~claimdiff._lexicon.measures.FRAME_STOPS`), so in
"killing three people and injuring 47" three measures ``deaths`` and 47 ``injured``. Which
table is read depends on the figure: money reads money roles (budget, fine, revenue),
percentages what they are a share or a change of, other figures the counts of people and
things (deaths, injured, arrested, evacuated...).

A figure said to be an earlier value ("up from 120", "its previous forecast of $18.7
billion", "$529 million a year earlier") gets :data:`PREVIOUS` appended to its measure: the
old value of a change is not a rival to the new one. In the same way a part of a total or an
increment ("the remaining two", "another 40", "two more", "four years of a 14-year sentence")
gets :data:`PART`, and an adjusted value of a company's accounts ("adjusted earnings of $1.47
a share", "excluding one-off items") gets :data:`ADJUSTED`.

A figure with no trigger near it has no measure (``""``): it is compared by the noun it
counts, as before. Frames have limits: they do not know *whose* figure it is (a toll in one
district or in the region) nor *when* (the noon turnout or the final one); the aligner's
context checks stand in for those.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from .._lexicon.measures import (
    ADJUSTED_AFTER,
    ADJUSTED_BEFORE,
    ADJUSTED_OPENERS,
    AGE_MODIFIERS,
    CLOCK_MEASURES,
    CONTRAST_WORDS,
    COUNT_MEASURES,
    DURATION_MEASURES,
    ESTIMATED_MEASURES,
    FRAME_STOPS,
    GENERIC_NOUNS,
    IRREGULAR_ACTS,
    KEYED_COUNT_MEASURES,
    MONEY_MEASURES,
    NOT_ACTS,
    NOUN_MEASURES,
    OBJECT_MEASURES,
    OFFSET_WORDS,
    ORGANISER_WORDS,
    OTHER_ESTIMATORS,
    PART_AFTER,
    PART_BEFORE,
    PERCENT_MEASURES,
    PLANNED_BEFORE,
    PREVIOUS_AFTER,
    PREVIOUS_BEFORE,
    SEVERITY_MEASURES,
    SEVERITY_WORDS,
    SOFT_NOUNS,
    WINDOW_WORDS,
)
from .._lexicon.numbers import CURRENCY_CODES, MEASURE_UNITS, TIME_UNITS
from .._lexicon.stopwords import STOPWORDS
from .._lexicon.synonyms import canonical_unit
from .._lexicon.units import UNITS
from .._lexicon.updates import CHANGE_FILLERS, CHANGE_VERBS, LEVEL_WORDS
from ..models import Quantity, Sentence
from ..words import has_letter

__all__ = [
    "ADJUSTED",
    "ORGANISERS",
    "PART",
    "PLANNED",
    "PREVIOUS",
    "contrasted",
    "estimated",
    "find_measure",
    "is_specific_noun",
    "measure_table",
]


def _index(table: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    return {form: measure for measure, forms in table.items() for form in forms}


_TRIGGERS = {
    "count": _index(COUNT_MEASURES),
    "money": _index(MONEY_MEASURES),
    "percent": _index(PERCENT_MEASURES),
    "duration": _index(DURATION_MEASURES),
    "clock": _index(CLOCK_MEASURES),
    "": {},
}
#: The count triggers with those only a figure of one noun reads, by its key ("cut 300 jobs").
_KEYED_TRIGGERS = {key: {**_TRIGGERS["count"], **_index(table)} for key, table in KEYED_COUNT_MEASURES.items()}
#: Words read on each side of a figure: back from its first character, ahead from its last.
_BACK, _AHEAD = 4, 6
#: How far (in characters) each side of a figure a qualifier ("adjusted", "excluding
#: one-time items") is read, within the figure's clause.
_QUALIFIER_CHARS = 60
#: The longest opening phrase before its comma that :func:`_opened_adjusted` reads.
_OPENER_CHARS = 80
#: Punctuation that ends a clause between an opening phrase and a figure.
_CLAUSE_MARK = re.compile(r"[,;:()\[\]—–]")
#: Words, and characters, of the subject read back from a figure that a change ends at ("the
#: number of people injured in the warehouse fire has climbed to 15").
_SUBJECT, _SUBJECT_CHARS = 12, 160
#: A word (letters, inner apostrophes) or one punctuation mark that ends a clause.
_PIECE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|[,;:()\[\]—–!?\"“”]|\.(?!\w)")


#: Kinds of figure that count: a rank ("the first case"), a year or an identifier does not.
_COUNT_KINDS = frozenset({"cardinal", "range", "fraction"})


#: Units of an ordinal that reads a match clock ("the 97th minute").
_CLOCK_UNITS = frozenset({"minute"})


def measure_table(q: Quantity) -> str:
    """Return which measures a figure can take: ``"money"``, ``"percent"``, ``"duration"``,
    ``"count"``, ``"clock"`` (the minute of a match), or ``""`` for none (ranks, years).

    >>> measure_table(Quantity(text="$5m", start=0, end=3, value=5_000_000, unit="usd"))
    'money'
    """
    if q.unit in CURRENCY_CODES or q.kind == "money":
        return "money"
    if q.unit == "percent" or q.kind == "percent":
        return "percent"
    if q.kind == "ordinal" and q.unit in _CLOCK_UNITS:
        return "clock"
    if q.kind not in _COUNT_KINDS:
        return ""
    unit = q.measure
    return "duration" if unit is not None and unit.dimension == "duration" else "count"


#: Keys that name a unit or a dimension ("minute", "length", "duration", "usd"), not a thing.
_UNITS = (
    frozenset(MEASURE_UNITS.values())
    | TIME_UNITS
    | CURRENCY_CODES
    | frozenset(UNITS)
    | frozenset(unit.dimension for unit in UNITS.values())
    | {"percent", "share", "score", "vote"}
)


def is_specific_noun(key: str) -> bool:
    """Return whether a counted noun names what it counts well enough to link figures by it.

    >>> is_specific_noun("nomination"), is_specific_noun("person"), is_specific_noun("duration")
    (True, False, False)
    """
    return bool(key) and ":" not in key and key not in GENERIC_NOUNS and key not in _UNITS


def find_measure(
    sentence: Sentence, figure: Quantity, key: str, others: Sequence[tuple[int, int]] = (), *, question: str = ""
) -> str:
    """Return what a figure measures, or ``""`` when no word near it says.

    Args:
        sentence: the figure's sentence (offsets into the article).
        figure: the figure; its ``start``/``end`` are article offsets.
        key: the canonical noun it counts ("death", "person"), or "".
        others: the article offsets of the sentence's other figures, which end a stretch.
        question: the short question the sentence answers, if one comes right before it ("The
            ransom?"): it names what a figure near the start of the answer measures.

    >>> s = Sentence("The blast killed three people and injured 47, officials said.", 0, 62)
    >>> three = Quantity(text="three people", start=17, end=29, value=3, unit="person")
    >>> find_measure(s, three, "person"), find_measure(s, Quantity(text="47", start=42, end=44, value=47), "")
    ('deaths', 'injured')
    """
    lo, hi = figure.start - sentence.start, figure.end - sentence.start
    back_limit, ahead_limit = _limits(sentence, figure, others)
    clock = (table := measure_table(figure)) == "clock"  # for a minute, a count ("a second yellow card") is no bound
    back_from = max(0 if clock else back_limit, lo - _QUALIFIER_CHARS)
    ahead_to = min(ahead_limit, hi + _QUALIFIER_CHARS)
    if not (question or has_letter(sentence.text, max(0, lo - _QUALIFIER_CHARS), lo)) and not (
        has_letter(sentence.text, hi, ahead_to) or _opened_adjusted(sentence.text, lo)
    ):
        # no word the rules below read ("1, 2, 3"; a label, the act a span of time spans and an
        # opening phrase may lie past other figures): every trigger, qualifier and holder of
        # the lexicons is words (a test checks), so only the counted noun can tell the measure
        # (what _what says with no words: the noun's measure for a count, else nothing)
        return NOUN_MEASURES[key] if table == "count" and key in NOUN_MEASURES and not key.startswith("age") else ""
    back_far = _words(sentence.text, back_from, lo)[::-1]
    ahead_far = _words(sentence.text, hi, ahead_to)
    back, ahead = back_far[:_BACK], ahead_far[:_AHEAD]
    back_clause, ahead_clause = _until_stop(back), _until_stop(ahead)
    if key.startswith("age"):  # whose age: read across the commas of "Valsecchi, 47,"
        holder = _age_holder(figure.text, back, ahead)
        measure = f"age:{holder}" if holder else ""
    elif clock:  # the event may be told well before its minute
        measure = _what(figure, key, _until_stop(back_far), ahead_clause)
    else:
        subject = _past_change(back, lambda: _words(sentence.text, max(back_limit, lo - _SUBJECT_CHARS), lo)[::-1])
        measure = _what(figure, key, back_clause if subject is None else _until_stop(subject), ahead_clause)
        measure = _forecast_of(measure, table, _until_stop(back_far))
    if not measure:  # "The fee: £38m", "The ransom? A cool $14m"
        opening = _words(sentence.text, 0, lo)[::-1] if lo <= _QUALIFIER_CHARS else []
        label = _label(opening)
        measure = _what(figure, key, label or _answered(question, opening), [])
    if table == "duration":
        measure = _span_measure(sentence.text, figure, measure, lo, ahead)
    measure = _severity(measure, back_clause, ahead_clause)
    if _reads_previous(back_clause, ahead_clause):
        return f"{measure}{PREVIOUS}"
    if _reads_part(back, ahead) or (figure.kind != "ordinal" and _part_of_figure(sentence.text, hi, ahead_limit)):
        return f"{measure}{PART}"
    if table == "duration" and _reads_planned(back_clause):
        return f"{measure}{PLANNED}"
    return f"{measure}{ADJUSTED}" if _reads_adjusted(sentence.text, lo, back_far, ahead_far) else measure


#: Words of a label read for a figure that follows its colon or question mark ("The fee:",
#: "Deaths:", "The ransom?"), and words that may stand between them ("A cool"): a fact box or
#: an explainer's question names what the figure is.
_LABEL, _LABEL_GAP = 3, 3


def _label(opening: list[str]) -> list[str]:
    """Return the words of the label a figure answers, nearest first, from the words that
    open its sentence up to it (read back): a label of a few words and its colon or question
    mark a few words before the figure ("The fee: £38m", "The ransom? A cool $14 million"),
    or [] (a headline's colon after a long clause is no label)."""
    mark = next((k for k, word in enumerate(opening) if not word[0].isalpha()), None)
    if mark is None or mark > _LABEL_GAP or opening[mark] not in (":", "?"):
        return []
    label = opening[mark + 1 :]
    return label if 0 < len(label) <= _LABEL and all(word[0].isalpha() for word in label) else []


def _answered(question: str, opening: list[str]) -> list[str]:
    """Return the words of the short question a figure near the start of its sentence answers,
    nearest first, or []: its label ("The ransom? A cool $14m") or all its words up to the mark
    ("How long did it take? About seven minutes": "take" names the measure)."""
    if not question or len(opening) > _LABEL_GAP or "?" in opening:
        return []
    asked = _words(question, 0, len(question))[::-1]
    return _label([*opening, *asked]) or _until_stop(asked[1:], stops=False)


def _limits(sentence: Sentence, figure: Quantity, others: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """Return where the nearest other figure before the figure ends and the nearest after it
    starts, as sentence offsets (the sentence's start and end when there is none)."""
    lo, hi = figure.start - sentence.start, figure.end - sentence.start
    back: int | None = None
    ahead: int | None = None
    for start, end in others:
        if start == figure.start and end == figure.end:
            continue
        start, end = start - sentence.start, end - sentence.start
        if end <= lo and (back is None or end > back):
            back = end
        if start >= hi and (ahead is None or start < ahead):
            ahead = start
    return 0 if back is None else back, len(sentence.text) if ahead is None else ahead


#: Appended to the measure of a crowd's count that its organisers gave: a claim apart from
#: the police's ("organisers said 80,000 took part" / "police put the crowd at 21,000").
ORGANISERS = "@organisers"
#: Words read back from a crowd's count for who estimated it.
_ESTIMATOR_WORDS = 15


def estimated(sentence: Sentence, figure: Quantity, measure: str) -> str:
    """Return a measure qualified by who estimated the figure: :data:`ORGANISERS` when the
    nearest author read back from it in its sentence is its organisers, else as it was.

    >>> s = Sentence("Police said 12,000 came, while the union, which organised it, claimed 50,000.", 0, 77)
    >>> q = lambda t: Quantity(text=t, start=s.text.index(t), end=s.text.index(t) + len(t), value=1)
    >>> estimated(s, q("12,000"), "attendance"), estimated(s, q("50,000"), "attendance")
    ('attendance', 'attendance@organisers')
    """
    if measure not in ESTIMATED_MEASURES:
        return measure
    lo = figure.start - sentence.start
    for word in _words(sentence.text, max(0, lo - 12 * _ESTIMATOR_WORDS), lo)[::-1][:_ESTIMATOR_WORDS]:
        if word in ORGANISER_WORDS:
            return f"{measure}{ORGANISERS}"
        if word in OTHER_ESTIMATORS:
            break
    return measure


def contrasted(sentence: Sentence, before: Quantity, figure: Quantity) -> bool:
    """Return whether the words between two figures of a sentence set the second against the
    first ("police put the crowd at 12,000, while organisers claimed 50,000"): the second then
    counts what the first does, when nothing near it says.

    >>> s = Sentence("Police put it at 12,000, while organisers claimed 50,000.", 0, 57)
    >>> a = Quantity(text="12,000", start=17, end=23, value=12000)
    >>> contrasted(s, a, Quantity(text="50,000", start=50, end=56, value=50000))
    True
    """
    lo, hi = before.end - sentence.start, figure.start - sentence.start
    if not has_letter(sentence.text, lo, hi):
        return False  # figures among figures ("1, 2, 3"): no word between, read nothing
    return not CONTRAST_WORDS.isdisjoint(_words(sentence.text, lo, hi))


#: Appended to the measure of a figure said to be an earlier value ("up from 120", "its
#: previous forecast of $18.7 billion", "$529 million a year earlier"): the old value is not
#: the current one.
PREVIOUS = "@previous"


def _what(figure: Quantity, key: str, back: list[str], ahead: list[str]) -> str:
    """Return the measure a counted noun names, or the nearest trigger's; a noun of
    :data:`SOFT_NOUNS` names its measure only when no trigger is near ("police detained 15
    protesters" are arrests, "3,000 protesters gathered" a crowd), and not when the figure is
    the whole a part is told of ("two of the 310 passengers were hurt")."""
    table = measure_table(figure)
    noun = NOUN_MEASURES.get(key, "") if table == "count" else ""
    if noun and (key not in SOFT_NOUNS or back[:1] == ["of"] or back[:2] == ["the", "of"]):
        return noun
    triggers = _KEYED_TRIGGERS.get(key, _TRIGGERS[table]) if table == "count" else _TRIGGERS[table]
    for distance in range(max(len(back), len(ahead))):
        for side, reverse in ((ahead, False), (back, True)):
            if distance < len(side):
                found = _trigger(side, distance, triggers, reverse=reverse)
                if found and (key or found not in OBJECT_MEASURES):
                    return found
    return noun


def _forecast_of(measure: str, table: str, back: list[str]) -> str:
    """Return "expected" for a sum that a verb of forecasting earlier in its clause makes a
    forecast of what its nearer noun names ("now expects full-year revenue of $19bn", "forecast
    sales of £3m"): a forecast of revenue is told apart from the revenue itself, and compares
    with other forecasts ("lifted its forecast to $19.8bn"); else the measure as read."""
    if table != "money" or not measure or measure == _EXPECTED:
        return measure
    return _EXPECTED if any(_TRIGGERS["money"].get(word) == _EXPECTED for word in back) else measure


#: The measure of a sum forecast (MONEY_MEASURES): "expects", "forecast", "guidance".
_EXPECTED = "expected"


def _act_spanned(back: list[str]) -> str:
    """Return the act a span of time with no measure word spans, ``act=<verb>``: the nearest
    verb in -ed or -ing read back in its clause, past other figures ("testified for two days",
    "after deliberating for about 14 hours over three days"), or "" when there is none. Two
    spans of different acts are two figures, however alike their units."""
    for word in back[: _BACK + 2]:
        if word in _TRIGGERS["duration"]:
            return _TRIGGERS["duration"][word]  # "followed for a median of 7.4 years"
        if word in IRREGULAR_ACTS:
            return f"{ACT}{word}"
        if len(word) > 4 and word.endswith(("ed", "ing")) and word not in STOPWORDS and word not in NOT_ACTS:
            return f"{ACT}{word.removesuffix('ed').removesuffix('ing')}"
    return ""


def _span_measure(text: str, figure: Quantity, measure: str, lo: int, ahead: list[str]) -> str:
    """Return what a span of time measures: :data:`AGO` for a point back in time ("two years
    ago"), :data:`WINDOW` for a window of comparison ("the first time in three decades"), else
    its measure word, else :data:`OFFSET` for a distance from another act ("two days after the
    crash"), else the act it spans (``act=...``: "a five-week trial", "testified for
    two days"), else ""."""
    ahead_clause = _until_stop(ahead)
    if ahead_clause[:1] == ["ago"]:
        return AGO
    back = _until_stop(_words(text, max(0, lo - _WINDOW_CHARS), lo)[::-1], stops=False)
    if back[:1] == ["in"] and any(word in WINDOW_WORDS for word in back[1:]):
        return WINDOW
    if measure:
        return measure
    # "landed 40 minutes after take-off", not "trapped for 31 hours before rescuers came"
    if ahead[:1] and ahead[0] in OFFSET_WORDS and back[:1] not in (["for"], ["of"]):
        # "seven minutes after the break" is never "two days before"; a measure phrase opening
        # with the word still names the span: "30 years before parole"
        return _trigger(ahead, 0, _TRIGGERS["duration"], reverse=False) or f"{OFFSET}-{ahead[0]}"
    if "-" in figure.text and ahead_clause:  # "a five-week trial", "a three-day strike"
        return f"{ACT}{canonical_unit(ahead_clause[0].removesuffix('s'), dimension=False)}"
    return _act_spanned(_until_stop(_words(text, max(0, lo - _QUALIFIER_CHARS), lo)[::-1]))


#: Measure of a span of time that dates a point back from now ("two years ago"): no length of an act.
AGO = "ago"
#: Measure of a span of time with no measure word that places an act after or before another
#: ("died two days after the crash"): a distance between two points, no length of an act.
OFFSET = "offset"
#: Measure of a span of time that is a window of comparison ("the worst floods in 20 years").
WINDOW = "window"
#: Characters read back from a span of time for the superlative of a window (:data:`WINDOW`).
_WINDOW_CHARS = 120


def _severity(measure: str, back: list[str], ahead: list[str]) -> str:
    """Return an injury count's measure qualified by the severity its clause gives it
    ("injured@serious" for "four of them seriously", "two were critically hurt"): the
    seriously injured are a part of all the injured, and compare only with each other."""
    if measure not in SEVERITY_MEASURES:
        return measure
    found = next((SEVERITY_WORDS[w] for w in (*back[:_BACK], *ahead) if w in SEVERITY_WORDS), "")
    return f"{measure}@{found}" if found else measure


#: Prefix of the measure of a span of time read from the act it spans (:func:`_act_spanned`);
#: no colon, as groups keep one measure by what precedes a colon ("age:...").
ACT = "act="


def _past_change(back: list[str], read_back: Callable[[], list[str]]) -> list[str] | None:
    """Return the words read back from a figure past the words of a change that ends at it, or
    None when none does (``back``: the nearest words, nearest first; ``read_back``: the longer
    stretch, read only then). The subject of the change is what the figure measures, so it is
    read whole, back to the start of its clause: in "the number of people injured in the
    warehouse fire has climbed to 15", 15 measures ``injured``, as in "the death toll from the
    floods has risen to 19" it measures ``deaths``."""
    if not back or back[0] not in LEVEL_WORDS:
        return None
    words = read_back()
    k = 1
    while k < len(words) and (words[k] in CHANGE_VERBS or words[k] in CHANGE_FILLERS):
        k += 1
    if not any(w in CHANGE_VERBS for w in words[1:k]):
        return None
    return words[k : k + _SUBJECT]


#: Appended to the measure of a figure said to be part of a total or an increment ("the
#: remaining two", "another 40", "two more"): not a rival to the total.
PART = "@part"
#: Appended to the measure of a planned span of time ("its scheduled three hours"): not a
#: rival to the time an event took.
PLANNED = "@planned"
#: How many words before a span of time :func:`_reads_planned` reads ("was due to last").
_PLAN_WORDS = 4
#: Appended to the measure of an adjusted value of a company's accounts ("adjusted earnings
#: of $1.47 a share"): not a rival to the reported value.
ADJUSTED = "@adjusted"

_PREVIOUS_BACK = dict.fromkeys(PREVIOUS_BEFORE, "previous")
_PREVIOUS_AHEAD = dict.fromkeys(PREVIOUS_AFTER, "previous")
_ADJUSTED_BACK = dict.fromkeys(ADJUSTED_BEFORE, "adjusted")
_ADJUSTED_AHEAD = dict.fromkeys(ADJUSTED_AFTER, "adjusted")


def _reads_previous(back: list[str], ahead: list[str]) -> bool:
    """Whether the clause says the figure is an earlier value than the story's current one."""
    return _reads(back, ahead, _PREVIOUS_BACK, _PREVIOUS_AHEAD)


def _reads_adjusted(text: str, lo: int, back_far: list[str], ahead_far: list[str]) -> bool:
    """Whether the clause of the figure at ``lo`` of a sentence's ``text`` says it is an adjusted
    value ("Adjusted EPS: $1.47"), or an opening phrase does (:func:`_opened_adjusted`)."""
    back, ahead = _until_stop(back_far, keep=":"), _until_stop(ahead_far, stops=False)
    return _reads(back, ahead, _ADJUSTED_BACK, _ADJUSTED_AHEAD) or _opened_adjusted(text, lo)


def _opened_adjusted(text: str, lo: int) -> bool:
    """Whether the figure at ``lo`` is in the main clause right after an opening phrase that
    adjusts it: "Excluding one-off items, Acme earned $1.47 a share" (not "..., beating the
    estimate of $1.39", a clause of its own)."""
    known = _CLAUSES.get(id(text))
    if known is None or known[0] is not text:
        if len(_CLAUSES) >= _CLAUSES_SIZE:
            _CLAUSES.clear()
        known = _CLAUSES[id(text)] = (text, _adjusted_clause(text))
    start, end = known[1]
    return start <= lo <= end


#: The clauses :func:`_adjusted_clause` found, by the identity of the sentence's text (its figures
#: all read the one object). A cache by value would compare the whole text on every hit when
#: two articles share a sentence, a cost per figure as long as the sentence.
_CLAUSES: dict[int, tuple[str, tuple[int, int]]] = {}
_CLAUSES_SIZE = 1 << 12


def _adjusted_clause(text: str) -> tuple[int, int]:
    """Return where the main clause after a sentence's adjusting opening phrase starts and where
    the first clause mark after it stands (the end of the text if none), or (1, 0): read once
    per sentence, so that a sentence of many figures stays linear."""
    comma = text.find(",", 0, _OPENER_CHARS)
    if comma < 0:
        return 1, 0
    opener = _words(text, 0, comma)
    heads = (" ".join(opener[:n]) for n in (1, 2, 3))
    if not any(head in ADJUSTED_OPENERS for head in heads) and not (
        "basis" in opener and any(word in ADJUSTED_BEFORE for word in opener)
    ):
        return 1, 0
    mark = _CLAUSE_MARK.search(text, comma + 1)
    return comma + 1, len(text) if mark is None else mark.start()


def _reads(back: list[str], ahead: list[str], before: Mapping[str, str], after: Mapping[str, str]) -> bool:
    return any(_trigger(back, k, before, reverse=True) for k in range(len(back))) or any(
        _trigger(ahead, k, after, reverse=False) for k in range(len(ahead))
    )


def _reads_planned(back: list[str]) -> bool:
    """Whether the words just before a span of time make it a planned length ("its scheduled
    three hours", "was due to last two hours"), read back from the figure."""
    near = back[:_PLAN_WORDS]
    return any(
        word in PLANNED_BEFORE or (k > 0 and f"{word} {near[k - 1]}" in PLANNED_BEFORE)  # "set to"
        for k, word in enumerate(near)
    )


def _reads_part(back: list[str], ahead: list[str]) -> bool:
    """Whether the words right by a figure make it a part or an increment: "the remaining
    two", "a further three", "two more" (not "two more than")."""
    if any(word in PART_BEFORE for word in back[:2]):
        return True
    return bool(ahead) and ahead[0] in PART_AFTER and ahead[1:2] != ["than"]


#: Words that may stand between "of" and the total a part is of: "12 of the 20", "300 of its 1,200".
_OF_WHOLE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "that"})
#: Most characters between a part and the figure of its total ("four years of a 14-year sentence").
_OF_CHARS = 12
#: A year where a total would stand: "of 2025".
_YEAR_AT = re.compile(r"(?:19|20)[0-9]{2}(?![0-9,.])")


def _part_of_figure(text: str, hi: int, ahead: int) -> bool:
    """Whether the figure ending at ``hi`` is a part of the figure that starts at ``ahead``, with
    only "of" and a determiner between them: "had served four years of a 14-year sentence",
    "12 of the 20 passengers", "300 of its 1,200 staff" (not a rival to the total)."""
    if ahead - hi > _OF_CHARS or ahead >= len(text) or _YEAR_AT.match(text, ahead):
        return False  # "the second cut of 2025": a year is no total
    between = _words(text, hi, ahead)
    return between[:1] == ["of"] and all(word in _OF_WHOLE for word in between[1:])


def _age_holder(text: str, back: Sequence[str], ahead: Sequence[str]) -> str:
    """Return whose age a figure gives, as one folded word, or "".

    "the 54-year-old engineer" -> engineer; "the engineer, 45," and "Valsecchi, 47," -> the
    word before the comma; "a man aged 60" -> man. A title or adjective between
    ("the 54-year-old former engineer") is skipped.
    """
    if text.casefold().endswith("old"):  # "54-year-old", "54 years old"
        words = [w for w in ahead[:3] if w[0].isalpha() and w not in AGE_MODIFIERS]
        return words[0] if words and words[0] not in FRAME_STOPS else ""
    lead = [w for w in back[:3] if w != "aged" and w != "age"]
    if lead and lead[0] == ",":
        lead = lead[1:]
    return lead[0] if lead and lead[0][0].isalpha() and lead[0] not in FRAME_STOPS else ""


def _words(text: str, start: int, end: int) -> list[str]:
    """Return the folded words and clause punctuation of ``text[start:end]``, in order."""
    return [m.group().casefold() for m in _PIECE.finditer(text, start, end)]


def _until_stop(side: list[str], *, keep: str = "", stops: bool = True) -> list[str]:
    """Return a stretch up to its first stop: punctuation (but the marks in ``keep``) or,
    with ``stops``, a word that opens a new clause."""
    for k, word in enumerate(side):
        if (not word[0].isalpha() and word not in keep) or (stops and word in FRAME_STOPS):
            return side[:k]
    return side


def _trigger(side: list[str], at: int, triggers: Mapping[str, str], *, reverse: bool) -> str:
    """Return the measure the word at ``at`` of a stretch (cut at its first stop) triggers, or
    "": a phrase of up to :data:`_PHRASE` words that ends at it, read back (a stretch read back,
    ``reverse``, runs from the figure leftwards: "the jobless rate fell to 4%" is the jobless
    rate, not a rate), or one that starts at it ("lost their homes"), longest first, or the word
    alone.

    >>> _trigger(["to", "fell", "rate", "jobless"], 2, _TRIGGERS["percent"], reverse=True)
    'unemployment'
    >>> _trigger(["lost", "their", "homes"], 0, _TRIGGERS["count"], reverse=False)
    'displaced'
    """
    word = side[at]
    ends, starts = reverse and word in _PHRASE_ENDS, word in _PHRASE_STARTS
    if ends or starts:
        step = -1 if reverse else 1
        for size in range(_PHRASE, 1, -1):
            if ends and at + size <= len(side):  # the phrase that ends at the word, nearest the figure
                found = triggers.get(" ".join(side[at + size - 1 : at - 1 if at else None : -1]), "")
                if found:
                    return found
            stop = at + step * size
            if starts and -1 <= stop <= len(side):
                found = triggers.get(" ".join(side[at : stop if stop >= 0 else None : step]), "")
                if found:
                    return found
    return triggers.get(word, "")


#: The most words of a trigger phrase ("lost their homes", "on the bus").
_PHRASE = 3
_PHRASES = [
    form.split()
    for table in (*_TRIGGERS.values(), *_KEYED_TRIGGERS.values(), _PREVIOUS_BACK, _PREVIOUS_AHEAD, _ADJUSTED_BACK,
                  _ADJUSTED_AHEAD)
    for form in table
    if " " in form
]
#: First and last words of the trigger phrases: only these words start or end one.
_PHRASE_STARTS = frozenset(words[0] for words in _PHRASES)
_PHRASE_ENDS = frozenset(words[-1] for words in _PHRASES)
