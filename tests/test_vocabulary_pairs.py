"""A ratchet on pairs of sentences in the general vocabulary of news.

``tests/fixtures/vocabulary/`` holds pairs written for this repository: one fact told by two
outlets in other words, either in disagreement ("flag") or in agreement ("agree"). Each pair is
compared as two articles that open with the same sentence. The pairs measure how far the
engine's lexicons reach beyond the stories it was tuned on: what share of the disagreements it
finds, and that it flags none of the agreements.

* ``tuned_*.txt``: pairs rules were made from. Every agreement must pass; the disagreements
  found may not drop below the file's floor (the figure last reached; raise it when a change
  lifts it, never lower it).
* ``holdout_*.txt``: pairs never tuned on. Only their counts are read (which pair is missed is
  never printed), held as floors and ceilings; each file's header says when it was written.

    python -m pytest tests/test_vocabulary_pairs.py -q -rA   # lists the tuned pairs missed
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import claimdiff

PAIRS = Path(__file__).parent / "fixtures" / "vocabulary"
OPENING = "The events took place in the town of Marlow this week. "
PUBLISHED = dt.date(2026, 3, 11)  # a Wednesday
#: Tuned files: disagreements found, at least.
FLAGGED_FLOORS = {
    "tuned_1.txt": 57,
    "tuned_attribution.txt": 46,
    "tuned_attribution2.txt": 22,
    "tuned_dates2.txt": 18,  # 16/26 and 2 agreements flagged when written
    "tuned_entities.txt": 52,
    "tuned_entities2.txt": 40,
    "tuned_entities3.txt": 12,  # 5/24 when written
    "tuned_measures.txt": 128,
    "tuned_negation2.txt": 38,
    "tuned_negation_context.txt": 41,
    "tuned_quotes2.txt": 38,  # 34/39 (and 1 agreement flagged) when written; 38 with speech5's opposites
    "tuned_reference.txt": 23,
    "tuned_states.txt": 79,
}
#: Held-out files: (disagreements found, at least; agreements flagged, at most).
HOLDOUT_FLOORS = {
    "holdout_1.txt": (21, 0),
    "holdout_2.txt": (57, 1),
    "holdout_3.txt": (61, 1),
    "holdout_4.txt": (61, 2),
    "holdout_5.txt": (49, 2),  # written blind by pairs5 on 2026-12-05 (sixth session)
    "holdout_6.txt": (49, 1),  # written blind by pairs6 on 2026-12-05 (sixth session, second round)
    "holdout_attribution.txt": (21, 0),
    "holdout_attribution2.txt": (9, 0),
    "holdout_entities.txt": (15, 0),
    "holdout_entities2.txt": (13, 0),
    "holdout_negation2.txt": (17, 1),
    "holdout_negation_context.txt": (11, 1),
    # (16, 0) when written, on quote2's branch; 1 agreement flagged once merged with attrib3's
    # source rules (a different-source finding, cause unread: the file is held out), which cleared
    # one blind agreement each in holdout_2 and holdout_4
    # 17 after speech5's words of opposite sense and short phrases (counts only)
    "holdout_quotes2.txt": (17, 1),
    "holdout_reference.txt": (12, 0),
}


def _pairs(path: Path, expected: str) -> list[tuple[str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        kind, a, b = (part.strip() for part in line.split("|"))
        assert kind in ("flag", "agree"), line
        if kind == expected:
            out.append((a, b))
    return out


def _findings(a: str, b: str) -> list[str]:
    articles = [claimdiff.Article(source=s, text=OPENING + t, published=PUBLISHED) for s, t in (("a", a), ("b", b))]
    return [d.describe() for d in claimdiff.compare(articles).discrepancies]


def test_every_pairs_file_has_its_floor() -> None:
    assert sorted(p.name for p in PAIRS.glob("tuned_*.txt")) == sorted(FLAGGED_FLOORS)
    assert sorted(p.name for p in PAIRS.glob("holdout_*.txt")) == sorted(HOLDOUT_FLOORS)
    for path in PAIRS.glob("*.txt"):
        flag, agree = _pairs(path, "flag"), _pairs(path, "agree")
        assert len(set(flag)) == len(flag) and len(set(agree)) == len(agree), path.name


@pytest.mark.parametrize(
    ("a", "b"), [pair for name in sorted(FLAGGED_FLOORS) for pair in _pairs(PAIRS / name, "agree")]
)
def test_a_fact_told_in_other_words_is_not_flagged(a: str, b: str) -> None:
    assert _findings(a, b) == []


@pytest.mark.parametrize("name", sorted(FLAGGED_FLOORS))
def test_disagreements_in_other_words_are_found(name: str) -> None:
    pairs = _pairs(PAIRS / name, "flag")
    missed = [f"{a} | {b}" for a, b in pairs if not _findings(a, b)]
    found = len(pairs) - len(missed)
    print(f"{name}: flagged {found}/{len(pairs)}; missed:", *missed, sep="\n  ")
    assert found >= FLAGGED_FLOORS[name], f"{found}/{len(pairs)} flagged, floor {FLAGGED_FLOORS[name]}"


def holdout_counts(name: str) -> tuple[int, int]:
    """Return (disagreements flagged, agreements flagged) of a held-out file."""
    flagged = sum(bool(_findings(a, b)) for a, b in _pairs(PAIRS / name, "flag"))
    false = sum(bool(_findings(a, b)) for a, b in _pairs(PAIRS / name, "agree"))
    return flagged, false


@pytest.mark.parametrize("name", sorted(HOLDOUT_FLOORS))
def test_held_out_pairs_do_not_drop(name: str) -> None:
    """Counts only: which held-out pairs are missed is not printed, so no rule is made from them."""
    flagged, false = holdout_counts(name)
    floor, ceiling = HOLDOUT_FLOORS[name]
    assert flagged >= floor and false <= ceiling, (flagged, false)
