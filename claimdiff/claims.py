"""Claims: what each sentence asserts, as spans of the original article text.

One article yields:

* a *statement* claim per sentence (kind ``OTHER``, the sentence itself, with its
  negation polarity), which the aligner groups into sentences that say the same thing;
* a *quantity* claim per number-like mention (from :mod:`claimdiff.numbers`),
  keyed by the noun it counts, folded to a canonical synonym ("pacts" -> "agreement");
* a *date* claim per date or time expression (from :mod:`claimdiff.dates`);
* a *quote* claim per passage in quotation marks, with the speaker the sentence names;
* an *entity* claim per run of capitalised words (a person, place or organisation),
  keyed by its canonical name (aliases folded: "U.S." and "United States" share a key).

Offsets are carried, never recovered: every claim's ``start``/``end`` come from the
scanner that found it, and ``article.text[start:end] == claim.text``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from ._lexicon.dates import MONTHS, WEEKDAYS
from ._lexicon.stopwords import STOPWORDS
from ._lexicon.synonyms import NAME_ALIASES, canonical_unit
from .dates import _find_dates_in
from .errors import InvalidArgument, short_repr
from .models import Article, Claim, Kind, Quantity, Sentence
from .numbers import _scan
from .numbers._tokens import _Tok, paused_gc

__all__ = [
    "NEGATION_CUES",
    "QuoteSpan",
    "entity_key",
    "extract_claims",
    "find_entities",
    "find_quotes",
    "find_speaker",
    "is_negated",
    "speaker_key",
]

_SentenceOf = Callable[[int, int], "Sentence | None"]


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
    names or scare quotes, and are left out.

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
        inner = text[start:end]
        if len(_WORD.findall(inner)) >= 2:
            found.append(QuoteSpan(start, end, ch))
        i = j + 1
    return found


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


_SPEECH_VERBS = (
    r"said|says|say|added|adds|told|claimed|claims|stated|states|wrote|writes|declared|noted|stressed|"
    r"warned|insisted|argued|explained|asserted|remarked|continued|concluded|replied|urged|vowed|"
    r"announced|acknowledged|admitted|emphasi[sz]ed|underlined|highlighted"
)
_NAME = r"(?:[A-Z][\w\u2019'.-]*(?:\s+(?:[A-Z][\w\u2019'.-]*|de|van|von|bin|al)){0,4})"
_DESCRIPTOR = r"(?:the|a|an|his|her|their|its)\s+(?:[\w-]+\s+){0,3}[\w-]+"
_PRONOUN = r"(?:he|she|they|He|She|They|I|We|we)"
_SUBJECT = rf"(?:{_NAME}|{_DESCRIPTOR}|{_PRONOUN})"

#: Speaker patterns, as data: (name, pattern). The group ``who`` is the speaker.
SPEAKER_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("verb-then-name", re.compile(rf"\b(?:{_SPEECH_VERBS})\s+(?P<who>{_NAME}|{_DESCRIPTOR})(?=\s*(?:[,.;:!?]|$))")),
    ("quoted-as-saying", re.compile(rf"(?P<who>{_SUBJECT})\s+(?:was|were|is)\s+quoted\b")),
    ("according-to", re.compile(rf"\b[Aa]ccording to\s+(?P<who>{_NAME}|{_DESCRIPTOR})")),
    ("name-then-verb", re.compile(rf"(?P<who>{_SUBJECT})\s+(?:also\s+|later\s+|then\s+)?(?:{_SPEECH_VERBS})\b")),
)

_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
_ARTICLES = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_LEADING_JUNK = re.compile(r"^(?:And|But|Then|Also|So)\s+")


def find_speaker(sentence: str, quotes: Sequence[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
    """Return who a sentence says is speaking, as ``(words, start, end)`` in ``sentence``.

    ``quotes`` are the spans of quoted passages inside the sentence: they are masked so a
    name inside a quote is not taken as its speaker. The match nearest after the last quote
    wins, then the nearest before it.

    >>> find_speaker('"We are ready," Putin said.', [(1, 13)])
    ('Putin', 16, 21)
    """
    masked = list(sentence)
    for start, end in quotes:
        for k in range(max(0, start), min(len(masked), end)):
            masked[k] = " " if masked[k].isspace() else "x"
    plain = "".join(masked)
    anchor = quotes[-1][1] if quotes else 0
    best: tuple[int, str, int, int] | None = None
    for _name, rule in SPEAKER_RULES:
        for m in rule.finditer(plain):
            start, end = m.span("who")
            words = sentence[start:end]
            lead = _LEADING_JUNK.match(words)
            if lead:
                start += lead.end()
                words = sentence[start:end]
            if not words or any(start < q_end and q_start < end for q_start, q_end in quotes):
                continue
            distance = start - anchor if start >= anchor else (anchor - end) + len(sentence)
            if best is None or distance < best[0]:
                best = (distance, words, start, end)
    return None if best is None else (best[1], best[2], best[3])


def speaker_key(speaker: str | None) -> str:
    """Return a comparable form of a speaker: the surname of a name; '' for a pronoun,
    a description ("the Russian president") or no speaker, which compare as unknown.

    >>> speaker_key("President Vladimir Putin"), speaker_key("he"), speaker_key("the minister")
    ('putin', '', '')
    """
    if not speaker:
        return ""
    words = [w.strip(".,’'") for w in speaker.split()]
    if not words or words[0].lower() in _PRONOUNS or not words[0][:1].isupper():
        return ""
    if words[0].lower() in _ARTICLES:
        return ""
    return words[-1].lower()


_NAME_WORD = re.compile(r"[^\W\d_][\w\u2019'.-]*")
#: Lower-case words that may join the capitalised words of one name ("Bank of England").
_NAME_JOINERS = frozenset({"of", "de", "del", "la", "le", "bin", "al", "van", "von", "der", "du", "da"})
_NOT_NAMES = frozenset(STOPWORDS) | frozenset(MONTHS) | frozenset(WEEKDAYS)
_POSSESSIVE = re.compile(r"[\u2019']s?$")


def find_entities(text: str) -> list[tuple[int, int]]:
    """Return the spans of names: runs of capitalised words, joiners allowed inside.

    Leading function words ("The", "But"), months and weekdays are not names; a final
    possessive ("Vietnam’s") is left out of the span.

    >>> text = "The Bank of England and Vietnam’s President To Lam met on Monday."
    >>> [text[a:b] for a, b in find_entities(text)]
    ['Bank of England', 'Vietnam', 'President To Lam']
    """
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        while run and (run[-1][2].lower() in _NAME_JOINERS or run[-1][2].lower() in _NOT_NAMES):
            run.pop()
        while run and (run[0][2].lower() in _NOT_NAMES or run[0][2].lower() in _NAME_JOINERS):
            run.pop(0)
        if run:
            spans.append((run[0][0], run[-1][1]))
        run.clear()

    previous_end = 0
    for m in _NAME_WORD.finditer(text):
        word = m.group()
        gap = text[previous_end : m.start()]
        if run and (gap.strip() or "\n" in gap):
            flush()
        previous_end = m.end()
        if word[:1].isupper():
            end = m.end()
            trimmed = _POSSESSIVE.search(word)
            if trimmed and len(word) > 2:
                end = m.start() + trimmed.start()
                run.append((m.start(), end, text[m.start() : end]))
                flush()
                continue
            if word.endswith(".") and "." not in word[:-1]:
                end -= 1  # a sentence's full stop, not an abbreviation like "U.S."
            run.append((m.start(), end, text[m.start() : end]))
        elif run and word in _NAME_JOINERS:
            run.append((m.start(), m.end(), word))
        else:
            flush()
    flush()
    return spans


def entity_key(name: str) -> str:
    """Return the canonical form of a name: aliases folded, case, dots, hyphens and spaces ignored.

    >>> entity_key("U.S."), entity_key("United States"), entity_key("Kim Jong-un"), entity_key("Kim Jong Un")
    ('unitedstates', 'unitedstates', 'kimjongun', 'kimjongun')
    """
    folded = " ".join(name.replace("\u2019", "'").split()).casefold().removeprefix("the ")
    folded = NAME_ALIASES.get(folded, folded)
    return re.sub(r"[\W_]+", "", folded)


#: Negation cues: the words that make ``Claim.negated`` true.
NEGATION_CUES = re.compile(
    r"\b(?:not|never|no|neither|nor|none|nobody|nothing|cannot|without)\b|n[’']t\b", re.IGNORECASE
)


def is_negated(text: str) -> bool:
    """Return True when the text holds a negation cue ("not", "never", "n't", "neither").

    >>> is_negated("Russia and Vietnam are not members of the ICC."), is_negated("They signed.")
    (True, False)
    """
    return NEGATION_CUES.search(text) is not None


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
    >>> [(c.kind.value, c.text) for c in extract_claims(art, split_sentences(art.text))][:3]
    [('other', 'They signed 11 agreements.'), ('quantity', '11 agreements'), ('other', '“It is historic,” Lam said.')]
    """
    text = article.text
    starts = [s.start for s in sentences]

    def sentence_of(start: int, end: int) -> Sentence | None:
        k = bisect.bisect_right(starts, start) - 1
        if k < 0:
            return None
        sent = sentences[k]
        return sent if start >= sent.start and end <= sent.end else None

    claims: list[Claim] = []
    negated = {sent.start: is_negated(sent.text) for sent in sentences}
    for sent in sentences:
        claims.append(
            Claim(
                source=article.source,
                kind=Kind.OTHER,
                text=sent.text,
                start=sent.start,
                end=sent.end,
                sentence=sent,
                negated=negated[sent.start],
            )
        )
    with paused_gc():
        quantities, tokens = _scan(text)  # the dates stage reads the same tokens
    claims.extend(_quantity_claims(article, quantities, sentence_of, negated))
    claims.extend(_date_claims(article, quantities, tokens, sentence_of, published))
    claims.extend(_quote_claims(article, sentences, text))
    claims.extend(_entity_claims(article, sentences))
    claims.sort(key=lambda c: (c.start, c.end, c.kind.value))
    return tuple(claims)


def _quantity_claims(
    article: Article, quantities: Sequence[Quantity], sentence_of: _SentenceOf, negated: dict[int, bool]
) -> Iterator[Claim]:
    for q in quantities:
        if q.kind == "year":
            continue
        sent = sentence_of(q.start, q.end)
        if sent is None:
            continue
        yield Claim(
            source=article.source,
            kind=Kind.QUANTITY,
            text=q.text,
            start=q.start,
            end=q.end,
            sentence=sent,
            key=_quantity_key(q.text, q.unit),
            quantity=q,
            negated=negated[sent.start],
        )


_AGE = re.compile(r"(?:-|\s)old\b|\bage[ds]?\b", re.IGNORECASE)


def _quantity_key(text: str, unit: str | None) -> str:
    """Return what a figure counts; an age ("80-year-old", "aged 80") is not a duration."""
    key = canonical_unit(unit)
    if _AGE.search(text):
        return f"age:{key}" if key else "age"
    return key


def _date_claims(
    article: Article,
    quantities: Sequence[Quantity],
    tokens: list[_Tok],
    sentence_of: _SentenceOf,
    published: dt.date | None,
) -> Iterator[Claim]:
    for d in _find_dates_in(article.text, published, quantities, tokens):
        sent = sentence_of(d.start, d.end)
        if sent is None:
            continue
        yield Claim(
            source=article.source,
            kind=Kind.DATE,
            text=d.text,
            start=d.start,
            end=d.end,
            sentence=sent,
            key=d.granularity.value,
            date=d,
        )


def _entity_claims(article: Article, sentences: Sequence[Sentence]) -> Iterator[Claim]:
    """Yield a claim per name. A lone capitalised word that opens a sentence or heading
    ("Flexible diplomacy") is a name only if the article capitalises it mid-sentence too."""
    found = [(sent, find_entities(sent.text)) for sent in sentences]
    mid_sentence = {
        sent.text[start:end] for sent, spans in found for start, end in spans if not _opens(sent.text, start)
    }
    for sent, spans in found:
        for start, end in spans:
            words = sent.text[start:end]
            if " " not in words and _opens(sent.text, start) and words not in mid_sentence and not words.isupper():
                continue
            yield Claim(
                source=article.source,
                kind=Kind.ENTITY,
                text=words,
                start=sent.start + start,
                end=sent.start + end,
                sentence=sent,
                key=entity_key(words),
            )


def _opens(text: str, start: int) -> bool:
    """Return True when only punctuation and spaces stand before ``start`` in the sentence."""
    return not any(ch.isalnum() for ch in text[:start])


def _quote_claims(article: Article, sentences: Sequence[Sentence], text: str) -> Iterator[Claim]:
    quotes = find_quotes(text)
    if not quotes:
        return
    by_sentence: dict[int, list[QuoteSpan]] = {}
    starts = [s.start for s in sentences]
    for q in quotes:
        k = bisect.bisect_right(starts, q.start) - 1
        if k >= 0 and q.start < sentences[k].end:
            by_sentence.setdefault(k, []).append(q)
    last_speaker: str | None = None
    for k, sent in enumerate(sentences):
        own = by_sentence.get(k)
        if not own:
            continue
        local = [(q.start - sent.start, min(q.end, sent.end) - sent.start) for q in own]
        found = find_speaker(sent.text, local)
        speaker = found[0] if found else None
        if speaker_key(speaker) == "" and speaker and last_speaker:
            speaker = last_speaker
        if speaker_key(speaker):
            last_speaker = speaker
        for q in own:
            yield Claim(
                source=article.source,
                kind=Kind.QUOTE,
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                sentence=sent,
                key=speaker_key(speaker),
                speaker=speaker,
                negated=is_negated(text[q.start : q.end]),
            )

