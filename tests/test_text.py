"""Tests for claimdiff.text.clean."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimdiff import text as text_module
from claimdiff.errors import InvalidArgument
from claimdiff.models import Cleaning
from claimdiff.segment import split_sentences
from claimdiff.text import LINE_RULES, clean

from .strategies import any_text, newsy_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def dropped(text: str) -> list[tuple[str, str]]:
    """Return (rule, skipped text) for every skip, stripped of white space."""
    return [(s.rule, text[s.start : s.end].strip()) for s in clean(text).skips]


def kept_sentences(text: str) -> list[str]:
    return [s.text for s in split_sentences(text, skip=clean(text).skips)]


def _norm(text: str) -> str:
    return " ".join(text.split())


# --------------------------------------------------------------------------------------
# Seeds: every boilerplate quote in the gold is dropped, and nothing else.


def _boilerplate() -> list[dict[str, str]]:
    path = SHARED / "gold" / "seeds.json"
    if not path.is_file():
        pytest.skip(f"gold boilerplate not found at {path}")
    items: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))["boilerplate"]
    return items


def _covered(text: str) -> list[bool]:
    mask = [False] * len(text)
    for skip in clean(text).skips:
        for i in range(skip.start, skip.end):
            mask[i] = True
    return mask


def _find(text: str, quote: str) -> list[int]:
    """Return the offsets of the quote's non-space characters in text (white space may differ)."""
    words = quote.split()
    pos = text.find(words[0])
    while pos >= 0:
        offsets: list[int] = []
        i = pos
        ok = True
        for n, word in enumerate(words):
            if n:
                j = i
                while j < len(text) and text[j].isspace() and text[j] not in "\n":
                    j += 1
                if j == i:
                    ok = False
                    break
                i = j
            if text.startswith(word, i):
                offsets.extend(range(i, i + len(word)))
                i += len(word)
            else:
                ok = False
                break
        if ok:
            return offsets
        pos = text.find(words[0], pos + 1)
    raise AssertionError(f"quote not found: {quote!r}")


def test_all_gold_boilerplate_is_dropped() -> None:
    for item in _boilerplate():
        text = (SEEDS / f"{item['source']}.txt").read_text(encoding="utf-8")
        mask = _covered(text)
        missing = [i for i in _find(text, item["quote"]) if not mask[i]]
        assert not missing, f"{item['source']}: {item['quote']!r} is kept"


def test_nothing_but_gold_boilerplate_is_dropped() -> None:
    quotes: dict[str, list[str]] = {}
    for item in _boilerplate():
        quotes.setdefault(item["source"], []).append(_norm(item["quote"]))
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for rule, span in dropped(text):
            assert _norm(span) in quotes.get(path.stem, []), f"{path.stem}: {rule} dropped {span!r}"


def test_seed_headlines_and_headings_are_kept() -> None:
    kept: set[str] = set()
    for path in sorted(SEEDS.glob("*.txt")):
        kept.update(kept_sentences(path.read_text(encoding="utf-8")))
    for text in (
        "Russia’s Putin in Vietnam calls for strengthening “strategic partnership”",
        "Putin signs deals in Vietnam to shore up ties in Asia",
        "Putin vows to strengthen ties with Vietnam during state visit",
        "– Flexible diplomacy –",
        "'Bamboo diplomacy'",
        "Concrete measures",
        "US, EU criticism",
        "U.S., EU CRITICISM",
    ):
        assert text in kept


@pytest.mark.parametrize(
    ("stem", "published"),
    [
        ("000_67dde2332e213a7d", dt.date(2024, 6, 20)),
        ("001_26f67e45babfd5c0", dt.date(2024, 6, 20)),
        ("002_0deaf8d47228b67d", dt.date(2024, 6, 20)),
        ("003_a62b60f1638a424a", None),
        ("004_a86960ac17ac7e39", None),
    ],
)
def test_seed_publication_dates(stem: str, published: dt.date | None) -> None:
    assert clean((SEEDS / f"{stem}.txt").read_text(encoding="utf-8")).published == published


# --------------------------------------------------------------------------------------
# Invented articles

INVENTED = """\
The Daily Planet
Storm floods the harbour district
5 min read
By Jane Doe and Ali Khan | Reuters | Updated: March 3, 2025 10:32 AM
Share this article
Advertisement
Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Webseite zu ermöglichen. Akzeptieren
Water rose by 2.5 metres overnight, officials said. By Thursday, most residents had left.
Rescue boats line the quay on Tuesday. (Photo by John Smith/AFP via Getty Images)
Residents wade through water. JOHN SMITH/AFP
A man carries a child. Picture: Jane Doe
Read more: Storms in Europe this year
The mayor said the damage was "worse than in 2019".
Cookie sales at the harbour bakery fell by half, the owner said.
Reporting by Jane Doe; Editing by Ali Khan
© 2025 The Daily Planet. All rights reserved.
https://example.com/storm-floods-harbour
"""


def test_invented_article() -> None:
    rules = dropped(INVENTED)
    assert [rule for rule, _ in rules] == [
        "site_name",
        "read_time",
        "byline",
        "ui_label",
        "ui_label",
        "cookie_banner",
        "photo_caption",
        "photo_caption",
        "photo_caption",
        "see_also",
        "credit_line",
        "copyright",
        "url_line",
    ]
    assert kept_sentences(INVENTED) == [
        "Storm floods the harbour district",
        "Water rose by 2.5 metres overnight, officials said.",
        "By Thursday, most residents had left.",
        'The mayor said the damage was "worse than in 2019".',
        "Cookie sales at the harbour bakery fell by half, the owner said.",
    ]
    assert clean(INVENTED).published == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("date: 2023-11-05T08:30:00Z", "metadata"),
        ("published 2023-11-05", "metadata"),
        ("Reading time: 4 minutes", "read_time"),
        ("3-minute read", "read_time"),
        ("article_body_top", "cms_token"),
        ("(tagstotranslate) flood", "tag_line"),
        ("Tags: floods, weather, Europe", "tag_line"),
        ("jm/dw", "agency_slug"),
        ("bur-dk/sst", "agency_slug"),
        ("Print", "ui_label"),
        ("Share on Facebook / Twitter / WhatsApp", "share_widget"),
        ("Traduire / Translate", "share_widget"),
        ("Nous utilisons des cookies pour améliorer votre expérience. Accepter", "cookie_banner"),
        ("Utilizamos cookies propias y de terceros. Aceptar", "cookie_banner"),
        ("By REUTERS", "byline"),
        ("BY MARIA GARCIA, ASSOCIATED PRESS", "byline"),
        ("Additional reporting by Tom Lee in Seoul", "credit_line"),
        ("(Writing by Ann Ray; Editing by Bo Li)", "credit_line"),
        ("The Associated Press contributed reporting.", "credit_line"),
        ("Thursday, June 20, 2024", "date_line"),
        ("Published 20 June 2024, 14:05 GMT", "date_line"),
        ("Putin waves on arrival. Sputnik/Kremlin via REUTERS/Gavriil Grigorov", "photo_caption"),
        ("Soldiers march. Credit: EPA-EFE", "photo_caption"),
        ("READ MORE: Putin signs pact", "see_also"),
    ],
)
def test_boilerplate_line(line: str, rule: str) -> None:
    text = f"{line}\nPutin arrived in Hanoi on Thursday."
    assert dropped(text) == [(rule, line)]


@pytest.mark.parametrize(
    "text",
    [
        "By Thursday, the troops had withdrawn from the city.",
        "By the time Putin landed, crowds had gathered.",
        "BY THE NUMBERS",
        "Concrete measures",
        "The Times reported the visit on Friday.",
        "US, EU criticism",
        "Vietnam’s foreign ministry did not respond.",
        "3 minutes later, the convoy left.",
        "He said the site would reopen after the cookie factory was rebuilt.",
        "Reuters/Ipsos polling shows support at 40%.",
        "Photo: the ministry released no images of the meeting, officials said, citing security concerns.",
        "The U.S. embassy’s statement – issued on June 20, 2024 – was brief.",
        "Share prices in Hanoi rose 2 percent.",
        "“Families should shop now, before prices rise,” the minister said.",
    ],
)
def test_article_text_is_kept(text: str) -> None:
    full = f"Putin visits Vietnam\n{text}\nHe left on Friday."
    assert dropped(full) == []


def test_site_name_needs_a_title_below() -> None:
    assert dropped("Hanoi Times\nPutin arrives in Vietnam\nHe landed at dawn.")[0] == ("site_name", "Hanoi Times")
    assert dropped("Putin In Hanoi\nHe landed at dawn.") == []  # a short headline, no outlet word
    assert dropped("Hanoi Times") == []  # nothing below it
    assert dropped("Putin arrives\nvietnamnews.vn\nHe landed.") == []  # not the first line


def test_metadata_only_at_the_top() -> None:
    text = "Putin arrives\n date 2024-06-20 is when he came."
    assert clean(text) == Cleaning(skips=(), published=None)


def test_metadata_keeps_the_glued_headline() -> None:
    text = " date 2024-06-20 Russia’s Putin in Vietnam\n\nHe arrived."
    cleaning = clean(text)
    assert [text[s.start : s.end] for s in cleaning.skips] == [" date 2024-06-20"]
    assert kept_sentences(text) == ["Russia’s Putin in Vietnam", "He arrived."]
    assert cleaning.published == dt.date(2024, 6, 20)


def test_invalid_metadata_date_is_dropped_without_a_date() -> None:
    cleaning = clean("date 2024-02-30\nHello.")
    assert [s.rule for s in cleaning.skips] == ["metadata"]
    assert cleaning.published is None


def test_rule_names_are_unique() -> None:
    names = [name for name, _ in LINE_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("bad", [None, b"bytes", 3])
def test_text_must_be_str(bad: object) -> None:
    with pytest.raises(InvalidArgument, match="text"):
        clean(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("x" * 200_000, id="long-line"),
        pytest.param("A" * 200_000 + "/AP", id="caps-credit"),
        pytest.param("By " + "Name " * 50_000, id="long-byline"),
        pytest.param("Photo: " * 30_000, id="labels"),
        pytest.param("\n" * 100_000, id="newlines"),
        pytest.param("cookie " * 30_000, id="cookies"),
        pytest.param("a/" * 100_000, id="slashes"),
        pytest.param("June 20, " * 30_000, id="dates"),
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    cleaning = clean(text)
    assert all(0 <= s.start <= s.end <= len(text) for s in cleaning.skips)


# --------------------------------------------------------------------------------------
# Properties


def _check(text: str) -> None:
    cleaning = clean(text)
    previous_end = 0
    for skip in cleaning.skips:
        assert previous_end <= skip.start < skip.end <= len(text)
        previous_end = skip.end
    assert clean(text) == cleaning


@given(any_text)
def test_any_text(text: str) -> None:
    _check(text)


@given(newsy_text)
def test_newsy_text(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("FILE PHOTO: Russian President Vladimir Putin attends a meeting in Moscow, Russia, June 1, 2024.",
         "photo_caption"),
        ("Putin attends a meeting in Moscow. REUTERS/Maxim Shemetov/File Photo", "photo_caption"),
        ("Sign up for our morning newsletter", "prompt"),
        ("Our Standards: The Thomson Reuters Trust Principles., opens new tab", "prompt"),
        ("Breezy Mini 2-qt Air Fryer - $39.95 SHOP NOW", "prompt"),  # an offer: its figures are no claims
        ("Garmin Forerunner 55 - $149.99 (was $199.99) Buy now", "prompt"),
        ("Updated 2 hours ago", "date_line"),
        ("Published On 20 Jun 2024", "date_line"),
    ],
)
def test_more_boilerplate_lines(line: str, rule: str) -> None:
    text = f"{line}\nPutin arrived in Hanoi on Thursday."
    assert dropped(text) == [(rule, line)]


_FURNITURE = st.sampled_from([
    "Advertisement", "Share", "x", "", " ", "By Jane Doe", "3 minutes", "Photo: REUTERS/Jo Li", "Vietnam News",
    "Putin arrived on Thursday.", " date 2024-06-20 Headline", "Read more: Putin in Hanoi", "June 20, 2024",
    "© 2024 Reuters", "bur-ah/pz", "reuters_tickers", "Tags: a, b", "Updated: 2 hours ago", "|",
])


@given(st.lists(st.tuples(_FURNITURE, st.sampled_from(["\n", "\n\n", "\r\n", " \n"])).map("".join), max_size=30)
       .map("".join))
def test_line_memo_changes_no_skip(text: str) -> None:
    """Short lines are judged once per call (their verdict remembered by text): same result as judging each."""
    with patch.object(text_module, "_MEMO_LINE", -1):
        reference = clean(text)
    assert clean(text) == reference
    with patch.object(text_module, "_MEMO_SIZE", 1):
        assert clean(text) == reference
