"""Words that give a change its direction: "the crown rose 0.6%" against "fell 0.6%".

Data only; :mod:`claimdiff.diff` reads them. Verbs are listed in their common inflections
(no stemming), nouns and adjectives as written after a figure ("a 0.6% rise", "0.6% lower").
"""

from __future__ import annotations

#: Words before a figure that say it went up.
RISE_BEFORE: frozenset[str] = frozenset(
    {
        "rose", "rise", "rises", "rising", "risen", "up", "increase", "increased", "increases", "increasing",
        "gain", "gained", "gains", "gaining", "climb", "climbed", "climbs", "climbing", "jump", "jumped", "jumps",
        "grew", "grow", "grows", "growing", "grown", "surge", "surged", "surges", "soar", "soared", "soars",
        "advance", "advanced", "advances", "added", "rebound", "rebounded", "strengthened", "appreciated",
        "boost", "boosted", "hike", "hiked", "raise", "raised", "raises", "higher", "spiked", "rallied",
    }
)
#: Words before a figure that say it went down.
FALL_BEFORE: frozenset[str] = frozenset(
    {
        "fell", "fall", "falls", "falling", "fallen", "down", "decrease", "decreased", "decreases", "decreasing",
        "decline", "declined", "declines", "declining", "drop", "dropped", "drops", "dropping", "dip", "dipped",
        "dips", "lost", "lose", "loses", "losing", "slid", "slide", "slides", "sliding", "slip", "slipped",
        "slips", "plunge", "plunged", "plunges", "tumble", "tumbled", "tumbles", "shrank", "shrink", "shrinks",
        "shrunk", "contracted", "cut", "cuts", "eased", "eases", "weakened", "depreciated", "sank", "sink",
        "sinks", "slumped", "slump", "slumps", "retreated", "reduced", "reduce", "lowered", "lower", "slashed",
    }
)
#: Words after a figure that say it went up ("a 0.6% rise", "0.6% higher").
RISE_AFTER: frozenset[str] = frozenset({"rise", "increase", "gain", "jump", "higher", "up", "growth", "hike", "surge"})
#: Words after a figure that say it went down ("a 0.6% fall", "0.6% lower").
FALL_AFTER: frozenset[str] = frozenset(
    {"fall", "drop", "decline", "decrease", "lower", "down", "loss", "cut", "dip", "slump", "contraction"}
)
#: Words between a direction word and the figure that make the figure a level, not a change:
#: "rose to 3.75%" is where it ended, "fell from 4%" where it began.
LEVEL_MARKERS: frozenset[str] = frozenset({"to", "from", "at", "of", "above", "below", "near", "around"})
#: Units of a game's margin: "two goals up" and "two goals down" are the same lead told from
#: either side ("Castlegate were two goals up", "Ashbury came from two goals down"), no change.
MARGIN_UNITS: frozenset[str] = frozenset(
    {"goal", "try", "run", "set", "game", "frame", "wicket", "stroke", "shot", "lap", "length"}
)
