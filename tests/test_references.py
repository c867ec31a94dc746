"""Back-references: a pronoun or description that opens a sentence, resolved to what the
sentence or two before named (:mod:`claimdiff.claims.references`)."""

from __future__ import annotations

import datetime as dt

import pytest

import claimdiff
from claimdiff.claims.references import WINDOW, find_references
from claimdiff.models import Reference, StatementClaim
from claimdiff.pipeline import analyse
from claimdiff.segment import split_sentences


def _refs(text: str) -> list[tuple[str, str] | None]:
    out = []
    for ref in find_references(text, split_sentences(text)):
        if ref is None:
            out.append(None)
            continue
        assert text[ref.start : ref.end] == ref.text
        assert text[ref.antecedent_start : ref.antecedent_end] == ref.antecedent
        out.append((ref.text, ref.antecedent))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harbour Master Tess Olsen closed the port. She said the swell was too high.", ("She", "Harbour Master Tess Olsen")),
        ("Officers detained a 19-year-old woman near the park. She was later freed.", ("She", "a 19-year-old woman")),
        ("Detectives questioned Paul Mercer on Sunday. The 61-year-old denied the theft.", ("The 61-year-old", "Paul Mercer")),
        ("Greystone Bank cut 40 branches on Friday. The lender blamed online banking.", ("The lender", "Greystone Bank")),
        ("Port Authority of Kell shut two quays. The operator blamed a crane fault.", ("The operator", "Port Authority of Kell")),
        ("The county council met on Tuesday. It agreed to sell the depot.", ("It", "The county council")),
        ("Goalkeeper Ivo Lenz and coach Mara Holt spoke after the draw. The coach said the pitch was poor.", ("The coach", "Mara Holt")),
        ("Mr Dan Fry met Mrs Kay Webb at the depot. She said the lorries were late.", ("She", "Mrs Kay Webb")),
    ],
)
def test_a_back_reference_opens_its_sentence(text: str, expected: tuple[str, str]) -> None:
    assert _refs(text)[1] == expected


@pytest.mark.parametrize(
    "text",
    [
        # two people who may both be meant: no guess
        "Skipper Lou Grant met harbour master Ben Okafor. He said the nets were lost.",
        # the name follows the description: an apposition, not a back-reference
        "Crowds gathered at noon. The chairman, Ian Booth, spoke first.",
        # a pronoun of the other gender than the only person named
        "Mr Alan Pike opened the bridge. She said it cost too much.",
        # a role no one in the window holds
        "Captain Rosa Lind led the crew. The referee said the match would go on.",
        # a paragraph break stops the look back
        "Pilot Jon Ekberg landed safely.\n\nHe said the engine had failed.",
    ],
)
def test_no_reference_without_one_fitting_antecedent(text: str) -> None:
    assert _refs(text)[-1] is None


def test_the_look_back_is_bounded() -> None:
    text = "Governor Lia Moss toured the dam. Water rose all day. Roads were shut at dusk. She said the dam held."
    assert len(split_sentences(text)) == WINDOW + 2
    assert _refs(text)[-1] is None
    assert _refs("Governor Lia Moss toured the dam. Water rose all day. She said the dam held.")[-1] == (
        "She",
        "Governor Lia Moss",
    )


def test_a_statement_claim_carries_its_reference_through_json() -> None:
    art = claimdiff.Article(source="a", text="Chef Nina Lowe opened the cafe. She said it seats 40.")
    claim = next(c for c in analyse(art) if isinstance(c, StatementClaim) and c.reference is not None)
    assert claim.reference == Reference(
        text="She", start=32, end=35, antecedent="Chef Nina Lowe", antecedent_start=0, antecedent_end=14
    )
    assert claimdiff.models.Claim.from_dict(claim.to_dict()) == claim


def _found(a: str, b: str) -> list[str]:
    day = dt.date(2026, 3, 11)
    arts = [claimdiff.Article(source=s, text=t, published=day) for s, t in (("a", a), ("b", b))]
    return [d.describe() for d in claimdiff.compare(arts).discrepancies]


def test_a_pronoun_speaker_is_who_it_stands_for() -> None:
    a = "Harbour Master Tess Olsen inspected the pier. She said the pier was unsafe."
    assert any("different-source" in f for f in _found(a, "Engineer Raj Patel said the pier was unsafe."))
    assert _found(a, "Harbour Master Tess Olsen said the pier was unsafe.") == []


def test_a_described_subject_lends_its_words_to_the_act() -> None:
    a = "Officers detained a 19-year-old woman near the park. She was later released without charge."
    found = _found(a, "The 19-year-old woman detained near the park has been charged with assault.")
    assert any(f.startswith("negation") for f in found)


def test_a_date_given_at_the_top_dates_the_next_sentence() -> None:
    a = "On Thursday, the board met in private. It voted to sell the stadium."
    assert any(f.startswith("date") for f in _found(a, "The board voted on Friday to sell the stadium."))
    assert _found(a, "The board voted on Thursday to sell the stadium.") == []
