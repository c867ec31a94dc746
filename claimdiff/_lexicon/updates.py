"""Figures that change while a story unfolds, and the words that tell a newer figure. Data only.

A death toll read at 9 a.m. and another read at 6 p.m. may both have been true when they were
published: the toll grew. :mod:`claimdiff.timeline` reads these tables to tell such an update
from a conflict. Words are case-folded, as written (no stemming); a phrase is a tuple of words.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: How each evolving measure (a measure of :mod:`claimdiff._lexicon.measures`) changes over time:
#:
#: * ``"total"``: a running total that only grows as reports come in (the dead, the injured,
#:   arrests, cases, ballots counted). A later, higher figure is an update; a later, lower one
#:   is a conflict unless its words say it was revised ("revised down to 17").
#: * ``"level"``: a count of a present state, which goes up and down (customers without power,
#:   people missing, people displaced from their homes). Any later figure may differ.
#:
#: A measure not listed here (a price, a budget, an age, a score, people aboard, a crowd) does
#: not change with the hour it is reported at: two figures of it that differ conflict.
EVOLVING_MEASURES: Mapping[str, str] = MappingProxyType(
    {
        "deaths": "total",
        "injured": "total",
        "evacuated": "total",
        "arrested": "total",
        "charged": "total",
        "rescued": "total",
        "infected": "total",
        "counted": "total",
        "displaced": "level",
        "missing": "level",
        "without power": "level",
    }
)

#: Verbs of change: "the toll rose to 19", "bringing the toll to 19", "revised the toll up to
#: 19", "has climbed overnight to 19". ("Power was cut to 104,000 homes" says whose power went,
#: not a new level: "cut" is none of them.) They tell a newer figure only when the figure follows
#: ``to`` or ``at`` (:data:`LEVEL_WORDS`): "rose 19%" is a change, and "rescuers brought 19
#: people out" no total.
CHANGE_VERBS: frozenset[str] = frozenset(
    """
    rose rise rises rising risen climbed climb climbs climbing jumped jump jumps jumping
    increased increase increases increasing grew grow grows growing grown soared soar soars
    surged surge surges mounted mount mounts mounting swelled swell swells swollen went gone
    bringing brought brings bring taking took takes pushing pushed pushes
    lifting lifted lifts raised raise raises raising upped revised revise revises revising
    updated update updates updating corrected correct corrects correcting lowered lower
    lowers lowering reduced reduce reduces reducing downgraded fell fall
    falls falling fallen dropped drop drops dropping stands standing
    """.split()
)

#: Words that stand between a change verb and its figure, or before the verb: "has been revised
#: up to 19", "had climbed sharply overnight to 19". The frame reader passes over them and the
#: verb to read what the figure measures (:mod:`claimdiff.claims.frames`).
CHANGE_FILLERS: frozenset[str] = frozenset(
    """
    has have had has been was were is are be being now further sharply again overnight slightly
    steadily quickly since then up down
    """.split()
)

#: The word right before a figure that makes a change verb's figure the new level ("to 19",
#: "stands at 19").
LEVEL_WORDS: frozenset[str] = frozenset({"to", "at"})

#: Phrases before a figure, in its clause, that say it is the newest figure: "the latest toll is
#: 19", "an updated count of 19", "police now say 19", "a new toll of 19" (not "19 new cases":
#: there "new" follows the figure and counts the day's increment).
NEWER_BEFORE: frozenset[tuple[str, ...]] = frozenset(
    {
        ("now",),
        ("latest",),
        ("updated",),
        ("revised",),
        ("corrected",),
        ("new", "toll"),
        ("new", "total"),
        ("new", "tally"),
        ("new", "count"),
        ("new", "figure"),
        ("new", "figures"),
        ("new", "estimate"),
        ("so", "far"),
        ("to", "date"),
        ("as", "of", "now"),
        ("reached",),
        ("reaches",),
    }
)

#: Phrases after a figure, in its clause, that say it is the newest figure: "19 people have now
#: died", "19, according to the latest figures", "19, up from 12 on Monday", "19 in a revised
#: toll".
NEWER_AFTER: frozenset[tuple[str, ...]] = frozenset(
    {
        ("now",),
        ("latest",),
        ("updated",),
        ("revised",),
        ("corrected",),
        ("so", "far"),
        ("up", "from"),
        ("down", "from"),
        ("new", "toll"),
        ("new", "total"),
        ("new", "count"),
    }
)

#: Words that say a figure was revised, so that a later running total may be lower than an
#: earlier one: "the toll was revised down to 17", "corrected to 17", "17, down from 19".
REVISION_WORDS: frozenset[str] = frozenset(
    """
    revised revise revises revising corrected correct corrects correcting lowered lowers
    lowering downgraded downgrade reduced reduce reduces reducing down
    """.split()
)

#: How many words before a figure (back to the figure before it) and after it (up to the
#: figure after it) are read for these words.
WORDS_BEFORE, WORDS_AFTER = 8, 6

#: Openings of a line near the top of an article that gives when it was published or updated
#: ("Updated June 11, 2025, 6:15 a.m.", "Broadcast: Saturday 17 May 2025, 18:00"); a line with
#: a `` | `` ("By Sean Tully | May 17, 2025, 9:12 PM | 3 min read") or that cleaning drops as a
#: byline or a date line counts too.
PUBLICATION_WORDS: tuple[str, ...] = (
    "published", "first published", "updated", "last updated", "posted", "broadcast", "aired",
    "first aired", "date", "time", "dated",
)

#: UTC offsets, in minutes, of the zones a publication time names. Names that stand for two
#: offsets over the year ("ET", "PT", "CT", "MT") or two zones ("CST": US Central or China;
#: "IST": India or Ireland), and "local", leave the time naive.
ZONE_OFFSETS: Mapping[str, int] = MappingProxyType(
    {
        "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "msk": 180, "est": -300, "edt": -240, "cdt": -300, "mst": -420, "mdt": -360,
        "pst": -480, "pdt": -420, "jst": 540, "kst": 540, "aest": 600, "aedt": 660,
    }
)
