"""Find the boilerplate around a news article: spans to skip, never a rewritten string.

Scraped news pages carry text that is not the article: consent banners, share and
print widgets, read-time and ticker lines, agency slugs, tag junk, photo captions and
credits, bylines and credit lines, the site's name above the headline and a leading
metadata line. :func:`clean` returns the spans of such text as
:class:`~claimdiff.models.Skip` objects with offsets into the *original* text, so every
kept character keeps its offset, plus the publication date when a metadata line or a
byline gives one.

The work is line by line (a line is the unit of page furniture). Each line is judged
by the ordered table :data:`LINE_RULES` of named predicates; the first that matches
names the skip. Two rules look at position: ``metadata`` only at the top (and it may
drop just the start of a line, as in ``" date 2024-06-20 Headline ..."``) and
``site_name`` only for the first kept line. Patterns that look at the end of a line
read a bounded tail of it, so the time is linear in the length of the text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable

from ._lexicon import boilerplate as _bp
from ._lexicon.dates import MONTHS
from .errors import InvalidArgument, short_repr
from .models import Cleaning, Skip
from .words import APOSTROPHES

__all__ = ["LINE_RULES", "clean", "find_full_date"]

_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
#: A line without the white space at either end (lines of white space only hold no match).
_LINE_RE = re.compile(f"\\S(?:[^{_LINE_BREAKS}]*\\S)?")
_APOSTROPHES = str.maketrans({**APOSTROPHES, "：": ":"})
_TAIL = 200


class _Line:
    """One line of text, stripped of surrounding white space, with its offsets.

    A plain class with slots, not an attrs model: it never leaves this module, and its
    case-folded text is made once, not by each rule that reads it.
    """

    __slots__ = ("end", "folded", "start", "text")

    text: str
    """The line's content without leading/trailing white space."""
    start: int
    """Offset of the first kept character in the original text."""
    end: int
    """Offset one past the last kept character."""
    folded: str
    """The text case-folded, with curly apostrophes made straight."""

    def __init__(self, text: str, start: int) -> None:
        self.text = text
        self.start = start
        self.end = start + len(text)
        self.folded = text.translate(_APOSTROPHES).casefold()


# --------------------------------------------------------------------------------------
# Dates

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_RES = (
    re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)"),
    re.compile(
        rf"(?<![^\W\d_])(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?,?\s+(?P<year>\d{{4}})(?!\d)",
        re.IGNORECASE,
    ),
)


def find_full_date(text: str) -> tuple[_dt.date, int, int] | None:
    """Return the first full calendar date (year, month, day) in ``text`` and its span.

    >>> find_full_date("Updated June 11, 2025, 6:15 a.m.")
    (datetime.date(2025, 6, 11), 8, 21)
    """
    found: tuple[_dt.date, int, int] | None = None
    for pattern in _DATE_RES:
        for match in pattern.finditer(text):
            month = match.group("month")
            number = int(month) if month.isdigit() else MONTHS[month.casefold()]
            try:
                value = _dt.date(int(match.group("year")), number, int(match.group("day")))
            except ValueError:
                continue
            if found is None or match.start() < found[1]:
                found = (value, match.start(), match.end())
            break
    return found


# --------------------------------------------------------------------------------------
# Line rules


def _cookie_banner(line: _Line) -> bool:
    """A consent banner: a tracker word and a consent or browsing word, in any language."""
    folded = line.folded
    if not any(w in folded for w in _bp.COOKIE_WORDS):
        return False
    if any(w in folded for w in _bp.CONSENT_WORDS):
        return True
    return sum(w in folded for w in _bp.BROWSING_WORDS) >= 2


def _bare_label(line: _Line) -> str:
    return line.folded.rstrip(" .:!…›»>|-–—").strip()


def _ui_label(line: _Line) -> bool:
    """A button or label of the page ("Advertisement", "Read more", "Accept all")."""
    return len(line.text) <= 40 and _bare_label(line) in _bp.UI_LABELS


_WORD_RE = re.compile(r"[^\W_]+")


def _share_widget(line: _Line) -> bool:
    """A share/print/translate widget: only widget words ("Print Friendly, PDF & Email")."""
    if len(line.text) > 80:
        return False
    words = _WORD_RE.findall(line.folded)
    return (
        bool(words)
        and all(w in _bp.WIDGET_WORDS or w.isdigit() or len(w) == 1 for w in words)
        and any(w in _bp.WIDGET_CORE for w in words)
    )


_READ_TIME_RE = re.compile(
    r"(?:(?:estimated\s+)?(?:reading|read)\s+time|temps\s+de\s+lecture|lesezeit|tiempo\s+de\s+lectura)?"
    r"\s*:?\s*(?:about\s+|~\s*)?\d{1,3}\s*[-\s]?\s*(?:min|mins|minutes?|minuten|minutos)\.?"
    r"(?:\s+(?:read|reading|de\s+lecture|lesezeit|de\s+lectura))?"
)


def _read_time(line: _Line) -> bool:
    """A read-time line ("3 minutes", "5 min read", "Reading time: 4 minutes")."""
    return len(line.text) <= 60 and _READ_TIME_RE.fullmatch(line.folded) is not None


_CMS_TOKEN_RE = re.compile(r"[a-z0-9]+(?:_[a-z0-9]+)+")


def _cms_token(line: _Line) -> bool:
    """A snake_case identifier alone on a line: a template or ticker token ("reuters_tickers")."""
    return len(line.text) <= 80 and _CMS_TOKEN_RE.fullmatch(line.text) is not None


_TAG_LINE_RE = re.compile(r"\(\s*[a-z]+\s*\)(?:\s+[a-z]+){0,5}")
_TAG_PREFIXES = ("tags:", "tag:", "keywords:", "topics:", "filed under:", "mots-clés:", "từ khóa:")


def _tag_line(line: _Line) -> bool:
    """Tag junk: "(tagstotranslate) ticker", or a "Tags: a, b, c" list without a full stop."""
    if len(line.text) > 200:
        return False
    if _TAG_LINE_RE.fullmatch(line.text):
        return True
    folded = line.folded
    return folded.startswith(_TAG_PREFIXES) and not folded.endswith(".")


_AGENCY_SLUG_RE = re.compile(r"[a-z]{2,5}(?:-[a-z]{2,5})*(?:/[a-z]{2,5}(?:-[a-z]{2,5})*)+")


def _agency_slug(line: _Line) -> bool:
    """A wire agency's editor slug: lowercase initials joined by "/" ("bur-ah/pz/pc/zm")."""
    return len(line.text) <= 60 and _AGENCY_SLUG_RE.fullmatch(line.text) is not None


def _see_also(line: _Line) -> bool:
    """A cross-reference line ("Read more: ...", "RELATED: ...")."""
    return len(line.text) <= 300 and line.folded.startswith(_bp.SEE_ALSO_PREFIXES)


def _prompt(line: _Line) -> bool:
    """A call to action, a link label or an offer ("Sign up for our newsletter", "..., opens
    new tab", "Breezy Mini 2-qt - $39.95 SHOP NOW")."""
    if len(line.text) > 200:
        return False
    folded = line.folded
    if folded.startswith(_bp.PROMPT_PREFIXES) or folded.endswith(_bp.BUTTON_SUFFIXES):
        return True
    return any(m in folded for m in _bp.LINK_MARKERS)


_URL_LINE_RE = re.compile(r"(?:https?://|www\.)\S+")


def _url_line(line: _Line) -> bool:
    """A bare web address on its own line."""
    return _URL_LINE_RE.fullmatch(line.text) is not None


def _copyright(line: _Line) -> bool:
    """A copyright notice ("© 2024 Reuters", "Copyright ... All rights reserved")."""
    folded = line.folded
    if len(folded) > 250:
        return False
    return folded.startswith(("©", "(c) ", "copyright")) or "all rights reserved" in folded


_BYLINE_RE = re.compile(r"(?:By|BY)[\s\xa0]+(?=[^\W\d_])")
_BYLINE_TOKEN_RE = re.compile(r"[^\s,;|/–—·•-]+")


def _is_name_word(word: str) -> bool:
    bare = word.strip("().'’\"“”")
    if not bare:
        return True
    if bare[0].isupper() or bare.isdigit() or bare.casefold() in _bp.BYLINE_GLUE:
        return True
    folded = bare.casefold()
    return folded.rstrip(".") in MONTHS or folded in _TIME_WORDS or _CLOCK_RE.fullmatch(folded) is not None


_TIME_WORDS = frozenset(("am", "pm", "a.m", "p.m", "a.m.", "p.m."))
_CLOCK_RE = re.compile(r"\d{1,2}[:.h]\d{2}(?:[ap]m)?")


def _byline(line: _Line) -> bool:
    """A byline: "By" and names, agencies, places and a date ("By X and Y – AAP – June 20, 2024")."""
    if len(line.text) > 200 or not _BYLINE_RE.match(line.text):
        return False
    words = _BYLINE_TOKEN_RE.findall(line.text[3:])
    if not words or len(words) > 24 or line.text.endswith((".", "?", "!", ":")):
        return False
    if words[0].casefold() in _bp.BYLINE_GLUE:  # "BY THE NUMBERS" is a heading
        return False
    return all(_is_name_word(w) for w in words)


_CREDIT_LEAD_RE = re.compile(
    r"\(?\s*(?:" + "|".join(re.escape(w) for w in _bp.CREDIT_LEADS) + r")\s+by\b", re.IGNORECASE
)
_CONTRIBUTED_RE = re.compile(
    r"contributed(?:\s+reporting)?(?:\s+(?:to|for))?(?:\s+(?:this|the))?"
    r"(?:\s+(?:story|report|article|reporting|coverage))?\s*[.)]*\s*\Z",
    re.IGNORECASE,
)


def _credit_line(line: _Line) -> bool:
    """A credit line: "Reporting by ...; Editing by ...", "X in Jakarta contributed to this story."."""
    if len(line.text) > 400:
        return False
    if _CREDIT_LEAD_RE.match(line.text):
        return True
    return _CONTRIBUTED_RE.search(line.text[-_TAIL:]) is not None


_DATE_LINE_WORDS = frozenset(
    """published updated posted first last modified on at am pm a.m p.m gmt utc et est edt pst pdt
    ict cet cest bst ist sgt jst kst hkt aest aedt msk local time monday tuesday wednesday
    thursday friday saturday sunday""".split()
)


_AGO_RE = re.compile(
    r"(?:(?:updated|published|posted)\s*:?\s*)?(?:\d{1,3}|an?)\s+(?:min|mins|minutes?|hours?|hrs?|days?)\s+ago"
)


def _date_line(line: _Line) -> bool:
    """A line that holds only a date and time ("June 20, 2024 10:32 AM", "Updated: 2024-06-20")."""
    if len(line.text) > 80:
        return False
    if _AGO_RE.fullmatch(line.folded):
        return True
    found = find_full_date(line.text)
    if found is None:
        return False
    rest = (line.text[: found[1]] + " " + line.text[found[2] :]).casefold()
    for word in re.findall(r"[^\s,:|()–—-]+", rest):
        token = word.rstrip(".")
        if token in _DATE_LINE_WORDS or re.fullmatch(r"[\d:.+]+(?:am|pm|h)?", token):
            continue
        return False
    return True


_AGENCIES = "|".join(re.escape(a) for a in sorted(_bp.PHOTO_AGENCIES, key=len, reverse=True))
_CAPS_AGENCIES = "|".join(
    re.escape(a) for a in sorted(_bp.PHOTO_AGENCIES, key=len, reverse=True) if a.isupper()
)
_LABELS = "|".join(re.escape(a) for a in sorted(_bp.PHOTO_LABELS, key=len, reverse=True))
_CAPTION_RES = (
    # "... Photo: REUTERS/Athit Perawongmetha", "Credit: AFP"
    re.compile(rf"(?:^|[\s.(|])(?:{_LABELS})\s*(?:by|credit)?\s*:\s*(?P<credit>\S[^:]{{0,80}})\Z"),
    # "... MINH HOANG/AP", "JOHN SMITH/AFP via Getty Images"
    re.compile(
        rf"(?:^|[\s.(])(?:[A-Z][A-Z'’.-]*\s+){{0,3}}[A-Z][A-Z'’.-]+\s*/\s*(?:{_AGENCIES})\)?\s*\Z"
    ),
    # "... REUTERS/Athit Perawongmetha", "AP Photo/Jae C. Hong", "REUTERS/Name/File Photo"
    re.compile(
        rf"(?:^|[\s.(])(?:{_CAPS_AGENCIES}|AP Photo|AFP Photo)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
        r"(?:\s*/\s*(?:File|FILE)(?:\s+(?:Photo|PHOTO))?)?\)?\s*\Z"
    ),
    # "(Photo by Jane Doe/AFP via Getty Images)"
    re.compile(rf"\((?:{_LABELS})\s+(?:by|credit|courtesy)[^()]{{1,120}}\)\s*\Z", re.IGNORECASE),
)


def _photo_caption(line: _Line) -> bool:
    """A photo caption: a line that ends with a photo credit ("... Photo: REUTERS/Name", "... NAME/AP")."""
    if len(line.text) <= 600 and line.folded.startswith(_bp.CAPTION_PREFIXES) and line.text[:1].isupper():
        words = line.text.split(None, 2)
        if len(words) > 2 and words[0].isupper():  # "FILE PHOTO: ...", "PHOTO: ..."
            return True
    tail = line.text[-_TAIL:]
    for pattern in _CAPTION_RES:
        match = pattern.search(tail)
        if match and _is_credit(match.groupdict().get("credit")):
            return True
    return False


_CREDIT_GLUE = frozenset("via by and for of de courtesy photo handout file staff".split())


def _is_credit(credit: str | None) -> bool:
    """Return True for a credit made of names and agencies ("REUTERS/Athit Perawongmetha")."""
    if credit is None:
        return True
    words = credit.rstrip(" .)").replace("/", " ").split()
    return 0 < len(words) <= 8 and all(
        w[:1].isupper() or w[:1].isdigit() or w.casefold() in _CREDIT_GLUE for w in words
    )


#: Ordered rules that judge a whole line; the first that matches names the Skip.
LINE_RULES: tuple[tuple[str, Callable[[_Line], bool]], ...] = (
    ("cookie_banner", _cookie_banner),
    ("ui_label", _ui_label),
    ("share_widget", _share_widget),
    ("read_time", _read_time),
    ("cms_token", _cms_token),
    ("tag_line", _tag_line),
    ("agency_slug", _agency_slug),
    ("see_also", _see_also),
    ("prompt", _prompt),
    ("url_line", _url_line),
    ("copyright", _copyright),
    ("byline", _byline),
    ("credit_line", _credit_line),
    ("date_line", _date_line),
    ("photo_caption", _photo_caption),
)


# --------------------------------------------------------------------------------------
# Position rules

_METADATA_RE = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(k) for k in sorted(_bp.METADATA_KEYS, key=len, reverse=True))
    + r")\s*[:=]?\s*(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"
    r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?!\S)",
    re.IGNORECASE,
)
_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _site_name(line: _Line, following: _Line | None) -> bool:
    """The site's name on a short line above the headline ("Vietnam News", "example.com").

    Only the first kept line qualifies, it must be at most five capitalised words with no
    terminal punctuation, hold a word of news outlets' names (or be a domain), and be
    followed by another line that starts like a title.
    """
    if following is None or len(line.text) > 40:
        return False
    words = line.text.split()
    if len(words) > 5 or line.text.endswith((".", "?", "!", ":", "”", '"')):
        return False
    if _DOMAIN_RE.fullmatch(line.text):
        return True
    if not all(w[:1].isupper() or w.casefold() in _bp.BYLINE_GLUE for w in words):
        return False
    if not any(w.casefold().strip("'’") in _bp.OUTLET_WORDS for w in words):
        return False
    first = following.text.lstrip("“\"'‘")[:1]
    return first.isupper() or first.isdigit()


def _raw_start(text: str, start: int) -> int:
    """Return where the line that holds ``start`` begins, leading white space included."""
    return max(text.rfind(char, 0, start) for char in _LINE_BREAKS) + 1


def _metadata(text: str, line: _Line) -> tuple[int, _dt.date | None] | None:
    """Match a leading ``date 2024-06-20`` line; return the end of the match and the date."""
    match = _METADATA_RE.match(text, _raw_start(text, line.start), line.end)
    if match is None:
        return None
    try:
        value: _dt.date | None = _dt.date(
            int(match.group("year")), int(match.group("month")), int(match.group("day"))
        )
    except ValueError:
        value = None
    return match.end(), value


def _judge_line(line: _Line) -> str | None:
    """Return the name of the first rule of :data:`LINE_RULES` that matches ``line``, or None."""
    for name, rule in LINE_RULES:
        if rule(line):
            return name
    return None


def _verdict(verdicts: dict[str, str | None], text: str, start: int) -> str | None:
    """Return the rule that drops the line ``text`` (at ``start``), or None; a short line's
    verdict is remembered in ``verdicts`` by its text, which is all the rules read."""
    if len(text) > _MEMO_LINE:
        return _judge_line(_Line(text, start))
    name = verdicts.get(text, _UNSEEN)
    if name is _UNSEEN:
        name = _judge_line(_Line(text, start))
        if len(verdicts) >= _MEMO_SIZE:
            verdicts.clear()
        verdicts[text] = name
    return name


#: Verdicts a call of :func:`clean` remembers by line text before it starts again (bounded memory).
_MEMO_SIZE = 4096
#: Only lines of at most this many characters are remembered: a short line costs its rules'
#: overhead, a long one the reading of its characters, which a memo would only move to hashing.
_MEMO_LINE = 80
_UNSEEN = "unseen"


def clean(text: str) -> Cleaning:
    """Find the boilerplate in a scraped news article, and its publication date.

    Args:
        text: The article as fetched, boilerplate and all. Any string.

    Returns:
        A :class:`~claimdiff.models.Cleaning` whose ``skips`` are sorted, non-overlapping
        spans of ``text`` that are not article text (each names the rule that fired) and
        whose ``published`` is the date from a leading metadata line or a dated byline.

    Raises:
        InvalidArgument: ``text`` is not a str.

    >>> text = " date 2024-06-20 Putin visits Hanoi\\n\\n3 minutes\\n\\nPutin arrived on Thursday."
    >>> c = clean(text)
    >>> [(skip.rule, text[skip.start : skip.end]) for skip in c.skips]
    [('metadata', ' date 2024-06-20'), ('read_time', '3 minutes')]
    >>> c.published
    datetime.date(2024, 6, 20)
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__} {short_repr(text)}")
    skips: list[Skip] = []
    published: _dt.date | None = None
    dated: _dt.date | None = None
    kept: list[_Line] = []  # the first two kept lines: the site's name and the line below it
    verdicts: dict[str, str | None] = {}  # rules read a line's text only: a short line repeated is judged once
    at_top = True
    for match in _LINE_RE.finditer(text):
        stripped = match.group()
        line: _Line | None = None
        if at_top:
            line = _Line(stripped, match.start())
            meta = _metadata(text, line)
            if meta is not None:
                end, value = meta
                skips.append(Skip(_raw_start(text, line.start), end, "metadata"))
                published = published or value
                rest = text[end : line.end].strip()
                if not rest:
                    continue
                line = _Line(rest, line.end - len(rest))
                stripped = rest
            at_top = False
        start = match.end() - len(stripped)
        name = _verdict(verdicts, stripped, start)
        if name is not None:
            skips.append(Skip(start, match.end(), name))
            if dated is None and name in ("byline", "date_line"):
                found = find_full_date(stripped)
                dated = found[0] if found else None
        elif len(kept) < 2:
            kept.append(line or _Line(stripped, start))
            if len(kept) == 2 and _site_name(kept[0], kept[1]):
                skips.append(Skip(kept[0].start, kept[0].end, "site_name"))
    skips.sort(key=lambda s: s.start)
    # models.Cleaning uses converter=tuple, which mypy reads as Iterable[_T_co].
    return Cleaning(skips=skips, published=published or dated)
