"""Claims: what each sentence asserts, as spans of the original article text.

The package reads one token stream per article (:func:`~claimdiff.claims.tokens.tokenize`)
and has one module per kind of claim:

* :mod:`~claimdiff.claims.tokens`: the :class:`Token` stream every finder reads;
* :mod:`~claimdiff.claims.quantities`: a *quantity* claim per number-like mention,
  keyed by the noun it counts, folded to a canonical synonym ("pacts" -> "agreement");
* :mod:`~claimdiff.claims.dates`: a *date* claim per date or time expression;
* :mod:`~claimdiff.claims.quotes`: a *quote* claim per passage in quotation marks, with
  the speaker the sentence names;
* :mod:`~claimdiff.claims.entities`: an *entity* claim per run of capitalised words (a
  person, place or organisation), keyed by its canonical name (aliases folded: "U.S." and
  "United States" share a key);
* :mod:`~claimdiff.claims.negation`: the polarity of statements and quotes;
* :mod:`~claimdiff.claims.statements`: an *assertion* claim per act a sentence asserts
  outside quotation marks ("confirmed", "would not confirm", "the approval"), keyed by its
  concept, with its arguments and polarity (affirmed, negated, denied, open, planned).

:func:`extract_claims` also makes a *statement* claim per sentence (kind ``STATEMENT``, the
sentence itself, with its negation polarity), which the aligner groups into sentences
that say the same thing.

Offsets are carried, never recovered: every claim's ``start``/``end`` come from the
scanner that found it, and ``article.text[start:end] == claim.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from .._lexicon.negation import NEGATION_CUES
from .._lexicon.numbers import MEASURE_BEFORE
from .._lexicon.synonyms import canonical_unit
from ..models import (
    Article,
    AssertionClaim,
    Claim,
    DateClaim,
    DateMention,
    EntityClaim,
    Quantity,
    QuantityClaim,
    QuoteClaim,
    Reference,
    Sentence,
    StatementClaim,
)
from ..words import normalise_token, spoken_text
from .dates import find_dates
from .entities import entity_key, find_entities, find_entities_in
from .frames import PREVIOUS, contrasted, estimated, find_measure, is_specific_noun, measure_table
from .negation import is_negated, negated_spans
from .quantities import find_quantities, is_part_of_name
from .quotes import SPEAKER_RULES, QuoteSpan, find_quotes, find_speaker, speaker_key
from .references import find_references
from .speakers import described_person, resolve_speakers
from .statements import argument_words, find_assertions
from .times import find_times
from .tokens import Token, TokenKind, tokenize

__all__ = [
    "FILED_SLACK",
    "NEGATION_CUES",
    "SPEAKER_RULES",
    "QuoteSpan",
    "Token",
    "TokenKind",
    "entity_key",
    "extract_claims",
    "filed_on",
    "find_assertions",
    "find_dates",
    "find_entities",
    "find_measure",
    "find_quantities",
    "find_quotes",
    "find_speaker",
    "is_negated",
    "speaker_key",
    "tokenize",
]

_SentenceOf = Callable[[int, int], "Sentence | None"]
_C = TypeVar("_C", bound=Claim)


def extract_claims(
    article: Article, sentences: Sequence[Sentence], *, published: dt.date | None = None
) -> tuple[Claim, ...]:
    """Extract every claim of an article, in offset order.

    Args:
        article: the article the sentences were split from.
        sentences: its sentences (offsets into ``article.text``), from :func:`split_sentences`.
        published: the publication date, used to resolve relative dates.

    Returns:
        Claims sorted by (start, end, kind).

    >>> art = Article(source="a", text="They signed 11 agreements. “It is historic,” Lam said.")
    >>> from claimdiff.segment import split_sentences
    >>> for c in extract_claims(art, split_sentences(art.text))[:3]:
    ...     print(c.kind, repr(c.text))
    statement 'They signed 11 agreements.'
    assertion 'signed'
    quantity '11 agreements'
    """
    text = article.text
    starts = [s.start for s in sentences]

    def sentence_of(start: int, end: int) -> Sentence | None:
        k = bisect.bisect_right(starts, start) - 1
        if k < 0:
            return None
        sent = sentences[k]
        return sent if start >= sent.start and end <= sent.end else None

    tokens = tokenize(text)  # every finder reads this one token stream
    quotes = find_quotes(text)
    polarity = _polarity(text, tokens, sentences, quotes)
    negated = {sent.start: polarity[sent.start, sent.end] for sent in sentences}
    references = find_references(text, sentences)
    claims: list[Claim] = list(_statement_claims(article, sentences, negated, references))
    times = find_times(text)  # clock times: dates, and no figures
    quantities = find_quantities(text, tokens=tokens, times=times)
    dates = find_dates(article.text, published=published, quantities=quantities, tokens=tokens, times=times)
    filed = filed_on(text, dates, sentence_of, published)
    if filed is not None:  # a wire filed the day before it is published: its "yesterday" is of that day
        published = filed
        dates = find_dates(article.text, published=filed, quantities=quantities, tokens=tokens, times=times)
    earlier = _earlier_events(article.text, dates, sentence_of, published)
    claims.extend(_quantity_claims(article, quantities, sentences, sentence_of, negated, earlier))
    claims.extend(_date_claims(article, dates, sentence_of))
    quote_claims = list(_quote_claims(article, sentences, quotes, polarity))
    claims.extend(_join_split_quotes(text, quote_claims))
    claims.extend(_entity_claims(article, sentences, tokens))
    quoted = [(c.start, c.end) for c in quote_claims]
    # the acts a sentence asserts take up whom "her" and a lone surname stand for too
    acts_of = find_references(text, sentences, for_acts=True)
    referred = {sent.start: ref for sent, ref in zip(sentences, acts_of, strict=True) if ref is not None}
    claims.extend(_assertion_claims(article, sentences, tokens, sentence_of, quoted, referred))
    claims.sort(key=lambda c: (c.start, c.end, c.kind.rank))
    return tuple(claims)


def _polarity(
    text: str, tokens: list[Token], sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan]
) -> dict[tuple[int, int], bool]:
    """Return whether each sentence and each quote, by (start, end), holds a negation cue."""
    spans = [(sent.start, sent.end) for sent in sentences] + [(q.start, q.end) for q in quotes]
    return dict(zip(spans, negated_spans(text, tokens, spans), strict=True))


#: Pronouns that open a sentence as the person it is about.
_PERSON_PRONOUNS = frozenset({"he", "she"})


def _named_subject(ref: Reference) -> str:
    """Return the surname, folded as a subject, of the person a sentence's opening "he" or "she"
    stands for when a name says who ("Ms Dunn" -> "dunn"), or "" ("the driver", "it"; "Her
    lawyers", whose act is not hers).

    >>> _named_subject(Reference(text="She", start=40, end=43, antecedent="Ms Katy Dunn",
    ...                          antecedent_start=0, antecedent_end=12))
    'dunn'
    """
    last = ref.antecedent.split()[-1] if ref.antecedent.split() else ""
    if ref.text.casefold() not in _PERSON_PRONOUNS or not last[:1].isupper():
        return ""
    return normalise_token(last.rstrip(".,"))


def _statement_claims(
    article: Article,
    sentences: Sequence[Sentence],
    negated: dict[int, bool],
    references: Sequence[Reference | None],
) -> Iterator[Claim]:
    """Yield the claim each sentence makes as a whole, with its polarity and what the word that
    opens it stands for (:func:`~claimdiff.claims.references.find_references`)."""
    for sent, ref in zip(sentences, references, strict=True):
        yield _claim(StatementClaim, article, sent, sent, negated=negated[sent.start], reference=ref)


def _claim(
    cls: type[_C], article: Article, mention: Quantity | DateMention | Sentence, sent: Sentence, **fields: Any
) -> _C:
    """Return the claim of a figure, a date or a whole sentence inside ``sent``, with the fields its type adds."""
    return cls(
        source=article.source,
        text=mention.text,
        start=mention.start,
        end=mention.end,
        sentence=sent,
        **fields,
    )


def _quantity_claims(
    article: Article,
    quantities: Sequence[Quantity],
    sentences: Sequence[Sentence],
    sentence_of: _SentenceOf,
    negated: dict[int, bool],
    earlier: Mapping[int, int],
) -> Iterator[Claim]:
    """Yield a claim per figure, with what it counts and measures; a measured figure after the
    date of an earlier event in its sentence (:func:`_earlier_events`) is an earlier value."""
    spans = [(q.start, q.end) for q in quantities]
    # both read only the figure's words and unit, or the sentence's start: once per text and
    # sentence, not per figure (a sentence of thousands of figures repeats them)
    keys: dict[tuple[str, str | None, bool], str] = {}
    questions: dict[int, str] = {}
    prev: tuple[int, Quantity, str] | None = None  # the last figure read: its sentence, itself, its measure
    for k, q in enumerate(quantities):
        if is_part_of_name(article.text, q):
            continue  # "COVID-19", "Boeing 737", "first-degree": no count of anything
        sent = None if q.kind == "year" else sentence_of(q.start, q.end)
        if sent is not None:
            reading = (q.text, q.unit, q.kind == "ordinal")
            if reading not in keys:
                keys[reading] = _quantity_key(q.text, q.unit, rank=reading[2])
            if sent.start not in questions:
                questions[sent.start] = _question_before(article.text, sent.start)
            key = keys[reading] or _frame_before(article.text, q)
            # the figures next to it end its frame's stretches: a few neighbours, not the whole
            # sentence, so a sentence of thousands of figures stays linear
            near = [(a, b) for a, b in spans[max(0, k - 2) : k + 3] if sent.start <= a and b <= sent.end]
            measure = find_measure(sent, q, key, near, question=questions[sent.start])
            measure = _qualified(article.text, sentences, sent, q, key, measure, prev, earlier)
            prev = (sent.start, q, measure)
            yield _claim(
                QuantityClaim, article, q, sent, key=key, quantity=q, negated=negated[sent.start], measure=measure
            )


#: What stands before a date that opens its sentence ("In 2016, ...", "Back in 2019, ..."), at most
#: :data:`_LEAD_CHARS` characters.
_OPENER_LEADS = frozenset({"", "in", "back in", "during", "and in", "but in"})
_LEAD_CHARS = 12
#: After a date, what makes the figures after it tell of that time: an opening comma ("In 2016,
#: a similar quake killed 40") or "when" ("in 2016, when 28 people died").
_EARLIER_AFTER = re.compile(r",|,?\s+when\b")
#: A year before a noun ("a 2011 quake that killed 52"): the determiner before it, a lower-case word after it.
_YEAR_BEFORE_NOUN = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+\Z")
_NOUN_AFTER_YEAR = re.compile(r"\s+[a-z]")


def _earlier_events(
    text: str, dates: Sequence[DateMention], sentence_of: _SentenceOf, published: dt.date | None
) -> dict[int, int]:
    """Return, by sentence start, where the figures of an earlier event start: after a date of
    a year before publication's that opens the sentence ("In 2016, a similar quake killed 40
    people"; "Last year, floods killed 45"), that "when" follows ("last hit in 2016, when 28
    people died") or that stands before a noun ("a 2011 quake that killed 52"). Figures of the
    story's own event are not dated so; "since 2011" dates the present, and is left out.
    """
    out: dict[int, int] = {}
    if published is None:
        return out
    for d in dates:
        if d.high is None or d.high.year >= published.year or d.text.split()[0].casefold() in _PHASE_WORDS:
            continue
        sent = sentence_of(d.start, d.end)
        if sent is None or sent.start in out:
            continue
        # read a few characters only: a sentence of thousands of dates stays linear
        lead = text[sent.start : d.start].strip().casefold() if d.start - sent.start <= _LEAD_CHARS else "-"
        opens = lead in _OPENER_LEADS and _EARLIER_AFTER.match(text, d.end) is not None
        when = text.startswith(" when", d.end) or text.startswith(", when", d.end)
        year = d.text.isdigit() and _YEAR_BEFORE_NOUN.search(text, max(sent.start, d.start - 8), d.start) is not None
        if opens or when or (year and _NOUN_AFTER_YEAR.match(text, d.end) is not None):
            out[sent.start] = d.end
    return out


_PHASE_WORDS = frozenset({"since", "from", "until", "till"})


def _qualified(
    text: str,
    sentences: Sequence[Sentence],
    sent: Sentence,
    q: Quantity,
    key: str,
    measure: str,
    prev: tuple[int, Quantity, str] | None,
    earlier: Mapping[int, int],
) -> str:
    """Return a figure's measure with what its sentence adds: whose age it is (the person a
    description names again), the measure of the figure it is set against ("police put the
    crowd at 12,000, while organisers claimed 50,000"), who estimated it, and whether it is
    told after the date of an earlier event (:func:`_earlier_events`)."""
    if measure.startswith("age:") and q.text.endswith("old"):
        return _age_of_whom(text, sentences, sent, q) or measure
    if not measure and prev is not None and prev[0] == sent.start and prev[2] and not is_specific_noun(key):
        same_table = measure_table(prev[1]) == measure_table(q) and not prev[2].startswith("age")
        measure = prev[2].partition("@")[0] if same_table and contrasted(sent, prev[1], q) else ""
    measure = estimated(sent, q, measure)
    if measure and "@" not in measure and q.start >= earlier.get(sent.start, q.end):
        measure += PREVIOUS  # "In 2016, a similar quake killed 40 people"
    return measure


def _age_of_whom(text: str, sentences: Sequence[Sentence], sent: Sentence, q: Quantity) -> str:
    """Return the measure of an age given by a description that names someone again ("the
    44-year-old opposition leader" after "Irena Valsecchi will be president."), keyed by that
    person as "Valsecchi, 47," is (:func:`~claimdiff.claims.speakers.described_person`)."""
    k = bisect.bisect_left(sentences, sent.start, key=lambda s: s.start)
    if k >= len(sentences) or sentences[k].start != sent.start:
        return ""
    who = described_person(sentences, k, q.start - sent.start, q.end - sent.start, text=text)
    return f"age:{who}" if who else ""


#: A short question right before a sentence, which the sentence answers ("The ransom? A cool
#: $14 million"): at most a few words after the end of the sentence before it.
_QUESTION_BEFORE = re.compile(r"(?:^|[.!?:\n])[^\S\n]*([^.!?:\n]{1,40}\?)\s*\Z")


def _question_before(text: str, start: int) -> str:
    """Return the short question that ends right before ``start`` ("The ransom?"), or ""."""
    found = _QUESTION_BEFORE.search(text, max(0, start - 60), start)
    return found.group(1) if found else ""


_AGE = re.compile(r"(?:-|\s)old\b|\bage[ds]?\b", re.IGNORECASE)


def _quantity_key(text: str, unit: str | None, *, rank: bool = False) -> str:
    """Return what a figure counts; an age ("80-year-old", "aged 80") is not a duration, and
    a rank is of its noun, not of a dimension ("the 23rd minute" is no "first hour")."""
    key = canonical_unit(unit, dimension=not rank)
    if _AGE.search(text):
        return f"age:{key}" if key else "age"
    return key


_WORD_BEFORE = re.compile(r"([^\W\d_]+)(?:\s+(?:of\s+)?|-)\Z")
#: A measure word right after a bare figure: "a 6.1 magnitude earthquake".
_WORD_AFTER = re.compile(r"[ -]([^\W\d_]+)")
#: "Valsecchi, 47, a former lawyer", "the engineer, 45, was hurt": a bare whole number
#: between commas after a name or a definite noun is an age.
_APPOSITION_BEFORE = re.compile(r"(?:[A-Z][^\W\d_]*[’']?s?|\b(?:[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir) [a-z]+),\s\Z")


def _frame_before(text: str, q: Quantity) -> str:
    """Return what a bare figure measures from the words before it, or ''.

    "magnitude 6.8", "magnitude-6.8" and "6.8 magnitude" are a magnitude and "aged 47" an age
    (:data:`MEASURE_BEFORE`); a whole
    number from 1 to 119 set off by commas after a name ("Valsecchi, 47, said") or a
    definite noun ("the engineer, 45, was hurt") is an age.
    """
    after = _WORD_AFTER.match(text, q.end, q.end + 30)
    if after is not None and after.group(1).casefold() == "magnitude":
        return MEASURE_BEFORE["magnitude"]
    if q.start == 0 or not (text[q.start - 1].isspace() or text[q.start - 1] == "-"):
        return ""  # the patterns end with a space or a hyphen before the figure ("$5", "1,2"): none can match
    lead = text[max(0, q.start - 30) : q.start]
    found = _WORD_BEFORE.search(lead)
    if found is not None and found.group(1).casefold() in MEASURE_BEFORE:
        return MEASURE_BEFORE[found.group(1).casefold()]
    whole = isinstance(q.value, int) and not q.approximate and q.kind == "cardinal"
    if whole and 0 < q.value < 120 and text.startswith(",", q.end) and _APPOSITION_BEFORE.search(lead):  # type: ignore[operator]
        return MEASURE_BEFORE["aged"]  # an age, keyed as "the 47-year-old" is
    return ""


#: A dateline before its date: "LIMA, ", "AREQUIPA, Peru, ", "ST. PAUL, Minn., ".
_DATELINE_BEFORE = re.compile(r"\A\s*[A-Z][A-Za-z .'’-]{1,40},(?:\s*[A-Z][A-Za-z.]{1,20},)?\s*\Z")
#: ... and after it: an optional year and agency, then a dash: ", 2026 (AMP) - ".
_DATELINE_AFTER = re.compile(r"(?:,?\s*[0-9]{4})?\s*(?:\([^()]{1,40}\)\s*)?[-–—]")


def _is_dateline(text: str, sent: Sentence, d: DateMention) -> bool:
    """Return whether a date is a wire dateline ("LIMA, March 18 (Andes) - "): when the copy
    was filed, not a date of the story, so no claim."""
    return bool(_DATELINE_BEFORE.match(text, sent.start, d.start)) and bool(_DATELINE_AFTER.match(text, d.end))


#: Most days a wire's dateline may stand before the day it is published, and still be the day
#: its relative words were written on (a story filed late and printed the next morning).
FILED_SLACK = 3


def filed_on(
    text: str, dates: Sequence[DateMention], sentence_of: _SentenceOf, published: dt.date | None
) -> dt.date | None:
    """Return the day of an article's wire dateline ("LISBON, April 15 (Coastal Wire) - ") when
    it is a day up to :data:`FILED_SLACK` days before ``published``, else None: the copy was
    written that day, so "yesterday" and "this morning" in it are of that day, not of the day
    an outlet printed or a caller dated it.

    >>> from claimdiff.segment import split_sentences
    >>> text = "LISBON, April 15 (Wire) - The jet landed yesterday."
    >>> sents = split_sentences(text)
    >>> found = find_dates(text, published=dt.date(2026, 4, 16))
    >>> filed_on(text, found, lambda a, b: sents[0], dt.date(2026, 4, 16))
    datetime.date(2026, 4, 15)
    """
    if published is None:
        return None
    for d in dates[:_DATELINE_LOOK]:
        sent = sentence_of(d.start, d.end)
        if sent is None or not _is_dateline(text, sent, d):
            continue
        if d.low is not None and d.low == d.high and 0 < (published - d.low).days <= FILED_SLACK:
            return d.low
        return None
    return None


#: Dates read at the top of an article for its dateline: a dateline is among the first.
_DATELINE_LOOK = 3


def _date_claims(article: Article, found: Sequence[DateMention], sentence_of: _SentenceOf) -> Iterator[Claim]:
    for d in found:
        sent = sentence_of(d.start, d.end)
        if sent is not None and not _is_dateline(article.text, sent, d):
            yield _claim(DateClaim, article, d, sent, key=d.granularity.value, date=d)


def _assertion_claims(
    article: Article,
    sentences: Sequence[Sentence],
    tokens: list[Token],
    sentence_of: _SentenceOf,
    quoted: Sequence[tuple[int, int]],
    referred: Mapping[int, Reference],
) -> Iterator[Claim]:
    """Yield a claim per act a sentence asserts outside the ``quoted`` spans (:mod:`.statements`);
    when the sentence opens with a back-reference ("He was released"), the words of what it
    stands for ("a 30-year-old man") join its arguments, after its own."""
    text = article.text
    for found in find_assertions(text, spans=[(s.start, s.end) for s in sentences], tokens=tokens, skip=quoted):
        sent = sentence_of(found.start, found.end)
        if sent is not None:
            ref = referred.get(sent.start)
            arguments, subject = found.arguments, found.subject
            if ref is not None and found.start >= ref.end:
                arguments += tuple(w for w in argument_words(ref.antecedent) if w not in arguments)
                subject = subject or _named_subject(ref)
            yield AssertionClaim(
                source=article.source,
                text=text[found.start : found.end],
                start=found.start,
                end=found.end,
                sentence=sent,
                key=found.predicate,
                polarity=found.polarity,
                arguments=arguments,
                subject=subject,
            )


def _entity_claims(article: Article, sentences: Sequence[Sentence], tokens: list[Token]) -> Iterator[Claim]:
    """Yield a claim per name. A lone capitalised word that opens a sentence or heading
    ("Flexible diplomacy") is a name only if the article capitalises it mid-sentence too, or
    ends a name of several words with it ("Sam Okafor joined in May. Okafor scored.")."""
    names = find_entities_in(article.text, tokens, [(sent.start, sent.end) for sent in sentences])
    found = [
        (sent, [(a - sent.start, b - sent.start) for a, b in spans])
        for sent, spans in zip(sentences, names, strict=True)
    ]
    mid_sentence = {
        sent.text[start:end] for sent, spans in found for start, end in spans if not _opens(sent.text, start)
    }
    mid_sentence |= {words.rsplit(" ", 1)[1] for words in _several_words(found)}
    for sent, spans in found:
        for start, end in spans:
            words = sent.text[start:end]
            if " " not in words and _opens(sent.text, start) and words not in mid_sentence and not words.isupper():
                continue
            yield EntityClaim(
                source=article.source,
                text=words,
                start=sent.start + start,
                end=sent.start + end,
                sentence=sent,
                key=entity_key(words),
            )


def _several_words(found: Sequence[tuple[Sentence, list[tuple[int, int]]]]) -> Iterator[str]:
    """Yield the names of several words among the names found, as written."""
    for sent, spans in found:
        for start, end in spans:
            if " " in sent.text[start:end]:
                yield sent.text[start:end]


def _opens(text: str, start: int) -> bool:
    """Return True when only punctuation and spaces stand before ``start`` in the sentence."""
    return not any(ch.isalnum() for ch in text[:start])


def _quote_claims(
    article: Article, sentences: Sequence[Sentence], quotes: Sequence[QuoteSpan], polarity: dict[tuple[int, int], bool]
) -> Iterator[QuoteClaim]:
    """Yield a claim per quote, with its speaker resolved in the article
    (:func:`~claimdiff.claims.speakers.resolve_speakers`) and its polarity (by span); a quote
    that runs over several sentences is credited to the speaker of the sentence it ends in."""
    text = article.text
    if not quotes:
        return
    starts = [s.start for s in sentences]
    spans: dict[int, list[tuple[int, int]]] = {}
    placed: list[tuple[QuoteSpan, int, int]] = []
    for q in quotes:
        first = bisect.bisect_right(starts, q.start) - 1
        if first < 0 or q.start >= sentences[first].end:
            continue
        last = max(first, bisect.bisect_right(starts, q.end - 1) - 1)
        for k in range(first, last + 1):
            sent = sentences[k]
            spans.setdefault(k, []).append((max(q.start, sent.start) - sent.start, min(q.end, sent.end) - sent.start))
        placed.append((q, first, last))
    speakers = resolve_speakers(text, sentences, spans)
    for q, first, last in placed:
        speaker = speakers.get(last) if last != first and speakers.get(last) else speakers.get(first)
        yield QuoteClaim(
            source=article.source,
            text=text[q.start : q.end],
            start=q.start,
            end=q.end,
            sentence=sentences[first],
            key=speaker_key(speaker),
            speaker=speaker,
            negated=polarity[q.start, q.end],
        )


def _join_split_quotes(text: str, quotes: Sequence[QuoteClaim]) -> list[QuoteClaim]:
    """Join the parts of one quoted passage that the speaker's tag splits inside its sentence
    ('"The road," the chief said, "will stay closed."') into one claim from the first part's
    first word to the last part's last: the passage is compared whole, its tag left out
    (:func:`~claimdiff.words.spoken_text`). Parts join when they are next to each other, in
    the same double marks, credited to the same speaker, and what lies between them is a tag
    (a speech verb in a few words on one line)."""
    out: list[QuoteClaim] = []
    for q in quotes:
        last = out[-1] if out else None
        if last is not None and _one_passage(text, last, q):
            q = attrs.evolve(
                last, text=text[last.start : q.end], end=q.end, negated=last.negated or q.negated
            )
            out[-1] = q
        else:
            out.append(q)
    return out


def _one_passage(text: str, first: QuoteClaim, second: QuoteClaim) -> bool:
    """Whether two quotes are parts of one passage split by its speaker's tag."""
    if first.key != second.key or first.speaker != second.speaker or second.start <= first.end:
        return False
    mark = text[first.start - 1 : first.start]
    if mark not in _DOUBLE_MARKS or text[second.start - 1 : second.start] != mark:
        return False
    between = text[first.end : second.start].lstrip(",;:.!?")
    if not between[1:-1].rstrip().endswith(",") or any(ch in between for ch in ".!?:;"):
        return False  # a tag inside one sentence ('," she said, "'), not a new quote after it
    return not spoken_text(between).strip()


#: Opening double quote marks: a passage in them may be split by its speaker's tag.
_DOUBLE_MARKS = frozenset({'"', "\u201c", "\u00ab"})
